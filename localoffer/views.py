from http import HTTPStatus

from django.db import DatabaseError, connection, transaction
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from search.engine import search_health


def _database_writable() -> bool:
    """Whether the database takes a write now: a row of Django's own migration record is
    rewritten as it is, and the change rolled back. A read-only database (a full disk, a
    replica, a file without write permission) fails, as every form would."""
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(
                    "UPDATE django_migrations SET app = app"
                    " WHERE id = (SELECT MIN(id) FROM django_migrations)"
                )
            transaction.set_rollback(True)
    except DatabaseError:
        return False
    return True


@never_cache
def healthz(request):
    """For load balancers and monitoring: 200 while the site can serve pages and keep what
    people send, which needs the database, readable and writable; search falls back to the
    database, so it is reported, not required."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok" if _database_writable() else "read-only"
    except DatabaseError:
        database = "unavailable"
    return JsonResponse(
        {"database": database, "search": search_health()},
        status=HTTPStatus.OK if database == "ok" else HTTPStatus.SERVICE_UNAVAILABLE,
    )


# Pages that are for someone in particular, or only do something: never worth a crawler's
# visit (the secret mystery-shopping and review links are also kept out of page views).
ROBOTS_DISALLOW = ("/admin/", "/mystery-shopping/", "/listing-check/", "/feedback/")


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """robots.txt: crawlers may read every public page, and the sitemap lists them."""
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in ROBOTS_DISALLOW),
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
