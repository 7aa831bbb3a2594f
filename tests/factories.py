from datetime import timedelta

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page, Site

from directory import models as directory
from pages.models import HomePage
from roles.groups import PROVIDERS
from search.models import GlossaryTerm, Synonym


class TermFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))

    class Meta:
        abstract = True
        django_get_or_create = ["slug"]


class NeedTypeFactory(TermFactory):
    code = factory.Sequence(lambda n: f"N{n}")

    class Meta:
        model = directory.NeedType
        django_get_or_create = ["code"]


class CategoryFactory(TermFactory):
    class Meta:
        model = directory.Category


class SupportLevelFactory(TermFactory):
    class Meta:
        model = directory.SupportLevel


class AreaFactory(TermFactory):
    class Meta:
        model = directory.Area


class DeliveryMethodFactory(TermFactory):
    class Meta:
        model = directory.DeliveryMethod


class ReferralRouteFactory(TermFactory):
    class Meta:
        model = directory.ReferralRoute


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.LazyAttribute(lambda org: slugify(org.name))

    class Meta:
        model = directory.Organisation
        django_get_or_create = ["slug"]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Test Local Offer"

    class Meta:
        model = HomePage


class DirectoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Find services"
    slug = "services"

    class Meta:
        model = directory.DirectoryIndexPage


class ServicePageFactory(wagtail_factories.PageFactory):
    """A live service. Pass taxonomy terms as lists: `needs=[asd]`, `areas=[north]`..."""

    title = factory.Sequence(lambda n: f"Service {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    summary = factory.LazyAttribute(lambda service: f"About {service.title}.")
    description = "<p>What the service offers.</p>"

    class Meta:
        model = directory.ServicePage


class GlossaryTermFactory(DjangoModelFactory):
    class Meta:
        model = GlossaryTerm
        django_get_or_create = ["term"]


class SynonymFactory(DjangoModelFactory):
    class Meta:
        model = Synonym


def make_site() -> tuple[HomePage, directory.DirectoryIndexPage]:
    """A home page serving as the default site, with the directory at /services/."""
    root = Page.get_first_root_node()
    # Wagtail's migrations leave a welcome page (and a site rooted at it) where ours goes.
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home, DirectoryIndexPageFactory(parent=home)


class UserFactory(DjangoModelFactory):
    """A user; `groups=[PROVIDERS]` puts them in groups by name."""

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("password")

    class Meta:
        model = "auth.User"
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))


class ProviderMembershipFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory, groups=[PROVIDERS])
    organisation = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = directory.ProviderMembership


class ChangeRequestFactory(DjangoModelFactory):
    service = None
    what_is_wrong = "The phone number has changed."
    suggestion = "The new number is in the leaflet."

    class Meta:
        model = directory.ChangeRequest


class ThemeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.LazyAttribute(lambda theme: slugify(theme.name))

    class Meta:
        model = "feedback.Theme"
        django_get_or_create = ["slug"]


class FeedbackFactory(DjangoModelFactory):
    """Feedback as stored, skipping the submit service (no redaction, no safeguarding check)."""

    path = "/services/"
    helpful = False
    trying_to_do = "Find a speech therapist"
    what_went_wrong = "The opening times were missing."

    class Meta:
        model = "feedback.Feedback"


class EntryFactory(DjangoModelFactory):
    """A published You said, we did entry. `live=False` for a draft."""

    you_said = factory.Sequence(lambda n: f"Families could not find the right service ({n}).")
    we_did = "We added the missing services and checked every listing."
    live = True

    class Meta:
        model = "you_said_we_did.Entry"
        skip_postgeneration_save = True

    @factory.post_generation
    def published(entry, create, extracted, **kwargs):
        if create and entry.live:
            entry.save_revision().publish()


class ScenarioFactory(DjangoModelFactory):
    persona = "Parent of a six-year-old"
    task = factory.Sequence(lambda n: f"Find a speech and language service ({n})")
    target_minutes = 5

    class Meta:
        model = "monitoring.Scenario"


class MysteryShopCampaignFactory(DjangoModelFactory):
    """An open campaign: it started yesterday and ends in a month."""

    name = factory.Sequence(lambda n: f"Campaign {n}")
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=1))
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))

    class Meta:
        model = "monitoring.MysteryShopCampaign"
        skip_postgeneration_save = True

    @factory.post_generation
    def scenarios(campaign, create, extracted, **kwargs):
        if create and extracted:
            campaign.scenarios.add(*extracted)


class VisitFactory(DjangoModelFactory):
    """A positive visit, unless told otherwise."""

    scenario = factory.SubFactory(ScenarioFactory)
    visited_on = factory.LazyFunction(timezone.localdate)
    shopper_type = "parent_carer"
    device = "phone"
    outcome = "found"
    minutes_taken = 3
    ease = 5
    information_accurate = True

    class Meta:
        model = "monitoring.Visit"
