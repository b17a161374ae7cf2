"""Every role's day, chained, in a browser: a good practice for Ecuador from the specialist's draft to French readers.

The specialist (admin in Spanish) writes it and submits it; the reviewer (English) requests changes
with a comment; the specialist reads the comment, fixes the text and resubmits; the reviewer sees
what changed and approves it, and Spanish readers find it on the Ecuador page; the French translator
(French) finds it in "To translate", translates it and submits it; the reviewer compares source and
translation side by side and approves; French readers read it in French. Each step's screenshot goes
to tests/e2e/screenshots/day-*.png (not committed).
"""

import re

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, SCREENSHOTS
from .test_publish_workflow import log_in

pytestmark = pytest.mark.e2e

TITLE = "Cotización compartida para trabajadoras del hogar"
SUMMARY = "El IESS registra en línea a las trabajadoras remuneradas del hogar desde 2021."
FIX = " La afiliación es obligatoria desde el primer día de trabajo."
COMMENT = "Indique desde cuándo es obligatoria la afiliación, por favor."
FRENCH_TITLE = "Cotisation partagée pour les travailleuses domestiques"
FRENCH_INSTITUTION = "Institut équatorien de sécurité sociale"
FRENCH_SUMMARY = (
    "L'IESS inscrit en ligne les travailleuses domestiques rémunérées depuis 2021. "
    "L'affiliation est obligatoire dès le premier jour de travail."
)
USERS = {
    "specialist": "demo-specialist-2026",
    "reviewer": "demo-reviewer-2026",
    "translator": "demo-translator-2026",
}


def shot(page, name):
    page.screenshot(path=str(SCREENSHOTS / f"day-{name}.png"), full_page=True)


def session(browser, base_url, username):
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(20_000)
    page = context.new_page()
    log_in(page, base_url, username, USERS[username])
    return page


def open_from_queue(page, title):
    """The reviewer follows the title in "Awaiting your review"."""
    page.locator("#awaiting-review-section td.title a", has_text=title).first.click()
    page.wait_for_load_state()


def act_in_editor(page, action, comment=None):
    """The footer's workflow action in the page editor; its comment dialog, if it has one."""
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.locator("footer button", has_text=action).first.click()
    dialog = page.locator(".modal-dialog, [role=dialog]").filter(has=page.locator("textarea[name=comment]")).first
    try:
        dialog.wait_for(timeout=5_000)
    except Exception:  # approving may need no dialog
        return None
    if comment:
        dialog.locator("textarea[name=comment]").fill(comment)
    return dialog


def act_in_review_bar(page, action):
    """A review action of the bar above a diff or a side-by-side review ("Approve" needs no dialog)."""
    page.locator(".editorial-review-bar").get_by_role("button", name=action, exact=True).click()


