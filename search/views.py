"""Site search views: the search page and the search box's suggestions.

- ``search``: the search page, with the all-languages switch, facets (``facets.py``),
  highlighted snippets (``results.py``), editors' promoted results and "did you mean"
  (``suggestions.py``), results in other languages (``elsewhere.py``) and an empty state;
  HTTP 503 when the search backend is unavailable (``resilience.py``).
- ``autocomplete``: titles and URLs for the search box, as JSON.

The search itself is in modules by job: ``query.py`` (the reader's words), ``visibility.py``
(which pages the reader may see: every result, count, snippet and suggestion passes it),
``ranking.py`` (the backends' ranking), ``facets.py`` (counts and filters), ``results.py``,
``suggestions.py``, ``statistics.py`` (the editors' counters) and ``reports.py`` (the admin
report).
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.formats import number_format

from portal.models import ALL_LANGUAGES, active_locale
from search import elsewhere, facets, ranking
from search.forms import SearchFilterForm
from search.query import MAX_QUERY_LENGTH, clean_query
from search.ranking import other_locales, ranked_ids
from search.resilience import SearchUnavailable
from search.results import result_pages
from search.statistics import record_search
from search.suggestions import autocomplete_pages, did_you_mean, promotions
from search.visibility import remember_for, visible_pages

AUTOCOMPLETE_MIN_LENGTH = 2
AUTOCOMPLETE_MAX_LENGTH = 100
# Values a facet lists at first (most results first); ``more=<facet>`` lists all of that facet's.
FACET_VALUES_SHOWN = 10


def _url(query, all_languages, facet_values, **changes):
    """The search page's query string for these settings; a change of None removes that facet."""
    params = {"q": query}
    if all_languages:
        params["lang"] = ALL_LANGUAGES
    values = dict(facet_values)
    values.update(changes)
    params.update({name: value for name, value in values.items() if value not in (None, "")})
    return "?" + urlencode(params)


def _locales(active, all_languages):
    """The locales searched: the reader's, then with ``all_languages`` the others (``ranking.other_locales``)."""
    return [active, *other_locales(active)] if all_languages else [active]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    locale = active_locale()
    choices = facets.Choices.for_locale(locale)
    form = SearchFilterForm(request.GET, choices=choices)
    all_languages, facet_values = form.all_languages, form.facet_values
    context = {
        "query": query,
        "max_query_length": MAX_QUERY_LENGTH,
        "all_languages": all_languages,
        "facet_values": facet_values,
        "filter_form": form,
    }
    if not query:
        return TemplateResponse(request, "search/search.html", context)
    try:
        locales = _locales(locale, all_languages)
        ids = ranked_ids(query, locales)
    except SearchUnavailable:
        response = TemplateResponse(request, "search/search.html", {**context, "unavailable": True}, status=503)
        response["Retry-After"] = "60"
        return response

    capped = getattr(ids, "capped", False)
    codes = ",".join(each.language_code for each in locales)
    selected = choices.to_selection(facet_values)

    def analyse():
        # Facts only for the pages the reader may see: the results are those, in their ranking order.
        facts = facets.collect_facts(visible_pages(request), ids)
        visible = [pk for pk in ids if pk in facts]
        matching = facets.filter_ids(visible, facts, selected)
        return facets.count(visible, facts, selected), matching, {pk: facts[pk].type for pk in matching}

    selection = urlencode(sorted(selected.items()))
    counts, matching, types = remember_for(request, f"search:matches:{codes}:{selection}:{query}", analyse)
    paginator = Paginator(matching, settings.PORTAL_LISTING_PAGE_SIZE)
    results = paginator.get_page(request.GET.get("page"))
    shown = list(results.object_list)
    models = facets.page_types()
    languages = {each.pk: each.language_code for each in locales} if all_languages else {}
    first_page = results.number == 1
    results.object_list, promoted = result_pages(
        request,
        shown,
        {pk: models.get(types[pk]) for pk in shown},
        query,
        languages,
        codes,
        promoted=promotions(request, query, locale) if first_page else (),
    )

    facet_list = choices.display(counts, facet_values)
    expanded = request.GET.get("more")
    for facet in facet_list:
        values = facet["values"]
        if facet["name"] != expanded and len(values) > FACET_VALUES_SHOWN:
            # The most frequent values (and the chosen one); a link shows them all.
            shown = values[:FACET_VALUES_SHOWN] + [value for value in values[FACET_VALUES_SHOWN:] if value["selected"]]
            facet["hidden_count"] = len(values) - len(shown)
            facet["more_url"] = _url(query, all_languages, facet_values, more=facet["name"])
            facet["values"] = shown
        for value in facet["values"]:
            change = None if value["selected"] else value["value"]
            value["url"] = _url(query, all_languages, facet_values, **{facet["name"]: change})
    context.update(
        results=results,
        paginator=paginator,
        facets=facet_list,
        capped=capped,
        max_matches=number_format(ranking.MAX_MATCHES, force_grouping=True),  # 1,000 / 1 000
        filter_query=_url(query, all_languages, facet_values)[1:],
        clear_filters_url=_url(query, all_languages, {}),
        promotions=promoted,
    )
    if not paginator.count:
        suggestion = did_you_mean(query, locale)
        context.update(
            suggestion=suggestion,
            suggestion_url=_url(suggestion, all_languages, {}) if suggestion else "",
            all_languages_url=_url(query, True, {}),
        )
        if not all_languages and not facet_values:
            context["elsewhere"], context["translated_matches"] = elsewhere.other_languages(request, query, locale)
    if first_page and request.GET.get("page") in (None, "", "1") and not facet_values:
        record_search(query, locale, paginator.count)
    response = TemplateResponse(request, "search/search.html", context)
    # The results depend on the reader (view restrictions) and each search is counted: no shared caches.
    patch_cache_control(response, private=True)
    return response


def autocomplete(request):
    """Up to AUTOCOMPLETE_LIMIT titles and URLs of the reader's locale for the search box's suggestions."""
    query = clean_query(request.GET.get("q", ""))[:AUTOCOMPLETE_MAX_LENGTH].strip()
    data = {"query": query, "results": []}
    if len(query) >= AUTOCOMPLETE_MIN_LENGTH:
        try:
            pages = autocomplete_pages(request, query, active_locale())
        except SearchUnavailable:
            return JsonResponse({**data, "unavailable": True}, status=503)
        data["results"] = [{"title": page.title, "url": page.get_url(request)} for page in pages]
    response = JsonResponse(data)
    patch_cache_control(response, private=True, max_age=60)
    return response
