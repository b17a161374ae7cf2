"""Which pages the reader may see, and what may be kept as shared data for them.

Whatever a backend returns, results, counts, snippets and suggestions only come from pages
that pass ``visible_pages``: live (what is indexed and shown is the live text, never a
newer draft), not an alias or an untranslated placeholder showing another locale's page,
and not under a view restriction the reader does not pass.
"""

from django.db.models import Q, prefetch_related_objects
from wagtail.models import Page, PageViewRestriction

from portal import shared_data
from portal.translation_state import stand_in_q
from portal.visibility import view_restrictions


def _hidden_q(request):
    """Pages under a view restriction the reader does not pass, as Wagtail checks them when serving (cached).

    The restrictions are the shared data ``portal.visibility.view_restrictions`` (the same
    read as the restricted paths); whether this reader passes each one is Wagtail's
    ``accept_request`` of a restriction object made of them, decided here per request.
    """
    if not hasattr(request, "_search_hidden_q"):
        condition = Q()
        passes = False
        restrictions = [
            (PageViewRestriction(id=each.pk, restriction_type=each.restriction_type, password=each.password), each.path)
            for each in view_restrictions()
        ]
        _with_groups_if_needed(request, [restriction for restriction, _path in restrictions])
        for restriction, path in restrictions:
            if _accepts(restriction, request):
                passes = True
            else:
                condition |= Q(path__startswith=path)
        request._search_hidden_q = condition
        request._search_passes_a_restriction = passes
    return request._search_hidden_q


def _accepts(restriction, request):
    """``restriction.accept_request(request)``, without reading the groups of a reader who has none.

    A login or group restriction is only ever passed by a logged-in reader (Wagtail's
    ``accept_request``: the anonymous user is in no group and no superuser), so for anyone
    else it is refused before ``accept_request`` would read the restriction's groups.
    """
    if restriction.restriction_type != PageViewRestriction.PASSWORD and not request.user.is_authenticated:
        return False
    return restriction.accept_request(request)


def _with_groups_if_needed(request, restrictions):
    """Read the groups of the group restrictions and of the reader in one query each, for a logged-in
    reader (``accept_request`` reads the reader's groups again for each otherwise)."""
    groups = [each for each in restrictions if each.restriction_type == PageViewRestriction.GROUPS]
    if groups and request.user.is_authenticated and not request.user.is_superuser:
        prefetch_related_objects(groups, "groups")
        prefetch_related_objects([request.user], "groups")


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
    """The live pages ``request``'s reader may see, each showing its own locale's text.

    Built once per request (its conditions take Django a fraction of a millisecond to build,
    and the search page filters by it up to three times); each use filters a clone.
    """
    if not hasattr(request, "_search_visible_pages"):
        pages = Page.objects.live().filter(depth__gt=1).exclude(stand_in_q())
        hidden = _hidden_q(request)
        request._search_visible_pages = pages.exclude(hidden) if hidden else pages
    return request._search_visible_pages.all()


def visible_ids(request, ids):
    """``ids`` without the pages the reader may not see, in the same order."""
    allowed = set(visible_pages(request).filter(pk__in=ids).values_list("pk", flat=True))
    return [pk for pk in ids if pk in allowed]
