"""Anonymous readers' page cache: Django's cache middleware, keyed on the invalidation generation.

Django's ``UpdateCacheMiddleware``/``FetchFromCacheMiddleware`` store and serve whole
responses (headers, ``Vary``, the language, the full URL and host in the key), in Django's
cache: Redis when ``CACHE_URL``/``REDIS_URL`` is set, local memory otherwise. Two small
subclasses add what the portal needs and Django's cannot know:

- **The generation in the key prefix** (``portal/invalidation.py``): every change readers
  could see bumps it, so every page (a listing, a country page that lists tagged content)
  is rebuilt on its next request. Django's middleware takes one prefix for all requests;
  here each request gets a copy of the middleware with the current one.
- **Who is served and stored**, decided before Django's rules apply:

  - only ``GET``/``HEAD`` of the language-prefixed public site (not the admin, previews,
    documents), and only for readers who are not logged in: a logged-in reader's request
    is never looked up, and its answer is ``Cache-Control: private, no-cache``, which
    Django's middleware (and any CDN or browser in between) never stores for another;
  - a page behind a view restriction, in any language (``before_serve_page`` marks the
    request, ``portal/wagtail_hooks.py``), is answered ``private, no-cache`` likewise;
  - every other anonymous ``200`` of the public site is ``public, max-age=PAGE_CACHE_MAX_AGE``
    (browsers and a CDN, which ``wagtail.contrib.frontend_cache`` purges on publish when
    ``FRONTEND_CACHE_URL`` is set) and kept here ``PAGE_CACHE_SECONDS`` or until the next
    change. A view that sets its own ``Cache-Control`` (search: ``private``) keeps it.

  Django's own rules still apply: nothing that sets a cookie while varying on ``Cookie``
  (a form's CSRF token, a session), no ``Vary: *``, only ``200``.

Why not ``wagtail-cache``: its latest release (3.0.0) requires ``wagtail<8.0`` and this
portal runs Wagtail 8.0.1. A hit costs three cache reads (the generation, Django's header
list, the response): ``bench/README.md`` has the figures.

``PAGE_CACHE`` turns it on (production and tests) or off (development).
``X-Page-Cache: hit``/``miss`` says what happened (tests and ``bench/load.py`` read it).
"""

import copy
import re
import time
from functools import cache

from django.conf import settings
from django.middleware import cache as django_cache
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

from portal import shared_data

RESTRICTED_ATTRIBUTE = "_portal_restricted_page"
PREFIX_ATTRIBUTE = "_portal_page_cache_prefix"


@cache
def _public_path():
    languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
    return re.compile(rf"^/({languages})/")


def enabled():
    return getattr(settings, "PAGE_CACHE", False)


def mark_restricted(request):
    """The page served to ``request`` is behind a view restriction: private, whoever reads it."""
    setattr(request, RESTRICTED_ATTRIBUTE, True)


def public_site_request(request):
    return request.method in ("GET", "HEAD") and bool(_public_path().match(request.path))


def _for_everyone(request):
    """True when the answer may be shared: an anonymous reader, a page without a view restriction."""
    return not request.user.is_authenticated and not getattr(request, RESTRICTED_ATTRIBUTE, False)


def set_cache_control(request, response):
    """The ``Cache-Control`` of a public-site answer: public for anonymous readers of open pages, private otherwise."""
    if getattr(request, "user", None) is None or not public_site_request(request):
        return  # answered before the reader was known (a redirect of CommonMiddleware), or not the public site
    if not _for_everyone(request):
        patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ("Cookie",))
    elif response.status_code == 200 and "Cache-Control" not in response and not response.cookies:
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)


class FetchFromCacheMiddleware(django_cache.FetchFromCacheMiddleware):
    """Place after ``AuthenticationMiddleware`` and ``SharedDataMiddleware``, as late as possible."""

    def process_request(self, request):
        request._cache_update_cache = False
        if not (enabled() and public_site_request(request)) or request.user.is_authenticated:
            return None
        generation = shared_data.current_generation()
        if generation is None:  # the cache server is down (portal/redis_cache.py): serve uncached
            return None
        prefix = f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}portal:page:{generation}"
        setattr(request, PREFIX_ATTRIBUTE, prefix)
        this_request = copy.copy(self)
        this_request.key_prefix = prefix
        response = super(FetchFromCacheMiddleware, this_request).process_request(request)
        if response is not None:
            _age(response)
            response["X-Page-Cache"] = "hit"
        return response


def _age(response):
    """Age and Expires of a kept answer as a browser should see them (Django counts from ``max-age``)."""
    stored_until = parse_http_date_safe(response.get("Expires", ""))
    if stored_until is None:
        return
    now = int(time.time())
    age = max(0, settings.PAGE_CACHE_SECONDS - (stored_until - now))
    response["Age"] = age
    response["Expires"] = http_date(now + max(0, settings.PAGE_CACHE_MAX_AGE - age))


class UpdateCacheMiddleware(django_cache.UpdateCacheMiddleware):
    """Place first (its response phase runs last): sets ``Cache-Control``, then Django stores what may be shared."""

    def process_response(self, request, response):
        set_cache_control(request, response)
        prefix = getattr(request, PREFIX_ATTRIBUTE, None)
        if prefix is None or "public" not in response.get("Cache-Control", ""):
            return response  # only what set_cache_control (or a view) declared shareable is stored
        this_request = copy.copy(self)
        this_request.key_prefix = prefix
        this_request.page_timeout = settings.PAGE_CACHE_SECONDS
        had_expires = response.has_header("Expires")
        response = super(UpdateCacheMiddleware, this_request).process_response(request, response)
        if not had_expires and response.has_header("Expires"):  # Django stored it
            response["Expires"] = http_date(time.time() + settings.PAGE_CACHE_MAX_AGE)
            response["X-Page-Cache"] = "miss"
        return response
