"""The KPIs of the action plan, by key, with the names people read. Models (targets) and
selectors (figures) both name them, so they live here, importing nothing."""

KPI_KEYS = (
    "page_views",
    "searches",
    "zero_result_searches",
    "contact_clicks",
    "feedback_total",
    "feedback_helpful_pct",
    "negative_feedback",
    "mystery_shop_visits",
    "mystery_shop_positive_pct",
    "listings_overdue_review",
    "yswd_by_status",
    "median_days_feedback_to_action",
)
KPI_LABELS = {
    "page_views": "Page views",
    "searches": "Searches",
    "zero_result_searches": "Searches that found nothing",
    "contact_clicks": "Clicks on a service's phone, email or website",
    "feedback_total": "Feedback received",
    "feedback_helpful_pct": "Answers saying a page helped (%)",
    "negative_feedback": "Negative feedback (problems and pages that did not help)",
    "mystery_shop_visits": "Mystery shopping visits",
    "mystery_shop_positive_pct": "Mystery shopping visits with a positive outcome (%)",
    "listings_overdue_review": "Listings overdue for review",
    "yswd_by_status": "You Said, We Did entries by status",
    "median_days_feedback_to_action": "Median days from feedback to a You Said, We Did entry",
}
PERCENT_KEYS = {"feedback_helpful_pct", "mystery_shop_positive_pct"}
# A target is one number to reach or stay under; entries by status are several numbers.
TARGET_KEYS = tuple(key for key in KPI_KEYS if key != "yswd_by_status")
