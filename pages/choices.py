"""The choices the pages' fields offer. They live apart from the models so that the readers
a page calls (navigation, news, coverage) can use them without importing the pages back."""

from django.db import models


class SectionKind(models.TextChoices):
    LIFE_STAGE = "life-stage", "A stage of life"
    TOPIC = "topic", "A topic"
    OTHER = "other", "Neither"


class Topic(models.TextChoices):
    """What news and events are about: the advice topics, and the partnership's own work."""

    EDUCATION = "education", "Education"
    HEALTH = "health", "Health"
    SOCIAL_CARE = "social-care", "Social care"
    MONEY_AND_TRAVEL = "money-and-travel", "Money and travel"
    LEISURE = "leisure", "Leisure and activities"
    PREPARING_FOR_ADULTHOOD = "preparing-for-adulthood", "Preparing for adulthood"
    HAVE_YOUR_SAY = "have-your-say", "Have your say"


class Extent(models.TextChoices):
    """How much of a statutory requirement a linked page meets."""

    FULL = "full", "Meets it"
    PART = "part", "Meets part of it"
