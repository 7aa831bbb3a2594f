"""The search engine announces each search; monitoring counts it. The engine never knows."""

import logging

from django.db import DatabaseError
from django.dispatch import receiver
from django.utils import timezone

from monitoring.middleware import counted_request, is_first_in_a_while
from monitoring.services import search_record
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
