"""A newcomer's journey in French: create an account, verify the address from the email, propose a
good practice; the demo moderator (admin in Spanish) accepts it into a draft in Belgium's tree; the
specialist who owns that tree (Spanish) follows the email's link, completes the draft and submits
it; the reviewer (English) approves it in the page editor; the contributor follows the "published"
email to the page, sees "Proposed by" with their name, and their public profile lists the page.
Screenshots of each step in tests/e2e/screenshots/members-*.png (not committed).

Email goes to the console in the portal's server (dev settings): links are read from its log, as a
person reads them in their inbox (only their path is kept: the server's address is the suite's).
"""

import re
import time

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, SCREENSHOTS
from tests.e2e.test_publish_workflow import log_in

pytestmark = pytest.mark.e2e

EMAIL = "amina.diallo@example.org"
PASSWORD = "Une-longue-phrase-2026"
TITLE = "Guichet unique de la sécurité sociale"
LESSONS = "Compartir los datos entre instituciones antes de unificar los formularios."


def wait_for_link(log, pattern, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = re.findall(pattern, log.read_text(errors="replace"))
        if found:
            return found[-1]
        time.sleep(0.25)
    pytest.fail(f"no email with {pattern} in the server's log")


def shot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"members-{name}.png", full_page=True)


def test_sign_up_propose_accept_review_publish_and_the_credit(portal, browser):
    base_url, log = portal["base_url"], portal["log"]
    context = browser.new_context(viewport=DESKTOP, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{base_url}/fr/")
    page.get_by_role("link", name="Créer un compte").click()
    page.get_by_label("Prénom").fill("Amina")
    page.get_by_label(re.compile(r"^Nom\W*$")).fill("Diallo")
    page.fill("input[name=email]", EMAIL)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    shot(page, "1-signup")
    page.get_by_role("button", name="Création de compte").click()
    page.wait_for_url(f"{base_url}/fr/accounts/confirm-email/")
    assert "Vérifiez votre adresse e-mail" in page.inner_text("main")
    shot(page, "2-verification-sent")

    link = wait_for_link(log, r"http://127\.0\.0\.1:\d+/fr/accounts/confirm-email/[\w:-]+/")
    page.goto(link)
    page.get_by_role("button", name="Confirmer").click()
    page.wait_for_url(f"{base_url}/fr/members/profile/")
    header = page.inner_text("header")
    assert "Amina Diallo" in header and "Mon profil" in header and "Se déconnecter" in header
    shot(page, "3-profile")

    page.goto(f"{base_url}/fr/members/propose/")
    page.get_by_role("link", name="Bonne pratique").click()
    page.get_by_label("Nom de la pratique").fill("Guichet unique de la sécurité sociale")
    page.get_by_label("Institution").fill("Caisse nationale de sécurité sociale")
    page.get_by_label("Pays concerné").select_option(label="Belgique")
    page.get_by_label("Mise en œuvre depuis (année)").fill("2019")
    page.get_by_label("Résumé").fill(
        "Un seul guichet pour toutes les prestations.\n\nVoir https://example.org/guichet."
    )
    page.get_by_label("Problème ou défi").fill("Trop de formulaires différents.")
    page.get_by_label("Réponse au défi").fill("Des données partagées entre institutions.")
    shot(page, "4-propose-practice")
    page.get_by_role("button", name="Envoyer la proposition").click()
    page.wait_for_url(f"{base_url}/fr/members/profile/")
    main = page.inner_text("main")
    assert "Votre proposition a été transmise" in main or "transmise aux modérateurs" in main
    assert "Guichet unique de la sécurité sociale" in main and "Nouvelle" in main
    shot(page, "5-proposal-sent")
    wait_for_link(log, r"Merci de votre proposition")

    moderator_context = browser.new_context(viewport=DESKTOP)
    admin = moderator_context.new_page()
    admin.goto(f"{base_url}/admin/login/")
    admin.fill("input[name=username]", "moderator")
    admin.fill("input[name=password]", "demo-moderator-2026")
    admin.click("button[type=submit]")
    admin.wait_for_url(f"{base_url}/admin/")
    admin.goto(f"{base_url}/admin/proposals/")
    shot(admin, "6-moderation-queue")
    admin.get_by_role("link", name="Guichet unique de la sécurité sociale").click()
    admin.get_by_role("button", name="Aceptar: crear un borrador").wait_for()
    shot(admin, "7-review")
    admin.get_by_role("button", name="Aceptar: crear un borrador").click()
    admin.wait_for_url(re.compile(r".*/admin/proposals/\d+/$"))
    assert "Propuesta aceptada" in admin.inner_text("body") and "Borrador de página" in admin.inner_text("main")
    shot(admin, "8-accepted")
    wait_for_link(log, r"Un modérateur a accepté votre proposition")
    moderator_context.close()

    # The owner of Belgium's tree follows the email's link to the draft, completes it and submits it.
    draft_path = wait_for_link(log, r"envíelo a revisión como de costumbre: \S+?(/admin/pages/\d+/edit/)")
    specialist_context = browser.new_context(viewport=DESKTOP)
    specialist_context.set_default_timeout(20_000)
    admin = specialist_context.new_page()
    log_in(admin, base_url, "specialist", "demo-specialist-2026")
    admin.goto(base_url + draft_path)
    assert admin.locator("#id_title").input_value() == TITLE
    lessons = admin.locator("[data-contentpath=lessons_learned] [contenteditable=true]").first
    lessons.fill(LESSONS)
    # The rich text editor writes its field a moment later (Draftail saves at most every 250 ms).
    expect(admin.locator("input[name=lessons_learned]")).to_have_value(re.compile("Compartir los datos"))
    admin.locator("footer [data-w-dropdown-target=toggle]").last.click()
    submit = admin.locator("button[name=action-submit]")
    assert submit.inner_text().strip() == "Enviar a Publicación moderada"
    shot(admin, "9-specialist-completes")
    submit.click()
    admin.wait_for_url(lambda url: "/edit/" not in url)
    assert "enviada para moderación" in admin.inner_text(".messages")
    shot(admin, "10-specialist-submitted")
    specialist_context.close()

    # The reviewer (admin in English) opens it from "Awaiting your review": the preview of the draft,
    # credit included; its banner leads to the editor, where they approve once the editor has loaded.
    reviewer_context = browser.new_context(viewport=DESKTOP)
    reviewer_context.set_default_timeout(20_000)
    admin = reviewer_context.new_page()
    log_in(admin, base_url, "reviewer", "demo-reviewer-2026")
    admin.locator("#awaiting-review-section td.title a", has_text=TITLE).first.click()
    admin.wait_for_load_state()
    preview = admin.inner_text("body")
    assert LESSONS in preview and "Propuesto por Amina Diallo" in preview
    shot(admin, "11-reviewer-preview")
    admin.get_by_role("link", name="Aprobar o pedir cambios").click()
    admin.wait_for_url(base_url + draft_path)
    # Every rich text field has its editor: an approval sent earlier would carry half-built fields.
    expect(admin.locator(".Draftail-Editor")).to_have_count(admin.locator("input[data-draftail-input]").count())
    admin.locator("footer [data-w-dropdown-target=toggle]").last.click()
    admin.locator("footer button", has_text="Approve").first.click()
    admin.wait_for_url(f"{base_url}/admin/")
    assert f"You approved “{TITLE}”: it is now live." in admin.inner_text(".messages")
    shot(admin, "12-reviewer-approved")
    reviewer_context.close()

    # The contributor is told, in French, and follows the link: the page is live with their name on it.
    page_path = wait_for_link(log, r"est publiée, avec votre nom\s*:\s+\S+?(/es/\S+/)\s")
    page.goto(base_url + page_path)
    main = page.inner_text("main")
    assert TITLE in main and LESSONS in main
    credit = page.locator(".contribution-credit")
    assert credit.inner_text().strip() == "Propuesto por Amina Diallo, miembro del portal."
    shot(page, "13-published-with-credit")
    # The credit links to their public profile, which lists the page.
    credit.get_by_role("link", name="Amina Diallo").click()
    page.wait_for_url(re.compile(r".*/es/members/\d+/$"))
    page.get_by_role("link", name=TITLE).wait_for()
    shot(page, "14-public-profile")
    # In their own profile, in French, the proposal is published, with a link to the page.
    page.goto(f"{base_url}/fr/members/profile/")
    row = page.locator("table.proposals tr", has_text=TITLE)
    assert "Publiée" in row.inner_text()
    row.get_by_role("link", name="Publiée").click()
    page.wait_for_url(base_url + page_path)
    shot(page, "15-profile-published")
    context.close()
