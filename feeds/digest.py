"""The digest of what was published in what a subscriber follows, in their language (``manage.py send_digest``).

For each subscriber with confirmed follows whose rhythm is due (daily: a day since the last
digest, weekly: a week; an hour of slack so a daily cron never skips a turn), what was
published or published again, in any language, since the last digest (or since the follow
was confirmed):

- in each followed country, region or theme: the pages tagged with it or placed below it, as
  its feed reads them (``feeds/sources.py``), in every language's tree;
- in each followed content type (news and events, events, good practices, resources): the
  pages of that section's listing, in every language's tree.

Each page is listed once, in the version the reader can best read: their language's when it
exists (live, readable by everyone), else the Spanish version, else the language it was
published in; its title is marked with the language of its text when that is not the
reader's ("… [Español]", "… [English]": an untranslated placeholder of the reader's
language shows the Spanish text and is marked likewise). Drafts and pages behind a view
restriction in any language are never listed. Nothing is sent when nothing was published.
No digest goes to an address the mail provider reported as bouncing or complaining
(``deliverable()``). Each email carries a link to the preferences page (``feeds/preferences.py``), a one-click
unsubscribe link and RFC 8058's ``List-Unsubscribe`` and ``List-Unsubscribe-Post`` headers.

``send_digests_task`` (``feeds/tasks.py``) runs it through django-tasks; cron starts it.
"""

import datetime
from html import unescape

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMessage
from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import ngettext
from wagtail.models import Locale, Page, Site

from feeds import sources, tokens
from feeds.models import ContentType, Frequency, Subscriber
from feeds.views import item_language, plain_text
from portal import page_urls
from portal.models import tagged_content_models
from portal.templatetags.portal_tags import language_name_local

INTERVALS = {Frequency.DAILY: datetime.timedelta(days=1), Frequency.WEEKLY: datetime.timedelta(days=7)}
SLACK = datetime.timedelta(hours=1)
DIGEST_ITEMS = 50


def due(subscriber, now):
    if subscriber.last_digest_at is None:
        return True
    return now - subscriber.last_digest_at >= INTERVALS[subscriber.frequency] - SLACK


def deliverable(subscribers):
    """``subscribers`` without the addresses reported as bouncing or complaining (a hard bounce, a spam report).

    The reports are the bulletin's ``Bounce`` rows, written by the mail provider's webhook
    (``bulletin/bounces.py``); they are read through their reverse relation, as bulletin builds
    on feeds and feeds does not import it.
    """
    if apps.is_installed("bulletin"):
        return subscribers.filter(bulletin_bounce__isnull=True)
    return subscribers


def site_root_url():
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site.root_url if site else ""


def readable_versions(translation_key):
    """{language code: live version readable by everyone} of the page with this ``translation_key``."""
    if str(translation_key) in sources.restricted_translation_keys():
        return {}
    versions = sources.for_readers(Page.objects.filter(translation_key=translation_key)).specific()
    return {version.locale.language_code: version for version in versions}


def published_in_followed_page(page, since):
    """The pages published since ``since`` about the country, region or theme ``page``, in every language."""
    versions = readable_versions(page.translation_key)
    if not versions or not any(isinstance(page.specific, target.model) for target in sources.TAG_TARGETS.values()):
        return []
    found = []
    any_version = next(iter(versions.values()))
    for locale in Locale.objects.all():
        tag_page = versions.get(locale.language_code, any_version)
        for model in tagged_content_models():
            pages = sources.for_readers(model.tagged_with(tag_page, locale)).filter(last_published_at__gt=since)
            found.extend(pages[:DIGEST_ITEMS])
    return found


def published_in_content_type(kind, since):
    """The pages published since ``since`` in the listing of the content type ``kind``, in every language."""
    section = sources.SECTIONS[kind]
    found = []
    for locale in Locale.objects.all():
        try:
            index = section.index_page(locale)
        except Http404:
            continue
        pages = sources.for_readers(section.queryset(index, {})).filter(last_published_at__gt=since)
        found.extend(pages[:DIGEST_ITEMS])
    return found


