"""The sitemap: every language's tree, not only the site's root language, with hreflang alternates.

Wagtail's ``Sitemap`` lists the descendants of the site's root page, which is the Spanish
home: English and French pages live in sibling trees (one per locale) and never appeared.
This subclass lists the live, public pages of every locale's tree. Untranslated pages are
left out (aliases of another language's page, and placeholders whose translation was
started but never approved): they show the Spanish text under another language's address,
and the Spanish page is already listed. Aliases of a page of the same language are left out
too: they copy an original that is listed.

Each URL names its language versions (``<xhtml:link rel="alternate" hreflang>``, itself
included, and ``x-default``: the Spanish version), the same ones as the page's own
``<link rel="alternate" hreflang>`` tags. Django's sitemap template writes them from each
URL's ``alternates``; Wagtail's ``Sitemap`` gives none (gap 7 of ``portal/upstream``:
``portal/upstream/sitemap_alternates.py`` adds them from ``alternates()`` below, every
version of a sitemap page's items read in one query).
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal import page_urls, translation_state
from portal.upstream.sitemap_alternates import AlternatesSitemapMixin
from portal.visibility import public_q


def translated_pages():
    """Live, public pages that are in their own language and not a copy (the sitemap's, and its alternates)."""
    return Page.objects.live().filter(public_q()).exclude(translation_state.stand_in_q())


class PortalSitemap(AlternatesSitemapMixin, Sitemap):
    def roots_q(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return in_a_tree

    def items(self):
        return (
            translated_pages()
            .filter(self.roots_q())
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def alternates(self, pages):
        """{translation key: [{"lang_code", "location"}]} of the versions of ``pages`` in every language."""
        keys = {page.translation_key for page in pages}
        versions = defaultdict(dict)
        found = translated_pages().filter(self.roots_q(), translation_key__in=keys).select_related("locale")
        for version in found.only("id", "path", "depth", "url_path", "translation_key", "locale"):
            location = page_urls.full_page_url(version, self.request)
            if location:
                versions[version.translation_key].setdefault(version.locale.language_code, location)
        alternates = {}
        for key, by_language in versions.items():
            if len(by_language) < 2:
                continue  # a page in one language has no alternates to name
            links = [
                {"lang_code": code, "location": by_language[code]}
                for code, _name in settings.LANGUAGES
                if code in by_language
            ]
            default = by_language.get(settings.LANGUAGE_CODE) or links[0]["location"]
            alternates[key] = [*links, {"lang_code": "x-default", "location": default}]
        return alternates
