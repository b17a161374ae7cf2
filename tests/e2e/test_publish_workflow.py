"""The publish workflow in a real browser: the demo specialist edits and submits, the demo reviewer approves.

The portal runs as ``make run`` runs it (dev settings, demo content, SQLite) in a server process of
its own, on a throw-away database: pytest-django's ``live_server`` would share and flush the
session's test database, which the other tests rely on.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
NEW_SUMMARY = "Resumen revisado en el navegador: cobertura contributiva ampliada en 2026."

FIND_ECUADOR = """
import json
from tests.helpers import demo_page
page = demo_page("country-ec")
print(json.dumps({"id": page.pk, "url": page.url, "summary": page.summary}))
"""


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    """A running portal with the demo content, as README's `make run` starts it."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)")
    workdir = tmp_path_factory.mktemp("portal")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "PYTHONUNBUFFERED": "1",
        # As in production: readers get cached pages, which approval must refresh.
        "PAGE_CACHE": "true",
    }
    env.pop("ELASTICSEARCH_URL", None)
    _manage(env, "migrate", "--noinput")
    _manage(env, "load_demo_content", "--verbosity", "0")
    ecuador = json.loads(_manage(env, "shell", "--command", FIND_ECUADOR).strip().splitlines()[-1])

    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    with open(workdir / "server.log", "w") as log:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--nothreading"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            for _ in range(120):
                try:
                    urllib.request.urlopen(f"{base_url}/admin/login/", timeout=2)
                    break
                except OSError:
                    if server.poll() is not None:
                        break
                    time.sleep(0.5)
            else:
                pytest.fail("the portal did not start")
            assert server.poll() is None, (workdir / "server.log").read_text()
            yield {"base_url": base_url, "ecuador": ecuador, "log": workdir / "server.log"}
        finally:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def log_in(page, base_url, username, password):
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")


def public_text(browser, url):
    context = browser.new_context()
    page = context.new_page()
    response = page.goto(url)
    assert response.status == 200
    text = page.inner_text("main")
    context.close()
    return text


def test_specialist_submits_reviewer_approves_public_page_changes(portal, browser, tmp_path):
    base_url, ecuador = portal["base_url"], portal["ecuador"]
    public_url = base_url + ecuador["url"]
    assert ecuador["summary"] in public_text(browser, public_url)

    # The specialist (admin in Spanish) edits the Ecuador profile they own and submits it.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, base_url, "specialist", "demo-specialist-2026")
    page.goto(f"{base_url}/admin/pages/{ecuador['id']}/edit/")
    summary = page.locator("textarea[name=summary]")
    summary.fill(NEW_SUMMARY)
    # Publishing is not theirs to do: the footer offers submission for review instead.
    assert page.locator("button[name=action-publish]").count() == 0
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_load_state()
    assert "enviada" in page.inner_text("body").lower() or "en moderación" in page.inner_text("body").lower()
    page.screenshot(path=str(tmp_path / "1-specialist-submitted.png"), full_page=True)
    context.close()

    # Submitted is not published: readers still see the old text.
    before = public_text(browser, public_url)
    assert NEW_SUMMARY not in before
    assert ecuador["summary"] in before

    # The reviewer (admin in English) finds it waiting on the dashboard and approves it.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, base_url, "reviewer", "demo-reviewer-2026")
    panel = page.locator("section", has_text="Awaiting your review").first
    assert panel.is_visible()
    assert "Ecuador" in panel.inner_text()
    page.screenshot(path=str(tmp_path / "2-reviewer-dashboard.png"), full_page=True)
    page.goto(f"{base_url}/admin/pages/{ecuador['id']}/edit/")
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.locator("footer button", has_text="Approve").first.click()
    # Back on the dashboard, with the approval confirmed and nothing left waiting.
    page.wait_for_url(f"{base_url}/admin/")
    body = page.inner_text("body")
    assert "has been updated" in body and "permission" not in body
    assert "Ecuador" not in " ".join(page.locator("section", has_text="Awaiting your review").all_inner_texts())
    page.screenshot(path=str(tmp_path / "3-reviewer-approved.png"), full_page=True)
    context.close()

    # Approved is live.
    after = public_text(browser, public_url)
    assert NEW_SUMMARY in after, (tmp_path, portal["log"].read_text()[-3000:])
