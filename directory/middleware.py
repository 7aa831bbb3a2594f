from django.http import Http404

from directory.models import ServicePage
from directory.permissions import provider_organisation_ids


class ProviderScopeMiddleware:
    """A service provider's admin request about another organisation's listing is a 404.

    The page permission tester already refuses it, but Wagtail's admin answers a refusal
    with a redirect to the dashboard; a 404 neither confirms that the listing exists nor
    looks like a temporary problem. Every page view in the admin names its page `page_id`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        page_id = view_kwargs.get("page_id")
        if page_id is None or "wagtailadmin_pages" not in request.resolver_match.namespaces:
            return None
        organisation_ids = provider_organisation_ids(request.user)
        if organisation_ids is None:
            return None
        others = ServicePage.objects.filter(pk=page_id).exclude(
            organisation_id__in=organisation_ids
        )
        if others.exists():
            raise Http404
        return None
