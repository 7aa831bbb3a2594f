"""A search typed as a spreadsheet formula downloads as text, never as a formula."""

import csv
import io
from datetime import date

from monitoring.models import SearchDay
from public_forms.spreadsheets import spreadsheet_safe


def test_a_formula_search_downloads_as_text(site, client, steering_member):
    formula = '=hyperlink("http://evil.example","click")'
    SearchDay.objects.create(query=formula, day=date(2025, 4, 9), count=9)
    SearchDay.objects.create(query="speech therapy", day=date(2025, 4, 9), count=3)
    assert client.login(username=steering_member.username, password="pw")
    response = client.get(
        "/admin/monitoring/tables/top-searches/",
        {"start": "2025-04-01", "end": "2025-04-30", "export": "csv"},
    )
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows for cell in row]
    assert f"'{formula}" in cells
    assert formula not in cells
    assert "speech therapy" in cells


def test_only_text_that_starts_a_formula_is_changed():
    assert spreadsheet_safe("+44 7700") == "'+44 7700"
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("-1+1") == "'-1+1"
    assert spreadsheet_safe("speech = talk") == "speech = talk"
    assert spreadsheet_safe(42) == 42
