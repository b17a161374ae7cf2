"""When a search finds nothing in the reader's language: where it does find something.

A reader who searches "retraite" on the Spanish site gets no result, yet French pages
match. The search page then says how many results each other language has (linking to the
search of every language), and lists the pages of the reader's own language whose
translation matched: the Spanish "Vejez y pensiones" when its French version contains
"retraite". Everything goes through ``visible_pages``: nothing the reader may not see is
counted or listed.
"""

from django.db.models import Value
from django.utils.translation import get_language, get_language_info

from search.ids import IdIn
from search.ranking import interleave, other_locales, rankings
from search.resilience import SearchUnavailable
from search.results import PAGE_COLUMNS, plain_page
from search.visibility import visible_pages

#: Languages that write the names of languages in lower case in a sentence.
LOWER_CASE_LANGUAGE_NAMES = {"es", "fr"}

#: Pages of the reader's language listed for matches found in other languages.
MAX_TRANSLATED_MATCHES = 10


def other_languages(request, query, locale):
    """``(counts, pages)`` for ``query`` outside ``locale``.

    ``counts``: ``[{"code", "name", "count"}]`` per other content language with results the
    reader may see, in the order of ``WAGTAIL_CONTENT_LANGUAGES``, names in the active
    language. ``pages``: up to :data:`MAX_TRANSLATED_MATCHES` live pages of ``locale`` that the
    reader may see and whose translation matched, best match first. Empty lists when the
    search server is down (the empty result already says enough).
    """
    locales = other_locales(locale)
    visible = visible_pages(request)
    try:
        found = rankings(query, locales)  # one search per language (one statement on PostgreSQL)
    except SearchUnavailable:
        return [], []
    keys, own = _visible_matches_and_own_versions(visible, [pk for ids in found for pk in ids], locale)
    counts, matched = [], []
    for other, ids in zip(locales, found, strict=True):
        shown = [pk for pk in ids if pk in keys]
        if shown:
            name = str(get_language_info(other.language_code)["name_translated"])
            if get_language() in LOWER_CASE_LANGUAGE_NAMES:  # "11 resultados en francés"
                name = name[:1].lower() + name[1:]
            counts.append({"code": other.language_code, "name": name, "count": len(shown)})
            matched.append(shown)
    # Best first: the first match of each language, then the second of each…
    ordered_keys = list(dict.fromkeys(keys[pk] for pk in interleave(matched)))
    pages = [own[key] for key in ordered_keys if key in own][:MAX_TRANSLATED_MATCHES]
    return counts, pages


def _visible_matches_and_own_versions(visible, ids, locale):
    """``({id: translation key} of the pages ``ids`` in ``visible``, {translation key: plain page} of their
    versions in ``locale`` in ``visible``)``, in one query (a ``UNION ALL`` of both)."""
    if not ids:
        return {}, {}
    matches = visible.filter(IdIn("pk", ids))
    versions = visible.filter(locale=locale, translation_key__in=matches.values("translation_key"))
    columns = ("pk", "translation_key", "kind", *PAGE_COLUMNS[1:])
    rows = (
        matches.order_by()
        .annotate(kind=Value("m"))
        .values_list(*columns)
        .union(versions.order_by().annotate(kind=Value("v")).values_list(*columns), all=True)
    )
    keys, own = {}, {}
    for pk, key, kind, *values in rows:
        if kind == "m":
            keys[pk] = key
        else:
            own[key] = plain_page(rows.db, dict(zip(PAGE_COLUMNS, (pk, *values), strict=True)))
    return keys, own
