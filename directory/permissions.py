"""What service providers may do in the admin: work on their own organisations' listings.

Providers hold Wagtail's "add" and "change" page permissions on the directory, and never
"publish", so everything they write goes through the listing workflow. These testers narrow
those permissions to the listings of the organisations each provider is linked to."""

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
        from directory.models import ProviderMembership

        ids = None
        if user.groups.filter(name=PROVIDERS).exists():
            ids = frozenset(
                ProviderMembership.objects.filter(user=user).values_list(
                    "organisation_id", flat=True
                )
            )
        setattr(user, _CACHE_ATTRIBUTE, ids)
    return getattr(user, _CACHE_ATTRIBUTE)


class ProviderPagePermissionTester(PagePermissionTester):
    def __init__(self, user, page, *, organisation_ids: frozenset[int]):
        super().__init__(user, page)
        from directory.models import DirectoryIndexPage, ServicePage

        if isinstance(page, ServicePage) and page.organisation_id in organisation_ids:
            return
        if isinstance(page, DirectoryIndexPage):
            # Add new listings under the directory, but not edit the directory page itself.
            self.permissions &= {"add"}
        else:
            self.permissions = set()

    def can_view_revisions(self):
        return bool(self.permissions) and super().can_view_revisions()


def page_permissions_for_user(user, page) -> PagePermissionTester:
    organisation_ids = provider_organisation_ids(user)
    if organisation_ids is None:
        return PagePermissionTester(user, page)
    return ProviderPagePermissionTester(user, page, organisation_ids=organisation_ids)


def without_other_organisations(user, pages):
    """`pages` less the listings of organisations `user` does not work for, if a provider."""
    organisation_ids = provider_organisation_ids(user)
    if organisation_ids is None:
        return pages
    from directory.models import ServicePage

    others = ServicePage.objects.exclude(organisation_id__in=organisation_ids)
    return pages.exclude(pk__in=others.values("pk"))


class ProviderScopedPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, with a provider's pages narrowed to their own listings. Every
    admin view that lists pages (search, choosers, reports, site history, the admin API)
    asks the page policy which pages a user may see or act on: registered for `Page`, this
    is the one place that keeps other organisations' drafts out of all of them."""

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        return without_other_organisations(user, pages)

    def explorable_instances(self, user):
        return without_other_organisations(user, super().explorable_instances(user))
