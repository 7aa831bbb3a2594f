"""What service providers may do in the admin: work on their own organisations' listings.

Providers hold Wagtail's "add" and "change" page permissions on the directory, and never
"publish", so everything they write goes through the listing workflow. The page types'
permission testers and the page permission policy below narrow those permissions to the
listings of the organisations each provider is linked to.

The directory's models use this module, so it imports none of them: the policy is handed the
listing model when it is registered, and the models call the tester for their own type."""

from wagtail.models import PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

from roles.groups import PROVIDERS

_CACHE_ATTRIBUTE = "_provider_organisation_ids"


def provider_organisation_ids(user) -> frozenset[int] | None:
    """The organisations a provider account works for, or None for a user whose page
    permissions are not narrowed (editors, administrators, the forum)."""
    if not user.is_authenticated or user.is_superuser:
        return None
    if not hasattr(user, _CACHE_ATTRIBUTE):
        ids = None
        if user.groups.filter(name=PROVIDERS).exists():
            ids = frozenset(user.provider_memberships.values_list("organisation_id", flat=True))
        setattr(user, _CACHE_ATTRIBUTE, ids)
    return getattr(user, _CACHE_ATTRIBUTE)


class NarrowedPagePermissionTester(PagePermissionTester):
    """Wagtail's tester, keeping only the `allowed` permissions the user has on the page."""

    def __init__(self, user, page, *, allowed: frozenset[str]):
        super().__init__(user, page)
        self.permissions &= allowed

    def can_view_revisions(self):
        return bool(self.permissions) and super().can_view_revisions()


def listing_permissions_for_user(user, listing) -> PagePermissionTester:
    """A provider may work only on their own organisations' listings."""
    organisation_ids = provider_organisation_ids(user)
    if organisation_ids is None or listing.organisation_id in organisation_ids:
        return PagePermissionTester(user, listing)
    return NarrowedPagePermissionTester(user, listing, allowed=frozenset())


def directory_permissions_for_user(user, directory) -> PagePermissionTester:
    """A provider may add new listings under the directory, but not edit the directory page
    itself."""
    if provider_organisation_ids(user) is None:
        return PagePermissionTester(user, directory)
    return NarrowedPagePermissionTester(user, directory, allowed=frozenset({"add"}))


def without_other_organisations(user, pages, *, listings):
    """`pages` less the `listings` of organisations `user` does not work for, if a
    provider."""
    organisation_ids = provider_organisation_ids(user)
    if organisation_ids is None:
        return pages
    others = listings.exclude(organisation_id__in=organisation_ids)
    return pages.exclude(pk__in=others.values("pk"))


class ProviderScopedPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, with a provider's pages narrowed to their own listings. Every
    admin view that lists pages (search, choosers, reports, site history, the admin API)
    asks the page policy which pages a user may see or act on: registered for `Page`, this
    is the one place that keeps other organisations' drafts out of all of them."""

    def __init__(self, model=None, *, listing_model):
        super().__init__(model)
        self.listing_model = listing_model

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        return without_other_organisations(user, pages, listings=self.listing_model.objects.all())

    def explorable_instances(self, user):
        return without_other_organisations(
            user, super().explorable_instances(user), listings=self.listing_model.objects.all()
        )
