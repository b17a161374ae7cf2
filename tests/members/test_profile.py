"""The member's profile: edit, public page with accepted contributions, data download, deletion."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from members.models import Member, Proposal
from tests.factories import CountryPageFactory, MemberFactory, NewsPageFactory, ThemePageFactory, translate

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

User = get_user_model()


@pytest.fixture
def places(site):
    ecuador = site.add(CountryPageFactory, "countries", title="Bolivia", iso_code="BO", fr={"title": "Bolivie"})
    pensions = site.add(ThemePageFactory, "themes", title="Pensiones", fr={"title": "Retraites"})
    return {"ecuador": ecuador, "pensions": pensions}


def logged_in_member(client, **fields):
    member = MemberFactory(**fields)
    client.force_login(member.user)
    return member


def test_the_profile_needs_a_login(client, site):
    response = client.get("/fr/members/profile/")
    assert response.status_code == 302 and response["Location"].startswith("/fr/accounts/login/")


def test_a_member_edits_the_profile_in_french(client, places):
    member = logged_in_member(client, language="es")
    form = client.get("/fr/members/profile/edit/").content.decode()
    assert "Bolivie" in form and "Retraites" in form  # the choices in the reader's language
    response = client.post(
        "/fr/members/profile/edit/",
        {
            "first_name": "Amina",
            "last_name": "Diallo",
            "organisation": "Caisse nationale",
            "country": places["ecuador"]["fr"].pk,
            "themes": [places["pensions"]["fr"].pk],
            "languages": "français, wolof",
            "bio": "Actuaire.",
            "language": "fr",
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.user.get_full_name() == "Amina Diallo"
    assert member.organisation == "Caisse nationale" and member.language == "fr"
    assert member.country.title == "Bolivie" and [theme.title for theme in member.themes.all()] == ["Retraites"]
    profile = client.get("/fr/members/profile/").content.decode()
    assert "Votre profil a été enregistré." in profile
    # The public profile in Spanish shows the Spanish pages.
    client.logout()
    public = client.get(f"/es/members/{member.pk}/").content.decode()
    assert "Amina Diallo" in public and "Bolivia" in public and "Pensiones" in public
    assert member.user.email not in public


def test_bad_profile_input_saves_nothing(client, site):
    member = logged_in_member(client)
    response = client.post(
        "/es/members/profile/edit/", {"first_name": "", "last_name": "X", "language": "xx", "bio": "b" * 1001}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Este campo es necesario." in html
    member.refresh_from_db()
    assert member.user.first_name != "" and member.bio == ""


def test_the_public_profile_lists_accepted_published_contributions_only(client, site):
    member = MemberFactory(user__first_name="Amina", user__last_name="Diallo")
    published = NewsPageFactory(parent=site.section("news"), title="Nueva ley de pensiones")
    draft = NewsPageFactory(parent=site.section("news"), title="Borrador interno", live=False)
    for title, state, page in [
        ("a", Proposal.ACCEPTED, published),
        ("b", Proposal.ACCEPTED, draft),
        ("Propuesta rechazada", Proposal.REJECTED, None),
        ("Propuesta nueva", Proposal.NEW, None),
    ]:
        Proposal.objects.create(
            member=member,
            kind=Proposal.NEWS,
            language="es",
            title=title,
            text="t",
            state=state,
            created_page=page,
            decided=timezone.now(),
        )
    html = client.get(f"/es/members/{member.pk}/").content.decode()
    assert "Nueva ley de pensiones" in html
    assert "Borrador interno" not in html and "Propuesta rechazada" not in html and "Propuesta nueva" not in html
    french = translate(published, "fr", title="Nouvelle loi sur les retraites")
    french.save_revision().publish()
    assert "Nouvelle loi sur les retraites" in client.get(f"/fr/members/{member.pk}/").content.decode()


def test_a_member_downloads_their_data(client, site):
    member = logged_in_member(client, organisation="Caisse nationale")
    Proposal.objects.create(member=member, kind=Proposal.GLOSSARY, language="es", title="Cotización", text="Definición")
    response = client.get("/es/members/profile/data.json")
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    assert "private" in response.get("Cache-Control", "") or "X-Page-Cache" not in response
    data = json.loads(response.content)
    assert data["account"]["email"] == member.user.email
    assert data["profile"]["organisation"] == "Caisse nationale"
    assert data["proposals"][0]["title"] == "Cotización"


def test_delete_keeping_contributions_as_former_member(client, site):
    member = logged_in_member(client)
    proposal = Proposal.objects.create(member=member, kind=Proposal.NEWS, language="es", title="Noticia", text="t")
    response = client.post("/fr/members/profile/delete/", {"contributions": "keep", "password": "pw"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=member.user.pk).exists() and not Member.objects.filter(pk=member.pk).exists()
    proposal.refresh_from_db()
    assert proposal.member is None
    from django.utils import translation

    with translation.override("fr"):
        assert proposal.contributor_name == "ancien membre"


def test_delete_removing_contributions(client, site):
    member = logged_in_member(client)
    Proposal.objects.create(member=member, kind=Proposal.NEWS, language="es", title="Noticia", text="t")
    client.post("/es/members/profile/delete/", {"contributions": "remove", "password": "pw"})
    assert not Proposal.objects.exists() and not User.objects.filter(pk=member.user.pk).exists()


def test_delete_needs_the_password(client, site):
    member = logged_in_member(client)
    response = client.post("/fr/members/profile/delete/", {"contributions": "remove", "password": "wrong"})
    assert response.status_code == 200 and "Ce n’est pas votre mot de passe." in response.content.decode()
    assert User.objects.filter(pk=member.user.pk).exists()


def follows_and_questions(member, place):
    """A subscription of the member's address (a country and a content type), one of another address, a question."""
    from feeds.models import Follow, Subscriber
    from qa.models import Question

    mine = Subscriber.objects.create(email=member.user.email, language="fr")
    Follow.objects.create(subscriber=mine, page=place, confirmed_at=timezone.now())
    Follow.objects.create(subscriber=mine, content_type="news")
    Subscriber.objects.create(email="someone.else@example.org", language="es")
    Question.objects.create(member=member, page=place, language="fr", text="¿Cuántos afiliados hay?")
    return mine


