"""Issue 20's "Follow and digest", end to end with factories: a French reader follows a country, confirms and
receives one digest listing an English-only and a translated publication; members follow with one click (never
cached); content types are followed; the preferences page works without login; bad links, drafts, restricted
pages, unknown content types and rate limits are refused with nothing saved."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_tasks import TaskResultStatus
from wagtail.models import PageViewRestriction

from feeds.models import Follow, Subscriber
from feeds.tasks import send_digests_task
from tests.factories import CountryPageFactory, MemberFactory, NewsPageFactory, ResourcePageFactory
from tests.factories.translations import alias, translate

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def ecuador(trees):
    return trees.add(CountryPageFactory, "countries", title="Ecuador", iso_code="UY", fr={"title": "Équateur"})


FOLLOW_URL = "/fr/feeds/country/UY/follow/"


def link_in(message, pattern):
    return re.search(rf"http://\S*{pattern}\S*/", message.body).group(0).removeprefix("http://localhost")


def follow_and_confirm(client, email="lectrice@example.org"):
    assert client.post(FOLLOW_URL, {"email": email, "frequency": "weekly"}).status_code == 200
    confirmation = mail.outbox[-1]
    assert client.post(link_in(confirmation, "/follow/confirm/")).status_code == 200
    mail.outbox.clear()
    return Subscriber.objects.get(email=email)


def a_week_ago():
    return timezone.now() - datetime.timedelta(days=8)


def test_a_french_reader_gets_one_digest_listing_an_english_only_and_a_translated_publication(ecuador, client, trees):
    subscriber = follow_and_confirm(client)
    assert subscriber.language == "fr" and subscriber.follows.get().confirmed_at is not None
    # Published in English only (no Spanish source, no French version), tagged with Ecuador.
    NewsPageFactory(parent=trees.section("news", "en"), title="English only news", countries=[ecuador["en"]])
    # Published in Spanish, then translated into French.
    news = NewsPageFactory(parent=trees.section("news"), title="Noticia traducida", countries=[ecuador["es"]])
    translate(news, "fr", title="Nouvelle traduite")
    # Published in Spanish with no French place yet: the Spanish page, marked.
    NewsPageFactory(parent=trees.section("news"), title="Solo en español", countries=[ecuador["es"]])
    # Never listed: a draft, and a page about another country.
    NewsPageFactory(parent=trees.section("news", "en"), title="English draft", countries=[ecuador["en"]], live=False)
    NewsPageFactory(parent=trees.section("news", "en"), title="Not about Ecuador")
    output = io.StringIO()
    call_command("send_digest", stdout=output)
    assert output.getvalue() == "1 digests sent, 0 subscribers with nothing new.\n"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "3 nouveautés : Équateur · La sécurité sociale pour tous"
    body = message.body
    assert "- English only news [English]\n  http://localhost/en/" in body
    assert "- Nouvelle traduite\n  http://localhost/fr/" in body
    assert "- Solo en español [Español]\n  http://localhost/es/" in body
    assert "Noticia traducida" not in body and "draft" not in body and "Not about" not in body
    assert body.index("Solo en español") < body.index("Nouvelle traduite") < body.index("English only")  # newest first
    assert "/fr/feeds/preferences/" in body and "/fr/feeds/unsubscribe/" in body
    # The next run has nothing new for this reader: nothing is sent.
    later = timezone.now() + datetime.timedelta(days=7)
    call_command("send_digest", stdout=io.StringIO())
    from feeds.digest import send_digests

    assert send_digests(now=later) == (0, 1) and len(mail.outbox) == 1


def test_the_digest_runs_as_a_django_task(ecuador, client, trees):
    follow_and_confirm(client)
    NewsPageFactory(parent=trees.section("news"), title="Noticia de la tarea", countries=[ecuador["es"]])
    result = send_digests_task.enqueue()
    assert result.status == TaskResultStatus.SUCCESSFUL and result.return_value == {"sent": 1, "empty": 0}
    assert len(mail.outbox) == 1 and "Noticia de la tarea [Español]" in mail.outbox[0].body
    output = io.StringIO()
    call_command("send_digest", "--now", stdout=output)
    assert output.getvalue() == "0 digests sent, 0 subscribers with nothing new.\n"  # not due again before a week


def test_a_member_follows_with_one_click_and_the_anonymous_page_never_shows_it(ecuador, client, trees):
    url = ecuador["fr"].url
    anonymous = client.get(url)
    assert "Suivre par e-mail" in anonymous.content.decode() and "Ne plus suivre" not in anonymous.content.decode()
    member = MemberFactory(language="fr")
    client.force_login(member.user)
    page = client.get(url)
    html = page.content.decode()
    assert "Suivre Équateur" in html and "Suivre par e-mail" not in html
    assert "private" in page["Cache-Control"] and page.get("X-Page-Cache") != "hit"
    response = client.post(
        "/fr/feeds/country/UY/follow/member/", {"action": "follow", "next": "https://evil.example.org/"}
    )
    assert response.status_code == 302 and response["Location"] == url  # never to another site
    followed = Follow.objects.get(subscriber__email=member.user.email.lower())
    assert followed.confirmed_at is not None and not mail.outbox  # no second opt-in
    html = client.get(url).content.decode()
    assert "Vous suivez Équateur" in html and "Ne plus suivre" in html
    # The anonymous page, from the cache or not, shows none of it.
    anonymous_client = Client(HTTP_HOST="localhost")
    for _twice in range(2):
        html = anonymous_client.get(url).content.decode()
        assert "Suivre par e-mail" in html and "Vous suivez" not in html and "csrfmiddlewaretoken" not in html
    response = client.post("/fr/feeds/country/UY/follow/member/", {"action": "unfollow", "next": url})
    assert response.status_code == 302 and not Follow.objects.exists()
    assert "Suivre Équateur" in client.get(url).content.decode()


def test_only_a_verified_member_follows_without_confirmation(ecuador, client):
    response = client.post("/fr/feeds/country/UY/follow/member/", {"action": "follow"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    member = MemberFactory(language="fr", verified=False)
    client.force_login(member.user)
    refused = client.post("/fr/feeds/country/UY/follow/member/", {"action": "follow"})
    assert refused.status_code == 403 and "Vérifiez d’abord votre adresse" in refused.content.decode()
    assert not Subscriber.objects.exists()
    # Without a verified address, the follow page is the email form (double opt-in).
    assert 'name="email"' in client.get(FOLLOW_URL).content.decode()


def test_drafts_restricted_pages_and_unknown_content_types_cannot_be_followed(ecuador, trees, client):
    draft = CountryPageFactory(parent=trees.section("countries"), title="Borrador", iso_code="PY", live=False)
    assert draft.live is False
    response = client.get("/es/feeds/country/PY/follow/")
    assert response.status_code == 404 and "Nada que seguir aquí" in response.content.decode()
    assert (
        client.post("/es/feeds/country/PY/follow/", {"email": "a@example.org", "frequency": "weekly"}).status_code
        == 404
    )
    restricted = trees.add(CountryPageFactory, "countries", title="Reservado", iso_code="BO", languages=())
    PageViewRestriction.objects.create(page=restricted["es"], restriction_type=PageViewRestriction.LOGIN)
    assert (
        client.post("/es/feeds/country/BO/follow/", {"email": "a@example.org", "frequency": "weekly"}).status_code
        == 404
    )
    unknown = client.post("/fr/feeds/videos/follow/", {"email": "a@example.org", "frequency": "weekly"})
    assert (
        unknown.status_code == 404
        and "« videos » n’est pas quelque chose que vous pouvez suivre" in unknown.content.decode()
    )
    member = MemberFactory(language="es")
    client.force_login(member.user)
    assert client.post("/es/feeds/country/BO/follow/member/", {"action": "follow"}).status_code == 404
    assert client.post("/es/feeds/videos/follow/member/", {"action": "follow"}).status_code == 404
    assert client.post("/es/feeds/country/UY/follow/member/", {"action": "delete"}).status_code == 400
    assert not Subscriber.objects.exists() and not Follow.objects.exists() and not mail.outbox


def test_a_content_type_is_followed_by_email_and_its_publications_reach_the_digest(ecuador, client, trees):
    form = client.get("/fr/feeds/resources/follow/")
    assert form.status_code == 200 and "Suivre Ressources" in form.content.decode()
    client.post("/fr/feeds/resources/follow/", {"email": "lecteur@example.org", "frequency": "daily"})
    assert mail.outbox[0].subject == "Confirmez que vous voulez suivre Ressources"
    client.post(link_in(mail.outbox[0], "/follow/confirm/"))
    followed = Follow.objects.get()
    assert followed.content_type == "resources" and followed.page is None and followed.confirmed_at
    mail.outbox.clear()
    resource = ResourcePageFactory(parent=trees.section("resources"), title="Guía nueva")
    alias(resource, "fr")
    NewsPageFactory(parent=trees.section("news"), title="Una noticia")  # news are not followed
    call_command("send_digest", stdout=io.StringIO())
    body = mail.outbox[0].body
    assert body.startswith("Ressources\n") and "- Guía nueva [Español]\n  http://localhost/fr/" in body
    assert "Una noticia" not in body


def test_the_preferences_page_from_the_email_changes_everything_at_once_without_login(ecuador, client, trees):
    subscriber = follow_and_confirm(client)
    subscriber.last_digest_at = a_week_ago()
    subscriber.save()
    NewsPageFactory(parent=trees.section("news"), title="Noticia X", countries=[ecuador["es"]])
    call_command("send_digest", stdout=io.StringIO())
    url = link_in(mail.outbox[0], "/fr/feeds/preferences/")
    page = Client(HTTP_HOST="localhost").get(url)
    html = page.content.decode()
    assert page.status_code == 200 and "lectrice@example.org" in html and "Équateur" in html
    assert "no-cache" in page["Cache-Control"]
    followed = subscriber.follows.get()
    saved = client.post(url, {"content_types": ["news", "events"], "frequency": "daily", "language": "en", "pages": []})
    assert saved.status_code == 302 and saved["Location"] == f"{url}?saved=1"
    assert "Vos préférences sont enregistrées" in client.get(saved["Location"]).content.decode()
    subscriber.refresh_from_db()
    assert (subscriber.frequency, subscriber.language) == ("daily", "en")
    assert not Follow.objects.filter(pk=followed.pk).exists()
    assert sorted(subscriber.follows.values_list("content_type", flat=True)) == ["events", "news"]
    assert not subscriber.follows.filter(confirmed_at__isnull=True).exists()
    # Unsubscribe from everything, from the same page.
    html = client.get(url).content.decode()
    unsubscribe = re.search(r'action="(/fr/feeds/unsubscribe/[^"]+)"', html).group(1)
    assert client.post(unsubscribe).status_code == 200
    assert not Subscriber.objects.exists()
    gone = client.get(url)
    assert gone.status_code == 404 and "Cette adresse ne reçoit aucun récapitulatif" in gone.content.decode()


def test_the_bulletin_is_asked_for_on_the_preferences_page_never_implied_by_following(ecuador, client, trees):
    from bulletin.models import audience

    subscriber = follow_and_confirm(client)
    assert subscriber not in audience(subscriber.language)  # following a country is not asking for the bulletin
    subscriber.last_digest_at = a_week_ago()
    subscriber.save()
    NewsPageFactory(parent=trees.section("news"), title="Noticia Y", countries=[ecuador["es"]])
    call_command("send_digest", stdout=io.StringIO())
    url = link_in(mail.outbox[0], "/fr/feeds/preferences/")
    html = client.get(url).content.decode()
    assert "Recevoir aussi le bulletin de la rédaction" in html and 'name="bulletin"' in html
    choices = {"pages": [str(subscriber.follows.get().pk)], "frequency": "weekly", "language": "fr"}
    client.post(url, {**choices, "bulletin": "on"})
    subscriber.refresh_from_db()
    assert subscriber.bulletin_since is not None and subscriber in audience("fr")
    assert re.search(r'<input[^>]*name="bulletin"[^>]*checked', client.get(url).content.decode())
    client.post(url, choices)  # unticked: no more bulletins, the digest stays
    subscriber.refresh_from_db()
    assert subscriber.bulletin_since is None and subscriber not in audience("fr") and subscriber.follows.exists()


def test_a_bad_choice_tampered_or_expired_preferences_link_saves_nothing(ecuador, client, settings):
    follow_and_confirm(client)
    client.post(FOLLOW_URL, {"email": "lectrice@example.org", "frequency": "weekly"})  # already confirmed: no email
    from feeds import tokens

    subscriber = Subscriber.objects.get()
    url = f"/fr/feeds/preferences/{tokens.preferences_token(subscriber)}/"
    kept = subscriber.follows.get()
    refused = client.post(
        url, {"content_types": ["videos"], "frequency": "daily", "language": "fr", "pages": [kept.pk]}
    )
    assert refused.status_code == 400
    assert (
        "Sélectionnez un choix valide" in refused.content.decode()
        and "Rien n’a été enregistré" in refused.content.decode()
    )
    assert client.post(url, {"frequency": "hourly", "language": "fr", "pages": [kept.pk]}).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.frequency == "weekly" and subscriber.follows.count() == 1
    tampered = client.post(url[:-4] + "xyz/", {"frequency": "daily", "language": "fr"})
    assert tampered.status_code == 400 and "Ce lien n’est pas valide" in tampered.content.decode()
    unsubscribe_token = tokens.unsubscribe_token(subscriber)  # another use's link is no preferences link
    assert client.get(f"/fr/feeds/preferences/{unsubscribe_token}/").status_code == 400
    settings.FOLLOW_PREFERENCES_DAYS = 0
    expired = client.post(url, {"frequency": "daily", "language": "fr", "pages": [kept.pk]})
    assert expired.status_code == 410 and "Ce lien a expiré" in expired.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.frequency == "weekly"


def test_a_member_reaches_their_preferences_from_the_profile(ecuador, client):
    assert "/accounts/login/" in client.get("/fr/feeds/preferences/")["Location"]
    member = MemberFactory(language="fr")
    client.force_login(member.user)
    assert "/fr/feeds/preferences/" in client.get("/fr/members/profile/").content.decode()
    page = client.get("/fr/feeds/preferences/")
    assert page.status_code == 200 and "Aucun pour l’instant" in page.content.decode()
    saved = client.post(
        "/fr/feeds/preferences/", {"content_types": ["good-practices"], "frequency": "weekly", "language": "fr"}
    )
    assert saved.status_code == 302
    subscriber = Subscriber.objects.get(email=member.user.email.lower())
    assert subscriber.follows.get().content_type == "good-practices" and not mail.outbox


def test_member_clicks_and_preference_changes_are_rate_limited(ecuador, client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "follow": "2/h"}
    member = MemberFactory(language="fr")
    client.force_login(member.user)
    for action in ("follow", "unfollow"):
        assert client.post("/fr/feeds/country/UY/follow/member/", {"action": action}).status_code == 302
    refused = client.post("/fr/feeds/country/UY/follow/member/", {"action": "follow"})
    assert refused.status_code == 429 and refused["Retry-After"]
    assert not Follow.objects.exists()


def test_a_digest_that_fails_to_send_is_tried_again_by_the_next_run(ecuador, client, trees, settings):
    from feeds.digest import send_digests

    subscriber = follow_and_confirm(client)
    NewsPageFactory(parent=trees.section("news"), title="Noticia fallida", countries=[ecuador["es"]])
    settings.EMAIL_BACKEND = "tests.feeds.failing_email.Backend"
    with pytest.raises(OSError):
        send_digests()
    subscriber.refresh_from_db()
    assert subscriber.last_digest_at is None and not mail.outbox
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_digests() == (1, 0) and "Noticia fallida" in mail.outbox[0].body


def test_overlapping_runs_never_send_the_same_digest_twice(ecuador, client, trees, settings):
    from tests.feeds.failing_email import Overlapping

    follow_and_confirm(client)
    NewsPageFactory(parent=trees.section("news"), title="Noticia única", countries=[ecuador["es"]])
    settings.EMAIL_BACKEND = "tests.feeds.failing_email.Overlapping"
    Overlapping.runs.clear()
    from feeds.digest import send_digests

    assert send_digests() == (1, 0)
    assert Overlapping.runs == [(0, 0)]  # the second run found the subscriber taken
    assert len(mail.outbox) == 1
