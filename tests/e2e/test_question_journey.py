"""A member asks a question on Ecuador's page; the demo specialist (Ecuador's owner) answers it in the
admin; the FAQ entry appears at once on the page and the FAQ page; the translator (admin in French)
finds its English and French drafts under FAQ entries, translates each text in wagtail-localize's
editor and submits each for review; the reviewer (English) approves both from "Awaiting your
review"; readers find the entry in English and French, on the page and in the FAQ. Screenshots of
every screen in tests/e2e/screenshots/ (qa-*.png).

The member's account is made on the portal's throw-away database (signing up is the members'
journey, test_member_journey.py).
"""

import os
import re

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, SCREENSHOTS, _manage

pytestmark = pytest.mark.e2e

EMAIL = "ines.quispe@example.org"
PASSWORD = "Una-larga-frase-2026"
QUESTION = "¿Cuántos años de aportes exige la jubilación por vejez en Ecuador?"
ANSWER = "Se exigen al menos 360 aportes mensuales, con requisitos de edad que cambian según los años aportados."
TEXTS = {
    "en": (
        "How many years of contributions does an old-age pension require in Ecuador?",
        "At least 360 monthly contributions.",
    ),
    "fr": (
        "Combien d'années de cotisations la retraite exige-t-elle en Équateur ?",
        "Au moins 360 cotisations mensuelles.",
    ),
}

MEMBER = """
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from members.models import Member
user = get_user_model().objects.create_user("ines", "{email}", "{password}", first_name="Inés", last_name="Quispe")
EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
Member.objects.create(user=user, language="es")
"""


def shot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"qa-{name}.png", full_page=True)


def manage_shell(portal, code):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{portal['log'].parent / 'db.sqlite3'}",
    }
    return _manage(env, "shell", "--command", code)


def admin_login(browser, base_url, username, password):
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
    return context, page


