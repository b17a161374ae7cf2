"""A search server that refuses or hangs: saves and publishes go on, the failure is logged
once with the page id, searches raise SearchUnavailable, the rebuild command says so."""

import logging
import socket
import threading
import time
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError
from django.test import override_settings
from environs import Env
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search import resilience
from search.backends import search_backends_setting
from search.resilience import SearchUnavailable, run_search
from tests.factories import NewsPageFactory, ThemePageFactory
from tests.factories.trees import fresh

pytestmark = [pytest.mark.django_db, pytest.mark.factories, pytest.mark.only_engine("database")]

#: "A few seconds": the client timeout is 1 s here (2 s by default), and there are no retries.
SAVE_BUDGET = 5.0


@pytest.fixture(scope="module")
def scene(trees):
    """Two themes and a news page, each in es/en/fr."""
    return {
        "theme-health": trees.add(
            ThemePageFactory, "themes", title="Salud", en={"title": "Health"}, fr={"title": "Santé"}
        ),
        "theme-old-age": trees.add(ThemePageFactory, "themes", title="Vejez", en={"title": "Old age"}),
        "news-campaign": trees.add(NewsPageFactory, "news", title="Campaña mundial", en={"title": "Global campaign"}),
    }


@pytest.fixture
def scene_page(scene):
    """``scene_page(key, language)``: a page of the scene as the database has it now."""

    def find(key, language):
        return fresh(scene[key][language])

    return find


@pytest.fixture(autouse=True)
def no_paused_servers():
    resilience.reset_outages()
    yield
    resilience.reset_outages()


@pytest.fixture
def closed_port():
    """A local port with nothing listening: connections are refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def silent_port():
    """A local server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.1)
    stop = threading.Event()
    held = []

    def accept_and_sleep():
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept_and_sleep, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    server.close()


def elasticsearch_at(monkeypatch, port, server="ELASTICSEARCH"):
    """The search backends pointed at a local port (``server``: ELASTICSEARCH or OPENSEARCH)."""
    for prefix in ("ELASTICSEARCH", "OPENSEARCH"):
        for name in ("URL", "USER", "PASSWORD", "INDEX_PREFIX", "TIMEOUT"):
            monkeypatch.delenv(f"{prefix}_{name}", raising=False)
    monkeypatch.setenv(f"{server}_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv(f"{server}_TIMEOUT", "1")
    return override_settings(WAGTAILSEARCH_BACKENDS=search_backends_setting(Env()))


def edit_and_publish(page):
    page.title = f"{page.title} (updated)"
    page.save_revision().publish()


def errors(caplog):
    return [record for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.mark.parametrize("server", ["ELASTICSEARCH", "OPENSEARCH"])
@pytest.mark.parametrize("port_kind", ["closed_port", "silent_port"])
def test_publishing_survives_the_search_server(request, monkeypatch, caplog, server, port_kind, scene_page):
    port = request.getfixturevalue(port_kind)
    page = scene_page("theme-health", "fr")
    with elasticsearch_at(monkeypatch, port, server), caplog.at_level(logging.INFO):
        started = time.monotonic()
        edit_and_publish(page)
        elapsed = time.monotonic() - started
    assert elapsed < SAVE_BUDGET
    page.refresh_from_db()
    assert page.live and page.title.endswith("(updated)")
    assert page.get_latest_revision().pk == page.live_revision_id
    [error] = errors(caplog)
    assert error.name == "search.resilience"
    # The first index to fail is the admin's (every language), then indexing pauses for the French one too.
    assert f"themes.ThemePage id {page.pk} not indexed in 'all'" in error.getMessage()
    assert f"127.0.0.1:{port}" in error.getMessage()
    assert "rebuild_search_index" in error.getMessage()


def test_saves_during_the_pause_do_not_wait_and_are_not_logged_again(monkeypatch, caplog, silent_port, scene_page):
    first, second = scene_page("theme-health", "es"), scene_page("theme-old-age", "es")
    with elasticsearch_at(monkeypatch, silent_port), caplog.at_level(logging.INFO):
        edit_and_publish(first)
        edit_and_publish(second)
    requests = [record for record in caplog.records if record.name == "elastic_transport.transport"]
    assert len(requests) == 1  # only the first save waited for the server
    [error] = errors(caplog)
    assert f"id {first.pk}" in error.getMessage()
    assert any(f"id {second.pk} not indexed" in record.getMessage() for record in caplog.records)


def test_deleting_a_page_survives_the_search_server(monkeypatch, caplog, closed_port, scene_page):
    page = scene_page("news-campaign", "en")
    page_id = page.pk
    with elasticsearch_at(monkeypatch, closed_port), caplog.at_level(logging.INFO):
        page.delete()
    assert not Page.objects.filter(pk=page_id).exists()
    [error] = errors(caplog)
    assert f"id {page_id} not removed in 'all'" in error.getMessage()


@pytest.mark.parametrize("server", ["ELASTICSEARCH", "OPENSEARCH"])
@pytest.mark.parametrize("port_kind", ["closed_port", "silent_port"])
def test_a_search_raises_search_unavailable(request, monkeypatch, server, port_kind):
    port = request.getfixturevalue(port_kind)
    with elasticsearch_at(monkeypatch, port, server):
        results = get_search_backend("fr").search("retraite", Page.objects.live())
        started = time.monotonic()
        with pytest.raises(SearchUnavailable):
            run_search(lambda: list(results[:10]))
    assert time.monotonic() - started < SAVE_BUDGET


def test_the_rebuild_command_says_the_server_is_unavailable(monkeypatch, closed_port):
    with (
        elasticsearch_at(monkeypatch, closed_port),
        pytest.raises(CommandError, match="all: the search backend is unavailable"),
    ):
        call_command("rebuild_search_index", stdout=StringIO())


def test_run_search_returns_the_results_and_converts_only_outages():
    assert run_search(lambda: [1, 2]) == [1, 2]
    with pytest.raises(SearchUnavailable):
        run_search(lambda: (_ for _ in ()).throw(OperationalError("could not connect to server")))
    with pytest.raises(SearchUnavailable):
        run_search(lambda: (_ for _ in ()).throw(ConnectionRefusedError()))
    with pytest.raises(ValueError):
        run_search(lambda: (_ for _ in ()).throw(ValueError("a bug, not an outage")))


def test_is_unavailable_knows_the_clients_errors():
    import elastic_transport
    import opensearchpy.exceptions
    import urllib3.exceptions

    assert resilience.is_unavailable(elastic_transport.ConnectionTimeout("timed out"))
    assert resilience.is_unavailable(elastic_transport.ConnectionError("refused"))
    assert resilience.is_unavailable(opensearchpy.exceptions.ConnectionTimeout("N/A", "timed out", None))
    assert resilience.is_unavailable(opensearchpy.exceptions.TransportError(503, "unavailable", None))
    assert not resilience.is_unavailable(opensearchpy.exceptions.RequestError(400, "bad query", None))
    assert resilience.is_unavailable(urllib3.exceptions.ReadTimeoutError(None, "/", "read timed out"))
    assert not resilience.is_unavailable(elastic_transport.SerializationError("bad JSON"))
