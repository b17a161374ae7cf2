"""Follow a country by email: double opt-in, expiring links, digests in the reader's language, one-click unsubscribe."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from bulletin import bounces
from bulletin.models import Bounce
from feeds import digest
from feeds.models import Follow, Subscriber
from tests.factories import CountryPageFactory, NewsPageFactory
from tests.factories.translations import alias, translate

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def ecuador(trees):
    return trees.add(CountryPageFactory, "countries", title="Ecuador", iso_code="UY", fr={"title": "Équateur"})


FOLLOW_URL = "/fr/feeds/country/UY/follow/"


def ask(client, email="Lectrice@Example.org", frequency="weekly"):
    return client.post(FOLLOW_URL, {"email": email, "frequency": frequency})


def link_in(message, pattern):
    return re.search(rf"http://\S*{pattern}\S*/", message.body).group(0)


def confirm(client, message):
    url = link_in(message, "/follow/confirm/").removeprefix("http://localhost")
    assert client.get(url).status_code == 200  # a button, not yet confirmed (mail scanners open links)
    return client.post(url)


def test_following_sends_only_a_confirmation_in_the_readers_language(ecuador, client):
    page = client.get(FOLLOW_URL)
    assert page.status_code == 200 and "Suivre Équateur" in page.content.decode()
    assert "no-cache" in page["Cache-Control"] and "X-Page-Cache" not in page
    response = ask(client)
    assert response.status_code == 200 and "Consultez votre boîte" in response.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lectrice@example.org"]
    assert message.subject == "Confirmez que vous voulez suivre Équateur"
    assert "/fr/feeds/follow/confirm/" in message.body and "48 heures" in message.body
    followed = Follow.objects.get(subscriber__email="lectrice@example.org")
    assert followed.confirmed_at is None
    assert Subscriber.objects.get().language == "fr"
    # Before confirmation a digest run sends nothing, whatever is published.
    NewsPageFactory(parent=ecuador["es"], title="Publicada antes de confirmar", countries=[ecuador["es"]])
    assert digest.send_digests() == (0, 0) and len(mail.outbox) == 1


def test_asking_twice_or_for_a_known_address_reveals_nothing(ecuador, client):
    first = ask(client).content.decode()
    second = ask(client, frequency="daily").content.decode()
    assert first == second
    assert Subscriber.objects.get().frequency == "weekly"  # nobody can change another address's preferences
    assert len(mail.outbox) == 2  # each ask resends the confirmation of the same follow
    assert Follow.objects.count() == 1


def test_a_bad_address_is_refused_in_the_readers_language_and_nothing_is_saved(ecuador, client):
    response = client.post(FOLLOW_URL, {"email": "pas-une-adresse", "frequency": "weekly"})
    assert response.status_code == 400
    assert "Saisissez une adresse de courriel valide" in response.content.decode()
    assert not Subscriber.objects.exists() and not mail.outbox
    assert client.post(FOLLOW_URL, {"email": "a@example.org", "frequency": "hourly"}).status_code == 400
    assert client.get("/fr/feeds/country/ZZ/follow/").status_code == 404


def test_confirmation_links_expire_and_cannot_be_forged(ecuador, client, settings):
    ask(client)
    url = link_in(mail.outbox[0], "/follow/confirm/").removeprefix("http://localhost")
    assert client.post(url[:-3] + "xx/").status_code == 400
    settings.FOLLOW_CONFIRMATION_HOURS = 0
    expired = client.post(url)
    assert expired.status_code == 410 and "Ce lien a expiré" in expired.content.decode()
    assert Follow.objects.get().confirmed_at is None


def publish_news(trees, ecuador, title, **translations):
    news = NewsPageFactory(parent=trees.section("news"), title=title, summary="Resumen.", countries=[ecuador["es"]])
    if "fr" in translations:
        return translate(news, "fr", **translations["fr"])
    return alias(news, "fr")


def test_a_confirmed_follow_gets_one_digest_in_french_listing_translated_and_untranslated_pages(ecuador, client, trees):
    ask(client)
    assert "Vous suivez Équateur" in confirm(client, mail.outbox[0]).content.decode()
    mail.outbox.clear()
    assert digest.send_digests() == (0, 1)  # nothing published since the confirmation: nothing sent
    assert not mail.outbox
    Subscriber.objects.update(last_digest_at=timezone.now() - datetime.timedelta(days=8))
    publish_news(trees, ecuador, "Solo en español")
    publish_news(trees, ecuador, "Noticia traducida", fr={"title": "Nouvelle traduite", "summary": "Résumé."})
    NewsPageFactory(parent=trees.section("news"), title="Sin etiqueta")  # not about Ecuador
    output = io.StringIO()
    call_command("send_digest", stdout=output)
    assert output.getvalue() == "1 digests sent, 0 subscribers with nothing new.\n"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "2 nouveautés : Équateur · La sécurité sociale pour tous"
    assert "- Nouvelle traduite\n" in message.body and "- Solo en español [Español]\n" in message.body
    assert "Sin etiqueta" not in message.body
    unsubscribe = link_in(message, "/fr/feeds/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Not due again before a week; and when due, nothing new means nothing sent.
    assert digest.send_digests() == (0, 0)
    later = timezone.now() + datetime.timedelta(days=7)
    assert digest.send_digests(now=later) == (0, 1) and len(mail.outbox) == 1


def test_a_bouncing_address_gets_no_digest(ecuador, client, trees):
    ask(client)
    confirm(client, mail.outbox[0])
    mail.outbox.clear()
    Subscriber.objects.update(last_digest_at=timezone.now() - datetime.timedelta(days=8))
    publish_news(trees, ecuador, "Noticia para nadie", fr={"title": "Nouvelle pour personne"})
    bounces.mark_bouncing("lectrice@example.org", "hard")  # the mail provider's webhook
    assert digest.send_digests() == (0, 0) and not mail.outbox
    # A spam complaint stops it too; once the report is withdrawn, the digest goes out again.
    Bounce.objects.update(kind="complaint")
    assert digest.send_digests() == (0, 0) and not mail.outbox
    Bounce.objects.all().delete()
    assert digest.send_digests() == (1, 0)
    assert [message.to for message in mail.outbox] == [["lectrice@example.org"]]


def test_one_click_unsubscribe_needs_no_login_nor_csrf_token(ecuador, client, trees):
    ask(client)
    confirm(client, mail.outbox[0])
    Subscriber.objects.update(last_digest_at=timezone.now() - datetime.timedelta(days=8))
    publish_news(trees, ecuador, "Otra noticia", fr={"title": "Autre nouvelle"})
    digest.send_digests()
    url = link_in(mail.outbox[-1], "/fr/feeds/unsubscribe/").removeprefix("http://localhost")
    from django.test import Client

    mail_client = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    assert "lectrice@example.org" in mail_client.get(url).content.decode()
    response = mail_client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and "Vous êtes désabonné" in response.content.decode()
    assert not Subscriber.objects.exists() and not Follow.objects.exists()
    assert mail_client.post(url).status_code == 200  # again: still fine, nothing to do
    assert mail_client.post(url[:-4] + "abc/").status_code == 400


def test_the_follow_form_is_rate_limited_like_other_forms_that_send_email(ecuador, client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "email": "2/h"}
    for number in range(2):
        assert ask(client, email=f"persona{number}@example.org").status_code == 200
    refused = ask(client, email="otra@example.org")
    assert refused.status_code == 429 and refused["Retry-After"]
    assert len(mail.outbox) == 2 and not Subscriber.objects.filter(email="otra@example.org").exists()
