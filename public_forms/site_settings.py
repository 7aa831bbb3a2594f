"""Wagtail settings that every public page reads (the header, the footer, the feedback
widget's safeguarding contact) without ever needing to write.

Wagtail creates a setting's row the first time a page asks for it. On a database that
refuses writes (read-only, a full disk, another writer holding SQLite's lock) that first
page would answer 500. `settings_rows_create()` makes the rows when the database is
migrated, before anyone asks, and `DefaultsWhenDatabaseRefuses` serves the defaults,
unsaved, when a row is still missing and cannot be made."""

import logging

from django.db import DatabaseError, connections, router, transaction

from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.contrib.settings.registry import registry
from wagtail.models import Site

logger = logging.getLogger(__name__)


class DefaultsWhenDatabaseRefuses:
    """Mix in before `BaseSiteSetting` or `BaseGenericSetting`: a row that is missing and
    cannot be created is replaced by an unsaved one holding the defaults, and the refusal
    is logged, rather than the page failing. A row that exists is read as Wagtail reads it,
    with no extra query."""

    @classmethod
    def for_site(cls, site):
        try:
            # get_or_create() creates in a savepoint of its own, so a refused INSERT leaves
            # any transaction around it usable.
            return super().for_site(site)
        except DatabaseError:
            logger.warning("%s for %s could not be created: using the defaults", cls.__name__, site)
            return cls(site=site)

    @classmethod
    def _get_or_create(cls):
        first = cls.base_queryset().first()
        if first is not None:
            return first
        try:
            with transaction.atomic(using=router.db_for_write(cls)):
                return cls.objects.create()
        except DatabaseError:
            logger.warning("%s could not be created: using the defaults", cls.__name__)
            return cls()


def settings_rows_create(*, using: str = "default", **kwargs) -> None:
    """Create every registered setting's missing row: generic settings once, site settings
    for each site. Connected to `post_migrate`, so that a deployment's pages only read them.
    Settings whose table a partial `migrate` has not made yet are left for later."""
    tables = set(connections[using].introspection.table_names())
    if Site._meta.db_table not in tables:
        return
    sites = list(Site.objects.using(using))
    for model in registry:
        if model._meta.db_table not in tables:
            continue
        rows = model.objects.using(using)
        if issubclass(model, BaseSiteSetting):
            have = set(rows.values_list("site_id", flat=True))
            rows.bulk_create([model(site=site) for site in sites if site.pk not in have])
        elif issubclass(model, BaseGenericSetting) and not rows.exists():
            rows.create()
