"""Home page, information pages and footer pages, as raw StreamField data."""

from datetime import date

SENDIASS_CARD = {
    "name": "Northby SENDIASS",
    "description": "Free, impartial advice about SEND for parents, carers and young people.",
    "phone": "01632 960100",
    "email": "info@northby-sendiass.example.org",
    "website": "https://northby.example/sendiass",
}
SEND_TEAM_CARD = {
    "name": "Northby Council SEND Team",
    "description": "EHC needs assessments, EHC plans, annual reviews and school places.",
    "phone": "0113 496 0100",
    "email": "send@northby.example",
    "website": "https://northby.example/send",
}
FORUM_CARD = {
    "name": "Northby Parent Carer Forum",
    "description": "Parents and carers working with the council and NHS to improve services.",
    "phone": "01632 960110",
    "email": "hello@northby-pcf.example.org",
    "website": "https://northby.example/parent-carer-forum",
}
LOCAL_OFFER_CARD = {
    "name": "Northby Local Offer team",
    "description": "Questions about this website, or a listing that is wrong or missing.",
    "phone": "0113 496 0190",
    "email": "localoffer@northby.example",
    "website": "",
}


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "heading_level": level}}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def callout(html: str, style: str = "inset") -> dict:
    return {"type": "callout", "value": {"style": style, "text": html}}


def accordion(*sections: tuple[str, str, str], level: str = "h2") -> dict:
    return {
        "type": "accordion",
        "value": {
            "heading_level": level,
            "sections": [
                {"heading": title, "summary": summary, "content": content}
                for title, summary, content in sections
            ],
        },
    }


def step_by_step(heading_text: str, *steps: tuple[str, str, str]) -> dict:
    """Steps as (logic: "", "and" or "or"; title; content HTML)."""
    return {
        "type": "step_by_step",
        "value": {
            "heading": heading_text,
            "heading_level": "h2",
            "steps": [
                {"logic": logic, "title": title, "content": content}
                for logic, title, content in steps
            ],
        },
    }


def contacts(*cards: dict, title: str = "Who to contact", level: str = "h2") -> dict:
    return {
        "type": "contacts",
        "value": {"heading": title, "heading_level": level, "cards": list(cards)},
    }


HOME_INTRODUCTION = (
    "Find services and support in Northby for children and young people aged 0 to 25 with "
    "special educational needs and disabilities (SEND), and their families."
)
HOME_BODY = [
    heading("Not sure where to start?"),
    paragraph(
        '<p>You can <a href="/services/">search every service</a> by need, age and area, or '
        "talk to Northby SENDIASS for free, impartial advice.</p>"
    ),
    contacts(SENDIASS_CARD, title="Free, impartial advice"),
]

DIRECTORY_INTRODUCTION = (
    "Search health, education, care and leisure services for children and young people aged "
    "0 to 25 with SEND. Filter by need, age, area and cost."
)
GLOSSARY_INTRODUCTION = (
    "Words and abbreviations you may hear from schools, health and the council, and what they "
    "mean. Search for services using any of them."
)


ABOUT_INTRODUCTION = (
    "What the Northby Local Offer must tell you by law, and where to find each part of it."
)
ADVICE_INTRODUCTION = (
    "Guides for families and young people: what the law says, who can help and what to do "
    "next, for each stage of life and each part of it."
)

