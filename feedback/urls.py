from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("feedback/", views.page_feedback, name="submit"),
    path("tell-us-what-you-think/", views.tell_us, name="tell_us"),
]
