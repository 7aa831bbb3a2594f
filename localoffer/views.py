from http import HTTPStatus

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from search.engine import search_health


@never_cache
def healthz(request):
    """For load balancers and monitoring: 200 while the site can serve pages, which needs
    the database; search falls back to the database, so it is reported, not required."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except DatabaseError:
        database = "unavailable"
    return JsonResponse(
        {"database": database, "search": search_health()},
        status=HTTPStatus.OK if database == "ok" else HTTPStatus.SERVICE_UNAVAILABLE,
    )
