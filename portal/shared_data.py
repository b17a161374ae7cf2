"""Data every public page repeats, kept in Django's cache until the next change readers could see.

Each page of the public site needs the same few things: the Wagtail ``Site`` of the
request with its home page, the home pages of every language (language switcher), the
menu of the reader's language, the language versions of the page (switcher and hreflang
links) and the page's view restrictions (Wagtail's serve check). Read from the database
they cost about eight queries per page, each with its SQL compiled again.

Here each is built once and kept in Django's cache (Redis in production, shared by every
app server) under the page cache's *generation* (``portal/page_cache.py``): the number
that every publish, unpublish, move or delete of a page, snippet publish and change to
view restrictions, sites, images, documents or promoted search results bumps. So what is
kept is never older than the last change readers could see, the same rule as the page
cache, but it serves every request: logged-in users, previews and pages the page cache
does not keep.

Only data that is the same for every reader is kept: live, public pages (the menu and the
language versions exclude restricted pages), the site, and restriction ids (whether a
reader passes a restriction is still decided per request, by Wagtail). Previews, whose
page carries unsaved changes, neither read nor keep anything.

Each app server process also keeps pickled copies of what it read, for the current
generation only (``DATA_CACHE_LOCAL_MB``, least recently used first out; 0 turns them
off). A value kept under a generation never changes (a change bumps the generation, and
what was built from old data while the change was committing is left under a generation
that the commit abandons), so a copy is as current as the shared cache; only
``renew`` rewrites a value in place, and each process renews its own copy when it finds
it behind. A request then costs one cache round trip (the generation) instead of one per
value. The generation never starts over (``page_cache._start``), so copies made before
the cache was emptied are never met again. Copies are unpickled for each request, so a
request never sees another's changes to the objects.

``DATA_CACHE`` turns it on (production default) or off (development and tests; the tests
of this module turn it on). Inside a request the generation is read once (one cache round
trip, shared with the page cache) and each value at most once; with ``DATA_CACHE`` off
each value is still built at most once per request. Outside a request (management
commands, tests) the generation is read on each call.
"""

import contextvars
import hashlib
import logging
import pickle
import re
import threading
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

from portal import page_cache

logger = logging.getLogger(__name__)

_MISSING = object()
SAFE_NAME = re.compile(r"[\w:.,=-]{1,150}", re.ASCII)
_state = contextvars.ContextVar("portal_shared_data", default=None)


def enabled():
    return getattr(settings, "DATA_CACHE", False)


class _RequestState:
    """The generation of this request (read once) and the values already read.

    ``private``: a preview (Wagtail's dummy request, whose page carries unsaved changes:
    featured pages, tags…): values are built from it and never read from or kept in the cache.
    """

    def __init__(self, private=False):
        self.generation = _MISSING
        self.values = {}
        self.private = private


def current_generation():
    """The cache generation for this request (read once per request), or None outside requests or when down."""
    state = _state.get()
    if state is None:
        return None
    if state.generation is _MISSING:
        state.generation = page_cache.generation()
    return state.generation


def know_generation(generation):
    """The page cache read the generation already (with its entry, in one round trip): reuse it."""
    state = _state.get()
    if state is not None:
        state.generation = generation


def remember(name, build, *, keep_empty=True, renew=False):
    """``build()``, kept under ``name`` until the next change readers could see.

    ``name`` must say everything the value depends on (a language, a page id…).
    ``keep_empty=False``: a None result is not kept (lookups of paths that readers or
    robots may invent). ``renew``: build it and keep the new value (the caller knows the
    kept one is behind, for example after a write made without publishing).
    Inside a request a value is read at most once. Without the data cache, or when the
    cache server is down, it is built once per request (every time outside a request).
    """
    state = _state.get()
    if state is not None and name in state.values and not renew:
        return state.values[name]
    generation = None
    if enabled() and not (state is not None and state.private):
        generation = current_generation() if state is not None else page_cache.generation()
    # Off, or the cache server is down: build it.
    value = build() if generation is None else _cached(generation, _key(generation, name), build, keep_empty, renew)
    if state is not None:
        state.values[name] = value
    return value


def _key(generation, name):
    """The cache key; a name with characters some cache servers refuse (spaces, URL parts) is hashed."""
    if not SAFE_NAME.fullmatch(name):
        name = "sha256:" + hashlib.sha256(name.encode()).hexdigest()
    return f"portal:data:{generation}:{name}"


class LocalCopies:
    """Pickled copies of shared values in this process, for one generation, within a size budget."""

    def __init__(self):
        self._lock = threading.Lock()
        self._entries = OrderedDict()
        self._generation = None
        self._size = 0

    def get(self, generation, key):
        with self._lock:
            data = self._entries.get(key) if generation == self._generation else None
            if data is None:
                return _MISSING
            self._entries.move_to_end(key)
        return pickle.loads(data)

    def put(self, generation, key, value):
        budget = getattr(settings, "DATA_CACHE_LOCAL_MB", 0) * 1024 * 1024
        if not budget:
            return
        try:
            data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        except Exception:  # not picklable: the shared cache could not keep it either
            return
        if len(data) > budget // 4:
            return
        with self._lock:
            if generation != self._generation:  # a change: every copy is behind
                self.clear()
                self._generation = generation
            old = self._entries.pop(key, None)
            self._size += len(data) - (len(old) if old is not None else 0)
            self._entries[key] = data
            while self._size > budget:
                _key, dropped = self._entries.popitem(last=False)
                self._size -= len(dropped)

    def clear(self):
        self._entries.clear()
        self._size = 0

    def __len__(self):
        return len(self._entries)


local_copies = LocalCopies()


def _cached(generation, key, build, keep_empty, renew):
    value = _MISSING if renew else local_copies.get(generation, key)
    if value is not _MISSING:
        return value
    if not renew:
        try:
            value = cache.get(key, _MISSING)
        except Exception:  # the cache server is down: build it every time
            logger.warning("data cache unavailable", exc_info=True)
            return build()
    if value is _MISSING:
        value = build()
        if value is None and not keep_empty:
            return value
        try:
            cache.set(key, value, settings.DATA_CACHE_SECONDS)
        except Exception:
            logger.warning("data cache: could not store %s", key, exc_info=True)
            return value
    local_copies.put(generation, key, value)
    return value


def site_for_request(request):
    """Wagtail's ``Site`` for ``request`` with its root page as its specific page, or None (kept)."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def build():
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        return site

    return remember(f"site:{hostname}:{port}", build)


def _site_root_paths():
    from wagtail.models import Site

    return Site.get_site_root_paths()


class SharedDataMiddleware:
    """Opens the per-request state, and gives Wagtail the request's ``Site`` from the cache.

    Place it first among the middleware that may read shared data (before the page cache).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail's previews run through the middleware as a dummy request.
        preview = getattr(request, "is_dummy", False)
        token = _state.set(_RequestState(private=preview))
        try:
            if enabled() and not preview:
                request._wagtail_site = site_for_request(request)
                # What Page.get_url reads for every link (Wagtail keeps it in the cache too).
                request._wagtail_cached_site_root_paths = remember("site-root-paths", _site_root_paths)
            return self.get_response(request)
        finally:
            _state.reset(token)
