from django.template.response import TemplateResponse

from search.forms import SiteSearchForm
from search.site import site_search


def site_search_view(request):
    """The header's search box: every kind of content, services first."""
    form = SiteSearchForm(request.GET)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    return TemplateResponse(
        request,
        "search/site_search.html",
        {"form": form, "text": text, "results": site_search(text) if text else None},
    )
