"""Which pages anonymous readers may see: Wagtail's ``.public()`` without its extra query.

``PageQuerySet.public()`` first loads every ``PageViewRestriction`` (one query of its
own, each time it is called) and then builds an OR of path prefixes. A public page
calls it five or six times (menu, language links, listings, tagged content). Here the
same rule, "not the restricted page nor below it", is built from the restricted paths
kept as shared data (``portal/shared_data.py``: read once until the next change to view
restrictions, or once per call outside a request):

- no restriction at all (the usual case): no condition, nothing for the database to do;
- a few: ``NOT (path LIKE ANY (ARRAY['p1%', …]))`` on PostgreSQL, ``NOT (path LIKE 'p1%' OR …)``
  elsewhere, as Wagtail does (``PathUnderAny``: one condition to build, where an OR of
  ``path__startswith`` filters cost Django about 0.5 ms a queryset at nine restrictions);
- many (more than ``MAX_PREFIXES``): a correlated ``NOT EXISTS`` on the restrictions
  table inside the query, which does not grow with their number.

Page types built on ``portal.models.BasePage`` get it as their ``.public()``;
``public_q()`` serves querysets of Wagtail's own ``Page``.
"""

from typing import NamedTuple

from django.db.models import Exists, F, Lookup, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from portal import shared_data

MAX_PREFIXES = 20


class Restriction(NamedTuple):
    """A ``PageViewRestriction`` as the public site reads it: its id, kind, password and page's path."""

    pk: int
    restriction_type: str
    password: str
    path: str


def view_restrictions():
    """[Restriction] of every ``PageViewRestriction`` (shared data), read as values.

    One read for both uses: ``restricted_paths`` (which pages anonymous readers may not see)
    and the search's check of whether this reader passes each (``search/visibility.py``,
    which makes Wagtail restriction objects of them and reads a group restriction's groups
    only for a logged-in reader).
    """
    return shared_data.remember(
        "view-restrictions",
        lambda: [
            Restriction(*row)
            for row in PageViewRestriction.objects.order_by("pk").values_list(
                "pk", "restriction_type", "password", "page__path"
            )
        ],
    )


def restricted_paths():
    """The tree paths of the pages that carry a view restriction (shared data, built from ``view_restrictions``)."""
    return shared_data.remember(
        "restricted-paths", lambda: sorted({restriction.path for restriction in view_restrictions()})
    )


class PathUnderAny(Lookup):
    """``PathUnderAny(F("path"), prefixes)``: the path starts with one of ``prefixes`` (tree paths).

    A filter expression (``Q(PathUnderAny(…))``), registered on no field. Django builds
    one node where ``Q(path__startswith=p1) | …`` built, resolved and cloned one per
    prefix, for each queryset that carries it.
    """

    lookup_name = "under_any"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        patterns = [connection.ops.prep_for_like_query(prefix) + "%" for prefix in self.rhs]
        if connection.vendor == "postgresql":
            return f"{lhs}::text LIKE ANY (%s)", [*params, patterns]
        like = connection.operators["startswith"] % "%s"
        return "(" + " OR ".join(f"{lhs} {like}" for _ in patterns) + ")", [
            param for pattern in patterns for param in (*params, pattern)
        ]


def public_q():
    """A filter for pages outside every restricted section (the restricted page and its descendants)."""
    paths = restricted_paths()
    if not paths:
        return Q()
    if len(paths) <= MAX_PREFIXES:
        return ~Q(PathUnderAny(F("path"), tuple(paths)))
    restricted_above = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return ~Exists(restricted_above)


class PublicPageQuerySet(PageQuerySet):
    def public(self):
        return self.filter(public_q())

    def not_public(self):
        paths = restricted_paths()
        if not paths:
            return self.none()
        return self.exclude(public_q())

    private = not_public


PortalPageManager = PageManager.from_queryset(PublicPageQuerySet)
