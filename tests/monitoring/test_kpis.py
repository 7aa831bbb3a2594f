"""KPIs on a small fixture whose answers were worked out by hand (see each comment).

The period is the first half of 2025: Q1 and Q2. Rows just outside it, on 31 December 2024
and 1 July 2025, must never count. Times are stored in UTC and judged by the local date in
London, which is UTC+1 from 30 March 2025 (British Summer Time)."""

from datetime import UTC, date, datetime

import pytest

from directory.models import ServicePage
from monitoring import selectors
from monitoring.models import ContactClickDay, PageViewDay, SearchDay
from monitoring.selectors import Period
from tests.factories import (
    EntryFactory,
    FeedbackFactory,
    ScenarioFactory,
    ServicePageFactory,
    VisitFactory,
)
from you_said_we_did.models import EntryFeedback

H1 = Period(date(2025, 1, 1), date(2025, 6, 30))
TODAY = date(2025, 7, 15)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def figures(site):
    _home, directory = site
    due_yesterday, due_on_the_day, withdrawn, not_yet = (
        ServicePageFactory(parent=directory) for _ in range(4)
    )
    for service, due in (
        (due_yesterday, date(2025, 6, 29)),
        (due_on_the_day, date(2025, 6, 30)),
        (withdrawn, date(2025, 1, 1)),
        (not_yet, date(2026, 1, 1)),
    ):
        ServicePage.objects.filter(pk=service.pk).update(review_due=due)
    withdrawn.unpublish()

    # Page views: 10 + 5 + 7 = 22 in the period; January 15, March 7.
    for path, day, count in [
        ("/", date(2025, 1, 1), 10),
        ("/", date(2025, 1, 31), 5),
        ("/services/", date(2025, 3, 15), 7),
        ("/", date(2024, 12, 31), 100),
        ("/", date(2025, 7, 1), 100),
    ]:
        PageViewDay.objects.create(path=path, day=day, count=count)

    # Searches: 4 + 1 + 2 = 7; found nothing: 1 + 2 = 3.
    for query, facets, zero, day, count in [
        ("speech", "", False, date(2025, 2, 10), 4),
        ("speech", "need:ASD", True, date(2025, 2, 11), 1),
        ("trampoline", "", True, date(2025, 6, 30), 2),
        ("speech", "", False, date(2025, 7, 1), 9),
    ]:
        SearchDay.objects.create(
            query=query, facets=facets, zero_results=zero, day=day, count=count
        )

    # Contact clicks: 3 + 1 = 4.
    for kind, day, count in [
        ("phone", date(2025, 4, 1), 3),
        ("email", date(2025, 4, 2), 1),
        ("phone", date(2024, 12, 31), 50),
    ]:
        ContactClickDay.objects.create(service=not_yet, kind=kind, day=day, count=count)

    # Feedback: six count (f1, f2, f3, f4, f5, f8); three answered "Is this page useful?"
    # (f1 yes, f2 no, f3 yes): 2 / 3 = 66.7%; negative: f2 (no), f4 (problem report),
    # f5 ("A problem") = 3. f6 is spam; f7 is 1 July in London.
    f1 = FeedbackFactory(helpful=True, path="/services/a/", created_at=utc(2025, 1, 10, 12))
    f2 = FeedbackFactory(helpful=False, path="/services/b/", created_at=utc(2025, 1, 20, 12))
    # 23:30 UTC on 31 March is 00:30 on 1 April in London: April.
    FeedbackFactory(helpful=True, path="/", created_at=utc(2025, 3, 31, 23, 30))
    f4 = FeedbackFactory(kind="problem", helpful=None, created_at=utc(2025, 5, 5, 9))
    # 22:30 UTC on 30 June is 23:30 in London: still in the period.
    FeedbackFactory(
        kind="general", category="problem", helpful=None, created_at=utc(2025, 6, 30, 22, 30)
    )
    FeedbackFactory(helpful=False, status="spam", created_at=utc(2025, 2, 2, 12))
    FeedbackFactory(helpful=True, created_at=utc(2025, 6, 30, 23, 30))
    f8 = FeedbackFactory(
        kind="general", category="compliment", helpful=None, created_at=utc(2025, 3, 3, 12)
    )

    # You Said, We Did: e1 (done), e2 (planned), e3 (in progress) are published and dated in
    # the period. e4 is a draft, e5 dated 2024.
    e1 = EntryFactory(status="done", date=date(2025, 2, 15))
    e2 = EntryFactory(status="planned", date=date(2025, 1, 15))
    e3 = EntryFactory(status="in_progress", date=date(2025, 5, 25))
    e4 = EntryFactory(status="done", date=date(2025, 3, 1), live=False)
    EntryFactory(status="done", date=date(2024, 12, 1))
    # Days to the first published answer: f1 10 Jan -> e1 15 Feb = 36; f2 20 Jan -> e2
    # 15 Jan, dated earlier, = 0 (e1 is later); f4 5 May -> e3 25 May = 20; f8 only has
    # a draft. Median of 0, 20, 36 = 20.
    links = [(e1, f1), (e1, f2), (e2, f2), (e3, f4), (e4, f8)]
    for entry, feedback in links:
        EntryFeedback.objects.create(entry=entry, feedback=feedback)

    # Mystery shopping, target 5 minutes for A and 10 for B. Positive: v1 (exactly on
    # target, ease 4) and v6. Q1: v1, v2 (1 of 2 = 50%). Q2: v3 (inaccurate), v4 (ease 3),
    # v5 (partly found), v6 (1 of 4 = 25%). All: 2 of 6 = 33.3%.
    a = ScenarioFactory(persona="Parent carer", target_minutes=5)
    b = ScenarioFactory(persona="Young person", target_minutes=10)
    for scenario, day, outcome, minutes, ease, accurate in [
        (a, date(2025, 1, 5), "found", 5, 4, True),  # v1
        (a, date(2025, 3, 31), "found", 6, 5, True),  # v2: a minute over
        (b, date(2025, 4, 1), "found", 10, 5, False),  # v3
        (b, date(2025, 6, 30), "found", 2, 3, True),  # v4
        (b, date(2025, 6, 30), "partly", 2, 5, True),  # v5
        (b, date(2025, 5, 10), "found", 9, 5, True),  # v6
        (a, date(2025, 7, 1), "found", 1, 5, True),  # outside
        (a, date(2024, 12, 31), "found", 1, 5, True),  # outside
    ]:
        VisitFactory(
            scenario=scenario,
            visited_on=day,
            outcome=outcome,
            minutes_taken=minutes,
            ease=ease,
            information_accurate=accurate,
        )


