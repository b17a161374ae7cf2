"""The contact form: to the site team (CONTACT_EMAIL) with the sender's address, a copy to the sender."""

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from tests.factories import MemberFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

DATA = {
    "name": "Jean Dupont",
    "email": "jean@example.org",
    "subject": "Un lien cassé",
    "message": "La page <b>Pérou</b> a un lien cassé.",
    "website": "",
}


def contact_url(language):
    with translation.override(language):
        return reverse("qa:contact")


@override_settings(CONTACT_EMAIL="equipe@example.org")
def test_visitor_writes_to_the_team_and_gets_a_copy_in_their_language(client, trees):
    page = client.get(contact_url("fr"))
    assert page.status_code == 200
    assert "Écrire à l’équipe du site" in page.content.decode()
    assert "no-cache" in page["Cache-Control"] or "private" in page["Cache-Control"]
    response = client.post(contact_url("fr"), DATA, follow=True)
    assert "Une copie part vers jean@example.org" in response.content.decode()
    to_team, copy = mail.outbox
    assert to_team.to == ["equipe@example.org"] and to_team.reply_to == ["jean@example.org"]
    assert "Un lien cassé" in to_team.subject and "La page Pérou a un lien cassé." in to_team.body
    assert copy.to == ["jean@example.org"]
    assert copy.subject.endswith("Copie de votre message : Un lien cassé")


def test_a_member_s_address_is_filled_in(client, trees):
    member = MemberFactory(user__email="amina@example.org")
    client.force_login(member.user)
    assert 'value="amina@example.org"' in client.get(contact_url("es")).content.decode()


@pytest.mark.parametrize(
    "changes, error",
    [
        ({"website": "http://spam.example"}, "Ce champ doit rester vide"),
        ({"email": "pas-une-adresse"}, "adresse de courriel valide"),
        ({"message": "<p></p>"}, "Veuillez écrire votre message."),
        ({"subject": ""}, "Champ requis"),
        ({"message": "x" * 5001}, "5000"),
    ],
)
def test_bad_messages_are_refused_and_nothing_is_sent(client, trees, changes, error):
    response = client.post(contact_url("fr"), {**DATA, **changes})
    assert response.status_code == 200
    assert error in response.content.decode()
    assert mail.outbox == []


@override_settings(RATE_LIMITS={"email": "2/h"})
def test_the_contact_form_is_rate_limited(client, trees):
    for _n in range(2):
        assert client.post(contact_url("en"), DATA).status_code == 302
    assert client.post(contact_url("en"), DATA).status_code == 429
    assert len(mail.outbox) == 4
