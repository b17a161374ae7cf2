"""Follow a country, region, theme or content type by email: the form, the confirmation, the member's one click.

Double opt-in: the form records an unconfirmed ``Follow`` and sends one email with a
signed confirmation link that expires (``feeds/tokens.py``); nothing else is ever sent to
that address until the link is opened and confirmed. The answer to the form is the same
whether the address was known or not, so it tells nobody who follows what. Someone else's
address cannot be given other preferences: an existing subscriber keeps its language and
rhythm.

A logged-in member whose email address is verified (django-allauth) follows with one click
(``member_follow``): the address is proven, so the follow is confirmed at once, and the page
shows "Following" with an "Unfollow" button. That button is drawn only on a logged-in
reader's page, which the page cache never stores (``portal/page_cache.py``); anonymous
readers' (cached) pages show the same "Follow by email" link to everyone.

What can be followed (``target``): a live, public country, region or theme page of this
language (``feeds.sources.TAG_TARGETS``), or a content type, named by its section's feed key
(``feeds.models.ContentType``). A draft, a page behind a view restriction or an unknown
content type gets a clear 404 and nothing is saved. None of these answers is ever cached
(``never_cache``: private); the form's ``POST`` is rate-limited like every public form that
sends email, the member's clicks by ``RATE_LIMIT_FOLLOW`` (``portal/security/ratelimits.py``).
Unsubscribing and the preferences page: ``feeds/preferences.py``.
"""

from allauth.account.models import EmailAddress
from django import forms
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from feeds import tokens
from feeds.models import ContentType, Follow, Frequency, Subscriber
from feeds.sources import SECTIONS, TAG_TARGETS
from portal import page_urls


class FollowForm(forms.Form):
    email = forms.EmailField(label=_("Your email address"), max_length=254)
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, initial=Frequency.WEEKLY, widget=forms.RadioSelect
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class Target:
    """What a follow is about, in the active language: a page or a content type, with its title and address."""

    def __init__(self, kind, *, page=None, index=None):
        self.kind = kind
        self.page = page
        self.index = index
        if page is not None:
            self.title = page.title
            self.link_page = page
            self.lookup = {"page": page}
            self.value = TAG_TARGETS[kind].value(page)
        else:
            self.title = str(ContentType(kind).label)
            self.link_page = index
            self.lookup = {"content_type": kind}
            self.value = None

    @property
    def url_kwargs(self):
        return {"kind": self.kind, "value": self.value} if self.value is not None else {"kind": self.kind}

    def follow_url(self):
        name = "feeds_follow" if self.value is not None else "feeds_follow_content_type"
        return reverse(name, kwargs=self.url_kwargs)

    def member_url(self):
        name = "feeds_follow_member" if self.value is not None else "feeds_follow_content_type_member"
        return reverse(name, kwargs=self.url_kwargs)


def target(kind, value=None):
    """The ``Target`` of a follow URL in the active language; Http404 for anything that cannot be followed."""
    locale = Locale.get_active()
    if value is not None:
        if kind not in TAG_TARGETS:
            raise Http404
        return Target(kind, page=TAG_TARGETS[kind].page(locale, value))
    if kind not in SECTIONS or kind not in ContentType.values:
        raise Http404
    return Target(kind, index=SECTIONS[kind].index_page(locale))


def verified_email(user):
    """The member's verified address (lowercase), or None: only a proven address follows without confirmation."""
    if not user.is_authenticated or not user.email:
        return None
    verified = EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()
    return user.email.strip().lower() if verified else None


def member_follow_of(user, followed):
    """The confirmed ``Follow`` of ``followed`` by ``user``'s verified address, or None."""
    email = verified_email(user)
    if email is None:
        return None
    return Follow.objects.filter(subscriber__email=email, confirmed_at__isnull=False, **followed.lookup).first()


def _message(request, title, text, *, status=200, link=None, form_action=None, button=None):
    return render(
        request,
        "feeds/message.html",
        {"title": title, "text": text, "link": link, "form_action": form_action, "button": button},
        status=status,
    )


def not_followable(request, kind):
    if kind not in TAG_TARGETS and kind not in SECTIONS:
        text = gettext(
            "“%(kind)s” is not something you can follow: countries, regions, themes, news, events, "
            "good practices and resources are."
        ) % {"kind": kind}
    else:
        text = gettext("This page does not exist in this language, is not published or is not open to everyone.")
    return _message(request, gettext("Nothing to follow here"), text, status=404)


