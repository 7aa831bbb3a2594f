"""Easy read versions: the original links to its easy read version and it links back."""

from http import HTTPStatus

import pytest

from pages.models import EasyReadPage, InformationPage, SectionPage
from tests.factories import make_site


@pytest.fixture
def home(db):
    return make_site()[0]


def information(parent, title: str, **kwargs) -> InformationPage:
    return parent.add_child(instance=InformationPage(title=title, body=[], **kwargs))


def easy_read(parent, original, *, live: bool = True) -> EasyReadPage:
    return parent.add_child(
        instance=EasyReadPage(
            title=f"{original.title} (easy read)",
            slug=f"{original.slug}-easy-read",
            original_page=original,
            body=[("paragraph", "<p>We can help.</p>")],
            live=live,
        )
    )


def test_a_page_and_its_easy_read_version_link_to_each_other(client, home):
    guide = information(home, "EHC plans")
    easy = easy_read(guide, guide)

    original_html = client.get(guide.url).content.decode()
    easy_response = client.get(easy.url)

    assert (
        f'href="{easy.url}">Easy read version<span class="govuk-visually-hidden"> of EHC plans'
        in original_html
    )
    assert easy_response.status_code == HTTPStatus.OK
    easy_html = easy_response.content.decode()
    assert "This is an easy read version of" in easy_html
    assert f'<a class="govuk-link" href="{guide.url}">EHC plans</a>' in easy_html
    assert "We can help." in easy_html


def test_a_section_links_to_its_easy_read_version_too(client, home):
    section = home.add_child(instance=SectionPage(title="School"))
    easy = easy_read(home, section)

    assert f'href="{easy.url}">Easy read version' in client.get(section.url).content.decode()


def test_no_link_to_an_unpublished_easy_read_version_nor_back_to_an_unpublished_page(client, home):
    guide = information(home, "Guide")
    easy_read(home, guide, live=False)
    draft = information(home, "Draft", live=False)
    easy = easy_read(home, draft)

    assert "Easy read version" not in client.get(guide.url).content.decode()
    assert "This is an easy read version of" not in client.get(easy.url).content.decode()


def test_a_page_without_an_easy_read_version_has_no_link(client, home):
    guide = information(home, "Guide")

    assert "Easy read version" not in client.get(guide.url).content.decode()


def test_an_easy_read_version_is_measured_like_other_pages(home):
    guide = information(home, "Guide")

    assert easy_read(home, guide).readable_text().split() == ["We", "can", "help."]
