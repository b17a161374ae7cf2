"""django-allauth's account adapter for the portal's members.

- A new account is a member (``models.Member``) whose language is the reader's at sign-up.
- Every email an account receives (verification, password reset, "an account already exists")
  is rendered in the account's language, with its links under that language's prefix; an
  address without an account gets the reader's current language.
- Subjects start with the portal's name (``WAGTAIL_SITE_NAME``) rather than the host name.
"""

from dataclasses import dataclass

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import translation
from django.utils.encoding import force_str

from members.models import Member, account_language


@dataclass
class PortalSite:
    name: str
    domain: str


QUIET_MESSAGES = {"account/messages/logged_in.txt", "account/messages/logged_out.txt"}


def _user_for(email, context):
    user = context.get("user")
    if user is not None:
        return user
    address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
    if address is not None:
        return address.user
    return get_user_model().objects.filter(email__iexact=email).first()


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        with transaction.atomic():
            user = super().save_user(request, user, form, commit=commit)
            if commit:
                Member.objects.create(user=user, language=_language_code())
        return user

    def add_message(self, request, level, message_template=None, message_context=None, extra_tags="", message=None):
        # "You have signed in/out" would be shown on the next account page, long after: dropped.
        if message_template in QUIET_MESSAGES:
            return
        super().add_message(request, level, message_template, message_context, extra_tags, message)

    def format_email_subject(self, subject):
        return f"{force_str(settings.WAGTAIL_SITE_NAME)}: {force_str(subject)}"

    def send_mail(self, template_prefix, email, context):
        language = account_language(_user_for(email, context)) or _language_code()
        with translation.override(language):
            request = allauth_context.request
            host = request.get_host() if request is not None else ""
            # allauth's emails greet from and sign with ``current_site.name``: the portal's name.
            context = {"current_site": PortalSite(force_str(settings.WAGTAIL_SITE_NAME), host), **context}
            super().send_mail(template_prefix, email, context)

    def send_account_already_exists_mail(self, email):
        # The links of this email ("sign in", "reset your password") in the account's language.
        language = account_language(_user_for(email, {})) or _language_code()
        with translation.override(language):
            super().send_account_already_exists_mail(email)

    def get_email_confirmation_url(self, request, emailconfirmation):
        language = account_language(emailconfirmation.email_address.user) or _language_code()
        with translation.override(language):
            return super().get_email_confirmation_url(request, emailconfirmation)

    def send_password_reset_mail(self, user, email, context):
        language = account_language(user) or _language_code()
        with translation.override(language):
            context["password_reset_url"] = self.get_reset_password_from_key_url(f"{context['uid']}-{context['key']}")
            super().send_password_reset_mail(user, email, context)


def _language_code():
    codes = {code for code, _name in settings.LANGUAGES}
    current = translation.get_language() or settings.LANGUAGE_CODE
    return current if current in codes else settings.LANGUAGE_CODE
