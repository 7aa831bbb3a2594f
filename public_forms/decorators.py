"""`@public_form_view(scope=...)`: the checks every public form's view makes, and a retry
for a submission the database briefly refused."""

import functools
import logging
import random
import time
from collections.abc import Callable
from http import HTTPStatus

from django.db import DatabaseError, OperationalError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt

from public_forms.origin import is_same_origin
from public_forms.rate_limit import is_rate_limited, window_seconds

logger = logging.getLogger(__name__)

# SQLite lets one connection write at a time. A writer that cannot get the lock within the
# database timeout gets "database is locked" (or "table is locked" with a shared-cache
# database, which does not wait at all). PostgreSQL makes a writer wait for a lock unless a
# lock_timeout is set, and may cancel a transaction to break a deadlock or keep transactions
# serialisable. Each goes away when the work is done again: a submission is then tried again,
# in a transaction of its own, rather than lost, for about five seconds in all.
_LOCKED_RETRIES = 10
# PostgreSQL's SQLSTATE codes for those refusals: lock not available, serialisation failure,
# deadlock detected.
_TRY_AGAIN = {"55P03", "40001", "40P01"}
# ...and for a write to a database that takes none (a replica, or one set read-only), which
# psycopg reports as an internal error rather than an operational one.
_READ_ONLY = "25006"


def _sqlstate(error: DatabaseError) -> str | None:
    # Django raises its own exception from the driver's, which carries the code.
    return getattr(error.__cause__, "sqlstate", None)


def _is_brief_refusal(error: DatabaseError) -> bool:
    if isinstance(error, OperationalError) and "locked" in str(error):
        return True
    return _sqlstate(error) in _TRY_AGAIN


def _cannot_save(error: DatabaseError) -> bool:
    """The database is there but will not keep what was sent: locked, read-only, down."""
    return isinstance(error, OperationalError) or _sqlstate(error) == _READ_ONLY


def _without_losing_it(view: Callable, request: HttpRequest, *args, **kwargs) -> HttpResponse:
    attempt = 0
    while True:
        try:
            with transaction.atomic():
                return view(request, *args, **kwargs)
        except DatabaseError as error:
            attempt += 1
            if not _is_brief_refusal(error) or attempt == _LOCKED_RETRIES:
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
                    window = window_seconds()
                    response = render(
                        request,
                        "public_forms/too_many_requests.html",
                        {"minutes": max(1, window // 60)},
                        status=HTTPStatus.TOO_MANY_REQUESTS,
                    )
                    response["Retry-After"] = str(window)
                    return response
                try:
                    return _without_losing_it(view, request, *args, **kwargs)
                except DatabaseError as error:
                    if not _cannot_save(error):
                        raise
                    # Still locked after the retries, or read-only: say so, rather than a
                    # 500 that reads as if the person had done something wrong.
                    logger.exception("A public form could not be saved")
                    response = render(
                        request,
                        "public_forms/not_saved.html",
                        status=HTTPStatus.SERVICE_UNAVAILABLE,
                    )
                    response["Retry-After"] = "300"
                    return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
