from django.apps import AppConfig
from django.db.models.signals import post_migrate


class LocalOfferConfig(AppConfig):
    name = "localoffer"
    verbose_name = "Local Offer"

    def ready(self):
        from localoffer import checks  # noqa: F401 - registers the production settings checks
        from localoffer.signal_handlers import sync_requirements

        # Every site gets the statutory requirements without a separate step.
        post_migrate.connect(sync_requirements, sender=self)
