from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, register


@register()
def elasticsearch_url_check(app_configs, **kwargs):
    url = settings.ELASTICSEARCH_URL
    if not url:
        return []
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.hostname:
        return []
    return [
        Error(
            f"ELASTICSEARCH_URL is not a valid Elasticsearch address: {url!r}",
            hint="Give a full http:// or https:// address, like http://127.0.0.1:9200, "
            "or leave it empty to search with the database.",
            id="search.E001",
        )
    ]
