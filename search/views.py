"""Site search: the live pages of the reader's language that the reader may see.

- ``search``: the search page, with the all-languages switch, facets (``facets.py``),
  highlighted snippets, editors' promoted results, "did you mean" and an empty state;
  HTTP 503 when the search backend is unavailable (``resilience.py``).
- ``autocomplete``: titles and URLs for the search box, as JSON.
- ``SearchTermsReportView``: popular queries and queries that found nothing, per language.

Privacy: whatever a backend returns, results, counts, snippets and suggestions only come
from pages that pass ``visible_pages``: live (what is indexed and shown is the live text,
never a newer draft), not an alias or an untranslated placeholder showing another
locale's page, and not under a view restriction the reader does not pass.
"""

import difflib
import hashlib
import html
import itertools
import logging
import re
import unicodedata
from collections import Counter
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.core.paginator import Paginator
from django.db import DatabaseError, connection, transaction
from django.db.models import Case, Count, F, IntegerField, Max, Q, Value, When
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.formats import number_format
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from portal import shared_data
from portal.models import ALL_LANGUAGES
from portal.translation_state import stand_in_q
from search import elsewhere, facets, synonyms
from search.backends import backend_for
from search.forms import SearchFilterForm
from search.models import REPORT_PERMISSION, SearchQueryDay
from search.resilience import SearchUnavailable, run_search

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
# Per locale, the best matches a search lists and counts; a query matching more is too vague to page through.
MAX_MATCHES = 1000
AUTOCOMPLETE_MIN_LENGTH = 2
AUTOCOMPLETE_MAX_LENGTH = 100
AUTOCOMPLETE_LIMIT = 8
SNIPPET_LENGTH = 240
# Values a facet lists at first (most results first); ``more=<facet>`` lists all of that facet's.
FACET_VALUES_SHOWN = 10
MAX_TERMS = 10
VOCABULARY_TIMEOUT = 60 * 60

WORD = re.compile(r"\w+")


def clean_query(raw):
    """The reader's words, safe for every backend.

    No control or invisible format characters, balanced double quotes, bounded length:
    the work done on a 10,000-character query stops at the bound.
    """
    text = unicodedata.normalize("NFC", raw[: MAX_QUERY_LENGTH * 2])
    text = "".join(_clean_character(character) for character in text)
    query = text[:MAX_QUERY_LENGTH]
    if query.count('"') % 2:
        query = query.replace('"', " ")
    return " ".join(query.split())


def _clean_character(character):
    category = unicodedata.category(character)
    if category == "Cc":  # control characters, tabs and newlines included: a space
        return " "
    if category.startswith("C"):  # format (bidi, zero-width), surrogate, private use, unassigned: dropped
        return ""
    return character


def fold(text):
    """``text`` lower-cased and without accents ("Pensión" -> "pension")."""
    return _fold_with_positions(text)[0]


def _fold_with_positions(text):
    """The folded text, and for each of its characters the index of the character of ``text`` it comes from."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    folded, positions = [], []
    for index, character in enumerate(text):
        if character.isascii():
            folded.append(character.lower())
            positions.append(index)
            continue
        for part in unicodedata.normalize("NFKD", character).lower():
            if not unicodedata.combining(part):
                folded.append(part)
                positions.append(index)
    return "".join(folded), positions


# --- Which pages the reader may see --------------------------------------------------


def _hidden_q(request):
    """Pages under a view restriction the reader does not pass, as Wagtail checks them when serving (cached).

    The restrictions themselves are shared data (``portal/shared_data.py``); whether this
    reader passes each one is decided here, per request.
    """
    if not hasattr(request, "_search_hidden_q"):
        condition = Q()
        restrictions = shared_data.remember(
            "view-restrictions",
            lambda: list(PageViewRestriction.objects.select_related("page").prefetch_related("groups")),
        )
        passes = False
        for restriction in restrictions:
            if restriction.accept_request(request):
                passes = True
            else:
                condition |= Q(path__startswith=restriction.page.path)
        request._search_hidden_q = condition
        request._search_passes_a_restriction = passes
    return request._search_hidden_q


def sees_only_public_pages(request):
    """True for a reader who passes no view restriction: what they see is the same for every such reader."""
    _hidden_q(request)
    return not request._search_passes_a_restriction


def remember_for(request, name, build):
    """``build()``, kept as shared data (``portal/shared_data.py``) for readers who see only public pages.

    Results that depend on the query and the public pages (facet counts and matching ids,
    result pages, promotions) are the same for every such reader until the
    next publish, unpublish, move, delete or restriction change, which renews the
    generation they are kept under. A reader who passes a restriction (a group member, a
    password holder) gets them built for them, and nothing private is kept.
    """
    if sees_only_public_pages(request):
        return shared_data.remember(name, build)
    return build()


def visible_pages(request):
    """The live pages ``request``'s reader may see, each showing its own locale's text."""
    pages = Page.objects.live().filter(depth__gt=1).exclude(stand_in_q())
    hidden = _hidden_q(request)
    return pages.exclude(hidden) if hidden else pages


def visible_ids(request, ids):
    """``ids`` without the pages the reader may not see, in the same order."""
    allowed = set(visible_pages(request).filter(pk__in=ids).values_list("pk", flat=True))
    return [pk for pk in ids if pk in allowed]


# --- Backends ------------------------------------------------------------------------


def _backend(language_code):
    """The search backend that holds a language's content (``search/backends.py``)."""
    return get_search_backend(backend_for(language_code))


