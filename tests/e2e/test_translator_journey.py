"""A French translator finds a page in "To translate" on their dashboard, starts its translation and fills a text.

The portal and the browser are the suite's (conftest.py). A new Spanish page is published on the portal's
throw-away database first (as a specialist's approved page would be), with its place in the English and
French trees. Screenshots of each step go to tests/e2e/screenshots/ (not committed).
"""

import json
import os

import pytest

from .conftest import DESKTOP, SCREENSHOTS, _manage

pytestmark = pytest.mark.e2e

NEW_PAGE = """
import json
from home.models import StandardPage
from wagtail_localize.synctree import create_aliases_for_new_page
from tests.helpers import demo_page
page = demo_page("about").add_child(
    instance=StandardPage(title="Guía para traductores", slug="guia-traductores", intro="Una introducción breve.")
)
page.save_revision().publish()
create_aliases_for_new_page(page)
print(json.dumps({"id": page.pk, "fr": page.get_translation(demo_page("about", "fr").locale).pk}))
"""

FRENCH_TITLE = "Guide pour les traducteurs"


def publish_new_spanish_page(portal):
    workdir = portal["log"].parent
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
    }
    return json.loads(_manage(env, "shell", "--command", NEW_PAGE).strip().splitlines()[-1])


def test_french_translator_starts_a_translation_from_the_dashboard(portal, browser):
    base_url = portal["base_url"]
    new = publish_new_spanish_page(portal)
    SCREENSHOTS.mkdir(exist_ok=True)

    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", "translator")
    page.fill("input[name=password]", "demo-translator-2026")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")

    # The dashboard says what waits in their languages, in French.
    panel = page.locator("#to-translate-section")
    assert "À traduire ou obsolète en" in panel.inner_text()
    rows = panel.locator("tr", has_text="Guía para traductores")
    assert rows.count() == 2  # English and French, the translator's two languages
    row = rows.filter(has_text="Traduire en Français")
    page.screenshot(path=str(SCREENSHOTS / "translator-1-dashboard.png"), full_page=True)

    # "Traduire en Français": a confirmation, then the translation editor of the French page.
    row.get_by_role("link", name="Traduire en Français").click()
    page.wait_for_load_state()
    assert "Commencer la traduction" in page.inner_text("main")
    page.screenshot(path=str(SCREENSHOTS / "translator-2-confirm.png"), full_page=True)
    page.get_by_role("button", name="Commencer la traduction").click()
    page.wait_for_url(f"{base_url}/admin/pages/{new['fr']}/edit/")
    body = page.inner_text("body")
    assert "a commencé" in body and "permission" not in body.lower()
    page.screenshot(path=str(SCREENSHOTS / "translator-3-editor.png"), full_page=True)

    # The title is the first text: translate it and save it.
    page.locator(".js-translation-editor").get_by_role("button", name="Traduire", exact=True).first.click()
    editing = page.locator(".js-translation-editor textarea").first
    editing.fill(FRENCH_TITLE)
    page.locator(".js-translation-editor").get_by_role("button", name="Enregistrer", exact=True).first.click()
    page.get_by_text("Traduit manuellement le").first.wait_for()
    page.screenshot(path=str(SCREENSHOTS / "translator-4-translated.png"), full_page=True)

    # Saved: after a reload the editor shows the French title, dated in French.
    page.reload()
    editor_text = page.locator(".js-translation-editor").inner_text()
    assert FRENCH_TITLE in editor_text
    assert "Traduit manuellement le" in editor_text and "December" not in editor_text
    # The Spanish source was not touched, and the panel no longer lists the page as untranslated.
    page.goto(f"{base_url}/admin/")
    still = page.locator("#to-translate-section tr", has_text="Guía para traductores")
    assert still.count() == 1 and "Traduire en Anglais" in still.inner_text()  # English still waits
    context.close()
