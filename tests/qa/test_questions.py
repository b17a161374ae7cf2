"""A member asks a question on a country, region or theme page; bad input and the wrong pages are refused."""

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from qa.models import Question
from tests.factories import CountryPageFactory, MemberFactory, StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def ask_url(page, language="es"):
    with translation.override(language):
        return reverse("qa:ask", args=[page.pk])


@pytest.fixture
def member(client):
    member = MemberFactory(language="en", user__first_name="Amina", user__last_name="Diallo")
    client.force_login(member.user)
    return member


def test_anonymous_reader_is_sent_to_sign_in_and_back(client, scene):
    country = scene["country"]["es"]
    page = client.get(country.url)
    assert page.status_code == 200
    assert "Hacer una pregunta a los especialistas" in page.content.decode()
    assert ask_url(country) in page.content.decode()
    response = client.get(ask_url(country))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert response["Location"].endswith("next=" + ask_url(country))
    assert client.post(ask_url(country), {"text": "¿Una pregunta suficientemente larga?"}).status_code == 302
    assert not Question.objects.filter(page=country).exists()


def test_member_asks_and_the_owner_is_told_in_their_language(client, scene, member):
    country = scene["country"]["en"]
    form = client.get(ask_url(country, "en"))
    assert form.status_code == 200
    assert "A question about Paraguay" in form.content.decode()
    response = client.post(
        ask_url(country, "en"), {"text": "How are <b>minimum</b> pensions indexed?", "website": ""}, follow=True
    )
    question = Question.objects.get(member=member)
    assert question.text == "How are minimum pensions indexed?"  # HTML removed
    assert question.language == "en"
    assert question.state == Question.NEW
    assert question.tree.root_id == scene["country"]["es"].pk
    assert "your question has been sent to the specialists" in response.content.decode()
    # Not public: neither on the page nor in the FAQ.
    assert "minimum pensions" not in response.content.decode()
    [email] = mail.outbox
    assert email.to == [scene["owner"].email]
    assert "Un membre a posé une question sur Paraguay" in email.subject  # the owner's admin language: French
    assert reverse("qa_questions:answer", args=[question.pk]) in email.body


@pytest.mark.parametrize(
    "data, error",
    [
        ({"text": ""}, "Please write your question."),
        ({"text": "   "}, "Please write your question."),
        ({"text": "Why?"}, "Your question is too short"),
        ({"text": "x" * 2001}, "at most 2000 characters"),
        ({"text": "A question long enough to pass.", "website": "http://spam.example"}, "This field must stay empty"),
    ],
)
def test_bad_questions_are_refused_and_nothing_is_saved(client, scene, member, data, error):
    response = client.post(ask_url(scene["country"]["en"], "en"), data)
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not Question.objects.filter(member=member).exists()
    assert mail.outbox == []


def test_only_country_region_and_theme_pages_take_questions(client, scene, member):
    standard = StandardPageFactory(parent=scene["trees"].home("es"), title="Una página cualquiera")
    response = client.get(ask_url(standard))
    assert response.status_code == 400
    assert "Las preguntas se hacen en la página de un país" in response.content.decode()
    assert client.post(ask_url(standard), {"text": "¿Una pregunta suficientemente larga?"}).status_code == 400
    assert not Question.objects.filter(member=member).exists()
    # The theme page takes them.
    assert client.get(ask_url(scene["theme"]["es"])).status_code == 200


def test_drafts_and_restricted_pages_take_no_question_and_say_nothing(client, scene, member):
    draft = CountryPageFactory(parent=scene["trees"].section("countries"), title="Uruguay borrador", publish=False)
    secret = CountryPageFactory(parent=scene["trees"].section("countries"), title="Surinam reservado")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    for page in (draft, secret):
        assert client.get(ask_url(page)).status_code == 404
        assert client.post(ask_url(page), {"text": "¿Una pregunta suficientemente larga?"}).status_code == 404
    assert client.post(reverse("qa:ask", args=[999999]), {"text": "¿Una pregunta larga?"}).status_code == 404
    assert not Question.objects.filter(member=member).exists()


@override_settings(RATE_LIMITS={"question": "2/h"})
def test_questions_are_rate_limited_per_member(client, scene, member):
    url = ask_url(scene["country"]["en"], "en")
    for n in range(2):
        assert client.post(url, {"text": f"A question long enough, number {n}"}).status_code == 302
    refused = client.post(url, {"text": "A question long enough, number 3"})
    assert refused.status_code == 429
    assert Question.objects.filter(member=member).count() == 2
