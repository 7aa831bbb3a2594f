from django.apps import AppConfig


class YouSaidWeDidConfig(AppConfig):
    name = "you_said_we_did"
    verbose_name = "You said, we did"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search.site import Source, register_source
        from you_said_we_did.selectors import entries_matching
        from you_said_we_did.signal_handlers import register_signal_handlers

        register_source(Source("You said, we did", entries_matching))
        register_signal_handlers()
