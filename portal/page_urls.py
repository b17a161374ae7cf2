"""Page URLs without reversing Django's URL patterns for every link.

Wagtail's ``Page.get_url_parts`` reverses the ``wagtail_serve`` pattern inside
``translation.override(language)`` for every link it prints, and a public page prints
30 to 40 links (menu, language switcher and hreflang links, breadcrumbs, cards, tagged
content; ``bench/README.md`` has the cost). Its result depends only on the page's
``url_path``, the site root that path falls under and the active language, so this module
remembers it per process (least recently used first out). Wagtail's own method still
computes every URL once; a moved page has a new ``url_path``, and a changed site a new
root, so nothing remembered goes stale. A page under the roots of several sites (rare)
is left to Wagtail, which picks one by the request.

``BasePage.get_url_parts`` uses it, so ``page.url``, ``{% pageurl %}``, sitemaps and the
API of every portal page type benefit; ``page_url`` serves plain ``Page`` objects
(menus, breadcrumbs and language versions are read as plain pages) the same way.
"""

from functools import lru_cache

from django.utils.translation import get_language
from wagtail.models import Page, Site


class _UrlPath:
    """What ``Page.get_url_parts`` reads of a page: its ``url_path`` and its site roots."""

    __slots__ = ("url_path", "_roots")

    def __init__(self, url_path, roots):
        self.url_path = url_path
        self._roots = roots

    def _get_relevant_site_root_paths(self, cache_object=None):
        return self._roots


@lru_cache(maxsize=50_000)
def _url_parts(url_path, root, language):
    # ``language`` is the active language, which Wagtail reads itself: it is part of the key only.
    return Page.get_url_parts(_UrlPath(url_path, (root,)))


def url_parts(page, request=None):
    """``Page.get_url_parts(page, request)``: (site id, site root URL, path), remembered."""
    roots = page._get_relevant_site_root_paths(request)
    if not roots:
        return None
    if len({root.site_id for root in roots}) > 1:
        return Page.get_url_parts(page, request)
    return _url_parts(page.url_path, roots[0], get_language())


def _parts(page, request):
    # A page type with its own routing keeps its own get_url_parts.
    if type(page).get_url_parts is Page.get_url_parts:
        return url_parts(page, request)
    return page.get_url_parts(request)


def page_url(page, request=None):
    """``page.get_url(request)``: a path on the request's site (or with one site), else a full URL."""
    parts = _parts(page, request)
    if parts is None or parts[1] is None and parts[2] is None:
        return None
    site_id, root_url, path = parts
    current_site = Site.find_for_request(request) if request is not None else None
    sites = {root.site_id for root in page._get_site_root_paths(request)}
    if (current_site is not None and site_id == current_site.id) or len(sites) == 1:
        return path
    return root_url + path


def path_url(url_path, roots):
    """``page.get_url()`` (no request) of a page known by its ``url_path`` alone.

    For lists of many pages read as values, not page objects: ``roots`` is
    ``Site.get_site_root_paths()``, read once by the caller (each page object would read
    it again from the cache). Without a request Wagtail takes the first site whose root the
    path falls under, and gives a path when there is one site, else a full URL.
    """
    relevant = [root for root in roots if url_path.startswith(root.root_path)]
    if not relevant:
        return None
    site_id, root_url, path = _url_parts(url_path, relevant[0], get_language())
    if root_url is None and path is None:
        return None
    return path if len({root.site_id for root in roots}) == 1 else root_url + path


def full_page_url(page, request=None):
    """``page.get_full_url(request)``."""
    parts = _parts(page, request)
    if parts is None or parts[1] is None and parts[2] is None:
        return None
    return parts[1] + parts[2]
