"""The header's account links, and the page cache with members: a member's page is never
served from or stored into the anonymous readers' cache (portal/page_cache.py)."""

import pytest

from tests.factories import MemberFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def test_anonymous_readers_see_sign_in_and_create_account(client, site):
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/accounts/login/">Se connecter</a>' in html
    assert 'href="/fr/accounts/signup/">Créer un compte</a>' in html


def test_a_member_sees_their_name_my_profile_and_sign_out(client, site):
    member = MemberFactory(user__first_name="Amina", user__last_name="Diallo")
    client.force_login(member.user)
    html = client.get("/es/").content.decode()
    assert "Amina Diallo" in html
    assert 'href="/es/members/profile/">Mi perfil</a>' in html
    assert 'action="/es/accounts/logout/"' in html and "Cerrar sesión" in html
    assert "Iniciar sesión" not in html


def test_a_members_page_is_never_cached_for_anonymous_readers(client, site):
    member = MemberFactory(user__first_name="Amina", user__last_name="Diallo")
    anonymous = client.get("/fr/")
    assert anonymous["X-Page-Cache"] == "miss"  # kept for anonymous readers
    client.force_login(member.user)
    page = client.get("/fr/")
    assert "X-Page-Cache" not in page  # not served from the anonymous copy
    assert "private" in page["Cache-Control"]
    assert "Amina Diallo" in page.content.decode()
    client.logout()
    client.cookies.clear()
    again = client.get("/fr/")
    assert again["X-Page-Cache"] == "hit"
    assert "Amina Diallo" not in again.content.decode() and "Se connecter" in again.content.decode()


def test_a_members_visit_first_stores_nothing(client, site):
    member = MemberFactory(user__first_name="Amina", user__last_name="Diallo")
    client.force_login(member.user)
    client.get("/en/")
    client.logout()
    client.cookies.clear()
    first_anonymous = client.get("/en/")
    assert first_anonymous["X-Page-Cache"] == "miss"
    assert "Amina Diallo" not in first_anonymous.content.decode()


def test_account_pages_are_never_cached(client, site):
    for path in ("/fr/accounts/login/", "/fr/accounts/signup/", "/fr/accounts/password/reset/"):
        response = client.get(path)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"] and "X-Page-Cache" not in response
