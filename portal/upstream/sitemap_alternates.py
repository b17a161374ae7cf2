"""Gap 7: Wagtail's sitemap names no language versions of a page (``hreflang`` alternates).

Django's sitemap template writes ``<xhtml:link rel="alternate" hreflang>`` from each URL's
``alternates``, which Django's ``Sitemap._urls`` computes only for its own per-language
sitemaps (``i18n = True``: one URL per language of the same object), a shape that does not
fit Wagtail's one tree per locale; Wagtail's ``Sitemap`` (``wagtail.contrib.sitemaps``)
redefines ``_urls`` to build its URLs from ``Page.get_sitemap_urls`` and gives none. The public extension
points (``items``, ``location``, ``get_sitemap_urls``) see one page at a time, so alternates
there would cost a query per page.

Mechanism used: this mixin redefines ``_urls`` again (the method Django's
``Sitemap.get_urls`` calls for a paginator page) with Wagtail's result plus the
``alternates`` the sitemap's ``alternates(pages)`` gives for the whole page of items at
once. ``tests/upstream/test_sitemap_alternates.py`` fails when Django or Wagtail change
``_urls`` or Wagtail starts giving alternates. Waits for: Wagtail's sitemap to support
translations (no issue filed yet).
"""


class AlternatesSitemapMixin:
    """Before Wagtail's ``Sitemap``: each URL gets ``alternates(pages)[page.translation_key]``, if any."""

    def alternates(self, pages):
        """{translation key: [{"lang_code", "location"}]} for ``pages`` (one paginator page of items)."""
        raise NotImplementedError

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates(pages)
        urls = []
        last_mods = set()
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                if item.translation_key in alternates:
                    url_info = {**url_info, "alternates": alternates[item.translation_key]}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