# Each section: title, slug, kind, introduction and the slugs of pages from other sections
# worth reading there. "advice" is the index of them all; the rest sit under it.
SECTIONS = [
    {
        "title": "Early years",
        "slug": "early-years",
        "kind": "life-stage",
        "introduction": "Babies and children up to age 4: development checks, nurseries "
        "and support at home.",
        "related": ["sen-support-in-school", "ehc-needs-assessments-and-plans"],
    },
    {
        "title": "School",
        "slug": "school",
        "kind": "life-stage",
        "introduction": "Ages 5 to 16: help in school, EHC plans and moving between schools.",
        "related": ["ehc-needs-assessments-and-plans", "annual-reviews"],
    },
    {
        "title": "Preparing for adulthood",
        "slug": "preparing-for-adulthood",
        "kind": "life-stage",
        "introduction": "Ages 14 to 25: college, work, where to live, health and friends.",
        "related": ["annual-reviews", "travel-to-school-and-college", "help-with-money"],
    },
    {
        "title": "Education",
        "slug": "education",
        "kind": "topic",
        "introduction": "SEN support, EHC needs assessments and plans, and annual reviews.",
        "related": ["sen-support-in-school", "moving-to-secondary-school"],
    },
    {
        "title": "Health",
        "slug": "health",
        "kind": "topic",
        "introduction": "Therapies, mental health and moving to adult health services.",
        "related": ["planning-from-age-14"],
    },
    {
        "title": "Social care",
        "slug": "social-care",
        "kind": "topic",
        "introduction": "Short breaks, help at home and support for carers.",
        "related": ["help-with-money"],
    },
    {
        "title": "Money and travel",
        "slug": "money-and-travel",
        "kind": "topic",
        "introduction": "Benefits, grants, school transport and travel training.",
        "related": ["short-breaks-and-social-care"],
    },
]


def top_tasks(pages_by_slug: dict) -> list[dict]:
    """The home page's "Most needed" links, as raw StreamField data."""

    def task(text: str, description: str, *, page: str = "", link: str = "") -> dict:
        target = pages_by_slug[page].pk if page else None
        return {
            "type": "task",
            "value": {"text": text, "page": target, "link": link, "description": description},
        }

    return [
        task(
            "Ask for an EHC needs assessment",
            "Who can ask, and what happens in the 20 weeks that follow.",
            page="ehc-needs-assessments-and-plans",
        ),
        task(
            "Get help at school",
            "SEN support, the SENCo and moving between schools.",
            page="school",
        ),
        task(
            "Find short breaks and activities",
            "Holiday clubs, youth groups and time apart for families.",
            link="/services/?category=short-breaks",
        ),
        task(
            "Prepare for adulthood",
            "College, work, where to live and health, from age 14.",
            page="preparing-for-adulthood",
        ),
        task(
            "Talk to someone",
            "Free, impartial advice, and the teams that can help.",
            page="who-to-contact",
        ),
    ]


