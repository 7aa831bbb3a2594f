"""Writes: counting page views, searches, contact clicks and referrers, recording mystery-shop
visits, pruning old counts."""

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import connection, models, transaction
from django.db.models import F
from django.utils import timezone

from monitoring.models import (
    DASHBOARD_PERMISSION,
    ContactClickDay,
    KpiApiToken,
    PageViewDay,
    ReferrerDay,
    Scenario,
    SearchDay,
    Visit,
)
from public_forms.text import clean_public_text

QUERY_MAX = SearchDay._meta.get_field("query").max_length
FACETS_MAX = SearchDay._meta.get_field("facets").max_length
PATH_MAX = PageViewDay._meta.get_field("path").max_length
DOMAIN_MAX = ReferrerDay._meta.get_field("domain").max_length

# The daily counters that `prune_monitoring` trims.
COUNTERS = (PageViewDay, SearchDay, ContactClickDay, ReferrerDay)

_SPACES = re.compile(r"\s+")


@contextmanager
def _without_waiting() -> Iterator[None]:
    """A transaction that fails at once, rather than waits, when another writer holds the
    lock it needs: a count is worth less than the page it is counted on. SQLite's busy
    timeout (20 s for public forms) is set to nothing for it; PostgreSQL's lock timeout to
    a moment."""
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA busy_timeout = 0")
        try:
            with transaction.atomic():
                yield
        finally:
            timeout = settings.DATABASES["default"].get("OPTIONS", {}).get("timeout", 5)
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        return
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '100ms'")
        yield


def _increment(model: type[models.Model], *, day: date, **item) -> None:
    """Add one to the item's row for the day, creating it at zero first. The increment is
    done by the database (`count = count + 1`), so concurrent requests never lose a count.
    When the database is busy the count is dropped (`DatabaseError`), never waited for."""
    with _without_waiting():
        row, _ = model.objects.get_or_create(day=day, **item)
        model.objects.filter(pk=row.pk).update(count=F("count") + 1)


def page_view_record(*, path: str, day: date) -> None:
    _increment(PageViewDay, day=day, path=path[:PATH_MAX])


def referrer_record(*, domain: str, day: date) -> None:
    """Count a visit from another site. Made-up referrers could otherwise fill the table: a
    day counts at most `MONITORING_REFERRERS_PER_DAY` sites, the first seen that day."""
    domain = domain[:DOMAIN_MAX]
    known = ReferrerDay.objects.filter(day=day)
    cap = getattr(settings, "MONITORING_REFERRERS_PER_DAY", 200)
    if not known.filter(domain=domain).exists() and known.count() >= cap:
        return
    _increment(ReferrerDay, day=day, domain=domain)


def contact_click_record(*, service, kind: str, day: date) -> None:
    _increment(ContactClickDay, day=day, service=service, kind=kind)


def search_query_normalise(text: str) -> str:
    """Search words as they are counted: personal details removed (`redact`), lower case,
    single spaces, at most 100 characters, so "Speech  Therapy" and "speech therapy" are one
    search and nobody's phone number or email address is ever stored."""
    return _SPACES.sub(" ", clean_public_text(text)).strip().lower()[:QUERY_MAX]


def search_facets_describe(*, filters: dict[str, tuple[str, ...]], age: int | None) -> str:
    """The facets a search used, in a stable order: "age:6 area:north need:asd,slcn"."""
    parts = [f"{name}:{','.join(sorted(values))}" for name, values in filters.items() if values]
    if age is not None:
        parts.append(f"age:{age}")
    return " ".join(sorted(parts))[:FACETS_MAX]


def search_record(
    *, text: str, filters: dict[str, tuple[str, ...]], age: int | None, total: int, day: date
) -> None:
    query = search_query_normalise(text)
    facets = search_facets_describe(filters=filters, age=age)
    zero_results = total == 0
    with _without_waiting():
        row, _ = SearchDay.objects.get_or_create(
            day=day, query=query, facets=facets, zero_results=zero_results
        )
        SearchDay.objects.filter(pk=row.pk).update(count=F("count") + 1, result_count=total)


def visit_record(
    *,
    scenario: Scenario,
    visited_on: date,
    shopper_type: str,
    device: str,
    outcome: str,
    minutes_taken: int,
    ease: int,
    information_accurate: bool,
    assistive_technology: str = "",
    accessibility_problems: str = "",
    comments: str = "",
    campaign=None,
) -> Visit:
    """Record a mystery-shop visit. Free text is redacted: volunteers sometimes write down
    the phone number they rang, and visits are shared with the steering group."""
    visit = Visit(
        campaign=campaign,
        scenario=scenario,
        visited_on=visited_on,
        shopper_type=shopper_type,
        device=device,
        assistive_technology=_visit_text("assistive_technology", assistive_technology),
        outcome=outcome,
        minutes_taken=minutes_taken,
        ease=ease,
        information_accurate=information_accurate,
        accessibility_problems=_visit_text("accessibility_problems", accessibility_problems),
        comments=_visit_text("comments", comments),
    )
    visit.full_clean()
    visit.save()
    return visit


def _visit_text(name: str, text: str) -> str:
    return clean_public_text(text, max_length=Visit._meta.get_field(name).max_length)


def monitoring_prune(*, today: date, keep_days: int) -> dict[str, int]:
    """Delete daily counts older than `keep_days` days before `today`. Returns how many rows
    of each counter went. Mystery-shop visits are records, not counts, and are kept."""
    cutoff = today - timedelta(days=keep_days)
    return {
        model._meta.model_name: model.objects.filter(day__lt=cutoff).delete()[0]
        for model in COUNTERS
    }


# Says what the token is for wherever it turns up (a secret scanner, a leaked config file).
KPI_API_TOKEN_PREFIX = "lokpi_"  # noqa: S105 (a label, not a secret)


def kpi_api_token_create(*, user) -> str:
    """A new KPI API token for `user`, who must be allowed to read the KPIs, in place of
    any they had. The token is returned this once: only its digest is kept."""
    if not user.is_active or not user.has_perm(DASHBOARD_PERMISSION):
        raise PermissionDenied("Only people who may read the KPIs can have a KPI API token.")
    token = KPI_API_TOKEN_PREFIX + secrets.token_urlsafe(32)
    KpiApiToken.objects.update_or_create(
        user=user,
        defaults={"digest": KpiApiToken.digest_of(token), "created_at": timezone.now()},
    )
    return token


def kpi_api_token_revoke(*, user) -> bool:
    """Revoke `user`'s KPI API token. Returns whether they had one."""
    deleted, _ = KpiApiToken.objects.filter(user=user).delete()
    return bool(deleted)
