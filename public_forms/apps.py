from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PublicFormsConfig(AppConfig):
    name = "public_forms"
    verbose_name = "Public forms"

    def ready(self):
        from public_forms.signal_handlers import create_cache_table

        post_migrate.connect(create_cache_table, sender=self)
