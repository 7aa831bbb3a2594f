"""Feedback from Northby families, and the steering group's You said, we did answers.

Everything goes through the same services as real submissions (so the text is redacted and
urgent items are flagged), then gets a date and a place in the moderation workflow.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from feedback.models import Feedback, FeedbackSettings, Theme
from feedback.services import feedback_submit
from you_said_we_did.models import Entry, EntryFeedback

THEMES = {
    "finding-services": "Finding services",
    "transport": "Transport",
    "waiting-times": "Waiting times",
    "short-breaks": "Short breaks",
    "preparing-for-adulthood": "Preparing for adulthood",
    "information-and-advice": "Information and advice",
    "accessibility": "Accessibility of the website",
    "missing-services": "Missing services",
}

SLT = "/services/northby-speech-and-language-therapy-for-children/"
Status = Feedback.Status


@dataclass(frozen=True)
class _Said:
    days_ago: int
    path: str
    helpful: bool | None = None
    trying_to_do: str = ""
    what_went_wrong: str = ""
    message: str = ""
    category: str = ""
    respondent: str = ""
    theme: str = ""
    status: str = Status.NEW


FEEDBACK = [
    _Said(2, "/", True),
    _Said(2, "/services/", True),
    _Said(3, SLT, True),
    _Said(4, "/glossary/", True),
    _Said(5, "/advice/education/ehc-needs-assessments-and-plans/", True),
    _Said(6, "/advice/education/annual-reviews/", True),
    _Said(9, "/advice/preparing-for-adulthood/planning-from-age-14/", True),
    _Said(12, "/services/", True),
    _Said(
        1,
        "/services/",
        False,
        "Find a holiday club for my autistic son who is 14",
        "Everything I found stops at age 11. Ring me on 07700 900461 if you know of one.",
        theme="short-breaks",
    ),
    _Said(
        1,
        SLT,
        False,
        "Find out how long the wait is",
        "It doesn't say how long we will wait. We were told 18 months by the GP.",
        theme="waiting-times",
    ),
    _Said(
        3,
        "/advice/education/ehc-needs-assessments-and-plans/",
        False,
        "Understand what happens after we ask for an assessment",
        "Too many words I don't know. What is a 'Section F'?",
        theme="information-and-advice",
        status=Status.IN_REVIEW,
    ),
    _Said(
        4,
        "/services/",
        False,
        "Filter by my area",
        "The filters are hidden on my phone, I didn't know they were there.",
        theme="finding-services",
        status=Status.ACTIONED,
    ),
    _Said(
        5,
        "/services/",
        what_went_wrong=(
            "The page said the bus pass form is online but the link goes nowhere. "
            "Email me at a.parent@example.com"
        ),
        theme="transport",
    ),
    _Said(
        6,
        "/advice/preparing-for-adulthood/planning-from-age-14/",
        False,
        "Find a college course for my daughter with PMLD",
        "Nothing past 19 that is close to NB4 2QT.",
        theme="preparing-for-adulthood",
        status=Status.IN_REVIEW,
    ),
    _Said(
        8,
        "/advice/education/annual-reviews/",
        what_went_wrong="The download link for the annual review form gives an error.",
        theme="information-and-advice",
        status=Status.ACTIONED,
    ),
    _Said(
        10,
        "/services/",
        False,
        "Search for 'SALT'",
        "No results for SALT but there is speech therapy. Not everyone knows the full name.",
        theme="finding-services",
        status=Status.ACTIONED,
    ),
    _Said(
        11,
        "/accessibility-statement/",
        what_went_wrong="The text is hard to read when I zoom in to 400% on my tablet.",
        theme="accessibility",
        status=Status.IN_REVIEW,
    ),
    _Said(
        14,
        "/services/",
        False,
        "Find respite for the weekend",
        "The short breaks are all full. It should say so before we ring.",
        theme="short-breaks",
        status=Status.NO_ACTION,
    ),
    _Said(
        20,
        "/advice/who-to-contact/",
        False,
        "Get a phone number for the SEN team",
        "Nobody answers the number on this page.",
        theme="information-and-advice",
    ),
    _Said(
        2,
        "/",
        message=(
            "I'm 15 and I don't feel safe at home. I used the website to find someone to talk "
            "to but didn't know who to pick."
        ),
        category=Feedback.Category.PROBLEM,
        respondent=Feedback.Respondent.YOUNG_PERSON,
    ),
    _Said(
        3,
        "/services/",
        message="There is no youth club for autistic teenagers in the north of Northby.",
        category=Feedback.Category.MISSING,
        respondent=Feedback.Respondent.YOUNG_PERSON,
        theme="missing-services",
    ),
    _Said(
        7,
        "/services/",
        message=(
            "We need a sleep clinic or sleep advice for children with ADHD. I looked everywhere."
        ),
        category=Feedback.Category.MISSING,
        respondent=Feedback.Respondent.PARENT_CARER,
        theme="missing-services",
        status=Status.IN_REVIEW,
    ),
    _Said(
        15,
        "/",
        message="Sign language (BSL) videos on the main pages would help deaf parents like me.",
        category=Feedback.Category.IDEA,
        respondent=Feedback.Respondent.PARENT_CARER,
        theme="accessibility",
        status=Status.ACTIONED,
    ),
    _Said(
        18,
        "/",
        message="The new search is so much better. Found the swimming sessions in a minute.",
        category=Feedback.Category.COMPLIMENT,
        respondent=Feedback.Respondent.PARENT_CARER,
        theme="finding-services",
        status=Status.NO_ACTION,
    ),
    _Said(
        25,
        "/",
        message="Could the site tell me when a service I saved changes?",
        category=Feedback.Category.IDEA,
        respondent=Feedback.Respondent.PROFESSIONAL,
        theme="finding-services",
    ),
    _Said(
        1,
        "/services/",
        message="Cheap essay writing and SEO services, visit our site now!!!",
        category=Feedback.Category.IDEA,
        status=Status.SPAM,
    ),
    _Said(
        4,
        "/glossary/",
        what_went_wrong="Buy followers cheap best price click here",
        status=Status.SPAM,
    ),
]


@dataclass(frozen=True)
class _Answer:
    days_ago: int
    theme: str
    status: str
    you_said: str
    we_did: str


ANSWERS = [
    _Answer(
        12,
        "finding-services",
        Entry.Status.DONE,
        "Searching for SALT, OT or CAMHS found nothing unless you typed the full name.",
        "The search now understands over 40 abbreviations, and the glossary explains them.",
    ),
    _Answer(
        20,
        "finding-services",
        Entry.Status.DONE,
        "On a phone it was hard to find the filters, so searches showed too many services.",
        "The filters now sit above the results on small screens, folded until you open them.",
    ),
    _Answer(
        35,
        "information-and-advice",
        Entry.Status.DONE,
        "The EHC plan guide used words families did not know.",
        "Parents from the forum rewrote the guide with us in plain English, with a glossary.",
    ),
    _Answer(
        50,
        "accessibility",
        Entry.Status.DONE,
        "Text was hard to read when zoomed in, and some links were hard to see.",
        "We fixed the layout at 400% zoom and the contrast of every link, and tested with users.",
    ),
    _Answer(
        70,
        "short-breaks",
        Entry.Status.IN_PROGRESS,
        "Short breaks were often full, and families only found out when they rang.",
        "Providers will show when a short break is full. Six of eleven do so already.",
    ),
    _Answer(
        80,
        "transport",
        Entry.Status.IN_PROGRESS,
        "The travel assistance form was hard to find and some links were broken.",
        "We are moving the form onto the Local Offer and checking all links every month.",
    ),
    _Answer(
        95,
        "waiting-times",
        Entry.Status.IN_PROGRESS,
        "Service pages did not say how long families might wait.",
        "NHS services are adding typical waiting times to their pages, reviewed each quarter.",
    ),
    _Answer(
        120,
        "missing-services",
        Entry.Status.PLANNED,
        "Young people told us there is no youth club for autistic teenagers in the north.",
        "We have reported this gap to commissioners, who will consult young people this year.",
    ),
    _Answer(
        140,
        "missing-services",
        Entry.Status.PLANNED,
        "Parents of children with ADHD could not find any help with sleep.",
        "The NHS will run a sleep advice clinic pilot, and we will list it when it starts.",
    ),
    _Answer(
        200,
        "preparing-for-adulthood",
        Entry.Status.PLANNED,
        "Families could not find college courses close to home after age 19.",
        "The college and the council will publish a map of courses for ages 19 to 25.",
    ),
    _Answer(
        380,
        "information-and-advice",
        Entry.Status.DONE,
        "Nobody answered the SEN team's phone line at lunchtime.",
        "The line is now staffed from 9am to 5pm, and the page says when it is busiest.",
    ),
    _Answer(
        420,
        "accessibility",
        Entry.Status.PLANNED,
        "Deaf parents asked for British Sign Language on the main pages.",
        "We will add BSL videos to the five most visited pages, made with Deaf parents.",
    ),
]


def load_demo_feedback(*, today: date) -> None:
    """Themes, settings, feedback and You said, we did entries for the demo."""
    settings = FeedbackSettings.load()
    settings.safeguarding_contact_name = "Northby Children's Services Front Door"
    settings.safeguarding_contact_phone = "01632 960 100"
    settings.safeguarding_contact_url = "https://www.northby.example/safeguarding"
    settings.complaints_url = "https://www.northby.example/complaints"
    settings.full_clean()
    settings.save()

    themes = {
        slug: Theme.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in THEMES.items()
    }
    moderator = get_user_model().objects.filter(username="moderator").first()
    received = []
    for said in FEEDBACK:
        feedback = feedback_submit(
            path=said.path,
            kind=_kind(said),
            helpful=said.helpful,
            trying_to_do=said.trying_to_do,
            what_went_wrong=said.what_went_wrong,
            message=said.message,
            category=said.category,
            respondent=said.respondent,
        )
        Feedback.objects.filter(pk=feedback.pk).update(
            created_at=_moment(today - timedelta(days=said.days_ago)),
            status=said.status,
            theme=themes.get(said.theme),
            assignee=moderator if said.status == Status.IN_REVIEW else None,
        )
        received.append((said.theme, said.status, feedback))

    for answer in ANSWERS:
        entry = Entry(
            you_said=answer.you_said,
            we_did=answer.we_did,
            theme=themes[answer.theme],
            status=answer.status,
            date=today - timedelta(days=answer.days_ago),
        )
        entry.full_clean()
        entry.save()
        EntryFeedback.objects.bulk_create(
            EntryFeedback(entry=entry, feedback=feedback, sort_order=index)
            for index, feedback in enumerate(f for theme, _, f in received if theme == answer.theme)
        )
        # Approved in the demo story; published here without the workflow's steps.
        entry.save_revision(user=moderator).publish()
    # Publishing marks the feedback an entry answers as actioned; the demo keeps some of it
    # in review, as a real inbox would have while an entry is being followed up.
    for _, status, feedback in received:
        Feedback.objects.filter(pk=feedback.pk).update(status=status)


def _kind(said: _Said) -> str:
    if said.message:
        return Feedback.Kind.GENERAL
    return Feedback.Kind.PAGE if said.helpful is not None else Feedback.Kind.PROBLEM


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(11, 30)))
