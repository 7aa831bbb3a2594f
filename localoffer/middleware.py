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
