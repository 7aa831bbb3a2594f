"""Twelve months of made-up monitoring for the demo: page views, referrers, searches, contact
clicks, "Is this page useful?" answers and mystery-shop visits, so the dashboard and the
annual report show real shapes on first run, drawn from demo/data/monitoring.yaml. Seeded, so
every load gives the same figures."""

import random
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from wagtail.models import Page

from demo.content import read
from directory.models import ServicePage
from feedback.models import Feedback
from monitoring.models import (
    AnnualReportPage,
    ContactClickDay,
    MysteryShopCampaign,
    PageViewDay,
    ReferrerDay,
    Scenario,
    SearchDay,
    Visit,
)
from pages.models import HomePage

SEED = 3217
DAYS = 365
_DATA = read("monitoring")
MONTH_SHAPE = _DATA["month_shape"]
REFERRERS = _DATA["referrers"]
# (words, facets, weight, finds nothing in the demo directory?)
SEARCHES = [
    (search.get("words", ""), search.get("facets", ""), search["weight"], "finds_nothing" in search)
    for search in _DATA["searches"]
]


def load_demo_monitoring(*, home: HomePage, today: date) -> None:
    rng = random.Random(SEED)  # noqa: S311 - demo data, not secrets
    first_day = today - timedelta(days=DAYS - 1)
    days = [first_day + timedelta(days=n) for n in range(DAYS)]
    services = list(ServicePage.objects.live().order_by("path"))
    pages = [
        page.url
        for page in Page.objects.live().descendant_of(home).not_type(ServicePage).specific()
    ]
    _page_views(rng, days, pages, services)
    _searches(rng, days)
    _contact_clicks(rng, days, services)
    _feedback(rng, days, pages, services)
    _mystery_shopping(rng, days, today)
    _annual_report(home, today)


def _traffic(day: date, first_day: date) -> float:
    """How busy a day is: the season, the weekend, and a year of steady growth."""
    growth = 1 + 0.3 * (day - first_day).days / DAYS
    weekend = 0.55 if day.weekday() >= 5 else 1.0
    return MONTH_SHAPE[day.month] * weekend * growth