def information_pages(*, today: date) -> list[dict]:
    """Each page: title, slug, section (a slug from SECTIONS, "advice", or None for the
    home page), summary and body (raw StreamField data), in menu order."""
    return [
        {
            "title": "EHC needs assessments and plans",
            "slug": "ehc-needs-assessments-and-plans",
            "section": "education",
            "summary": "What an education, health and care plan is, who can ask for one and "
            "what happens during the assessment.",
            "body": [
                paragraph(
                    "<p>An education, health and care (EHC) plan is a legal document. It "
                    "describes a child or young person's needs, the outcomes they are working "
                    "towards and the support they must get. Plans can last until age 25.</p>"
                ),
                callout(
                    "<p>Most children with SEND get the help they need through <b>SEN "
                    "support</b> at nursery, school or college, without an EHC plan.</p>"
                ),
                heading("Who can ask for an assessment"),
                paragraph(
                    "<ul><li>parents and carers</li><li>young people aged 16 to 25</li>"
                    "<li>a nursery, school or college, with the family's agreement</li></ul>"
                ),
                step_by_step(
                    "Asking for an EHC needs assessment: step by step",
                    (
                        "",
                        "Talk to the school or setting",
                        "<p>Ask the SENCo what SEN support your child has had and how it is "
                        'working. See <a href="/advice/school/sen-support-in-school/">SEN '
                        "support in school</a>.</p>",
                    ),
                    (
                        "and",
                        "Get free advice",
                        "<p>The SEND Information, Advice and Support Service can help you "
                        'decide and write the request. <a href="/services/?q=SENDIASS">Find '
                        "SENDIASS</a>.</p>",
                    ),
                    (
                        "",
                        "Gather the evidence",
                        "<p>Collect reports from school, health and anyone else who knows your "
                        "child, and write down what your child finds hard.</p>",
                    ),
                    (
                        "",
                        "Send the request to the council",
                        "<p>Write to the SEND team, or fill in the request form. Keep a copy "
                        "and note the date: the 6 weeks start then.</p>",
                    ),
                    (
                        "or",
                        "Ask the school to send it",
                        "<p>A school or nursery can send the request with your agreement.</p>",
                    ),
                    (
                        "",
                        "Hear the council's decision",
                        "<p>You will get a letter within 6 weeks. If the council says no, you "
                        'can <a href="/advice/disagreements-and-complaints/">ask for mediation '
                        "and appeal</a>.</p>",
                    ),
                ),
                heading("What happens and when"),
                accordion(
                    (
                        "Weeks 1 to 6: the decision to assess",
                        "The council decides whether to carry out an assessment.",
                        "<p>The SEND team looks at the request and the evidence from school and "
                        "health. You will get a letter with the decision by week 6.</p>",
                    ),
                    (
                        "Weeks 6 to 16: gathering advice",
                        "Professionals write advice about your child's needs.",
                        "<p>Advice comes from education, health, social care and an educational "
                        "psychologist. Your views and your child's views are part of the "
                        "assessment too.</p>",
                    ),
                    (
                        "Weeks 16 to 20: the draft and final plan",
                        "You have 15 days to comment on the draft.",
                        "<p>You can ask for a particular school or college to be named. The "
                        "final plan must be issued by week 20.</p>",
                    ),
                    (
                        "If you disagree",
                        "Mediation and appeals to the SEND Tribunal.",
                        "<p>You can talk to SENDIASS, ask for mediation and appeal to the "
                        'SEND Tribunal. See <a href="/services/?q=mediation">mediation '
                        "services</a>.</p>",
                    ),
                ),
                callout(
                    "<p>The council must tell you within 6 weeks whether it will assess. If it "
                    "refuses, you can appeal.</p>",
                    style="warning",
                ),
                paragraph(
                    '<p>The <a href="/services/northby-send-information-advice-and-support-'
                    'service-sendiass/">SEND Information, Advice and Support Service</a> can '
                    "help you write the request and gather the evidence.</p>"
                ),
                contacts(SEND_TEAM_CARD, SENDIASS_CARD),
            ],
        },
        {
            "title": "Annual reviews",
            "slug": "annual-reviews",
            "section": "education",
            "summary": "How every EHC plan is reviewed at least once a year, and how to make "
            "your voice heard.",
            "body": [
                paragraph(
                    "<p>Every EHC plan is reviewed at least every 12 months, or every 3 to 6 "
                    "months for children under 5. The review checks progress and whether the "
                    "plan still meets your child's needs.</p>"
                ),
                heading("Before the meeting"),
                paragraph(
                    "<p>The school or college sends out invitations and asks for advice at "
                    "least 2 weeks before. Think about what is going well, what is not and "
                    "what your child wants.</p>"
                ),
                heading("After the meeting"),
                paragraph(
                    "<p>The council must tell you within 4 weeks whether it will keep, change "
                    "or end the plan.</p>"
                ),
                callout(
                    "<p>From year 9 every review must include <b>preparing for adulthood</b>: "
                    "work, independent living, health and friendships.</p>"
                ),
                contacts(SEND_TEAM_CARD, SENDIASS_CARD),
            ],
        },
        {
            "title": "Planning for adulthood from age 14",
            "slug": "planning-from-age-14",
            "section": "preparing-for-adulthood",
            "summary": "Planning from age 14 for work, independent living, health and friends.",
            "body": [
                paragraph(
                    "<p>Preparing for adulthood starts at 14 and covers four areas of life. "
                    "Services for young people up to 25 are listed in the "
                    '<a href="/services/?category=preparing-for-adulthood">directory</a>.</p>'
                ),
                accordion(
                    (
                        "Employment",
                        "Work experience, supported internships and job coaching.",
                        "<p>Supported internships give young people with an EHC plan a year "
                        "with an employer and a job coach.</p>",
                    ),
                    (
                        "Independent living",
                        "Where to live, money, travel and everyday skills.",
                        "<p>Travel training and independent living courses help young people "
                        "do more for themselves.</p>",
                    ),
                    (
                        "Health",
                        "Moving to adult health services and annual health checks.",
                        "<p>Anyone with a learning disability aged 14 or over can have a free "
                        "annual health check at their GP surgery.</p>",
                    ),
                    (
                        "Friends, relationships and community",
                        "Clubs, volunteering and staying safe.",
                        "<p>Youth clubs and volunteering help young people make friends and "
                        "build confidence.</p>",
                    ),
                ),
                step_by_step(
                    "Preparing for adulthood from year 9: step by step",
                    (
                        "",
                        "Year 9: the preparing for adulthood review",
                        "<p>From year 9, every EHC plan review talks about work, where to live, "
                        "health and friends. Think about what your child wants to do.</p>",
                    ),
                    (
                        "",
                        "Years 10 and 11: choose what comes next",
                        "<p>Visit colleges, sixth forms and training providers. See <a "
                        'href="/services/?category=preparing-for-adulthood">services for '
                        "young people</a>.</p>",
                    ),
                    (
                        "and",
                        "Ask about travel training",
                        '<p>See <a href="/advice/money-and-travel/travel-to-school-and-college/'
                        '">travel to school and college</a>.</p>',
                    ),
                    (
                        "",
                        "Age 16: young people decide",
                        "<p>Young people can make their own decisions about their EHC plan, "
                        "with support if they want it.</p>",
                    ),
                    (
                        "",
                        "Age 17 to 18: move to adult services",
                        "<p>Ask about adult social care and adult health services a year "
                        "before your child turns 18.</p>",
                    ),
                ),
                callout(
                    "<p>At 16 young people gain the right to make their own decisions about "
                    "their EHC plan, if they have the mental capacity to.</p>"
                ),
                contacts(SENDIASS_CARD),
            ],
        },
        {
            "title": "SEN support in school",
            "slug": "sen-support-in-school",
            "section": "school",
            "summary": "The help every nursery, school and college must give children with SEN.",
            "body": [
                paragraph(
                    "<p>Every nursery, school and college must do its best to meet the needs of "
                    "children with SEN. This is called SEN support and follows four steps: "
                    "assess, plan, do and review.</p>"
                ),
                heading("Who to talk to"),
                paragraph(
                    "<p>Start with your child's teacher or tutor, then ask to meet the SENCo. "
                    "Every school publishes an SEN information report on its website.</p>"
                ),
                callout(
                    "<p>Your child does not need a diagnosis to get SEN support.</p>",
                ),
                contacts(SENDIASS_CARD),
            ],
        },
        {
            "title": "Who to contact",
            "slug": "who-to-contact",
            "section": "advice",
            "summary": "The teams and groups that can help, and what each of them does.",
            "body": [
                paragraph(
                    "<p>If you are not sure who to ask, start with SENDIASS: they give free, "
                    "impartial advice and can tell you where to go next.</p>"
                ),
                contacts(SENDIASS_CARD, SEND_TEAM_CARD, FORUM_CARD, LOCAL_OFFER_CARD),
                callout(
                    "<p>If a child or young person is in a mental health crisis, phone the "
                    "crisis line on 0808 157 0100 at any time. If life is at risk, phone 999."
                    "</p>",
                    style="warning",
                ),
            ],
        },
        {
            "title": "Help before your child starts school",
            "slug": "help-before-school",
            "section": "early-years",
            "summary": "Support for babies and young children with SEND, and what nurseries "
            "and childminders must do.",
            "body": [
                paragraph(
                    "<p>If you are worried about how your baby or young child is developing, "
                    "talk to your health visitor or GP. They can check your child's "
                    "development and refer you to the right team.</p>"
                ),
                heading("At nursery or with a childminder"),
                paragraph(
                    "<p>Every nursery, pre-school and childminder funded by the council must "
                    "have someone in charge of special educational needs. They plan extra help "
                    "with you and check how it is working.</p>"
                ),
                callout(
                    "<p>Children with SEND can get free early education from age 2. Ask the "
                    "Family Information Service about your child's free hours.</p>"
                ),
                heading("Portage and home visits"),
                paragraph(
                    "<p>Portage workers visit families at home to help young children learn "
                    'through play. See <a href="/services/?q=portage">Portage services</a>.</p>'
                ),
                contacts(SENDIASS_CARD),
            ],
        },
        {
            "title": "Moving from primary to secondary school",
            "slug": "moving-to-secondary-school",
            "section": "school",
            "summary": "How to plan the move to secondary school for a child with SEND.",
            "body": [
                paragraph(
                    "<p>Start planning in year 5. Visit schools, talk to their SENCos and ask "
                    "how they would meet your child's needs.</p>"
                ),
                step_by_step(
                    "Moving from primary to secondary school with SEND: step by step",
                    (
                        "",
                        "Year 5: look at schools",
                        "<p>Visit secondary schools and talk to their SENCos. <a "
                        'href="/services/?category=education">Find schools</a>.</p>',
                    ),
                    (
                        "and",
                        "Year 5: the annual review",
                        "<p>If your child has an EHC plan, its review talks about which school "
                        'you would like. See <a href="/advice/education/annual-reviews/">annual '
                        "reviews</a>.</p>",
                    ),
                    (
                        "",
                        "Year 6, autumn: apply",
                        "<p>Apply for a place in the usual way, or name your preferred school "
                        "in the EHC plan by 15 February.</p>",
                    ),
                    (
                        "",
                        "Year 6, summer: get ready",
                        "<p>Ask for extra visits, a transition plan and a named person at the "
                        "new school.</p>",
                    ),
                ),
                heading("If your child has an EHC plan"),
                paragraph(
                    "<p>The council must name your child's secondary school in their EHC plan "
                    "by 15 February of year 6. The annual review in year 5 should talk about "
                    "which school you would like.</p>"
                ),
                heading("If your child gets SEN support"),
                paragraph(
                    "<p>Apply for a place in the usual way. Ask the primary school to share "
                    "your child's support plan with the new school before the summer.</p>"
                ),
                callout(
                    "<p>Many secondary schools offer extra visits before the summer holiday "
                    "for children who find change hard.</p>"
                ),
                contacts(SEND_TEAM_CARD, SENDIASS_CARD),
            ],
        },
        {
            "title": "Health services for children with SEND",
            "slug": "health-services",
            "section": "health",
            "summary": "Therapies, mental health support and who to ask about your child's health.",
            "body": [
                paragraph(
                    "<p>Your GP or health visitor can refer your child to most health "
                    "services. Some, such as speech and language therapy, also take requests "
                    "from parents and schools.</p>"
                ),
                accordion(
                    (
                        "Therapies",
                        "Speech and language, occupational therapy and physiotherapy.",
                        '<p>See <a href="/services/?category=health">health services</a> in '
                        "the directory, with how to ask for each one.</p>",
                    ),
                    (
                        "Mental health",
                        "Support for children and young people's emotional wellbeing.",
                        "<p>Schools can refer to the mental health support team. Young people "
                        "aged 11 to 25 can also refer themselves.</p>",
                    ),
                    (
                        "Assessments for autism and ADHD",
                        "How to ask, and what happens while you wait.",
                        "<p>Your GP or your child's school can refer for an assessment. "
                        "Support does not have to wait for a diagnosis.</p>",
                    ),
                ),
                callout(
                    "<p>If a child or young person is in a mental health crisis, phone the "
                    "crisis line on 0808 157 0100 at any time. If life is at risk, phone 999."
                    "</p>",
                    style="warning",
                ),
            ],
        },
        {
            "title": "Short breaks and social care",
            "slug": "short-breaks-and-social-care",
            "section": "social-care",
            "summary": "Short breaks, help at home and how to ask for a social care assessment.",
            "body": [
                paragraph(
                    "<p>Short breaks give disabled children time to enjoy activities away from "
                    "home, and give parents and carers a rest.</p>"
                ),
                heading("Short breaks anyone can use"),
                paragraph(
                    "<p>Holiday clubs and youth groups are open without an assessment. See <a "
                    'href="/services/?category=short-breaks">short breaks</a>.</p>'
                ),
                heading("Help after an assessment"),
                paragraph(
                    "<p>The children with disabilities team can assess your family's needs. "
                    "This can lead to overnight breaks, help at home or a direct payment.</p>"
                ),
                callout(
                    "<p>Parents and carers can also ask for a carer's assessment of their own "
                    "needs.</p>"
                ),
            ],
        },
        {
            "title": "Help with money",
            "slug": "help-with-money",
            "section": "money-and-travel",
            "summary": "Benefits, grants and discounts for families of disabled children.",
            "body": [
                paragraph(
                    "<p>Disability Living Allowance (DLA) helps with the extra costs of caring "
                    "for a disabled child under 16. From 16, young people can claim Personal "
                    "Independence Payment (PIP).</p>"
                ),
                heading("Other help"),
                paragraph(
                    "<ul><li>Carer's Allowance, if you care for someone at least 35 hours a "
                    "week</li><li>grants from charities for equipment and holidays</li>"
                    "<li>free leisure passes for a carer</li></ul>"
                ),
                contacts(SENDIASS_CARD),
            ],
        },
        {
            "title": "Travel to school and college",
            "slug": "travel-to-school-and-college",
            "section": "money-and-travel",
            "summary": "Free school transport, travel training and help with fares.",
            "body": [
                paragraph(
                    "<p>Children of compulsory school age may get free transport to their "
                    "nearest suitable school if they cannot walk there because of their SEND."
                    "</p>"
                ),
                heading("Young people aged 16 to 25"),
                paragraph(
                    "<p>The council publishes a transport policy for students every May. "
                    "Travel training helps young people learn to travel on their own.</p>"
                ),
                callout(
                    "<p>Apply for school transport when you apply for a school place, so it "
                    "is ready for the first day.</p>"
                ),
                contacts(SEND_TEAM_CARD),
            ],
        },
        {
            "title": "Schools and colleges, and how support is paid for",
            "slug": "schools-colleges-and-funding",
            "section": "education",
            "summary": "The kinds of school, college and setting in and outside Northby, and "
            "how extra help is funded.",
            "body": [
                paragraph(
                    "<p>Most children with SEND go to their local nursery, school or college. "
                    "Some go to a specialist base inside a mainstream school, a special school "
                    "or a specialist college. You can search them all in the "
                    '<a href="/services/?category=education">directory</a>, by type of '
                    "support.</p>"
                ),
                accordion(
                    (
                        "Nurseries, schools and colleges in Northby",
                        "Mainstream, enhanced resources and special schools.",
                        "<p>Every mainstream school gives SEN support. Four primary and two "
                        "secondary schools have an enhanced resource base. Northby has two "
                        "special schools and a college with a foundation learning department."
                        "</p>",
                    ),
                    (
                        "Schools and colleges outside Northby",
                        "When a child's needs are best met elsewhere.",
                        "<p>Some children and young people go to special schools or colleges "
                        "in neighbouring areas, or to independent specialist schools and "
                        "colleges approved by the Secretary of State. The council names them "
                        "in the EHC plan when they are the right place.</p>",
                    ),
                    (
                        "How extra help is paid for",
                        "School budgets, top-up funding and the high needs block.",
                        "<p>Every school has money in its budget for SEN support. When a child "
                        "needs more, the council can add top-up funding, with or without an "
                        "EHC plan. Specialist places are paid for from the council's high "
                        "needs budget.</p>",
                    ),
                ),
                contacts(SEND_TEAM_CARD),
            ],
        },
        {
            "title": "If you disagree or want to complain",
            "slug": "disagreements-and-complaints",
            "section": "advice",
            "summary": "Mediation, disagreement resolution, appeals to the SEND Tribunal and "
            "how to make a complaint.",
            "body": [
                paragraph(
                    "<p>Most disagreements are sorted out by talking to the school, college or "
                    "service. SENDIASS can help you prepare and can come with you.</p>"
                ),
                accordion(
                    (
                        "Disagreement resolution",
                        "An independent person helps you and the school or council agree.",
                        "<p>Free, and open to every family, with or without an EHC plan.</p>",
                    ),
                    (
                        "Mediation",
                        "Before an appeal to the SEND Tribunal.",
                        "<p>You must get a mediation certificate before most appeals. "
                        "Mediation is free and independent of the council.</p>",
                    ),
                    (
                        "Appeals to the SEND Tribunal",
                        "About EHC needs assessments, plans and school placements.",
                        "<p>You have 2 months from the council's decision, or 1 month from "
                        "the mediation certificate, whichever is later.</p>",
                    ),
                    (
                        "Complaints",
                        "About a school, the council or the NHS.",
                        "<p>Each school has a complaints procedure. Complain to the council's "
                        "complaints team about the SEND service, and to the NHS trust's "
                        "patient advice and liaison service about health services.</p>",
                    ),
                ),
                contacts(SENDIASS_CARD, SEND_TEAM_CARD),
            ],
        },
        {
            "title": "Accessibility statement",
            "slug": "accessibility-statement",
            "section": None,
            "summary": "How accessible this website is, what we know is not right yet and how "
            "to tell us about a problem.",
            "body": _accessibility_statement(today),
        },
        {
            "title": "Privacy notice",
            "slug": "privacy-notice",
            "section": None,
            "summary": "What this website stores about you, and what it does not.",
            "body": _privacy_notice(),
        },
        {
            "title": "Contact us",
            "slug": "contact-us",
            "section": None,
            "summary": "How to reach the Local Offer team, and where to get advice.",
            "body": [
                paragraph(
                    "<p>Tell us if a listing is wrong or missing, or if something on this "
                    "website does not work for you. We reply within 5 working days.</p>"
                    "<p>If you cannot use the internet, phone us: we will read you the "
                    "information you need or post it to you, in large print, easy read or "
                    "another language if you ask.</p>"
                ),
                contacts(LOCAL_OFFER_CARD, SENDIASS_CARD, title="Get in touch"),
            ],
        },
    ]


