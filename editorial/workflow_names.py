"""The workflow's and its task's names in the admin user's language.

Gap in Wagtail (8.0): a workflow's and a task's ``name`` is one string in the database, shown
as stored in every admin language: the "Submit to Moderated publishing" button (its
``Submit to %(workflow_name)s`` is translated, the name is not), the status side panel and its
dialog, the dashboard's queues, the workflow history, reports and notification emails. The
portal's workflow and task are created by ``setup_editorial`` (``roles.WORKFLOW_NAME`` and
``roles.TASK_NAME``), so their stored names are known source strings, translated here.

Django's ``post_init`` signal (sent for every instance read from the database) replaces a
stored name that is one of ``NAMES`` with its translation in the active language; a
``pre_save`` receiver writes the stored name back before any save, when the name is unchanged
in any language (a workflow form saved with the name it showed keeps the stored one). Names
that editors give to workflows and tasks of their own are left as they are.

The name is translated when the instance is read, in the language active then (the admin
activates the user's language before its views query), and again whenever it is turned into text
(templates, ``%`` formatting): notification emails, rendered in each recipient's language, name
the task in that language. tests/editorial/test_workflow_names.py checks the admin in es, en and fr.
"""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_init, pre_save
from django.utils import translation
from django.utils.translation import pgettext_lazy
from wagtail.models import Task, Workflow

from editorial.roles import TASK_NAME, WORKFLOW_NAME

NAMES = {
    WORKFLOW_NAME: pgettext_lazy("workflow name", "Moderated publishing"),
    TASK_NAME: pgettext_lazy("workflow task name", "Review"),
}


class TranslatedName(str):
    """A stored name in the language active when it was read; ``stored`` is what the database holds.

    ``str()`` (templates, ``%`` formatting) gives it in the language active at that moment: an email
    rendered in its recipient's language names the task in that language, whoever's request read it.
    """

    stored: str

    def __str__(self):
        return str(NAMES[self.stored])


def translated(stored):
    """``stored`` as the admin shows it in the active language (unchanged if it is not one of ``NAMES``)."""
    label = NAMES.get(stored)
    if label is None:
        return stored
    name = TranslatedName(str(label))
    name.stored = stored
    return name


def all_translations(stored):
    """Every language's version of a stored name."""
    names = {stored}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names.add(str(NAMES[stored]))
    return names


def translate_name(sender, instance, **kwargs):
    name = instance.__dict__.get("name")
    if isinstance(name, str) and name in NAMES:
        instance.name = translated(name)


def keep_stored_name(sender, instance, **kwargs):
    name = instance.__dict__.get("name")
    if isinstance(name, TranslatedName):
        instance.name = name.stored
        return
    if instance.pk is None or not isinstance(name, str):
        return
    stored = sender._default_manager.filter(pk=instance.pk).values_list("name", flat=True).first()
    if stored in NAMES and name in all_translations(stored):
        instance.name = stored


def named_models():
    return [Workflow, *(model for model in apps.get_models() if issubclass(model, Task))]


def connect():
    """Called once from ``EditorialConfig.ready``."""
    for model in named_models():
        post_init.connect(translate_name, sender=model, dispatch_uid=f"workflow-name-{model._meta.label}")
        pre_save.connect(keep_stored_name, sender=model, dispatch_uid=f"workflow-name-save-{model._meta.label}")
