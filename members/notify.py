"""Emails about proposals: to the contributor (in the account's language), moderators, tree owners.

The contributor is told at each step: received, accepted (a draft is in review), rejected
(with the reason), published (with the page's address). Moderators hear of each new
proposal; the owners of the tree a draft lands in (editorial/ownership.py), or the Editors
when no one owns it, hear of the draft. Each email is rendered in its reader's language: a
member's ``Member.language``, a staff user's admin language.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_str

from members.models import account_language

logger = logging.getLogger(__name__)


def _admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(template, user, context):
    if not user or not user.email:
        return
    language = account_language(user) or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {"site_name": force_str(settings.WAGTAIL_SITE_NAME), "user": user, **context}
        subject = " ".join(render_to_string(f"members/email/{template}_subject.txt", context).split())
        body = render_to_string(f"members/email/{template}.txt", context)
        send_mail(f"{context['site_name']}: {subject}", body, None, [user.email])


def _public_url(name, language, **kwargs):
    with translation.override(language):
        path = reverse(name, kwargs=kwargs)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def contributor(proposal, step, page=None):
    """Tell the member who proposed ``proposal`` about ``step`` (received, accepted, rejected, published)."""
    member = proposal.member
    if member is None:
        return
    context = {
        "proposal": proposal,
        "profile_url": _public_url("members:profile", member.language),
        "page_url": page.full_url if page is not None else "",
    }
    with translation.override(member.language):
        context["kind"] = force_str(proposal.get_kind_display())
    _send(f"proposal_{step}", member.user, context)


def moderators(proposal):
    from editorial.roles import MODERATORS

    url = _admin_url(reverse("members_proposals:review", args=[proposal.pk]))
    for user in get_user_model().objects.filter(groups__name=MODERATORS, is_active=True).distinct():
        _send("proposal_to_moderate", user, {"proposal": proposal, "review_url": url})


def owners(proposal, page):
    """The owners of the tree ``page`` is in (or the Editors): a draft from a member awaits them."""
    from editorial.ownership import owners_of
    from editorial.roles import EDITORS

    people = list(owners_of(page))
    if not people:
        people = list(get_user_model().objects.filter(groups__name=EDITORS, is_active=True).distinct())
    url = _admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    for user in people:
        _send("draft_from_member", user, {"proposal": proposal, "page": page, "edit_url": url})
