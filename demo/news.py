"""A year of the partnership's news and events, dated from the day the demo is loaded so that
there are always events to come and news from the last few weeks."""

from datetime import date, datetime, time, timedelta

from demo.pages import callout, paragraph

NEWS_INTRODUCTION = (
    "What is changing in Northby for children and young people with SEND, and events for "
    "families, young people and the people who work with them."
)
EVENTS_INTRODUCTION = (
    "Workshops, drop-ins, holiday activities and consultations. Most are free. Events that "
    "have finished are taken off this list."
)


def news(*, today: date) -> list[dict]:
    """Each item: title, slug, date, topic, summary and body, oldest first."""
    items = [
        (
            340,
            "New short breaks statement published",
            "short-breaks-statement",
            "social-care",
            "The council's short breaks statement sets out what families can use without an "
            "assessment, and how to ask for more.",
            "<p>The statement was written with the parent carer forum. It lists holiday clubs, "
            "youth groups and overnight breaks, and explains who decides.</p>",
        ),
        (
            300,
            "Supported internships: 12 young people start work",
            "supported-internships-start",
            "preparing-for-adulthood",
            "Twelve young people with EHC plans have started a year with local employers and a "
            "job coach.",
            "<p>Interns work at the hospital, the council and two supermarkets. Applications for "
            "next year open in January.</p>",
        ),
        (
            250,
            "School transport applications open",
            "school-transport-applications-open",
            "money-and-travel",
            "Apply now for travel help from September, at the same time as your school "
            "application.",
            "<p>Families of children with an EHC plan should apply by 31 May so that transport "
            "is ready on the first day of term.</p>",
        ),
        (
            190,
            "Waiting times for speech and language therapy are shorter",
            "speech-therapy-waiting-times",
            "health",
            "Children now wait 14 weeks on average for a first appointment, down from 22.",
            "<p>The NHS trust has recruited four therapists and now offers drop-in advice "
            "sessions while families wait.</p>",
        ),
        (
            120,
            "Easier to read: our EHC needs assessment guide rewritten",
            "ehc-guide-rewritten",
            "education",
            "Families told us the guide used too many words they did not know. We rewrote it "
            "with them.",
            "<p>The new guide explains each step in plain English and links to the glossary.</p>",
        ),
        (
            60,
            "Have your say on the SEND strategy",
            "send-strategy-consultation",
            "have-your-say",
            "The partnership wants to hear from families and young people about its plans for "
            "the next three years.",
            "<p>Read the draft strategy and answer six questions online or at one of the "
            "drop-in sessions listed under events.</p>",
        ),
        (
            25,
            "Summer holiday activities: booking opens",
            "summer-holiday-activities-booking",
            "leisure",
            "Free holiday activities with a meal for children who get free school meals, with "
            "places for children with SEND at every club.",
            "<p>Clubs run across Northby for four weeks. Tell the club about your child's needs "
            "when you book.</p>",
        ),
        (
            6,
            "New autism outreach team for secondary schools",
            "autism-outreach-team",
            "education",
            "Specialist teachers will support pupils with autism and their schools across Northby.",
            "<p>Schools can ask the team for advice, training and visits. Parents can ask the "
            "school's SENCo to make a request.</p>",
        ),
    ]
    return [
        {
            "title": title,
            "slug": slug,
            "date": today - timedelta(days=days_ago),
            "topic": topic,
            "summary": summary,
            "body": [paragraph(body)],
        }
        for days_ago, title, slug, topic, summary, body in items
    ]


