"""Emails about comments, each in its reader's language (members' ``Member.language``, staff's admin language).

- a held comment or a report → the Moderators (a link to the queue in the admin);
- a published comment → the owners of the page's tree (editorial/ownership.py), with the page's address;
- a hidden or deleted comment → its member, with the moderator's reason.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_str

from members.models import account_language


def _send(template, user, context):
    if not user or not user.email or not user.is_active:
        return
    language = account_language(user) or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {"site_name": force_str(settings.WAGTAIL_SITE_NAME), "user": user, **context}
        subject = " ".join(render_to_string(f"comments/email/{template}_subject.txt", context).split())
        body = render_to_string(f"comments/email/{template}.txt", context)
        send_mail(f"{context['site_name']}: {subject}", body, None, [user.email])


def _admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _moderators():
    from editorial.roles import MODERATORS

    return get_user_model().objects.filter(groups__name=MODERATORS, is_active=True).distinct()


def moderators_held(comment):
    url = _admin_url(reverse("comments_moderation:index") + "?state=held")
    for user in _moderators():
        _send("held", user, {"comment": comment, "page": comment.page, "queue_url": url})


def moderators_reported(report):
    url = _admin_url(reverse("comments_moderation:index") + "?state=reported")
    for user in _moderators():
        _send(
            "reported",
            user,
            {"report": report, "comment": report.comment, "page": report.comment.page, "queue_url": url},
        )


def owners(comment):
    from editorial.ownership import owners_of

    page = comment.page
    for user in owners_of(page):
        if comment.member_id and user.pk == comment.member.user_id:
            continue  # an owner commenting on their own page is not told of it
        _send("published", user, {"comment": comment, "page": page, "page_url": page.full_url + "#comments"})


def member(comment, what, reason):
    if comment.member_id is None:
        return
    page = comment.page
    _send(what, comment.member.user, {"comment": comment, "page": page, "reason": reason, "page_url": page.full_url})
