"""Service listings and the vocabulary that describes them, one module per subject; every
model is importable from `directory.models`.

Field names follow Open Referral UK 3.0 where it has the concept (service status, eligibility,
cost options, schedules, service at location, contacts, languages, accessibility, taxonomy
terms), so publishing the directory as ORUK is a mapping rather than a migration.
"""

from directory.models.coproduction import ChangeRequest
from directory.models.imports import ImportedListing, ImportSource
from directory.models.listings import (
    AGE_VALIDATORS,
    MAX_AGE,
    MIN_AGE,
    Cost,
    DirectoryIndexPage,
    ServiceContact,
    ServiceLocation,
    ServicePage,
    ServiceSchedule,
    ServiceStatus,
    Weekday,
    add_months,
)
from directory.models.open_referral import OpenReferralChild, open_referral_id_field
from directory.models.organisations import Organisation, ProviderMembership
from directory.models.reviews import CheckedBy, ForumCheckTask, ListingReview, ReviewReminder
from directory.models.sen_information import SEN_QUESTIONS, SenInformation, SettingType
from directory.models.taxonomy import (
    AccessibilityFeature,
    Area,
    Category,
    DeliveryMethod,
    Language,
    NeedType,
    ReferralRoute,
    ServiceTime,
    SupportLevel,
    Term,
)

__all__ = [
    "AGE_VALIDATORS",
    "MAX_AGE",
    "MIN_AGE",
    "AccessibilityFeature",
    "Area",
    "Category",
    "ChangeRequest",
    "CheckedBy",
    "Cost",
    "DeliveryMethod",
    "DirectoryIndexPage",
    "ForumCheckTask",
    "ImportSource",
    "ImportedListing",
    "Language",
    "ListingReview",
    "NeedType",
    "OpenReferralChild",
    "Organisation",
    "ProviderMembership",
    "ReferralRoute",
    "ReviewReminder",
    "SEN_QUESTIONS",
    "SenInformation",
    "ServiceContact",
    "ServiceLocation",
    "ServicePage",
    "ServiceSchedule",
    "ServiceStatus",
    "ServiceTime",
    "SettingType",
    "SupportLevel",
    "Term",
    "Weekday",
    "add_months",
    "open_referral_id_field",
]
