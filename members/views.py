"""The member's own pages (profile, edit, data, deletion) and the public profile.

Everything here but the public profile is for the logged-in member only, answered
``Cache-Control: private`` (members/urls.py), and never kept by the page cache.
"""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from members import notify
from members.forms import DeleteAccountForm, ProfileForm
from members.models import Member, Proposal
from members.proposal_forms import FORMS
from members.signals import account_deleting, personal_data


def member_of(user):
    """The member profile of ``user``, made on first use for an account that has none (a staff account)."""
    member, _created = Member.objects.get_or_create(user=user)
    return member


def localized(page):
    """``page`` in the reader's language when it is translated and live there, else as it is."""
    if page is None:
        return None
    translated = page.get_translation_or_none(Locale.get_active())
    return translated if translated is not None and translated.live else page


@login_required
def profile(request):
    member = member_of(request.user)
    proposals = list(member.proposals.select_related("created_page").order_by("-created"))
    for proposal in proposals:
        # Once the page made from it is live, the row says so and links to it (in the reader's language).
        page = localized(proposal.created_page) if proposal.published else None
        proposal.live_page = page if page is not None and page.live else None
    return render(
        request,
        "members/profile.html",
        {
            "member": member,
            "country": localized(member.country),
            "themes": [localized(theme) for theme in member.themes.all()],
            "proposals": proposals,
        },
    )


@login_required
def edit_profile(request):
    member = member_of(request.user)
    form = ProfileForm(request.POST or None, instance=member)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("members:profile")
    return render(request, "members/edit_profile.html", {"form": form, "member": member})


@login_required
def download_data(request):
    """Everything the portal keeps about the member, as JSON (a file to download)."""
    member = member_of(request.user)
    user = request.user
    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "language": member.language,
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in user.emailaddress_set.all()
            ],
        },
        "profile": {
            "organisation": member.organisation,
            "country": member.country.title if member.country else None,
            "areas_of_expertise": [theme.title for theme in member.themes.all()],
            "languages": member.languages,
            "bio": member.bio,
        },
        "proposals": [
            {
                "kind": proposal.kind,
                "state": proposal.state,
                "title": proposal.title,
                "text": proposal.text,
                "link": proposal.link,
                "sent": proposal.created,
                "decided": proposal.decided,
                "reason_for_rejection": proposal.reason,
                "document": proposal.document.name or None,
            }
            for proposal in member.proposals.order_by("created")
        ],
        "comments": [
            {
                "page": comment.page.title,
                "address": comment.page.full_url,
                "in_reply_to": comment.parent_id,
                "id": comment.pk,
                "state": comment.state,
                "text": comment.text,
                "written": comment.created,
                "reason_for_hiding": comment.reason,
            }
            for comment in member.comments.select_related("page").order_by("created")
        ],
    }
    for _receiver, sections in personal_data.send(sender=Member, member=member, user=user):
        data.update(sections or {})
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    return response


@login_required
def delete_account(request):
    member = member_of(request.user)
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        with transaction.atomic():
            if form.cleaned_data["contributions"] == DeleteAccountForm.REMOVE:
                for proposal in member.proposals.all():
                    proposal.document.delete(save=False)
                member.proposals.all().delete()
                member.comments.all().delete()  # and the replies to them (comments/models.py)
            else:
                member.proposals.update(member=None)
                member.comments.update(member=None)
            account_deleting.send(
                sender=Member,
                member=member,
                user=user,
                remove_contributions=form.cleaned_data["contributions"] == DeleteAccountForm.REMOVE,
            )
            logout(request)
            user.delete()
        messages.success(request, _("Your account has been deleted."))
        return redirect("/")
    return render(request, "members/delete_account.html", {"form": form, "member": member})


def public_profile(request, pk):
    member = get_object_or_404(Member.objects.select_related("user", "country"), pk=pk, user__is_active=True)
    accepted = (
        member.proposals.filter(state=Proposal.ACCEPTED, created_page__isnull=False)
        .select_related("created_page")
        .order_by("-decided")
    )
    contributions = []
    for proposal in accepted:
        page = localized(proposal.created_page)
        if page is not None and page.live:
            contributions.append({"proposal": proposal, "page": page.specific_deferred})
    return render(
        request,
        "members/public_profile.html",
        {
            "member": member,
            "country": localized(member.country),
            "themes": [localized(theme) for theme in member.themes.all()],
            "contributions": contributions,
        },
    )


# --- Proposals ("Propose…") ----------------------------------------------------------


def _rate_limited(request):
    """Per member and per address (``RATE_LIMITS["propose"]``): the 429 page, or None."""
    from django_ratelimit.core import is_ratelimited

    from portal.security.client_ip import client_ip
    from portal.security.ratelimits import period_seconds, too_many_requests

    rate = settings.RATE_LIMITS.get("propose")
    if not rate:
        return None
    for key, value in (
        ("member", lambda group, request: str(request.user.pk)),
        ("address", lambda group, request: client_ip(request)),
    ):
        if is_ratelimited(
            request, group=f"members:propose:{key}", key=value, rate=rate, method=["POST"], increment=True
        ):
            return too_many_requests(request, period_seconds(rate))
    return None


@login_required
def propose_index(request):
    return render(
        request, "members/propose_index.html", {"kinds": [kind for kind in Proposal.KINDS if kind[0] != Proposal.EDIT]}
    )


@login_required
def propose(request, kind):
    form_class = FORMS.get(kind)
    if form_class is None:
        raise Http404
    member = member_of(request.user)
    page = None
    if kind == Proposal.EDIT:
        page = Page.objects.live().public().filter(pk=request.GET.get("page") or request.POST.get("page") or 0).first()
        if page is None:
            raise Http404
        page = page.specific
    form = form_class(request.POST or None, request.FILES or None)
    if request.method == "POST":
        refused = _rate_limited(request)
        if refused is not None:
            return refused
        if form.is_valid():
            with transaction.atomic():
                proposal = form.save(commit=False)
                proposal.member = member
                proposal.kind = kind
                proposal.language = translation.get_language()
                proposal.details = form.details()
                proposal.page = page
                proposal.save()
            notify.contributor(proposal, "received")
            notify.moderators(proposal)
            messages.success(
                request,
                _(
                    "Thank you: your proposal has been sent to the moderators. "
                    "We will tell you by email what becomes of it."
                ),
            )
            return redirect("members:profile")
    return render(
        request,
        "members/propose.html",
        {
            "form": form,
            "kind": kind,
            "kind_label": dict(Proposal.KINDS)[kind],
            "page": page,
            "multipart": kind == Proposal.RESOURCE,
        },
    )
