"""The directory's vocabularies: needs, kinds of support, areas and the other terms that
listings are tagged and searched by."""

from django.db import models

from directory.models.open_referral import open_referral_id_field


class Term(models.Model):
    """A term in one of the directory's vocabularies: its slug is the value in search URLs."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.CharField(max_length=255, blank=True)
    oruk_id = open_referral_id_field()
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers are listed first; equal numbers are listed by name."
    )

    panels = ["name", "slug", "description", "sort_order"]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class NeedType(Term):
    """A kind of special educational need or disability. Codes are those of the DfE SEN2
    return (ASD, SLCN, ...); editors may add others such as ADHD."""

    code = models.CharField(
        max_length=10,
        unique=True,
        help_text="Short code used in search addresses, for example SLCN or ASD.",
    )

    panels = ["code", "name", "slug", "description", "sort_order"]

    class Meta(Term.Meta):
        verbose_name = "need"


class Category(Term):
    """The kind of support a service gives: health, education, short breaks, leisure..."""

    class Meta(Term.Meta):
        verbose_name_plural = "categories"


class SupportLevel(Term):
    """A step of the graduated approach, from mainstream provision to independent specialist."""

    class Meta(Term.Meta):
        verbose_name = "support level"


class Area(Term):
    """A part of the local area that a service covers or where a venue stands."""


class DeliveryMethod(Term):
    """How a service is delivered: in person, online, by phone, by home visit."""

    class Meta(Term.Meta):
        verbose_name = "way of delivering support"
        verbose_name_plural = "ways of delivering support"


class ReferralRoute(Term):
    """Who can refer a child or young person: themselves or their family, a professional, a GP."""

    class Meta(Term.Meta):
        verbose_name = "referral route"


class AccessibilityFeature(Term):
    """What a venue offers disabled visitors, from a small fixed list (ORUK: accessibility)."""

    class Meta(Term.Meta):
        verbose_name = "venue accessibility feature"


class ServiceTime(Term):
    """When a service runs, in the words families filter by: after school, weekends..."""

    class Meta(Term.Meta):
        verbose_name = "time the service runs"
        verbose_name_plural = "times services run"


class Language(models.Model):
    name = models.CharField(max_length=100, unique=True)
    code = models.CharField(
        max_length=10, unique=True, help_text="ISO 639 code, for example en, pl or bfi (BSL)."
    )
    oruk_id = open_referral_id_field()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
