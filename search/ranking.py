"""The ranking: page ids of the reader's locales matching a query, best first, from the language backends."""

import itertools

from django.conf import settings
from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from portal import shared_data
from portal.models import live_homes
from search import synonyms
from search.backends import backend_for
from search.resilience import run_search

# Per locale, the best matches a search lists and counts; a query matching more is too vague to page through.
MAX_MATCHES = 1000


#: Backends built per process, by alias and configuration: Wagtail builds a new one (and a new
#: HTTP client, and reads the language's locales) on each ``get_search_backend`` call.
_backends = {}


def other_locales(active):
    """The locales of the content languages other than ``active``, in the order of ``WAGTAIL_CONTENT_LANGUAGES``.

    Read from the live home pages (``live_homes``, which every page reads); a language
    without one is looked up in Wagtail's locales.
    """
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != active.language_code]
    homes = live_homes()
    if all(code in homes for code in codes):
        return [homes[code].locale for code in codes]
    found = Locale.objects.filter(language_code__in=codes)
    return sorted(found, key=lambda locale: codes.index(locale.language_code))


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


def interleave(lists):
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


def _rankings_in_one_statement(searches, locales, limit):
    """The rankings of several locales' PostgreSQL searches in one ``UNION ALL``, or None.

    A search in every language runs one search per locale; on PostgreSQL each is a ranked,
    limited query, and they can run as the parts of one statement. A union does not keep its
    parts' order, so each row carries its locale and Wagtail's score, and each locale's ids are
    sorted again as Wagtail orders them (``_apply_ordering_and_scoring``: score, then the
    newest id first). Elsewhere (SQLite, search servers) each search runs alone.
    """
    if len(searches) < 2 or connection.vendor != "postgresql":
        return None
    from wagtail.search.backends.database.postgres.postgres import PostgresSearchResults

    if not all(isinstance(results, PostgresSearchResults) for results in searches):
        return None
    parts = [
        results.annotate_score(SCORE)[:limit].get_queryset().values_list("pk", "locale_id", SCORE)
        for results in searches
    ]
    found = {}
    for pk, locale_id, score in parts[0].union(*parts[1:], all=True):
        found.setdefault(locale_id, []).append((-score, -pk))
    return [[-pk for _score, pk in sorted(found.get(locale.pk, []))] for locale in locales]


#: The score column of ``_rankings_in_one_statement``.
SCORE = "_portal_search_score"


class RankedIds(list):
    """Page ids, best first; ``capped`` when a locale had more matches than MAX_MATCHES (only those are kept)."""

    capped = False


def rankings(query, locales):
    """Per locale of ``locales``, the ids of its live pages matching ``query``, best first (raises SearchUnavailable).

    The same for every reader (what a reader may see is filtered afterwards), so it is
    shared data: a query asked again before the next change to the site costs no search.
    A failed search is not kept.
    """

    def run():
        searches = []
        for locale in locales:
            pages = Page.objects.live().filter(locale=locale, depth__gt=1)
            searches.append(search_results(query, locale, pages))
        together = _rankings_in_one_statement(searches, locales, MAX_MATCHES)
        if together is not None:
            return together
        # Unverified: the search page and elsewhere.py keep only the pages the reader may see.
        return [result_ids(results, MAX_MATCHES, verify=False) for results in searches]

    codes = ",".join(locale.language_code for locale in locales)
    return shared_data.remember(f"search:ranking:{codes}:{query}", lambda: run_search(run))


def ranked_ids(query, locales):
    """Ids of the live pages of ``locales`` matching ``query``, best first: the locales' ``rankings`` interleaved."""
    found = rankings(query, locales)
    ids = RankedIds(interleave(found))
    ids.capped = any(len(ranking) >= MAX_MATCHES for ranking in found)
    return ids
