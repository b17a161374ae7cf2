"""Members' accounts (django-allauth, members/): sign up, verify, log in and out, reset the
password, in the reader's language; the bad inputs; no admin access; limits and lockout."""

import re

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core import mail
from django.test import override_settings

from members.models import Member
from tests.factories import EditorFactory, MemberFactory
from tests.members.conftest import signup_data

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

User = get_user_model()
LINK = re.compile(r"http://\S+")


def links(message):
    return LINK.findall(message.body)


def logged_in(client):
    return SESSION_KEY in client.session


def sign_up(client, language="fr", **changes):
    return client.post(f"/{language}/accounts/signup/", signup_data(**changes), REMOTE_ADDR="203.0.113.10")


def test_signup_in_french_makes_a_member_and_sends_a_french_email(client, site):
    response = sign_up(client)
    assert response.status_code == 302 and response["Location"] == "/fr/accounts/confirm-email/"
    user = User.objects.get(email="amina@example.org")
    assert user.get_full_name() == "Amina Diallo"
    assert user.member.language == "fr"
    assert not EmailAddress.objects.get(user=user).verified
    assert not logged_in(client)  # not before the address is verified
    assert not user.has_perm("wagtailadmin.access_admin") and not user.is_staff
    [message] = mail.outbox
    assert message.to == ["amina@example.org"]
    assert message.subject.startswith("La sécurité sociale pour tous: ")
    assert "localhost" not in message.body.splitlines()[0]  # greets from the portal, by its French name
    [link] = [url for url in links(message) if "/accounts/confirm-email/" in url]
    assert "/fr/accounts/confirm-email/" in link
    page = client.get("/fr/accounts/confirm-email/")
    assert "Vérifiez votre adresse e-mail" in page.content.decode()


def test_the_verification_link_logs_in_once_and_a_reused_link_is_refused(client, site):
    sign_up(client)
    [link] = [url for url in links(mail.outbox[0]) if "confirm-email" in url]
    path = link.removeprefix("http://localhost")
    assert client.get(path).status_code == 200  # a page with a button: no verification on GET
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="amina@example.org").verified
    assert logged_in(client)
    client.logout()
    again = client.post(path)
    assert again.status_code == 404 and not logged_in(client)
    html = client.get(path).content.decode()  # what the reader sees on clicking the link again
    assert "Ce lien de confirmation d'adresse e-mail a expiré ou n'est pas valide" in html.replace("&#x27;", "'")
    assert client.get(path).status_code == 200


def test_an_expired_verification_link_is_refused(client, site):
    member = MemberFactory(verified=False, language="fr")
    address = EmailAddress.objects.get(user=member.user)
    key = EmailConfirmationHMAC(address).key
    with override_settings(ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS=0):
        response = client.post(f"/fr/accounts/confirm-email/{key}/")
        html = client.get(f"/fr/accounts/confirm-email/{key}/").content.decode()
    assert response.status_code in (200, 404)
    assert "a expiré ou n'est pas valide" in html.replace("&#x27;", "'")
    assert not EmailAddress.objects.get(pk=address.pk).verified
    assert not logged_in(client)


def test_a_member_logs_in_with_the_email_and_logs_out(client, site):
    member = MemberFactory(language="es")
    response = client.post("/es/accounts/login/", {"login": member.user.email, "password": "pw"})
    assert response.status_code == 302 and response["Location"] == "/es/members/profile/"
    assert logged_in(client)
    page = client.get("/es/members/profile/")
    assert member.user.get_full_name() in page.content.decode()
    client.post("/es/accounts/logout/")
    assert not logged_in(client)


def test_an_unverified_member_cannot_log_in(client, site):
    member = MemberFactory(verified=False, language="fr")
    client.post("/fr/accounts/login/", {"login": member.user.email, "password": "pw"})
    assert not logged_in(client)
    assert len(mail.outbox) == 1 and "/fr/accounts/confirm-email/" in mail.outbox[0].body


