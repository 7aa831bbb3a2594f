"""The server-drawn SVG charts: labelled for assistive technology, safe with any label."""

from monitoring.charts import FEEDBACK_HELPFUL, bar_chart, describe


def test_a_chart_is_an_image_with_a_title_and_a_description():
    svg = bar_chart(
        chart_id="c", title="Page views by month", rows=[("Jan 2025", 10), ("Feb 2025", 30)]
    )
    assert svg.startswith('<svg class="app-chart"')
    assert 'role="img" aria-labelledby="c-title c-desc"' in svg
    assert '<title id="c-title">Page views by month</title>' in svg
    assert (
        '<desc id="c-desc">Bar chart of page views by month, from Jan 2025 to Feb 2025. '
        "Highest: Feb 2025, 30. Lowest: Jan 2025, 10. The table that follows gives every "
        "figure.</desc>"
    ) in svg
    assert svg.count("<rect") == 2


def test_missing_values_draw_no_bar_and_percentages_keep_their_scale():
    svg = bar_chart(
        chart_id="p", title="Helpful", rows=[("Q1", None), ("Q2", 50.0)], unit="%", maximum=100
    )
    assert svg.count("<rect") == 1
    assert ">100%<" in svg and ">50%<" in svg


def test_labels_are_escaped():
    svg = bar_chart(chart_id="x", title="<script>", rows=[("<b>", 1)])
    assert "<script>" not in svg and "<b>" not in svg


def test_an_empty_chart_says_so():
    assert describe(title="Visits", rows=[]) == "Visits: nothing to show."
    assert "There is no data for this period." in describe(title="Visits", rows=[("Q1", None)])


def test_a_chart_is_defined_once_for_the_dashboard_and_the_annual_report():
    rows = [{"month": "Jan 2025", "helpful_pct": 80.0}, {"month": "Feb 2025", "helpful_pct": None}]
    dashboard = FEEDBACK_HELPFUL.draw(rows, page="chart")
    report = FEEDBACK_HELPFUL.draw(rows, page="report", year=2025)
    assert '<title id="chart-feedback-helpful-title">' in dashboard
    assert "Answers saying a page helped, by month (%)</title>" in dashboard
    assert "Answers saying a page helped, by month, 2025 (%)</title>" in report
    # The dashboard shows the title on the chart; the report has a heading beside it.
    assert 'font-weight="bold"' in dashboard
    assert 'font-weight="bold"' not in report
    assert "Highest: Jan 2025, 80%." in report
