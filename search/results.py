"""The results shown: pages in ranking order, each with a snippet whose matching words are marked.

The results are plain ``Page`` objects (title, URL, type and locale are all the result list
shows) and the texts of their snippets are read in one ``UNION ALL`` query of their page
types' tables: two queries for a page of results, where ``.specific()`` took one per
page type plus one, each loading whole pages (bodies included).
"""

import html
import re

from django.core.exceptions import FieldDoesNotExist
from django.db.models import TextField, Value
from django.db.models.functions import Cast
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page

from search.ids import IdIn
from search.query import fold_with_positions, query_terms
from search.visibility import remember_for

SNIPPET_LENGTH = 240
#: The fields a snippet is taken from, in this order: Page's own, then the page types'.
SNIPPET_FIELDS = ("search_description", "summary", "intro")


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
    try:
        rich = isinstance(page._meta.get_field(name), RichTextField)
    except FieldDoesNotExist:
        rich = False
    return plain_text(getattr(page, name, ""), rich)


def plain_text(value, rich=False):
    """``value`` single-spaced; with ``rich``, without its tags and entities."""
    value = str(value or "")
    if rich:
        value = html.unescape(strip_tags(value.replace("<", " <")))
    return " ".join(value.split())


def snippet(page, pattern):
    """A short extract of the page's description, summary or introduction, around the first match."""
    return snippet_of([field_text(page, name) for name in SNIPPET_FIELDS], pattern)


def snippet_of(texts, pattern):
    """A short extract of the first of ``texts`` that matches ``pattern`` (else of the first text), marked."""
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


def snippet_texts(pages):
    """{page id: [texts of SNIPPET_FIELDS]} of plain ``pages``, as ``snippet`` reads them, in at most one query.

    The search description is Page's own; the other fields are read, as text, from the
    tables of the page types that have them (one ``UNION ALL``); a type without them
    gives only its description.
    """
    page_fields = [name for name in SNIPPET_FIELDS if _concrete_field(Page, name)]
    by_model = {}
    for page in pages:
        by_model.setdefault(page.specific_class or Page, []).append(page.pk)
    texts = {page.pk: [plain_text(getattr(page, name, "")) for name in page_fields] for page in pages}
    type_fields = [name for name in SNIPPET_FIELDS if name not in page_fields]
    queries, rich = [], {}
    for model, pks in by_model.items():
        fields = {name: _concrete_field(model, name) for name in type_fields}
        if not any(fields.values()):
            continue
        for pk in pks:
            rich[pk] = [isinstance(field, RichTextField) for field in fields.values()]
        columns = {
            f"snippet_{name}": Cast(name, TextField()) if field else Value("", output_field=TextField())
            for name, field in fields.items()
        }
        queries.append(
            model._base_manager.filter(IdIn("pk", pks)).order_by().annotate(**columns).values_list("pk", *columns)
        )
    if queries:
        for pk, *values in queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]:
            texts[pk].extend(plain_text(value, is_rich) for value, is_rich in zip(values, rich[pk], strict=True))
    return texts


def _concrete_field(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return field if field.concrete else None


def result_pages(request, ids, query, all_languages, codes):
    """The pages ``ids`` in this order, each with ``search_snippet`` and ``listing_language``.

    Plain ``Page`` objects (two queries in all, see the module's docstring).
    """

    def build():
        pattern = highlight_pattern(query)
        languages = dict(Locale.objects.values_list("pk", "language_code")) if all_languages else {}
        pages = {page.pk: page for page in Page.objects.filter(IdIn("pk", ids))}
        texts = snippet_texts(pages.values())
        results = []
        for pk in ids:
            page = pages.get(pk)
            if page is None:
                continue
            page.search_snippet = snippet_of(texts[pk], pattern)
            page.listing_language = languages.get(page.locale_id) if all_languages else None
            results.append(page)
        return results

    return remember_for(request, f"search:pages:{codes}:{','.join(map(str, ids))}:{query}", build)