def test_the_summary_has_every_kpi_worked_out_by_hand(figures):
    assert selectors.kpi_summary(period=H1, today=TODAY) == {
        "page_views": 22,
        "searches": 7,
        "zero_result_searches": 3,
        "contact_clicks": 4,
        "feedback_total": 6,
        "feedback_helpful_pct": 66.7,
        "negative_feedback": 3,
        "mystery_shop_visits": 6,
        "mystery_shop_positive_pct": 33.3,
        "listings_overdue_review": 1,
        "yswd_by_status": {"planned": 1, "in_progress": 1, "done": 1},
        "median_days_feedback_to_action": 20,
    }
    assert list(selectors.kpi_summary(period=H1, today=TODAY)) == list(selectors.KPI_KEYS)


def test_an_empty_period_gives_zeros_and_no_percentages(figures):
    empty = Period(date(2030, 1, 1), date(2030, 12, 31))
    assert selectors.kpi_summary(period=empty, today=TODAY) == {
        "page_views": 0,
        "searches": 0,
        "zero_result_searches": 0,
        "contact_clicks": 0,
        "feedback_total": 0,
        "feedback_helpful_pct": None,
        "negative_feedback": 0,
        "mystery_shop_visits": 0,
        "mystery_shop_positive_pct": None,
        "listings_overdue_review": 2,  # due before 15 July 2025: 29 and 30 June
        "yswd_by_status": {"planned": 0, "in_progress": 0, "done": 0},
        "median_days_feedback_to_action": None,
    }


def test_overdue_listings_are_judged_at_the_end_of_the_period_or_today(figures):
    assert selectors.listings_overdue_review(period=H1, today=date(2025, 6, 29)) == 0
    assert selectors.listings_overdue_review(period=H1, today=date(2025, 6, 30)) == 1
    assert selectors.listings_overdue_review(period=H1, today=date(2025, 7, 1)) == 1


def test_page_views_by_month_include_the_empty_months(figures):
    assert selectors.page_views_by_month(period=H1) == [
        {"month": "Jan 2025", "page_views": 15},
        {"month": "Feb 2025", "page_views": 0},
        {"month": "Mar 2025", "page_views": 7},
        {"month": "Apr 2025", "page_views": 0},
        {"month": "May 2025", "page_views": 0},
        {"month": "Jun 2025", "page_views": 0},
    ]
    assert selectors.top_pages(period=H1) == [
        {"path": "/", "page_views": 15},
        {"path": "/services/", "page_views": 7},
    ]


