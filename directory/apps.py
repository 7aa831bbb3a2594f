from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Service directory"

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        # These register their Wagtail hooks on import: the history's "Imported from ..."
        # line, and the admin's import page and feed health.
        import directory.admin_import  # noqa: F401
        import directory.log_actions  # noqa: F401
        from directory.catalogue import service_catalogue
        from directory.models import ServicePage
        from directory.permissions import ProviderScopedPagePermissionPolicy
        from directory.signal_handlers import register_signal_handlers
        from search.catalogue import register_catalogue

        # Before any admin view asks for the page policy (see directory.permissions).
        register_permission_policy(
            Page, ProviderScopedPagePermissionPolicy(Page, listing_model=ServicePage)
        )
        register_catalogue(service_catalogue())
        register_signal_handlers()