# Events that run over several days, from the first to the last.
RUNS_FOR_DAYS = {"holiday-multi-sport-week": 5}


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def events(*, today: date) -> list[dict]:
    """Each event: title, slug, times (local, naive), place, cost, booking, ages, need codes,
    topic, summary and body. Some have finished, to show that their pages stay."""
    rows = [
        # days from today, hours, title, slug, topic, venue, online, cost, booking, ages, needs
        (
            -45,
            (10, 12),
            "Understanding EHC plans: a workshop for parents",
            "ehc-plans-workshop-spring",
            "education",
            "Northby Library, Castlegate, Northby NB1 2CD",
            False,
            "Free",
            "https://northby.example/events/ehc-workshop",
            (0, 25),
            [],
            "What goes in an EHC plan and how to take part in the annual review.",
        ),
        (
            -10,
            (18, 19, 30),
            "SEND strategy: online consultation evening",
            "send-strategy-consultation-evening",
            "have-your-say",
            "",
            True,
            "Free",
            "https://northby.example/events/strategy-online",
            (0, 25),
            [],
            "Hear about the draft SEND strategy and tell the partnership what you think.",
        ),
        (
            4,
            (10, 11, 30),
            "Stay and play for under-fives with SEND",
            "stay-and-play",
            "leisure",
            "Millbank Family Hub, 3 Mill Lane, Northby NB2 4EF",
            False,
            "Free",
            "",
            (0, 4),
            [],
            "A relaxed play session with sensory toys, and time for parents to talk.",
        ),
        (
            9,
            (13, 15),
            "Sleep workshop for parents of autistic children",
            "sleep-workshop",
            "health",
            "",
            True,
            "Free",
            "https://northby.example/events/sleep-workshop",
            (2, 18),
            ["ASD"],
            "Practical ideas for bedtimes and nights, from the children's sleep service.",
        ),
        (
            16,
            (18, 20),
            "SEND strategy drop-in",
            "send-strategy-drop-in",
            "have-your-say",
            "Northby Town Hall, Market Square, Northby NB1 1AB",
            True,
            "Free",
            "",
            (0, 25),
            [],
            "Talk to the people writing the SEND strategy. Join in person or online.",
        ),
        (
            30,
            (10, 15),
            "Preparing for adulthood fair",
            "preparing-for-adulthood-fair",
            "preparing-for-adulthood",
            "Northby College, College Road, Northby NB3 6GH",
            False,
            "Free",
            "",
            (14, 25),
            [],
            "Colleges, employers, supported internships and housing advice in one place.",
        ),
        (
            44,
            (9, 15),
            "Holiday scheme: multi-sport week",
            "holiday-multi-sport-week",
            "leisure",
            "Northby Leisure Centre, Park Road, Northby NB2 3CD",
            False,
            "£10 a day, free with free school meals",
            "https://northby.example/events/multi-sport",
            (8, 16),
            ["ASD", "MLD", "PD", "SEMH"],
            "A week of adapted sports with trained staff and a quiet room.",
        ),
        (
            60,
            (10, 12),
            "Understanding EHC plans: a workshop for parents",
            "ehc-plans-workshop",
            "education",
            "Northby Library, Castlegate, Northby NB1 2CD",
            False,
            "Free",
            "https://northby.example/events/ehc-workshop",
            (0, 25),
            [],
            "What goes in an EHC plan and how to take part in the annual review.",
        ),
        (
            75,
            (10, 12),
            "Money advice drop-in for carers",
            "money-advice-drop-in",
            "money-and-travel",
            "Fellside Community Centre, Fell Road, Northby NB4 1JK",
            False,
            "Free",
            "",
            (0, 25),
            [],
            "Help with Disability Living Allowance, Carer's Allowance and grants.",
        ),
    ]
    made = []
    for days, hours, title, slug, topic, venue, online, cost, booking, ages, needs, summary in rows:
        day = today + timedelta(days=days)
        start = hours[0]
        end_hour = hours[1]
        end_minute = hours[2] if len(hours) > 2 else 0
        made.append(
            {
                "title": title,
                "slug": slug,
                "starts_at": _at(day, start),
                "ends_at": _at(
                    day + timedelta(days=RUNS_FOR_DAYS.get(slug, 1) - 1), end_hour, end_minute
                ),
                "venue": venue.replace(", ", "\n"),
                "online": online,
                "cost": cost,
                "booking_url": booking,
                "min_age": ages[0],
                "max_age": ages[1],
                "needs": needs,
                "topic": topic,
                "summary": summary,
                "body": [
                    paragraph(f"<p>{summary}</p>"),
                    callout(
                        "<p>Tell us when you book if you or your child need anything to take "
                        "part, such as a quiet space or an interpreter.</p>"
                    ),
                ],
            }
        )
    return made
