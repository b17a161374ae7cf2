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
``BACKEND`` paths in the setting).
"""

import copy
import functools
import operator
import re
from urllib.parse import urlparse

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from search.resilience import AdminOutageResultsMixin, guard_indexing

DEFAULT_LANGUAGE = "es"
LANGUAGES = ("es", "en", "fr")

#: PostgreSQL text search configurations, created by search/migrations/0001_text_search_configurations.py.
POSTGRES_CONFIGS = {"es": "portal_es", "en": "portal_en", "fr": "portal_fr"}
#: Autocomplete: no stemming (prefixes of whole words), accents folded.
POSTGRES_AUTOCOMPLETE_CONFIG = "portal_simple"

#: Elasticsearch/OpenSearch analysis per language: stop words, light stemmer, filters before lowercasing.
SERVER_ANALYSIS = {
    "es": {"stopwords": "_spanish_", "stemmer": "light_spanish", "first": []},
    "en": {"stopwords": "_english_", "stemmer": "english", "first": ["portal_possessive"]},
    "fr": {"stopwords": "_french_", "stemmer": "light_french", "first": ["portal_elision"]},
}
SERVER_FILTERS = {
    "portal_possessive": {"type": "stemmer", "language": "possessive_english"},
    # A custom elision filter needs its articles (these are the French defaults of the built-in one).
    "portal_elision": {
        "type": "elision",
        "articles_case": True,
        "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
    },
}

#: ``LANGUAGE`` of the search server backend that holds every language (the admin's ``"default"``).
ALL_LANGUAGES = "all"

DATABASE_BACKEND = "search.backends.database_backend"
ELASTICSEARCH_BACKEND = "search.backends.elasticsearch_backend"
OPENSEARCH_BACKEND = "search.backends.opensearch_backend"


# --- Settings ---------------------------------------------------------------------------
def index_settings(language):
    """``INDEX_SETTINGS`` for one language's Elasticsearch/OpenSearch indexes.

    The language's analyzer is named ``default``, so it applies to every text field that
    Wagtail maps without an explicit analyzer (all SearchFields and ``_all_text``), at
    index and at query time. ``portal_folding`` analyses autocomplete queries.
    """
    analysis = SERVER_ANALYSIS.get(language)
    if analysis is None:  # a language without a stemmer: fold accents, nothing more
        filters, chain = {}, ["lowercase", "asciifolding"]
    else:
        filters = {name: copy.deepcopy(SERVER_FILTERS[name]) for name in analysis["first"]}
        filters["portal_stop"] = {"type": "stop", "stopwords": analysis["stopwords"]}
        filters["portal_stemmer"] = {"type": "stemmer", "language": analysis["stemmer"]}
        # Stop words before folding: the lists spell them with accents ("más", "été").
        chain = [*analysis["first"], "lowercase", "portal_stop", "asciifolding", "portal_stemmer"]
    analysis = {
        "analyzer": {
            "default": {"type": "custom", "tokenizer": "standard", "filter": chain},
            "portal_folding": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
        },
    }
    if filters:
        # Never an empty "filter": Wagtail merges these settings into its own with a deep update
        # that replaces a dict by an empty one, which would drop its "ngram" and "edgengram" filters.
        analysis["filter"] = filters
    return {"settings": {"analysis": analysis}}


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


# --- Query expansion --------------------------------------------------------------------
SPANISH_VOWELS = "aeiouáéíóú"


def spanish_number_variants(term):
    """``term`` and its plural or singular: ``jubilación`` → also ``jubilaciónes``; ``mujeres`` → also ``mujer``."""
    word = term.lower()
    if len(word) < 3 or not word.isalpha():
        return [term]
    if word.endswith("es") and len(word) > 4:
        return [term, term[:-2]]
    if word.endswith("s"):
        return [term, term[:-1]]
    return [term, term + ("s" if word[-1] in SPANISH_VOWELS else "es")]


#: Per language, a function from a query word to the words to search for it (PostgreSQL).
TERM_VARIANTS = {"es": spanish_number_variants}


# --- Backend and index behaviour --------------------------------------------------------
def _is_translatable(model):
    from wagtail.models import TranslatableMixin

    return issubclass(model, TranslatableMixin)


class LanguageBackendMixin:
    """A Wagtail search backend that holds the objects of one language (option ``LANGUAGE``).

    ``LANGUAGE`` :data:`ALL_LANGUAGES` holds every language. ``UNLOCALIZED`` says whether it
    also holds the objects without a locale (images, documents); by default the source
    language's backend does.
    """

    def __init__(self, params):
        params = dict(params)
        params["OPTIONS"] = dict(params.get("OPTIONS", {}))
        self.language = params.pop("LANGUAGE", None) or settings.LANGUAGE_CODE
        unlocalized = params.pop("UNLOCALIZED", None)
        self.holds_unlocalized = self.language == settings.LANGUAGE_CODE if unlocalized is None else unlocalized
        super().__init__(params)

    def __repr__(self):
        return f"<{type(self).__name__} {self.language}>"

    @property
    def all_languages(self):
        return self.language == ALL_LANGUAGES

    @property
    def is_default_language(self):
        """Whether this backend holds the objects that have no locale."""
        return self.holds_unlocalized

    @functools.cached_property
    def locale_ids(self):
        from wagtail.models import Locale

        return frozenset(Locale.objects.filter(language_code=self.language).values_list("pk", flat=True))

    def holds(self, obj):
        if _is_translatable(type(obj)):
            return self.all_languages or obj.locale_id in self.locale_ids
        return self.is_default_language

    def kept(self, model, items):
        if _is_translatable(model):
            return [item for item in items if self.all_languages or item.locale_id in self.locale_ids]
        return list(items) if self.is_default_language else []

    def indexed_objects(self, model):
        """``model``'s objects that belong in this backend (what a rebuild indexes)."""
        objects = model.get_indexed_objects()
        if _is_translatable(model):
            return objects if self.all_languages else objects.filter(locale_id__in=self.locale_ids)
        return objects if self.is_default_language else objects.none()