def test_a_duplicate_email_makes_no_second_account_and_tells_the_owner(client, site):
    member = MemberFactory(language="es")
    response = sign_up(client, language="fr", email=member.user.email.upper())
    assert response.status_code == 302  # the same answer as a new address: no one learns who has an account
    assert User.objects.filter(email__iexact=member.user.email).count() == 1
    assert Member.objects.filter(user__email__iexact=member.user.email).count() == 1
    [message] = mail.outbox
    assert message.to == [member.user.email.upper()] or message.to == [member.user.email]
    # In the account's language (Spanish), with a way back in under the Spanish prefix.
    assert "/es/accounts/password/reset/" in message.body and "Hola" in message.body


def test_a_weak_password_is_refused_in_the_readers_language(client, site):
    response = sign_up(client, language="fr", password1="12345678", password2="12345678")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ce mot de passe est trop courant" in html or "entièrement numérique" in html
    assert not User.objects.filter(email="amina@example.org").exists() and not mail.outbox


def test_mismatched_passwords_and_missing_name(client, site):
    response = sign_up(client, language="es", password2="Otra-frase-distinta-9", first_name="")
    html = response.content.decode()
    assert response.status_code == 200 and "Este campo es necesario." in html
    assert "Debe escribir la misma contraseña cada vez." in html
    assert not User.objects.filter(email="amina@example.org").exists() and not mail.outbox


def test_a_bot_filling_the_hidden_field_is_refused(client, site):
    response = sign_up(client, language="fr", website="http://spam.example")
    assert response.status_code == 200
    html = response.content.decode()
    assert "un champ qui doit rester vide a été rempli" in html
    assert not User.objects.filter(email="amina@example.org").exists() and not mail.outbox


def test_the_hidden_field_is_hidden_from_people_and_assistive_technology(client, site):
    html = client.get("/fr/accounts/signup/").content.decode()
    assert re.search(r'<div class="form-trap" aria-hidden="true">.*?name="website"', html, re.S)
    assert re.search(r'<label for="id_first_name">Prénom', html)


def test_password_reset_email_is_in_the_accounts_language(client, site):
    member = MemberFactory(language="fr")
    client.post("/es/accounts/password/reset/", {"email": member.user.email})
    [message] = mail.outbox
    [link] = [url for url in links(message) if "/password/reset/key/" in url]
    assert link.startswith("http://localhost/fr/accounts/password/reset/key/")
    assert "mot de passe" in message.body.lower()
    path = link.removeprefix("http://localhost")
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else path,
        {"password1": "Nouvelle-phrase-longue-77", "password2": "Nouvelle-phrase-longue-77"},
    )
    member.user.refresh_from_db()
    assert member.user.check_password("Nouvelle-phrase-longue-77")


def test_a_member_has_no_admin_access(client, site):
    member = MemberFactory()
    client.force_login(member.user)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not member.user.has_perm("wagtailadmin.access_admin")


def test_staff_still_log_in_through_the_admin(client, site):
    editor = EditorFactory()
    response = client.post("/admin/login/", {"username": editor.username, "password": "pw"})
    assert response.status_code == 302 and logged_in(client)
    assert client.get("/admin/").status_code == 200


@override_settings(RATE_LIMITS={"signup": "2/h", "login": "3/m"})
def test_signup_and_login_are_rate_limited_per_address(client, site):
    for number in range(2):
        sign_up(client, email=f"person{number}@example.org")
    response = sign_up(client, email="person9@example.org")
    assert response.status_code == 429 and "Trop de requêtes" in response.content.decode()
    assert not User.objects.filter(email="person9@example.org").exists()
    for _ in range(3):
        client.post(
            "/fr/accounts/login/", {"login": "someone@example.org", "password": "x"}, REMOTE_ADDR="203.0.113.77"
        )
    refused = client.post(
        "/fr/accounts/login/", {"login": "someone@example.org", "password": "x"}, REMOTE_ADDR="203.0.113.77"
    )
    assert refused.status_code == 429


def test_wrong_passwords_lock_the_members_login_like_the_admins(client, site):
    member = MemberFactory(language="fr")
    for number in range(5):
        client.post(
            "/fr/accounts/login/",
            {"login": member.user.email.upper(), "password": "wrong"},
            REMOTE_ADDR=f"198.51.100.{number + 1}",
        )
    response = client.post(
        "/fr/accounts/login/", {"login": member.user.email, "password": "pw"}, REMOTE_ADDR="192.0.2.9"
    )
    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()
    assert not logged_in(client)
