"""What every record the Open Referral UK API publishes shares: an id that outlives edits."""

import uuid

from django.db import models

from wagtail.models import Orderable


def open_referral_id_field() -> models.UUIDField:
    """The id the Open Referral UK API publishes: a UUID that stays the same through edits,
    imports and renames, unlike the database key or the slug."""
    return models.UUIDField("Open Referral id", default=uuid.uuid4, unique=True, editable=False)


class OpenReferralChild(Orderable):
    """A venue, contact or opening time of a listing, with an Open Referral id of its own."""

    oruk_id = open_referral_id_field()

    class Meta(Orderable.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        # Copying a page copies its children with their ids; the copy's children need ids
        # of their own.
        if self._state.adding and type(self).objects.filter(oruk_id=self.oruk_id).exists():
            self.oruk_id = uuid.uuid4()
        super().save(*args, **kwargs)