class LanguageIndexMixin:
    """Index methods that ignore objects of other languages."""

    def add_item(self, item):
        if self.backend.holds(item):
            super().add_item(item)

    def add_items(self, model, items):
        items = self.backend.kept(model, items)
        if items:
            super().add_items(model, items)

    def delete_item(self, item):
        if self.backend.holds(item):
            super().delete_item(item)


# --- Database (PostgreSQL, SQLite) ------------------------------------------------------
class LanguageDatabaseIndexMixin(LanguageIndexMixin):
    def reset(self):
        """Delete this language's rows of the shared ``IndexEntry`` table, and no other."""
        from django.db.models import TextField
        from django.db.models.functions import Cast
        from modelsearch.index import get_indexed_models
        from modelsearch.utils import get_descendants_content_types_pks

        entries = getattr(self, "entries", None)  # Wagtail's fallback backend keeps no table
        if entries is None:
            return
        for model in get_indexed_models():
            if model._meta.parents:  # rows of subclasses go with their root model
                continue
            rows = entries.filter(content_type_id__in=get_descendants_content_types_pks(model))
            if _is_translatable(model):
                own = model._default_manager.filter(locale_id__in=self.backend.locale_ids)
                rows = rows.filter(object_id__in=own.annotate(object_key=Cast("pk", TextField())).values("object_key"))
            elif not self.backend.is_default_language:
                continue
            rows.delete()


class LanguageRebuilder:
    """Wagtail's database rebuilder, emptying the language's rows first (in its transaction when atomic)."""

    def __init__(self, rebuilder_class, index):
        self.rebuilder = rebuilder_class(index)

    def start(self):
        index = self.rebuilder.start()
        index.reset()
        return index

    def finish(self):
        self.rebuilder.finish()


class LanguageDatabaseBackendMixin(LanguageBackendMixin):
    def __init__(self, params):
        super().__init__(params)
        if self.rebuilder_class is not None:
            self.rebuilder_class = functools.partial(LanguageRebuilder, self.rebuilder_class)

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        results = super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
        compiler = results.query_compiler
        if compiler is None:  # nothing to search
            return results
        compiler.term_variants = TERM_VARIANTS.get(self.language)
        if not self.is_default_language and _is_translatable(compiler.queryset.model):
            compiler.queryset = compiler.queryset.filter(locale_id__in=self.locale_ids)
        return results


#: ``title || body`` of Wagtail's ``IndexEntry``, with a GIN index (search/migrations/0003_search_document_index.py).
POSTGRES_DOCUMENT_FUNCTION = "portal_search_document"


