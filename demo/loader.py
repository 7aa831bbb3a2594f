"""Writes the demo Local Offer to the database."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.test.utils import override_settings
from django.utils import timezone

from wagtail.models import Page, Site

from demo import pages, taxonomy
from demo.advice import load_advice
from demo.coproduction import load_coproduction
from demo.easy_read import load_easy_read
from demo.feedback import load_demo_feedback
from demo.glossary import GLOSSARY, SYNONYMS
from demo.monitoring import load_demo_monitoring
from demo.organisations import ORGANISATIONS
from demo.services import ServiceSpec, service_specs, service_times, venue_features
from directory import publishing
from directory.models import (
    AccessibilityFeature,
    Area,
    Category,
    DeliveryMethod,
    DirectoryIndexPage,
    Language,
    NeedType,
    Organisation,
    ReferralRoute,
    ServiceContact,
    ServiceLocation,
    ServicePage,
    ServiceSchedule,
    ServiceTime,
    SupportLevel,
)
from pages.models import GlossaryPage, HomePage, SiteSettings
from roles.groups import ANALYSTS, EDITORS, PROVIDERS, STEERING_GROUP
from roles.sync import roles_sync
from search.models import GlossaryTerm, Synonym

AREA_NAME = "Northby"
NO_MAIL = "django.core.mail.backends.dummy.EmailBackend"
# Demo accounts only: the README lists them, and a real deployment never loads the demo.
DEMO_USERS = [
    ("admin", "demo-admin", None),
    ("editor", "demo-editor", EDITORS),
    ("moderator", "demo-moderator", STEERING_GROUP),
    # A second member, so an entry one of them writes can be approved by the other.
    ("chair", "demo-chair", STEERING_GROUP),
    ("analyst", "demo-analyst", ANALYSTS),
    ("provider", "demo-provider", PROVIDERS),
]


@dataclass(frozen=True)
class _Vocabulary:
    needs: dict[str, NeedType]
    categories: dict[str, Category]
    levels: dict[str, SupportLevel]
    areas: dict[str, Area]
    delivery: dict[str, DeliveryMethod]
    referral: dict[str, ReferralRoute]
    languages: dict[str, Language]
    features: dict[str, AccessibilityFeature]
    times: dict[str, ServiceTime]


def load_demo_local_offer(*, today: date | None = None) -> bool:
    """Fill an empty site with the Northby demo. Returns False, changing nothing, when the
    site already has a home page."""
    if HomePage.objects.exists():
        return False
    today = today or timezone.localdate()
    # The demo's workflow steps would otherwise mail their notifications to every demo user.
    with override_settings(EMAIL_BACKEND=NO_MAIL), transaction.atomic():
        vocabulary = load_taxonomy()
        organisations = load_organisations()
        _load_glossary()
        home = _replace_welcome_page()
        directory = _publish(
            home,
            DirectoryIndexPage(
                title="Find services", slug="services", introduction=pages.DIRECTORY_INTRODUCTION
            ),
        )
        glossary = _publish(
            home,
            GlossaryPage(
                title="Glossary", slug="glossary", introduction=pages.GLOSSARY_INTRODUCTION
            ),
        )
        information = load_advice(home=home, today=today, publish=_publish)
        load_easy_read(made=information, publish=_publish)
        _configure_site(home, information, glossary)
        publish_services(
            directory=directory,
            specs=service_specs(today=today),
            vocabulary=vocabulary,
            organisations=organisations,
        )
        _load_users()
        load_demo_feedback(today=today)
        load_coproduction(directory=directory)
        load_demo_monitoring(home=home, today=today)
    refresh_statistics()
    return True


def load_taxonomy() -> _Vocabulary:
    def terms(model, rows, *, ordered: bool = False) -> dict:
        return {
            slug: model.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "description": description,
                    "sort_order": index if ordered else 0,
                },
            )[0]
            for index, (slug, name, description) in enumerate(rows)
        }

    needs = {
        code: NeedType.objects.get_or_create(
            code=code, defaults={"name": name, "slug": code.lower(), "description": description}
        )[0]
        for code, name, description in taxonomy.NEEDS
    }
    languages = {
        code: Language.objects.get_or_create(code=code, defaults={"name": name})[0]
        for code, name in taxonomy.LANGUAGES
    }
    return _Vocabulary(
        needs=needs,
        categories=terms(Category, taxonomy.CATEGORIES),
        levels=terms(SupportLevel, taxonomy.SUPPORT_LEVELS, ordered=True),
        areas=terms(Area, taxonomy.AREAS),
        delivery=terms(DeliveryMethod, taxonomy.DELIVERY_METHODS, ordered=True),
        referral=terms(ReferralRoute, taxonomy.REFERRAL_ROUTES, ordered=True),
        languages=languages,
        # Fixed vocabularies, created by the directory's migrations.
        features=AccessibilityFeature.objects.in_bulk(field_name="slug"),
        times=ServiceTime.objects.in_bulk(field_name="slug"),
    )


def load_organisations() -> dict[str, Organisation]:
    return {
        org.slug: Organisation.objects.get_or_create(
            slug=org.slug,
            defaults={
                "name": org.name,
                "description": org.description,
                "website": org.url,
                "email": f"enquiries@{org.domain}",
                "phone": org.phone,
            },
        )[0]
        for org in ORGANISATIONS
    }


def _load_glossary() -> None:
    for term, meaning, description in GLOSSARY:
        GlossaryTerm.objects.get_or_create(
            term=term, defaults={"meaning": meaning, "description": description}
        )
    for terms in SYNONYMS:
        Synonym.objects.get_or_create(terms=terms)


def _replace_welcome_page() -> HomePage:
    """Put the home page at the root of the default site, in place of Wagtail's welcome page."""
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    welcome = site.root_page if site else None
    if site:
        # The site must let go of the welcome page before it is deleted: deleting a site's
        # root page deletes the site.
        site.root_page = root
        site.save()
    if welcome and welcome.specific_class is Page and welcome.is_leaf():
        welcome.delete()
    home = _publish(
        root,
        HomePage(
            title=f"{AREA_NAME} Local Offer",
            slug="home",
            introduction=pages.HOME_INTRODUCTION,
            body=pages.HOME_BODY,
        ),
    )
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = f"{AREA_NAME} Local Offer"
    site.save()
    return home


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _configure_site(home: HomePage, information: dict[str, Page], glossary: Page) -> None:
    settings = SiteSettings.for_site(home.get_site())
    settings.area_name = AREA_NAME
    settings.demo_notice = True
    settings.contact_name = "Northby SEND Information, Advice and Support Service (SENDIASS)"
    settings.contact_phone = pages.SENDIASS_CARD["phone"]
    settings.contact_email = pages.SENDIASS_CARD["email"]
    settings.contact_url = pages.SENDIASS_CARD["website"]
    settings.accessibility_page = information["accessibility-statement"]
    settings.privacy_page = information["privacy-notice"]
    settings.contact_page = information["contact-us"]
    settings.glossary_page = glossary
    settings.advice_page = information["advice"]
    settings.full_clean()
    settings.save()


