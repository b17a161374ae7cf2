"""The results shown: pages in ranking order, each with a snippet whose matching words are marked.

The results are plain ``Page`` objects (title, URL, type and locale are all the result list
shows), read with the texts of their snippets in one ``UNION ALL`` query of their page
types' tables: one query for a page of results, where ``.specific()`` took one per page
type plus one, each loading whole pages (bodies included).
"""

import copy
import html
import re

from django.core.exceptions import FieldDoesNotExist
from django.db.models import TextField, Value
from django.db.models.functions import Cast
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from wagtail.fields import RichTextField
from wagtail.models import Page

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


#: What the result list reads of a page besides its snippet texts: Page's own columns (its
#: link, its type's name and its language badge).
PAGE_COLUMNS = ("id", "title", "url_path", "locale_id", "content_type_id")


def read_results(ids, models):
    """{page id: (plain ``Page``, [texts of SNIPPET_FIELDS])} of the pages ``ids``, in one query.

    ``models``: {page id: its page model, or None}, as the facets found them. Each page type
    that has snippet fields beyond Page's search description is read from its own table
    (with Page's columns), the others from Page's, all in one ``UNION ALL``; a page deleted
    since is missing. The pages carry PAGE_COLUMNS only (the rest is deferred).
    """
    page_fields = [name for name in SNIPPET_FIELDS if _concrete_field(Page, name)]
    type_fields = [name for name in SNIPPET_FIELDS if name not in page_fields]
    by_model = {}
    for pk in ids:
        model = models.get(pk) or Page
        if not any(_concrete_field(model, name) for name in type_fields):
            model = Page
        by_model.setdefault(model, []).append(pk)
    queries, rich = [], {}
    for model, pks in by_model.items():
        fields = {name: _concrete_field(model, name) for name in type_fields}
        for pk in pks:
            rich[pk] = [isinstance(field, RichTextField) for field in fields.values()]
        columns = {
            f"snippet_{name}": Cast(name, TextField()) if field else Value("", output_field=TextField())
            for name, field in fields.items()
        }
        queries.append(
            model._base_manager.filter(IdIn("pk", pks))
            .order_by()
            .annotate(**columns)
            .values_list("pk", *PAGE_COLUMNS[1:], *page_fields, *columns)
        )
    if not queries:
        return {}
    rows = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
    names = (*PAGE_COLUMNS, *page_fields)
    read = {}
    for row in rows:
        page = plain_page(rows.db, dict(zip(names, row, strict=False)))
        own, typed = row[len(PAGE_COLUMNS) : len(names)], row[len(names) :]
        texts = [plain_text(value) for value in own]
        texts.extend(plain_text(value, is_rich) for value, is_rich in zip(typed, rich[page.pk], strict=True))
        read[page.pk] = (page, texts)
    return read


def plain_page(db, values):
    """A ``Page`` of the columns ``values`` ({attname: value}), the others deferred, as ``.only()`` would give it."""
    fields = [field.attname for field in Page._meta.concrete_fields if field.attname in values]
    return Page.from_db(db, fields, [values[name] for name in fields])


def _concrete_field(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return field if field.concrete else None


def result_pages(request, ids, models, query, languages, codes, promoted=()):
    """``(results, promoted pages)``: the pages ``ids`` in this order, and those of ``promoted``
    (``suggestions.Promotion``), each with ``search_snippet`` (and ``listing_language``, or
    ``promotion_description``), read in one query.

    ``models``: {page id: page model} (``read_results``); ``languages``: {locale id: language
    code} when the results are in several languages (each shows its language), else {}.
    """

    def build():
        pattern = highlight_pattern(query)
        promoted_models = {pick.page_id: pick.model for pick in promoted}
        read = read_results([*ids, *promoted_models], models | promoted_models)
        results, picks = [], []
        for pk in ids:
            if pk in read:
                page, texts = read[pk]
                page.search_snippet = snippet_of(texts, pattern)
                page.listing_language = languages.get(page.locale_id)
                results.append(page)
        for pick in promoted:
            if pick.page_id in read:
                page, texts = read[pick.page_id]
                page = copy.copy(page)  # a promoted page may be a result too
                page.search_snippet = snippet_of(texts, pattern)
                page.listing_language = None
                page.promotion_description = pick.description
                picks.append(page)
        return results, picks

    shown = ",".join(map(str, ids))
    picked = ",".join(str(pick.page_id) for pick in promoted)
    return remember_for(request, f"search:pages:{codes}:{shown}:{picked}:{query}", build)