def send_confirmation(request, follow, followed):
    subscriber = follow.subscriber
    url = request.build_absolute_uri(reverse("feeds_follow_confirm", args=[tokens.confirmation_token(follow)]))
    preferences_url = request.build_absolute_uri(
        reverse("feeds_preferences", args=[tokens.preferences_token(subscriber)])
    )
    context = {
        "title": followed.title,
        "url": url,
        "preferences_url": preferences_url,
        "hours": tokens.confirmation_hours(),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    subject = gettext("Confirm that you want to follow %(title)s") % {"title": followed.title}
    body = render_to_string("feeds/email/confirm.txt", context, request=request)
    EmailMessage(subject, body, to=[subscriber.email]).send()


@never_cache
def follow(request, kind, value=None):
    """The follow form of a country, region, theme or content type, in the language of the URL."""
    try:
        followed = target(kind, value)
    except Http404:
        return not_followable(request, kind)
    link = (page_urls.page_url(followed.link_page, request), followed.link_page.title)
    email = verified_email(request.user)
    if email is not None:
        # A member: one click, no form (and the form's POST, from a stale page, counts as that click).
        if request.method == "POST":
            return member_follow(request, kind, value)
        context = {"followed": followed, "member_follow": member_follow_of(request.user, followed), "link": link}
        return render(request, "feeds/follow.html", context)
    form = FollowForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            subscriber, _created = Subscriber.objects.get_or_create(
                email=form.cleaned_data["email"],
                defaults={"language": get_language(), "frequency": form.cleaned_data["frequency"]},
            )
            followed_row, _created = Follow.objects.get_or_create(subscriber=subscriber, **followed.lookup)
        if followed_row.confirmed_at is None:
            send_confirmation(request, followed_row, followed)
        return _message(
            request,
            gettext("Check your inbox"),
            gettext(
                "If this address does not follow %(title)s yet, we have sent it a link to confirm. "
                "Nothing else will be sent to it until the link is opened."
            )
            % {"title": followed.title},
            link=link,
        )
    context = {"form": form, "followed": followed, "link": link}
    return render(request, "feeds/follow.html", context, status=400 if form.errors else 200)


@never_cache
def member_follow(request, kind, value=None):
    """A member's one click: ``POST`` ``action=follow`` (confirmed at once) or ``action=unfollow``; back to ``next``."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return HttpResponseRedirect(f"{reverse('account_login')}?next={request.path}")
    email = verified_email(request.user)
    if email is None:
        return _message(
            request,
            gettext("Verify your email address first"),
            gettext("Members follow with one click once their email address is verified; open the link we sent you."),
            status=403,
            link=(reverse("account_email"), gettext("Email addresses")),
        )
    try:
        followed = target(kind, value)
    except Http404:
        return not_followable(request, kind)
    action = request.POST.get("action", "follow")  # the email form's POST from a page shown before signing in
    if action not in ("follow", "unfollow"):
        return _message(
            request, gettext("Nothing was changed"), gettext("Choose to follow or to unfollow."), status=400
        )
    with transaction.atomic():
        if action == "follow":
            subscriber, _created = Subscriber.objects.get_or_create(email=email, defaults={"language": get_language()})
            row, _created = Follow.objects.get_or_create(subscriber=subscriber, **followed.lookup)
            if row.confirmed_at is None:
                row.confirmed_at = timezone.now()
                row.save(update_fields=["confirmed_at"])
        else:
            Follow.objects.filter(subscriber__email=email, **followed.lookup).delete()
    next_url = request.POST.get("next")
    if not next_url or not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = page_urls.page_url(followed.link_page, request)
    return HttpResponseRedirect(next_url)


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
        return invalid(request)
    row = Follow.objects.select_related("subscriber", "page").filter(pk=data["follow"]).first()
    if row is None or row.subscriber.email != data["email"]:
        return invalid(request)
    title = followed_title(row)
    link = None
    if row.page_id:
        link = (page_urls.page_url(row.page.specific, request), title)
    if request.method == "POST":
        if row.confirmed_at is None:
            row.confirmed_at = timezone.now()
            row.save(update_fields=["confirmed_at"])
        return _message(
            request,
            gettext("You follow %(title)s") % {"title": title},
            gettext("You will receive a digest when something is published there."),
            link=link or (preferences_path(row.subscriber), gettext("Your preferences")),
        )
    return _message(
        request,
        gettext("Follow %(title)s") % {"title": title},
        gettext("Confirm that %(email)s should receive a digest of what is published about %(title)s.")
        % {"email": row.subscriber.email, "title": title},
        form_action=request.path,
        button=gettext("Confirm"),
    )


def preferences_path(subscriber):
    return reverse("feeds_preferences", args=[tokens.preferences_token(subscriber)])


def followed_title(row, language=None):
    """The title of what ``row`` follows, in ``language`` (default: the active one) when that version is live."""
    if not row.page_id:
        return str(ContentType(row.content_type).label)
    locale = Locale.objects.filter(language_code=language or get_language()).first()
    version = row.page.get_translation_or_none(locale) if locale is not None else None
    return (version if version is not None and version.live else row.page).title


def invalid(request):
    return _message(
        request,
        gettext("This link is not valid"),
        gettext("Check that the whole link was copied from the email."),
        status=400,
    )