def _accessibility_statement(today: date) -> list[dict]:
    return [
        paragraph(
            "<p>This statement applies to the Northby Local Offer website. It is run by the "
            "Northby SEND partnership. We want as many people as possible to be able to use "
            "it. You should be able to:</p>"
            "<ul><li>change colours, contrast and fonts using your browser or device</li>"
            "<li>zoom in up to 400% without text spilling off the screen</li>"
            "<li>get around the whole website using just a keyboard</li>"
            "<li>use the website with a screen reader or speech recognition software</li>"
            "<li>use every page without JavaScript</li></ul>"
        ),
        callout(
            "<p>This is a demonstration website. The services, organisations and people on "
            "it are made up.</p>",
            style="warning",
        ),
        heading("How accessible this website is"),
        paragraph(
            "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at "
            "level AA. Each time the website changes, automated tests in a real browser:</p>"
            "<ul><li>check every type of page, and its states such as errors and empty "
            "results, with axe-core against WCAG 2.2 A and AA and axe's best practices</li>"
            "<li>search, filter, open a service and give feedback using only a keyboard, "
            "checking that focus can always be seen and never gets stuck</li>"
            "<li>do the same with JavaScript switched off</li>"
            "<li>check that key pages need no sideways scrolling at 320 pixels wide (400% "
            "zoom) and lose nothing with larger text spacing</li>"
            "<li>require a Lighthouse accessibility score of 100 for the home, search and "
            "service pages</li></ul>"
            "<p>Automated tests cannot find every problem. The website has not yet been "
            "audited by hand by an accessibility specialist.</p>"
        ),
        heading("Known issues", "h3"),
        paragraph(
            "<ul><li>Documents that services upload, such as PDF leaflets, may not be "
            "accessible. Ask the service for another format.</li>"
            "<li>Service listings are written by many organisations and some may use jargon. "
            'The <a href="/glossary/">glossary</a> explains common terms.</li>'
            "<li>We have not yet tested the website with every screen reader and browser "
            "combination.</li></ul>"
        ),
        heading("Reporting accessibility problems with this website"),
        paragraph(
            "<p>If you find a problem that is not listed here, or need information in a "
            "different format, email localoffer@northby.example or phone 0113 496 0190. We "
            "reply within 5 working days.</p>"
        ),
        heading("Enforcement procedure"),
        paragraph(
            "<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing "
            "the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility "
            "Regulations 2018. If you are not happy with how we respond to your complaint, "
            'contact the <a href="https://www.equalityadvisoryservice.com/">Equality Advisory '
            "and Support Service (EASS)</a>.</p>"
        ),
        accordion(
            (
                "Technical information about this website's accessibility",
                "Compliance status and how we tested.",
                "<p>This website is partially compliant with WCAG 2.2 AA because of the known "
                "issues listed above and because it has not yet had a manual audit. Pages are "
                "built with the GOV.UK Frontend components.</p>"
                f"<p>This statement was prepared on {today.day} {today:%B %Y}.</p>",
            ),
        ),
        contacts(LOCAL_OFFER_CARD, title="Contact the Local Offer team"),
    ]


