from django.apps import AppConfig


class LocalOfferConfig(AppConfig):
    name = "localoffer"
    verbose_name = "Local Offer"

    def ready(self):
        from localoffer import checks  # noqa: F401 - registers the production settings checks
