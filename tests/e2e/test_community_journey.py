"""Communities in the browser, on the demo communities (communities/demo.py; README's demo accounts).

- A newcomer asks to join the semi-private community, its manager approves, the newcomer replies
  in a discussion, and another member who follows it is told by email, in French; the manager adds
  a file category, the newcomer shares a PDF in it, another member opens it, and its address sends
  a signed-out reader to sign in.
- An anonymous reader of the open community reads its discussions but cannot post.
- A signed-in non-member finds nothing of the hidden community anywhere: listing, site search,
  the search box's suggestions, its address (404); a member of it finds it everywhere.

Email goes to the console in the portal's server (dev settings): it is read from the server's
log. Screenshots in tests/e2e/screenshots/ (community-*.png).
"""

import time

import pytest

from tests.e2e.conftest import DESKTOP, SCREENSHOTS

pytestmark = pytest.mark.e2e

# Demo accounts (communities/demo.py, DEMO_MEMBERS): email: password.
NEWCOMER = ("newcomer@example.org", "demo-newcomer-2026")  # member of no community; emails in English
MANAGER = ("community-manager@example.org", "demo-community-manager-2026")  # manages them all; Spanish
MEMBER = ("community-member@example.org", "demo-community-member-2026")  # French
# A one-page PDF, as a member would share it (communities/files.py checks the content).
PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


def shot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"community-{name}.png", full_page=True)


def new_page(browser):
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(15_000)
    return context.new_page()


