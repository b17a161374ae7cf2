"""When a search finds nothing in the reader's language: where it does find something.

A reader who searches "retraite" on the Spanish site gets no result, yet French pages
match. The search page then says how many results each other language has (linking to the
search of every language), and lists the pages of the reader's own language whose
translation matched: the Spanish "Vejez y pensiones" when its French version contains
"retraite". Everything goes through ``visible_pages``: nothing the reader may not see is
counted or listed.
"""

from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page

from search.ranking import ranked_ids
from search.resilience import SearchUnavailable
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
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != locale.language_code]
    locales = sorted(Locale.objects.filter(language_code__in=codes), key=lambda each: codes.index(each.language_code))
    visible = visible_pages(request)
    counts, found = [], []
    try:
        for other in locales:
            ids = list(ranked_ids(query, [other]))
            allowed = set(visible.filter(pk__in=ids).values_list("pk", flat=True))
            matched = [pk for pk in ids if pk in allowed]
            if matched:
                name = str(get_language_info(other.language_code)["name_translated"])
                if get_language() in LOWER_CASE_LANGUAGE_NAMES:  # "11 resultados en francés"
                    name = name[:1].lower() + name[1:]
                counts.append({"code": other.language_code, "name": name, "count": len(matched)})
                found.extend(matched)
    except SearchUnavailable:
        return [], []
    if not found:
        return counts, []
    # Best first: the first match of each language, then the second of each…
    keys = dict(Page.objects.filter(pk__in=found).values_list("pk", "translation_key"))
    ordered_keys = list(dict.fromkeys(keys[pk] for pk in found if pk in keys))
    own = {
        page.translation_key: page
        for page in visible.filter(locale=locale, translation_key__in=ordered_keys).specific()
    }
    pages = [own[key] for key in ordered_keys if key in own][:MAX_TRANSLATED_MATCHES]
    return counts, pages
