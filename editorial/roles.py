"""The editorial roles as Wagtail groups, and the moderated publishing workflow.

``setup_editorial()`` makes the database match this file exactly: every role group gets
the permissions listed here and loses any other (Wagtail's own migrations give its
default "Editors" and "Moderators" groups page rights we do not want). It is idempotent;
``manage.py setup_editorial`` runs it and the demo loader calls it.

Pages are written in the source language (LANGUAGE_CODE, Spanish) by specialists, so
there are translator groups for the other content languages only: a translator can never
change a source page.

| role          | rights                                                                   |
|---------------|--------------------------------------------------------------------------|
| Specialists   | admin access, translate; pages only in the trees they own (ownership.py) |
|               | glossary terms: add and edit drafts, submit them                         |
| Reviewers     | admin access; approve/reject in the workflow (never their own work)      |
| Translators   | one group per target locale: edit that locale's tree, submit it;         |
|               | glossary terms and FAQ entries of that locale only (snippet_permissions) |
| Editors       | the whole content tree incl. publishing; ownership; the audit report;    |
|               | the glossary, including publishing; promoted search results; the search  |
|               | terms report; unlocking logins locked after wrong passwords; the         |
|               | observatory's indicators and the import of figures; the FAQ entries;     |
|               | the bulletin: compose, send, import subscribers                          |
| Moderators    | admin access; the members' proposals: accept (a draft page is made) or   |
|               | reject with a reason (members/); no page rights of their own             |
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowMixin,
    WorkflowPage,
    WorkflowTask,
)

from editorial.models import ReviewTask

SPECIALISTS = "Specialists"
REVIEWERS = "Reviewers"
EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS_PREFIX = "Translators"

WORKFLOW_NAME = "Moderated publishing"
TASK_NAME = "Review"

ADMIN_ACCESS = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
MEDIA_USE = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]
MEDIA_ALL = MEDIA_USE + [
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
]
GLOSSARY_WRITE = ["themes.add_glossaryterm", "themes.change_glossaryterm"]
FIGURES_WRITE = ["observatory.add_indicatorvalue", "observatory.change_indicatorvalue"]
ALL_PAGE_RIGHTS = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]


@dataclass
class Role:
    name: str
    permissions: list = field(default_factory=list)  # "app_label.codename", site-wide
    collection_permissions: list = field(default_factory=list)  # on the root collection
    root_page_permissions: list = field(default_factory=list)  # on the root page (every locale)
    locale_page_permissions: list = field(default_factory=list)  # on one locale's home page
    language_code: str = ""


def translators_group_name(language_code):
    return f"{TRANSLATORS_PREFIX} ({language_code})"


def roles():
    fixed = [
        Role(
            SPECIALISTS,
            # Figures of their own countries only (observatory/editing.py), published after review.
            [ADMIN_ACCESS, SUBMIT_TRANSLATION, *GLOSSARY_WRITE, *FIGURES_WRITE],
            MEDIA_USE,
        ),
        Role(REVIEWERS, [ADMIN_ACCESS], ["wagtailimages.choose_image", "wagtaildocs.choose_document"]),
        Role(
            EDITORS,
            [
                ADMIN_ACCESS,
                SUBMIT_TRANSLATION,
                "editorial.add_ownedtree",
                "editorial.change_ownedtree",
                "editorial.delete_ownedtree",
                "editorial.view_ownedtree",
                "editorial.view_audit_report",
                "editorial.view_translation_status",
                *GLOSSARY_WRITE,
                "themes.publish_glossaryterm",
                "themes.delete_glossaryterm",
                "search.view_search_report",
                # The observatory: its indicators and the import of figures (observatory/admin_views.py)
                "observatory.add_indicator",
                "observatory.change_indicator",
                "observatory.delete_indicator",
                "observatory.import_indicatorvalue",
                # The FAQ entries answers become (qa/), and their translations' publication
                "qa.add_faqentry",
                "qa.change_faqentry",
                "qa.publish_faqentry",
                "qa.delete_faqentry",
                *FIGURES_WRITE,
                "observatory.publish_indicatorvalue",
                "observatory.delete_indicatorvalue",
                # The bulletin: compose, send, import subscribers (bulletin/)
                "bulletin.add_issue",
                "bulletin.change_issue",
                "bulletin.delete_issue",
                "bulletin.send_issue",
                "bulletin.import_subscribers",
                "wagtailsearchpromotions.add_searchpromotion",
                "wagtailsearchpromotions.change_searchpromotion",
                "wagtailsearchpromotions.delete_searchpromotion",
                # Settings → Locked-out logins (portal/security/unlock.py)
                "axes.view_accessattempt",
                "axes.delete_accessattempt",
            ],
            MEDIA_ALL,
            ALL_PAGE_RIGHTS,
        ),
        # The members' proposals queue (members/admin_views.py): read, accept, reject.
        # Readers' comments (comments/admin_views.py): approve, hide, delete.
        Role(
            MODERATORS,
            [
                ADMIN_ACCESS,
                "members.view_proposal",
                "members.change_proposal",
                "comments.view_comment",
                "comments.change_comment",
                "comments.delete_comment",
            ],
        ),
    ]
    translators = [
        Role(
            translators_group_name(code),
            [ADMIN_ACCESS, "editorial.view_translation_status", "themes.change_glossaryterm", "qa.change_faqentry"],
            ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
            locale_page_permissions=["change_page"],
            language_code=code,
        )
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]
    return fixed + translators


def _permissions(names):
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def _set_page_permissions(group, pages, codenames):
    wanted = {
        (page.pk, permission.pk)
        for page in pages
        for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    }
    existing = list(GroupPagePermission.objects.filter(group=group))
    for grant in existing:
        if (grant.page_id, grant.permission_id) not in wanted:
            grant.delete()
    have = {(grant.page_id, grant.permission_id) for grant in existing}
    for page_id, permission_id in sorted(wanted - have):
        GroupPagePermission.objects.create(group=group, page_id=page_id, permission_id=permission_id)


def _set_collection_permissions(group, names):
    root = Collection.get_first_root_node()
    wanted = {permission.pk for permission in _permissions(names)}
    GroupCollectionPermission.objects.filter(group=group).exclude(collection=root, permission_id__in=wanted).delete()
    for permission_id in wanted:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission_id=permission_id)


def locale_home_pages(language_code):
    """The top of a locale's tree: the root's children in that locale."""
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return []
    return list(Page.get_first_root_node().get_children().filter(locale=locale))


def setup_roles():
    groups = {}
    for role in roles():
        group, _ = Group.objects.get_or_create(name=role.name)
        group.permissions.set(_permissions(role.permissions))
        _set_collection_permissions(group, role.collection_permissions)
        if role.root_page_permissions:
            pages = [Page.get_first_root_node()]
            codenames = role.root_page_permissions
        elif role.locale_page_permissions:
            pages = locale_home_pages(role.language_code)
            codenames = role.locale_page_permissions
        else:
            pages, codenames = [], []
        _set_page_permissions(group, pages, codenames)
        groups[role.name] = group
    return groups


def workflow_snippet_models():
    """The snippet models that go through a workflow: those extending Wagtail's ``WorkflowMixin`` (the glossary)."""
    return [model for model in apps.get_models() if issubclass(model, WorkflowMixin) and not issubclass(model, Page)]


def setup_workflow(reviewers):
    """One workflow for every page of every locale: a four-eyes review by the Reviewers."""
    task = ReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = ReviewTask.objects.create(name=TASK_NAME)
    task.active = True
    task.save()
    task.groups.set([reviewers])

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    workflow.active = True
    workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    # Wagtail installs a "Moderators approval" workflow on the root; ours replaces it.
    for other in Workflow.objects.filter(active=True).exclude(pk=workflow.pk):
        other.deactivate()
    root = Page.get_first_root_node()
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    # Snippets with text readers see go through the same review.
    for model in workflow_snippet_models():
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )
    return workflow


@transaction.atomic
def setup_editorial():
    from editorial.restriction_sync import sync_all
    from editorial.treesync import setup_locale_sync

    groups = setup_roles()
    workflow = setup_workflow(groups[REVIEWERS])
    setup_locale_sync()
    sync_all()  # view restrictions: the same on every language version of a page
    return groups, workflow
