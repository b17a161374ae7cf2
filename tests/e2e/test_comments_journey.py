"""A reader's comment from first post to hiding, in Spanish, with the caches on as in production.

A new member posts a first comment on a news item: it is held (only she sees it, marked as
awaiting moderation); the demo moderator approves it in the admin and it appears for an
anonymous reader; another member reports it; the moderator hides it with a reason, and it is
gone at once for the anonymous reader. Screenshots in tests/e2e/screenshots/comments-*.png.
"""

import re
import time

import pytest

from tests.e2e.conftest import DESKTOP, SCREENSHOTS

pytestmark = pytest.mark.e2e

PASSWORD = "Una-frase-bastante-larga-2026"
TEXT = "En Bolivia la campaña llegó también a las zonas rurales: https://example.org/campana"


def shot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"comments-{name}.png", full_page=True)


def new_link(log, pattern, seen, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for link in re.findall(pattern, log.read_text(errors="replace")):
            if link not in seen:
                seen.add(link)
                return link
        time.sleep(0.25)
    pytest.fail(f"no new email with {pattern} in the server's log")


def sign_up(browser, base_url, log, seen, first_name, email):
    """A new member, signed up, verified and logged in: a Spanish-speaking tab."""
    context = browser.new_context(viewport=DESKTOP, locale="es-ES")
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{base_url}/es/accounts/signup/")
    page.fill("input[name=first_name]", first_name)
    page.fill("input[name=last_name]", "Prueba")
    page.fill("input[name=email]", email)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{base_url}/es/accounts/confirm-email/")
    page.goto(new_link(log, r"http://127\.0\.0\.1:\d+/es/accounts/confirm-email/[\w:-]+/", seen))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{base_url}/es/members/profile/")
    return context, page


def comments_of(page):
    """The "Comentarios" section once its script has put the discussion in place."""
    section = page.locator("#comments")
    section.locator("[data-comments-thread]").wait_for()
    return section


def test_held_approved_reported_hidden(portal, browser):
    base_url, log = portal["base_url"], portal["log"]
    news_url = base_url + portal["pages"]["news-campaign"]["es"]["url"]
    seen = set()

    # An anonymous reader sees how to take part, not a form.
    anonymous_context = browser.new_context(viewport=DESKTOP, locale="es-ES")
    anonymous = anonymous_context.new_page()
    anonymous.goto(news_url)
    assert "Iniciar sesión para comentar" in comments_of(anonymous).inner_text()

    # A new member's first comment is held: she sees it, marked; no one else does.
    amina_context, amina = sign_up(browser, base_url, log, seen, "Amina", "amina.comentarios@example.org")
    amina.goto(news_url + "#comments")
    comments_of(amina).get_by_label("Su comentario").fill(TEXT)
    shot(amina, "1-member-writes")
    amina.get_by_role("button", name="Publicar el comentario").click()
    amina.wait_for_url(re.compile(r".*/es/comments/on/\d+/.*"))
    main = amina.inner_text("main")
    assert "su comentario aparecerá cuando un moderador lo apruebe" in main
    assert "En espera de moderación" in main and "En Bolivia la campaña" in main
    shot(amina, "2-held-for-its-author")
    anonymous.reload()
    assert "En Bolivia la campaña" not in comments_of(anonymous).inner_text()

    # The moderator approves it in the admin.
    moderator_context = browser.new_context(viewport=DESKTOP)
    moderator_context.set_default_timeout(15_000)
    admin = moderator_context.new_page()
    admin.goto(f"{base_url}/admin/login/")
    admin.fill("input[name=username]", "moderator")
    admin.fill("input[name=password]", "demo-moderator-2026")
    admin.click("button[type=submit]")
    admin.wait_for_url(f"{base_url}/admin/")
    admin.goto(f"{base_url}/admin/reader-comments/")  # "Comentarios de los lectores" in the admin menu
    shot(admin, "3-queue-held")
    admin.get_by_role("link", name=re.compile("En Bolivia la campaña")).click()
    shot(admin, "4-review-held")
    admin.get_by_role("button", name="Aprobar: publicarlo").click()
    admin.wait_for_url(re.compile(r".*/admin/reader-comments/\?state=.*"))
    assert "Comentario aprobado" in admin.inner_text("body")

    # At once on the anonymous reader's page (the page cache is on), with its link made safe.
    anonymous.reload()
    section = comments_of(anonymous)
    assert "En Bolivia la campaña" in section.inner_text()
    assert section.locator('a[href="https://example.org/campana"][rel="nofollow noopener"]').count() == 1
    shot(anonymous, "5-published-for-everyone")

    # Another member reports it.
    bruno_context, bruno = sign_up(browser, base_url, log, seen, "Bruno", "bruno.comentarios@example.org")
    bruno.goto(news_url)
    comments_of(bruno).get_by_role("link", name="Señalar").first.click()
    bruno.get_by_label("¿Qué problema tiene este comentario?").fill("Publicidad de un sitio externo.")
    shot(bruno, "6-report")
    bruno.get_by_role("button", name="Enviar el señalamiento").click()
    assert "un moderador revisará este comentario" in bruno.inner_text("main")

    # The moderator hides it with a reason; it is gone at once for the anonymous reader.
    admin.goto(f"{base_url}/admin/reader-comments/?state=reported")
    shot(admin, "7-queue-reported")
    admin.get_by_role("link", name=re.compile("En Bolivia la campaña")).click()
    assert "Publicidad de un sitio externo." in admin.inner_text("main")
    admin.get_by_label("Motivo (se envía al miembro)").fill("Enlaces publicitarios: no se admiten.")
    shot(admin, "8-review-reported")
    admin.get_by_role("button", name="Ocultarlo").click()
    admin.wait_for_url(re.compile(r".*/admin/reader-comments/\?state=.*"))
    assert "Comentario ocultado" in admin.inner_text("body")
    anonymous.reload()
    assert "En Bolivia la campaña" not in comments_of(anonymous).inner_text()
    shot(anonymous, "9-hidden-for-everyone")
    for context in (anonymous_context, amina_context, bruno_context, moderator_context):
        context.close()
