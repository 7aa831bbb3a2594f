"""The same-origin check that public forms use instead of a CSRF cookie."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest


def is_same_origin(request: HttpRequest) -> bool:
    """Whether a POST comes from a page of this site (or a CSRF-trusted origin), judged by
    `Origin`, or by `Referer` when the browser sent no `Origin`. Neither header: refused,
    as browsers send at least one with a form POST."""
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source or source == "null":
        return False
    try:
        parts = urlsplit(source)
    except ValueError:
        return False
    origin = f"{parts.scheme}://{parts.netloc}".lower()
    own = f"{request.scheme}://{request.get_host()}".lower()
    return origin == own or origin in {o.lower() for o in settings.CSRF_TRUSTED_ORIGINS}
