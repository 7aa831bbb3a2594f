from django.apps import AppConfig


class PlainEnglishConfig(AppConfig):
    name = "plain_english"
    verbose_name = "Plain English"
