"""The directory search page: parse the query string, ask the search engine, lay out the
answer. `DirectoryIndexPage.get_context` is the view."""

from dataclasses import dataclass, replace
from math import ceil
from urllib.parse import urlencode

from search.catalogue import facet_options, get_catalogue
from search.engine import count_services, search_services
from search.forms import ServiceSearchForm
from search.query import ServiceQuery, Sort
from search.selectors import glossary_matches


@dataclass(frozen=True)
class Refinement:
    """A way to widen the search: a selected filter to remove, or a query to drop."""

    label: str
    url: str
    count: int | None = None


def directory_search_context(request, *, directory) -> dict:
    catalogue = get_catalogue()
    form = ServiceSearchForm(request.GET, catalogue=catalogue)
    query = form.to_query()
    results = search_services(query)
    num_pages = max(1, ceil(results.total / query.page_size))
    if query.page > num_pages:
        query = replace(query, page=num_pages)
        results = search_services(query)

    base_url = directory.url
    selected = _selected_filters(query, catalogue, base_url)
    context = {
        "form": form,
        "error_list": [
            # An age band comes from a link, not a field on the page: point at the age field.
            {"text": errors[0], "href": "#age" if field.startswith("age") else f"#{field}"}
            for field, errors in form.errors.items()
        ],
        "query": query,
        "results": results,
        "selected_filters": selected,
        "clear_filters_url": _url(base_url, _params(query, keep_filters=False)),
        "facet_groups": _facet_groups(results, catalogue),
        "pagination": _pagination(query, num_pages, base_url),
        "sort_items": _sort_items(query),
        # More than one facet chosen makes a page search engines should not index: the
        # combinations are endless and say nothing a single facet page does not.
        "noindex": len(query.filters) > 1 or query.page > 1,
    }
    if results.is_empty and (query.text or query.filters or query.has_age):
        context["refinements"] = _widening_refinements(query, selected, base_url)
        context["glossary_matches"] = glossary_matches(query.text) if query.text else []
    if results.corrected_text:
        context["as_typed_url"] = _url(base_url, _params(replace(query, exact=True, page=1)))
    return context


def _params(query: ServiceQuery, *, keep_filters: bool = True) -> list[tuple[str, str]]:
    params = []
    if query.text:
        params.append(("q", query.text))
    if keep_filters:
        params += [(name, value) for name, values in query.filters.items() for value in values]
        for name in ("age", "age_from", "age_to"):
            if getattr(query, name) is not None:
                params.append((name, str(getattr(query, name))))
    if query.exact:
        params.append(("exact", "on"))
    if query.sort != "relevance":
        params.append(("sort", str(query.sort)))
    return params


def _url(base_url: str, params: list[tuple[str, str]]) -> str:
    return f"{base_url}?{urlencode(params)}" if params else base_url


def _without(query: ServiceQuery, name: str, value: str | None = None) -> ServiceQuery:
    if name == "q":
        return replace(query, text="", exact=False, page=1)
    if name == "age":
        return replace(query, age=None, page=1)
    if name == "age_band":
        return replace(query, age_from=None, age_to=None, page=1)
    filters = dict(query.filters)
    remaining = tuple(v for v in filters.pop(name, ()) if value is not None and v != value)
    if remaining:
        filters[name] = remaining
    return replace(query, filters=filters, page=1)


@dataclass(frozen=True)
class SelectedFilter:
    facet_label: str
    label: str
    remove_url: str
    name: str
    value: str | None


def _selected_filters(query: ServiceQuery, catalogue, base_url: str) -> list[SelectedFilter]:
    selected = []
    options = facet_options()
    for facet in catalogue.facets:
        values = query.filters.get(facet.name, ())
        labels = dict(options[facet.name])
        for value in values:
            remove_url = _url(base_url, _params(_without(query, facet.name, value)))
            selected.append(
                SelectedFilter(facet.label, labels.get(value, value), remove_url, facet.name, value)
            )
    if query.age is not None:
        remove_url = _url(base_url, _params(_without(query, "age")))
        selected.append(SelectedFilter("Age", f"{query.age} years old", remove_url, "age", None))
    if query.age_from is not None or query.age_to is not None:
        remove_url = _url(base_url, _params(_without(query, "age_band")))
        label = _age_band_label(query.age_from, query.age_to)
        selected.append(SelectedFilter("Ages", label, remove_url, "age_band", None))
    return selected


def _age_band_label(youngest: int | None, oldest: int | None) -> str:
    if oldest is None:
        return f"{youngest} and over"
    if youngest is None:
        return f"up to {oldest}"
    return f"{youngest} to {oldest}"


def _widening_refinements(
    query: ServiceQuery, selected: list[SelectedFilter], base_url: str
) -> list[Refinement]:
    """For a search that found nothing: what each single step back would find."""
    steps = [(f"Remove “{f.label}”", _without(query, f.name, f.value)) for f in selected]
    if query.text and selected:
        steps.append(
            (
                f"Search for “{query.text}” with no filters",
                ServiceQuery(text=query.text, exact=query.exact),
            )
        )
    elif query.text:
        steps.append(("Show every service", ServiceQuery()))
    refinements = [
        Refinement(label, _url(base_url, _params(wider)), count_services(wider))
        for label, wider in steps
    ]
    return [refinement for refinement in refinements if refinement.count]


def _facet_groups(results, catalogue) -> list[dict]:
    """Each facet as the GOV.UK checkboxes component wants it, counts in the labels."""
    groups = []
    for facet in catalogue.facets:
        options = results.facets[facet.name]
        groups.append(
            {
                "name": facet.name,
                "label": facet.label,
                "selected_count": sum(option.selected for option in options),
                "items": [
                    {
                        "value": option.value,
                        "text": f"{option.label} ({option.count})",
                        "checked": option.selected,
                    }
                    for option in options
                ],
            }
        )
    return groups


SORT_LABELS = {
    Sort.RELEVANCE: "Best match",
    Sort.NAME: "Name (A to Z)",
    Sort.UPDATED: "Recently updated",
}


def _sort_items(query: ServiceQuery) -> list[dict]:
    return [
        {"value": sort.value, "text": label, "selected": sort is query.effective_sort}
        for sort, label in SORT_LABELS.items()
        if sort is not Sort.RELEVANCE or query.text
    ]


def _pagination(query: ServiceQuery, num_pages: int, base_url: str) -> dict | None:
    """Items for the GOV.UK pagination component: first, last, current and its neighbours,
    with ellipses between."""
    if num_pages <= 1:
        return None
    params = _params(query)

    def page_url(number: int) -> str:
        return _url(base_url, params + ([("page", str(number))] if number > 1 else []))

    current = query.page
    shown = sorted({1, num_pages, current - 1, current, current + 1} & set(range(1, num_pages + 1)))
    items, previous = [], 0
    for number in shown:
        if number - previous > 1:
            items.append({"ellipsis": True})
        items.append({"number": number, "href": page_url(number), "current": number == current})
        previous = number
    return {
        "items": items,
        "previous": {"href": page_url(current - 1)} if current > 1 else None,
        "next": {"href": page_url(current + 1)} if current < num_pages else None,
    }
