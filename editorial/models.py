"""Tree ownership and the four-eyes review task.

A tree is an ownable page (country, region, theme) with everything below it, in every
locale. Ownership is stored once per tree, by ``translation_key``, so locale copies made
later are covered too. Each tree has its own Wagtail group holding the page permissions
(see ``editorial.ownership``); its owners are that group's members.
"""

from collections import defaultdict

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Page, TaskState


class OwnablePage:
    """Marks a page type whose pages can be the root of an owned tree."""

    ownable_tree_root = True


def is_ownable(page):
    return getattr(page.specific_class, "ownable_tree_root", False)


GROUP_NAME_PREFIX = "Tree owners: "


def group_name_for(tree):
    title = tree.root.title if tree.root_id else ""
    suffix = f" ({str(tree.translation_key)[:8]})"
    return GROUP_NAME_PREFIX + title[: 150 - len(GROUP_NAME_PREFIX) - len(suffix)] + suffix


def create_group_for(tree):
    return Group.objects.create(name=group_name_for(tree))


def keep_tree_in_other_locale(collector, field, sub_objs, using):
    """on_delete for a tree's root: move the tree to the root's copy in another locale if one survives."""
    doomed = {obj.pk for model, objs in collector.data.items() if issubclass(model, Page) for obj in objs}
    for tree in sub_objs:
        survivor = Page.objects.filter(translation_key=tree.translation_key).exclude(pk__in=doomed).first()
        if survivor is not None:
            collector.add_field_update(field, survivor, [tree])
        else:
            models.CASCADE(collector, field, [tree], using)


class OwnedTree(models.Model):
    root = models.ForeignKey(
        Page,
        on_delete=keep_tree_in_other_locale,
        related_name="+",
        verbose_name=_("tree root"),
        help_text=_("A country, region or theme page. Ownership covers it and every page below it, in every language."),
    )
    translation_key = models.UUIDField(unique=True, editable=False)
    owners = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="owned_trees",
        verbose_name=_("owners"),
        help_text=_("These people may create and edit pages in this tree and submit them for review."),
    )
    group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="owned_tree", editable=False)

    class Meta:
        verbose_name = _("owned tree")
        verbose_name_plural = _("owned trees")
        ordering = ["root__title"]
        permissions = [("view_audit_report", _("Can view the editorial audit report"))]

    def __str__(self):
        return self.root.title if self.root_id else str(self.translation_key)

    def save(self, *args, **kwargs):
        if self.root_id:
            self.translation_key = self.root.translation_key
        if not self.group_id:
            self.group = create_group_for(self)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if not self.root_id:
            return
        if not is_ownable(self.root):
            raise ValidationError({"root": _("Only a country, region or theme page can be the root of a tree.")})
        duplicate = OwnedTree.objects.filter(translation_key=self.root.translation_key).exclude(pk=self.pk)
        if duplicate.exists():
            raise ValidationError(
                {"root": _("This tree already has owners (in one of its languages). Edit that entry instead.")}
            )

    @admin.display(description=_("owners"))
    def owner_list(self):
        return ", ".join(user.get_full_name() or user.get_username() for user in self.owners.all()) or "—"

    @admin.display(description=_("languages"))
    def languages(self):
        return ", ".join(str(page.locale.get_display_name()) for page in self.pages().select_related("locale"))

    def pages(self):
        """The tree root in every locale."""
        return Page.objects.filter(translation_key=self.translation_key)

    def tree_pages(self):
        """Every page of the tree: each locale's root and all its descendants."""
        roots = list(self.pages())
        if not roots:
            return Page.objects.none()
        query = models.Q()
        for root in roots:
            query |= models.Q(path__startswith=root.path, depth__gte=root.depth)
        return Page.objects.filter(query)


def submitter_of(task_state):
    """Who may not review a submission: its authors (``submitters_of``)."""
    return submitters_of([task_state])[task_state.pk]


