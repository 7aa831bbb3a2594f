"""The public pages rendered through the Django test client: layout, content and privacy."""

import datetime
import json
import re
from http import HTTPStatus

import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.template import loader
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from directory.models import (
    Cost,
    Language,
    ServiceContact,
    ServiceLocation,
    ServiceSchedule,
    ServiceStatus,
)
from monitoring.models import AnnualReportPage
from pages.models import (
    GlossaryPage,
    InformationPage,
    SectionKind,
    SectionPage,
    SectionRelatedPage,
    SiteSettings,
)
from tests.factories import (
    AreaFactory,
    CategoryFactory,
    GlossaryTermFactory,
    NeedTypeFactory,
    OrganisationFactory,
    ServicePageFactory,
    make_site,
)


@pytest.fixture
def site(db):
    home, directory = make_site()
    home.introduction = "Find support for children and young people with SEND."
    home.save()
    return home, directory


@pytest.fixture
def home(site):
    return site[0]


@pytest.fixture
def directory_page(site):
    return site[1]


@pytest.fixture
def site_settings(home):
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def html_of(response) -> str:
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def information_page(parent, **kwargs) -> InformationPage:
    kwargs.setdefault("body", json.dumps([]))
    page = parent.add_child(instance=InformationPage(**kwargs))
    return page


def section_page(parent, **kwargs) -> SectionPage:
    return parent.add_child(instance=SectionPage(**kwargs))


