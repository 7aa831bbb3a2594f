from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PublicFormsConfig(AppConfig):
    name = "public_forms"
    verbose_name = "Public forms"

    def ready(self):
        from public_forms.signal_handlers import create_cache_table
        from public_forms.site_settings import settings_rows_create

        post_migrate.connect(create_cache_table, sender=self)
        # Pages then only read their settings, which a database refusing writes allows.
        post_migrate.connect(settings_rows_create, sender=self)