def _live_revision_ids(workflow_states):
    """(content type id, object id) -> the object's live revision id (None: never published), per object."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import DraftStateMixin

    by_type = defaultdict(set)
    for state in workflow_states:
        by_type[state.base_content_type_id].add(state.object_id)
    live = {}
    for content_type_id, object_ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not issubclass(model, DraftStateMixin):
            continue
        rows = model._default_manager.filter(pk__in=object_ids).values_list("pk", "live_revision_id")
        live.update(((content_type_id, str(pk)), revision_id) for pk, revision_id in rows)
    return live


def submitters_of(task_states):
    """The authors of each of ``task_states`` ({task state pk: user pks}), in a fixed number of queries.

    Four eyes, stated fully: whoever started the workflow, and whoever wrote any revision of
    the object since its last published one (or any revision at all if it was never
    published), whoever submitted it. So a reviewer who wrote a draft that a co-owner then
    submitted is an author of that submission too, as is anyone who edits during the review.
    A revision that only adds or answers comments is not writing (``editorial.comment_revisions``):
    a reviewer may comment in the editor and still request changes or approve.
    """
    from wagtail.models import Revision

    task_states = list(task_states)
    if not task_states:
        return {}
    workflow_states = [task_state.workflow_state for task_state in task_states]
    live = _live_revision_ids(workflow_states)
    since = models.Q()
    for state in workflow_states:
        key = (state.base_content_type_id, state.object_id)
        condition = models.Q(base_content_type_id=key[0], object_id=key[1])
        if live.get(key):
            condition &= models.Q(pk__gt=live[key])
        since |= condition
    authors = defaultdict(set)  # each object's authors since its last publication
    rows = (
        Revision.objects.filter(since)
        .exclude(user=None)
        .filter(comment_only__isnull=True)  # commenting is not writing (editorial.comment_revisions)
        .values_list("base_content_type_id", "object_id", "user_id")
    )
    for content_type_id, object_id, user_id in rows.distinct():
        authors[content_type_id, object_id].add(user_id)
    revision_ids = [task_state.revision_id for task_state in task_states if task_state.revision_id]
    commented = set(
        CommentOnlyRevision.objects.filter(revision_id__in=revision_ids).values_list("revision_id", flat=True)
        if revision_ids
        else ()
    )
    submitters = {}
    for task_state in task_states:
        workflow_state = task_state.workflow_state
        users = {workflow_state.requested_by_id}
        users.update(authors[workflow_state.base_content_type_id, workflow_state.object_id])
        if task_state.revision_id and task_state.revision_id not in commented:
            users.add(task_state.revision.user_id)
        users.discard(None)
        submitters[task_state.pk] = users
    return submitters


class ReviewCommentForm(TaskStateCommentForm):
    """Wagtail's comment form of the review actions, its label in the reviewer's language.

    Wagtail (8.0, ``wagtail.forms.TaskStateCommentForm``) translates the label with ``gettext`` when
    the module is imported, so every reviewer saw "Comentario" (the default language) whatever their
    admin language. The field is redeclared with a lazy label; nothing else changes.
    """

    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea({"rows": 2}))


class ReviewTask(AbstractGroupApprovalTask):
    """A group approval task with four eyes: nobody approves or rejects what they wrote.

    The authors of a submission are everyone who wrote a revision since the last published
    one, and whoever submitted it (``submitters_of``).

    Wagtail's workflow action view only accepts actions returned by ``get_actions``, so
    leaving the submitter without actions is what enforces the rule; ``on_action`` checks
    again for any other caller.
    """

    def _is_submitter(self, obj, user):
        state = obj.current_workflow_state if obj is not None else None
        if state is None or state.current_task_state is None:
            return False
        task_state = state.current_task_state
        known = getattr(self, "_known_submitters", {})
        submitters = known[task_state.pk] if task_state.pk in known else submitter_of(task_state)
        return user.pk in submitters

    def know_submitters(self, submitters):
        """Answer ``get_actions`` for these task states ({pk: user pks}, from ``submitters_of``) without a query."""
        self._known_submitters = {**getattr(self, "_known_submitters", {}), **submitters}

    def get_form_for_action(self, action):
        return ReviewCommentForm

    def get_actions(self, obj, user):
        if self._is_submitter(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if user is not None and user.pk in submitter_of(task_state):
            raise PermissionDenied("A reviewer cannot approve or reject their own submission.")
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        submitters = submitters_of(states.select_related("workflow_state", "revision"))
        return states.exclude(pk__in=[pk for pk, users in submitters.items() if user.pk in users])

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve or reject; nobody reviews their own submission.")

    class Meta:
        verbose_name = _("review (four eyes)")
        verbose_name_plural = _("reviews (four eyes)")


__all__ = [
    "CommentOnlyRevision",
    "OwnablePage",
    "OwnedTree",
    "ReviewTask",
    "TaskState",
    "is_ownable",
    "submitter_of",
    "submitters_of",
]


class CommentOnlyRevision(models.Model):
    """A page revision that changed nothing but the editor's comments (``editorial.comment_revisions``).

    Its author commented; they did not write the page, so the four-eyes rule does not count it.
    """

    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, primary_key=True, related_name="comment_only"
    )

    class Meta:
        verbose_name = _("revision with comments only")
        verbose_name_plural = _("revisions with comments only")

    def __str__(self):
        return str(self.revision_id)


class OutdatedTranslation(models.Model):
    """A translation whose source was published with changed text since it was last brought up to date.

    Written by ``editorial.outdated`` when a source page is published, removed when
    the translation is published again with every segment translated.
    """

    translation = models.OneToOneField(
        "wagtail_localize.Translation", on_delete=models.CASCADE, related_name="outdated"
    )
    since = models.DateTimeField(_("out of date since"))
    changes = models.JSONField(
        _("changed texts"),
        default=list,
        help_text="[{'field': segment path, 'before': old source text or None, 'after': new source text or None}]",
    )

    class Meta:
        verbose_name = _("out-of-date translation")
        verbose_name_plural = _("out-of-date translations")
        default_permissions = ()
        permissions = [("view_translation_status", _("Can see the translation status of every tree"))]

    def __str__(self):
        return f"{self.translation} (since {self.since:%Y-%m-%d})"
