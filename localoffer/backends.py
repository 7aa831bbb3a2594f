from axes.backends import AxesStandaloneBackend


class SignInThrottleBackend(AxesStandaloneBackend):
    """django-axes' throttle for every sign-in that comes with a request (the admin's form,
    the KPI API). A call without one (Django's test client `login()`, code run on the
    server) has no remote client to throttle, and is let through to the next backend,
    where django-axes would refuse it outright."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
