from django.apps import AppConfig


class PublicFormsConfig(AppConfig):
    name = "public_forms"
    verbose_name = "Public forms"
