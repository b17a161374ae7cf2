"""A subscriber's preferences page and the one-click unsubscription, both without login.

The preferences page (``/<language>/feeds/preferences/<token>/``) is reached through the
signed link of every email (``feeds/tokens.py``: it names the subscriber and the address,
and expires after ``FOLLOW_PREFERENCES_DAYS``), or by a logged-in member with a verified
address from their profile (``/<language>/feeds/preferences/``). It shows what the address
follows and lets the reader stop following any of it, follow content types (news, events,
good practices, resources), choose the rhythm (weekly, the default, or daily) and the
language of the digest, or unsubscribe from everything. The link was sent to that address,
so what is kept or added there is confirmed at once. A tampered link is refused (400), an
expired one says so (410); a bad choice is refused in the reader's language and nothing is
saved (one transaction).

Unsubscribing: every email carries a link (and RFC 8058's ``List-Unsubscribe`` and
``List-Unsubscribe-Post`` headers) whose ``POST`` removes the address and everything it
follows at once. Nothing here is ever cached (``never_cache``: private).
"""

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from feeds import tokens
from feeds.follow import _message, followed_title, invalid, verified_email
from feeds.models import ContentType, Follow, Frequency, Subscriber
from portal.templatetags.portal_tags import language_name_local


class PreferencesForm(forms.Form):
    pages = forms.MultipleChoiceField(
        label=_("Countries, regions and themes you follow"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Untick one to stop following it."),
    )
    content_types = forms.MultipleChoiceField(
        label=_("Content you follow everywhere"),
        choices=ContentType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    frequency = forms.ChoiceField(label=_("How often"), choices=Frequency.choices, widget=forms.RadioSelect)
    language = forms.ChoiceField(label=_("Language of the digest"), widget=forms.RadioSelect)
    bulletin = forms.BooleanField(
        label=_("Also send me the editors' bulletin"),
        required=False,
        help_text=_("A selection of news, events and resources, in the language above; unsubscribe in one click."),
    )

    def __init__(self, *args, page_follows=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pages"].choices = [(str(row.pk), self.page_label(row)) for row in page_follows]
        self.fields["language"].choices = [(code, language_name_local(code)) for code, _name in settings.LANGUAGES]

    @staticmethod
    def page_label(row):
        title = followed_title(row)
        if row.confirmed_at is None:
            return gettext("%(title)s (waiting for confirmation: saving confirms it)") % {"title": title}
        return title


def _initial(subscriber, page_follows):
    if subscriber is None:
        return {"frequency": Frequency.WEEKLY, "language": get_language()}
    return {
        "pages": [str(row.pk) for row in page_follows],
        "content_types": list(
            subscriber.follows.exclude(content_type="").values_list("content_type", flat=True).order_by("content_type")
        ),
        "frequency": subscriber.frequency,
        "language": subscriber.language,
        "bulletin": subscriber.bulletin_since is not None,
    }


def _save(subscriber, email, data, page_follows):
    """Store the form's choices at once (one transaction); returns the subscriber (made for a new member)."""
    now = timezone.now()
    with transaction.atomic():
        if subscriber is None:
            subscriber = Subscriber(email=email)
        subscriber.language = data["language"]
        subscriber.frequency = data["frequency"]
        if not data["bulletin"]:
            subscriber.bulletin_since = None
        elif subscriber.bulletin_since is None:
            subscriber.bulletin_since = now
        subscriber.save()
        kept = {int(pk) for pk in data["pages"]}
        Follow.objects.filter(subscriber=subscriber, page__isnull=False).exclude(pk__in=kept).delete()
        Follow.objects.filter(subscriber=subscriber, content_type__in=ContentType.values).exclude(
            content_type__in=data["content_types"]
        ).delete()
        for kind in data["content_types"]:
            Follow.objects.get_or_create(subscriber=subscriber, content_type=kind, defaults={"confirmed_at": now})
        # The address is proven (the link was sent to it, or the member's address is verified).
        Follow.objects.filter(subscriber=subscriber, confirmed_at__isnull=True).update(confirmed_at=now)
    return subscriber


def _page(request, subscriber, email):
    page_follows = (
        list(subscriber.follows.filter(page__isnull=False).select_related("page").order_by("created_at"))
        if subscriber is not None
        else []
    )
    form = PreferencesForm(
        request.POST if request.method == "POST" else None,
        initial=_initial(subscriber, page_follows),
        page_follows=page_follows,
    )
    if request.method == "POST" and form.is_valid():
        _save(subscriber, email, form.cleaned_data, page_follows)
        return HttpResponseRedirect(f"{request.path}?saved=1")
    context = {
        "form": form,
        "email": email,
        "subscriber": subscriber,
        "saved": request.method == "GET" and request.GET.get("saved") == "1",
        "unsubscribe_url": reverse("feeds_unsubscribe", args=[tokens.unsubscribe_token(subscriber)])
        if subscriber is not None
        else None,
    }
    return render(request, "feeds/preferences.html", context, status=400 if form.errors else 200)


@never_cache
def preferences(request, token):
    """The preferences page of the subscriber the signed link names."""
    try:
        data = tokens.read_preferences(token)
    except signing.SignatureExpired:
        return _message(
            request,
            gettext("This link has expired"),
            gettext(
                "Links to your preferences work for %(days)s days; every digest carries a new one. "
                "The unsubscribe link of any email still works."
            )
            % {"days": tokens.preferences_days()},
            status=410,
        )
    except signing.BadSignature:
        return invalid(request)
    subscriber = Subscriber.objects.filter(pk=data["subscriber"], email=data["email"]).first()
    if subscriber is None:
        return _message(
            request,
            gettext("This address receives no digests"),
            gettext("It was unsubscribed. You can follow pages again at any time."),
            status=404,
        )
    return _page(request, subscriber, subscriber.email)


@never_cache
def member_preferences(request):
    """The preferences of the logged-in member's verified address (linked from their profile)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    email = verified_email(request.user)
    if email is None:
        return _message(
            request,
            gettext("Verify your email address first"),
            gettext("Members follow with one click once their email address is verified; open the link we sent you."),
            status=403,
            link=(reverse("account_email"), gettext("Email addresses")),
        )
    return _page(request, Subscriber.objects.filter(email=email).first(), email)


@csrf_exempt  # RFC 8058: mail clients POST "List-Unsubscribe=One-Click" with no cookie nor token of ours
@never_cache
def unsubscribe(request, token):
    """One-click unsubscription: ``POST`` removes the address and all it follows; ``GET`` shows the button."""
    try:
        data = tokens.read_unsubscribe(token)
    except signing.BadSignature:
        return invalid(request)
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
