"""Counts public page views without cookies: one counter per path per day, and one per
referring site. Nothing about the visitor (address, browser, session) is read or stored."""

import logging
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from monitoring.services import page_view_record, referrer_record

logger = logging.getLogger(__name__)

# Crawlers, link previews, monitors and scripts. Their visits say nothing about families.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|uptime|"
    r"pingdom|lighthouse|headless|phantom|curl|wget|python|httpclient|okhttp|java/|go-http|"
    r"axios|node-fetch|scrapy|feedfetcher",
    re.IGNORECASE,
)


def is_counted_client(request: HttpRequest) -> bool:
    """Whether the request comes from a person's browser acting now: not a bot (or a client
    that gives no user agent at all) and not a speculative prefetch."""
    user_agent = request.headers.get("User-Agent", "")
    if not user_agent or BOT_USER_AGENT.search(user_agent):
        return False
    purpose = " ".join(
        request.headers.get(name, "") for name in ("Sec-Purpose", "Purpose", "X-Moz")
    )
    return "prefetch" not in purpose.lower()


def _is_public_path(path: str) -> bool:
    return not any(path.startswith(prefix) for prefix in settings.MONITORING_EXCLUDED_PATHS)


def _external_host(request: HttpRequest) -> str:
    """The referring site's host name, when the visitor followed a link from another site."""
    referrer = request.headers.get("Referer", "")
    if not referrer:
        return ""
    try:
        host = (urlsplit(referrer).hostname or "").lower()
    except ValueError:
        return ""
    own = request.get_host().split(":")[0].lower()
    return "" if host in ("", own) else host.removeprefix("www.")


class PageViewMiddleware:
    """Counts a view when an anonymous visitor's browser GETs a public HTML page that
    answers 200. Staff, the admin, files, health checks, bots and prefetches are not counted."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self._counts(request, response):
            day = timezone.localdate()
            try:
                page_view_record(path=request.path, day=day)
                if host := _external_host(request):
                    referrer_record(domain=host, day=day)
            except DatabaseError:
                # A lost count is better than a lost page.
                logger.exception("Could not count a page view")
        return response

    def _counts(self, request: HttpRequest, response: HttpResponse) -> bool:
        return (
            request.method == "GET"
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and _is_public_path(request.path)
            and is_counted_client(request)
            and not request.user.is_authenticated
        )
