"""When a page was last reviewed: set by an approval, or confirmed without other edits.

A country profile shows readers its "last reviewed" date. Nobody types it: it is the
day a reviewer approved the profile (``stamp_review``, called by the workflow's finish
action in ``publishing.py``), or the day one of its owners (or an editor) confirmed that
the live page is still accurate ("Reviewed, still accurate" in the page's action menu and
on the dashboard's "Needs attention" list).

The confirmation is recorded directly, not sent through the review: nothing a reader sees
changes but the date, and the four-eyes review is about changes. It publishes the live
content again as a new revision stamped with today's date, so that

- the date reaches readers at once (publishing empties the page cache) and the page's
  translations (synchronized fields follow the Spanish source when it is published);
- the dashboard counts it as a review (it reads the last publication, ``status.py``);
- it is in the page's history and the editorial audit as "Reviewed, still accurate", by
  whom and when (``REVIEW_CONFIRMED``).

It is refused while the page has changes not yet published or is in review: those are
reviewed by approving them. The date belongs to the source-language page; a translation
keeps its source's date (confirming a translation still records the review of it).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page

REVIEW_CONFIRMED = "editorial.review_confirmed"
REVIEW_FIELD = "last_reviewed"


def has_review_date(model):
    return any(field.name == REVIEW_FIELD for field in model._meta.concrete_fields)


def review_date_for(page, today=None):
    """The "last reviewed" date ``page`` gets when reviewed now: today for a source page, else its source's."""
    if page.locale_id == Locale.get_default().pk:
        return today or timezone.localdate()
    source = (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale=Locale.get_default())
        .values_list(REVIEW_FIELD, flat=True)
        .first()
    )
    return source or getattr(page, REVIEW_FIELD)


def stamp_review(revision):
    """Write today's review date into ``revision`` (about to be published) if its page has one."""
    model = revision.content_type.model_class()
    if model is None or not has_review_date(model):
        return revision
    page = revision.as_object()
    date = review_date_for(page)
    revision.content[REVIEW_FIELD] = date.isoformat() if date else None
    revision.save(update_fields=["content"])
    return revision


def refusal(page, user):
    """Why ``user`` may not confirm ``page`` now (a translated sentence), or None when they may."""
    if not page.permissions_for_user(user).can_edit():
        return _("Only the owners of this page's tree and editors can confirm that it is still accurate.")
    if not page.live:
        return _("This page is not live: it is reviewed when it is approved for publication.")
    if page.workflow_in_progress:
        return _("This page is in review: approving it records the review.")
    if page.has_unpublished_changes:
        return _(
            "This page has changes that are not published yet: submit them for review; approving them records "
            "the review."
        )
    return None


@transaction.atomic
def confirm_still_accurate(page, user):
    """Publish ``page``'s live content again, stamped as reviewed today, logged as REVIEW_CONFIRMED."""
    page = page.specific
    if has_review_date(type(page)):
        setattr(page, REVIEW_FIELD, review_date_for(page))
    revision = page.save_revision(user=user, changed=False, log_action=False)
    revision.publish(user=user, changed=False, log_action=REVIEW_CONFIRMED, skip_permission_checks=True)
    return type(page).objects.get(pk=page.pk)


class ConfirmReviewedView(WagtailAdminTemplateMixin, TemplateView):
    """GET: what confirming means, with a button; POST: confirm."""

    template_name = "editorial/confirm_reviewed.html"
    header_icon = "check"
    page_title = gettext_lazy("Reviewed, still accurate")

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.next_url = get_valid_next_url_from_request(request) or reverse(
            "wagtailadmin_pages:edit", args=[self.page.pk]
        )
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get(self, request, page_id):
        reason = refusal(self.page, request.user)
        if reason:
            messages.error(request, reason)
            return redirect(self.next_url)
        return super().get(request, page_id)

    def post(self, request, page_id):
        reason = refusal(self.page, request.user)
        if reason:
            messages.error(request, reason)
            return redirect(self.next_url)
        confirm_still_accurate(self.page, request.user)
        messages.success(
            request,
            _("“%(title)s” is recorded as reviewed today, still accurate.")
            % {"title": self.page.get_admin_display_title()},
        )
        return redirect(self.next_url)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            page=self.page,
            next_url=self.next_url,
            has_review_date=has_review_date(type(self.page)),
            current_date=getattr(self.page, REVIEW_FIELD, None),
            today=review_date_for(self.page),
        )
        return context


def confirm_url(page, next_url=None):
    url = reverse("editorial_confirm_reviewed", args=[page.pk])
    return f"{url}?next={next_url}" if next_url else url


class ConfirmReviewedMenuItem(ActionMenuItem):
    """ "Reviewed, still accurate" in the page editor's action menu, for a live page with nothing pending."""

    label = gettext_lazy("Reviewed, still accurate")
    name = "action-review-confirmed"
    icon_name = "check"
    order = 60

    def is_shown(self, context):
        if context["view"] != "edit" or context.get("locked_for_user"):
            return False
        page = context["page"]
        if not page.live or page.has_unpublished_changes or page.workflow_in_progress:
            return False
        return self.get_user_page_permissions_tester(context).can_edit()

    def get_url(self, parent_context):
        return confirm_url(parent_context["page"])


urlpatterns = [
    path("editorial/pages/<int:page_id>/reviewed/", ConfirmReviewedView.as_view(), name="editorial_confirm_reviewed"),
]