def _interleave(lists):
    """One ranking from the per-locale rankings: first of each, then second of each…"""
    merged, seen = [], set()
    for rank in itertools.zip_longest(*lists):
        for pk in rank:
            if pk is not None and pk not in seen:
                seen.add(pk)
                merged.append(pk)
    return merged


def result_ids(results, limit):
    """The ids of the first ``limit`` of a backend's ``results``, in their order.

    The database backends give their query: only the ids are read (one column, no page
    objects built). Elasticsearch/OpenSearch give the ids of their hits in one request.
    """
    if hasattr(results, "ids"):  # Elasticsearch/OpenSearch: one request for the ids (search/backends.py)
        return results.ids(limit)
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
            results = _backend(locale.language_code).search(synonyms.expand(query, locale), pages)
            rankings.append(result_ids(results, MAX_MATCHES))
        return rankings

    codes = ",".join(locale.language_code for locale in locales)
    rankings = shared_data.remember(f"search:ranking:{codes}:{query}", lambda: run_search(run))
    ids = RankedIds(_interleave(rankings))
    ids.capped = any(len(ranking) >= MAX_MATCHES for ranking in rankings)
    return ids


# --- Snippets ------------------------------------------------------------------------


def query_terms(query):
    """The folded words of ``query`` worth highlighting (two letters or more), at most MAX_TERMS."""
    terms = []
    for term in WORD.findall(fold(query)):
        if len(term) >= 2 and term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


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
    folded, positions = _fold_with_positions(text)
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
            folded, positions = _fold_with_positions(candidate)
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


# --- Did you mean --------------------------------------------------------------------


def title_vocabulary(locale):
    """{folded word: word as written} of the titles of the live public pages of ``locale`` (cached)."""
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1).exclude(stand_in_q())
    stamp = (
        locale.pk,
        pages.aggregate(count=Count("pk"), published=Max("last_published_at")),
        PageViewRestriction.objects.aggregate(count=Count("pk"), last=Max("pk")),
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


# --- Promotions and statistics -------------------------------------------------------


def promotions(request, query, locale):
    """The editors' promoted pages for ``query`` in the reader's locale that the reader may see, in their order."""
    return remember_for(
        request,
        f"search:promotions:{locale.pk}:{normalise_query_string(query)}",
        lambda: _promotions(request, query, locale),
    )


def _promotions(request, query, locale):
    picks = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query), page__locale=locale, page__live=True
        ).order_by("sort_order", "pk")
    )
    ids = visible_ids(request, [pick.page_id for pick in picks])
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    result = []
    for pick in picks:
        if pick.page_id in pages:
            page = pages[pick.page_id]
            page.promotion_description = pick.description
            result.append(page)
    return result


def add_wagtail_hit(query):
    """``Query.get(query).add_hit()`` (Wagtail's popular search terms), in one statement when asked already today."""
    today = timezone.now().date()  # the day as add_hit counts it
    asked = Query.objects.filter(query_string=normalise_query_string(query)).values("pk")
    hits = QueryDailyHits.objects.filter(query_id__in=asked, date=today)
    if not hits.update(hits=F("hits") + 1):
        Query.get(query).add_hit(date=today)


def record_search(query, locale, result_count):
    """Count the search for the editors' reports; a failure here never fails the search."""
    try:
        counted = _count_again(query, locale, result_count) if connection.vendor == "postgresql" else (False, False)
        if not all(counted):
            with transaction.atomic():
                if not counted[0]:
                    add_wagtail_hit(query)
                if not counted[1]:
                    SearchQueryDay.record(query, locale, result_count)
    except DatabaseError:
        logger.exception("Could not record the search %r", query)