def _postgres_query_compiler(base):
    from django.contrib.postgres.search import SearchVectorField
    from django.db.models import F, Func
    from modelsearch.backends.database.postgres.query import Lexeme
    from modelsearch.query import Fuzzy, MatchAll, Not, PlainText

    class SearchDocument(Func):
        function = POSTGRES_DOCUMENT_FUNCTION
        output_field = SearchVectorField()

    class LanguagePostgresSearchQueryCompiler(base):
        """Searches every variant of each word (``TERM_VARIANTS``) of a plain-text query, through an index.

        Gap in Wagtail: its ``search()`` matches ``(title || body) @@ query``, which no index
        serves, and selects that concatenation for every result. Here the same match is
        written ``portal_search_document(title, body) @@ query`` (the expression of a GIN
        index) and not selected; the ranking is Wagtail's.
        """

        term_variants = None

        def search(self, config, start, stop, score_field=None, backend=None):
            match_all = isinstance(self.query, MatchAll) or (
                isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)
            )
            if self.fields is not None or match_all or isinstance(self.query, Fuzzy):
                return super().search(config, start, stop, score_field=score_field, backend=backend)
            search_query = self.build_tsquery(self.query, config=config)
            rank_expression = self._build_rank_expression(self.get_index_vectors(search_query), config)
            document = SearchDocument(F("index_entries__title"), F("index_entries__body"))
            queryset = self.queryset.alias(_document_=document).filter(_document_=search_query)
            return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

        def build_tsquery_content(self, query, config=None, invert=False):
            from django.contrib.postgres.search import SearchQuery

            if self.term_variants is None or invert or not isinstance(query, PlainText):
                return super().build_tsquery_content(query, config=config, invert=invert)
            terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
            if not terms:
                return None
            combine = operator.and_ if query.operator == "and" else operator.or_
            words = []
            for position, term in enumerate(terms, start=1):
                prefix = self.LAST_TERM_IS_PREFIX and position == len(terms)
                variants = [Lexeme(variant, prefix=prefix) for variant in self.term_variants(term)]
                words.append(functools.reduce(operator.or_, variants))
            return SearchQuery(functools.reduce(combine, words), search_type="raw", config=config)

    return LanguagePostgresSearchQueryCompiler


#: SQLite FTS5 column weights of Wagtail's index table, in its column order (autocomplete, body, title).
SQLITE_COLUMN_WEIGHTS = (0.0, 1.0, 10.0)


def _sqlite_query_compiler(base):
    from django.db.models import FloatField, Func
    from modelsearch.backends.database.sqlite.query import SQLiteFTSIndexEntry
    from modelsearch.query import Not, Phrase, PlainText

    class WeightedBM25(Func):
        """FTS5's ``bm25()`` with :data:`SQLITE_COLUMN_WEIGHTS`: a title match counts ten times a body one."""

        output_field = FloatField()

        def as_sql(self, compiler, connection, function=None, template=None):
            weights = ", ".join(str(weight) for weight in SQLITE_COLUMN_WEIGHTS)
            return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []

    class LanguageSQLiteSearchQueryCompiler(base):
        """Ranks title matches above body matches.

        Gap in Wagtail: its SQLite backend ranks with ``bm25()`` without column weights, so
        a word in a page's title counts no more than the same word anywhere in its body
        (the PostgreSQL backend weighs fields by their ``boost``), and multiplies that by
        the row's ``title_norm``, which favours pages with long bodies.
        """

        def build_tsrank(self, vector, query, config=None, boost=1.0):
            if isinstance(query, (Phrase, PlainText, Not)):
                rank = WeightedBM25()
                return rank * boost if boost != 1.0 else rank
            return super().build_tsrank(vector, query, config=config, boost=boost)

        def _build_rank_expression(self, vectors, config):
            # One weighted bm25() for the whole row. Wagtail's adds bm25() x title_norm (a
            # length ratio of the row) to bm25(), which ranks by how long a page's body is.
            return self.build_tsrank(None, self.query, config=config)

    return LanguageSQLiteSearchQueryCompiler


class PostgresConfigMixin:
    """Autocomplete with the accent-folding ``portal_simple`` configuration (Wagtail hard-codes ``simple``)."""

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", "simple")


@functools.cache
def _database_backend_class(base):
    """``base`` (one of Wagtail's database backends) holding one language."""
    bases = (LanguageDatabaseBackendMixin, base)
    attributes = {
        "__module__": __name__,
        "index_class": type(f"Language{base.index_class.__name__}", (LanguageDatabaseIndexMixin, base.index_class), {}),
    }
    if base.__name__ == "PostgresSearchBackend":
        bases = (PostgresConfigMixin, *bases)
        attributes["query_compiler_class"] = _postgres_query_compiler(base.query_compiler_class)
    elif base.__name__ == "SQLiteSearchBackend":
        attributes["query_compiler_class"] = _sqlite_query_compiler(base.query_compiler_class)
    return type(f"Language{base.__name__}", bases, attributes)


