"""Defences for forms that anyone on the public site can submit, without an account.

Public pages set no cookies, so these forms carry no CSRF token. Instead:

- `PublicForm` is the base class for the form: it adds a honeypot field that people never
  see (`form.is_bot()` says whether it was filled in), and `clean_text()` helps fields redact
  personal details.
- `@public_form_view(scope=...)` wraps the view that receives the POST: it exempts the view
  from Django's CSRF check and replaces it with a same-origin check on `Origin`/`Referer`
  (403 with a friendly page), then rate-limits each client (429 with a friendly page), and
  runs the POST in a transaction, tried again if SQLite says the database is locked.
- `redact()` removes email addresses, UK phone numbers and UK postcodes from free text
  before it is stored.

Settings: `PUBLIC_FORM_RATE_LIMIT` (POSTs allowed per client and scope in each window,
default 20) and `PUBLIC_FORM_RATE_WINDOW` (seconds, default 600).
"""

import functools
import hashlib
import random
import re
import secrets
import time
from collections.abc import Callable
from http import HTTPStatus
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db import OperationalError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

HONEYPOT_FIELD = "homepage"

EMAIL_REPLACEMENT = "[email address removed]"
PHONE_REPLACEMENT = "[phone number removed]"
POSTCODE_REPLACEMENT = "[postcode removed]"

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# A UK number: +44 or a leading 0, then nine or ten more digits, however people space or
# bracket them ("07700 900123", "+44 (0)7700-900-123", "(01632) 960 123"). Ages, years and
# times ("aged 14", "2025", "9:30") have too few digits to match.
_PHONE = re.compile(r"(?<![\w+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)(?:[\s().-]{0,2}\d){9,10}(?!\d)")
# The full UK postcode: outward code (area letters, district) and inward code (sector digit,
# unit letters), with or without the space, in any case.
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[ABD-HJLNP-UW-Z]{2}\b", re.IGNORECASE)


def redact(text: str) -> str:
    """`text` with email addresses, UK phone numbers and UK postcodes replaced by a note
    saying what was removed. Emails first, so their digits are not taken for phones."""
    text = _EMAIL.sub(EMAIL_REPLACEMENT, text)
    text = _PHONE.sub(PHONE_REPLACEMENT, text)
    return _POSTCODE.sub(POSTCODE_REPLACEMENT, text)


class PublicForm(forms.Form):
    """Base class for a form the public submits. Render the honeypot with the
    `public_forms/honeypot.html` include; check `is_bot()` before saving anything."""

    # People never see this field (it is off screen and out of the tab order, and its label
    # tells screen reader users to leave it); simple bots fill in every field they find.
    homepage = forms.CharField(required=False, max_length=200)

    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    @staticmethod
    def clean_text(value: str) -> str:
        """Free text as it may be stored: trimmed, line endings normalised, redacted."""
        return redact(value.replace("\r\n", "\n").strip())


def is_same_origin(request: HttpRequest) -> bool:
    """Whether a POST comes from a page of this site (or a CSRF-trusted origin), judged by
    `Origin`, or by `Referer` when the browser sent no `Origin`. Neither header: refused,
    as browsers send at least one with a form POST."""
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source or source == "null":
        return False
    parts = urlsplit(source)
    origin = f"{parts.scheme}://{parts.netloc}".lower()
    own = f"{request.scheme}://{request.get_host()}".lower()
    return origin == own or origin in {o.lower() for o in settings.CSRF_TRUSTED_ORIGINS}


def _client_key(request: HttpRequest, scope: str) -> str:
    # The address is only ever hashed, with a salt that changes daily and lives only in the
    # cache, so nothing stored anywhere can be linked back to a person or across days.
    day = timezone.localdate().isoformat()
    salt_key = f"public-forms:salt:{day}"
    cache.add(salt_key, secrets.token_hex(16), timeout=2 * 24 * 3600)
    salt = cache.get(salt_key, "")
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{salt}:{address}".encode()).hexdigest()
    return f"public-forms:rate:{scope}:{digest}"


def is_rate_limited(request: HttpRequest, *, scope: str) -> bool:
    """Count this request against the client's allowance for `scope`; True once the
    allowance for the current window is used up."""
    limit = getattr(settings, "PUBLIC_FORM_RATE_LIMIT", 20)
    window = getattr(settings, "PUBLIC_FORM_RATE_WINDOW", 600)
    key = f"{_client_key(request, scope)}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr: this is the first in a new window
        cache.add(key, 1, timeout=window)
        count = 1
    return count > limit


# SQLite lets one connection write at a time. A writer that cannot get the lock within the
# database timeout gets "database is locked" (or "table is locked" with a shared-cache
# database, which does not wait at all). A submission is then tried again, in a transaction of
# its own, rather than lost: about five seconds of waiting in all.
_LOCKED_RETRIES = 10


def _without_losing_it(view: Callable, request: HttpRequest, *args, **kwargs) -> HttpResponse:
    attempt = 0
    while True:
        try:
            with transaction.atomic():
                return view(request, *args, **kwargs)
        except OperationalError as error:
            attempt += 1
            if "locked" not in str(error) or attempt == _LOCKED_RETRIES:
                raise
        time.sleep(min(0.05 * 2**attempt, 1) + random.random() * 0.05)  # noqa: S311 - jitter


def public_form_view(*, scope: str) -> Callable:
    """Decorate a view that accepts POSTs from the public (GETs pass straight through).

    `scope` names the form, so each form has its own allowance. A POST from another site
    gets 403, a client over its allowance 429, each with a page that says what to do."""

    def decorator(view: Callable) -> Callable:
        @csrf_exempt
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method == "POST":
                if not is_same_origin(request):
                    return render(
                        request,
                        "public_forms/forbidden.html",
                        status=HTTPStatus.FORBIDDEN,
                    )
                if is_rate_limited(request, scope=scope):
                    window = getattr(settings, "PUBLIC_FORM_RATE_WINDOW", 600)
                    response = render(
                        request,
                        "public_forms/too_many_requests.html",
                        {"minutes": max(1, window // 60)},
                        status=HTTPStatus.TOO_MANY_REQUESTS,
                    )
                    response["Retry-After"] = str(window)
                    return response
                return _without_losing_it(view, request, *args, **kwargs)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
