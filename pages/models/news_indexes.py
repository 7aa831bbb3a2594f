"""The pages that list news and events, apart from the news and event pages so that the
readers they call (`pages.news`, `pages.feeds`) can query those pages without a cycle."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from pages.feeds import EventsFeed, NewsFeed
from pages.forms import EventFilterForm
from pages.news import news_live, past_events, upcoming_events


class NewsIndexPage(RoutablePageMixin, Page):
    """/news/: the partnership's news, newest first, with the next few events and an Atom
    feed at feed/."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage", "pages.EventIndexPage"]
    max_count = 1

    class Meta:
        db_table = "localoffer_newsindexpage"
        verbose_name = "news index"

    @property
    def summary(self) -> str:
        return self.introduction

    @path("")
    def index(self, request):
        news = Paginator(news_live(index=self), 10).get_page(request.GET.get("page"))
        events_page = self.get_children().type(EventIndexPage).live().public().first()
        return self.render(
            request,
            context_overrides={
                "news": news,
                "events_page": events_page,
                "events": upcoming_events(index=events_page.specific)[:3] if events_page else [],
            },
        )

    @path("feed/")
    def feed(self, request):
        return NewsFeed()(request, index=self)


class EventIndexPage(RoutablePageMixin, Page):
    """Upcoming events, soonest first, filtered by month, topic and age, with an Atom feed at
    feed/. Past events leave the list but keep their pages."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = ["pages.EventPage"]
    max_count = 1

    class Meta:
        db_table = "localoffer_eventindexpage"
        verbose_name = "events index"

    @property
    def summary(self) -> str:
        return self.introduction

    @path("")
    def index(self, request):
        form = EventFilterForm.valid_part(request.GET, today=timezone.localdate())
        events = upcoming_events(index=self, **form.cleaned_data)
        return self.render(
            request,
            context_overrides={
                "form": form,
                "is_filtered": any(form.cleaned_data.values()),
                "events": Paginator(events, 20).get_page(request.GET.get("page")),
            },
        )

    @path("past/")
    def past(self, request):
        """Events that have finished, the latest first: off the main list, still findable."""
        return self.render(
            request,
            template="pages/past_events.html",
            context_overrides={
                "events": Paginator(past_events(index=self), 20).get_page(request.GET.get("page"))
            },
        )

    @path("feed/")
    def feed(self, request):
        return EventsFeed()(request, index=self)
