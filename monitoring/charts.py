"""Bar charts drawn on the server as inline SVG, for the admin dashboard and the public annual
report alike. Each chart is an image with a title and a description that says what it shows;
the same numbers are always in a table beside it, for people who cannot see the chart."""

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 8, 40, 48
BAR_COLOUR = "#1d70b8"  # GOV.UK blue: 5.2:1 against white
TEXT_COLOUR = "#0b0c0c"
GRID_COLOUR = "#b1b4b6"


def _format(value: float | None, unit: str) -> str:
    if value is None:
        return "no data"
    return f"{value:,g}{unit}"


def _scale_top(largest: float) -> float:
    """A round number at or above the largest value, so the grid lines read easily."""
    if largest <= 0:
        return 1
    magnitude = 10 ** (len(str(int(largest))) - 1)
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * magnitude >= largest:
            return step * magnitude
    return 10 * magnitude


def bar_chart(
    *,
    chart_id: str,
    title: str,
    rows: list[tuple[str, float | None]],
    unit: str = "",
    maximum: float | None = None,
    show_title: bool = True,
) -> SafeString:
    """An SVG bar chart of `rows` (label, value); a value of None draws no bar. `maximum`
    fixes the top of the scale (100 for percentages). `show_title=False` leaves the title
    to a heading beside the chart (it stays in the SVG's <title> for assistive technology)."""
    values = [value for _, value in rows if value is not None]
    top = maximum or _scale_top(max(values, default=0))
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_width / max(len(rows), 1)
    bar_width = slot * 0.7

    grid = SafeString(
        "".join(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="1"/>'
                '<text x="{}" y="{}" dy="4" text-anchor="end" font-size="12" fill="{}">{}</text>',
                LEFT,
                WIDTH - RIGHT,
                y,
                y,
                GRID_COLOUR,
                LEFT - 6,
                y,
                TEXT_COLOUR,
                _format(round(top * fraction, 1), unit),
            )
            for fraction in (0, 0.5, 1)
            for y in [round(TOP + plot_height * (1 - fraction), 1)]
        )
    )
    bars = []
    for index, (label, value) in enumerate(rows):
        x = LEFT + slot * index + (slot - bar_width) / 2
        centre = round(x + bar_width / 2, 1)
        if value is not None:
            height = round(plot_height * min(value, top) / top, 1)
            y = round(TOP + plot_height - height, 1)
            bars.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'
                    '<text x="{}" y="{}" text-anchor="middle" font-size="11" fill="{}">{}</text>',
                    round(x, 1),
                    y,
                    round(bar_width, 1),
                    height,
                    BAR_COLOUR,
                    centre,
                    y - 4,
                    TEXT_COLOUR,
                    _format(value, unit),
                )
            )
        # "Jan 2025" and "2025 Q1" on two lines, so a year of labels fits under the bars.
        first, _, second = label.partition(" ")
        bars.append(
            format_html(
                '<text x="{x}" y="{}" text-anchor="middle" font-size="12" fill="{}">{}'
                '<tspan x="{x}" dy="14">{}</tspan></text>',
                HEIGHT - BOTTOM + 16,
                TEXT_COLOUR,
                first,
                second,
                x=centre,
            )
        )

    return format_html(
        '<svg class="app-chart" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg" '
        'font-family="sans-serif">'
        '<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>{}{}{}</svg>',
        WIDTH,
        HEIGHT,
        title,
        describe(title=title, rows=rows, unit=unit),
        format_html(
            '<text x="0" y="16" font-size="15" font-weight="bold" fill="{}">{}</text>',
            TEXT_COLOUR,
            title,
        )
        if show_title
        else "",
        grid,
        SafeString("".join(bars)),
        id=chart_id,
    )


def describe(*, title: str, rows: list[tuple[str, float | None]], unit: str = "") -> str:
    """What the chart shows, in a sentence or two: its range, its highest and lowest bars."""
    if not rows:
        return f"{title}: nothing to show."
    known = [(label, value) for label, value in rows if value is not None]
    text = f"Bar chart of {title[0].lower()}{title[1:]}, from {rows[0][0]} to {rows[-1][0]}."
    if known:
        highest = max(known, key=lambda row: row[1])
        lowest = min(known, key=lambda row: row[1])
        text += (
            f" Highest: {highest[0]}, {_format(highest[1], unit)}."
            f" Lowest: {lowest[0]}, {_format(lowest[1], unit)}."
        )
    else:
        text += " There is no data for this period."
    return text + " The table that follows gives every figure."


