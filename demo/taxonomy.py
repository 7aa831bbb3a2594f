"""The directory's vocabularies. Need codes are those of the DfE SEN2 return, plus ADHD."""

# (code, name, description)
NEEDS = [
    ("ASD", "Autism", "Autism or autistic spectrum condition, with or without a diagnosis."),
    ("HI", "Hearing impairment", "Deafness or hearing loss, temporary or permanent."),
    (
        "MLD",
        "Moderate learning difficulty",
        "Finding most learning harder than others of the same age.",
    ),
    (
        "MSI",
        "Multi-sensory impairment",
        "Both hearing and sight loss, sometimes called deafblindness.",
    ),
    ("NSA", "Need not yet assessed", "Getting SEN support before the type of need is known."),
    (
        "OTH",
        "Other difficulty or disability",
        "Needs that do not fit another group, such as a medical condition.",
    ),
    (
        "PD",
        "Physical disability",
        "A disability that affects movement, mobility or physical health.",
    ),
    (
        "PMLD",
        "Profound and multiple learning difficulty",
        "A profound learning disability together with other disabilities.",
    ),
    (
        "SEMH",
        "Social, emotional and mental health",
        "Anxiety, low mood, attachment or other emotional needs.",
    ),
    (
        "SLCN",
        "Speech, language and communication needs",
        "Difficulty talking, understanding or communicating with others.",
    ),
    (
        "SLD",
        "Severe learning difficulty",
        "A learning disability that needs support in all parts of the school day.",
    ),
    (
        "SPLD",
        "Specific learning difficulty, such as dyslexia",
        "Dyslexia, dyscalculia or dyspraxia (DCD).",
    ),
    ("VI", "Visual impairment", "Sight loss, including blindness and partial sight."),
    ("ADHD", "ADHD", "Attention deficit hyperactivity disorder, with or without a diagnosis."),
]

# (slug, name, description)
CATEGORIES = [
    ("health", "Health", "Therapies, clinics, nursing and mental health services."),
    ("education", "Education", "Nurseries, schools, colleges and the support they give."),
    (
        "short-breaks",
        "Short breaks",
        "Time apart for disabled children and a rest for their families.",
    ),
    ("leisure-and-activities", "Leisure and activities", "Clubs, sport, play and things to do."),
    (
        "social-care",
        "Social care",
        "Assessments and support from children's and adult social care.",
    ),
    (
        "information-and-advice",
        "Information and advice",
        "Impartial help to understand your options.",
    ),
    (
        "preparing-for-adulthood",
        "Preparing for adulthood",
        "Work, independent living, health and friendships after 14.",
    ),
    ("equipment", "Equipment", "Wheelchairs, aids, adaptations and communication devices."),
    ("transport", "Transport", "Getting to school or college, and learning to travel alone."),
    ("family-support", "Family support", "Help for parents, carers, brothers and sisters."),
    ("childcare", "Childcare", "Nurseries, childminders and clubs before and after school."),
]

# (slug, name, description), in the order of the graduated approach
SUPPORT_LEVELS = [
    ("mainstream", "Mainstream", "Open to every child, with reasonable adjustments."),
    (
        "sen-support",
        "SEN support",
        "Extra help planned with a SENCo or key worker, without an EHC plan.",
    ),
    (
        "partnership-arrangements",
        "Partnership arrangements",
        "Specialist help shared between schools, health and outreach teams.",
    ),
    (
        "enhanced-resources",
        "Enhanced resources",
        "A specialist base inside a mainstream school, usually with an EHC plan.",
    ),
    (
        "special-school",
        "Special school",
        "A school or college for children whose needs cannot be met in mainstream.",
    ),
    (
        "independent-specialist",
        "Independent specialist",
        "An independent or non-maintained special school or college.",
    ),
]

# (slug, name, description)
AREAS = [
    ("northby-central", "Northby Central", "Northby town centre, Castlegate and Millbank."),
    ("northby-north", "Northby North", "Hartmoor and the villages north of the river."),
    ("northby-east", "Northby East", "Eastwick, Cold Ashby and the coast road."),
    ("northby-south", "Northby South", "Southbrook, Lowfield and Netherby."),
    ("northby-west", "Northby West", "Westfell and the moorland villages."),
    (
        "outside-northby",
        "Outside Northby",
        "Specialist schools and colleges in neighbouring areas.",
    ),
]
LOCAL_AREAS = [slug for slug, _, _ in AREAS if slug != "outside-northby"]

# (slug, name, description)
DELIVERY_METHODS = [
    (
        "in-person",
        "In person",
        "At a venue such as a clinic, school, family hub or leisure centre.",
    ),
    ("online", "Online", "By video call, online course or web chat."),
    ("phone", "By phone", "By phone or text message."),
    ("home-visit", "Home visits", "Staff come to your home."),
]

# (slug, name, description)
REFERRAL_ROUTES = [
    ("self", "Self referral", "You, your child or your family can contact the service directly."),
    (
        "professional",
        "Referral by a professional",
        "A teacher, SENCo, health visitor, therapist or social worker refers you.",
    ),
    ("gp", "Referral by a GP", "Your family doctor refers you."),
]

# (ISO 639 code, name)
LANGUAGES = [
    ("en", "English"),
    ("pl", "Polish"),
    ("ur", "Urdu"),
    ("pa", "Punjabi"),
    ("ar", "Arabic"),
    ("bfi", "British Sign Language"),
    ("ro", "Romanian"),
    ("bn", "Bengali"),
    ("so", "Somali"),
]
