"""Submitting a translation for review.

wagtail-localize's translation editor saves translated strings and offers only
"Publish" (to users with the publish right); it has no way into the moderation
workflow. And its ``save_target(publish=False)`` is no draft for a live page: it writes
the translated text into the live database row at once. This view is the way in: it
builds the translated page in memory (wagtail-localize's ephemeral translation, the
same one its preview uses), stores it as a new draft revision only, and submits it (or
resubmits it after a rejection), so translations are reviewed and approved like any
other page. The editor template (templates/wagtail_localize/admin/edit_translation.html)
shows its button.

``TranslationReviewView`` is the reviewer's side of it: the source and the submitted
translation side by side, text by text, with the texts that changed from the live
translation marked and their live wording shown.
"""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation

from editorial.review_access import review_context, translation_of


def save_translation_draft(translation, page, user):
    """A new draft revision of ``page`` with the current translated strings; the live row is untouched."""
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    draft.slug = find_available_slug(page.get_parent(), slugify(draft.slug), ignore_page_id=page.pk)
    draft.full_clean()
    return draft.save_revision(user=user)


def _warn_untranslated(request, translation):
    total, done = translation.get_progress()
    if done < total:
        messages.warning(
            request,
            ngettext(
                "%(missing)d of %(total)d texts is not translated yet; it shows the source text.",
                "%(missing)d of %(total)d texts are not translated yet; they show the source text.",
                total - done,
            )
            % {"missing": total - done, "total": total},
        )


@require_POST
def submit_translation_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    try:
        page = translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error
    if not isinstance(page, Page):
        return _submit_snippet_translation(request, translation, page)
    perms = page.permissions_for_user(request.user)
    if not perms.can_edit() or not perms.can_submit_for_moderation():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    try:
        save_translation_draft(translation, page, request.user)
    except ValidationError as error:
        messages.error(
            request, _("The translation cannot be saved: %(errors)s") % {"errors": "; ".join(error.messages)}
        )
        return redirect(edit_url)

    _warn_untranslated(request, translation)
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        workflow = page.get_workflow()
        if workflow is None:
            messages.error(request, _("No review workflow applies to this page."))
            return redirect(edit_url)
        workflow.start(page, request.user)
    messages.success(
        request, _("The translation “%(title)s” was submitted for review.") % {"title": page.get_admin_display_title()}
    )
    return redirect(edit_url)


def _submit_snippet_translation(request, translation, instance):
    """A reviewed snippet's translation (a FAQ entry, a glossary term): a new draft revision, submitted.

    For its translators, who may change it in their languages but not publish it: the translated
    object is built in memory from the current strings (the live row is untouched; what readers
    see changes when a reviewer approves), saved as a revision and sent through its workflow.
    """
    from portal.upstream.localize_footer import reviewed_snippet, snippet_edit_url

    if not reviewed_snippet(instance):
        raise Http404
    policy = instance.snippet_viewset.permission_policy
    if not policy.user_has_permission_for_instance(request.user, "change", instance) or instance.workflow_in_progress:
        raise PermissionDenied
    edit_url = snippet_edit_url(instance)
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    try:
        draft.full_clean()
    except ValidationError as error:
        messages.error(
            request, _("The translation cannot be saved: %(errors)s") % {"errors": "; ".join(error.messages)}
        )
        return redirect(edit_url)
    draft.save_revision(user=request.user)
    _warn_untranslated(request, translation)
    instance = type(instance).objects.get(pk=instance.pk)
    state = instance.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        instance.get_workflow().start(instance, request.user)
    # Titled as submitted (the live row keeps the source's text until the translation is approved).
    messages.success(request, _("The translation “%(title)s” was submitted for review.") % {"title": str(draft)})
    return redirect(edit_url)


# Reviewing a translation: source and translation side by side, segment by segment.


def _texts(instance):
    """(path, n) -> plain text of each translatable text of ``instance`` (n: its rank among texts at that path)."""
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    texts, seen = {}, {}
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            rank = seen.get(segment.path, 0)
            seen[segment.path] = rank + 1
            texts[segment.path, rank] = segment.string.render_text()
    return texts


def _field_label(page, path):
    """The field's label for a segment path ("summary", "body.<block id>.text" -> "Body")."""
    name = path.split(".", 1)[0]
    try:
        return str(type(page)._meta.get_field(name).verbose_name).capitalize()
    except Exception:  # noqa: BLE001 - a path that is no model field keeps its own name
        return name


def segment_rows(translation, page, revision):
    """Each source text with the submitted translation and, when it changed, the live one.

    Rows follow the source's order; ``changed`` marks those whose translation in the
    submitted revision differs from the live page (every row, for a page never published),
    ``untranslated`` those still showing the source text.
    """
    source = _texts(translation.source.as_instance())
    submitted = _texts(revision.as_object())
    live = _texts(page) if page.live else {}
    rows = []
    for key, source_text in source.items():
        new = submitted.get(key, "")
        old = live.get(key) if page.live else None
        rows.append(
            {
                "field": _field_label(page, key[0]),
                "path": key[0],
                "source": source_text,
                "translation": new,
                "live": old,
                "changed": old is None or old != new,
                "untranslated": new == source_text,
            }
        )
    return rows


