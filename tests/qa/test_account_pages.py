"""allauth's email-management and password-change pages in the portal's frame, in es, en and fr."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import MemberFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

HEADINGS = {
    "es": ("Mis direcciones de correo electrónico", "Cambiar mi contraseña", "Mi perfil"),
    "en": ("My email addresses", "Change my password", "My profile"),
    "fr": ("Mes adresses électroniques", "Changer mon mot de passe", "Mon profil"),
}


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_email_and_password_pages_look_like_the_account_pages(client, trees, language):
    member = MemberFactory(language=language, user__email="amina@example.org")
    client.force_login(member.user)
    email_heading, password_heading, profile = HEADINGS[language]
    with translation.override(language):
        email_url, password_url = reverse("account_email"), reverse("account_change_password")
    email_page = client.get(email_url).content.decode()
    assert f"<h1>{email_heading}</h1>" in email_page
    assert 'class="wrap article account"' in email_page and "amina@example.org" in email_page
    assert f">{profile}</a>" in email_page
    password_page = client.get(password_url).content.decode()
    assert f"<h1>{password_heading}</h1>" in password_page
    assert 'class="member-form"' in password_page and 'name="oldpassword"' in password_page


def test_a_wrong_current_password_is_refused_in_the_member_s_language(client, trees):
    member = MemberFactory(language="fr")
    client.force_login(member.user)
    with translation.override("fr"):
        url = reverse("account_change_password")
    response = client.post(
        url, {"oldpassword": "faux", "password1": "Une-Autre-2026-x", "password2": "Une-Autre-2026-x"}
    )
    assert response.status_code == 200
    assert "form-field--error" in response.content.decode()
    member.user.refresh_from_db()
    assert member.user.check_password("pw")
