"""The request's Wagtail ``Site`` with its root page already read: the live home page of ``live_homes()``.

Wagtail routes every page request through ``site.root_page.localized.specific``: on the plain
``Page`` that ``Site.find_for_request`` selects, ``localized`` reads the active ``Locale`` and
``specific`` reads the home page again, two queries per request. The live home pages of every
language are read once per request anyway (header, language switcher), so the site's root page
is taken from them: ``HomePage.localized`` then answers from the same list and ``specific`` is
the page itself.

With the shared data on, ``portal.shared_data.SharedDataMiddleware`` gives Wagtail a site whose
root page is specific already; this middleware then has nothing to do.
"""

from wagtail.models import Site

from home.models import HomePage, live_homes
from portal import shared_data


class SiteRootMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Previews run through the middleware as a dummy request: leave them to Wagtail.
        if not getattr(request, "is_dummy", False) and not shared_data.enabled():
            site = Site.find_for_request(request)
            if site is not None and not isinstance(site.root_page, HomePage):
                home = next((home for home in live_homes().values() if home.pk == site.root_page_id), None)
                if home is not None:
                    site.root_page = home
        return self.get_response(request)
