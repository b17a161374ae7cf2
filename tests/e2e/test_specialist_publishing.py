"""The Spanish specialist writes a good practice for Ecuador and submits it for review, in a real browser.

From the dashboard ("Mis árboles" opens Ecuador's editor) to the add form below Ecuador (Ecuador
already ticked), then "Enviar a revisión"; a page of a tree they do not own tells them whom to ask.
Screenshots go to tests/e2e/screenshots/ (not committed).
"""

import re

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, SCREENSHOTS
from .test_publish_workflow import log_in

pytestmark = pytest.mark.e2e

TITLE = "Afiliación en línea de trabajadoras del hogar"


def test_specialist_creates_and_submits_a_good_practice_for_ecuador(portal, browser):
    base_url, ecuador = portal["base_url"], portal["ecuador"]
    SCREENSHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(15_000)
    page = context.new_page()
    log_in(page, base_url, "specialist", "demo-specialist-2026")

    # "Mis árboles": the Ecuador row opens its editor.
    panel = page.locator("#my-trees-content, section", has_text="Mis árboles").first
    panel.get_by_role("link", name="Ecuador", exact=True).first.click()
    page.wait_for_url(f"{base_url}/admin/pages/{ecuador['id']}/edit/")

    # Add a good practice below Ecuador: Ecuador is already ticked.
    page.goto(f"{base_url}/admin/pages/{ecuador['id']}/add_subpage/")
    page.get_by_role("link", name="Buena práctica", exact=True).click()
    page.wait_for_url(f"{base_url}/admin/pages/add/casestudies/casestudypage/{ecuador['id']}/")
    page.fill("#id_title", TITLE)
    page.fill("input[name=institution]", "Instituto Ecuatoriano de Seguridad Social")
    page.fill("input[name=implemented_since]", "2021")
    page.locator("[data-contentpath=summary] [contenteditable=true]").first.fill(
        "Registro en línea y aporte compartido para las trabajadoras remuneradas del hogar."
    )
    # The rich text editor writes its field a moment later (Draftail saves at most every 250 ms).
    expect(page.locator("input[name=summary]")).to_have_value(re.compile("Registro en l"))
    assert page.locator(f"input[name=countries][value='{ecuador['id']}']").is_checked()
    page.screenshot(path=str(SCREENSHOTS / "specialist-1-new-good-practice.png"), full_page=True)

    # Submit for review (publishing is not theirs to do).
    assert page.locator("button[name=action-publish]").count() == 0
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_load_state()
    body = page.inner_text("body")
    assert TITLE in body
    assert "enviada" in body.lower() or "revisión" in body.lower()
    page.screenshot(path=str(SCREENSHOTS / "specialist-2-submitted.png"), full_page=True)

    # Not yet on the public Ecuador page: it waits for a reviewer.
    reader = browser.new_context().new_page()
    reader.goto(base_url + ecuador["url"])
    assert TITLE not in reader.inner_text("main")
    reader.context.close()

    # A tree they do not own: the refusal says whom to ask, in Spanish.
    page.goto(f"{base_url}/admin/pages/{portal['pages']['country-cl']['es']['id']}/edit/")
    page.wait_for_url(f"{base_url}/admin/")
    message = page.locator(".messages").inner_text()
    assert "No puede editar" in message and "editor" in message
    page.screenshot(path=str(SCREENSHOTS / "specialist-3-refused.png"))
    context.close()
