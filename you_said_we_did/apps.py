from django.apps import AppConfig


class YouSaidWeDidConfig(AppConfig):
    name = "you_said_we_did"
    verbose_name = "You said, we did"
    default_auto_field = "django.db.models.BigAutoField"
