"""Follow a country, region or theme by email: the form, the confirmation and the one-click unsubscription.

Double opt-in: the form records an unconfirmed ``Follow`` and sends one email with a
signed confirmation link that expires (``feeds/tokens.py``); nothing else is ever sent to
that address until the link is opened and confirmed. The answer to the form is the same
whether the address was known or not, so it tells nobody who follows what. Someone else's
address cannot be given other preferences: an existing subscriber keeps its language and
rhythm. Unsubscribing needs no login: every digest carries a link (and RFC 8058's
``List-Unsubscribe``/``List-Unsubscribe-Post`` headers) whose ``POST`` removes the address
and everything it follows at once. None of these answers is ever cached (``never_cache``:
private), and the form's ``POST`` is rate-limited like every public form that sends email
(``portal/security/ratelimits.py``).
"""

from django import forms
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Locale

from feeds import tokens
from feeds.models import Follow, Frequency, Subscriber
from feeds.sources import TAG_TARGETS
from portal import page_urls


class FollowForm(forms.Form):
    email = forms.EmailField(label=_("Your email address"), max_length=254)
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, initial=Frequency.WEEKLY, widget=forms.RadioSelect
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


def _message(request, title, text, *, status=200, link=None, form_action=None, button=None):
    return render(
        request,
        "feeds/message.html",
        {"title": title, "text": text, "link": link, "form_action": form_action, "button": button},
        status=status,
    )


def send_confirmation(request, follow, page):
    url = request.build_absolute_uri(reverse("feeds_follow_confirm", args=[tokens.confirmation_token(follow)]))
    context = {"page": page, "url": url, "hours": tokens.confirmation_hours(), "site_name": settings.WAGTAIL_SITE_NAME}
    subject = gettext("Confirm that you want to follow %(title)s") % {"title": page.title}
    body = render_to_string("feeds/email/confirm.txt", context, request=request)
    EmailMessage(subject, body, to=[follow.subscriber.email]).send()


@never_cache
def follow(request, kind, value):
    """The follow form of a country, region or theme, in the language of the URL."""
    page = TAG_TARGETS[kind].page(Locale.get_active(), value)
    form = FollowForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            subscriber, _created = Subscriber.objects.get_or_create(
                email=form.cleaned_data["email"],
                defaults={"language": get_language(), "frequency": form.cleaned_data["frequency"]},
            )
            followed, _created = Follow.objects.get_or_create(subscriber=subscriber, page=page)
        if followed.confirmed_at is None:
            send_confirmation(request, followed, page)
        return _message(
            request,
            gettext("Check your inbox"),
            gettext(
                "If this address does not follow %(title)s yet, we have sent it a link to confirm. "
                "Nothing else will be sent to it until the link is opened."
            )
            % {"title": page.title},
            link=(page_urls.page_url(page, request), page.title),
        )
    return render(request, "feeds/follow.html", {"form": form, "followed": page}, status=400 if form.errors else 200)


@never_cache
def confirm(request, token):
    """The confirmation link: a button (mail scanners open links), whose ``POST`` confirms the follow."""
    try:
        data = tokens.read_confirmation(token)
    except signing.SignatureExpired:
        return _message(
            request,
            gettext("This link has expired"),
            gettext("Confirmation links work for %(hours)s hours. Ask again from the page you want to follow.")
            % {"hours": tokens.confirmation_hours()},
            status=410,
        )
    except signing.BadSignature:
        return _invalid(request)
    followed = Follow.objects.select_related("subscriber", "page").filter(pk=data["follow"]).first()
    if followed is None or followed.subscriber.email != data["email"]:
        return _invalid(request)
    page = followed.page.specific
    if request.method == "POST":
        if followed.confirmed_at is None:
            followed.confirmed_at = timezone.now()
            followed.save(update_fields=["confirmed_at"])
        return _message(
            request,
            gettext("You follow %(title)s") % {"title": page.title},
            gettext("You will receive a digest when something is published there."),
            link=(page_urls.page_url(page, request), page.title),
        )
    return _message(
        request,
        gettext("Follow %(title)s") % {"title": page.title},
        gettext("Confirm that %(email)s should receive a digest of what is published about %(title)s.")
        % {"email": followed.subscriber.email, "title": page.title},
        form_action=request.path,
        button=gettext("Confirm"),
    )


@csrf_exempt  # RFC 8058: mail clients POST "List-Unsubscribe=One-Click" with no cookie nor token of ours
@never_cache
def unsubscribe(request, token):
    """One-click unsubscription: ``POST`` removes the address and all it follows; ``GET`` shows the button."""
    try:
        data = tokens.read_unsubscribe(token)
    except signing.BadSignature:
        return _invalid(request)
    subscriber = Subscriber.objects.filter(pk=data["subscriber"], email=data["email"]).first()
    if request.method == "POST":
        if subscriber is not None:
            subscriber.delete()
        return _message(
            request,
            gettext("You are unsubscribed"),
            gettext("This address will receive no more digests. You can follow pages again at any time."),
        )
    if subscriber is None:
        return _message(request, gettext("You are unsubscribed"), gettext("This address receives no digests."))
    return _message(
        request,
        gettext("Unsubscribe"),
        gettext("Stop sending digests to %(email)s, and forget everything it follows.") % {"email": subscriber.email},
        form_action=request.path,
        button=gettext("Unsubscribe"),
    )


def _invalid(request):
    return _message(
        request,
        gettext("This link is not valid"),
        gettext("Check that the whole link was copied from the email."),
        status=400,
    )
