from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from search.models import GlossaryTerm, Synonym


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = "Glossary"
    list_display = ["term", "meaning"]
    search_fields = ["term", "meaning"]


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "link"
    list_display = ["terms"]
    search_fields = ["terms"]


class SearchVocabularyGroup(SnippetViewSetGroup):
    menu_label = "Search vocabulary"
    menu_icon = "search"
    menu_order = 210
    items = (GlossaryTermViewSet, SynonymViewSet)


register_snippet(SearchVocabularyGroup)
