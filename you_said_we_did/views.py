from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks

from public_forms.text import strip_control_characters
from you_said_we_did.filters import EntryFilterSet
from you_said_we_did.models import Entry
from you_said_we_did.selectors import entries_live

PAGE_SIZE = 20


def index(request: HttpRequest) -> HttpResponse:
    filters = EntryFilterSet(request.GET)
    if not filters.is_valid():
        # A theme or year that is not on offer (an old link, a typo) is ignored, not an error.
        valid = request.GET.copy()
        for name in filters.errors:
            valid.pop(name, None)
        filters = EntryFilterSet(valid)
    page = Paginator(filters.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "you_said_we_did/index.html",
        {
            "filters": filters,
            "entries": page,
            "is_filtered": any(filters.form.cleaned_data.get(name) for name in filters.filters),
        },
    )


def entry(request: HttpRequest, pk: int) -> HttpResponse:
    return render(
        request,
        "you_said_we_did/entry.html",
        {"entry": get_object_or_404(entries_live(), pk=pk)},
    )


class EntriesFeed(Feed):
    feed_type = Atom1Feed
    title = "You said, we did"
    subtitle = "What changed in the Local Offer because of feedback from families."

    def link(self):
        return reverse("you_said_we_did:index")

    def items(self):
        return entries_live()[:50]

    def item_title(self, item: Entry) -> str:
        # Entries saved before control characters were stripped on save could still carry
        # one, and XML cannot: the feed would fail for everyone.
        return strip_control_characters(f"You said: {item}")

    def item_description(self, item: Entry) -> str:
        # Atom readers treat the summary as HTML: the text goes in escaped.
        return linebreaks(
            strip_control_characters(
                f"You said: {item.you_said}\n\nWe did ({item.get_status_display()}): {item.we_did}"
            ),
            autoescape=True,
        )

    def item_pubdate(self, item: Entry):
        return item.first_published_at

    def item_updateddate(self, item: Entry):
        return item.last_published_at

    def item_categories(self, item: Entry):
        return [strip_control_characters(item.theme.name)] if item.theme else []
