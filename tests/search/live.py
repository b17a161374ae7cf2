"""The live search engine of the tests: a real OpenSearch node (``make opensearch`` starts one).

``OPENSEARCH_TEST_URL`` names it (``make test`` sets it to the node it starts). Under CI a
node that does not answer fails the live tests: they never skip there. Elsewhere they
skip, saying how to start the node.

Each use gets indexes of its own (a random ``portal_test_…_`` prefix), built from the
demo content by ``rebuild_search_index`` and deleted afterwards, so tests never see each
other's writes.
"""

import os
import urllib.request
import uuid
from contextlib import contextmanager
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.test import override_settings
from environs import Env

from search.backends import search_backends_setting

SERVER_VARIABLES = [
    f"{server}_{name}"
    for server in ("ELASTICSEARCH", "OPENSEARCH")
    for name in ("URL", "INDEX_PREFIX", "TIMEOUT", "USER", "PASSWORD")
]


def opensearch_url():
    """The live node's URL; fails under CI, skips elsewhere, when it does not answer."""
    url = os.environ.get("OPENSEARCH_TEST_URL", "").rstrip("/")
    problem = "OPENSEARCH_TEST_URL is not set"
    if url:
        try:
            with urllib.request.urlopen(f"{url}/_cluster/health?wait_for_status=yellow&timeout=30s", timeout=40):
                return url
        except OSError as error:
            problem = f"the OpenSearch node at {url} does not answer ({error})"
    if os.environ.get("CI"):
        pytest.fail(f"Live search tests must run in CI, but {problem}.", pytrace=False)
    pytest.skip(f"{problem}: `make opensearch` starts a node (search/opensearch/README.md)")


def live_setting(url, prefix, timeout="30"):
    """``WAGTAILSEARCH_BACKENDS`` for the node at ``url`` with indexes named ``prefix…``."""
    variables = dict.fromkeys(SERVER_VARIABLES, "")
    variables.update(OPENSEARCH_URL=url, OPENSEARCH_INDEX_PREFIX=prefix, OPENSEARCH_TIMEOUT=timeout)
    with mock.patch.dict(os.environ, variables):
        for name in SERVER_VARIABLES:
            if not os.environ[name]:
                del os.environ[name]
        return search_backends_setting(Env())


def delete_indexes(url, prefix):
    from opensearchpy import OpenSearch

    client = OpenSearch([url])
    for name in client.indices.get(index=f"{prefix}*"):
        client.indices.delete(index=name)


@contextmanager
def live_indexes(url=None, rebuild=True):
    """The search settings switched to fresh indexes of the live node, holding the database's content."""
    url = url or opensearch_url()
    prefix = f"portal_test_{uuid.uuid4().hex[:8]}_"
    with override_settings(WAGTAILSEARCH_BACKENDS=live_setting(url, prefix)):
        try:
            if rebuild:
                call_command("rebuild_search_index", stdout=StringIO())
            yield prefix
        finally:
            delete_indexes(url, prefix)
