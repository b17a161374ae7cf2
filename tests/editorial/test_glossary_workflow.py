"""Glossary terms: reviewed like pages, translators limited to their languages, out-of-date marks."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text

from editorial.models import OutdatedTranslation
from tests.editorial.test_workflow import refused
from tests.factories import GlossaryTermFactory, translate
from themes.models import GlossaryTerm

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

ADD_URL = reverse("wagtailsnippets_themes_glossaryterm:add")


@pytest.fixture
def floor_term(scene):
    """{language: term}: a live Spanish glossary term with its English and French translations."""
    spanish = GlossaryTermFactory(
        term="piso de protección social", definition="<p>Garantías básicas de seguridad social.</p>"
    )
    return {
        "es": spanish,
        "en": translate(spanish, "en", term="social protection floor"),
        "fr": translate(spanish, "fr", term="socle de protection sociale"),
    }


def edit_url(item):
    return reverse("wagtailsnippets_themes_glossaryterm:edit", args=[item.pk])


def workflow_action_url(item, action):
    state = WorkflowState.objects.get(object_id=str(item.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    return reverse(
        "wagtailsnippets_themes_glossaryterm:workflow_action",
        args=[item.pk, action, state.current_task_state.pk],
    )


def term_form(text, definition, **extra):
    return nested_form_data({"term": text, "definition": rich_text(f"<p>{definition}</p>"), "theme": "", **extra})


def test_a_specialists_term_goes_live_only_when_a_reviewer_approves(client, specialist, reviewer):
    client.force_login(specialist)
    data = term_form("cotización", "Aporte obligatorio a la seguridad social.")
    data["locale"] = str(Locale.objects.get(language_code="es").pk)
    data["action-submit"] = "1"
    response = client.post(ADD_URL, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    item = GlossaryTerm.objects.get(term="cotización")
    assert not item.live
    themes = client.get("/es/temas/")
    assert themes.status_code == 200
    assert "cotización" not in themes.content.decode()

    # The specialist cannot approve their own term; the reviewer can.
    assert refused(client.post(workflow_action_url(item, "approve")))
    item.refresh_from_db()
    assert not item.live
    client.force_login(reviewer)
    # It waits in the reviewer's queue on the dashboard, with their approve action.
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    queue = dashboard[dashboard.index('id="awaiting-review-section"') :]
    assert "cotización" in queue
    assert workflow_action_url(item, "approve") in queue
    response = client.post(workflow_action_url(item, "approve"), {"comment": ""})
    assert response.status_code in (200, 302)
    item.refresh_from_db()
    assert item.live
    assert "cotización" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_translators_change_terms_in_their_languages_only(client, translator, floor_term):
    spanish, french = floor_term["es"], floor_term["fr"]
    client.force_login(translator)
    assert client.get(edit_url(french)).status_code == 200
    assert refused(client.get(edit_url(spanish)))
    before = spanish.term
    response = client.post(edit_url(spanish), term_form("hacked", "hacked"))
    assert refused(response)
    spanish.refresh_from_db()
    assert spanish.term == before
    # Adding a source term is not theirs to do either.
    assert refused(client.get(ADD_URL))


def test_publishing_a_changed_source_term_marks_its_translations(editor, floor_term):
    spanish = floor_term["es"]
    spanish.definition = "<p>Una definición revisada.</p>"
    spanish.save_revision(user=editor).publish(user=editor)
    marks = OutdatedTranslation.objects.filter(translation__source__object_id=spanish.translation_key)
    assert sorted(mark.translation.target_locale.language_code for mark in marks) == ["en", "fr"]
    assert marks[0].changes[0]["after"] == "Una definición revisada."
