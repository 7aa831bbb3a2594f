"""The review cycle: the due-for-review report, reminders once per cycle, and the
one-click link with which a provider confirms a listing is still accurate."""

import csv
import io
import time
from datetime import date, timedelta
from http import HTTPStatus

import pytest

from django.core import mail, signing
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Revision

from directory.models import CheckedBy, ReviewReminder, ServicePage, add_months
from directory.services import REVIEW_LINK_MAX_AGE, REVIEW_LINK_SALT
from roles.groups import EDITORS
from tests.factories import (
    OrganisationFactory,
    ProviderMembershipFactory,
    ServicePageFactory,
    UserFactory,
    make_site,
)

TODAY = timezone.localdate()


@pytest.fixture
def directory_page(db):
    _home, directory = make_site()
    return directory


def listing(directory, *, reviewed_days_ago: int, **kwargs) -> ServicePage:
    return ServicePageFactory(
        parent=directory, last_reviewed=TODAY - timedelta(days=reviewed_days_ago), **kwargs
    )


@pytest.fixture
def cycle(directory_page):
    """Listings overdue, due soon, due later and never reviewed."""
    membership = ProviderMembershipFactory(user__email="provider@example.org")
    organisation = membership.organisation
    return {
        "overdue": listing(directory_page, reviewed_days_ago=400, organisation=organisation),
        "soon": listing(directory_page, reviewed_days_ago=350, organisation=organisation),
        "later": listing(directory_page, reviewed_days_ago=30, organisation=organisation),
        "six_monthly": listing(directory_page, reviewed_days_ago=200, review_interval_months=6),
        "provider": membership.user,
    }


@pytest.fixture
def editor_client(client, db):
    client.force_login(UserFactory(groups=[EDITORS]))
    return client


def test_months_are_added_within_the_month():
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 11, 15), 12) == date(2025, 11, 15)
    assert add_months(date(2024, 12, 1), 1) == date(2025, 1, 1)


def test_a_listing_is_due_its_interval_after_its_last_check(directory_page):
    service = listing(directory_page, reviewed_days_ago=0, review_interval_months=6)

    assert service.review_due == add_months(TODAY, 6)


def test_the_report_lists_exactly_the_listings_overdue_or_due_soon(editor_client, cycle):
    html = editor_client.get("/admin/reports/listings-due/").content.decode()

    for name in ("overdue", "soon", "six_monthly"):
        assert cycle[name].title in html
    assert cycle["later"].title not in html


def test_the_report_filters_overdue_listings_and_by_organisation(editor_client, cycle):
    overdue = editor_client.get("/admin/reports/listings-due/?due=overdue").content.decode()
    organisation = cycle["overdue"].organisation_id
    by_organisation = editor_client.get(
        f"/admin/reports/listings-due/?organisation={organisation}"
    ).content.decode()

    assert cycle["overdue"].title in overdue
    assert cycle["six_monthly"].title in overdue
    assert cycle["soon"].title not in overdue
    assert cycle["six_monthly"].title not in by_organisation
    assert cycle["soon"].title in by_organisation


def test_the_report_exports_csv_and_xlsx(editor_client, cycle):
    response = editor_client.get("/admin/reports/listings-due/?due=overdue&export=csv")
    xlsx = editor_client.get("/admin/reports/listings-due/?export=xlsx")

    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    assert sorted(row["Listing"] for row in rows) == sorted(
        [cycle["overdue"].title, cycle["six_monthly"].title]
    )
    assert rows[0]["Address"].startswith("http")
    assert xlsx.status_code == HTTPStatus.OK
    assert b"".join(xlsx.streaming_content)[:2] == b"PK"


def test_providers_do_not_see_the_report(client, cycle):
    client.force_login(cycle["provider"])

    response = client.get("/admin/reports/listings-due/")

    assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)


def test_reminders_go_once_per_listing_per_cycle(cycle):
    call_command("send_review_reminders", stdout=io.StringIO())
    call_command("send_review_reminders", stdout=io.StringIO())

    to_provider = [m for m in mail.outbox if m.to == ["provider@example.org"]]
    assert len(to_provider) == 1
    body = to_provider[0].body
    assert cycle["overdue"].title in body and cycle["soon"].title in body
    assert cycle["later"].title not in body
    assert ReviewReminder.objects.filter(service=cycle["overdue"]).count() == 1
    # The six-monthly listing has no provider account: its organisation's address is used.
    assert ReviewReminder.objects.filter(service=cycle["six_monthly"]).exists() == bool(
        cycle["six_monthly"].organisation.email
    )


