"""The sitemap: every language's tree, not only the site's root language.

Wagtail's ``Sitemap`` lists the descendants of the site's root page, which is the Spanish
home: English and French pages live in sibling trees (one per locale) and never appeared.
This subclass lists the live, public pages of every locale's tree. Untranslated aliases are
left out: they show the Spanish text under another language's address, and the Spanish page
is already listed (each page's ``<link rel="alternate" hreflang>`` tags name its versions).
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_a_tree, alias_of__isnull=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
