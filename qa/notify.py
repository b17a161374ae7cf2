"""Emails about questions and the contact form, each in its reader's language.

- a new question: to the owners of the page's tree (their admin language), or the Editors
  when nobody owns it, with the link to answer it in the admin;
- answered (with the address of the page, where the answer is now) or declined (with the
  reason): to the member, in ``Member.language``;
- a contact message: to ``CONTACT_EMAIL`` (the site team), with ``Reply-To`` the sender, and a
  copy to the sender in the language they wrote in.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_str

from members.models import account_language


def _render(template, language, context):
    with translation.override(language):
        context = {"site_name": force_str(settings.WAGTAIL_SITE_NAME), **context}
        subject = " ".join(render_to_string(f"qa/email/{template}_subject.txt", context).split())
        body = render_to_string(f"qa/email/{template}.txt", context)
    return f"{context['site_name']}: {subject}", body


def _send(template, user, context):
    if not user or not user.email:
        return
    language = account_language(user) or settings.LANGUAGE_CODE
    subject, body = _render(template, language, {"user": user, **context})
    send_mail(subject, body, None, [user.email])


def _admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def answerers(question):
    """Who answers ``question``: its tree's active owners, else the Editors."""
    from editorial.roles import EDITORS

    if question.tree_id:
        people = list(question.tree.owners.filter(is_active=True))
        if people:
            return people
    return list(get_user_model().objects.filter(groups__name=EDITORS, is_active=True).distinct())


def new_question(question):
    url = _admin_url(reverse("qa_questions:answer", args=[question.pk]))
    for user in answerers(question):
        _send("question_to_answer", user, {"question": question, "answer_url": url})


def _page_url(question):
    page = question.page
    return page.full_url or ""


def answered(question):
    if question.member is None:
        return
    entry_anchor = f"#faq-{question.entry_id}" if question.entry_id else ""
    _send(
        "question_answered",
        question.member.user,
        {"question": question, "page_url": _page_url(question) + entry_anchor},
    )


def declined(question):
    if question.member is None:
        return
    _send("question_declined", question.member.user, {"question": question, "page_url": _page_url(question)})


def contact(name, email, subject, message, language):
    context = {"name": name, "email": email, "subject": subject, "message": message}
    team_subject, team_body = _render("contact_to_team", settings.LANGUAGE_CODE, context)
    EmailMessage(team_subject, team_body, None, [settings.CONTACT_EMAIL], reply_to=[email]).send()
    copy_subject, copy_body = _render("contact_copy", language, context)
    send_mail(copy_subject, copy_body, None, [email])
