"""Atom feeds of news and events (Django syndication)."""

import re
from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks

from wagtail.models import Page

from pages.models.news import EventPage, NewsPage
from pages.news import events_live, news_live

FEED_SIZE = 50
# XML 1.0 allows no control characters but tab, line feed and carriage return: one pasted
# into a title would make the feed fail to build.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def feed_text(text: str) -> str:
    return _CONTROL_CHARACTERS.sub("", text or "")


class _PageFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, *, index):
        return index

    def title(self, index) -> str:
        return feed_text(index.title)

    def subtitle(self, index) -> str:
        return feed_text(index.introduction)

    def link(self, index) -> str:
        return index.url

    def item_title(self, item) -> str:
        return feed_text(item.title)

    def item_link(self, item) -> str:
        return item.url

    def item_updateddate(self, item):
        # Atom requires every entry to say when it last changed.
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return [item.get_topic_display()]


class NewsFeed(_PageFeed):
    def items(self, index: Page):
        return news_live(index=index)[:FEED_SIZE]

    def item_description(self, item: NewsPage) -> str:
        return linebreaks(feed_text(item.summary), autoescape=True)

    def item_pubdate(self, item: NewsPage):
        return timezone.make_aware(datetime.combine(item.date, time(9)))


class EventsFeed(_PageFeed):
    def items(self, index: Page):
        return events_live(index=index)[:FEED_SIZE]

    def item_description(self, item: EventPage) -> str:
        text = f"{item.summary}\n\nWhen: {item.when}\nWhere: {item.where}"
        return linebreaks(feed_text(text), autoescape=True)

    def item_pubdate(self, item: EventPage):
        return item.first_published_at or item.starts_at