def cell(value) -> str:
    """A figure as a table shows it: thousands separated, a dash for no data."""
    if value is None:
        return "–"
    return f"{value:,}" if isinstance(value, int | float) else str(value)


@dataclass(frozen=True)
class Chart:
    """What one of the monitoring charts plots, whichever page draws it: the dashboard for
    any period, the annual report for its year. `rows` are a selector's, one dict a bar."""

    name: str
    title: str
    label: str  # the key of each bar's label in a row
    value: str  # the key of each bar's value in a row
    unit: str = ""
    maximum: float | None = None

    def draw(self, rows: list[dict], *, page: str, year: int | None = None) -> SafeString:
        """The chart of `rows` for `page` ("chart" on the dashboard, "report" in the annual
        report, which names its year and leaves the title to the heading beside it)."""
        title = self.title + (f", {year}" if year else "") + (" (%)" if self.unit == "%" else "")
        return bar_chart(
            chart_id=f"{page}-{self.name}",
            title=title,
            rows=[(row[self.label], row[self.value]) for row in rows],
            unit=self.unit,
            maximum=self.maximum,
            show_title=year is None,
        )


PAGE_VIEWS = Chart("page-views", "Page views by month", label="month", value="page_views")
FEEDBACK_HELPFUL = Chart(
    "feedback-helpful",
    "Answers saying a page helped, by month",
    label="month",
    value="helpful_pct",
    unit="%",
    maximum=100,
)
FEEDBACK_NEGATIVE = Chart(
    "feedback-negative", "Negative feedback by month", label="month", value="negative"
)
MYSTERY_SHOP = Chart(
    "mystery-shop",
    "Mystery shopping visits with a positive outcome, by quarter",
    label="quarter",
    value="positive_pct",
    unit="%",
    maximum=100,
)


def annual_report_charts(report: dict) -> list[dict]:
    """The annual report's charts, each with the table of its numbers."""
    year = report["year"]
    views = report["page_views_by_month"]
    feedback = report["feedback_by_month"]
    quarters = report["mystery_shop_by_quarter"]
    return [
        {
            "chart": PAGE_VIEWS.draw(views, page="report", year=year),
            "caption": f"Page views by month, {year}",
            "headings": ["Month", "Page views"],
            "rows": [[row["month"], cell(row["page_views"])] for row in views],
        },
        {
            "chart": FEEDBACK_HELPFUL.draw(feedback, page="report", year=year),
            "caption": f"Answers saying a page helped, by month, {year}",
            "headings": ["Month", "Answers", "Said yes", "Helped (%)", "Negative feedback"],
            "rows": [
                [
                    row["month"],
                    cell(row["answered"]),
                    cell(row["helpful"]),
                    cell(row["helpful_pct"]),
                    cell(row["negative"]),
                ]
                for row in feedback
            ],
        },
        {
            "chart": MYSTERY_SHOP.draw(quarters, page="report", year=year),
            "caption": f"Mystery shopping by quarter, {year}",
            "headings": ["Quarter", "Visits", "Positive", "Positive (%)"],
            "rows": [
                [
                    row["quarter"],
                    cell(row["visits"]),
                    cell(row["positive"]),
                    cell(row["positive_pct"]),
                ]
                for row in quarters
            ],
        },
    ]


def dashboard_charts(*, page_views: list[dict], feedback: list[dict], quarters: list[dict]):
    """The dashboard's charts, by the name its template gives them."""
    return {
        "page_views_by_month": PAGE_VIEWS.draw(page_views, page="chart"),
        "feedback_helpful": FEEDBACK_HELPFUL.draw(feedback, page="chart"),
        "feedback_negative": FEEDBACK_NEGATIVE.draw(feedback, page="chart"),
        "mystery_shop": MYSTERY_SHOP.draw(quarters, page="chart"),
    }
