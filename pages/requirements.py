"""What the law says a Local Offer must contain: the SEND Regulations 2014 (Part 4 and
Schedule 2), section 30 of the Children and Families Act 2014 and chapter 4 of the SEND Code
of Practice (2015). Each row: a code (never change it: editors' links hang on it), what is
required in plain words, and where it is required."""

REQUIREMENTS: tuple[tuple[str, str, str], ...] = (
    (
        "provision-in-area",
        "Special educational provision expected in the area, by type of setting: early years, "
        "maintained schools, academies, special schools, colleges, pupil referral units and "
        "commissioned services",
        "SEND Regulations 2014, Schedule 2, paragraph 1",
    ),
    (
        "provision-outside-area",
        "Special educational provision expected outside the area for children and young "
        "people who live in it",
        "SEND Regulations 2014, Schedule 2, paragraph 2",
    ),
    (
        "mainstream-and-special-provision",
        "What mainstream and special schools and colleges provide, and what the council "
        "secures in them",
        "SEND Regulations 2014, Schedule 2, paragraph 3(a) to (c)",
    ),
    (
        "funding",
        "How the council funds special educational provision, with or without an EHC plan",
        "SEND Regulations 2014, Schedule 2, paragraph 3(d)",
    ),
    (
        "setting-sen-information",
        "For each school and setting: how it teaches, adapts, supports, reviews progress, "
        "evaluates its provision, secures expertise and supports wellbeing",
        "SEND Regulations 2014, Schedule 2, paragraph 5",
    ),
    (
        "ehc-needs-assessment",
        "How needs are identified and assessed, and how to ask for an EHC needs assessment",
        "SEND Code of Practice 2015, chapter 4",
    ),
    (
        "health-provision",
        "Health provision for children and young people with SEND",
        "SEND Code of Practice 2015, chapter 4",
    ),
    (
        "social-care-provision",
        "Social care provision, including short breaks",
        "SEND Code of Practice 2015, chapter 4",
    ),
    (
        "travel",
        "Travel to and from early years settings, schools and colleges, including help with "
        "costs and specialist transport",
        "Children and Families Act 2014, section 30(2); SEND Code of Practice 2015, chapter 4",
    ),
    (
        "preparing-for-adulthood",
        "Provision to help young people prepare for adulthood and independent living: work, "
        "housing, health and friends",
        "Children and Families Act 2014, section 30(2); SEND Code of Practice 2015, chapter 4",
    ),
    (
        "childcare",
        "Childcare, including for disabled children",
        "SEND Regulations 2014, Schedule 2; SEND Code of Practice 2015, chapter 4",
    ),
    (
        "leisure",
        "Leisure activities for children and young people with SEND",
        "SEND Regulations 2014, Schedule 2; SEND Code of Practice 2015, chapter 4",
    ),
    (
        "information-advice-support",
        "Sources of information, advice and support, including SENDIASS and the parent carer forum",
        "SEND Regulations 2014, Schedule 2, paragraph 15",
    ),
    (
        "disagreements-and-complaints",
        "Mediation, disagreement resolution, appeals to the SEND Tribunal and how to complain",
        "SEND Regulations 2014, Schedule 2, paragraph 17",
    ),
    (
        "comments-and-responses",
        "Comments from families about the Local Offer, published with the response and what "
        "will be done",
        "SEND Regulations 2014, regulation 56",
    ),
    (
        "access-without-internet",
        "How people without the internet, and disabled people, can get the Local Offer's "
        "information",
        "SEND Regulations 2014, regulation 57",
    ),
)
