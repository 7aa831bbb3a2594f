from django.db.models.signals import m2m_changed

from wagtail.search.index import insert_or_update_object

from directory.models import ServicePage

# A service's need, category and support level names are part of its search text. Wagtail
# indexes a page when the page row is saved, before modelcluster commits its many-to-many
# values, so the entry is refreshed again once they are in.
INDEXED_RELATIONS = (ServicePage.needs, ServicePage.categories, ServicePage.support_levels)


def reindex_service(sender, instance, action, reverse, **kwargs):
    if action.startswith("post_") and not reverse:
        insert_or_update_object(instance)


def register_signal_handlers():
    for relation in INDEXED_RELATIONS:
        m2m_changed.connect(reindex_service, sender=relation.through)
