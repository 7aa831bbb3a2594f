from django.urls import path

from you_said_we_did import views

app_name = "you_said_we_did"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.entry, name="entry"),
    path("feed/", views.EntriesFeed(), name="feed"),
]
