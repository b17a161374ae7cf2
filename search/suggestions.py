"""What the search page and box suggest: "did you mean", editors' promotions, autocomplete titles."""

import difflib
import hashlib
from collections import Counter
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Case, Count, IntegerField, Max, Value, When
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from portal.translation_state import stand_in_q
from portal.visibility import public_q, view_restrictions
from search.query import MAX_TERMS, WORD, fold
from search.ranking import language_backend
from search.resilience import run_search
from search.visibility import remember_for, visible_ids, visible_pages

AUTOCOMPLETE_LIMIT = 8
VOCABULARY_TIMEOUT = 60 * 60


def title_vocabulary(locale):
    """{folded word: word as written} of the titles of the live public pages of ``locale`` (cached)."""
    pages = Page.objects.live().filter(public_q(), locale=locale, depth__gt=1).exclude(stand_in_q())
    restrictions = view_restrictions()
    stamp = (
        locale.pk,
        pages.aggregate(count=Count("pk"), published=Max("last_published_at")),
        (len(restrictions), max((restriction.pk for restriction in restrictions), default=None)),
    )
    key = "search:vocabulary:" + hashlib.sha256(repr(stamp).encode()).hexdigest()
    vocabulary = cache.get(key)
    if vocabulary is None:
        spellings = {}
        for title in pages.values_list("title", flat=True):
            for word in WORD.findall(title):
                if len(word) >= 3 and not word.isdigit():
                    spellings.setdefault(fold(word), Counter())[word] += 1
        vocabulary = {folded: counter.most_common(1)[0][0] for folded, counter in spellings.items()}
        cache.set(key, vocabulary, VOCABULARY_TIMEOUT)
    return vocabulary


def did_you_mean(query, locale):
    """The query with its unknown words replaced by the closest words of the locale's titles, or ""."""
    vocabulary = title_vocabulary(locale)
    words, changed = [], False
    for word in WORD.findall(query)[:MAX_TERMS]:
        folded = fold(word)
        if len(folded) < 3 or folded.isdigit() or folded in vocabulary:
            words.append(word)
            continue
        close = difflib.get_close_matches(folded, vocabulary.keys(), n=1, cutoff=0.75)
        if close:
            replacement = vocabulary[close[0]]
            words.append(replacement.lower() if word.islower() else replacement)
            changed = True
        else:
            words.append(word)
    return " ".join(words) if changed else ""


class Promotion(NamedTuple):
    """An editors' promoted page: its id, its page model and the editor's description."""

    page_id: int
    model: type
    description: str


def promotions(request, query, locale):
    """[Promotion] of the editors' promoted pages for ``query`` in the reader's locale that the reader may
    see, in their order: one query (``results.result_pages`` reads the pages with the results)."""
    return remember_for(
        request,
        f"search:promotions:{locale.pk}:{normalise_query_string(query)}",
        lambda: _promotions(request, query, locale),
    )


def _promotions(request, query, locale):
    picks = (
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query),
            page_id__in=visible_pages(request).filter(locale=locale).values("pk"),
        )
        .order_by("sort_order", "pk")
        .values_list("page_id", "page__content_type_id", "description")
    )
    return [
        Promotion(page_id, ContentType.objects.get_for_id(content_type_id).model_class(), description)
        for page_id, content_type_id, description in picks
    ]


def autocomplete_pages(request, query, locale):
    backend = language_backend(locale.language_code)
    if backend.autocomplete_query_compiler_class is not None:
        pages = Page.objects.live().filter(locale=locale, depth__gt=1)
        candidates = run_search(lambda: [page.pk for page in backend.autocomplete(query, pages)[:50]])
        ids = visible_ids(request, candidates)[:AUTOCOMPLETE_LIMIT]
        found = {page.pk: page for page in Page.objects.filter(pk__in=ids)}
        return [found[pk] for pk in ids]
    # A backend without an autocomplete API: titles that start with, then contain, the query.
    starts = Case(When(title__istartswith=query, then=Value(0)), default=Value(1), output_field=IntegerField())
    pages = visible_pages(request).filter(locale=locale, title__icontains=query)
    return list(pages.annotate(starts=starts).order_by("starts", "title")[:AUTOCOMPLETE_LIMIT])
