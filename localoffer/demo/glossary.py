"""Acronyms families meet, and the words they use for the same thing."""

# (term, meaning, description)
GLOSSARY = [
    (
        "AAC",
        "Augmentative and alternative communication",
        "Ways to communicate other than speech, such as signs, symbols or a talking device.",
    ),
    ("ADD", "Attention deficit disorder", "An older name for ADHD without hyperactivity."),
    (
        "ADHD",
        "Attention deficit hyperactivity disorder",
        "A condition that affects attention, activity levels and impulses.",
    ),
    (
        "AP",
        "Alternative provision",
        "Education arranged for pupils who cannot attend a mainstream or special school.",
    ),
    (
        "ASD",
        "Autism spectrum disorder",
        "A medical term for autism; many autistic people prefer to say autistic.",
    ),
    ("ASC", "Autism spectrum condition", "Another term for autism."),
    (
        "BSL",
        "British Sign Language",
        "The sign language used by Deaf people in the UK, with its own grammar.",
    ),
    (
        "CAMHS",
        "Child and Adolescent Mental Health Services",
        "NHS services for children and young people with mental health needs.",
    ),
    (
        "CIN",
        "Child in need",
        "A child who needs support from children's social care, including many disabled children.",
    ),
    (
        "CLA",
        "Child looked after",
        "A child in the care of the council; also called a looked-after child.",
    ),
    (
        "DCD",
        "Developmental coordination disorder",
        "Also called dyspraxia: difficulty with coordination and movement.",
    ),
    (
        "DLA",
        "Disability Living Allowance",
        "A benefit for children under 16 who need more care or help getting around than others.",
    ),
    (
        "DSA",
        "Disabled Students' Allowance",
        "Help with extra costs for disabled students in higher education.",
    ),
    ("EHC", "Education, health and care", "The three kinds of need an EHC plan covers."),
    (
        "EHCNA",
        "Education, health and care needs assessment",
        "The assessment that decides whether a child needs an EHC plan.",
    ),
    (
        "EHCP",
        "Education, health and care plan",
        "A legal document that describes a child's needs and the support they must get.",
    ),
    (
        "EP",
        "Educational psychologist",
        "A psychologist who helps understand how a child learns and what helps.",
    ),
    (
        "EYFS",
        "Early years foundation stage",
        "The stage of learning from birth to the end of reception class.",
    ),
    (
        "FE",
        "Further education",
        "Education after 16 at a college or sixth form, other than a university.",
    ),
    ("HI", "Hearing impairment", "Deafness or hearing loss."),
    (
        "IAS",
        "Information, advice and support",
        "Impartial help about SEND that every council must make available.",
    ),
    (
        "IPSEA",
        "Independent Provider of Special Education Advice",
        "A national charity that gives free legal advice about SEND.",
    ),
    (
        "ISP",
        "Independent special provider",
        "An independent school or college for children and young people with SEND.",
    ),
    ("LA", "Local authority", "The council."),
    ("LAC", "Looked-after child", "A child in the care of the council."),
    (
        "LD",
        "Learning disability",
        "A lifelong condition that affects learning and everyday skills.",
    ),
    (
        "MLD",
        "Moderate learning difficulty",
        "Finding most learning harder than others of the same age.",
    ),
    ("MSI", "Multi-sensory impairment", "Both hearing and sight loss."),
    (
        "OT",
        "Occupational therapist",
        "A therapist who helps with everyday skills, sensory needs and equipment.",
    ),
    (
        "PCF",
        "Parent carer forum",
        "A group of parents and carers who work with the council and NHS to improve services.",
    ),
    (
        "PD",
        "Physical disability",
        "A disability that affects movement, mobility or physical health.",
    ),
    (
        "PfA",
        "Preparing for adulthood",
        "Planning from age 14 for work, independent living, health and friendships.",
    ),
    (
        "PIP",
        "Personal Independence Payment",
        "A benefit for disabled people aged 16 and over that replaces DLA.",
    ),
    (
        "PMLD",
        "Profound and multiple learning difficulties",
        "A profound learning disability together with other disabilities.",
    ),
    (
        "PRU",
        "Pupil referral unit",
        "A school for pupils who have been excluded or cannot attend school.",
    ),
    (
        "SALT",
        "Speech and language therapy",
        "Help with talking, understanding, communication and swallowing.",
    ),
    (
        "SEMH",
        "Social, emotional and mental health",
        "Needs such as anxiety, low mood or difficulty managing feelings.",
    ),
    (
        "SEN",
        "Special educational needs",
        "Learning needs that call for support different from most children of the same age.",
    ),
    (
        "SENCo",
        "Special educational needs coordinator",
        "The teacher who organises SEN support in a school or nursery.",
    ),
    ("SEND", "Special educational needs and disabilities", "SEN and disabilities together."),
    (
        "SENDIASS",
        "SEND Information, Advice and Support Service",
        "Free, impartial and confidential advice about SEND.",
    ),
    (
        "SLCN",
        "Speech, language and communication needs",
        "Difficulty talking, understanding or communicating.",
    ),
    (
        "SLD",
        "Severe learning difficulty",
        "A learning disability that needs support in all parts of the school day.",
    ),
    (
        "SLT",
        "Speech and language therapist",
        "A therapist who helps with communication and swallowing.",
    ),
    (
        "SpLD",
        "Specific learning difficulty",
        "Difficulty with one area of learning, such as reading (dyslexia) or maths (dyscalculia).",
    ),
    (
        "TA",
        "Teaching assistant",
        "A member of school staff who supports pupils in and out of lessons.",
    ),
    ("VI", "Visual impairment", "Sight loss, including blindness and partial sight."),
]

# Families' own words beside the ones listings use, gathered from what Northby parents typed
# into the search box and said in feedback.
SYNONYMS = [
    "autism, ASD, autistic, autistic spectrum condition, aspergers",
    "speech and language therapy, SALT, SLT, speech therapy, talking therapy",
    "speech, talking, talk, speaking, language",
    "ADHD, attention deficit, hyperactivity",
    "dyslexia, dyslexic, SpLD, specific learning difficulty",
    "short breaks, respite, respite care, a break",
    "wheelchair, wheelchair user, mobility",
    "accessible, disabled access, disability friendly",
    "mental health, emotional wellbeing, SEMH, anxiety, worries",
    "behaviour, behavior, challenging behaviour, meltdowns",
    "deaf, hearing impairment, hearing loss, hard of hearing",
    "blind, visual impairment, sight loss, partially sighted",
    "learning disability, learning difficulty, learning difficulties",
    "occupational therapy, OT",
    "physiotherapy, physio, physical therapy",
    "sign language, BSL, Makaton",
    "childcare, nursery, childminder, preschool, pre-school",
    "college, further education, post 16, sixth form",
    "work, job, jobs, employment, supported internship",
    "bedwetting, continence, toileting, potty training",
    "kids, children, child",
    "teenager, teenagers, teen, teens, young people, youth",
    "baby, babies, toddler, toddlers, under fives",
    "disabled, disability, disabilities, SEND",
    "money, benefits, DLA, PIP, financial help",
    "school transport, travel assistance, taxi to school, bus pass",
    "fun, activities, leisure, things to do, clubs",
    "swimming, swim, pool",
    "parent support, parent carers, family support",
    "sleep, sleeping, bedtime",
    "eating, feeding, fussy eating",
    "epilepsy, seizures",
    "tribunal, appeal, SENDIST",
    "carer, young carer",
]