def _page_views(rng, days, pages, services) -> None:
    rows, referrers = [], []
    # A few services are looked at far more than the rest, as on any directory.
    popular = [service.url for service in services[:40]]
    for day in days:
        busy = _traffic(day, days[0])
        counts = dict.fromkeys(pages, 8) | {"/": 180, "/services/": 140}
        for rank, url in enumerate(rng.sample(popular, 25), start=1):
            counts[url] = max(1, 40 // rank)
        rows += [
            PageViewDay(path=path, day=day, count=round(rng.gauss(base, base / 6) * busy))
            for path, base in counts.items()
            if round(base * busy) > 0
        ]
        referrers += [
            ReferrerDay(domain=domain, day=day, count=max(1, round(rng.gauss(base, 2) * busy)))
            for domain, base in REFERRERS.items()
        ]
    PageViewDay.objects.bulk_create([row for row in rows if row.count > 0], batch_size=2000)
    ReferrerDay.objects.bulk_create(referrers, batch_size=2000)


def _searches(rng, days) -> None:
    rows = []
    for day in days:
        busy = _traffic(day, days[0])
        for words, facets, weight, zero in SEARCHES:
            count = round(rng.gauss(weight, weight / 4) * busy / 2)
            if count > 0:
                results = 0 if zero else rng.randint(2, 40)
                rows.append(
                    SearchDay(
                        query=words,
                        facets=facets,
                        day=day,
                        zero_results=zero,
                        result_count=results,
                        count=count,
                    )
                )
    SearchDay.objects.bulk_create(rows, batch_size=2000)


def _contact_clicks(rng, days, services) -> None:
    contactable = [
        (service, kind)
        for service in services[:60]
        for kind in ("phone", "email", "website")
        if getattr(service, kind)
    ]
    rows = []
    for day in days:
        picks = rng.sample(contactable, min(len(contactable), round(12 * _traffic(day, days[0]))))
        rows += [
            ContactClickDay(service=service, kind=kind, day=day, count=rng.randint(1, 4))
            for service, kind in picks
        ]
    ContactClickDay.objects.bulk_create(rows, batch_size=2000)


def _feedback(rng, days, pages, services) -> None:
    """Answers to "Is this page useful?", more of them yes as the year goes on. Answers
    older than a fortnight have been looked at; recent "No"s wait for the steering group."""
    paths = [*pages, *(service.url for service in services[:60])]
    rows = []
    for day in days:
        progress = (day - days[0]).days / DAYS
        for _ in range(round(rng.gauss(6, 1.5) * _traffic(day, days[0]))):
            helpful = rng.random() < 0.68 + 0.14 * progress
            recent = (days[-1] - day).days < 14
            moment = datetime.combine(day, time(rng.randint(7, 22), rng.randint(0, 59)))
            rows.append(
                Feedback(
                    kind=Feedback.Kind.PAGE,
                    path=rng.choice(paths),
                    helpful=helpful,
                    created_at=timezone.make_aware(moment),
                    status=Feedback.Status.NEW
                    if recent and not helpful
                    else Feedback.Status.NO_ACTION,
                )
            )
        if rng.random() < 0.15:
            moment = datetime.combine(day, time(rng.randint(7, 22), rng.randint(0, 59)))
            rows.append(
                Feedback(
                    kind=Feedback.Kind.PROBLEM,
                    path=rng.choice(paths),
                    what_went_wrong=_DATA["problem_report"],
                    created_at=timezone.make_aware(moment),
                    status=Feedback.Status.IN_REVIEW,
                )
            )
    Feedback.objects.bulk_create(rows, batch_size=2000)


def _mystery_shopping(rng, days, today) -> None:
    services = {service.slug: service for service in ServicePage.objects.live()}
    scenarios = [
        Scenario.objects.create(
            persona=scenario["persona"],
            task=scenario["task"],
            answer_page=services.get(scenario["answer"]) if scenario["answer"] else None,
            target_minutes=scenario["minutes"],
        )
        for scenario in _DATA["scenarios"]
    ]
    campaign = MysteryShopCampaign.objects.create(
        name=_DATA["campaign"],
        starts_on=days[0],
        ends_on=today + timedelta(days=60),
    )
    campaign.scenarios.set(scenarios)
    visits = []
    for day in days[::6]:
        # Better with each quarter: the site is being improved from what shoppers find.
        progress = (day - days[0]).days / DAYS
        scenario = rng.choice(scenarios)
        found = rng.random() < 0.6 + 0.3 * progress
        visits.append(
            Visit(
                campaign=campaign,
                scenario=scenario,
                visited_on=day,
                shopper_type=rng.choice(Visit.ShopperType.values),
                device=rng.choice(["phone", "phone", "computer", "tablet"]),
                assistive_technology=rng.choice(["", "", "", "Screen reader", "Magnifier"]),
                outcome=Visit.Outcome.FOUND if found else rng.choice(["partly", "not_found"]),
                minutes_taken=max(
                    1, round(rng.gauss(scenario.target_minutes * (1.1 - 0.4 * progress), 1.5))
                ),
                ease=min(5, max(1, round(rng.gauss(3.5 + 1.2 * progress, 0.7)))),
                information_accurate=rng.random() < 0.8 + 0.15 * progress,
            )
        )
    Visit.objects.bulk_create(visits)


def _annual_report(home: HomePage, today: date) -> None:
    # The year most of the demo's twelve months fall in.
    year = today.year if today.month >= 7 else today.year - 1
    content = _DATA["annual_report"]
    report = AnnualReportPage(
        title=content["title"].format(year=year),
        slug=f"annual-report-{year}",
        year=year,
        introduction=content["introduction"],
        sections=[("section", section) for section in content["sections"]],
    )
    home.add_child(instance=report)
    report.save_revision().publish()
