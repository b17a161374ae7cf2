"""A newcomer's journey in French: create an account, verify the address from the email, propose a
good practice; the demo moderator accepts it into a draft. Screenshots in tests/e2e/screenshots/.

Email goes to the console in the portal's server (dev settings): the verification link is read
from its log, as a person reads it in their inbox.
"""

import re
import time

import pytest

from tests.e2e.conftest import DESKTOP, SCREENSHOTS

pytestmark = pytest.mark.e2e

EMAIL = "amina.diallo@example.org"
PASSWORD = "Une-longue-phrase-2026"


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


def test_sign_up_verify_propose_and_the_moderator_accepts(portal, browser):
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
    context.close()
