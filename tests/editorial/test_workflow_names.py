"""The workflow's and its task's names in each admin user's language (editorial/workflow_names.py)."""

import pytest
from django.urls import reverse
from wagtail.models import Task, Workflow
from wagtail.users.models import UserProfile

from editorial.models import ReviewTask
from editorial.roles import TASK_NAME, WORKFLOW_NAME
from tests.editorial.test_workflow import submit

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

WORKFLOW = {"es": "Publicación moderada", "en": "Moderated publishing", "fr": "Publication modérée"}
TASK = {"es": "Revisión", "en": "Review", "fr": "Relecture"}
SUBMIT = {
    "es": "Enviar a Publicación moderada",
    "en": "Submit to Moderated publishing",
    "fr": "Soumettre à Publication modérée",
}


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_the_submit_button_and_the_review_queue_name_the_workflow_in_the_users_language(
    client, specialist, reviewer, language, scene_page
):
    page = scene_page("country-ec")
    speak(specialist, language)
    client.force_login(specialist)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert SUBMIT[language] in html
    others = [SUBMIT[other] for other in SUBMIT if SUBMIT[other] != SUBMIT[language]]
    assert not any(other in html for other in others)

    submit(client, specialist, page, "Resumen nuevo.")
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert WORKFLOW[language] in html  # the status panel's workflow dialog
    assert TASK[language] in html

    speak(reviewer, language)
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f"{TASK[language]}:" in html  # the queue's task tooltip ("Review: In progress")
    if language != "en":
        assert "Moderated publishing" not in html and "Review:" not in html


def test_saving_keeps_the_stored_names(client, specialist):
    """Read and saved in Spanish (or saved from a form showing the French name), the rows keep their stored names."""
    from django.utils import translation

    with translation.override("es"):
        workflow = Workflow.objects.get(name=WORKFLOW_NAME)
        task = ReviewTask.objects.get(name=TASK_NAME)
        assert (workflow.name, task.name) == (WORKFLOW["es"], TASK["es"])
        assert str(Task.objects.get(pk=task.pk)) == TASK["es"]
        workflow.save()
        task.save()
        workflow.name = WORKFLOW["fr"]  # what a French form would post back unchanged
        workflow.save()
    assert Workflow.objects.filter(pk=workflow.pk, name=WORKFLOW_NAME).exists()
    assert ReviewTask.objects.filter(pk=task.pk, name=TASK_NAME).exists()

    # A real rename is kept, and a name of the editors' own is shown as they wrote it.
    workflow.name = "Revisión jurídica"
    workflow.save()
    with translation.override("fr"):
        assert Workflow.objects.get(pk=workflow.pk).name == "Revisión jurídica"


def test_read_in_one_language_the_name_is_written_in_the_language_of_the_moment():
    """An email rendered in its recipient's language names the task in it, whoever's request read the task."""
    from django.template import Context, Template
    from django.utils import translation

    with translation.override("fr"):
        task = Task.objects.get(name=TASK_NAME)
    with translation.override("en"):
        assert Template("{{ task.name }}").render(Context({"task": task})) == "Review"
        assert "Submit to %(name)s" % {"name": task.name} == "Submit to Review"  # noqa: UP031 (as Wagtail writes it)
