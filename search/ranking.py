"""The ranking: page ids of the reader's locales matching a query, best first, from the language backends."""

import itertools

from django.conf import settings
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from portal import shared_data
from search import synonyms
from search.backends import backend_for
from search.resilience import run_search

# Per locale, the best matches a search lists and counts; a query matching more is too vague to page through.
MAX_MATCHES = 1000


#: Backends built per process, by alias and configuration: Wagtail builds a new one (and a new
#: HTTP client, and reads the language's locales) on each ``get_search_backend`` call.
_backends = {}


def language_backend(language_code):
    """The search backend that holds a language's content (``search/backends/``), built once per configuration."""
    alias = backend_for(language_code)
    key = (alias, repr(getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).get(alias)))
    backend = _backends.get(key)
    if backend is None:
        backend = _backends[key] = get_search_backend(alias)
    return backend


def search_results(query, locale, pages):
    """The language backend's results for ``query`` over ``pages`` of ``locale``, as the search page asks.

    With the glossary's synonyms (``search/synonyms.py``), and every word required on every
    engine: Wagtail's default is "or" for a string and "and" for a PlainText such as the
    glossary's rewrites, and PostgreSQL's ranking needs every word.
    """
    expanded = synonyms.expand(query, locale)
    options = {"operator": "and"} if isinstance(expanded, str) else {}
    return language_backend(locale.language_code).search(expanded, pages, **options)


def _interleave(lists):
    """One ranking from the per-locale rankings: first of each, then second of each…"""
    merged, seen = [], set()
    for rank in itertools.zip_longest(*lists):
        for pk in rank:
            if pk is not None and pk not in seen:
                seen.add(pk)
                merged.append(pk)
    return merged


def result_ids(results, limit, verify=True):
    """The ids of the first ``limit`` of a backend's ``results``, in their order.

    The database backends give their query: only the ids are read (one column, no page
    objects built). Elasticsearch/OpenSearch give the ids of their hits in one request;
    ``verify=False`` leaves out the query that checks them against the database, for a
    caller that keeps only visible pages afterwards anyway (``search.visibility``).
    """
    if hasattr(results, "ids"):  # Elasticsearch/OpenSearch: one request for the ids (search/backends/server.py)
        return results.ids(limit, verify=verify)
    results = results[:limit]
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is None:
        return [obj.pk for obj in results]
    return list(get_queryset().values_list("pk", flat=True))


class RankedIds(list):
    """Page ids, best first; ``capped`` when a locale had more matches than MAX_MATCHES (only those are kept)."""

    capped = False


def ranked_ids(query, locales):
    """Ids of the live pages of ``locales`` matching ``query``, best first (raises SearchUnavailable).

    The same for every reader (what a reader may see is filtered afterwards), so it is
    shared data: a query asked again before the next change to the site costs no search.
    A failed search is not kept.
    """

    def run():
        rankings = []
        for locale in locales:
            pages = Page.objects.live().filter(locale=locale, depth__gt=1)
            results = search_results(query, locale, pages)
            # Unverified: the search page and elsewhere.py keep only the pages the reader may see.
            rankings.append(result_ids(results, MAX_MATCHES, verify=False))
        return rankings

    codes = ",".join(locale.language_code for locale in locales)
    rankings = shared_data.remember(f"search:ranking:{codes}:{query}", lambda: run_search(run))
    ids = RankedIds(_interleave(rankings))
    ids.capped = any(len(ranking) >= MAX_MATCHES for ranking in rankings)
    return ids
