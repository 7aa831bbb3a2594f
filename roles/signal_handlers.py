from django.db.models.signals import post_migrate

from roles.sync import roles_sync


def sync_after_migrate(sender, using, **kwargs):
    roles_sync(using=using)


def register_signal_handlers():
    # Sent for this app only: it comes last in INSTALLED_APPS, so every other app's
    # permissions, and Wagtail's root page and collection, exist by then.
    from django.apps import apps

    post_migrate.connect(
        sync_after_migrate,
        sender=apps.get_app_config("roles"),
        dispatch_uid="roles.sync_after_migrate",
    )
