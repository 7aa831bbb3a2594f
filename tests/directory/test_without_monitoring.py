"""The directory works on a site without the monitoring app: monitoring listens to the
directory (`contact_clicked`) and the search engine (`search_performed`), and nothing of
theirs calls it. The check runs in a separate Python process, because an app cannot be taken
out of a process whose URLs, templates and signal receivers already loaded it."""

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys

from django.conf import settings

settings.INSTALLED_APPS = [
    app for app in settings.INSTALLED_APPS
    # The demo fills every app, monitoring's too.
    if app not in ("monitoring", "demo")
]
settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if not m.startswith("monitoring.")]
settings.DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": sys.argv[1]},
}

import django

django.setup()

from django.apps import apps
from django.core.management import call_command
from django.test import Client
from django.test.utils import setup_test_environment

setup_test_environment()
call_command("migrate", verbosity=0)
call_command("createcachetable", verbosity=0)

from wagtail.models import Page, Site

from directory.models import DirectoryIndexPage, Organisation, ServicePage
from pages.models import HomePage
from search.freshness import data_changed

# Built from the models: the test factories also define monitoring's, which need the app.
root = Page.get_first_root_node()
Page.objects.filter(depth=2).delete()
home = root.add_child(instance=HomePage(title="Local Offer", slug="home"))
Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
directory = home.add_child(instance=DirectoryIndexPage(title="Find services", slug="services"))
service = directory.add_child(
    instance=ServicePage(
        title="Riverside speech clinic",
        organisation=Organisation.objects.create(name="Riverside NHS", slug="riverside-nhs"),
        summary="Speech and language therapy.",
        description="<p>Therapy for children.</p>",
        phone="01632 960123",
    )
)
data_changed()

client = Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0")
page = client.get(service.url)
contact = client.get(f"/services/{service.pk}/contact/phone/")
search = client.get(directory.url, {"q": "speech"})
print(json.dumps({
    "monitoring_installed": apps.is_installed("monitoring"),
    "monitoring_loaded": any(name.startswith("monitoring") for name in sys.modules),
    "service_page": page.status_code,
    "contact_link": f'href="/services/{service.pk}/contact/phone/"' in page.content.decode(),
    "contact": [contact.status_code, contact.get("Location")],
    "search": search.status_code,
    "search_finds_it": "Riverside speech clinic" in search.content.decode(),
}))
"""


def test_service_page_contact_link_and_search_work_without_monitoring(
    tmp_path, transactional_db, django_db_serialized_rollback
):
    database = tmp_path / "without-monitoring.sqlite3"
    if connection.vendor == "sqlite":
        # This process's test database, as migrations left it, so that the other process's
        # migrate has nothing left to do but check; a migration it ran afresh would take
        # half a minute. Monitoring's tables in it go unused. (A copy is taken outside a
        # transaction: SQLite's backup waits for the connection's own to end.)
        connection.ensure_connection()
        with closing(sqlite3.connect(database)) as copy:
            connection.connection.backup(copy)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "localoffer.settings.test"}
    env.pop("DATABASE_URL", None)
    finished = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", SCRIPT, str(database)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-4000:]
    outcome = json.loads(finished.stdout.strip().splitlines()[-1])
    assert outcome == {
        "monitoring_installed": False,
        "monitoring_loaded": False,
        "service_page": 200,
        "contact_link": True,
        "contact": [302, "tel:01632960123"],
        "search": 200,
        "search_finds_it": True,
    }
