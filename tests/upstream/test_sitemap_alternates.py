"""Gap 7 (portal/upstream/sitemap_alternates.py): Wagtail's sitemap names no language versions.

When a test here fails, Django or Wagtail changed the sitemap's ``_urls``: check whether
Wagtail now gives alternates (then delete the mixin and use Wagtail's) or the method moved
(then the mixin no longer runs, and the sitemap lost its ``hreflang`` links).
"""

import inspect

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from portal.sitemaps import PortalSitemap
from portal.upstream.sitemap_alternates import AlternatesSitemapMixin


def test_django_builds_each_page_of_urls_in_urls_with_this_signature():
    assert "self._urls(page, protocol, domain)" in inspect.getsource(DjangoSitemap.get_urls)
    assert list(inspect.signature(DjangoSitemap._urls).parameters) == ["self", "page", "protocol", "domain"]


def test_wagtail_still_builds_urls_page_by_page_without_alternates():
    source = inspect.getsource(WagtailSitemap._urls)
    assert "get_sitemap_urls(self.request)" in source
    assert "alternates" not in source


def test_the_portal_sitemap_runs_the_mixin_before_wagtail():
    assert PortalSitemap._urls is AlternatesSitemapMixin._urls
    assert PortalSitemap.__mro__.index(AlternatesSitemapMixin) < PortalSitemap.__mro__.index(WagtailSitemap)
