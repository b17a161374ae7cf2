"""The communities' emails, each written in its reader's language (``members.models.account_language``).

Links point to the community in that language when it is published there, else to the
original. Templates: ``templates/communities/email/<name>.txt`` and ``<name>_subject.txt``.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_str
from wagtail.models import Locale

from members.models import account_language


def _site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def page_in(page, language):
    """``page`` in ``language`` when it is live there, else ``page``."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    return translated if translated is not None and translated.live else page


def community_url(community, language, rest=""):
    return _site_url(page_in(community, language).url + rest)


def _send(name, email, language, context):
    with translation.override(language):
        context = {"site_name": force_str(settings.WAGTAIL_SITE_NAME), **context}
        if "community" in context:
            context["community_title"] = page_in(context["community"], language).title
        subject = " ".join(render_to_string(f"communities/email/{name}_subject.txt", context).split())
        body = render_to_string(f"communities/email/{name}.txt", context)
    send_mail(f"{context['site_name']}: {subject}", body, None, [email])


def to_user(name, user, context, rest=""):
    """Email ``user`` in their language; ``context["url"]`` is the community's address (plus ``rest``)."""
    if not user or not user.email or not user.is_active:
        return
    language = account_language(user) or settings.LANGUAGE_CODE
    community = context.get("community")
    if community is not None:
        context = {"url": community_url(community, language, rest), **context}
    _send(name, user.email, language, {"user": user, **context})


def managers_of(community):
    from communities.models.membership import Membership

    return get_user_model().objects.filter(
        memberships__community=community.canonical(),
        memberships__state=Membership.State.ACTIVE,
        memberships__role=Membership.Role.MANAGER,
    )


def join_requested(membership):
    for manager in managers_of(membership.community):
        to_user(
            "join_requested", manager, {"community": membership.community, "member": membership.user}, rest="members/"
        )


def decided(membership, approved):
    to_user("join_approved" if approved else "join_refused", membership.user, {"community": membership.community})


def invited(invitation, token, language):
    """The invitation, to an address that may have no account yet: in the inviting manager's language."""
    with translation.override(language):
        path = reverse("communities:invitation", kwargs={"token": token})
    inviter = invitation.invited_by
    _send(
        "invitation",
        invitation.email,
        language,
        {
            "community": invitation.community,
            "inviter": inviter.get_full_name() or inviter.email if inviter else "",
            "url": _site_url(path),
            "days": getattr(settings, "COMMUNITY_INVITATION_DAYS", 14),
        },
    )


def replied(post):
    thread = post.thread
    for follower in thread.followers.exclude(pk=post.author_id):
        to_user(
            "reply",
            follower,
            {"community": thread.community, "thread": thread, "post": post, "author": _name(post.author)},
            rest=f"discussions/{thread.pk}/",
        )


def announced(announcement):
    from communities.models.membership import Membership

    members = get_user_model().objects.filter(
        memberships__community=announcement.community, memberships__state=Membership.State.ACTIVE
    )
    for member in members:
        to_user(
            "announcement",
            member,
            {"community": announcement.community, "announcement": announcement, "author": _name(announcement.author)},
        )


def _name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.email.partition("@")[0]
