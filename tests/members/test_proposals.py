"""Proposals ("Propose…"): a member proposes, a moderator accepts into a draft or rejects with a
reason, the tree's owners and the member are told, the published page credits the member."""

import io
import zipfile

import pytest
from django.core import mail
from django.test import override_settings
from wagtail.models import Page

from members.models import Proposal
from members.sanitise import plain_text, rich_text_paragraphs
from tests.factories import (
    CountryPageFactory,
    MemberFactory,
    ModeratorFactory,
    SpecialistFactory,
    review,
    submit,
)

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def upload(name, content, content_type="application/pdf"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture
def ecuador(site):
    return site.add(CountryPageFactory, "countries", title="Bolivia", iso_code="BO", fr={"title": "Bolivie"})


@pytest.fixture
def member(client):
    member = MemberFactory(language="fr", user__first_name="Amina", user__last_name="Diallo")
    client.force_login(member.user)
    return member


def practice_data(country, **changes):
    data = {
        "title": "Guichet unique <b>numérique</b>",
        "institution": "Caisse nationale",
        "country": country.pk,
        "implemented_since": 2019,
        "text": "Un guichet unique.<script>alert(1)</script>\n\nVoir https://example.org/rapport.",
        "challenge": "Trop de formulaires.",
        "approach": "Des données partagées.",
        "results": "",
        "lessons_learned": "",
        "link": "",
    }
    data.update(changes)
    return data


def test_proposing_needs_an_account(client, site):
    response = client.get("/fr/members/propose/practice/")
    assert response.status_code == 302 and "/fr/accounts/login/" in response["Location"]


def test_a_member_proposes_a_good_practice_in_french(client, site, ecuador, member):
    moderator = ModeratorFactory(language="en")
    form = client.get("/fr/members/propose/practice/").content.decode()
    assert "Bolivie" in form and "Institution" in form
    response = client.post("/fr/members/propose/practice/", practice_data(ecuador["fr"]))
    assert response.status_code == 302
    proposal = Proposal.objects.get()
    assert proposal.member == member and proposal.state == Proposal.NEW and proposal.language == "fr"
    assert proposal.title == "Guichet unique numérique"  # no HTML kept
    assert "<script>" not in proposal.text and "alert(1)" not in proposal.text  # a script goes with its code
    assert proposal.details["institution"] == "Caisse nationale" and proposal.details["implemented_since"] == 2019
    to_member = [m for m in mail.outbox if m.to == [member.user.email]]
    to_moderator = [m for m in mail.outbox if m.to == [moderator.email]]
    assert len(to_member) == 1 and "Nous avons bien reçu" in to_member[0].subject
    assert len(to_moderator) == 1 and "New proposal to moderate" in to_moderator[0].subject
    assert f"/admin/proposals/{proposal.pk}/" in to_moderator[0].body


def test_bad_input_saves_nothing(client, site, ecuador, member):
    response = client.post(
        "/fr/members/propose/practice/",
        practice_data(ecuador["fr"], institution="", implemented_since=2999, link="javascript:alert(1)"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Champ requis." in html and "L’année ne peut pas être dans le futur." in html
    assert "Saisissez une URL valide." in html or "https:// ou http://" in html
    assert not Proposal.objects.exists() and not mail.outbox


def test_a_tag_only_title_counts_as_empty(client, site, member):
    client.post("/es/members/propose/glossary/", {"title": "<i></i>", "text": "Definición"})
    assert not Proposal.objects.exists()


def test_a_resource_needs_a_pdf_or_office_document_by_its_content(client, site, member, settings, tmp_path):
    settings.PROPOSALS_UPLOAD_ROOT = tmp_path
    data = {"title": "Informe", "text": "Resumen", "resource_type": "publication", "year": 2024, "authors": ""}
    from resources.models import ResourceType

    data["resource_type"] = ResourceType.values[0]
    fake = client.post(
        "/fr/members/propose/resource/", {**data, "document": upload("rapport.pdf", b"MZ\x90\x00" + b"\x00" * 200)}
    )
    assert "Seuls les documents PDF et Office" in fake.content.decode()
    html_file = client.post(
        "/fr/members/propose/resource/", {**data, "document": upload("page.pdf", b"<html><script></script></html>")}
    )
    assert "Seuls les documents PDF et Office" in html_file.content.decode()
    with override_settings(PROPOSALS_MAX_UPLOAD_SIZE=100):
        big = client.post("/fr/members/propose/resource/", {**data, "document": upload("gros.pdf", PDF + b"0" * 200)})
    assert "trop volumineux" in big.content.decode()
    assert not Proposal.objects.exists()
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    ok = client.post(
        "/fr/members/propose/resource/",
        {**data, "document": upload("rapport.docx", docx.getvalue(), "application/octet-stream")},
    )
    assert ok.status_code == 302
    proposal = Proposal.objects.get()
    stored = tmp_path / proposal.document.name
    assert stored.exists()  # outside MEDIA_ROOT: no URL of the site serves it
    assert not str(stored).startswith(str(settings.MEDIA_ROOT))
    assert client.get(f"/media/{proposal.document.name}").status_code == 404


def test_only_moderators_see_the_queue(client, site, member):
    proposal = Proposal.objects.create(member=member, kind=Proposal.NEWS, language="fr", title="Nouvelle", text="t")
    assert client.get("/admin/proposals/").status_code in (302, 403)  # a member has no admin access
    specialist = SpecialistFactory()
    client.force_login(specialist)
    for url in ("/admin/proposals/", f"/admin/proposals/{proposal.pk}/"):
        refused = client.get(url)
        assert refused.status_code in (302, 403) and "Nouvelle" not in refused.content.decode()
    client.force_login(ModeratorFactory())
    html = client.get("/admin/proposals/").content.decode()
    assert "Nouvelle" in html and "Amina Diallo" in html


def test_accepting_a_practice_makes_a_draft_in_the_countrys_tree_and_credits_the_member(
    client, site, ecuador, member, django_capture_on_commit_callbacks
):
    client.post("/fr/members/propose/practice/", practice_data(ecuador["fr"]))
    proposal = Proposal.objects.get()
    owner = SpecialistFactory(owns=[ecuador["es"]], language="es")
    moderator = ModeratorFactory()
    mail.outbox.clear()
    client.force_login(moderator)
    page_view = client.get(f"/admin/proposals/{proposal.pk}/").content.decode()
    assert "&lt;script&gt;" not in page_view and "<script>alert" not in page_view
    assert 'href="https://example.org/rapport" rel="nofollow noopener"' in page_view
    response = client.post(f"/admin/proposals/{proposal.pk}/", {"action": "accept"})
    proposal.refresh_from_db()
    assert proposal.state == Proposal.ACCEPTED and proposal.decided_by == moderator
    page = proposal.created_page.specific
    assert response.status_code == 302 and response["Location"] == f"/admin/proposals/{proposal.pk}/"
    assert "Borrador de página" in client.get(response["Location"]).content.decode()
    assert not page.live and page.get_parent().specific == ecuador["es"]
    assert page.locale.language_code == "es"
    assert page.institution == "Caisse nationale" and page.country == ecuador["es"]
    assert "<script>" not in page.summary and 'rel="nofollow noopener"' in page.summary
    [to_owner] = [m for m in mail.outbox if m.to == [owner.email]]
    assert "propuesta de un miembro" in to_owner.subject.lower() and f"/admin/pages/{page.pk}/edit/" in to_owner.body
    [to_member] = [m for m in mail.outbox if m.to == [member.user.email]]
    assert "acceptée" in to_member.subject
    # Accepting twice does nothing more.
    client.post(f"/admin/proposals/{proposal.pk}/", {"action": "accept"})
    assert Page.objects.filter(title=page.title).count() == 1
    # In the member's profile: accepted, no link to a draft readers cannot see.
    client.force_login(member.user)
    mine = client.get("/fr/members/profile/").content.decode()
    assert "Acceptée" in mine and "Publiée" not in mine and f'href="{page.url}"' not in mine
    client.force_login(moderator)
    # The normal workflow: the owner submits, a reviewer approves, the page is published.
    from tests.factories import ReviewerFactory

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        submit(page, owner)
        review(page, ReviewerFactory())
    page.refresh_from_db()
    assert page.live
    [published] = [m for m in mail.outbox if m.to == [member.user.email]]
    assert "publiée" in published.subject
    client.logout()
    html = client.get(page.url).content.decode()
    assert "Amina Diallo" in html and f"/members/{member.pk}/" in html
    public = client.get(f"/fr/members/{member.pk}/").content.decode()
    assert page.title in public
    # Their profile now says it is published, with a link to the page.
    client.force_login(member.user)
    assert f'<a href="{page.url}">Publiée</a>' in client.get("/fr/members/profile/").content.decode()


def test_rejecting_needs_a_reason_and_tells_the_member_in_their_language(client, site, member):
    proposal = Proposal.objects.create(member=member, kind=Proposal.NEWS, language="fr", title="Nouvelle", text="t")
    client.force_login(ModeratorFactory(language="es"))
    response = client.post(f"/admin/proposals/{proposal.pk}/", {"action": "reject", "reason": ""})
    assert response.status_code == 200
    proposal.refresh_from_db()
    assert proposal.state == Proposal.NEW and not mail.outbox
    client.post(f"/admin/proposals/{proposal.pk}/", {"action": "reject", "reason": "Déjà publiée le mois dernier."})
    proposal.refresh_from_db()
    assert proposal.state == Proposal.REJECTED and proposal.reason == "Déjà publiée le mois dernier."
    [message] = mail.outbox
    assert message.to == [member.user.email] and "n’a pas été acceptée" in message.subject
    assert "Déjà publiée le mois dernier." in message.body


def test_suggest_an_edit_reaches_the_pages_owners(client, site, ecuador, member):
    owner = SpecialistFactory(owns=[ecuador["es"]], language="es")
    client.logout()
    html = client.get(ecuador["fr"].url).content.decode()
    assert f"/fr/members/propose/edit/?page={ecuador['fr'].pk}" in html
    client.force_login(member.user)
    form = client.get(f"/fr/members/propose/edit/?page={ecuador['fr'].pk}").content.decode()
    assert "Bolivie" in form
    client.post(
        "/fr/members/propose/edit/",
        {"page": ecuador["fr"].pk, "title": "Chiffre ancien", "text": "Le taux de couverture est de 2019."},
    )
    proposal = Proposal.objects.get()
    assert proposal.page.pk == ecuador["fr"].pk and proposal.kind == Proposal.EDIT
    mail.outbox.clear()
    client.force_login(ModeratorFactory())
    client.post(f"/admin/proposals/{proposal.pk}/", {"action": "accept"})
    [to_owner] = [m for m in mail.outbox if m.to == [owner.email]]
    assert "Le taux de couverture est de 2019." in to_owner.body
    assert client.get("/fr/members/propose/edit/?page=999999").status_code in (302, 404)


def test_a_glossary_term_becomes_a_draft_term(client, site, member):
    from themes.models import GlossaryTerm

    client.post("/es/members/propose/glossary/", {"title": "Cotización", "text": "Pago periódico."})
    proposal = Proposal.objects.get()
    client.force_login(ModeratorFactory())
    client.post(f"/admin/proposals/{proposal.pk}/", {"action": "accept"})
    term = GlossaryTerm.objects.get(term="Cotización")
    assert not term.live and "Pago periódico." in term.definition


@override_settings(RATE_LIMITS={"propose": "2/h"})
def test_proposals_are_rate_limited_per_member(client, site, member):
    for number in range(2):
        client.post(
            "/fr/members/propose/glossary/",
            {"title": f"Terme {number}", "text": "Définition"},
            REMOTE_ADDR=f"203.0.113.{number + 1}",
        )
    refused = client.post(
        "/fr/members/propose/glossary/", {"title": "Terme 9", "text": "Définition"}, REMOTE_ADDR="203.0.113.99"
    )
    assert refused.status_code == 429 and "Trop de requêtes" in refused.content.decode()
    assert Proposal.objects.count() == 2


def test_sanitising_keeps_text_and_makes_links_safe():
    assert plain_text("<p>Hola <a href='javascript:alert(1)'>x</a></p>") == "Hola x"
    assert plain_text("Hola<script>alert(1)</script> y <STYLE>p {}</style>adiós") == "Hola y adiós"
    html = rich_text_paragraphs("Línea <b>1</b>\nvea javascript:alert(1) y https://ilo.org/x.\n\nOtro")
    assert html == (
        '<p>Línea 1<br/>vea javascript:alert(1) y <a href="https://ilo.org/x" rel="nofollow noopener">https://ilo.org/x</a>.</p>'
        "<p>Otro</p>"
    )
    assert rich_text_paragraphs('https://x.org/"onmouseover="alert(1)').count('"onmouseover') == 0


def test_the_credit_follows_the_member_and_every_language_version(client, site, member):
    from django.utils import timezone

    from tests.factories import NewsPageFactory, translate

    news = NewsPageFactory(parent=site.section("news"), title="Nueva ley")
    french = translate(news, "fr", title="Nouvelle loi")
    french.save_revision().publish()
    proposal = Proposal.objects.create(
        member=member,
        kind=Proposal.NEWS,
        language="fr",
        title="Nouvelle loi",
        text="t",
        state=Proposal.ACCEPTED,
        decided=timezone.now(),
        created_page=news,
    )
    client.logout()
    html = client.get(french.url).content.decode()
    assert "Proposé par" in html and "Amina Diallo" in html and f'href="/fr/members/{member.pk}/"' in html
    member.user.delete()  # the member deleted the account, keeping the contribution
    proposal.refresh_from_db()
    assert proposal.member is None and proposal.created_page_id == news.pk
    html = client.get(french.url).content.decode()
    assert "Proposé par un ancien membre du portail." in html and "Amina Diallo" not in html
    assert "Propuesto por un antiguo miembro del portal." in client.get(news.url).content.decode()
