"""Counts public page views without cookies: one counter per path per day, and one per
referring site. Nothing about the visitor (address, browser, session) is stored.

It also tells the other counters (searches, contact clicks) whether the request in hand is
a person's: `counted_request()`."""

import hashlib
import logging
import re
import threading
from contextvars import ContextVar
from urllib.parse import urlsplit

from crawlerdetect import CrawlerDetect

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from monitoring.services import page_view_record, referrer_record
from public_forms.rate_limit import CACHE_ALIAS, client_fingerprint

logger = logging.getLogger(__name__)

# Monitors and scripts that the maintained crawler list (crawlerdetect) may not name. Their
# visits say nothing about families.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|preview|monitor|uptime|pingdom|lighthouse|headless|"
    r"phantom|curl|wget|python|httpclient|okhttp|java/|go-http|axios|node-fetch|scrapy",
    re.IGNORECASE,
)
# A CrawlerDetect keeps the last user agent it was asked about: one per thread.
_crawlers = threading.local()
# The request being answered, when monitoring may count what it does; False when it may not
# (a bot, staff); unset outside a request (a management command).
_counted: ContextVar[HttpRequest | bool | None] = ContextVar("monitoring_counted", default=None)


def _is_crawler(user_agent: str) -> bool:
    if not hasattr(_crawlers, "detect"):
        _crawlers.detect = CrawlerDetect()
    return _crawlers.detect.isCrawler(user_agent)


def counted_request() -> HttpRequest | bool | None:
    """The request in hand if a person's browser sent it, False if a bot or a member of
    staff did (count nothing), None outside any request."""
    return _counted.get()


def is_first_in_a_while(request: HttpRequest, what: str) -> bool:
    """Whether this client has not done `what` (a search, a contact click) in the last
    `MONITORING_REPEAT_MINUTES`: a script that repeats it, or a person who reloads, counts
    once. The client is known only by the daily-salted hash the rate limit uses."""
    minutes = getattr(settings, "MONITORING_REPEAT_MINUTES", 30)
    digest = hashlib.sha256(f"{client_fingerprint(request)}:{what}".encode()).hexdigest()
    return caches[CACHE_ALIAS].add(f"monitoring:seen:{digest}", 1, timeout=minutes * 60)


def is_counted_client(request: HttpRequest) -> bool:
    """Whether the request comes from a person's browser acting now: not a bot on the
    maintained crawler list, nor a script, nor a client that gives no user agent at all, and
    not a speculative prefetch."""
    user_agent = request.headers.get("User-Agent", "")
    if not user_agent or BOT_USER_AGENT.search(user_agent) or _is_crawler(user_agent):
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
        person = is_counted_client(request) and not request.user.is_authenticated
        token = _counted.set(request if person else False)
        try:
            response = self.get_response(request)
        finally:
            _counted.reset(token)
        if person and self._counts(request, response):
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
        )
