"""Which pages anonymous readers may see: Wagtail's ``.public()`` in a single query.

``PageQuerySet.public()`` first loads every ``PageViewRestriction`` (one query of its
own, each time it is called) and then builds an OR of path prefixes. A public page
calls it five or six times (menu, language links, listings, tagged content). Here the
same rule, "not the restricted page nor below it", is a correlated ``NOT EXISTS`` inside
the listing's own query: no extra query, and always current, since nothing is cached.

Page types built on ``portal.models.BasePage`` get it as their ``.public()``;
``public_q()`` serves querysets of Wagtail's own ``Page``.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


def public_q():
    """A filter for pages outside every restricted section (the restricted page and its descendants)."""
    restricted_above = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return ~Exists(restricted_above)


class PublicPageQuerySet(PageQuerySet):
    def public(self):
        return self.filter(public_q())

    def not_public(self):
        return self.exclude(public_q())

    private = not_public


PortalPageManager = PageManager.from_queryset(PublicPageQuerySet)
