"""The Moderators' queue of comments in the Wagtail admin, beside the members' proposals.

Held comments (approve, hide or delete), reported ones (keep, hide or delete), and the
published and hidden ones for reference. Hiding and deleting take a reason, which the
member is told. Needs ``comments.change_comment`` (the Moderators group has it,
editorial/roles.py; and superusers).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from comments import rules
from comments.models import Comment

PERMISSION = "comments.change_comment"
REPORTED = "reported"


def can_moderate(user):
    return user.has_perm(PERMISSION)


def _check(request):
    if not can_moderate(request.user):
        raise PermissionDenied


def tabs():
    return [
        (Comment.HELD, gettext_lazy("Awaiting moderation")),
        (REPORTED, gettext_lazy("Reported")),
        (Comment.PUBLISHED, gettext_lazy("Published")),
        (Comment.HIDDEN, gettext_lazy("Hidden")),
    ]


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason (sent to the member)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": gettext_lazy("Give the reason: the member is told why.")},
    )


def _open_reports():
    return Count("reports", filter=Q(reports__resolved=False))


def index(request):
    _check(request)
    state = request.GET.get("state", Comment.HELD)
    if state not in dict(tabs()):
        state = Comment.HELD
    comments = Comment.objects.select_related("member__user", "page").annotate(open_reports_count=_open_reports())
    if state == REPORTED:
        comments = comments.filter(open_reports_count__gt=0, state=Comment.PUBLISHED).order_by("created")
    elif state == Comment.HELD:
        comments = comments.filter(state=Comment.HELD).order_by("created")
    else:
        comments = comments.filter(state=state).order_by("-created")
    page = Paginator(comments, 25).get_page(request.GET.get("p"))
    return render(request, "comments/admin/index.html", {"comments": page, "state": state, "tabs": tabs()})


def review(request, pk):
    _check(request)
    comment = get_object_or_404(Comment.objects.select_related("member__user", "page", "parent__member__user"), pk=pk)
    action = request.POST.get("action")
    reason_form = ReasonForm(request.POST if action in ("hide", "delete") else None)
    if request.method == "POST":
        back = redirect(f"{_index_url()}?state={REPORTED if comment.open_reports else comment.state}")
        try:
            if action == "approve":
                rules.approve(comment, request.user)
                messages.success(request, _("Comment approved: it is published on the page."))
                return back
            if action == "keep":
                rules.keep(comment, request.user)
                messages.success(request, _("Reports dealt with: the comment stays published."))
                return back
            if action in ("hide", "delete") and reason_form.is_valid():
                reason = reason_form.cleaned_data["reason"]
                if action == "hide":
                    rules.hide(comment, request.user, reason)
                    messages.success(request, _("Comment hidden; the member has been told why."))
                else:
                    rules.delete(comment, request.user, reason)
                    messages.success(request, _("Comment deleted; the member has been told why."))
                return back
        except rules.AlreadyModerated:
            messages.error(request, _("Another moderator has already dealt with this comment."))
            return redirect("comments_moderation:review", comment.pk) if action != "delete" else back
    return render(
        request,
        "comments/admin/review.html",
        {
            "comment": comment,
            "reports": comment.reports.select_related("member__user"),
            "reason_form": reason_form,
            "page": comment.page.specific_deferred,
        },
    )


def _index_url():
    from django.urls import reverse

    return reverse("comments_moderation:index")
