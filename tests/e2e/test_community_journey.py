"""A community's day in the browser: a member asks to join a semi-private community, a manager
approves, the member replies in a discussion, and another member is told by email in French.
Screenshots in tests/e2e/screenshots/ (community-*.png).

The demo has no community yet: the scene is built in the portal's own database with the
factories (``manage.py shell``), the way an editor and the members would have built it. Email
goes to the console in the portal's server (dev settings): it is read from the server's log.
"""

import json
import os
import subprocess
import sys
import time

import pytest

from tests.e2e.conftest import DESKTOP, ROOT, SCREENSHOTS

pytestmark = pytest.mark.e2e

PASSWORD = "Una-frase-larga-2026"
SCENE = """
import json
from django.contrib.auth import get_user_model
from home.models import HomePage
from communities.models import CommunityIndexPage
from tests.factories import CommunityIndexPageFactory, CommunityPageFactory, MemberFactory, MembershipFactory
from communities.models import Thread
home = HomePage.objects.get(locale__language_code="es")
for old in CommunityIndexPage.objects.filter(depth=3):  # a scene built before on the same database
    old.delete()
get_user_model().objects.filter(email__endswith="@example.org", username__startswith="member").delete()
index = CommunityIndexPageFactory(parent=home, title="Comunidades", slug="comunidades")
community = CommunityPageFactory(parent=index, title="Cooperación Sur-Sur para la infancia", access="semi-private")
people = {}
for key, first, language in (("manager", "Martha", "es"), ("member", "Mariana", "fr"), ("applicant", "Tomás", "en")):
    member = MemberFactory(language=language, user__first_name=first, user__email=f"{key}@example.org")
    member.user.set_password(PASSWORD)
    member.user.save()
    people[key] = member.user
MembershipFactory(community=community, user=people["manager"], role="manager")
MembershipFactory(community=community, user=people["member"])
thread = Thread.objects.create(community=community, title="Buenas prácticas", body="¿Qué ejemplos conocen?",
                               author=people["member"])
thread.followers.add(people["member"])
print(json.dumps({"url": community.url, "thread": thread.pk}))
"""


def build_scene(portal):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{portal['log'].parent / 'db.sqlite3'}",
    }
    script = f"PASSWORD = {PASSWORD!r}\n{SCENE}"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--command", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def shot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"community-{name}.png", full_page=True)


def sign_in(browser, base_url, email):
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{base_url}/es/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
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
    scene = build_scene(portal)
    community_url = base_url + scene["url"]
    thread_url = f"{community_url}discussions/{scene['thread']}/"

    applicant = sign_in(browser, base_url, "applicant@example.org")
    applicant.goto(community_url)
    assert "Los debates, los anuncios" in applicant.inner_text("main")  # content for members only
    assert applicant.goto(thread_url).status == 403
    applicant.goto(community_url)
    applicant.get_by_role("button", name="Pedir unirse").click()
    assert "Su solicitud se ha enviado a los administradores" in applicant.inner_text("main")
    shot(applicant, "1-request-sent")
    to_manager = wait_for(log, "pide unirse a la comunidad «Cooperación Sur-Sur para la infancia»")
    assert "To: manager@example.org" in to_manager

    manager = sign_in(browser, base_url, "manager@example.org")
    manager.goto(community_url)
    manager.get_by_role("link", name="Gestionar los miembros").click()
    row = manager.locator("tr", has_text="applicant@example.org")
    shot(manager, "2-members-screen")
    row.get_by_role("button", name="Aprobar").click()
    assert "Tomás Tester ahora es miembro." in manager.inner_text("main")
    shot(manager, "3-approved")
    welcome = wait_for(log, "The managers of the community “Cooperación Sur-Sur para la infancia” have approved")
    assert "To: applicant@example.org" in welcome  # in the applicant's English

    applicant.goto(thread_url)
    applicant.get_by_label("Su respuesta").fill("En Angola, una alianza entre operadores de agua.")
    applicant.get_by_role("button", name="Publicar la respuesta").click()
    assert "En Angola, una alianza entre operadores de agua." in applicant.inner_text("main")
    shot(applicant, "4-reply-posted")
    to_follower = wait_for(log, "a répondu dans la discussion « Buenas prácticas »")  # in French
    assert "To: member@example.org" in to_follower
    assert "En Angola, una alianza entre operadores de agua." in to_follower
