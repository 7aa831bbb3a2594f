"""Public URLs that hang off pages of the directory. They are Django views rather than page
routes because public forms are exempt from CSRF checks (they carry no cookie), and Django
decides that by the view a URL resolves to. The Open Referral UK API hangs here too."""

from django.urls import include, path, re_path

from directory import views

app_name = "directory"

urlpatterns = [
    path("services/<int:service_id>/contact/<str:kind>/", views.contact, name="contact"),
    re_path(r"^(?P<path>.+/)suggest-a-change/$", views.suggest_change, name="suggest_change"),
    re_path(r"^(?P<path>.+/)add-your-service/$", views.add_service, name="add_service"),
    path("listing-check/<str:token>/", views.review_confirm, name="review_confirm"),
    path("api/openreferral/", include("directory.api.urls")),
]
