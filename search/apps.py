from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = "Search"

    def ready(self):
        from search import checks  # noqa: F401 - registers the system checks
        from search.signal_handlers import register_signal_handlers

        register_signal_handlers()