def best_versions(pages, language):
    """One page per ``translation_key`` of ``pages``, in the version ``language``'s reader reads best, newest first.

    The reader's language's version, else the Spanish one, else the version that was published.
    """
    latest = {}
    published = {}
    for page in pages:
        key = page.translation_key
        if key not in latest or page.last_published_at > latest[key]:
            latest[key] = page.last_published_at
        published.setdefault(key, page.pk)
    preferred = (language, settings.LANGUAGE_CODE)
    chosen = {}
    versions = sources.for_readers(
        Page.objects.filter(translation_key__in=list(latest), locale__language_code__in=preferred)
    ).values_list("translation_key", "locale__language_code", "pk")
    for key, code, pk in versions:
        if code == language or key not in chosen:
            chosen[key] = pk
    pks = {key: chosen.get(key, published[key]) for key in latest}
    specific = {page.pk: page for page in Page.objects.filter(pk__in=pks.values()).select_related("locale").specific()}
    order = sorted(latest, key=lambda key: latest[key], reverse=True)
    return [specific[pks[key]] for key in order if pks[key] in specific]


def marked_for(item, language):
    """The title, followed by the language of its text when that is not ``language`` ("… [English]")."""
    shown = item_language(item)
    return item.title if shown == language else f"{item.title} [{language_name_local(shown)}]"


def _section(title, url, items, language):
    return {
        "title": title,
        "url": url,
        "items": [
            {
                "title": marked_for(item, language),
                "url": page_urls.full_page_url(item),
                "summary": Truncator(unescape(plain_text(item.get_listing_summary()))).chars(240),
            }
            for item in items
        ],
    }


def sections_for(subscriber):
    """[{"title", "url", "items": [{"title", "url", "summary"}]}] of what was published in what they follow."""
    language = subscriber.language
    seen = set()
    sections = []
    follows = subscriber.follows.filter(confirmed_at__isnull=False).select_related("page").order_by("created_at")
    for follow in follows:
        since = max(filter(None, (subscriber.last_digest_at, follow.confirmed_at)))
        if follow.page_id:
            versions = readable_versions(follow.page.translation_key)
            if not versions:
                continue  # unpublished or restricted since it was followed
            heading = versions.get(language) or versions.get(settings.LANGUAGE_CODE) or next(iter(versions.values()))
            title, url = heading.title, page_urls.full_page_url(heading)
            found = published_in_followed_page(follow.page, since)
        else:
            title, url = str(ContentType(follow.content_type).label), None
            found = published_in_content_type(follow.content_type, since)
        items = [item for item in best_versions(found, language) if item.translation_key not in seen][:DIGEST_ITEMS]
        seen.update(item.translation_key for item in items)
        if items:
            sections.append(_section(title, url, items, language))
    return sections


def digest_message(subscriber, sections, root_url):
    unsubscribe_url = root_url + reverse("feeds_unsubscribe", args=[tokens.unsubscribe_token(subscriber)])
    preferences_url = root_url + reverse("feeds_preferences", args=[tokens.preferences_token(subscriber)])
    count = sum(len(section["items"]) for section in sections)
    subject = ngettext("%(count)s new: %(titles)s · %(site)s", "%(count)s new: %(titles)s · %(site)s", count) % {
        "count": count,
        "titles": ", ".join(section["title"] for section in sections),
        "site": settings.WAGTAIL_SITE_NAME,
    }
    body = render_to_string(
        "feeds/email/digest.txt",
        {
            "sections": sections,
            "unsubscribe_url": unsubscribe_url,
            "preferences_url": preferences_url,
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    headers = {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    return EmailMessage(subject, body, to=[subscriber.email], headers=headers)


def send_digests(now=None, frequency=None):
    """Send every due digest; returns (sent, nothing to send)."""
    now = now or timezone.now()
    root_url = site_root_url()
    subscribers = deliverable(Subscriber.objects.filter(follows__confirmed_at__isnull=False)).distinct().order_by("pk")
    if frequency:
        subscribers = subscribers.filter(frequency=frequency)
    sent = empty = 0
    for subscriber in subscribers:
        if not due(subscriber, now):
            continue
        # Claimed first: a run started in parallel (cron and a worker, two workers) finds it taken.
        previous = subscriber.last_digest_at
        claimed = Subscriber.objects.filter(pk=subscriber.pk, last_digest_at=previous).update(last_digest_at=now)
        if not claimed:
            continue
        try:
            with translation.override(subscriber.language):
                sections = sections_for(subscriber)
                if sections:
                    digest_message(subscriber, sections, root_url).send()
                    sent += 1
                else:
                    empty += 1
        except Exception:
            # Not sent: the next run tries again.
            Subscriber.objects.filter(pk=subscriber.pk, last_digest_at=now).update(last_digest_at=previous)
            raise
    return sent, empty
