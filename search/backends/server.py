"""Wagtail's Elasticsearch and OpenSearch backends holding one language each."""

import functools
from urllib.parse import urlparse

from search.backends.language import LanguageBackendMixin, LanguageIndexMixin
from search.ids import IdIn
from search.resilience import AdminOutageResultsMixin, guard_indexing


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
    """``ids(limit)``: the ranking alone, as the search page needs it (``search.ranking.result_ids``).

    Gap in Wagtail: its Elasticsearch/OpenSearch results build a model object for every hit,
    a page of 100 at a time through the scroll API, so the ids of the best 1,000 matches
    cost ten requests and ten queries loading whole pages. Here they cost one request that
    returns ids only, and one query keeping the ids still in the queryset.

    The ids are read from the ``pk`` field's doc values (a keyword: column-stored), not as
    a stored field: Wagtail asks ``stored_fields=pk``, which makes the node decompress the
    stored fields of every hit, most of the request's time for 1,000 hits (on ``bench_10k``,
    ``took`` 40-100 ms against 3-15 ms this way, same hits in the same order). The total
    is not counted (``track_total_hits``: the caller counts the ids it gets) and the
    response holds only the ids (``filter_path``), less JSON to send and parse.
    """

    def ids(self, limit, verify=True):
        """The ids of the best ``limit`` hits; with ``verify``, only those still in the queryset (one query).

        ``verify=False`` skips that query for a caller that filters the ids itself afterwards
        (the search page keeps only the pages the reader may see, ``search.visibility``).
        """
        queryset = self.query_compiler.queryset
        params = {
            "index": self.backend.get_index_for_model(queryset.model).name,
            "_source": False,
            "stored_fields": "_none_",
            "docvalue_fields": ["pk"],
            "track_total_hits": False,
            "filter_path": "hits.hits.fields.pk",
            "from_": self.start,
            "size": limit,
        }
        response = self._backend_do_search(self._get_es_body(), **params)
        response = getattr(response, "body", response)  # Elasticsearch's client wraps the dict
        # Without hits, filter_path leaves nothing of "hits".
        hits = (response.get("hits") or {}).get("hits") or []
        to_python = queryset.model._meta.pk.to_python
        ranked = [to_python(hit["fields"]["pk"][0]) for hit in hits]
        if not verify:
            return ranked
        existing = set(queryset.filter(IdIn("pk", ranked)).values_list("pk", flat=True))
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
