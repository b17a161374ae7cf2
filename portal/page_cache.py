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
portal runs Wagtail 8.0.1.

**One round trip per hit.** Django's fetch reads the header list, then the response, and the
generation must be read before either (it is in their keys): three round trips to Redis,
which on a busy machine cost more than the rest of a hit. Each process remembers the last
generation it saw and the header lists it read for it, so it knows in advance which keys
Django's fetch will ask for, and reads them with the generation in one ``get_many``; Django's
own ``process_request`` then runs on those answers (``_ReadAhead``). What decides a hit is
unchanged: the generation read now, the header list and the response as stored. A guess
that no longer holds (a change bumped the generation, a page's ``Vary`` changed) only costs
the reads Django would have made anyway.

``PAGE_CACHE`` turns it on (production and tests) or off (development).
``X-Page-Cache: hit``/``miss`` says what happened (tests and ``bench/load.py`` read it).
"""

import copy
import re
import time
from functools import cache

from django.conf import settings
from django.core.cache import caches
from django.middleware import cache as django_cache
from django.utils.cache import get_cache_key, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

from portal import invalidation, shared_data

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


def _prefix(generation):
    return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}portal:page:{generation}"


class _Known:
    """What this process read last: the generation, and the header list of each URL under it.

    Only guesses of which keys to read ahead; every answer still comes from the cache.
    """

    MAX_HEADER_LISTS = 10_000

    def __init__(self):
        self.generation = None
        self.header_lists = {}

    def saw_generation(self, generation):
        if generation != self.generation:
            self.generation = generation
            self.header_lists = {}

    def learn(self, header_key, header_list):
        if len(self.header_lists) >= self.MAX_HEADER_LISTS:
            self.header_lists = {}
        self.header_lists[header_key] = header_list


_known = _Known()


class _KeyPlanner:
    """Stands in for the cache in Django's ``get_cache_key``: notes the header key, answers the list known."""

    def __init__(self):
        self.header_key = None

    def get(self, key, default=None):
        self.header_key = key
        return _known.header_lists.get(key, default)


def _keys_ahead(request, prefix):
    """(header key, response key or None) that Django's fetch will read for ``request``, without reading."""
    planner = _KeyPlanner()
    response_key = get_cache_key(request, prefix, "GET", cache=planner)
    return planner.header_key, response_key


class _ReadAhead:
    """The cache as Django's fetch sees it for one request: keys read ahead are answered from memory."""

    def __init__(self, cache, read):
        self._cache = cache
        self.read = read

    def get(self, key, default=None):
        if key not in self.read:
            self.read[key] = self._cache.get(key)
        value = self.read[key]
        return default if value is None else value


class FetchFromCacheMiddleware(django_cache.FetchFromCacheMiddleware):
    """Place after ``AuthenticationMiddleware`` and ``SharedDataMiddleware``, as late as possible."""

    _reader = None

    @property
    def cache(self):
        return self._reader or caches[self.cache_alias]

    def process_request(self, request):
        request._cache_update_cache = False
        if not (enabled() and public_site_request(request)) or request.user.is_authenticated:
            return None
        cache = caches[self.cache_alias]
        guess = _known.generation
        header_key = None
        keys = []
        if guess is not None:
            header_key, response_key = _keys_ahead(request, _prefix(guess))
            keys = [header_key, response_key] if response_key else [header_key]
        read = cache.get_many([invalidation.GENERATION_KEY, *keys])  # one round trip; {} when the server is down
        generation = read.pop(invalidation.GENERATION_KEY, None) or invalidation.generation()
        if generation is None:  # the cache server is down (portal/redis_cache.py): serve uncached
            return None
        shared_data.know_generation(generation)
        if generation == guess:
            read.update((key, None) for key in keys if key not in read)  # absent: a miss, not to read again
        else:
            read, header_key = {}, None  # read ahead under an older generation: not this request's keys
            _known.saw_generation(generation)
        prefix = _prefix(generation)
        setattr(request, PREFIX_ATTRIBUTE, prefix)
        this_request = copy.copy(self)
        this_request.key_prefix = prefix
        this_request._reader = _ReadAhead(cache, read)
        response = super(FetchFromCacheMiddleware, this_request).process_request(request)
        if header_key is None:
            header_key, _response_key = _keys_ahead(request, prefix)
        if this_request._reader.read.get(header_key) is not None:
            _known.learn(header_key, this_request._reader.read[header_key])
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
        if not getattr(request, "_cache_update_cache", False):
            return response  # a hit, or not looked up: nothing to store (Django's own test, made early)
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
