from django.apps import AppConfig


class RolesConfig(AppConfig):
    name = "roles"
    verbose_name = "Roles"

    def ready(self):
        from roles.signal_handlers import register_signal_handlers

        register_signal_handlers()
