"""Reports › Reading age on hand-made pages, the target editors set, and the edit form's
reading age."""

from http import HTTPStatus

import pytest

from wagtail.models import Site

from pages.models import InformationPage
from plain_english.models import PlainEnglishSettings
from plain_english.selectors import pages_above_reading_age
from tests.factories import ServicePageFactory, make_site
from tests.plain_english.test_readability import EASY, HARD, PLAIN

REPORT = "/admin/reports/reading-age/"


def paragraph(text: str) -> list:
    return [("paragraph", f"<p>{text}</p>")]


def set_target(age: int) -> None:
    settings = PlainEnglishSettings.for_site(Site.objects.get(is_default_site=True))
    settings.target_reading_age = age
    settings.save()


@pytest.fixture
def hand_made(db):
    """Pages at reading ages 5, 13 and 30, a draft at 30, and listing summaries at 5 and 30."""
    home, directory = make_site()
    for title, text, live in [
        ("Easy", EASY, True),
        ("Plain", PLAIN, True),
        ("Hard", HARD, True),
        ("Hard draft", HARD, False),
    ]:
        home.add_child(instance=InformationPage(title=title, body=paragraph(text), live=live))
    ServicePageFactory(parent=directory, title="Easy listing", summary=EASY)
    ServicePageFactory(parent=directory, title="Hard listing", summary=HARD)
    return home


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", password="x"))
    return client


def test_live_pages_above_the_target_are_listed_hardest_first(hand_made):
    rows = pages_above_reading_age(target=11)

    assert [(row.title, row.kind, row.reading_age) for row in rows] == [
        ("Hard", "Information page", 30),
        ("Hard listing", "Listing summary", 30),
        ("Plain", "Information page", 13),
    ]
    assert [row.title for row in pages_above_reading_age(target=13)] == ["Hard", "Hard listing"]
    assert pages_above_reading_age(target=30) == []


def test_the_report_uses_the_target_editors_set_and_downloads(editor, hand_made):
    response = editor.get(REPORT)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Published pages with a reading age above 11." in html
    assert ">Plain</a>" in html and ">Easy</a>" not in html and "Hard draft" not in html

    set_target(13)
    html = editor.get(REPORT).content.decode()
    assert "above 13." in html and ">Plain</a>" not in html and ">Hard</a>" in html

    csv = editor.get(f"{REPORT}?export=csv")
    lines = b"".join(csv.streaming_content).decode().splitlines()
    assert lines[0] == "Page,Text,Reading age,Address"
    assert lines[1] == "Hard,Information page,30,http://localhost/hard/"
    assert len(lines) == 3
    xlsx = editor.get(f"{REPORT}?export=xlsx")
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_report_says_so_when_every_page_is_easy_enough(editor, hand_made):
    set_target(18)
    InformationPage.objects.filter(title="Hard").update(live=False)
    ServicePageFactory._meta.model.objects.filter(title="Hard listing").update(live=False)

    html = editor.get(REPORT).content.decode()

    assert "Every published page has a reading age of 18 or below." in html


def test_the_report_is_for_signed_in_staff_only(client, hand_made):
    response = client.get(REPORT)

    assert response.status_code == HTTPStatus.FOUND
    assert "/admin/login/" in response["Location"]


def test_the_edit_form_shows_the_reading_age_against_the_target(editor, hand_made):
    plain = InformationPage.objects.get(title="Plain")
    easy = InformationPage.objects.get(title="Easy")

    plain_form = editor.get(f"/admin/pages/{plain.pk}/edit/").content.decode()
    easy_form = editor.get(f"/admin/pages/{easy.pk}/edit/").content.decode()
    new_form = editor.get(f"/admin/pages/add/pages/informationpage/{hand_made.pk}/")

    assert "Reading age about 13</strong>, as last saved; the target is 11." in plain_form
    assert "Shorter sentences and everyday words bring it down." in plain_form
    assert "Reading age about 5</strong>" in easy_form
    assert "bring it down" not in easy_form
    assert "Save a draft to see the reading age" in new_form.content.decode()
