from django.http import Http404, HttpRequest

# The largest id any of the project's databases can hold (a signed 64-bit integer).
MAX_ID = 2**63 - 1


class OutOfRangeIdMiddleware:
    """A URL whose number is larger than any database id ("/services/99999999999999999999999/
    contact/website/", a typo or a probe) is a 404. Passed to the database, it would be an
    error, and a 500, on SQLite and PostgreSQL alike."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        for value in (*view_args, *view_kwargs.values()):
            # Snippet and model admin views take their ids as text.
            number = (
                int(value)
                if isinstance(value, str) and value.isascii() and value.isdigit()
                else value
            )
            if isinstance(number, int) and abs(number) > MAX_ID:
                raise Http404
        return None


# Features no page of the site uses: a script that slipped in could not use them either.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "browsing-topics",
    )
)
# Wagtail's admin, and its userbar on public pages for signed-in staff, still use inline
# scripts and styles (https://github.com/wagtail/wagtail/issues/1288): staff get those
# allowed; the public site allows scripts and styles from its own files only.
STAFF_CSP_UPDATE = {"script-src": ["'unsafe-inline'"], "style-src": ["'unsafe-inline'"]}


class SecurityHeadersMiddleware:
    """Adds `Permissions-Policy` to every response, and loosens the Content-Security-Policy
    (set by django-csp's middleware, which must come before this one) for staff only."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if request.path.startswith("/admin/") or (user and user.is_authenticated):
            response._csp_update = STAFF_CSP_UPDATE
        return response