def database_backend(params):
    """Wagtail's database backend for the default database's vendor, holding one language."""
    from django.db import connection

    if connection.vendor == "postgresql":
        from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend as base
    elif connection.vendor == "sqlite":
        from wagtail.search.backends.database.sqlite.utils import fts5_available, fts_table_exists

        if fts5_available() and fts_table_exists():
            from wagtail.search.backends.database.sqlite.sqlite import SQLiteSearchBackend as base
        else:  # pragma: no cover - SQLite without FTS5
            from wagtail.search.backends.database.fallback import DatabaseSearchBackend as base
    elif connection.vendor == "mysql":  # pragma: no cover
        from wagtail.search.backends.database.mysql.mysql import MySQLSearchBackend as base
    else:  # pragma: no cover
        from wagtail.search.backends.database.fallback import DatabaseSearchBackend as base
    return _database_backend_class(base)(params)


# --- Search servers (Elasticsearch, OpenSearch) -----------------------------------------
class LanguageServerBackendMixin(LanguageBackendMixin):
    """Indexing that neither fails nor waits long when the server is down (search/resilience.py)."""

    def __init__(self, params):
        super().__init__(params)
        # Named in logs without credentials.
        urls = [urlparse(url) for url in params.get("URLS") or []]
        self.server = ", ".join(f"{url.scheme}://{url.netloc.rpartition('@')[2]}{url.path}" for url in urls) or "?"
        if self.all_languages:
            # The admin's index: no results (and a warning), not a 500, while the server is down.
            self.results_class = self.admin_results_class

    def _get_host_config_from_url(self, url):
        host = super()._get_host_config_from_url(url)
        if "http_auth" in host and host["http_auth"] is None:
            # OpenSearch: the client gives the host's None precedence over OPTIONS["http_auth"].
            del host["http_auth"]
        return host

    def add(self, obj):
        if self.holds(obj):
            guard_indexing(self.server, self.language, "indexed", obj, functools.partial(super().add, obj))

    def delete(self, obj):
        if self.holds(obj):
            guard_indexing(self.server, self.language, "removed", obj, functools.partial(super().delete, obj))


class RankedIdsResultsMixin:
    """``ids(limit)``: the ranking alone, as the search page needs it (``search.views.result_ids``).

    Gap in Wagtail: its Elasticsearch/OpenSearch results build a model object for every hit,
    a page of 100 at a time through the scroll API, so the ids of the best 1,000 matches
    cost ten requests and ten queries loading whole pages. Here they cost one request that
    returns ids only, and one query keeping the ids still in the queryset.
    """

    def ids(self, limit):
        queryset = self.query_compiler.queryset
        params = {
            "index": self.backend.get_index_for_model(queryset.model).name,
            "_source": False,
            self.fields_param_name: "pk",
            "from_": self.start,
            "size": limit,
        }
        hits = self._backend_do_search(self._get_es_body(), **params)["hits"]["hits"]
        to_python = queryset.model._meta.pk.to_python
        ranked = [to_python(hit["fields"]["pk"][0]) for hit in hits]
        existing = set(queryset.filter(pk__in=ranked).values_list("pk", flat=True))
        return [pk for pk in ranked if pk in existing]


class FoldingAutocompleteMappingMixin:
    """Autocomplete queries folded like the indexed edge n-grams (Wagtail's ``standard`` keeps accents)."""

    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "portal_folding"}


@functools.cache
def _server_backend_class(base):
    """``base`` (Wagtail's Elasticsearch or OpenSearch backend) holding one language."""
    index_class = type(f"Language{base.index_class.__name__}", (LanguageIndexMixin, base.index_class), {})
    mapping_class = type(
        f"Language{base.mapping_class.__name__}", (FoldingAutocompleteMappingMixin, base.mapping_class), {}
    )
    results_class = type(f"Language{base.results_class.__name__}", (RankedIdsResultsMixin, base.results_class), {})
    admin_results_class = type(f"Admin{base.results_class.__name__}", (AdminOutageResultsMixin, results_class), {})
    return type(
        f"Language{base.__name__}",
        (LanguageServerBackendMixin, base),
        {
            "__module__": __name__,
            "index_class": index_class,
            "mapping_class": mapping_class,
            "results_class": results_class,
            "admin_results_class": admin_results_class,
        },
    )


def elasticsearch_backend(params):
    """Wagtail's Elasticsearch 9 backend, holding one language."""
    from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

    return _server_backend_class(Elasticsearch9SearchBackend)(params)


def opensearch_backend(params):
    """Wagtail's OpenSearch 3 backend (client ``opensearch-py`` 3), holding one language."""
    from wagtail.search.backends.opensearch3 import OpenSearch3SearchBackend

    return _server_backend_class(OpenSearch3SearchBackend)(params)
