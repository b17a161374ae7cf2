"""manage.py check_links against a real HTTP server on this machine (loopback only).

The pages are built with tests/factories: a theme and an online event, in es/en/fr, are the
only pages with outside links."""

import http.server
import socket
import threading
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page

from tests.factories import EventPageFactory, ThemePageFactory
from tests.factories.trees import fresh

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def scene(trees):
    """A theme and a webinar, each in es/en/fr."""
    return {
        "theme-health": trees.add(ThemePageFactory, "themes", title="Salud", en={"title": "Health"}),
        "event-webinar-floors": trees.add(EventPageFactory, "news", title="Seminario web sobre los pisos"),
    }


class Handler(http.server.BaseHTTPRequestHandler):
    def _answer(self, with_body):
        if self.path == "/ok":
            status = 200
        elif self.path == "/no-head":
            status = 405 if self.command == "HEAD" else 200
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.end_headers()
            return
        else:
            status = 404
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "2")
        self.end_headers()
        if with_body:
            self.wfile.write(b"hi")

    def do_HEAD(self):
        self._answer(False)

    def do_GET(self):
        self._answer(True)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def source(url, title="A source"):
    return {"type": "source", "value": {"title": title, "url": url, "publisher": "", "year": None}}


def only_these_pages_link_out(scene):
    """The scene's pages are the only live pages with outside links: any other (the demo's, when a
    session loads it) is taken offline for the test, so no address outside this machine is asked for."""
    from portal.links import outside_links

    ours = {page.pk for versions in scene.values() for page in versions.values()}
    others = {use.page.pk for uses in outside_links().values() for use in uses} - ours
    Page.objects.filter(pk__in=others).update(live=False)


def set_links(scene, theme_urls, registration_url=""):
    only_these_pages_link_out(scene)
    theme = fresh(scene["theme-health"]["en"])
    theme.further_reading = [source(url) for url in theme_urls]
    theme.save_revision().publish()
    # Every language's copy: no address outside this machine is ever asked for.
    for language in ("es", "en", "fr"):
        webinar = fresh(scene["event-webinar-floors"][language])
        webinar.registration_url = registration_url
        webinar.save_revision().publish()
    return theme, webinar


def test_broken_links_are_reported_with_their_page_and_field(server, scene):
    dead = f"http://127.0.0.1:{closed_port()}/gone"
    theme, webinar = set_links(
        scene,
        [f"{server}/ok", f"{server}/no-head", f"{server}/moved", f"{server}/missing", dead],
        registration_url=f"{server}/missing",
    )
    out = StringIO()
    # The report names fields in the active language: English here, whatever an earlier test left active.
    with pytest.raises(CommandError) as error, translation.override("en"):
        call_command("check_links", timeout=2, stdout=out)
    report = out.getvalue()
    assert str(error.value) == "5 links checked, 2 broken."  # an address used twice is asked once
    assert f"BROKEN  {server}/missing (HTTP 404)" in report
    assert f"BROKEN  {dead} (" in report
    assert f"{theme.title} [en]" in report and "further reading" in report
    assert f"{webinar.title} [fr]" in report and "registration link" in report
    for fine in ("/ok", "/no-head", "/moved"):
        assert f"{server}{fine} " not in report


def test_all_links_working(server, scene):
    set_links(scene, [f"{server}/ok"], registration_url=f"{server}/no-head")
    out = StringIO()
    call_command("check_links", timeout=2, stdout=out, verbosity=2)
    assert f"ok      {server}/ok (200)" in out.getvalue()
    assert "2 links checked, 0 broken." in out.getvalue()
