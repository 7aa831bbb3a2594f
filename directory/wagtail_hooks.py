from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory.models import (
    Area,
    Category,
    DeliveryMethod,
    Language,
    NeedType,
    Organisation,
    ReferralRoute,
    SupportLevel,
)


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class NeedTypeViewSet(TermViewSet):
    model = NeedType
    icon = "user"
    list_display = ["code", "name", "sort_order"]
    search_fields = ["code", "name"]


class CategoryViewSet(TermViewSet):
    model = Category
    icon = "folder-open-inverse"


class SupportLevelViewSet(TermViewSet):
    model = SupportLevel
    icon = "list-ol"


class AreaViewSet(TermViewSet):
    model = Area
    icon = "site"


class DeliveryMethodViewSet(TermViewSet):
    model = DeliveryMethod
    icon = "mail"


class ReferralRouteViewSet(TermViewSet):
    model = ReferralRoute
    icon = "arrow-right"


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "openquote"
    list_display = ["name", "code"]
    search_fields = ["name", "code"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "website", "phone"]
    search_fields = ["name"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = "Directory"
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (
        OrganisationViewSet,
        NeedTypeViewSet,
        CategoryViewSet,
        SupportLevelViewSet,
        AreaViewSet,
        DeliveryMethodViewSet,
        ReferralRouteViewSet,
        LanguageViewSet,
    )


register_snippet(DirectoryViewSetGroup)
