from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages"

    def ready(self):
        from pages.signal_handlers import sync_requirements

        # Every site gets the statutory requirements without a separate step.
        post_migrate.connect(sync_requirements, sender=self)
