"""Keep a search engine's own index in step with publishing: publish, unpublish, move and
delete are reflected before the request that made them ends. Any change to a listing or the
search vocabulary also moves `search.freshness` on, so what processes hold in memory is
rebuilt."""

import logging

from django.core import signals
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from search import freshness
from search.backends.base import SearchUnavailable
from search.catalogue import get_catalogue
from search.engine import get_backend
from search.models import GlossaryTerm, Synonym

logger = logging.getLogger(__name__)


def sync_page(sender, instance, **kwargs):
    catalogue = get_catalogue()
    model = catalogue.model
    if not isinstance(instance.specific_deferred, model):
        return
    # Whatever happened, the page belongs in the index exactly when the public may find it.
    documents = catalogue.documents() if catalogue.documents else catalogue.searchable()
    found = list(documents.filter(pk=instance.pk))
    try:
        if found:
            get_backend().update(catalogue, found)
        else:
            get_backend().remove([instance.pk])
    except SearchUnavailable:
        logger.exception(
            "Could not update the search index for page %s; run rebuild_search_index when "
            "search is back",
            instance.pk,
        )


def forget_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, get_catalogue().model):
        try:
            get_backend().remove([instance.pk])
        except SearchUnavailable:
            logger.exception("Could not remove deleted page %s from the search index", instance.pk)


def note_change(sender, instance, **kwargs):
    if isinstance(instance, (get_catalogue().model, GlossaryTerm, Synonym)):
        freshness.data_changed()


def register_signal_handlers():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(sync_page, dispatch_uid=f"search-sync-{signal}")
    post_delete.connect(forget_deleted_page, dispatch_uid="search-forget-deleted")
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(note_change, dispatch_uid=f"search-note-change-{signal}")
    signals.request_started.connect(
        freshness.request_started, dispatch_uid="search-request-started"
    )
    signals.request_finished.connect(
        freshness.request_finished, dispatch_uid="search-request-finished"
    )
