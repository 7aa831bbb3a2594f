import os
from uuid import uuid4

import pytest

from directory.models import Cost
from search.backends.database import DatabaseBackend
from search.catalogue import get_catalogue
from search.engine import get_backend
from tests.factories import (
    AreaFactory,
    GlossaryTermFactory,
    NeedTypeFactory,
    ServicePageFactory,
    SynonymFactory,
    make_site,
)
from tests.services import service_missing


class Engine:
    """A backend under test, and how to bring its index up to date after a test's writes."""

    def __init__(self, backend):
        self.backend = backend

    def refresh(self):
        self.backend.rebuild(get_catalogue())

    def search(self, query):
        return self.backend.search(query, get_catalogue())


@pytest.fixture
def elasticsearch_url():
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        service_missing("Elasticsearch tests need ELASTICSEARCH_URL (see .ci/elasticsearch)")
    return url


@pytest.fixture(params=["database", "elasticsearch"])
def engine(request, db):
    if request.param == "database":
        yield Engine(DatabaseBackend())
        return
    from search.backends.elasticsearch import ElasticsearchBackend

    backend = ElasticsearchBackend(
        url=request.getfixturevalue("elasticsearch_url"),
        index_prefix=f"test-{uuid4().hex[:12]}-",
    )
    yield Engine(backend)
    backend.drop()


@pytest.fixture
def site_on_elasticsearch(settings, elasticsearch_url):
    """The whole site searching with Elasticsearch, in an index of this test's own."""
    settings.ELASTICSEARCH_URL = elasticsearch_url
    settings.ELASTICSEARCH_INDEX_PREFIX = f"test-{uuid4().hex[:12]}-"
    backend = get_backend()
    yield backend
    backend.drop()


@pytest.fixture
def directory_page(db):
    _home, directory = make_site()
    return directory


@pytest.fixture
def services(directory_page):
    """Four live services and one draft, with facet counts worked out by hand:

    | service          | needs     | areas        | cost   | ages  |
    |------------------|-----------|--------------|--------|-------|
    | speech           | SLCN      | north        | free   | 0–18  |
    | autism           | ASD       | south        | paid   | 5–25  |
    | group            | ASD, SLCN | north, south | free   | 3–11  |
    | hearing          | HI        | north        | varies | 0–4   |
    | draft (not live) | SLCN      | north        | free   | 0–25  |
    """
    asd = NeedTypeFactory(code="ASD", name="Autism", slug="autism")
    slcn = NeedTypeFactory(
        code="SLCN", name="Speech, language and communication needs", slug="slcn"
    )
    hi = NeedTypeFactory(code="HI", name="Hearing impairment", slug="hearing-impairment")
    north = AreaFactory(name="North", slug="north")
    south = AreaFactory(name="South", slug="south")
    GlossaryTermFactory(term="ASD", meaning="Autism spectrum disorder")
    SynonymFactory(terms="speech and language therapy, SALT, speech therapy")
    SynonymFactory(terms="autism, ASD, autistic")

    def service(title, summary, needs, areas, cost, ages, **kwargs):
        return ServicePageFactory(
            parent=directory_page,
            title=title,
            summary=summary,
            needs=needs,
            areas=areas,
            cost=cost,
            min_age=ages[0],
            max_age=ages[1],
            **kwargs,
        )

    return {
        "speech": service(
            "Children's speech and language therapy",
            "Speech and language therapy for children who find talking hard.",
            [slcn],
            [north],
            Cost.FREE,
            (0, 18),
        ),
        "autism": service(
            "Autism outreach",
            "Support at home and school for autistic young people.",
            [asd],
            [south],
            Cost.PAID,
            (5, 25),
        ),
        "group": service(
            "Talk and play group",
            "A weekly group for children with autism or communication needs.",
            [asd, slcn],
            [north, south],
            Cost.FREE,
            (3, 11),
        ),
        "hearing": service(
            "Hearing support team",
            "Teachers of the deaf who visit babies and young children.",
            [hi],
            [north],
            Cost.VARIES,
            (0, 4),
        ),
        "draft": service(
            "Unpublished speech clinic",
            "Speech therapy clinic that is not published yet.",
            [slcn],
            [north],
            Cost.FREE,
            (0, 25),
            live=False,
        ),
    }
