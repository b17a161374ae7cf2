"""Which pages the reader may see, and what may be kept as shared data for them.

Whatever a backend returns, results, counts, snippets and suggestions only come from pages
that pass ``visible_pages``: live (what is indexed and shown is the live text, never a
newer draft), not an alias or an untranslated placeholder showing another locale's page,
and not under a view restriction the reader does not pass.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from portal import shared_data
from portal.translation_state import stand_in_q


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
