"""Login protection: repeated wrong passwords lock the account and the address (django-axes).

Each case: who tries, the request, the refusal they get, and what did not change (nobody
is logged in, no restriction saved). The accounts are named as the demo accounts of README
(tests/factories ``accounts``).
"""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import CountryPageFactory, accounts

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

ADMIN_LOGIN = "/admin/login/"
SPECIALIST_PASSWORD = "demo-specialist-2026"
EDITOR_PASSWORD = "demo-editor-2026"
CSRF_TOKEN = re.compile(r'"CSRF_TOKEN": "[^"]*"|name="csrfmiddlewaretoken" value="[^"]*"')
LIMIT = 5  # AXES_FAILURE_LIMIT's default (LOGIN_FAILURE_LIMIT)


def frontend_login(language="es"):
    return f"/{language}/_util/login/"


def attempt(client, url, username, password, ip="203.0.113.7", language="es"):
    return client.post(
        url,
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
        HTTP_ACCEPT_LANGUAGE=language,
    )


@pytest.fixture(autouse=True)
def users(trees):
    """The five role accounts; the specialist and the editor with passwords of their own."""
    users = accounts()
    for username, password in (("specialist", SPECIALIST_PASSWORD), ("editor", EDITOR_PASSWORD)):
        users[username].set_password(password)
        users[username].save()
    return users


def logged_in(client):
    return SESSION_KEY in client.session


@pytest.mark.parametrize("url", [ADMIN_LOGIN, frontend_login()], ids=["admin", "front-end"])
def test_eight_wrong_passwords_then_the_right_one_is_refused(client, url):
    for _ in range(8):
        attempt(client, url, "specialist", "wrong-password")
    response = attempt(client, url, "specialist", SPECIALIST_PASSWORD)
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    assert "Demasiados intentos" in response.content.decode()
    assert not logged_in(client)


def test_the_lock_is_per_user_whatever_the_address(client):
    for number in range(LIMIT):
        attempt(client, ADMIN_LOGIN, "specialist", "wrong-password", ip=f"198.51.100.{number + 1}")
    response = attempt(client, ADMIN_LOGIN, "specialist", SPECIALIST_PASSWORD, ip="192.0.2.200")
    assert response.status_code == 429
    assert not logged_in(client)


def test_the_lock_is_per_address_whatever_the_user(client):
    for number in range(LIMIT):
        attempt(client, ADMIN_LOGIN, f"guess{number}", "wrong-password", ip="203.0.113.99")
    response = attempt(client, ADMIN_LOGIN, "editor", EDITOR_PASSWORD, ip="203.0.113.99")
    assert response.status_code == 429
    assert not logged_in(client)
    # Another address is not affected.
    response = attempt(client, ADMIN_LOGIN, "editor", EDITOR_PASSWORD, ip="203.0.113.100")
    assert response.status_code == 302 and logged_in(client)


def test_below_the_limit_a_success_resets_the_count(client):
    for _ in range(LIMIT - 1):
        attempt(client, ADMIN_LOGIN, "specialist", "wrong-password")
    assert attempt(client, ADMIN_LOGIN, "specialist", SPECIALIST_PASSWORD).status_code == 302
    client.logout()
    for _ in range(LIMIT - 1):
        attempt(client, ADMIN_LOGIN, "specialist", "wrong-password")
    assert attempt(client, ADMIN_LOGIN, "specialist", SPECIALIST_PASSWORD).status_code == 302


@pytest.mark.parametrize(
    "language,text", [("es", "Demasiados intentos"), ("en", "Too many attempts"), ("fr", "Trop de tentatives")]
)
def test_the_lockout_page_speaks_the_readers_language(client, language, text):
    for _ in range(LIMIT):
        response = attempt(client, frontend_login(language), "specialist", "wrong-password", language=language)
    assert response.status_code == 429
    html = response.content.decode()
    assert f'lang="{language}"' in html
    assert text in html


