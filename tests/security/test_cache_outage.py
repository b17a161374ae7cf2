"""Redis down is not the site down: pages, logins, the sitemap, documents and publishing
work without the cache, the outage is logged once per interval, and the cache comes back
by itself without serving anything that changed while it was away.

Each test starts its own redis-server on a private port (6393) and stops it for real.
"""

import logging
import shutil
import socket
import subprocess
import time

import pytest
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.documents import get_document_model

from portal import redis_cache
from tests.factories import CountryPageFactory, EditorFactory
from tests.factories.trees import fresh
from tests.helpers import edit_page_as_browser

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.factories,
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server (apt install redis-server)"),
]

PORT = 6393
EDITOR_PASSWORD = "demo-editor-2026"


@pytest.fixture(scope="module")
def ecuador_pages(trees):
    """Ecuador, in es/en/fr."""
    return trees.add(CountryPageFactory, "countries", title="Ecuador", fr={"title": "Équateur"})


@pytest.fixture
def ecuador(ecuador_pages):
    """The Spanish Ecuador page as the database has it now."""
    return fresh(ecuador_pages["es"])


@pytest.fixture
def editor(trees):
    return EditorFactory(username="editor", password=EDITOR_PASSWORD)


def _answers():
    try:
        with socket.create_connection(("127.0.0.1", PORT), timeout=0.2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """A real redis-server of our own, started and stopped by the test."""

    def __init__(self):
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if _answers():
                return
            time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {PORT}")

    def stop(self):
        if self.process is not None:
            self.process.terminate()  # SIGTERM: redis-server shuts down (nothing is saved: --save '')
            self.process.wait(10)
            self.process = None


@pytest.fixture
def redis_server(settings):
    if _answers():
        pytest.fail(f"something already listens on port {PORT}")
    server = RedisServer()
    server.start()
    try:
        redis_cache.reset_outages()
        settings.PAGE_CACHE = True
        settings.DATA_CACHE = True
        with override_settings(
            CACHES={
                "default": {
                    "BACKEND": "portal.redis_cache.RedisCache",
                    "LOCATION": f"redis://127.0.0.1:{PORT}/0",
                    "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
                }
            }
        ):
            yield server
    finally:
        server.stop()
        redis_cache.reset_outages()


@pytest.fixture
def clock(monkeypatch):
    """The backend's clock, moved by the test instead of waiting for the retry interval."""
    now = [1000.0]
    monkeypatch.setattr(redis_cache, "_now", lambda: now[0])

    class Clock:
        def advance(self, seconds):
            now[0] += seconds

    return Clock()


def reader():
    return Client(HTTP_HOST="localhost")


def outage_logs(caplog):
    return [r for r in caplog.records if r.name == "portal.redis_cache" and r.levelno >= logging.ERROR]


def test_pages_sitemap_and_documents_are_served_while_redis_is_down(
    redis_server, clock, settings, tmp_path, trees, ecuador
):
    settings.MEDIA_ROOT = tmp_path  # documents on disk, served through Django as in production
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    url = ecuador.url
    assert reader().get(url)["X-Page-Cache"] == "miss"
    assert reader().get(url)["X-Page-Cache"] == "hit"
    document = get_document_model().objects.create(
        title="Informe", file=ContentFile(b"%PDF-1.4 informe", "informe.pdf")
    )

    redis_server.stop()

    response = reader().get(url)
    assert response.status_code == 200 and "Ecuador" in response.content.decode()
    assert "X-Page-Cache" not in response  # neither a hit nor stored
    assert reader().get(trees.home("fr").url).status_code == 200
    assert reader().get("/sitemap.xml").status_code == 200
    served = reader().get(document.url)
    assert served.status_code == 200 and b"".join(served.streaming_content) == b"%PDF-1.4 informe"


def test_admin_login_works_while_redis_is_down(redis_server, clock, editor):
    redis_server.stop()
    browser = reader()
    response = browser.post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": EDITOR_PASSWORD}, follow=True
    )
    assert response.status_code == 200
    assert response.wsgi_request.user.username == "editor"
    assert browser.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_publish_during_the_outage_is_saved_and_not_undone_by_the_cache_coming_back(
    redis_server, clock, ecuador, editor
):
    url = ecuador.url
    reader().get(url)
    assert reader().get(url)["X-Page-Cache"] == "hit"  # kept before the outage

    redis_server.stop()  # as if unreachable: its entries survive below (a partition, not a restart)
    browser = Client(HTTP_HOST="localhost")
    browser.force_login(editor)
    response = edit_page_as_browser(
        browser, ecuador, {"title": "Ecuador (publicado sin caché)"}, action="action-publish"
    )
    assert response.status_code == 302
    ecuador.refresh_from_db()
    assert ecuador.title == "Ecuador (publicado sin caché)" and ecuador.live_revision == ecuador.latest_revision
    assert "publicado sin caché" in reader().get(url).content.decode()

    # The cache returns still holding the page kept before the outage.
    redis_server.start()
    from django.core.cache import cache

    cache._cache.get_client(write=True).set(
        cache.make_key("portal:page-cache:generation"), b"1", nx=False
    )  # any value: what matters is that it is not trusted
    clock.advance(redis_cache.RETRY_SECONDS)
    first = reader().get(url)
    assert "publicado sin caché" in first.content.decode() and first["X-Page-Cache"] == "miss"
    again = reader().get(url)
    assert again["X-Page-Cache"] == "hit" and "publicado sin caché" in again.content.decode()


def test_a_stale_entry_that_survived_the_outage_is_never_served(redis_server, clock, ecuador, editor):
    """The server was only unreachable: its old generation and pages are all still there."""
    from django.core.cache import cache

    url = ecuador.url
    reader().get(url)
    client = cache._cache.get_client(write=True)
    kept = {key: client.dump(key) for key in client.keys("*")}
    assert kept

    redis_server.stop()
    browser = Client(HTTP_HOST="localhost")
    browser.force_login(editor)
    edit_page_as_browser(browser, ecuador, {"title": "Ecuador (nuevo)"}, action="action-publish")

    redis_server.start()
    client = cache._cache.get_client(write=True)
    for key, value in kept.items():  # exactly what was there before the outage
        client.restore(key, 0, value, replace=True)
    assert reader().get(url).status_code == 200  # still within the retry interval: uncached
    clock.advance(redis_cache.RETRY_SECONDS)
    body = reader().get(url).content.decode()
    assert "Ecuador (nuevo)" in body


def test_the_outage_is_logged_once_per_interval_and_caching_resumes(redis_server, clock, caplog, ecuador):
    url = ecuador.url
    redis_server.stop()
    with caplog.at_level(logging.WARNING):
        for _ in range(5):
            assert reader().get(url).status_code == 200
        assert len(outage_logs(caplog)) == 1
        assert "unavailable" in outage_logs(caplog)[0].getMessage()

        clock.advance(redis_cache.RETRY_SECONDS)
        for _ in range(3):
            assert reader().get(url).status_code == 200
        assert len(outage_logs(caplog)) == 2  # one more: the next interval's attempt failed too

        redis_server.start()
        clock.advance(redis_cache.RETRY_SECONDS)
        assert reader().get(url)["X-Page-Cache"] == "miss"
        assert reader().get(url)["X-Page-Cache"] == "hit"
        assert any("reachable again" in r.getMessage() for r in caplog.records if r.name == "portal.redis_cache")
        assert len(outage_logs(caplog)) == 2
