"""Where a listing's contact links go. The directory links to a listing's phone, email and
website through its own redirect, so that following one can be announced (`contact_clicked`)."""

import re

from django.db import models
from django.http import Http404

from directory.models import ServicePage

_NOT_DIALLED = re.compile(r"[^\d+]")


class ContactKind(models.TextChoices):
    PHONE = "phone", "Phone"
    EMAIL = "email", "Email"
    WEBSITE = "website", "Website"


def contact_target(service: ServicePage, kind: str) -> str:
    """Where a contact link of the service goes: only ever what the service itself stores."""
    value = getattr(service, kind, "").strip() if kind in ContactKind.values else ""
    if kind == ContactKind.PHONE and _NOT_DIALLED.sub("", value):
        return f"tel:{_NOT_DIALLED.sub('', value)}"
    if kind == ContactKind.EMAIL and value:
        return f"mailto:{value}"
    if kind == ContactKind.WEBSITE and value.lower().startswith(("https://", "http://")):
        return value
    raise Http404("This service has no such contact detail.")
