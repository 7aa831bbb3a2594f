from django.urls import path

from monitoring import views

app_name = "monitoring"

urlpatterns = [
    path("mystery-shopping/<str:token>/", views.volunteer_visit, name="volunteer_visit"),
    path("api/monitoring/kpis/", views.kpis_json, name="kpis_json"),
]
