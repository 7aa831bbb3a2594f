"""/api/openreferral/: the directory as an Open Referral UK 3.0 feed. A trailing slash is
optional: clients write both."""

from django.urls import path, re_path

from directory.api import views

app_name = "openreferral"

ID = r"(?P<{}>[^/]+)"

urlpatterns = [
    path("", views.index, name="index"),
    re_path(r"^services/?$", views.services, name="services"),
    re_path(rf"^services/{ID.format('service_id')}/?$", views.service, name="service"),
    re_path(r"^service_at_locations/?$", views.service_at_locations, name="service_at_locations"),
    re_path(
        rf"^service_at_locations/{ID.format('location_id')}/?$",
        views.service_at_location,
        name="service_at_location",
    ),
    re_path(r"^taxonomies/?$", views.taxonomies, name="taxonomies"),
    re_path(rf"^taxonomies/{ID.format('taxonomy_id')}/?$", views.taxonomy, name="taxonomy"),
    re_path(r"^taxonomy_terms/?$", views.taxonomy_terms, name="taxonomy_terms"),
    re_path(
        rf"^taxonomy_terms/{ID.format('term_id')}/?$", views.taxonomy_term, name="taxonomy_term"
    ),
    re_path(r"^organizations/?$", views.organizations, name="organizations"),
    re_path(
        rf"^organizations/{ID.format('organization_id')}/?$",
        views.organization,
        name="organization",
    ),
    # Anything else under the API is a JSON 404, not the site's HTML page.
    re_path(r"^(?P<path>.*)$", views.not_found),
]
