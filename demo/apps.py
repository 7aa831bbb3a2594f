from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The fictional Northby Local Offer, its loader and the search bench.

    Installed in development and tests only (localoffer.settings.dev and .test), and left out
    of the wheel: a partnership's site holds its own data.
    """

    name = "demo"
    verbose_name = "Demo Local Offer"
