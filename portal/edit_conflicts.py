"""Two editors on one page: a save based on an older revision than the latest is refused.

Gap in Wagtail 8: the edit form posts the revision it was loaded from
(``loaded_revision_id``, ``loaded_revision_created_at``, or ``overwrite_revision_id`` once
autosave has saved), and ``EditView.is_out_of_date`` compares it with the latest revision,
but only autosave requests act on it; a normal save or publish from a stale form silently
replaces the newer revision (the browser's ping only warns while the tab is open).

Here the page form (``BasePage.base_form_class``) makes the same comparison and, when
the form is out of date, is invalid with an error naming who saved in between, and the
``before_edit_page`` hook :func:`offer_comparison` adds a message with a button comparing
the loaded revision with the latest. Wagtail then shows the form again with
everything the editor typed, and nothing is saved. The form shown again carries the
latest revision's id, so saving once more, after looking at the newer version, is a
deliberate choice and goes through.

The same form refuses a review action (approve, request changes) sent from the editor with
edited fields: the reviewer sees why, with their edits still in the form, instead of a
revision saved in their name and a bare "no permission" (see ``REVIEWED_WITH_CHANGES``).
"""

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.utils import get_user_display_name


def based_on_revision(data, latest):
    """The revision id the submitted form was based on, or None when it is up to date (Wagtail's rule)."""
    if latest is None:
        return None
    latest_id = str(latest.pk)
    if overwritten := data.get("overwrite_revision_id"):  # autosave made a revision for this form
        return overwritten if overwritten != latest_id else None
    loaded = data.get("loaded_revision_id")
    if not loaded:
        return None  # not an edit form that says (an API client, a test): nothing to compare
    if loaded != latest_id:
        return loaded
    # Same id, but overwritten by another session's autosave since it was loaded.
    if data.get("loaded_revision_created_at", "") != latest.created_at.isoformat():
        return loaded
    return None


class PageForm(WagtailAdminPageForm):
    """Every page type's admin form refuses a stale save, and a review action carrying changes.

    Page forms of the portal extend this one.
    """

    def clean(self):
        cleaned_data = super().clean()
        page = self.instance
        if page.pk:
            latest = page.get_latest_revision()
            based_on = based_on_revision(self.data, latest)
            if based_on is not None:
                raise ValidationError(conflict_message(page, based_on), code="stale_revision")
            if self.data.get("action-workflow-action") and self.content_changed():
                raise ValidationError(REVIEWED_WITH_CHANGES, code="review_with_changes")
        return cleaned_data

    def content_changed(self):
        """Whether the page's fields or inline panels differ from what was loaded (comments aside)."""
        return bool(self.changed_data) or any(
            formset.has_changed() for name, formset in self.formsets.items() if name != "comments"
        )


# Approving or requesting changes from the editor with edited fields: Wagtail would save the edits
# as a revision in the reviewer's name, then the four-eyes rule (editorial.models.ReviewTask) refuses
# the action, since the reviewer is now one of the authors, with a bare "no permission".
REVIEWED_WITH_CHANGES = gettext_lazy(
    "You changed this page while reviewing it, and a reviewer cannot approve or reject their own changes, "
    "so nothing was done and nothing was saved. Undo your changes to review the page as it was submitted, "
    "or request changes with a comment saying what to correct."
)


def newer_authors(page, based_on):
    """Display names of who saved revisions after ``based_on`` (sorted)."""
    newer = page.revisions.filter(pk__gt=based_on) if str(based_on).isdigit() else page.revisions.none()
    return sorted({get_user_display_name(revision.user) for revision in newer.select_related("user") if revision.user})


def conflict_message(page, based_on):
    names = newer_authors(page, based_on)
    return _(
        "This page was saved by %(names)s after you opened it, so your changes were not saved, to avoid "
        "overwriting theirs. Your changes are still in the form below: compare the versions, then save "
        "again to replace theirs with yours."
    ) % {"names": ", ".join(names) if names else _("someone else")}


def compare_url(page, based_on, latest):
    """The admin's comparison of the loaded revision with the latest (the history when it is gone)."""
    if str(based_on).isdigit() and page.revisions.filter(pk=based_on).exists():
        return reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, based_on, latest.pk])
    return reverse("wagtailadmin_pages:history", args=[page.pk])


def offer_comparison(request, page):
    """``before_edit_page``: a stale save gets a message with a button to compare (the form refuses it)."""
    if request.method != "POST" or not request.accepts("text/html"):  # autosave: Wagtail answers it
        return None
    latest = page.get_latest_revision()
    based_on = based_on_revision(request.POST, latest)
    if based_on is not None:
        messages.warning(
            request,
            _("A newer version of this page was saved after you opened it."),
            buttons=[messages.button(compare_url(page, based_on, latest), _("Compare versions"))],
        )
    return None