def test_a_good_practice_from_the_specialists_draft_to_the_french_reader(portal, browser):
    base_url, ecuador = portal["base_url"], portal["ecuador"]
    SCREENSHOTS.mkdir(exist_ok=True)

    # 1. The specialist writes a good practice below Ecuador and submits it ("Enviar a Publicación moderada").
    page = session(browser, base_url, "specialist")
    page.goto(f"{base_url}/admin/pages/add/casestudies/casestudypage/{ecuador['id']}/")
    page.fill("#id_title", TITLE)
    page.fill("input[name=institution]", "Instituto Ecuatoriano de Seguridad Social")
    page.fill("input[name=implemented_since]", "2021")
    page.locator("[data-contentpath=summary] [contenteditable=true]").first.fill(SUMMARY)
    # The rich text editor writes its field a moment later (Draftail saves at most every 250 ms).
    expect(page.locator("input[name=summary]")).to_have_value(re.compile("El IESS registra en l"))
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    submit = page.locator("button[name=action-submit]")
    assert submit.inner_text().strip() == "Enviar a Publicación moderada"
    shot(page, "1-specialist-writes")
    submit.click()
    page.wait_for_url(lambda url: "/add/" not in url)
    assert "enviada" in page.inner_text(".messages").lower()
    shot(page, "1b-specialist-submitted")
    # It is listed below Ecuador, awaiting review.
    page.goto(f"{base_url}/admin/pages/{ecuador['id']}/")
    link = page.locator("a[href*='/edit/']", has_text=TITLE).first
    page_id = int(re.search(r"/pages/(\d+)/edit/", link.get_attribute("href")).group(1))
    page.context.close()

    # 2. The reviewer opens it from the queue: a new page opens as its preview, marked as a draft awaiting
    # review, whose banner leads to the editor; there they request changes, with a comment.
    page = session(browser, base_url, "reviewer")
    shot(page, "2-reviewer-queue")
    open_from_queue(page, TITLE)
    body = page.inner_text("body")
    assert SUMMARY in body and "Borrador pendiente de revisión" in body
    shot(page, "3-reviewer-preview")
    page.get_by_role("link", name="Aprobar o pedir cambios").click()
    page.wait_for_url(f"{base_url}/admin/pages/{page_id}/edit/")
    dialog = act_in_editor(page, "Request changes", COMMENT)
    shot(page, "4-reviewer-comment")
    dialog.locator("button[type=submit]").click()
    page.wait_for_url(f"{base_url}/admin/")
    assert f"You requested changes to “{TITLE}”" in page.inner_text("body")
    page.context.close()

    # 3. The specialist sees the comment, adds the sentence and resubmits ("Reenviar a Revisión").
    page = session(browser, base_url, "specialist")
    page.goto(f"{base_url}/admin/pages/{page_id}/edit/")
    shot(page, "5-specialist-sees-comment")
    assert COMMENT in page.inner_text("body")
    summary = page.locator("[data-contentpath=summary] [contenteditable=true]").first
    summary.press("End")
    summary.type(FIX)
    assert FIX.strip() in summary.inner_text()
    # The rich text editor writes its field a moment later: submit once the form holds the sentence.
    expect(page.locator("input[name=summary]")).to_have_value(re.compile("desde el primer d.*de trabajo"))
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    resubmit = page.locator("button[name=action-submit]")
    assert resubmit.inner_text().strip() == "Reenviar a Revisión"
    resubmit.click()
    page.wait_for_load_state()
    shot(page, "6-specialist-resubmitted")
    page.context.close()

    # 4. The reviewer reads the corrected text and approves it: it goes live.
    page = session(browser, base_url, "reviewer")
    open_from_queue(page, TITLE)
    assert FIX.strip() in page.inner_text("body")
    shot(page, "7-reviewer-sees-fix")
    page.get_by_role("link", name="Aprobar o pedir cambios").click()
    page.wait_for_url(f"{base_url}/admin/pages/{page_id}/edit/")
    dialog = act_in_editor(page, "Approve")
    if dialog is not None:
        dialog.locator("button[type=submit]").click()
    page.wait_for_url(f"{base_url}/admin/")
    assert TITLE in page.inner_text(".messages")
    shot(page, "8-reviewer-approved")
    page.context.close()

    # 5. Spanish readers find it on the Ecuador page and read it.
    reader = browser.new_context(viewport=DESKTOP).new_page()
    reader.goto(base_url + ecuador["url"])
    reader.get_by_role("link", name=TITLE).first.click()
    reader.wait_for_load_state()
    assert FIX.strip() in reader.inner_text("main")
    shot(reader, "9-spanish-reader")
    reader.context.close()

    # 6. The French translator finds it in "To translate", translates every text and submits it.
    page = session(browser, base_url, "translator")
    row = page.locator("#to-translate-section tr", has_text=TITLE).filter(has_text="Traduire en Français")
    shot(page, "10-translator-dashboard")
    row.get_by_role("link", name="Traduire en Français").click()
    page.get_by_role("button", name="Commencer la traduction").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$"))
    french_id = int(re.search(r"/pages/(\d+)/edit/", page.url).group(1))
    editor = page.locator(".js-translation-editor")
    editor.get_by_role("button", name="Traduire", exact=True).first.wait_for()
    # The texts in the editor's order (title, institution, summary), then the slug on the Promotion tab.
    french = iter([FRENCH_TITLE, FRENCH_INSTITUTION, FRENCH_SUMMARY, "cotisation-partagee-travailleuses-domestiques"])
    for tab in ("Contenu", "Promotion"):
        editor.get_by_role("tab", name=tab).click()
        while editor.get_by_role("button", name="Traduire", exact=True).count():
            editor.get_by_role("button", name="Traduire", exact=True).first.click()
            editor.locator("textarea").first.fill(next(french))
            editor.get_by_role("button", name="Enregistrer", exact=True).first.click()
            editor.locator("textarea").wait_for(state="detached")
    footer = page.locator("footer.portal-translation-footer")
    main = footer.locator("button[name=editorial-submit-translation]")
    assert main.inner_text().strip() == "Soumettre à la relecture"
    assert page.locator(".js-translation-editor > footer").is_hidden()  # wagtail-localize's own footer
    shot(page, "11-translator-translated")
    main.click()
    page.wait_for_url(f"{base_url}/admin/pages/{french_id}/edit/")
    assert f"La traduction « {FRENCH_TITLE} » a été soumise à la relecture." in page.inner_text("body")
    assert "ne sont pas encore traduits" not in page.inner_text("body")  # every text was translated
    shot(page, "12-translator-submitted")
    page.context.close()

    # 7. The reviewer compares source and translation side by side and approves.
    page = session(browser, base_url, "reviewer")
    row = page.locator("#awaiting-review-section tr", has_text=FRENCH_TITLE).first
    row.locator("[data-w-dropdown-target=toggle]").click()
    row.get_by_role("link", name="Compare source and translation").click()
    page.wait_for_url(f"{base_url}/admin/**")
    body = page.inner_text("body")
    assert TITLE in body and FRENCH_TITLE in body
    shot(page, "13-reviewer-side-by-side")
    act_in_review_bar(page, "Approve")
    page.wait_for_url(f"{base_url}/admin/")
    assert FRENCH_TITLE in page.inner_text(".messages")
    shot(page, "14-reviewer-approved-translation")
    page.context.close()

    # 8. French readers read it in French, from the French Ecuador page.
    reader = browser.new_context(viewport=DESKTOP).new_page()
    reader.goto(base_url + portal["pages"]["country-ec"]["fr"]["url"])
    reader.get_by_role("link", name=FRENCH_TITLE).first.click()
    reader.wait_for_load_state()
    main_text = reader.inner_text("main")
    assert FRENCH_TITLE in main_text and FRENCH_INSTITUTION in main_text and "premier jour" in main_text
    shot(reader, "15-french-reader")
    reader.context.close()
