from django.conf import settings
from django.core.management import call_command


def create_cache_table(*, using: str = "default", **kwargs) -> None:
    """After `migrate`, create the table the database cache keeps the rate limits in (when
    the cache is the database), so no deployment step can be forgotten."""
    if any(cache["BACKEND"].endswith("DatabaseCache") for cache in settings.CACHES.values()):
        call_command("createcachetable", database=using, verbosity=0)
