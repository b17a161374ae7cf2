"""What readers see of the questions: the live FAQ entries of a page and of a language.

An entry is shown in a locale when it is live there (the source entry, or a translation
approved through the workflow) and its page's version in that locale is live and public: an
entry about a page that is now a draft or behind a view restriction is never listed, in the
FAQ page, the page itself or the site search.
"""

import unicodedata

from django.db.models import Q
from django.utils.html import strip_tags
from wagtail.models import Page

from portal import shared_data


def _entries():
    """``FaqEntry``'s manager (by the app registry: qa.models reads this module for FaqPage)."""
    from django.apps import apps

    return apps.get_model("qa", "FaqEntry").objects


def fold(text):
    """Lower case without accents: "Pensión" matches "pension"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


# Pages that take questions: the roots of owned trees (countries, regions, themes).


def takes_questions(page):
    return bool(getattr(page.specific_class, "ownable_tree_root", False))


def annotate_reader_page(model, queryset):
    """A page that takes questions, as readers get it, with whether it has live entries in its language.

    ``PORTAL_READER_PAGE_ANNOTATIONS``: read in the page's own query, so that ``entries_for_page``
    reads nothing for the many pages without entries (the raw path's query budget).
    """
    if not getattr(model, "ownable_tree_root", False):
        return queryset
    from django.db.models import Exists, OuterRef

    entries = _entries().filter(
        locale_id=OuterRef("locale_id"), live=True, page__translation_key=OuterRef("translation_key")
    )
    return queryset.annotate(has_faq_entries_read=Exists(entries))


def entries_for_page(page):
    """The live entries about ``page`` in its language (kept in shared data until the next change)."""
    if getattr(page, "has_faq_entries_read", None) is False:
        return []  # read with the page (``annotate_reader_page``): none to show

    def build():
        return list(
            _entries()
            .filter(locale_id=page.locale_id, live=True, page__translation_key=page.translation_key)
            .only("pk", "question", "answer", "first_published")
        )

    return shared_data.remember(f"qa:page:{page.pk}", build)


def _visible(locale):
    entries = list(_entries().filter(locale=locale, live=True).select_related("page"))
    keys = {entry.page.translation_key for entry in entries}
    pages = {
        page.translation_key: page
        for page in Page.objects.live().public().filter(locale=locale, translation_key__in=keys).specific()
    }
    return [(entry, pages[entry.page.translation_key]) for entry in entries if entry.page.translation_key in pages]


def visible_entries(locale):
    return [entry for entry, _page in _visible(locale)]


def faq_context(faq_page, request):
    """The FAQ page's entries grouped by page (country, region, theme), filtered by ``?q=`` and ``?about=``."""
    from portal.collation import sort_key

    query = (request.GET.get("q") or "").strip()[:200]
    about = request.GET.get("about") or ""
    rows = shared_data.remember(f"qa:faq:{faq_page.locale_id}", lambda: _visible(faq_page.locale))
    choices = sorted({page.pk: page for _entry, page in rows}.values(), key=lambda page: sort_key(page.title))
    words = [fold(word) for word in query.split()]
    groups = {}
    for entry, page in rows:
        if about and str(page.pk) != about:
            continue
        if words:
            haystack = fold(f"{entry.question} {strip_tags(entry.answer)} {page.title}")
            if not all(word in haystack for word in words):
                continue
        groups.setdefault(page.pk, (page, []))[1].append(entry)
    ordered = sorted(groups.values(), key=lambda group: sort_key(group[0].title))
    return {
        "faq_groups": ordered,
        "faq_query": query,
        "faq_about": about,
        "faq_choices": choices,
        "faq_count": sum(len(entries) for _page, entries in ordered),
        "faq_filtered": bool(query or about),
    }


def unanswered_q(older_than):
    return Q(state="new", created__lt=older_than)