def structured_data(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


# The base layout


def test_layout_has_skip_link_header_search_and_service_name_title(client, home):
    html = html_of(client.get("/"))

    assert '<html lang="en-GB"' in html
    assert '<a href="#main-content" class="govuk-skip-link"' in html
    assert '<main class="govuk-main-wrapper" id="main-content">' in html
    assert "<title>Home – Local Local Offer</title>" in html
    assert 'action="/services/" method="get" role="search"' in html
    assert '<label class="govuk-label govuk-visually-hidden" for="header-search">' in html
    assert 'href="/services/"' in html
    assert "This is a new service." in html


def test_no_crown_and_no_crown_copyright(client, home):
    html = html_of(client.get("/"))

    assert "Crown copyright" not in html
    assert "govuk-footer__crown" not in html
    assert "Open Government Licence" not in html
    assert "Local SEND" in html


def test_footer_links_only_to_the_pages_chosen_in_settings(client, home, site_settings):
    privacy = information_page(home, title="Privacy notice", slug="privacy")
    site_settings.privacy_page = privacy
    site_settings.contact_phone = "01234 567 890"
    site_settings.save()

    html = html_of(client.get("/"))

    assert '<a class="govuk-footer__link" href="/privacy/">Privacy notice</a>' in html
    assert "Accessibility statement" not in html
    assert 'href="tel:01234567890"' in html


def service_navigation(html: str) -> list[tuple[str, str]]:
    start = html.index('class="govuk-service-navigation__list"')
    navigation = html[start : html.index("</ul>", start)]
    return re.findall(r'href="([^"]*)"[^>]*>\s*(?:<strong[^>]*>)?([^<]*?)\s*<', navigation)


def test_service_navigation_leads_to_the_main_journeys_once_chosen(client, home, site_settings):
    advice = section_page(home, title="Advice", slug="advice")
    news = information_page(home, title="News", slug="news")
    draft = information_page(home, title="Draft", slug="draft", live=False)
    site_settings.advice_page = advice
    site_settings.news_page = draft
    site_settings.save()

    assert service_navigation(html_of(client.get("/"))) == [
        ("/services/", "Find services"),
        ("/advice/", "Advice and guidance"),
        ("/you-said-we-did/", "You said, we did"),
        ("/tell-us-what-you-think/", "Have your say"),
    ]

    site_settings.news_page = news
    site_settings.save()
    section_page(advice, title="School", slug="school")
    html = html_of(client.get("/advice/school/"))

    assert ("/news/", "News and events") in service_navigation(html)
    assert 'href="/advice/" aria-current="true"' in html


def test_footer_links_the_latest_annual_report_and_you_said_we_did(client, home):
    for year in (2024, 2025):
        home.add_child(
            instance=AnnualReportPage(title=f"Annual report {year}", slug=str(year), year=year)
        )
    home.add_child(
        instance=AnnualReportPage(title="Draft report", slug="2026", year=2026, live=False)
    )

    html = html_of(client.get("/"))
    footer = html[html.index('<footer class="govuk-footer"') :]

    assert '<a class="govuk-footer__link" href="/2025/">Annual report</a>' in footer
    assert "/2026/" not in footer and "/2024/" not in footer
    assert '<a class="govuk-footer__link" href="/you-said-we-did/">You said, we did</a>' in footer


def test_demo_notice_shows_only_when_switched_on(client, home, site_settings):
    assert "This is a demonstration site" not in html_of(client.get("/"))

    site_settings.demo_notice = True
    site_settings.save()

    assert "This is a demonstration site" in html_of(client.get("/"))


def test_public_pages_set_no_cookies_and_load_nothing_from_other_sites(
    client, home, directory_page
):
    service = ServicePageFactory(parent=directory_page, website="https://example.org/")
    for url in ["/", service.url, "/no-such-page/"]:
        response = client.get(url)
        html = response.content.decode()

        assert not response.cookies, url
        loaded = re.findall(r'<(?:script|img|iframe)[^>]*\ssrc="([^"]*)"', html)
        loaded += re.findall(r'<link[^>]*\shref="([^"]*)"', html)
        assert loaded, url
        assert all(address.startswith(("/", "data:")) for address in loaded), (url, loaded)
        assert not re.search(r"<[^>]*\son\w+=", html), url  # no inline event handlers


def test_breadcrumbs_lead_from_home_to_the_parent(client, home):
    guide = information_page(home, title="EHC plans", slug="ehc-plans")
    information_page(guide, title="Annual reviews", slug="annual-reviews")

    html = html_of(client.get("/ehc-plans/annual-reviews/"))

    breadcrumbs = html[
        html.index('class="govuk-breadcrumbs') : html.index(
            "</nav>", html.index('class="govuk-breadcrumbs')
        )
    ]
    assert re.findall(r'href="([^"]*)">([^<]*)<', breadcrumbs) == [
        ("/", "Home"),
        ("/ehc-plans/", "EHC plans"),
    ]
    assert 'class="govuk-breadcrumbs' not in html_of(client.get("/"))


def test_pages_that_are_not_wagtail_pages_lead_back_home(client, home):
    for url in ("/you-said-we-did/", "/tell-us-what-you-think/"):
        html = html_of(client.get(url))

        start = html.index('class="govuk-breadcrumbs')
        breadcrumbs = html[start : html.index("</nav>", start)]
        assert re.findall(r'href="([^"]*)">([^<]*)<', breadcrumbs) == [("/", "Home")], url


def test_signed_in_editors_get_the_wagtail_user_bar(client, home, django_user_model):
    assert "wagtail-userbar" not in html_of(client.get("/"))

    client.force_login(django_user_model.objects.create_superuser("editor", password="x"))

    assert "wagtail-userbar" in html_of(client.get("/"))


# Error pages


def test_not_found_page_keeps_the_site_layout(client, home):
    response = client.get("/no-such-page/")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "<title>Page not found – Local Local Offer</title>" in html
    assert 'class="govuk-footer"' in html


def test_server_error_page_renders_without_request_or_database(db):
    with CaptureQueriesContext(connection) as queries:
        html = loader.get_template("500.html").render()

    assert len(queries) == 0
    assert "Sorry, there is a problem with the service" in html
    assert 'href="/static/dist/main.css"' in html


# Home page


@pytest.fixture
def browsable(directory_page):
    autism = NeedTypeFactory(code="ASD", name="Autism", slug="autism")
    hearing = NeedTypeFactory(code="HI", name="Hearing impairment", slug="hearing")
    NeedTypeFactory(code="VI", name="Vision impairment", slug="vision")
    short_breaks = CategoryFactory(name="Short breaks", slug="short-breaks")
    ServicePageFactory(
        parent=directory_page, needs=[autism], categories=[short_breaks], min_age=0, max_age=4
    )
    ServicePageFactory(parent=directory_page, needs=[autism, hearing], min_age=5, max_age=25)
    draft = ServicePageFactory(parent=directory_page, needs=[hearing], min_age=0, max_age=25)
    draft.unpublish()


def test_home_links_each_need_with_services_to_its_search(client, home, browsable):
    html = html_of(client.get("/"))

    assert re.search(r'href="/services/\?need=ASD">Autism</a>\s*<span[^>]*>2 services', html)
    assert re.search(
        r'href="/services/\?need=HI">Hearing impairment</a>\s*<span[^>]*>1 service<', html
    )
    assert "need=VI" not in html  # no services: no dead end


def test_home_links_life_stages_to_every_service_whose_ages_overlap_them(
    client, home, browsable, directory_page
):
    ServicePageFactory(parent=directory_page, min_age=3, max_age=6)  # early years and primary
    html = html_of(client.get("/"))

    for band, count in [("0&amp;age_to=4", 2), ("5&amp;age_to=10", 2), ("11&amp;age_to=15", 1)]:
        link = re.search(rf'href="/services/\?age_from={band}">([^<]*)</a>(.*?)</li>', html, re.S)
        assert link, band
        assert f"{count} service" in link.group(2)
    assert 'name="age"' in html
    assert "Or enter an age" in html


def test_home_links_types_of_support_and_searches_the_directory(client, home, browsable):
    html = html_of(client.get("/"))

    assert 'href="/services/?category=short-breaks">Short breaks</a>' in html
    assert (
        '<label class="govuk-label govuk-label--m" for="home-search">What are you looking for?'
        in html
    )
    assert 'id="home-search" name="q"' in html


def test_home_lists_the_information_pages_shown_in_menus(client, home):
    information_page(
        home, title="EHC plans", slug="ehc-plans", summary="What a plan is.", show_in_menus=True
    )
    information_page(home, title="Privacy notice", slug="privacy")

    html = html_of(client.get("/"))

    assert '<a class="govuk-link govuk-!-font-weight-bold" href="/ehc-plans/">EHC plans</a>' in html
    assert "What a plan is." in html
    assert 'href="/privacy/"' not in html


def test_home_leads_to_the_most_needed_journeys_and_the_sections(client, home):
    advice = section_page(home, title="Advice", slug="advice")
    early = section_page(advice, title="Early years", slug="early", kind=SectionKind.LIFE_STAGE)
    section_page(advice, title="Health", slug="health", kind=SectionKind.TOPIC)
    section_page(advice, title="Hidden", slug="hidden", kind=SectionKind.TOPIC, live=False)
    ehc = information_page(early, title="EHC plans", slug="ehc")
    withdrawn = information_page(early, title="Withdrawn", slug="withdrawn", live=False)
    home.top_tasks = json.dumps(
        [
            {"type": "task", "value": {"text": "Ask for an assessment", "page": ehc.pk}},
            {"type": "task", "value": {"text": "Short breaks", "link": "/services/?q=breaks"}},
            {"type": "task", "value": {"text": "Gone", "page": withdrawn.pk}},
        ]
    )
    home.save()

    html = html_of(client.get("/"))

    most_needed = html[html.index(">Most needed</h2>") :]
    assert re.findall(r'href="([^"]*)">([^<]*)</a>', most_needed)[:2] == [
        ("/advice/early/ehc/", "Ask for an assessment"),
        ("/services/?q=breaks", "Short breaks"),
    ]
    assert "Gone" not in html
    stages = html[html.index("Advice for each stage of life</h2>") :]
    assert stages.index('href="/advice/early/">Early years') < stages.index("Advice by topic</h2>")
    assert 'href="/advice/health/">Health</a>' in stages
    assert "/advice/hidden/" not in html


def test_a_most_needed_link_is_a_page_or_an_address_on_this_site_or_https(home):
    from pages.blocks import TaskLinkBlock

    block = TaskLinkBlock()
    for value, problem in [
        ({"text": "Neither"}, "Choose a page or give a link"),
        ({"text": "Both", "page": home, "link": "/services/"}, "Choose a page or give a link"),
        ({"text": "Elsewhere", "link": "javascript:alert(1)"}, "Start with /"),
        ({"text": "Protocol-relative", "link": "//example.org/"}, "Start with /"),
    ]:
        with pytest.raises(ValidationError) as raised:
            block.clean(block.to_python({**value, "page": getattr(value.get("page"), "pk", None)}))
        assert problem in str(raised.value.as_json_data()), value
    assert block.clean(block.to_python({"text": "Search", "link": "/services/?q=x"}))


# Section, information and glossary pages


def test_section_lists_its_sections_by_kind_its_pages_and_pages_chosen_from_elsewhere(client, home):
    advice = section_page(home, title="Advice and guidance", slug="advice", introduction="Help.")
    school = section_page(advice, title="School", slug="school", kind=SectionKind.LIFE_STAGE)
    section_page(advice, title="Health", slug="health", kind=SectionKind.TOPIC)
    information_page(advice, title="Who to contact", slug="who", summary="Teams that help.")
    information_page(advice, title="Unpublished", slug="unpublished", live=False)
    sen = information_page(school, title="SEN support", slug="sen-support")
    elsewhere = information_page(home, title="Annual reviews", slug="reviews", summary="Yearly.")
    hidden = information_page(home, title="Hidden", slug="hidden", live=False)
    school.related_pages = [
        SectionRelatedPage(page=elsewhere),
        SectionRelatedPage(page=hidden),
        SectionRelatedPage(page=sen),  # already listed as a child
    ]
    school.save()

    html = html_of(client.get("/advice/"))

    main = html[html.index("<main") :]
    headings = re.findall(r'<h2 class="govuk-heading-l">([^<]*)</h2>', main)
    assert headings == ["By stage of life", "By topic", "More advice"]
    assert '<p class="govuk-body-l">Help.</p>' in main
    assert "Teams that help." in main and "Unpublished" not in main

    html = html_of(client.get("/advice/school/"))

    main = html[html.index("<main") :]
    assert re.findall(r'<h2 class="govuk-heading-l">([^<]*)</h2>', main) == ["Also useful"]
    assert main.count('href="/advice/school/sen-support/"') == 1
    assert 'href="/reviews/">Annual reviews</a>' in main and "Yearly." in main
    assert "/hidden/" not in main


def test_an_empty_section_says_so(client, home):
    section_page(home, title="Early years", slug="early-years")

    assert "There is nothing in this section yet." in html_of(client.get("/early-years/"))


# Information and glossary pages


def test_information_page_renders_every_block_as_its_component(client, home):
    body = [
        {"type": "heading", "value": {"text": "Before you apply", "heading_level": "h3"}},
        {"type": "paragraph", "value": "<p>Talk to the <b>SENCo</b> first.</p>"},
        {"type": "callout", "value": {"style": "warning", "text": "<p>Apply within 6 weeks.</p>"}},
        {"type": "callout", "value": {"style": "inset", "text": "<p>It is free.</p>"}},
        {
            "type": "accordion",
            "id": "a1",
            "value": {
                "heading_level": "h3",
                "sections": [
                    {"heading": "Who decides", "summary": "", "content": "<p>The council.</p>"}
                ],
            },
        },
        {
            "type": "contacts",
            "value": {
                "heading": "Who to contact",
                "heading_level": "h2",
                "cards": [
                    {
                        "name": "SENDIASS",
                        "description": "Free advice.",
                        "phone": "01234 567 890",
                        "email": "help@example.org",
                        "website": "https://example.org/",
                    }
                ],
            },
        },
    ]
    information_page(
        home, title="EHC plans", slug="ehc-plans", summary="What a plan is.", body=json.dumps(body)
    )
    information_page(
        home.get_children().get(slug="ehc-plans"), title="Annual reviews", slug="reviews"
    )

    html = html_of(client.get("/ehc-plans/"))

    assert '<p class="govuk-body-l">What a plan is.</p>' in html
    assert '<h3 class="govuk-heading-m app-block-heading">Before you apply</h3>' in html
    assert "Talk to the <b>SENCo</b> first." in html
    assert 'class="govuk-warning-text"' in html and "Apply within 6 weeks." in html
    assert 'class="govuk-inset-text"' in html and "It is free." in html
    assert 'data-module="govuk-accordion" id="accordion-a1"' in html
    assert '<h3 class="govuk-accordion__section-heading">' in html
    assert '<h3 class="govuk-summary-card__title">' in html
    assert 'href="tel:01234567890"' in html
    assert 'href="mailto:help@example.org"' in html
    assert "In this section" in html and 'href="/ehc-plans/reviews/"' in html


def test_glossary_links_only_the_letters_that_have_terms(client, home):
    home.add_child(instance=GlossaryPage(title="Glossary", slug="glossary"))
    GlossaryTermFactory(term="EHCP", meaning="Education, Health and Care Plan")
    GlossaryTermFactory(term="SENCo", meaning="Special educational needs coordinator")

    html = html_of(client.get("/glossary/"))

    assert re.findall(r'href="#letter-(\w)"', html) == ["E", "S"]
    assert '<h2 class="govuk-heading-l" id="letter-E">E</h2>' in html
    assert "Education, Health and Care Plan" in html


# Service page


@pytest.fixture
def service(directory_page):
    area = AreaFactory(name="Northby East", slug="east")
    return ServicePageFactory(
        parent=directory_page,
        title="Speech and language therapy",
        organisation=OrganisationFactory(name="Northby NHS Trust"),
        summary="Help for children who find talking hard.",
        needs=[NeedTypeFactory(code="SLCN", name="Speech and language", slug="slcn")],
        areas=[area],
        min_age=0,
        max_age=18,
        cost=Cost.VARIES,
        cost_detail="Free with an EHCP",
        phone="01234 567 890",
        email="slt@example.org",
        website="https://example.org/slt",
        last_reviewed=datetime.date(2025, 3, 4),
        locations=[
            ServiceLocation(
                name="Northby Health Centre",
                address="1 High Street\nNorthby",
                postcode="NB1 1AA",
                area=area,
                accessibility="Step-free entrance",
            )
        ],
        schedules=[
            ServiceSchedule(weekday=1, opens_at=datetime.time(9), closes_at=datetime.time(17, 30))
        ],
        contacts=[ServiceContact(name="Sam Lee", role="Lead therapist", phone="01234 000 111")],
    )


def test_service_page_gives_the_facts_a_family_needs_in_order(client, service):
    service.languages.add(Language.objects.create(name="Polish", code="pl"))
    service.save_revision().publish()

    html = html_of(client.get(service.url))

    headings = [
        "Speech and language therapy</h1>",
        "Run by Northby NHS Trust",
        "Help for children who find talking hard.",
        "At a glance",
        "What the service offers",
        "Where and when",
        "Contact",
        "Last reviewed",
    ]
    main = html[html.index("<main") :]
    positions = [main.index(heading) for heading in headings]
    assert positions == sorted(positions)
    assert "0 to 18 years" in html
    assert "Cost varies: Free with an EHCP" in html
    assert "Polish" in html
    assert "NB1 1AA" in html and "Step-free entrance" in html
    assert "9am to 5:30pm" in html
    # The service's own contact links are counted on their way (monitoring); named
    # contacts' links go straight there.
    contact = f"/services/{service.pk}/contact"
    assert f'href="{contact}/phone/">01234 567 890</a>' in html
    assert 'href="tel:01234000111"' in html and "Lead therapist" in html
    assert f'href="{contact}/email/">slt@example.org</a>' in html
    assert "last checked on" in html and "4 March 2025" in html
    assert "This service is" not in html
    assert 'class="govuk-button govuk-button--secondary app-print__button" hidden' in html
    assert 'class="govuk-back-link" data-module="app-back-to-search"' in html


def test_service_page_warns_when_the_service_is_not_running(client, directory_page):
    service = ServicePageFactory(
        parent=directory_page, status=ServiceStatus.TEMPORARILY_CLOSED, last_reviewed=None
    )

    html = html_of(client.get(service.url))

    assert "This service is temporarily closed." in html
    assert "This information has not been checked yet." in html


def test_service_page_describes_itself_to_search_engines(client, service):
    data = structured_data(html_of(client.get(service.url)))

    assert data["@type"] == "Service"
    assert data["name"] == "Speech and language therapy"
    assert data["provider"] == {"@type": "Organization", "name": "Northby NHS Trust", "url": None}
    assert data["audience"]["suggestedMinAge"] == 0
    assert data["audience"]["suggestedMaxAge"] == 18
    assert data["areaServed"] == ["Northby East"]
    channel = data["availableChannel"]
    assert channel["servicePhone"]["telephone"] == "01234 567 890"
    assert channel["serviceLocation"][0]["address"]["postalCode"] == "NB1 1AA"


def test_structured_data_cannot_break_out_of_its_script(client, directory_page):
    service = ServicePageFactory(parent=directory_page, title="</script><script>alert(1)</script>")

    html = html_of(client.get(service.url))

    assert "<script>alert(1)" not in html
    assert structured_data(html)["name"] == "</script><script>alert(1)</script>"


def test_step_by_step_numbers_its_steps_and_needs_no_javascript(client, home):
    steps = [
        ("", "Talk to the school", '<p>See <a href="/services/?q=sendiass">SENDIASS</a>.</p>'),
        ("and", "Get advice", "<p>Free.</p>"),
        ("", "Send the request", "<p>Keep a copy.</p>"),
        ("or", "Ask the school to send it", "<p>With your agreement.</p>"),
        ("", "Hear the decision", "<p>Within 6 weeks.</p>"),
    ]
    body = [
        {
            "type": "step_by_step",
            "value": {
                "heading": "Asking for an assessment",
                "heading_level": "h2",
                "steps": [
                    {"logic": logic, "title": title, "content": content}
                    for logic, title, content in steps
                ],
            },
        }
    ]
    information_page(home, title="EHC plans", slug="ehc-plans", body=json.dumps(body))

    html = html_of(client.get("/ehc-plans/"))

    start = html.index('<div class="app-step-by-step">')
    guide = html[start : html.index("</ol>", start)]
    markers = re.findall(r'class="app-step-by-step__marker">(.*?)</span>\s*([^<]*?)\s*</h3>', guide)
    assert [(re.sub(r"<[^>]+>", "", marker), title) for marker, title in markers] == [
        ("Step 1", "Talk to the school"),
        ("and", "Get advice"),
        ("Step 2", "Send the request"),
        ("or", "Ask the school to send it"),
        ("Step 3", "Hear the decision"),
    ]
    assert '<h2 class="govuk-heading-l">Asking for an assessment</h2>' in guide
    assert 'href="/services/?q=sendiass">SENDIASS</a>' in guide
    assert "data-module" not in guide  # every step is open: nothing to show or hide
