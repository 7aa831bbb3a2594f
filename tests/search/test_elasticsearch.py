"""What only the Elasticsearch backend does: forgive typing mistakes, suggest a spelling,
and keep its own index in step with publishing. The contract both backends share is in
test_contract.py."""

import pytest

from django.core.management import call_command

from search.engine import rebuild_index, search_services
from search.query import ServiceQuery
from tests.admin_forms import service_form
from tests.factories import OrganisationFactory, ServicePageFactory

pytestmark = pytest.mark.usefixtures("site_on_elasticsearch")


@pytest.fixture
def indexed(services):
    rebuild_index()
    return {name: page.title for name, page in services.items()}


def titles(results):
    return {hit.page.title for hit in results.hits}


def test_search_goes_to_elasticsearch(indexed):
    assert search_services(ServiceQuery(text="speech")).backend == "elasticsearch"


@pytest.mark.parametrize(
    ("text", "name"),
    [("speach therapy", "speech"), ("autsm outreech", "autism"), ("hearing suport", "hearing")],
)
def test_misspelt_words_still_find_the_service(indexed, text, name):
    assert indexed[name] in titles(search_services(ServiceQuery(text=text)))


def test_short_words_must_be_spelt_right_so_acronyms_keep_their_meaning(indexed):
    # "SALT" expands to speech and language therapy; "sale" must not do the same.
    assert search_services(ServiceQuery(text="sale")).total == 0


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a start the index holds as a term of its own
        ("physio", {"Physiotherapy drop-in"}),
        # longer than the starts the index holds
        ("neurodevelopmentalasses", {"Neurodevelopmentalassessments clinic"}),
    ],
)
def test_the_start_of_a_word_finds_the_word_however_long_the_start(directory_page, text, found):
    ServicePageFactory(parent=directory_page, title="Physiotherapy drop-in")
    ServicePageFactory(parent=directory_page, title="Neurodevelopmentalassessments clinic")
    ServicePageFactory(parent=directory_page, title="Physical activity club")
    rebuild_index()

    assert titles(search_services(ServiceQuery(text=text))) == found


def test_highlights_mark_matched_words_and_escape_the_rest(directory_page):
    ServicePageFactory(parent=directory_page, summary='Speech <script>alert("x")</script> & play')
    rebuild_index()

    (hit,) = search_services(ServiceQuery(text="speech")).hits

    assert hit.highlights["summary"] == (
        "<mark>Speech</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; play"
    )


def test_a_rebuild_swaps_in_a_new_index_while_the_old_one_keeps_answering(
    indexed, site_on_elasticsearch, directory_page
):
    before = set(site_on_elasticsearch.client.indices.get_alias(name=site_on_elasticsearch.alias))
    ServicePageFactory(parent=directory_page, title="Sensory play sessions")
    seen_during_rebuild = []

    rebuild_index(
        progress=lambda: seen_during_rebuild.append(search_services(ServiceQuery()).total)
    )

    after = set(site_on_elasticsearch.client.indices.get_alias(name=site_on_elasticsearch.alias))
    assert seen_during_rebuild == [4] * 5  # the old index, whole, until the switch
    assert search_services(ServiceQuery()).total == 5
    assert before.isdisjoint(after) and len(after) == 1
    assert not site_on_elasticsearch.client.indices.exists(index=",".join(before))


def test_the_rebuild_command_reports_what_it_indexed(indexed, capsys):
    call_command("rebuild_search_index")

    out, err = capsys.readouterr()
    assert "Indexed 4 services in elasticsearch." in out
    assert "4/4" in err  # the progress bar


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))
    return client


def found(text: str) -> set[str]:
    return titles(search_services(ServiceQuery(text=text)))


def test_publishing_in_the_admin_makes_a_service_findable_at_once(
    indexed, admin_client, directory_page
):
    form = service_form(title="Riding therapy", organisation=OrganisationFactory())

    admin_client.post(f"/admin/pages/add/directory/servicepage/{directory_page.pk}/", form)

    assert found("riding") == {"Riding therapy"}


def test_unpublishing_and_deleting_in_the_admin_take_a_service_out_at_once(
    indexed, admin_client, services
):
    admin_client.post(f"/admin/pages/{services['speech'].pk}/unpublish/")
    assert found("speech") == {indexed["group"]}  # tagged with speech needs, still live

    admin_client.post(f"/admin/pages/{services['autism'].pk}/delete/")
    assert indexed["autism"] not in found("outreach")
