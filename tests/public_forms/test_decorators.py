"""The defences shared by public forms, exercised through a small view of their own."""

from datetime import date
from http import HTTPStatus

import pytest

from django import forms
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import include, path

from public_forms.decorators import public_form_view
from public_forms.honeypot import PublicForm
from public_forms.text import redact
from tests.busy_database import read_only_database
from tests.factories import make_site


class NoteForm(PublicForm):
    note = forms.CharField(max_length=50)

    def clean_note(self):
        return self.clean_text(self.cleaned_data["note"])


@public_form_view(scope="note")
def note_view(request):
    form = NoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return HttpResponse("bot" if form.is_bot() else form.cleaned_data["note"])
    return HttpResponse("form", status=HTTPStatus.OK if request.method == "GET" else 400)


# The site's own URLs too: the friendly error pages extend the base layout, which links to them.
urlpatterns = [path("note/", note_view), path("", include("localoffer.urls"))]

pytestmark = pytest.mark.urls(__name__)
SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture(autouse=True)
def site(db):
    # The friendly error pages extend the base layout, which reads the site settings.
    make_site()
    caches["shared"].clear()
    yield
    caches["shared"].clear()


# Redaction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Email me at jo.bloggs+sen@example.co.uk please",
            "Email me at [email address removed] please",
        ),
        ("my email is O'Neil@council.gov.uk.", "my email is [email address removed]."),
        ("ring 07700 900123 after 3", "ring [phone number removed] after 3"),
        ("call 07700900123", "call [phone number removed]"),
        ("mobile +44 7700 900 123 anytime", "mobile [phone number removed] anytime"),
        ("+44 (0)7700-900-123", "[phone number removed]"),
        ("landline (01632) 960 123.", "landline [phone number removed]."),
        ("0161 496 0000", "[phone number removed]"),
        ("we live at NB1 4QT near the park", "we live at [postcode removed] near the park"),
        ("postcode sw1a1aa", "postcode [postcode removed]"),
        ("M1 1AE and B33 8TH", "[postcode removed] and [postcode removed]"),
    ],
)
def test_redact_removes_emails_phone_numbers_and_postcodes(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A recent date is an event's, not someone's birthday.
        f"My son is aged 14 and in year 10, his EHCP review was on 12/03/{date.today().year}.",
        "We waited 18 months for an ASD assessment, from 9:30 until 11am.",
        "Page 2 of the PfA guide, section 3.1.4, says nothing about 16-25 transport.",
        "SEN2 return, KS2 SATs, and the A1 road to the B6 bus stop.",
    ],
)
def test_redact_leaves_everyday_numbers_and_acronyms_alone(text):
    assert redact(text) == text


# The view decorator


def test_a_get_passes_straight_through(client):
    response = client.get("/note/")
    assert response.status_code == HTTPStatus.OK
    assert response.cookies == {}


def test_a_same_origin_post_needs_no_csrf_cookie_and_sets_none(client):
    client = type(client)(enforce_csrf_checks=True)
    response = client.post("/note/", {"note": "call 07700 900123"}, **SAME_ORIGIN)
    assert response.status_code == HTTPStatus.OK
    assert response.content == b"call [phone number removed]"
    assert response.cookies == {}


def test_referer_stands_in_for_a_missing_origin(client):
    response = client.post(
        "/note/", {"note": "hello"}, HTTP_REFERER="http://testserver/services/some-service/"
    )
    assert response.content == b"hello"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "https://testserver"},
        {"HTTP_REFERER": "http://testserver.evil.example/"},
    ],
)
def test_a_post_from_elsewhere_is_refused_with_a_friendly_page(client, headers):
    response = client.post("/note/", {"note": "hello"}, **headers)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "Your form could not be sent" in response.content.decode()
    assert response.cookies == {}


def test_a_filled_in_honeypot_marks_a_bot(client):
    response = client.post("/note/", {"note": "buy now", "homepage": "http://spam"}, **SAME_ORIGIN)
    assert response.content == b"bot"


def test_too_many_posts_from_one_client_get_429_with_a_friendly_page(client, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 3
    statuses = [client.post("/note/", {"note": "hi"}, **SAME_ORIGIN).status_code for _ in range(3)]
    assert statuses == [HTTPStatus.OK] * 3
    response = client.post("/note/", {"note": "hi"}, **SAME_ORIGIN)
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert response["Retry-After"] == str(settings.PUBLIC_FORM_RATE_WINDOW)
    assert "Please wait" in response.content.decode()
    # Another client is not held back, and neither are page views.
    other = client.post("/note/", {"note": "hi"}, REMOTE_ADDR="192.0.2.7", **SAME_ORIGIN)
    assert other.status_code == HTTPStatus.OK
    assert client.get("/note/").status_code == HTTPStatus.OK


def test_the_rate_limit_keeps_no_address_anywhere(client, settings):
    client.post("/note/", {"note": "hi"}, REMOTE_ADDR="198.51.100.23", **SAME_ORIGIN)
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key, value FROM public_forms_cache")
        rows = cursor.fetchall()
    assert rows
    assert not [row for row in rows if "198.51.100.23" in f"{row}"]


# Transactional: a read-only PostgreSQL refuses writes in transactions begun after it is
# set, which a test's own transaction is not.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_read_only_database_gets_a_page_that_says_so_not_a_500(client):
    @public_form_view(scope="note")
    def saving_view(request):
        with connection.cursor() as cursor:
            cursor.execute("UPDATE django_migrations SET app = app")
        return HttpResponse("saved")

    client.get("/")  # the layout creates the site's settings on first use: before read-only
    request = RequestFactory().post("/note/", {"note": "hi"}, **SAME_ORIGIN)
    with read_only_database():
        response = saving_view(request)
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert "could not save what you sent" in response.content.decode()
