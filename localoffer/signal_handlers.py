from django.db import connections


def sync_requirements(*, using: str = "default", **kwargs) -> None:
    # Imported here: handlers are connected in AppConfig.ready(), before models may be read.
    from localoffer.coverage import requirements_sync
    from localoffer.models import LocalOfferRequirement

    # Migrating back to before the table existed must not fail.
    if LocalOfferRequirement._meta.db_table in connections[using].introspection.table_names():
        requirements_sync()
