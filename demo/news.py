"""A year of the partnership's news and events from demo/data/news.yaml, dated from the day the
demo is loaded so that there are always events to come and news from the last few weeks."""

from datetime import date, datetime, time, timedelta

from demo.content import read
from demo.pages import callout, paragraph

_DATA = read("news")
# Title, slug and introduction of /news/ and of /news/events/.
NEWS_INDEX = _DATA["news_index"]
EVENTS_INDEX = _DATA["events_index"]


def news(*, today: date) -> list[dict]:
    """Each item: title, slug, date, topic, summary and body, oldest first."""
    return [
        {
            "title": item["title"],
            "slug": item["slug"],
            "date": today - timedelta(days=item["days_ago"]),
            "topic": item["topic"],
            "summary": item["summary"],
            "body": [paragraph(item["body"])],
        }
        for item in _DATA["news"]
    ]


def events(*, today: date) -> list[dict]:
    """Each event: title, slug, times (local, naive), place, cost, booking, ages, need codes,
    topic, summary and body. Some have finished, to show that their pages stay."""
    made = []
    for event in _DATA["events"]:
        day = today + timedelta(days=event["in_days"])
        last_day = day + timedelta(days=event.get("runs_for_days", 1) - 1)
        made.append(
            {
                "title": event["title"],
                "slug": event["slug"],
                "starts_at": datetime.combine(day, time.fromisoformat(event["starts"])),
                "ends_at": datetime.combine(last_day, time.fromisoformat(event["ends"])),
                "venue": event.get("venue", "").replace(", ", "\n"),
                "online": event.get("online", False),
                "cost": event["cost"],
                "booking_url": event.get("booking_url", ""),
                "min_age": event["ages"][0],
                "max_age": event["ages"][1],
                "needs": event.get("needs", []),
                "topic": event["topic"],
                "summary": event["summary"],
                "body": [paragraph(f"<p>{event['summary']}</p>"), callout(_DATA["booking_note"])],
            }
        )
    return made
