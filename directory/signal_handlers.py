from django.db.models.signals import m2m_changed, post_save

from wagtail.models import WorkflowState
from wagtail.search.index import insert_or_update_object
from wagtail.signals import workflow_approved

from directory.models import DirectoryIndexPage, ServicePage
from directory.services import listing_workflow_attach, workflow_reviews_record

# A service's need, category and support level names are part of its search text. Wagtail
# indexes a page when the page row is saved, before modelcluster commits its many-to-many
# values, so the entry is refreshed again once they are in.
INDEXED_RELATIONS = (ServicePage.needs, ServicePage.categories, ServicePage.support_levels)


def reindex_service(sender, instance, action, reverse, **kwargs):
    if action.startswith("post_") and not reverse:
        insert_or_update_object(instance)


def record_workflow_reviews(sender, instance, **kwargs):
    workflow_reviews_record(workflow_state=instance)


def attach_listing_workflow(sender, instance, created, raw, **kwargs):
    # A new directory (on a fresh site, after the migrations ran) gets the listing workflow
    # and the providers' permissions that the migration gave any directory already there.
    if created and not raw:
        listing_workflow_attach(directory=instance)


def register_signal_handlers():
    for relation in INDEXED_RELATIONS:
        m2m_changed.connect(reindex_service, sender=relation.through)
    workflow_approved.connect(record_workflow_reviews, sender=WorkflowState)
    post_save.connect(attach_listing_workflow, sender=DirectoryIndexPage)
