"""PostgreSQL restarted or down: the first request after a restart works (connection health
checks), and while it is down readers get a styled 503 page in their language, not a 500.

The test runs its own PostgreSQL server (initdb into a temporary directory, port 5499) and a
portal served by a subprocess on it, and restarts and stops that server for real.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PG_PORT = 5499
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not (PG_BIN / "initdb").exists(), reason=f"needs PostgreSQL 15's server binaries in {PG_BIN}"
)


def as_postgres(command):
    """Run a PostgreSQL server command, as the postgres OS user when we are root (it refuses root)."""
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


class PostgresServer:
    def __init__(self, directory):
        self.data = Path(directory) / "data"
        self.socket_dir = Path(directory)

    def init(self):
        as_postgres([str(PG_BIN / "initdb"), "-A", "trust", "-U", "postgres", "-D", str(self.data)])

    def pg_ctl(self, *args):
        as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-w", *args])

    def start(self):
        options = f"-p {PG_PORT} -c listen_addresses=127.0.0.1 -k {self.socket_dir} -c fsync=off"
        self.pg_ctl("-o", options, "-l", str(self.socket_dir / "log"), "start")

    def restart(self):
        self.pg_ctl("-m", "fast", "restart")

    def stop(self):
        self.pg_ctl("-m", "fast", "stop")

    def running(self):
        return (self.data / "postmaster.pid").exists()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url, language=None):
    """(status, body) of a GET, like a browser (Accept-Language when given)."""
    headers = {"Accept-Language": language} if language else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture(scope="module")
def portal_on_own_postgres():
    """A portal served (one thread, persistent connections) from a PostgreSQL server of its own."""
    directory = tempfile.mkdtemp(prefix="portal-pg-")
    shutil.chown(directory, "postgres") if os.geteuid() == 0 else None
    server = PostgresServer(directory)
    server.init()
    server.start()
    process = None
    try:
        as_postgres([str(PG_BIN.parent / "bin" / "createdb"), "-h", "127.0.0.1", "-p", str(PG_PORT), "portal"])
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/portal",
        }
        env.pop("ELASTICSEARCH_URL", None)
        env.pop("OPENSEARCH_URL", None)
        manage = [sys.executable, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "--no-input", "-v", "0"], env=env, cwd=ROOT, check=True, timeout=600)
        port = free_port()
        process = subprocess.Popen(
            [*manage, "runserver", "--noreload", "--nothreading", f"127.0.0.1:{port}"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield base, server
    finally:
        if process is not None:
            process.terminate()
            process.wait(10)
        if server.running():
            server.stop()
        shutil.rmtree(directory, ignore_errors=True)


def test_the_first_request_after_a_database_restart_works(portal_on_own_postgres):
    base, server = portal_on_own_postgres
    assert get(f"{base}/sitemap.xml")[0] == 200  # the server now holds a persistent connection
    server.restart()
    status, _body = get(f"{base}/sitemap.xml")
    assert status == 200
    assert get(f"{base}/sitemap.xml")[0] == 200


@pytest.mark.parametrize(
    ("path", "language", "lang", "text"),
    [
        ("/fr/", None, "fr", "Le site est momentanément indisponible"),
        ("/en/search/?q=pension", None, "en", "The site is temporarily unavailable"),
        ("/es/", None, "es", "El sitio no está disponible en este momento"),
        ("/sitemap.xml", "fr-FR,fr;q=0.9", "fr", "Le site est momentanément indisponible"),
    ],
)
def test_while_the_database_is_down_readers_get_a_503_page_in_their_language(
    portal_on_own_postgres, path, language, lang, text
):
    base, server = portal_on_own_postgres
    server.stop()
    try:
        status, body = get(base + path, language)
        assert status == 503
        assert f'<html lang="{lang}">' in body
        assert text in body
        assert "<style>" in body  # styled, not a bare error
    finally:
        server.start()
    assert get(f"{base}/sitemap.xml")[0] == 200  # back by itself


def test_other_errors_still_get_the_500_page(rf):
    from portal.errors import server_error

    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        response = server_error(rf.get("/fr/"))
    assert response.status_code == 500


def test_a_database_error_gets_the_503_page_in_the_language_of_the_url(rf):
    from django.db import InterfaceError

    from portal.errors import server_error

    try:
        raise InterfaceError("connection already closed")
    except InterfaceError:
        response = server_error(rf.get("/en/countries/"))
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "The site is temporarily unavailable" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.factories
def test_while_the_database_is_down_a_cached_page_is_still_served(settings, empty_cache, trees):
    """The page cache answers anonymous readers without the database; other pages get the 503 page."""
    from unittest import mock

    from django.db import OperationalError, connection
    from django.test import Client

    from tests.factories import CountryPageFactory

    settings.PAGE_CACHE = True
    reader = Client(HTTP_HOST="localhost", raise_request_exception=False)
    belgium = trees.add(CountryPageFactory, "countries", title="Bélgica", fr={"title": "Belgique"})["fr"]
    peru = trees.add(CountryPageFactory, "countries", title="Perú", fr={"title": "Pérou"})["fr"].url
    first = reader.get(belgium.url)
    assert first.status_code == 200  # now kept in the page cache

    def refused(*args, **kwargs):
        raise OperationalError("connection refused")

    with mock.patch.object(connection, "cursor", refused), mock.patch.object(connection, "chunked_cursor", refused):
        cached = reader.get(belgium.url)
        assert cached.status_code == 200
        assert cached.content == first.content
        other = reader.get(peru)  # never cached
        assert other.status_code == 503
        assert "Le site est momentanément indisponible" in other.content.decode()
