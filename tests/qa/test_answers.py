"""The owners answer in the admin; the answer becomes a FAQ entry on the page and the FAQ page at once
(caches on), is translated with wagtail-localize, found by the site search; the member is told."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from qa.models import FaqEntry, Question
from qa.publishing import publish_answer
from tests.factories import MemberFactory, SpecialistFactory, translate
from tests.factories.qa import QuestionFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def answer_url(question):
    return reverse("qa_questions:answer", args=[question.pk])


def search(client, language, words):
    with translation.override(language):
        url = reverse("search")
    return client.get(url, {"q": words}).content.decode()


def test_owner_answers_and_the_faq_appears_at_once_everywhere(client, scene):
    country, faqs, owner = scene["country"], scene["faqs"], scene["owner"]
    member = MemberFactory(language="fr", user__first_name="Inès")
    question = QuestionFactory(page=country["es"], member=member, text="¿Cómo se reajusta la pensión mínima?")
    # Anonymous pages kept by the page cache before the answer.
    assert "se reajusta" not in client.get(country["es"].url).content.decode()
    assert "se reajusta" not in client.get(faqs["es"].url).content.decode()

    client.force_login(owner)
    page = client.get(answer_url(question))
    assert page.status_code == 200
    assert "¿Cómo se reajusta la pensión mínima?" in page.content.decode()
    response = client.post(
        answer_url(question),
        {
            "action": "publish",
            "question": "¿Cómo se reajusta la pensión mínima?",
            "answer": "Cada año según el índice de precios.<script>x</script>\n\nVer https://example.org/ley.",
        },
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.state == Question.PUBLISHED and question.answered_by == owner
    entry = question.entry
    assert entry.live and entry.locale.language_code == "es"
    assert "<script>" not in entry.answer and 'rel="nofollow noopener"' in entry.answer
    # Draft translations for the translators; not shown in English or French yet.
    drafts = FaqEntry.objects.filter(translation_key=entry.translation_key).exclude(pk=entry.pk)
    assert sorted(drafts.values_list("locale__language_code", flat=True)) == ["en", "fr"]
    assert not any(draft.live for draft in drafts)

    client.logout()
    on_page = client.get(country["es"].url).content.decode()
    assert "¿Cómo se reajusta la pensión mínima?" in on_page and "índice de precios" in on_page
    assert "índice de precios" in client.get(faqs["es"].url).content.decode()
    assert "índice de precios" not in client.get(faqs["en"].url).content.decode()
    assert faqs["en"].url not in search(client, "en", "price index")
    assert faqs["es"].url in search(client, "es", "índice precios")  # the site search finds it on the FAQ page

    # The member is told in their language, with a link to the entry on the page.
    [email] = [message for message in mail.outbox if message.to == [member.user.email]]
    assert "Votre question sur Paraguay a reçu une réponse" in email.subject
    assert f"#faq-{entry.pk}" in email.body and country["es"].full_url in email.body

    # A translator translates the entry (wagtail-localize), it is approved: it appears in English at once.
    link = '<a href="https://example.org/ley" rel="nofollow noopener">https://example.org/ley</a>'
    english = f"<p>Every year by the price index.</p><p>See {link}.</p>"
    translate(entry, "en", question="How is the minimum pension adjusted?", answer=english)
    assert "Every year by the price index." in client.get(country["en"].url).content.decode()
    english_faq = client.get(faqs["en"].url).content.decode()
    assert "How is the minimum pension adjusted?" in english_faq and "Paraguay" in english_faq
    assert faqs["en"].url in search(client, "en", "price index")
    assert "Every year by the price index." not in client.get(faqs["fr"].url).content.decode()


def test_another_tree_s_specialist_is_refused_and_nothing_changes(client, scene):
    question = QuestionFactory(page=scene["country"]["es"])
    outsider = SpecialistFactory(owns=[scene["theme"]["es"]])
    client.force_login(outsider)
    assert client.get(answer_url(question)).status_code == 403
    response = client.post(answer_url(question), {"action": "publish", "question": "¿Algo?", "answer": "Sí."})
    assert response.status_code == 403
    assert client.post(answer_url(question), {"action": "decline", "reason": "No."}).status_code == 403
    question.refresh_from_db()
    assert question.state == Question.NEW and question.entry is None
    assert question.text not in client.get(reverse("qa_questions:index")).content.decode()
    assert mail.outbox == []


def test_an_answer_needs_text_and_a_decline_a_reason(client, scene):
    question = QuestionFactory(page=scene["country"]["es"])
    client.force_login(scene["owner"])
    response = client.post(answer_url(question), {"action": "publish", "question": question.text, "answer": ""})
    assert response.status_code == 200
    assert not FaqEntry.objects.filter(page=question.page, question=question.text).exists()
    response = client.post(answer_url(question), {"action": "decline", "reason": ""})
    assert response.status_code == 200
    question.refresh_from_db()
    assert question.state == Question.NEW


def test_declined_question_is_never_public_and_the_member_is_told(client, scene):
    member = MemberFactory(language="es")
    question = QuestionFactory(page=scene["country"]["es"], member=member, text="¿Pregunta fuera de tema número uno?")
    client.force_login(scene["owner"])
    response = client.post(answer_url(question), {"action": "decline", "reason": "Escriba al equipo del sitio."})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.state == Question.DECLINED
    [email] = mail.outbox
    assert email.to == [member.user.email] and "Escriba al equipo del sitio." in email.body
    client.logout()
    assert "fuera de tema" not in client.get(scene["country"]["es"].url).content.decode()
    assert "fuera de tema" not in client.get(scene["faqs"]["es"].url).content.decode()
    # Answering twice is refused.
    client.force_login(scene["owner"])
    client.post(answer_url(question), {"action": "publish", "question": "¿Algo?", "answer": "Sí."})
    assert not FaqEntry.objects.filter(question="¿Algo?").exists()


def test_faq_page_filters_by_words_and_page_and_hides_restricted_pages(client, scene):
    owner = scene["owner"]
    on_country = QuestionFactory(page=scene["country"]["es"], text="¿Quién cotiza al seguro campesino?")
    on_theme = QuestionFactory(page=scene["theme"]["es"], text="¿Qué es una pensión social?")
    publish_answer(on_country, owner, on_country.text, "Los trabajadores rurales.")
    publish_answer(on_theme, owner, on_theme.text, "Una pensión no contributiva.")
    faq = scene["faqs"]["es"]
    everything = client.get(faq.url).content.decode()
    assert "seguro campesino" in everything and "pensión social" in everything
    filtered = client.get(faq.url, {"q": "CAMPESINO rurales"}).content.decode()
    assert "seguro campesino" in filtered and "pensión social" not in filtered
    by_page = client.get(faq.url, {"about": scene["theme"]["es"].pk}).content.decode()
    assert "pensión social" in by_page and "seguro campesino" not in by_page
    assert "Ninguna pregunta respondida coincide" in client.get(faq.url, {"q": "inexistente"}).content.decode()
    # The theme goes behind a login: its entry leaves the FAQ page and the search at once.
    PageViewRestriction.objects.create(page=scene["theme"]["es"], restriction_type=PageViewRestriction.LOGIN)
    assert "pensión social" not in client.get(faq.url).content.decode()


def test_questions_waiting_more_than_14_days_need_the_owner_s_attention(client, scene):
    old = QuestionFactory(page=scene["country"]["es"], text="¿Una pregunta olvidada hace tiempo?")
    Question.objects.filter(pk=old.pk).update(created=timezone.now() - timedelta(days=15))
    recent = QuestionFactory(page=scene["country"]["es"], text="¿Una pregunta de ayer mismo?")
    client.force_login(scene["owner"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "¿Una pregunta olvidada hace tiempo?" in dashboard
    assert recent.text not in dashboard
    assert answer_url(old) in dashboard
    # Not in another specialist's.
    client.force_login(SpecialistFactory(owns=[scene["theme"]["es"]]))
    assert old.text not in client.get(reverse("wagtailadmin_home")).content.decode()
