"""Wagtail's database backends (PostgreSQL, SQLite) holding one language each."""

import functools
import operator
import re

from search.backends.analysis import POSTGRES_DOCUMENT_FUNCTION, TERM_VARIANTS
from search.backends.language import LanguageBackendMixin, LanguageIndexMixin, is_translatable


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
            if is_translatable(model):
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
        if not self.is_default_language and is_translatable(compiler.queryset.model):
            compiler.queryset = compiler.queryset.filter(locale_id__in=self.locale_ids)
        return results


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
