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
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation


def save_translation_draft(translation, page, user):
    """A new draft revision of ``page`` with the current translated strings; the live row is untouched."""
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    draft.slug = find_available_slug(page.get_parent(), slugify(draft.slug), ignore_page_id=page.pk)
    draft.full_clean()
    return draft.save_revision(user=user)


@require_POST
def submit_translation_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    try:
        page = translation.get_target_instance()
    except Page.DoesNotExist as error:
        raise Http404 from error
    if not isinstance(page, Page):
        raise Http404
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

    total, done = translation.get_progress()
    if done < total:
        messages.warning(
            request,
            _("%(missing)d of %(total)d texts are not translated yet; they show the source text.")
            % {"missing": total - done, "total": total},
        )
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


urlpatterns = [
    path(
        "editorial/translations/<int:translation_id>/submit/",
        submit_translation_for_review,
        name="editorial_submit_translation",
    )
]