@pytest.mark.parametrize("url", [ADMIN_LOGIN, frontend_login()], ids=["admin", "front-end"])
def test_known_and_unknown_users_get_the_same_answer(client, url):
    """No user enumeration: after the same failures, a real account and an invented one
    look alike, before the lock and once locked."""
    answers = {}
    for username, ip in (("specialist", "198.51.100.10"), ("no-such-person", "198.51.100.20")):
        first = attempt(client, url, username, "wrong-password", ip=ip)
        for _ in range(LIMIT - 2):
            attempt(client, url, username, "wrong-password", ip=ip)
        locked = attempt(client, url, username, "wrong-password", ip=ip)
        body = CSRF_TOKEN.sub("", locked.content.decode())  # random on every page
        assert 'value="specialist"' not in body and "no-such-person" not in body
        answers[username] = (first.status_code, locked.status_code, body)
    assert answers["specialist"] == answers["no-such-person"]
    assert answers["specialist"][:2] == (200, 429)


def test_an_editor_sees_and_unlocks_a_locked_account(client, django_user_model):
    for _ in range(LIMIT):
        attempt(client, ADMIN_LOGIN, "specialist", "wrong-password", ip="198.51.100.5")
    editor = client.__class__(HTTP_HOST="localhost")
    editor.force_login(django_user_model.objects.get(username="editor"))
    listing = editor.get(reverse("locked_logins:index"))
    assert listing.status_code == 200
    assert "specialist" in listing.content.decode() and "198.51.100.5" in listing.content.decode()
    response = editor.post(reverse("locked_logins:unlock"), {"username": "specialist"})
    assert response.status_code == 302
    response = attempt(client, ADMIN_LOGIN, "specialist", SPECIALIST_PASSWORD, ip="198.51.100.5")
    assert response.status_code == 302 and logged_in(client)


@pytest.mark.parametrize("username", ["specialist", "reviewer", "translator", "moderator"])
def test_only_editors_may_unlock(client, django_user_model, username):
    for _ in range(LIMIT):
        attempt(client, ADMIN_LOGIN, "editor", "wrong-password", ip="198.51.100.6")
    other = client.__class__(HTTP_HOST="localhost")
    other.force_login(django_user_model.objects.get(username=username))
    assert other.get(reverse("locked_logins:index")).status_code in (302, 403)
    other.post(reverse("locked_logins:unlock"), {"username": "editor"})
    # Still locked.
    assert attempt(client, ADMIN_LOGIN, "editor", EDITOR_PASSWORD, ip="198.51.100.7").status_code == 429


def test_shared_password_is_not_offered_for_pages(client, django_user_model, trees):
    page = CountryPageFactory(parent=trees.section("countries"), title="Ecuador")
    client.force_login(django_user_model.objects.get(username="editor"))
    url = reverse("wagtailadmin_pages:set_privacy", args=(page.pk,))
    form = client.get(url).context["form"]
    assert not form.fields["restriction_type"].valid_value(PageViewRestriction.PASSWORD)
    client.post(url, {"restriction_type": PageViewRestriction.PASSWORD, "password": "abc12345"})
    assert not PageViewRestriction.objects.filter(page=page).exists()


def test_shared_password_is_not_offered_for_documents(client, django_user_model):
    """Only superusers may restrict a collection (Editors have no collection rights)."""
    collection = Collection.get_first_root_node().add_child(name="Informes internos")
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.org", "pw"))
    url = reverse("wagtailadmin_collections:set_privacy", args=(collection.pk,))
    form = client.get(url).context["form"]
    assert not form.fields["restriction_type"].valid_value(CollectionViewRestriction.PASSWORD)
    client.post(url, {"restriction_type": CollectionViewRestriction.PASSWORD, "password": "abc12345"})
    assert not CollectionViewRestriction.objects.filter(collection=collection).exists()
