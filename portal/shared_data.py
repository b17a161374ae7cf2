"""Data every public page repeats, kept in Django's cache until the next change readers could see.

Each page of the public site needs the same few things: the Wagtail ``Site`` of the request
with its home page, the home pages of every language, the menu of the reader's language,
the language versions of the page, the restricted paths, listings and tagged content.
``remember(name, build)`` keeps each in Django's cache (Redis in production, shared by every
app server) under ``portal:data:<generation>:<name>``: the *generation* of
``portal/invalidation.py``, which every change readers could see bumps. So a kept value is
never older than the last such change, the same rule as the page cache, and serves every
request: logged-in readers, previews' neighbours, pages the page cache does not keep.

Rules for a caller:

- ``name`` says everything else the value depends on (a language, a page id, a query).
- Only data that is the same for every reader is kept: live, public pages (menus and
  language versions exclude restricted pages), sites, restriction ids. Whether *this*
  reader passes a restriction is decided per request, outside (``search/views.py``'s
  ``remember_for`` keeps nothing for a reader who passes one).
- Previews (Wagtail's dummy request, whose page carries unsaved changes) neither read nor
  keep anything.

Inside a request the generation is read once (shared with the page cache) and each value
at most once. ``DATA_CACHE`` turns it on (production and tests) or off; off, or with the
cache server down, each value is built once per request (every time outside a request).
``bench/README.md`` has what it saves.
"""

import contextvars
import hashlib
import logging
import re

from django.conf import settings
from django.core.cache import cache

from portal import invalidation

logger = logging.getLogger(__name__)

_MISSING = object()
SAFE_NAME = re.compile(r"[\w:.,=-]{1,150}", re.ASCII)
_state = contextvars.ContextVar("portal_shared_data", default=None)


def enabled():
    return getattr(settings, "DATA_CACHE", False)


class _RequestState:
    """The generation of this request (read once) and the values already read.

    ``private``: a preview; values are built from its page and never read from or kept in the cache.
    """

    def __init__(self, private=False):
        self.generation = _MISSING
        self.values = {}
        self.private = private


def current_generation():
    """The generation for this request (read once per request; on each call outside one), or None when down."""
    state = _state.get()
    if state is None:
        return invalidation.generation()
    if state.generation is _MISSING:
        state.generation = invalidation.generation()
    return state.generation


def know_generation(generation):
    """The page cache read the generation with its entry, in one round trip: this request uses that one."""
    state = _state.get()
    if state is not None and state.generation is _MISSING:
        state.generation = generation


def fragment_generation():
    """The generation for a ``{% cache %}`` fragment of shared data, or None: don't keep it.

    None with ``DATA_CACHE`` off, in a preview (its page carries unsaved changes) and when the
    cache server is down, as for ``remember``.
    """
    state = _state.get()
    if not enabled() or (state is not None and state.private):
        return None
    return current_generation()


def remember(name, build, *, keep_empty=True, renew=False):
    """``build()``, kept under ``name`` until the next change readers could see.

    ``keep_empty=False``: a None result is not kept (lookups of paths that readers or
    robots may invent). ``renew``: build it and keep the new value (the caller knows the
    kept one is behind, for example after a write made without publishing).
    """
    state = _state.get()
    if state is not None and name in state.values and not renew:
        return state.values[name]
    generation = None
    if enabled() and not (state is not None and state.private):
        generation = current_generation()
    value = build() if generation is None else _cached(_key(generation, name), build, keep_empty, renew)
    if state is not None:
        state.values[name] = value
    return value


def _key(generation, name):
    """The cache key; a name with characters some cache servers refuse (spaces, URL parts) is hashed."""
    if not SAFE_NAME.fullmatch(name):
        name = "sha256:" + hashlib.sha256(name.encode()).hexdigest()
    return f"portal:data:{generation}:{name}"


def _cached(key, build, keep_empty, renew):
    value = _MISSING
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
    """Opens the per-request state; once the view is known, gives Wagtail the request's ``Site`` from the cache.

    Place it before the page cache (which reads the generation through it). A page served
    from the page cache never reaches ``process_view``, so costs no read of the site.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail's previews run through the middleware as a dummy request.
        preview = getattr(request, "is_dummy", False)
        token = _state.set(_RequestState(private=preview))
        try:
            return self.get_response(request)
        finally:
            _state.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if enabled() and not getattr(request, "is_dummy", False):
            request._wagtail_site = site_for_request(request)
            # What Page.get_url reads for every link (Wagtail keeps it in the cache too).
            request._wagtail_cached_site_root_paths = remember("site-root-paths", _site_root_paths)