def publish_services(
    *,
    directory: DirectoryIndexPage,
    specs: Iterable[ServiceSpec],
    vocabulary: _Vocabulary,
    organisations: dict[str, Organisation],
) -> list[ServicePage]:
    """Publish the listings `specs` describe under `directory`, all at once."""
    return publishing.publish_services(
        parent=directory,
        services=(_service_page(spec, vocabulary, organisations) for spec in specs),
    )


def _service_page(
    spec: ServiceSpec, vocabulary: _Vocabulary, organisations: dict[str, Organisation]
) -> ServicePage:
    service = ServicePage(
        title=spec.title,
        slug=spec.slug,
        first_published_at=_moment(spec.first_published),
        last_published_at=_moment(spec.last_reviewed),
        status=spec.status,
        organisation=organisations[spec.org],
        summary=spec.summary,
        description=spec.description,
        min_age=spec.min_age,
        max_age=spec.max_age,
        eligibility=spec.eligibility,
        cost=spec.cost,
        cost_detail=spec.cost_detail,
        how_to_access=spec.how_to_access,
        phone=spec.phone,
        email=spec.email,
        website=spec.website,
        opening_times_note=spec.opening_times_note,
        last_reviewed=spec.last_reviewed,
        **dict(spec.sen_information),
    )
    # Relations are held in memory (modelcluster) until they are published.
    service.needs = [vocabulary.needs[code] for code in spec.needs]
    service.categories = [vocabulary.categories[slug] for slug in spec.categories]
    service.support_levels = [vocabulary.levels[slug] for slug in spec.levels]
    service.delivery_methods = [vocabulary.delivery[slug] for slug in spec.delivery]
    service.referral_routes = [vocabulary.referral[slug] for slug in spec.referral]
    service.areas = [vocabulary.areas[slug] for slug in spec.areas]
    service.languages = [vocabulary.languages[code] for code in spec.languages]
    service.accessibility_features = [
        vocabulary.features[slug] for slug in venue_features(spec.locations)
    ]
    service.times = [vocabulary.times[slug] for slug in service_times(spec.schedules)]
    service.locations = [
        ServiceLocation(
            sort_order=index,
            name=location.venue.name,
            address=location.venue.address,
            postcode=location.venue.postcode,
            area=vocabulary.areas[location.area],
            latitude=location.latitude,
            longitude=location.longitude,
            accessibility=location.venue.accessibility,
        )
        for index, location in enumerate(spec.locations)
    ]
    service.contacts = [
        ServiceContact(sort_order=index, name=name, role=role, phone=phone, email=email)
        for index, (name, role, phone, email) in enumerate(spec.contacts)
    ]
    service.schedules = [
        ServiceSchedule(
            sort_order=index, weekday=weekday, opens_at=opens, closes_at=closes, note=note
        )
        for index, (weekday, opens, closes, note) in enumerate(spec.schedules)
    ]
    return service


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(10, 0)))


def _load_users() -> None:
    # The groups exist once migrations ran; syncing again gives them their permissions on
    # the pages the demo has just created.
    roles_sync()
    User = get_user_model()
    for username, password, group_name in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        email = f"{username}@northby.example"
        if group_name is None:
            User.objects.create_superuser(username, email, password, first_name="Demo")
        else:
            user = User.objects.create_user(
                username, email, password, first_name="Demo", last_name=username.title()
            )
            user.groups.add(Group.objects.get(name=group_name))


def refresh_statistics() -> None:
    """Fresh planner statistics after a bulk load: without them SQLite picks a plan for the
    directory's raw full-text query over a hundred times slower.

    SQLite's ANALYZE records nothing for an empty table, and its planner then takes the
    table for a million rows: to join the view restrictions (none, usually) that every
    public listing query checks, it would scan every page. So empty tables are recorded as
    empty."""
    if connection.vendor not in ("sqlite", "postgresql"):
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA optimize")
            cursor.execute(
                "INSERT INTO sqlite_stat1 (tbl, idx, stat) SELECT name, NULL, '0' "
                "FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT IN (SELECT tbl FROM sqlite_stat1)"
            )
            cursor.execute("ANALYZE sqlite_schema")  # rereads the statistics
