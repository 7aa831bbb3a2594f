"""The search engine announces each search, and the directory each click on a service's
contact link; monitoring counts them. Neither knows it."""

import logging

from django.db import DatabaseError
from django.dispatch import receiver
from django.utils import timezone

from directory.signals import contact_clicked
from monitoring.middleware import counted_request, is_counted_client, is_first_in_a_while
from monitoring.services import contact_click_record, search_record
from search.signals import search_performed

logger = logging.getLogger(__name__)


@receiver(search_performed, dispatch_uid="monitoring.record_search")
def record_search(sender, *, query, results, **kwargs):
    # Browsing the directory with nothing chosen is not a search, and the second page of
    # results is the same search read further.
    if query.page > 1 or not (
        query.text.strip() or any(query.filters.values()) or query.age is not None
    ):
        return
    request = counted_request()
    if request is False:
        return  # a bot, a script or staff
    if request is not None and not is_first_in_a_while(
        request, f"search:{query.text}:{sorted(query.filters.items())}:{query.age}"
    ):
        return
    try:
        search_record(
            text=query.text,
            filters=query.filters,
            age=query.age,
            total=results.total,
            day=timezone.localdate(),
        )
    except DatabaseError:
        # A lost count is better than a failed search.
        logger.exception("Could not count a search")


@receiver(contact_clicked, dispatch_uid="monitoring.record_contact_click")
def record_contact_click(sender, *, service, kind, request, **kwargs):
    if (
        not is_counted_client(request)
        or request.user.is_authenticated
        or not is_first_in_a_while(request, f"contact:{service.pk}:{kind}")
    ):
        return  # a bot, a script, staff, or the same click again
    try:
        contact_click_record(service=service, kind=kind, day=timezone.localdate())
    except DatabaseError:
        # A lost count is better than a lost contact.
        logger.exception("Could not count a contact click")
