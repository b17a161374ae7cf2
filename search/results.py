"""The results shown: specific pages in ranking order, each with a snippet whose matching words are marked."""

import html
import re

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page

from search.query import fold_with_positions, query_terms
from search.visibility import remember_for

SNIPPET_LENGTH = 240


def highlight_pattern(query):
    """A regex over folded text for the words matching the query's terms, or None.

    A word matches a short term (up to four letters) exactly; a longer term by its stem
    (the term less its last two letters), so "pensiones" marks "pensión" and "benefits"
    marks "benefit" as the language-aware search finds them.
    """
    alternatives = []
    for term in sorted(query_terms(query), key=len, reverse=True):
        if len(term) <= 4:
            alternatives.append(re.escape(term) + r"\b")
        else:
            alternatives.append(re.escape(term[: max(4, len(term) - 2)]) + r"\w*")
    if not alternatives:
        return None
    return re.compile(r"\b(?:" + "|".join(alternatives) + ")")


def highlight(text, pattern):
    """``text`` as safe HTML, with the words ``pattern`` finds (case and accents aside) in <mark>.

    The text is escaped piece by piece around the matches, so nothing of it is ever
    read as HTML and no match can fall inside an entity.
    """
    if pattern is None:
        return escape(text)
    folded, positions = fold_with_positions(text)
    pieces, end = [], 0
    for match in pattern.finditer(folded):
        start, stop = positions[match.start()], positions[match.end() - 1] + 1
        if start < end:
            continue
        pieces.append(escape(text[end:start]))
        pieces.append(format_html("<mark>{}</mark>", text[start:stop]))
        end = stop
    pieces.append(escape(text[end:]))
    return mark_safe("".join(pieces))


def field_text(page, name):
    """The text of one of the page's fields, single-spaced; rich text without its tags and entities."""
    value = str(getattr(page, name, "") or "")
    try:
        rich = isinstance(page._meta.get_field(name), RichTextField)
    except FieldDoesNotExist:
        rich = False
    if rich:
        value = html.unescape(strip_tags(value.replace("<", " <")))
    return " ".join(value.split())


def snippet(page, pattern):
    """A short extract of the page's description, summary or introduction, around the first match."""
    texts = [field_text(page, name) for name in ("search_description", "summary", "intro")]
    texts = [text for text in texts if text]
    if not texts:
        return ""
    match, text = None, texts[0]
    if pattern is not None:
        for candidate in texts:
            folded, positions = fold_with_positions(candidate)
            found = pattern.search(folded)
            if found:
                match, text = positions[found.start()], candidate
                break
    start = 0 if match is None or match < SNIPPET_LENGTH // 3 else text.rfind(" ", 0, match - SNIPPET_LENGTH // 4) + 1
    end = len(text) if len(text) - start <= SNIPPET_LENGTH else text.rfind(" ", start, start + SNIPPET_LENGTH)
    if end <= start:
        end = start + SNIPPET_LENGTH
    extract = highlight(text[start:end], pattern)
    return format_html("{}{}{}", "… " if start else "", extract, " …" if end < len(text) else "")


def result_pages(request, ids, query, all_languages, codes):
    """The specific pages ``ids`` in this order, each with ``search_snippet`` and ``listing_language``."""

    def build():
        pattern = highlight_pattern(query)
        languages = dict(Locale.objects.values_list("pk", "language_code")) if all_languages else {}
        pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
        results = []
        for pk in ids:
            page = pages.get(pk)
            if page is None:
                continue
            page.search_snippet = snippet(page, pattern)
            page.listing_language = languages.get(page.locale_id) if all_languages else None
            results.append(page)
        return results

    return remember_for(request, f"search:pages:{codes}:{','.join(map(str, ids))}:{query}", build)