def test_the_download_holds_the_members_subscriptions_and_questions(client, places):
    member = logged_in_member(client)
    follows_and_questions(member, places["ecuador"]["es"])
    data = json.loads(client.get("/fr/members/profile/data.json").content)
    (subscription,) = data["subscriptions"]  # never another address's
    assert subscription["email"] == member.user.email and subscription["language"] == "fr"
    follows = {follow["page"] or follow["content_type"]: follow for follow in subscription["follows"]}
    assert set(follows) == {"Bolivia", "news"}
    assert follows["Bolivia"]["confirmed"] and not follows["news"]["confirmed"]
    assert [question["question"] for question in data["questions"]] == ["¿Cuántos afiliados hay?"]


@pytest.mark.parametrize("contributions", ["keep", "remove"])
def test_deleting_the_account_ends_its_subscriptions_and_removes_questions_if_asked(client, places, contributions):
    from feeds.models import Follow, Subscriber
    from qa.models import Question

    member = logged_in_member(client)
    follows_and_questions(member, places["ecuador"]["es"])
    client.post("/es/members/profile/delete/", {"contributions": contributions, "password": "pw"})
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["someone.else@example.org"]
    assert not Follow.objects.exists()
    questions = Question.objects.all()
    if contributions == "keep":
        assert [question.member for question in questions] == [None]  # a former member's question
    else:
        assert not questions.exists()


def test_a_failed_deletion_keeps_the_subscriptions(client, places):
    from feeds.models import Subscriber

    member = logged_in_member(client)
    follows_and_questions(member, places["ecuador"]["es"])
    client.post("/es/members/profile/delete/", {"contributions": "remove", "password": "wrong"})
    assert Subscriber.objects.filter(email=member.user.email).exists()