def _count_again(query, locale, result_count):
    """PostgreSQL: both counters of a query asked already today, in one statement (one round trip).

    Returns (Wagtail's counted, ours counted): a counter whose row for today does not
    exist yet is left to ``add_wagtail_hit`` / ``SearchQueryDay.record``. The two UPDATEs
    run in one ``WITH`` statement, atomic on its own. Run on its own (autocommit), its
    commit does not wait for the disk (``synchronous_commit`` off for that transaction
    only): a crash may lose the last fraction of a second of counts, and no reader waits
    for a flush of statistics (10-15% more repeated searches per second under load).
    """
    normalised = normalise_query_string(query)
    if not normalised:
        return (False, True)  # nothing for SearchQueryDay to count; Wagtail's Query decides itself
    # Inside a caller's transaction the setting would last until its commit: only alone.
    unflushed = "set_config('synchronous_commit', 'off', true)" if connection.get_autocommit() else "NULL"
    sql = f"""
        WITH wagtail AS (
            UPDATE {QueryDailyHits._meta.db_table} SET hits = hits + 1
            WHERE date = %s AND query_id IN (SELECT id FROM {Query._meta.db_table} WHERE query_string = %s)
            RETURNING 1
        ), ours AS (
            UPDATE {SearchQueryDay._meta.db_table}
            SET hits = hits + 1, zero_result_hits = zero_result_hits + %s
            WHERE query_string = %s AND locale_id = %s AND date = %s
            RETURNING 1
        ), commit_setting AS (
            SELECT {unflushed} AS setting
        )
        SELECT (SELECT count(*) FROM wagtail), (SELECT count(*) FROM ours), (SELECT setting FROM commit_setting)
    """
    params = [timezone.now().date(), normalised, 0 if result_count else 1, normalised, locale.pk, timezone.localdate()]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        wagtail, ours, _setting = cursor.fetchone()
    return (bool(wagtail), bool(ours))


# --- Views ---------------------------------------------------------------------------


def active_locale():
    """``Locale.get_active()``, as shared data (locales are set up with the site and rarely change)."""
    return shared_data.remember(f"locale:{get_language()}", Locale.get_active)


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
    if not all_languages:
        return [active]
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    others = Locale.objects.filter(language_code__in=codes).exclude(pk=active.pk)
    return [active] + sorted(others, key=lambda locale: codes.index(locale.language_code))


def _result_pages(request, ids, query, all_languages, codes):
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
        return facets.count(visible, facts, selected), facets.filter_ids(visible, facts, selected)

    selection = urlencode(sorted(selected.items()))
    counts, matching = remember_for(request, f"search:matches:{codes}:{selection}:{query}", analyse)
    paginator = Paginator(matching, settings.PORTAL_LISTING_PAGE_SIZE)
    results = paginator.get_page(request.GET.get("page"))
    results.object_list = _result_pages(request, list(results.object_list), query, all_languages, codes)

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
    first_page = results.number == 1
    context.update(
        results=results,
        paginator=paginator,
        facets=facet_list,
        capped=capped,
        max_matches=number_format(MAX_MATCHES, force_grouping=True),  # 1,000 / 1 000
        filter_query=_url(query, all_languages, facet_values)[1:],
        clear_filters_url=_url(query, all_languages, {}),
        promotions=promotions(request, query, locale) if first_page else [],
    )
    if not paginator.count:
        suggestion = did_you_mean(query, locale)
        context.update(
            suggestion=suggestion,
            suggestion_url=_url(suggestion, all_languages, {}) if suggestion else "",
            all_languages_url=_url(query, True, {}),
        )
        if not all_languages and not facet_values:
            context["elsewhere"], context["translated_matches"] = elsewhere.other_languages(
                request, query, locale, ranked_ids=ranked_ids, visible_pages=visible_pages
            )
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


def autocomplete_pages(request, query, locale):
    backend = _backend(locale.language_code)
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


class SearchTermsReportView(WagtailAdminTemplateMixin, TemplateView):
    """Reports → Search terms by language: the last 30 days' most asked queries, and those that found nothing."""

    template_name = "search/search_terms_report.html"
    page_title = _("Search terms by language")
    header_icon = "search"
    days = 30

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = list(Locale.objects.order_by("language_code"))
        locale = next((item for item in locales if item.language_code == self.request.GET.get("language")), None)
        names = {item.language_code: item.get_display_name() for item in locales}
        tables = {}
        for name, zero_results in (("top_queries", False), ("zero_result_queries", True)):
            rows = list(SearchQueryDay.top(days=self.days, locale=locale, zero_results=zero_results))
            for row in rows:
                row["language"] = names.get(row["language_code"], row["language_code"])
            tables[name] = rows
        context.update(days=self.days, locales=locales, selected_locale=locale, **tables)
        return context