def test_ask_answer_faq_and_translations(portal, browser):
    base_url, pages = portal["base_url"], portal["pages"]
    ecuador = {language: base_url + pages["country-ec"][language]["url"] for language in ("es", "en", "fr")}
    faq = {language: base_url + pages["faq"][language]["url"] for language in ("es", "en", "fr")}
    manage_shell(portal, MEMBER.format(email=EMAIL, password=PASSWORD))

    # An anonymous reader is sent to sign in, then back to the form.
    member_context = browser.new_context(viewport=DESKTOP, locale="es-ES")
    member_context.set_default_timeout(15_000)
    member = member_context.new_page()
    member.goto(ecuador["es"] + "#questions")
    shot(member, "1-page-anonymous")
    member.get_by_role("link", name="Hacer una pregunta a los especialistas").click()
    member.wait_for_url(re.compile(r".*/es/accounts/login/\?next=.*"))
    shot(member, "2-sign-in")
    member.fill("input[name=login]", EMAIL)
    member.fill("input[name=password]", PASSWORD)
    member.locator("main button[type=submit]").click()
    member.wait_for_url(re.compile(r".*/es/questions/ask/\d+/$"))
    member.get_by_role("button", name="Enviar la pregunta").click()  # empty: refused, nothing sent
    assert "Escriba su pregunta." in member.inner_text("main")
    shot(member, "3-ask-empty")
    member.get_by_label("Su pregunta").fill(QUESTION)
    shot(member, "4-ask")
    member.get_by_role("button", name="Enviar la pregunta").click()
    member.wait_for_url(re.compile(r".*#questions$"))
    assert "su pregunta se ha enviado a los especialistas" in member.inner_text("main")
    assert QUESTION not in member.inner_text("main")  # not public before it is answered
    shot(member, "5-asked")

    # The owner of Ecuador's tree answers in the admin (Spanish).
    context, admin = admin_login(browser, base_url, "specialist", "demo-specialist-2026")
    admin.get_by_role("link", name="Preguntas de los miembros").first.click()
    shot(admin, "6-questions")
    admin.get_by_role("link", name=QUESTION).click()
    admin.get_by_label("Respuesta").fill(ANSWER)
    shot(admin, "7-answer")
    admin.get_by_role("button", name="Publicar la respuesta").click()
    admin.wait_for_url(re.compile(r".*/admin/questions/\d+/$"))
    assert "La respuesta está publicada" in admin.inner_text("body")
    shot(admin, "8-published")
    context.close()

    # Readers see it at once, on the page and in the FAQ (page cache and shared data on).
    reader = browser.new_context(viewport=DESKTOP).new_page()
    reader.goto(ecuador["es"] + "#questions")
    assert QUESTION in reader.inner_text("main") and "360 aportes" in reader.inner_text("main")
    shot(reader, "9-page-answered")
    reader.goto(faq["es"])
    assert QUESTION in reader.inner_text("main")
    reader.get_by_label("Buscar en las preguntas").fill("aportes jubilacion")
    reader.get_by_role("button", name="Filtrar").click()
    assert QUESTION in reader.inner_text("main") and "1 pregunta respondida" in reader.inner_text("main")
    shot(reader, "10-faq-es-search")

    # The translator finds the English and French drafts under FAQ entries, translates each text in the
    # translation editor and submits each for review.
    context, translator = admin_login(browser, base_url, "translator", "demo-translator-2026")
    for language, locale_name in (("en", "Anglais"), ("fr", "Français")):
        translator.get_by_role("link", name="Entrées de la FAQ").click()
        translator.locator("tr", has_text=QUESTION).filter(has_text=locale_name).get_by_role(
            "link", name=QUESTION
        ).click()
        editor = translator.locator(".js-translation-editor")
        editor.get_by_role("button", name="Traduire", exact=True).first.wait_for()
        assert QUESTION in editor.inner_text() and "360 aportes" in editor.inner_text()
        shot(translator, f"11-translation-editor-{language}")
        for text in TEXTS[language]:  # the question, then the answer
            editor.get_by_role("button", name="Traduire", exact=True).first.click()
            editor.locator("textarea").first.fill(text)
            editor.get_by_role("button", name="Enregistrer", exact=True).first.click()
            editor.locator("textarea").wait_for(state="detached")
        submit = translator.locator("footer.portal-translation-footer button[name=editorial-submit-translation]")
        assert submit.inner_text().strip() == "Soumettre à la relecture"
        shot(translator, f"12-translated-{language}")
        submit.click()
        translator.get_by_text(f"La traduction « {TEXTS[language][0]} » a été soumise à la relecture.").wait_for()
        assert "ne sont pas encore traduits" not in translator.inner_text("body")  # both texts were translated
        shot(translator, f"13-submitted-{language}")
    context.close()

    # Not shown to readers before the review. (A reader of their own: the page may be kept by their
    # browser for PAGE_CACHE_MAX_AGE, as it is public.)
    early_reader = browser.new_context(viewport=DESKTOP)
    early = early_reader.new_page()
    early.goto(faq["en"])
    assert TEXTS["en"][0] not in early.inner_text("main")
    early_reader.close()

    # The reviewer approves both from "Awaiting your review".
    context, reviewer = admin_login(browser, base_url, "reviewer", "demo-reviewer-2026")
    shot(reviewer, "14-reviewer-queue")
    # Each row's title opens the translation beside its Spanish source; the review bar approves it.
    for language in ("en", "fr"):
        reviewer.locator("#awaiting-review-section td.title a", has_text=TEXTS[language][0]).first.click()
        table = reviewer.locator("table.translation-review")
        expect(table).to_contain_text(TEXTS[language][1])
        shot(reviewer, f"15-reviewer-reads-{language}")
        reviewer.locator(".editorial-review-bar").get_by_role("button", name="Approve", exact=True).click()
        reviewer.wait_for_url(f"{base_url}/admin/")
        expect(reviewer.locator("#awaiting-review-section")).not_to_contain_text(TEXTS[language][0])
    shot(reviewer, "15-reviewer-approved")
    context.close()

    # Readers find the entry in the three languages, on the page and in the FAQ, at once.
    for language, (question, answer) in TEXTS.items():
        reader.goto(ecuador[language] + "#questions")
        assert question in reader.inner_text("main") and answer in reader.inner_text("main")
        shot(reader, f"16-page-{language}")
        reader.goto(faq[language])
        assert question in reader.inner_text("main")
        shot(reader, f"17-faq-{language}")
    member_context.close()
