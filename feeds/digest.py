"""The digest of what was published in what a subscriber follows, in their language (``manage.py send_digest``).

For each subscriber with confirmed follows whose rhythm is due (daily: a day since the last
digest, weekly: a week; an hour of slack so a daily cron never skips a turn), the pages
published or published again since the last digest (or since the follow was confirmed)
in each followed country, region or theme, read as its feed reads them
(``feeds/sources.py``) in the subscriber's language: a page not translated yet appears with
its Spanish text, marked "[Español]". Nothing is sent when nothing was published. Each
email carries a one-click unsubscribe link and RFC 8058's ``List-Unsubscribe`` and
``List-Unsubscribe-Post`` headers.
"""

import datetime
from html import unescape

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import ngettext
from wagtail.models import Locale, Page, Site

from feeds import sources, tokens
from feeds.models import Frequency, Subscriber
from feeds.views import marked_title, plain_text
from portal import page_urls

INTERVALS = {Frequency.DAILY: datetime.timedelta(days=1), Frequency.WEEKLY: datetime.timedelta(days=7)}
SLACK = datetime.timedelta(hours=1)
DIGEST_ITEMS = 50


def due(subscriber, now):
    if subscriber.last_digest_at is None:
        return True
    return now - subscriber.last_digest_at >= INTERVALS[subscriber.frequency] - SLACK


def site_root_url():
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site.root_url if site else ""


def sections_for(subscriber):
    """[{"title", "url", "items": [{"title", "url", "summary"}]}] of what was published in what they follow."""
    locale = Locale.objects.filter(language_code=subscriber.language).first()
    if locale is None:
        return []
    seen = set()
    sections = []
    follows = subscriber.follows.filter(confirmed_at__isnull=False).select_related("page").order_by("created_at")
    for follow in follows:
        since = max(filter(None, (subscriber.last_digest_at, follow.confirmed_at)))
        version = (
            Page.objects.live()
            .filter(translation_key=follow.page.translation_key, locale=locale)
            .exclude(sources.same_language_alias_q())
            .first()
        )
        if version is None or sources.translation_restricted(version) or not version.specific_class:
            continue
        version = version.specific
        if not any(isinstance(version, target.model) for target in sources.TAG_TARGETS.values()):
            continue
        items = [
            item
            for item in sources.tagged_items(version, locale, limit=DIGEST_ITEMS, since=since)
            if item.pk not in seen
        ]
        seen.update(item.pk for item in items)
        if items:
            sections.append(
                {
                    "title": version.title,
                    "url": page_urls.full_page_url(version),
                    "items": [
                        {
                            "title": marked_title(item),
                            "url": page_urls.full_page_url(item),
                            "summary": Truncator(unescape(plain_text(item.get_listing_summary()))).chars(240),
                        }
                        for item in items
                    ],
                }
            )
    return sections


def digest_message(subscriber, sections, root_url):
    unsubscribe_url = root_url + reverse("feeds_unsubscribe", args=[tokens.unsubscribe_token(subscriber)])
    count = sum(len(section["items"]) for section in sections)
    subject = ngettext("%(count)s new: %(titles)s · %(site)s", "%(count)s new: %(titles)s · %(site)s", count) % {
        "count": count,
        "titles": ", ".join(section["title"] for section in sections),
        "site": settings.WAGTAIL_SITE_NAME,
    }
    body = render_to_string(
        "feeds/email/digest.txt",
        {"sections": sections, "unsubscribe_url": unsubscribe_url, "site_name": settings.WAGTAIL_SITE_NAME},
    )
    headers = {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    return EmailMessage(subject, body, to=[subscriber.email], headers=headers)


def send_digests(now=None, frequency=None):
    """Send every due digest; returns (sent, nothing to send)."""
    now = now or timezone.now()
    root_url = site_root_url()
    subscribers = Subscriber.objects.filter(follows__confirmed_at__isnull=False).distinct().order_by("pk")
    if frequency:
        subscribers = subscribers.filter(frequency=frequency)
    sent = empty = 0
    for subscriber in subscribers:
        if not due(subscriber, now):
            continue
        with translation.override(subscriber.language):
            sections = sections_for(subscriber)
            if sections:
                digest_message(subscriber, sections, root_url).send()
                sent += 1
            else:
                empty += 1
        Subscriber.objects.filter(pk=subscriber.pk).update(last_digest_at=now)
    return sent, empty
