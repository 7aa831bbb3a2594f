from django.http import Http404

from directory.models import ServicePage
from directory.permissions import provider_organisation_ids

# The URL arguments in which Wagtail's admin names a page.
PAGE_ARGUMENTS = ("page_id", "page_to_move_id", "destination_id", "parent_page_id", "page_pk")
# Namespaces whose views name their page `pk`.
PAGE_PK_NAMESPACES = {"wagtailadmin_pages", "wagtailadmin_api"}
# Views that take their pages as `?id=`: bulk actions on pages, and the page chooser's
# answer once pages are chosen.
PAGE_IDS_IN_QUERY = {"wagtail_bulk_action", "wagtailadmin_choose_page_chosen_multiple"}
# Site-wide figures that name the latest edited page of each type, whoever's it is.
NOT_FOR_PROVIDERS = {"page_types_usage", "page_types_usage_results"}


class ProviderScopeMiddleware:
    """A service provider's admin request about another organisation's listing is a 404.

    The page policy and permission tester already refuse it (see `directory.permissions`),
    but Wagtail's admin answers a refusal with a redirect or with a page that names what was
    refused (a bulk action's "you cannot delete these"); a 404 neither confirms that the
    listing exists nor says what it is called.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith("/admin/"):
            return None
        organisation_ids = provider_organisation_ids(request.user)
        if organisation_ids is None:
            return None
        match = request.resolver_match
        if match.url_name in NOT_FOR_PROVIDERS:
            raise Http404
        page_ids = {str(view_kwargs[name]) for name in PAGE_ARGUMENTS if name in view_kwargs}
        if "pk" in view_kwargs and PAGE_PK_NAMESPACES & set(match.namespaces):
            page_ids.add(str(view_kwargs["pk"]))
        if match.url_name in PAGE_IDS_IN_QUERY:
            page_ids.update(request.GET.getlist("id"))
        page_ids = {page_id for page_id in page_ids if page_id.isdigit()}
        if not page_ids:
            return None
        others = ServicePage.objects.filter(pk__in=page_ids).exclude(
            organisation_id__in=organisation_ids
        )
        if others.exists():
            raise Http404
        return None
