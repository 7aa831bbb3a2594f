from django.db import connections

from pages.coverage import requirements_sync
from pages.models.requirements import LocalOfferRequirement


def sync_requirements(*, using: str = "default", **kwargs) -> None:
    # Migrating back to before the table existed must not fail.
    if LocalOfferRequirement._meta.db_table in connections[using].introspection.table_names():
        requirements_sync()