def sign_in(browser, base_url, account, language="es"):
    email, password = account
    page = new_page(browser)
    page.goto(f"{base_url}/{language}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    return page


def wait_for(log, text, timeout=20):
    """The email (as the console backend prints it in the server's log) whose text has ``text``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for message in log.read_text(errors="replace").split("-" * 79):
            if text in message:
                return message
        time.sleep(0.25)
    pytest.fail(f"no email with {text!r} in the server's log")


def test_ask_to_join_approve_reply_and_notify(portal, browser):
    base_url, log = portal["base_url"], portal["log"]
    community = portal["pages"]["community-registries"]["es"]
    community_url = base_url + community["url"]
    thread_title = "Actualizar el registro social después de una emergencia"

    newcomer = sign_in(browser, base_url, NEWCOMER)
    newcomer.goto(base_url + portal["pages"]["communities"]["es"]["url"])
    newcomer.get_by_role("link", name=community["title"]).click()
    assert "Los debates, los anuncios" in newcomer.inner_text("main")  # content for members only
    assert newcomer.get_by_role("link", name=thread_title).count() == 0
    newcomer.get_by_role("button", name="Pedir unirse").click()
    assert "Su solicitud se ha enviado a los administradores" in newcomer.inner_text("main")
    shot(newcomer, "1-request-sent")
    to_manager = wait_for(log, f"pide unirse a la comunidad «{community['title']}»")
    assert "To: community-manager@example.org" in to_manager

    manager = sign_in(browser, base_url, MANAGER)
    manager.goto(community_url)
    manager.get_by_role("link", name="Gestionar los miembros").click()
    row = manager.locator("tr", has_text="newcomer@example.org")
    shot(manager, "2-members-screen")
    row.get_by_role("button", name="Aprobar").click()
    assert "Tomás Newcomer ahora es miembro." in manager.inner_text("main")
    shot(manager, "3-approved")
    english_title = portal["pages"]["community-registries"]["en"]["title"]
    welcome = wait_for(log, f"The managers of the community “{english_title}” have approved")
    assert "To: newcomer@example.org" in welcome  # in the newcomer's English

    newcomer.goto(community_url)
    newcomer.get_by_role("link", name=thread_title).click()
    newcomer.get_by_label("Su respuesta").fill("Nosotros abrimos un registro a demanda en las oficinas locales.")
    newcomer.get_by_role("button", name="Publicar la respuesta").click()
    assert "Nosotros abrimos un registro a demanda en las oficinas locales." in newcomer.inner_text("main")
    shot(newcomer, "4-reply-posted")
    to_follower = wait_for(log, f"a répondu dans la discussion « {thread_title} »")  # the author, in French
    assert "To: community-member@example.org" in to_follower
    assert "Nosotros abrimos un registro a demanda en las oficinas locales." in to_follower

    # The manager adds a category for the files; the newcomer shares a PDF in it.
    manager.goto(community_url)
    manager.get_by_role("link", name="Archivos").first.click()
    manager.get_by_role("link", name="Gestionar las categorías").first.click()
    manager.locator("main form:has(input[value=add]) input[name=name]").fill("Actas")
    manager.get_by_role("button", name="Añadir").click()
    assert "Actas" in manager.inner_text("main table")
    shot(manager, "7-file-category")

    newcomer.goto(community_url)
    newcomer.get_by_role("link", name="Archivos").first.click()
    newcomer.locator("main input[type=file][name=file]").set_input_files(
        files={"name": "acta-oficinas.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    newcomer.locator("main input[name=title]").fill("Acta de las oficinas locales")
    newcomer.locator("main select[name=category]").select_option(label="Actas")
    newcomer.get_by_role("button", name="Compartir el archivo").click()
    newcomer.wait_for_load_state()
    row = newcomer.locator("main table tr", has_text="Acta de las oficinas locales")
    assert "Actas" in row.inner_text() and "Tomás Newcomer" in row.inner_text()
    shot(newcomer, "8-file-shared")

    # Another member sees it and opens it; the file's own address stays closed to a reader signed out.
    member = sign_in(browser, base_url, MEMBER, "fr")
    member.goto(community_url + "files/")
    link = member.get_by_role("link", name="Acta de las oficinas locales")
    file_url = base_url + link.get_attribute("href")
    assert member.request.get(file_url).body() == PDF
    outsider = new_page(browser)
    outsider.goto(file_url)
    assert "/accounts/login/" in outsider.url


def test_an_anonymous_reader_reads_the_open_community_but_cannot_post(portal, browser):
    base_url = portal["base_url"]
    community = portal["pages"]["community-mena"]["en"]
    reader = new_page(browser)
    reader.goto(base_url + portal["pages"]["communities"]["en"]["url"])
    reader.get_by_role("link", name=community["title"]).click()
    main = reader.inner_text("main")
    assert "Only members post. Join the community to take part." in main
    assert reader.get_by_role("link", name="Sign in to join").count() == 1
    assert reader.get_by_role("link", name="Start a discussion").count() == 0
    assert "Marta Manager" in main  # the members are listed: an open community is read by everyone
    shot(reader, "5-open-anonymous")

    reader.get_by_role("link", name="Preguntas para la sesión sobre protección social de la infancia").click()
    assert "Quelle part des enfants de la région est couverte par une prestation" in reader.inner_text("main")
    assert reader.locator("main textarea").count() == 0  # no reply form
    assert reader.get_by_role("link", name="Sign in to take part").count() == 1
    shot(reader, "6-open-thread-anonymous")

    reader.goto(f"{base_url}{community['url']}discussions/new/")
    assert "/accounts/login/" in reader.url  # starting a discussion asks to sign in first


def suggestions(page, base_url, language, text):
    """The titles the search box suggests for ``text`` (once the suggestions have answered)."""
    page.goto(f"{base_url}/{language}/")
    box = page.locator("header form[role=search] input[name=q]")
    with page.expect_response(lambda response: "/autocomplete/" in response.url and text in response.url) as answer:
        box.fill(text)
    return [result["title"] for result in answer.value.json()["results"]]


def search_results(page, base_url, language, text):
    page.goto(f"{base_url}/{language}/")
    box = page.locator("header form[role=search] input[name=q]")
    box.fill(text)
    box.press("Enter")
    page.wait_for_load_state()
    return page.inner_text("main")


def test_a_non_member_finds_nothing_of_the_hidden_community(portal, browser):
    base_url, language = portal["base_url"], "fr"
    hidden = portal["pages"]["community-ambassadors"][language]
    listing = base_url + portal["pages"]["communities"][language]["url"]
    word = "ambassadeurs"

    # A member of it finds it everywhere: what the non-member does not see is there to be seen.
    member = sign_in(browser, base_url, MEMBER, language)
    member.goto(listing)
    assert member.get_by_role("link", name=hidden["title"]).count() == 1
    assert hidden["title"] in search_results(member, base_url, language, word)
    assert hidden["title"] in suggestions(member, base_url, language, word)
    assert member.goto(base_url + hidden["url"]).status == 200

    outsider = sign_in(browser, base_url, NEWCOMER, language)
    outsider.goto(listing)
    assert word not in outsider.inner_text("main").lower()
    assert "Communautés" in outsider.inner_text("main")
    shot(outsider, "7-hidden-listing-outsider")
    found = search_results(outsider, base_url, language, word)
    assert hidden["title"] not in found and "Aucun résultat ne correspond à votre recherche" in found
    assert outsider.locator(f"main a[href*='{hidden['url']}']").count() == 0
    shot(outsider, "8-hidden-search-outsider")
    assert suggestions(outsider, base_url, language, word) == []
    response = outsider.goto(base_url + hidden["url"])
    assert response.status == 404
    assert word not in outsider.inner_text("body").lower()
    shot(outsider, "9-hidden-address-outsider")
