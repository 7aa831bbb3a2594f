"""The organisations that run Northby's services."""

from dataclasses import dataclass

COUNCIL = "northby.example"
NHS = "northby-health.example.org"


@dataclass(frozen=True)
class Org:
    slug: str
    name: str
    description: str
    domain: str  # for email addresses
    phone: str
    website: str = ""

    @property
    def url(self) -> str:
        return self.website or f"https://northby.example/organisations/{self.slug}"


ORGANISATIONS = [
    # The council
    Org(
        "northby-send-team",
        "Northby Council SEND Team",
        "Carries out EHC needs assessments, writes and reviews EHC plans and arranges "
        "specialist school places.",
        COUNCIL,
        "0113 496 0100",
    ),
    Org(
        "northby-disabled-childrens-team",
        "Northby Disabled Children's Team",
        "The council's social care team for disabled children, young people and their "
        "families, including short breaks and preparing for adult social care.",
        COUNCIL,
        "0113 496 0110",
    ),
    Org(
        "northby-early-help",
        "Northby Early Help and Family Hubs",
        "Family hubs in every part of Northby, early help workers and the Family Information "
        "Service.",
        COUNCIL,
        "0113 496 0120",
    ),
    Org(
        "northby-inclusion-support",
        "Northby Inclusion Support Service",
        "Specialist teachers and outreach workers who help nurseries, schools and colleges "
        "include children with SEND, including teachers of deaf and visually impaired children.",
        COUNCIL,
        "0113 496 0130",
    ),
    Org(
        "northby-educational-psychology",
        "Northby Educational Psychology Service",
        "Educational psychologists who work with children, families and schools to understand "
        "how a child learns and what helps.",
        COUNCIL,
        "0113 496 0140",
    ),
    Org(
        "northby-travel-assistance",
        "Northby Council Travel Assistance Team",
        "Arranges help to get to school or college and runs travel training.",
        COUNCIL,
        "0113 496 0150",
    ),
    Org(
        "northby-libraries",
        "Northby Libraries",
        "Eleven public libraries with sensory story times, a toy library and accessible "
        "collections.",
        COUNCIL,
        "0113 496 0160",
    ),
    Org(
        "northby-works",
        "Northby Works",
        "The council's employment and skills service, including supported employment for "
        "young people with SEND.",
        COUNCIL,
        "0113 496 0170",
    ),
    Org(
        "northby-welfare-rights",
        "Northby Welfare Rights Service",
        "Free, confidential advice on benefits for disabled children, young people and carers.",
        COUNCIL,
        "0113 496 0180",
    ),
    # The NHS
    Org(
        "northby-camhs",
        "Northby Child and Adolescent Mental Health Services (CAMHS)",
        "NHS mental health services for children and young people up to 18.",
        NHS,
        "0113 496 0200",
    ),
    Org(
        "northby-speech-and-language-therapy",
        "Northby Children's Speech and Language Therapy Service",
        "NHS speech and language therapists for children from birth to 18.",
        NHS,
        "0113 496 0210",
    ),
    Org(
        "northby-wheelchair-service",
        "Northby Children's Wheelchair Service",
        "Assesses children and young people for wheelchairs and seating, and repairs and "
        "reviews them.",
        NHS,
        "0113 496 0220",
    ),
    Org(
        "northby-occupational-therapy",
        "Northby Children's Occupational Therapy Service",
        "NHS occupational therapists who help with everyday skills, sensory needs and equipment.",
        NHS,
        "0113 496 0230",
    ),
    Org(
        "northby-physiotherapy",
        "Northby Children's Physiotherapy Service",
        "NHS physiotherapists for children with physical disabilities and movement difficulties.",
        NHS,
        "0113 496 0240",
    ),
    Org(
        "northby-community-health",
        "Northby Children's Community Health Services",
        "Community paediatricians, children's community nurses and specialist clinics.",
        NHS,
        "0113 496 0250",
    ),
    Org(
        "northby-health-visiting",
        "Northby Health Visiting and School Nursing Service",
        "Health visitors for families with children under 5 and school nurses for 5 to 19 "
        "year olds.",
        NHS,
        "0113 496 0260",
    ),
    Org(
        "northby-primary-care",
        "Northby Primary Care Network",
        "The GP practices of Northby, working together.",
        NHS,
        "0113 496 0270",
    ),
    # Information, advice and families
    Org(
        "northby-sendiass",
        "Northby SEND Information, Advice and Support Service",
        "Free, impartial and confidential information, advice and support about SEND for "
        "children, young people and parents (SENDIASS).",
        "northby-sendiass.example.org",
        "01632 960100",
        "https://northby.example/sendiass",
    ),
    Org(
        "northby-parent-carer-forum",
        "Northby Parent Carer Forum",
        "An independent group of parents and carers of children with SEND who work with the "
        "council and NHS to improve services.",
        "northby-pcf.example.org",
        "01632 960110",
        "https://northby.example/parent-carer-forum",
    ),
    Org(
        "calmwater-mediation",
        "Calmwater Mediation",
        "Independent SEND mediation and disagreement resolution for families and the council.",
        "calmwater.example.org",
        "01632 960120",
    ),
    # Charities and community groups
    Org(
        "northby-autism-and-adhd-support",
        "Northby Autism and ADHD Support",
        "A local charity run by parents of autistic children and children with ADHD.",
        "northby-autism-adhd.example.org",
        "01632 960130",
    ),
    Org(
        "northby-deaf-childrens-society",
        "Northby Deaf Children's Society",
        "A charity for deaf children and their families, run by deaf and hearing volunteers.",
        "northby-deaf-children.example.org",
        "01632 960140",
    ),
    Org(
        "northby-young-carers",
        "Northby Young Carers",
        "Support for children and young people who look after a family member.",
        "northby-young-carers.example.org",
        "01632 960150",
    ),
    Org(
        "brightside-short-breaks",
        "Brightside Short Breaks",
        "A charity running clubs, holiday schemes and sitting services for disabled children.",
        "brightside.example.org",
        "01632 960160",
    ),
    Org(
        "spectrum-youth",
        "Spectrum Youth",
        "Youth clubs and activities for young people with SEND aged 11 to 25.",
        "spectrum-youth.example.org",
        "01632 960170",
    ),
    Org(
        "northby-leisure-trust",
        "Northby Leisure Trust",
        "Runs Northby's swimming pools, leisure centres and the Riverside Adventure Playground.",
        "northby-leisure.example.org",
        "01632 960180",
    ),
    Org(
        "fellside-riding",
        "Fellside Riding for the Disabled Group",
        "Volunteers who offer riding and carriage driving for disabled children and adults.",
        "fellside-riding.example.org",
        "01632 960190",
    ),
    # Early years, schools and colleges
    Org(
        "little-acorns-nurseries",
        "Little Acorns Nurseries",
        "Day nurseries in each part of Northby, with a SENCo at every nursery.",
        "little-acorns.example.org",
        "01632 960200",
    ),
    Org(
        "northby-learning-trust",
        "Northby Learning Trust",
        "A multi-academy trust of primary and secondary schools across Northby.",
        "northby-learning-trust.example.org",
        "01632 960210",
    ),
    Org(
        "hollybank-primary-school",
        "Hollybank Primary School",
        "A community primary school in Hartmoor with a speech and language resource base.",
        "hollybank.example.org",
        "01632 960220",
    ),
    Org(
        "moorside-high-school",
        "Moorside High School",
        "A mainstream secondary school for 11 to 16 year olds with an autism resource base.",
        "moorside-high.example.org",
        "01632 960230",
    ),
    Org(
        "brookfield-school",
        "Brookfield School",
        "A special school for pupils aged 2 to 19 with severe or profound and multiple "
        "learning difficulties.",
        "brookfield.example.org",
        "01632 960240",
    ),
    Org(
        "oakwood-school",
        "Oakwood School",
        "A special school for pupils aged 7 to 16 with social, emotional and mental health needs.",
        "oakwood.example.org",
        "01632 960250",
    ),
    Org(
        "beacon-hill-school",
        "Beacon Hill School",
        "A special school for autistic pupils and pupils with moderate learning difficulties, "
        "aged 4 to 19.",
        "beacon-hill.example.org",
        "01632 960260",
    ),
    Org(
        "kestrel-lodge-school",
        "Kestrel Lodge School",
        "An independent residential special school in Dunmere for autistic young people aged "
        "8 to 19.",
        "kestrel-lodge.example.org",
        "01632 960270",
    ),
    Org(
        "northby-college",
        "Northby College",
        "Further education college with foundation learning, supported internships and "
        "learning support.",
        "northby-college.example.org",
        "01632 960280",
    ),
    Org(
        "fellgate-specialist-college",
        "Fellgate Specialist College",
        "An independent specialist college in Dunmere for young people aged 16 to 25 with "
        "complex needs.",
        "fellgate.example.org",
        "01632 960290",
    ),
]