def _privacy_notice() -> list[dict]:
    return [
        paragraph(
            "<p>This notice explains what the Northby Local Offer website stores. Northby "
            "Council is the data controller.</p>"
        ),
        heading("If you are visiting the website"),
        paragraph(
            "<ul><li>We do not set cookies on your device.</li>"
            "<li>We do not store your IP address.</li>"
            "<li>We do not use third-party analytics, adverts, fonts or scripts.</li>"
            "<li>We count page views and searches without knowing who made them.</li></ul>"
        ),
        callout(
            "<p>If you tell us whether a page helped, we store only what you write. Email "
            "addresses and phone numbers are removed before your feedback is saved.</p>"
        ),
        heading("If you have an editor account"),
        paragraph(
            "<p>For people who update the website, we store your name, email address, a "
            "secure hash of your password, which groups you belong to and a record of the "
            "changes you make. A cookie keeps you signed in and is removed when you sign "
            "out.</p>"
        ),
        accordion(
            (
                "How long we keep information",
                "Feedback and accounts.",
                "<p>Feedback is kept for 2 years. Editor accounts are removed 6 months after "
                "the person leaves their role.</p>",
            ),
            (
                "Your rights",
                "Access, correction and complaints.",
                "<p>You can ask to see or correct information about you. If you are unhappy "
                "with how we handle it, you can complain to the Information Commissioner's "
                "Office (ICO).</p>",
            ),
        ),
        contacts(LOCAL_OFFER_CARD, title="Questions about privacy"),
    ]


