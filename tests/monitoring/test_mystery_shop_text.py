"""A volunteer's notes are kept cleaned and redacted, never refused for what redaction adds."""

from http import HTTPStatus

from monitoring.models import Visit
from public_forms.text import SHORTENED_MARK
from tests.factories import MysteryShopCampaignFactory, ScenarioFactory


def test_notes_made_too_long_by_redaction_are_kept_shortened(site, client):
    scenario = ScenarioFactory()
    campaign = MysteryShopCampaignFactory(scenarios=[scenario])
    comments = ("Rang 07700900123 twice. " * 100)[:1999]
    response = client.post(
        f"/mystery-shopping/{campaign.token}/",
        {
            "scenario": str(scenario.pk),
            "shopper_type": "forum_volunteer",
            "device": "phone",
            "assistive_technology": "Screen\x0breader",
            "outcome": "found",
            "minutes_taken": "4",
            "ease": "4",
            "information_accurate": "yes",
            "comments": comments,
        },
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == HTTPStatus.FOUND
    visit = Visit.objects.get()
    assert len(visit.comments) <= 2000
    assert visit.comments.endswith(SHORTENED_MARK)
    assert "07700900123" not in visit.comments
    assert visit.assistive_technology == "Screen\nreader"