def test_searches_are_ranked_and_the_empty_ones_listed(figures):
    assert selectors.top_searches(period=H1) == [
        {"words": "speech", "searches": 5, "found_nothing": 1},
        {"words": "trampoline", "searches": 2, "found_nothing": 2},
    ]
    assert selectors.zero_result_searches(period=H1) == [
        {"words": "trampoline", "filters": "", "searches": 2},
        {"words": "speech", "filters": "need:ASD", "searches": 1},
    ]


def test_feedback_by_month_uses_the_local_date(figures):
    def row(month, answered, helpful, pct, negative):
        return {
            "month": month,
            "answered": answered,
            "helpful": helpful,
            "helpful_pct": pct,
            "negative": negative,
        }

    assert selectors.feedback_by_month(period=H1) == [
        row("Jan 2025", 2, 1, 50.0, 1),
        row("Feb 2025", 0, 0, None, 0),
        row("Mar 2025", 0, 0, None, 0),
        row("Apr 2025", 1, 1, 100.0, 0),
        row("May 2025", 0, 0, None, 1),
        row("Jun 2025", 0, 0, None, 1),
    ]


def test_feedback_by_section(figures):
    assert selectors.feedback_by_section(period=H1) == [
        {"section": "services", "answered": 2, "helpful": 1, "helpful_pct": 50.0},
        {"section": "home", "answered": 1, "helpful": 1, "helpful_pct": 100.0},
    ]


def test_mystery_shopping_by_quarter_and_scenario(figures):
    assert selectors.mystery_shop_by_quarter(period=H1) == [
        {"quarter": "2025 Q1", "visits": 2, "positive": 1, "positive_pct": 50.0},
        {"quarter": "2025 Q2", "visits": 4, "positive": 1, "positive_pct": 25.0},
    ]
    rows = selectors.mystery_shop_by_scenario(period=H1)
    assert [(r["target_minutes"], r["visits"], r["positive"], r["positive_pct"]) for r in rows] == [
        (5, 2, 1, 50.0),
        (10, 4, 1, 25.0),
    ]


def test_quarters_are_cut_to_the_period_and_empty_ones_kept(figures):
    # 31 March is the last day of Q1, 1 April the first of Q2.
    assert selectors.mystery_shop_by_quarter(
        period=Period(date(2025, 3, 31), date(2025, 4, 1))
    ) == [
        {"quarter": "2025 Q1", "visits": 1, "positive": 0, "positive_pct": 0.0},
        {"quarter": "2025 Q2", "visits": 1, "positive": 0, "positive_pct": 0.0},
    ]
    assert selectors.mystery_shop_by_quarter(
        period=Period(date(2025, 8, 1), date(2025, 12, 31))
    ) == [
        {"quarter": "2025 Q3", "visits": 0, "positive": 0, "positive_pct": None},
        {"quarter": "2025 Q4", "visits": 0, "positive": 0, "positive_pct": None},
    ]


def test_quarters_and_months_cross_the_new_year():
    period = Period(date(2024, 11, 15), date(2025, 2, 3))
    assert selectors.quarters(period) == [
        Period(date(2024, 11, 15), date(2024, 12, 31)),
        Period(date(2025, 1, 1), date(2025, 2, 3)),
    ]
    assert selectors.months(period) == [
        date(2024, 11, 1),
        date(2024, 12, 1),
        date(2025, 1, 1),
        date(2025, 2, 1),
    ]


def test_positive_thresholds_come_from_settings(figures, settings):
    settings.MYSTERY_SHOP_POSITIVE_MIN_EASE = 3
    settings.MYSTERY_SHOP_TIME_ALLOWANCE = 1.2
    # Now v2 (6 minutes of 5 x 1.2) and v4 (ease 3) are positive too: 4 of 6.
    assert selectors.mystery_shop_figures(period=H1) == {
        "mystery_shop_visits": 6,
        "mystery_shop_positive_pct": 66.7,
    }


def test_a_period_cannot_run_backwards():
    with pytest.raises(ValueError, match="cannot end before it starts"):
        Period(date(2025, 2, 1), date(2025, 1, 1))


@pytest.mark.parametrize(
    ("key", "current", "previous", "change"),
    [
        ("page_views", 150, 100, "+50%"),
        ("page_views", 90, 100, "-10%"),
        ("page_views", 100, 100, "No change"),
        ("page_views", 5, 0, "No comparison"),
        ("feedback_helpful_pct", 70.5, 68.0, "+2.5 points"),
        ("feedback_helpful_pct", 70.5, None, "No comparison"),
        ("median_days_feedback_to_action", 12, 20, "-8 days"),
    ],
)
def test_change_on_the_previous_year_is_in_plain_words(key, current, previous, change):
    assert selectors.kpi_change(key, current, previous) == change
