"""The glossary as search synonyms: a query that names a glossary term also finds its synonyms.

Each glossary term has, in each language, its term and the other words readers use for it
(``GlossaryTerm.synonyms``: "pensión de vejez" — "jubilación, pensión de jubilación").
A query containing any of them (accents and case ignored, whole words) is searched as
itself OR the same query with that phrase replaced by each of the others, so "jubilación"
also finds the pages that say "pensión de vejez". It works the same on every backend,
because it builds Wagtail search query objects, not engine-specific synonym filters, and
it needs no reindexing when a term changes: publishing a glossary term renews the shared
data the groups are kept in.
"""

import re
import unicodedata

from wagtail.search.query import PlainText

from portal import shared_data

#: At most this many rewritten queries are added to one search.
MAX_ALTERNATIVES = 8


def _fold(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def synonym_groups(locale):
    """[[phrase as written, …], …]: the live glossary terms of ``locale`` that have synonyms."""
    return _groups_by_locale().get(locale.pk, [])


def _groups_by_locale():
    """{locale id: synonym groups} of every language, read in one query (shared data; a search in
    every language needs them all, and the glossary is small)."""

    def build():
        from themes.models import GlossaryTerm

        groups = {}
        for term in GlossaryTerm.objects.filter(live=True).exclude(synonyms="").order_by("pk"):
            words = term.equivalents()
            if len(words) > 1:
                groups.setdefault(term.locale_id, []).append(words)
        return groups

    return shared_data.remember("search:synonyms", build)


def _phrase_pattern(phrase):
    words = [re.escape(word) for word in _fold(phrase).split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)") if words else None


def alternatives(query, groups):
    """The rewritten query strings for ``query``: each glossary phrase it contains replaced by its equivalents."""
    folded = _fold(query)
    found = []
    for group in groups:
        for phrase in sorted(group, key=len, reverse=True):  # "pensión de vejez" before "pensión"
            pattern = _phrase_pattern(phrase)
            match = pattern.search(folded) if pattern else None
            if match:
                found.extend(
                    folded[: match.start()] + _fold(other) + folded[match.end() :] for other in group if other != phrase
                )
                break
    return list(dict.fromkeys(found))[:MAX_ALTERNATIVES]


def expand(query, locale):
    """``query`` as Wagtail searches it in ``locale``: the string itself, or it OR its glossary rewrites."""
    rewrites = alternatives(query, synonym_groups(locale))
    if not rewrites:
        return query
    expanded = PlainText(query)
    for rewrite in rewrites:
        expanded |= PlainText(rewrite, operator="and")
    return expanded
