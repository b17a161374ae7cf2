"""A FAQ entry's translation goes through review like a page's: its translator submits it from the
translation editor, a reviewer approves it, then it is shown (editorial/translation_review.py,
portal/upstream/localize_footer.py, portal/upstream/localize_snippet_status.py)."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from editorial.translation_publish import store_texts_as_translations
from qa.models import FaqEntry
from qa.publishing import publish_answer
from tests.editorial.test_workflow import refused
from tests.factories import EditorFactory, ReviewerFactory, TranslatorFactory
from tests.factories.qa import QuestionFactory
from tests.upstream.test_localize_footer import footer_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

QUESTION = "¿Quién paga la pensión no contributiva?"
ENGLISH = ("Who pays the social pension?", "The State, from general taxation.")


@pytest.fixture
def entry(scene):
    """The live Spanish FAQ entry of an answered question, its English and French versions drafts."""
    question = QuestionFactory(page=scene["country"]["es"], text=QUESTION)
    return publish_answer(question, scene["owner"], QUESTION, "El Estado, con impuestos generales.")


def version(entry, language):
    return FaqEntry.objects.get(translation_key=entry.translation_key, locale__language_code=language)


def translation_into(entry, language):
    return Translation.objects.get(
        source__object_id=entry.translation_key, target_locale__language_code=language, enabled=True
    )


def edit_url(item):
    return reverse("wagtailsnippets_qa_faqentry:edit", args=[item.pk])


def translate_texts(entry, language, question, answer):
    """What the translator types in the translation editor, text by text."""
    source = TranslationSource.objects.get(object_id=entry.translation_key)
    translated = FaqEntry.objects.get(pk=entry.pk)
    translated.question, translated.answer = question, f"<p>{answer}</p>"
    store_texts_as_translations(source, translated, Locale.objects.get(language_code=language))


def test_the_translator_submits_the_faq_entry_and_it_shows_once_approved(client, scene, entry):
    english = version(entry, "en")
    translator = TranslatorFactory(languages=["en"], language="fr")
    client.force_login(translator)

    # The translation editor's main button submits for review (wagtail-localize offered only "Stop").
    html = client.get(edit_url(english)).content.decode()
    assert "js-translation-editor portal-own-footer" in html
    main, *others = footer_of(html)
    submit_url = reverse("editorial_submit_translation", args=[translation_into(entry, "en").pk])
    assert main == {"name": "editorial-submit-translation", "url": submit_url, "text": "Soumettre à la relecture"}
    assert [button["name"] for button in others] == ["localize-stop-translation"]

    translate_texts(entry, "en", *ENGLISH)
    response = client.post(submit_url)
    assert response.status_code == 302 and response.url == edit_url(english)
    told = [str(message) for message in get_messages(response.wsgi_request)]
    assert f"La traduction « {ENGLISH[0]} » a été soumise à la relecture." in told
    english.refresh_from_db()
    assert english.workflow_in_progress and not english.live  # nothing shown before the review
    assert english.get_latest_revision().as_object().question == ENGLISH[0]
    assert ENGLISH[0] not in client.get(scene["faqs"]["en"].url).content.decode()

    # The editor of an entry in review opens (wagtail-localize's status panel answered 500), without the button.
    page = client.get(edit_url(english))
    assert page.status_code == 200
    buttons = footer_of(page.content.decode())
    assert not any(button["name"] == "editorial-submit-translation" for button in buttons)
    assert buttons[0]["text"] == "En attente de relecture"  # says so, rather than an empty main button
    assert reverse("wagtailsnippets_qa_faqentry:workflow_history", args=[english.pk]) in page.content.decode()
    assert refused(client.post(submit_url))  # submitted once

    # A reviewer approves it: the English FAQ shows it at once.
    state = WorkflowState.objects.get(object_id=str(english.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(ReviewerFactory())
    approve = reverse(
        "wagtailsnippets_qa_faqentry:workflow_action", args=[english.pk, "approve", state.current_task_state.pk]
    )
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    english.refresh_from_db()
    assert english.live and english.question == ENGLISH[0]
    client.logout()
    faq = client.get(scene["faqs"]["en"].url).content.decode()
    assert ENGLISH[0] in faq and ENGLISH[1] in faq


def test_a_translator_cannot_submit_another_language_or_the_source(client, scene, entry):
    client.force_login(TranslatorFactory(languages=["en"]))
    french = version(entry, "fr")
    assert refused(client.post(reverse("editorial_submit_translation", args=[translation_into(entry, "fr").pk])))
    french.refresh_from_db()
    assert not french.workflow_in_progress and not french.live
    # Someone who may publish FAQ entries keeps wagtail-localize's own footer ("Publish in …").
    client.force_login(EditorFactory())
    html = client.get(edit_url(version(entry, "en"))).content.decode()
    assert "portal-own-footer" not in html and not footer_of(html)


def test_the_reviewer_reads_the_translation_beside_its_source_before_approving(client, scene, entry):
    """The reviewer's dashboard row of a submitted FAQ translation opens its texts beside the Spanish
    source, with the review actions; an outsider may not open it, nor may anyone once it is decided."""
    english = version(entry, "en")
    client.force_login(TranslatorFactory(languages=["en"]))
    translate_texts(entry, "en", *ENGLISH)
    client.post(reverse("editorial_submit_translation", args=[translation_into(entry, "en").pk]))
    state = WorkflowState.objects.get(object_id=str(english.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    task_state = state.current_task_state
    review_url = reverse("editorial_snippet_review", args=[task_state.pk])

    reviewer = ReviewerFactory()
    client.force_login(reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'href="{review_url}"' in dashboard

    page = client.get(review_url)
    assert page.status_code == 200
    html = page.content.decode()
    assert QUESTION in html and "El Estado, con impuestos generales." in html  # the source
    assert ENGLISH[0] in html and ENGLISH[1] in html  # the translation
    approve = reverse("wagtailsnippets_qa_faqentry:workflow_action", args=[english.pk, "approve", task_state.pk])
    assert f'data-workflow-action-url="{approve}"' in html

    # Not for a specialist who reviews nothing, nor for the translator who wrote it (no action: an author).
    client.force_login(scene["owner"])
    assert refused(client.get(review_url))
    client.force_login(reviewer)
    client.post(approve, {"comment": ""})
    # Decided: back to the dashboard and the rest of the queue.
    assert client.get(review_url).url == reverse("wagtailadmin_home")
