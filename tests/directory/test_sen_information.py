"""Each school and setting's SEN information: answers shown under their questions on the
listing, edited in the listing's own form and published through its workflow."""

from http import HTTPStatus

import pytest

from directory.models import SEN_QUESTIONS, ServicePage, SettingType
from tests.admin_forms import service_form
from tests.factories import ServicePageFactory, make_site


@pytest.fixture
def directory_page(db):
    return make_site()[1]


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))
    return client


def test_the_answers_are_shown_under_their_questions_in_the_codes_order(client, directory_page):
    school = ServicePageFactory(
        parent=directory_page,
        title="Northby Primary School",
        setting_type=SettingType.SCHOOL,
        sen_teaching="Small groups for reading.\n\nVisual timetables  in every\nclass.",
        sen_kinds="Autism and speech, language and communication needs.",
    )

    response = client.get(school.url)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    section = html[html.index('id="sen-information"') :]
    assert '<h2 class="govuk-heading-l">Special educational needs (SEN) information</h2>' in html
    kinds = section.index(
        '<h3 class="govuk-heading-m">What kinds of special educational needs does it provide '
        "for?</h3>"
    )
    teaching = section.index(
        '<h3 class="govuk-heading-m">How does it adapt teaching, the curriculum and the '
        "building?</h3>"
    )
    assert kinds < teaching
    assert '<p class="govuk-body">Small groups for reading.</p>' in section
    assert '<p class="govuk-body">Visual timetables in every class.</p>' in section
    # Questions with no answer are left out rather than shown empty.
    assert "Who is the special educational needs coordinator" not in html


def test_a_listing_that_is_not_a_setting_has_no_sen_section(client, directory_page):
    service = ServicePageFactory(parent=directory_page)

    assert 'id="sen-information"' not in client.get(service.url).content.decode()


def test_answers_are_escaped(client, directory_page):
    school = ServicePageFactory(
        parent=directory_page, setting_type=SettingType.SCHOOL, sen_senco="<script>x</script>"
    )

    html = client.get(school.url).content.decode()

    assert "&lt;script&gt;x&lt;/script&gt;" in html and "<script>x</script>" not in html


def test_only_schools_and_settings_see_the_questions_in_the_editor(editor_client, directory_page):
    service = ServicePageFactory(parent=directory_page)
    school = ServicePageFactory(parent=directory_page, setting_type=SettingType.EARLY_YEARS)

    service_html = editor_client.get(f"/admin/pages/{service.pk}/edit/").content.decode()
    school_html = editor_client.get(f"/admin/pages/{school.pk}/edit/").content.decode()

    for html in (service_html, school_html):
        assert 'id="tab-label-sen_information"' in html
        assert 'name="setting_type"' in html
    assert 'name="sen_identifying"' not in service_html
    for name in SEN_QUESTIONS:
        assert f'name="{name}"' in school_html


def test_a_draft_answer_waits_for_publishing_like_the_rest_of_the_listing(
    editor_client, directory_page
):
    school = ServicePageFactory(
        parent=directory_page,
        title="Northby Nursery",
        setting_type=SettingType.EARLY_YEARS,
        sen_parents="We meet parents every term.",
    )
    url = f"/admin/pages/{school.pk}/edit/"
    form = service_form(
        title="Northby Nursery",
        organisation=school.organisation,
        action="action-save-draft",
        setting_type="early-years",
        sen_parents="We meet parents every half term.",
    )
    form["slug"] = school.slug

    assert editor_client.post(url, form).status_code == HTTPStatus.FOUND

    school.refresh_from_db()
    assert school.sen_parents == "We meet parents every term."
    assert school.get_latest_revision_as_object().sen_parents == "We meet parents every half term."

    form.pop("action-save-draft")
    form["action-publish"] = "action-publish"
    assert editor_client.post(url, form).status_code == HTTPStatus.FOUND
    assert ServicePage.objects.get(pk=school.pk).sen_parents == "We meet parents every half term."