class TranslationReviewView(WagtailAdminTemplateMixin, TemplateView):
    """Source and submitted translation side by side, segment by segment, the changed ones marked.

    For whoever may open the page's editor: its translators and owners, and its reviewers while
    it awaits their review (the same object check as Wagtail's compare view, editorial.review_access).
    """

    template_name = "editorial/review/translation.html"
    header_icon = "globe"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.translation = translation_of(self.page)
        if self.translation is None:
            # A source page: its own diff against the live version is the review of it.
            revision = self.page.get_latest_revision()
            if revision is None or not self.page.live_revision_id:
                raise Http404
            return redirect("wagtailadmin_pages:revisions_compare", self.page.pk, "live", revision.pk)
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Source and translation")

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]), "label": self.get_page_subtitle()},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        review = review_context(self.request, self.page)
        revision = review["revision"] if review else (self.page.get_latest_revision() or None)
        rows = segment_rows(self.translation, self.page, revision) if revision else []
        return super().get_context_data(
            **kwargs,
            page=self.page,
            review=review,
            rows=rows,
            changed=sum(row["changed"] for row in rows),
            source_language=self.translation.source.locale.get_display_name(),
            target_language=self.translation.target_locale.get_display_name(),
            source_language_code=self.translation.source.locale.language_code,
            target_language_code=self.translation.target_locale.language_code,
        )


# Reviewing a snippet (a FAQ entry, a glossary term, a figure), its translations included.


def snippet_rows(obj, revision, translation):
    """The rows of a snippet's review: as ``segment_rows`` for a translation; for a source, each
    submitted text beside the live one (``source`` is then the live text, empty if never published)."""
    if translation is not None:
        return segment_rows(translation, obj, revision)
    submitted = _texts(revision.as_object())
    live = _texts(obj) if getattr(obj, "live", False) else {}
    rows = []
    for key, new in submitted.items():
        old = live.get(key, "")
        rows.append(
            {
                "field": _field_label(obj, key[0]),
                "path": key[0],
                "source": old,
                "translation": new,
                "live": None,
                "changed": old != new,
                "untranslated": False,
            }
        )
    return rows


def snippet_translation_of(obj):
    """The wagtail-localize translation ``obj`` (a snippet) is the target of, or None (a source)."""
    translation_key = getattr(obj, "translation_key", None)
    if translation_key is None:
        return None
    return (
        Translation.objects.filter(source__object_id=translation_key, target_locale_id=obj.locale_id, enabled=True)
        .select_related("source", "source__locale", "target_locale")
        .first()
    )


def snippet_review_context(request, task_state, obj):
    """The review bar's context (as ``review_access.review_context``) for a snippet awaiting review."""
    from editorial.models import submitter_of

    state = task_state.workflow_state
    task = task_state.task.specific
    viewset = obj.snippet_viewset
    return {
        "page": obj,
        "task_state": task_state,
        "revision": task_state.revision,
        "submitted_by": state.requested_by.get_full_name() or state.requested_by.get_username()
        if state.requested_by
        else "—",
        "submitted_at": task_state.started_at,
        "compare_url": None,
        "translation_review_url": None,
        "preview_url": None,
        "history_url": None,
        "workflow_action_url_name": viewset.get_url_name("workflow_action"),
        "object_pk": quote(obj.pk),
        "actions": task.get_actions(obj, request.user),
        "is_author": request.user.pk in submitter_of(task_state),
    }


class SnippetReviewView(WagtailAdminTemplateMixin, TemplateView):
    """What a snippet awaiting review says, for its reviewers: a translation beside its source, text by
    text, or a source's submitted texts beside the live ones; with the review actions.

    Wagtail's dashboard row of a snippet gives a reviewer who may not edit snippets only its title
    and an Approve button. Open to whoever the submission's task offers actions (its reviewers, not
    its authors) and to whoever may change the snippet.
    """

    template_name = "editorial/review/translation.html"
    header_icon = "globe"

    def dispatch(self, request, task_state_id):
        from wagtail.models import TaskState

        self.task_state = get_object_or_404(
            TaskState.objects.select_related("revision", "workflow_state", "workflow_state__requested_by"),
            pk=task_state_id,
        )
        obj = self.task_state.revision.content_object
        if obj is None or isinstance(obj, Page) or not hasattr(obj, "snippet_viewset"):
            raise Http404
        if self.task_state.status != TaskState.STATUS_IN_PROGRESS:
            # Decided (the review bar's action comes back here): the rest of the queue is on the dashboard.
            return redirect("wagtailadmin_home")
        self.object = obj
        task = self.task_state.task.specific
        policy = obj.snippet_viewset.permission_policy
        if not (
            task.get_actions(obj, request.user) or policy.user_has_permission_for_instance(request.user, "change", obj)
        ):
            raise PermissionDenied
        self.translation = snippet_translation_of(obj)
        return super().dispatch(request, task_state_id)

    def get_page_title(self):
        return _("Source and translation") if self.translation else _("Submitted and live texts")

    def get_page_subtitle(self):
        return str(self.task_state.revision.as_object())

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        rows = snippet_rows(self.object, self.task_state.revision, self.translation)
        if self.translation is not None:
            languages = {
                "source_language": self.translation.source.locale.get_display_name(),
                "target_language": self.translation.target_locale.get_display_name(),
                "source_language_code": self.translation.source.locale.language_code,
                "target_language_code": self.translation.target_locale.language_code,
            }
        else:
            code = self.object.locale.language_code if hasattr(self.object, "locale") else ""
            languages = {"source_language_code": code, "target_language_code": code}
        return super().get_context_data(
            **kwargs,
            page=self.object,
            review=snippet_review_context(self.request, self.task_state, self.object),
            rows=rows,
            changed=sum(row["changed"] for row in rows),
            is_translation=self.translation is not None,
            **languages,
        )


urlpatterns = [
    path(
        "editorial/translations/<int:translation_id>/submit/",
        submit_translation_for_review,
        name="editorial_submit_translation",
    ),
    path(
        "editorial/translations/review/<int:page_id>/",
        TranslationReviewView.as_view(),
        name="editorial_translation_review",
    ),
    path(
        "editorial/review/snippet/<int:task_state_id>/",
        SnippetReviewView.as_view(),
        name="editorial_snippet_review",
    ),
]
