"""Search backends, one per language: each indexes and searches the content of one locale.

``WAGTAILSEARCH_BACKENDS`` (built by :func:`search_backends_setting`) has one entry per
language of ``LANGUAGES``: on the database ``"default"`` is the source language, Spanish
(``LANGUAGE_CODE``), and the other languages use their code as alias (``"en"``,
``"fr"``); on a search server every language uses its code and ``"default"`` is the
admin's index of every language (below). :func:`backend_for` gives the alias for a language, so the search page asks
``get_search_backend(backend_for(code))``. Which engine serves them comes from the
environment: ``ELASTICSEARCH_URL`` (Wagtail's Elasticsearch 9 backend),
``OPENSEARCH_URL`` (Wagtail's OpenSearch 3 backend) or, without either, Wagtail's
database backend (PostgreSQL full text, or SQLite FTS5 locally).

Gap in Wagtail: a search backend indexes every object with one analyzer; Wagtail has no
notion of a per-language index. The backends below are Wagtail's own, plus:

- **One locale each.** Pages and translatable snippets go only to the backend of their
  locale's language; objects without a locale (images, documents) only to the
  ``"default"`` backend. The filter sits in the index classes, so Wagtail's own
  ``update_index`` respects it as well as our ``rebuild_search_index``.
- **Language analysis.** PostgreSQL: a text search configuration per language
  (``portal_es``, ``portal_en``, ``portal_fr``, created by ``search/migrations/0001``):
  ``unaccent`` then the language's Snowball stemmer. Spanish queries also search the
  singular/plural of each word, because the Spanish Snowball stemmer strips ``-aciones``
  but not an unaccented ``-acion`` (jubilaciones/jubilación) and stems mujer/mujeres
  apart. Elasticsearch/OpenSearch: the language's analyzer is the index's default
  analyzer (stop words, ASCII folding, light stemmer), see :func:`index_settings`.
  SQLite: FTS5 folds accents but has no stemming.
- **One table, separate languages.** The database backends share Wagtail's
  ``IndexEntry`` table (an object has one row, written by its language's backend with
  that language's configuration). ``reset()`` and rebuilds delete only the rows of their
  own language; the English and French backends search only their locale. The
  ``"default"`` backend searches the whole table, as stock Wagtail does, because
  Wagtail's admin search always uses ``"default"`` and editors look for pages of every
  language there.
- **An admin index on search servers.** An Elasticsearch/OpenSearch index holds what its
  backend indexed, so there ``"default"`` (what Wagtail's admin searches: the explorer,
  choosers, snippets, images, documents) is an index of every language and of the
  objects without one (``LANGUAGE`` :data:`ALL_LANGUAGES`, accents folded, no stemming),
  and each language, Spanish included, has its own backend under its code
  (``"es"``, ``"en"``, ``"fr"``) for the public search.
- **Outages.** Elasticsearch/OpenSearch clients use short timeouts and no retries, and
  indexing goes through :func:`search.resilience.guard_indexing`, so a save never waits
  long for, or fails because of, a search server that is down.

Wagtail's database backend classes need the app registry at import, and the settings
import this module, so the backend classes are built on first use by the factories
``database_backend``, ``elasticsearch_backend`` and ``opensearch_backend`` (the

Modules: ``analysis`` (each language's analysis), ``language`` (what a language's backend and
index hold), ``database`` (Wagtail's database backends), ``server`` (Elasticsearch/OpenSearch).
This package's ``__init__`` builds the setting and names the backend factories; it imports
no Wagtail backend, because the settings import it before the app registry is ready.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from search.backends.analysis import (  # noqa: F401 (the package's public names)
    POSTGRES_AUTOCOMPLETE_CONFIG,
    POSTGRES_CONFIGS,
    POSTGRES_DOCUMENT_FUNCTION,
    TERM_VARIANTS,
    index_settings,
    spanish_number_variants,
)
from search.backends.language import ALL_LANGUAGES, LanguageBackendMixin, LanguageIndexMixin  # noqa: F401

DEFAULT_LANGUAGE = "es"
LANGUAGES = ("es", "en", "fr")


DATABASE_BACKEND = "search.backends.database_backend"
ELASTICSEARCH_BACKEND = "search.backends.elasticsearch_backend"
OPENSEARCH_BACKEND = "search.backends.opensearch_backend"


def _server_options(env, name, url):
    """The Wagtail options shared by every language for the server in ``{name}_URL``."""
    user = env.str(f"{name}_USER", "")
    password = env.str(f"{name}_PASSWORD", "")
    if bool(user) != bool(password):
        raise ImproperlyConfigured(f"Set both {name}_USER and {name}_PASSWORD, or neither.")
    # Fail fast: a save must not wait for retries (search/resilience.py).
    options = {"max_retries": 0, "retry_on_timeout": False}
    if user:
        options["basic_auth" if name == "ELASTICSEARCH" else "http_auth"] = (user, password)
    return {
        "BACKEND": ELASTICSEARCH_BACKEND if name == "ELASTICSEARCH" else OPENSEARCH_BACKEND,
        "URLS": [url],
        "TIMEOUT": env.float(f"{name}_TIMEOUT", 2.0),
        "OPTIONS": options,
        "prefix": env.str(f"{name}_INDEX_PREFIX", "portal_"),
    }


def search_backends_setting(env, languages=LANGUAGES, default_language=DEFAULT_LANGUAGE):
    """``WAGTAILSEARCH_BACKENDS``: one backend per language, and ``"default"`` for Wagtail's admin.

    On the database, ``"default"`` is ``default_language`` (Spanish; it searches every
    language's rows), then one per other language. On a search server, ``"default"`` holds
    every language (:data:`ALL_LANGUAGES`), then one per language, ``default_language``
    included.

    Read from the environment (``env`` is an ``environs.Env``): ``ELASTICSEARCH_URL`` or
    ``OPENSEARCH_URL`` (not both), each with ``_INDEX_PREFIX`` (default ``portal_``; the
    language code is appended), ``_TIMEOUT`` (seconds, default 2), ``_USER`` and
    ``_PASSWORD`` (optional); without either URL, the database.
    """
    elasticsearch_url = env.str("ELASTICSEARCH_URL", "")
    opensearch_url = env.str("OPENSEARCH_URL", "")
    if elasticsearch_url and opensearch_url:
        raise ImproperlyConfigured("Set ELASTICSEARCH_URL or OPENSEARCH_URL, not both.")
    server = None
    if elasticsearch_url:
        server = _server_options(env, "ELASTICSEARCH", elasticsearch_url)
    elif opensearch_url:
        server = _server_options(env, "OPENSEARCH", opensearch_url)

    ordered = [default_language, *(code for code in languages if code != default_language)]
    backends = {}
    if server is None:
        for language in ordered:
            backends["default" if language == default_language else language] = {
                "BACKEND": DATABASE_BACKEND,
                "LANGUAGE": language,
                "SEARCH_CONFIG": POSTGRES_CONFIGS.get(language, POSTGRES_AUTOCOMPLETE_CONFIG),
                "AUTOCOMPLETE_CONFIG": POSTGRES_AUTOCOMPLETE_CONFIG,
            }
        return backends
    for alias, language in [("default", ALL_LANGUAGES), *((code, code) for code in ordered)]:
        backends[alias] = {
            "BACKEND": server["BACKEND"],
            "LANGUAGE": language,
            # Images and documents go to the admin's index only (the public search finds pages).
            "UNLOCALIZED": language == ALL_LANGUAGES,
            "URLS": list(server["URLS"]),
            "INDEX_PREFIX": f"{server['prefix']}{language}_",
            "TIMEOUT": server["TIMEOUT"],
            "OPTIONS": dict(server["OPTIONS"]),
            "INDEX_SETTINGS": index_settings(language),
        }
    return backends


def backend_for(language_code):
    """The ``WAGTAILSEARCH_BACKENDS`` alias for ``language_code``'s content ("default" if it has none)."""
    backends = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    code = (language_code or "").lower()
    for candidate in (code, code.split("-")[0]):
        if candidate and candidate != "default" and candidate in backends:
            return candidate
    return "default"


# --- Factories (the ``BACKEND`` paths of the setting): the backend classes are built on first use.
def database_backend(params):
    """Wagtail's database backend for the default database's vendor, holding one language."""
    from search.backends import database

    return database.database_backend(params)


def elasticsearch_backend(params):
    """Wagtail's Elasticsearch 9 backend, holding one language."""
    from search.backends import server

    return server.elasticsearch_backend(params)


def opensearch_backend(params):
    """Wagtail's OpenSearch 3 backend (client ``opensearch-py`` 3), holding one language."""
    from search.backends import server

    return server.opensearch_backend(params)
