"""The Moderators' queue of proposals in the Wagtail admin: list, read, accept or reject.

Needs ``members.change_proposal`` (the Moderators group has it, editorial/roles.py; and
superusers). A proposed document is downloaded from here only, as an attachment, never shown
inline: until a moderator accepts it no other address serves it (members/documents.py).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from members.accept import AlreadyDecided, accept, reject
from members.models import Proposal
from members.proposal_forms import FORMS
from members.sanitise import rich_text_paragraphs

PERMISSION = "members.change_proposal"


def can_moderate(user):
    return user.has_perm(PERMISSION)


def _check(request):
    if not can_moderate(request.user):
        raise PermissionDenied


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for rejection (sent to the member)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )


def index(request):
    _check(request)
    state = request.GET.get("state", Proposal.NEW)
    if state not in dict(Proposal.STATES):
        state = Proposal.NEW
    proposals = (
        Proposal.objects.filter(state=state)
        .select_related("member__user")
        .order_by("created" if state == Proposal.NEW else "-decided")
    )
    kind = request.GET.get("kind")
    if kind in dict(Proposal.KINDS):
        proposals = proposals.filter(kind=kind)
    page = Paginator(proposals, 25).get_page(request.GET.get("p"))
    return render(
        request,
        "members/admin/index.html",
        {"proposals": page, "state": state, "states": Proposal.STATES, "kinds": Proposal.KINDS, "kind": kind},
    )


def review(request, pk):
    _check(request)
    proposal = get_object_or_404(
        Proposal.objects.select_related("member__user", "country", "page", "created_page"), pk=pk
    )
    reject_form = RejectForm(request.POST if request.POST.get("action") == "reject" else None)
    if request.method == "POST" and proposal.state == Proposal.NEW:
        try:
            if request.POST.get("action") == "accept":
                page = accept(proposal, request.user)
                messages.success(
                    request,
                    _("Proposal accepted.")
                    + (" " + _("A draft page was made; its owners have been told.") if page else ""),
                )
                return redirect("members_proposals:review", proposal.pk)
            if request.POST.get("action") == "reject" and reject_form.is_valid():
                reject(proposal, request.user, reject_form.cleaned_data["reason"])
                messages.success(request, _("Proposal rejected; the member has been told why."))
                return redirect("members_proposals:index")
        except AlreadyDecided:
            messages.error(request, _("Another moderator has already decided on this proposal."))
            return redirect("members_proposals:review", proposal.pk)
    labels = {name: field.label for form in FORMS.values() for name, field in form.base_fields.items()}
    return render(
        request,
        "members/admin/review.html",
        {
            "proposal": proposal,
            "text_html": mark_safe(rich_text_paragraphs(proposal.text)),  # escaped, safe links (sanitise.py)
            "details": [
                (labels.get(name, name), mark_safe(rich_text_paragraphs(str(value))))  # escaped (sanitise.py)
                for name, value in proposal.details.items()
            ],
            "reject_form": reject_form,
            "can_edit_draft": bool(
                proposal.created_page and proposal.created_page.permissions_for_user(request.user).can_edit()
            ),
        },
    )


def document(request, pk):
    _check(request)
    proposal = get_object_or_404(Proposal, pk=pk)
    if not proposal.document:
        raise Http404
    response = FileResponse(
        proposal.document.open("rb"), as_attachment=True, filename=proposal.document.name.rpartition("/")[2]
    )
    response["X-Content-Type-Options"] = "nosniff"
    add_never_cache_headers(response)
    return response