def test_a_new_cycle_brings_a_new_reminder(cycle):
    call_command("send_review_reminders", stdout=io.StringIO())
    ServicePage.objects.filter(pk=cycle["overdue"].pk).update(review_due=TODAY + timedelta(days=3))
    mail.outbox.clear()

    call_command("send_review_reminders", stdout=io.StringIO())

    assert len(mail.outbox) == 1
    assert cycle["overdue"].title in mail.outbox[0].body


def _link(body: str, title: str) -> str:
    lines = body.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    link = next(line for line in lines[start:] if "Still accurate?" in line)
    return link.split("Still accurate? ", 1)[1].replace("http://localhost", "")


def test_the_link_confirms_the_listing_once_without_signing_in(client, cycle):
    call_command("send_review_reminders", stdout=io.StringIO())
    link = _link(mail.outbox[0].body, cycle["overdue"].title)
    same_origin = {"HTTP_ORIGIN": "http://testserver"}

    shown = client.get(link)
    cycle["overdue"].refresh_from_db()
    unchanged = cycle["overdue"].last_reviewed
    confirmed = client.post(link, **same_origin)
    again = client.post(link, **same_origin)

    service = ServicePage.objects.get(pk=cycle["overdue"].pk)
    review = service.latest_review()
    assert shown.status_code == HTTPStatus.OK
    assert unchanged == TODAY - timedelta(days=400)  # a GET confirms nothing
    assert confirmed.status_code == HTTPStatus.OK
    assert (review.checked_by, review.user) == (CheckedBy.PROVIDER, cycle["provider"])
    assert service.last_reviewed == TODAY
    assert service.review_due == add_months(TODAY, 12)
    assert again.status_code == HTTPStatus.GONE
    assert service.reviews.count() == 1
    assert "by the service provider" in client.get(service.url).content.decode()
    assert "Set-Cookie" not in confirmed.headers


class SignedLongAgo(signing.TimestampSigner):
    def timestamp(self):
        return signing.b62_encode(int(time.time()) - (REVIEW_LINK_MAX_AGE.days + 1) * 86400)


def test_a_forged_or_expired_link_confirms_nothing(client, cycle):
    call_command("send_review_reminders", stdout=io.StringIO())
    reminder = ReviewReminder.objects.get(service=cycle["overdue"])
    data = {"reminder": reminder.pk, "user": None}
    forged = signing.dumps(data, salt="another-salt")
    expired = SignedLongAgo(salt=REVIEW_LINK_SALT).sign_object(data)
    headers = {"HTTP_ORIGIN": "http://testserver"}

    for token in (forged, expired):
        assert client.get(f"/listing-check/{token}/").status_code == HTTPStatus.GONE
        assert client.post(f"/listing-check/{token}/", **headers).status_code == HTTPStatus.GONE
    assert cycle["overdue"].reviews.count() == 0


def test_the_link_refuses_a_post_from_another_site(client, cycle):
    call_command("send_review_reminders", stdout=io.StringIO())
    link = _link(mail.outbox[0].body, cycle["overdue"].title)

    response = client.post(link, HTTP_ORIGIN="https://evil.example")

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert cycle["overdue"].reviews.count() == 0


def test_publishing_an_older_draft_does_not_roll_back_the_last_check(directory_page):
    service = listing(directory_page, reviewed_days_ago=400)
    draft = service.save_revision()
    ServicePage.objects.filter(pk=service.pk).update(last_reviewed=TODAY)

    Revision.objects.get(pk=draft.pk).publish()

    assert ServicePage.objects.get(pk=service.pk).last_reviewed == TODAY


def test_an_organisation_with_no_address_and_no_provider_gets_no_reminder(directory_page):
    quiet = listing(directory_page, reviewed_days_ago=400, organisation=OrganisationFactory())

    call_command("send_review_reminders", stdout=io.StringIO())

    assert not ReviewReminder.objects.filter(service=quiet).exists()


def test_the_reminder_says_which_listings_are_overdue_or_due_and_is_plain_text(cycle):
    ServicePage.objects.filter(pk=cycle["soon"].pk).update(title="Play & stay <Saturdays>")
    call_command("send_review_reminders", stdout=io.StringIO())

    body = next(m.body for m in mail.outbox if m.to == ["provider@example.org"])
    lines = body.splitlines()
    assert lines[0] == "Hello,"
    assert f"{cycle['overdue'].title} (overdue)" in lines
    soon = ServicePage.objects.get(pk=cycle["soon"].pk)
    assert f"Play & stay <Saturdays> (due {soon.review_due:%-d %B %Y})" in lines
    assert "&amp;" not in body
    assert lines[-1] == f"Each link works once and expires after {REVIEW_LINK_MAX_AGE.days} days."