# What each of the Local Offer's statutory requirements is met by: (page slug or an address
# on the site, meets it fully?, and for an address, its link text). Schools' own SEN
# information is only pointed to, not yet published for each setting, so that requirement is
# partly met.
REQUIREMENT_LINKS = {
    "provision-in-area": [
        ("/services/", True, "Find services"),
        ("schools-colleges-and-funding", True),
    ],
    "provision-outside-area": [("schools-colleges-and-funding", True)],
    "mainstream-and-special-provision": [
        ("schools-colleges-and-funding", True),
        ("sen-support-in-school", True),
    ],
    "funding": [("schools-colleges-and-funding", True)],
    "setting-sen-information": [("sen-support-in-school", False)],
    "ehc-needs-assessment": [("ehc-needs-assessments-and-plans", True)],
    "health-provision": [("health-services", True)],
    "social-care-provision": [("short-breaks-and-social-care", True)],
    "travel": [("travel-to-school-and-college", True)],
    "preparing-for-adulthood": [("planning-from-age-14", True), ("preparing-for-adulthood", True)],
    "childcare": [
        ("/services/?category=childcare", True, "Childcare services"),
        ("help-before-school", False),
    ],
    "leisure": [("/services/?category=leisure-and-activities", True, "Leisure and activities")],
    "information-advice-support": [("who-to-contact", True)],
    "disagreements-and-complaints": [("disagreements-and-complaints", True)],
    "comments-and-responses": [("/you-said-we-did/", True, "You said, we did")],
    "access-without-internet": [("contact-us", True), ("accessibility-statement", False)],
}
