"""RSS 2.0 and Atom 1.0 feeds per language, built with Django's syndication framework.

``/<language>/feeds/<section>/rss.xml`` (or ``atom.xml``) for the listing sections
(``news``: news and events, ``events``, ``good-practices``, ``resources``), with the
listing's filters in the query string, and ``/<language>/feeds/<country|region|theme>/<code
or slug>/rss.xml`` for what a country, region or theme page lists. What they list:
``feeds/sources.py``. They are public pages of the site: anonymous readers get them from
the page cache (``portal/page_cache.py``), emptied by every publication.

Each entry carries the language of its text: the feed's, or the source language for a
page not translated yet, said in its title ("… [Español]"), in ``dc:language`` (RSS) and
``xml:lang`` (Atom).
"""

import re
from html import unescape

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext
from wagtail.models import Locale

from feeds import sources
from news.calendar import events_ics
from portal import page_urls, translation_state
from portal.models import page_type_name
from portal.templatetags.portal_tags import language_name_local, meta_description

DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


class PortalRssFeed(Rss201rev2Feed):
    """RSS 2.0 with each item's language (Dublin Core's ``dc:language``)."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("language"):
            handler.addQuickElement("dc:language", item["language"])


class PortalAtomFeed(Atom1Feed):
    """Atom 1.0 with ``xml:lang`` on each entry whose text is in another language than the feed's."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language") and item["language"] != self.feed["language"]:
            attributes["xml:lang"] = item["language"]
        return attributes


BLOCK_END = re.compile(r"</(p|li|h[1-6]|div|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain_text(html):
    """Rich text as one line of plain text, paragraphs kept apart by a space."""
    return " ".join(strip_tags(BLOCK_END.sub(" ", str(html or ""))).split())


class FeedSource:
    """What one feed shows: its title, page, description and entries, in the active language."""

    def __init__(self, *, title, page, items, request):
        self.title = f"{title} · {settings.WAGTAIL_SITE_NAME}"
        self.link = page_urls.full_page_url(page, request)
        self.description = meta_description(page) or str(settings.WAGTAIL_SITE_NAME)
        self.items = items


class PortalFeed(Feed):
    feed_type = PortalRssFeed

    def get_object(self, request, kind, value=None):
        self.request = request
        locale = Locale.get_active()
        if kind in sources.TAG_TARGETS:
            page = sources.TAG_TARGETS[kind].page(locale, value)
            return FeedSource(title=page.title, page=page, items=sources.tagged_items(page, locale), request=request)
        section = sources.SECTIONS[kind]
        index = section.index_page(locale)
        items = sources.section_items(section, index, request.GET)
        title = gettext("Events") if section.events_only else index.title
        return FeedSource(title=title, page=index, items=items, request=request)

    def title(self, source):
        return source.title

    def link(self, source):
        return source.link

    def description(self, source):
        return source.description

    subtitle = description

    def feed_url(self, source):
        return self.request.build_absolute_uri()

    def author_name(self):
        return str(settings.WAGTAIL_SITE_NAME)

    def items(self, source):
        return source.items

    def item_title(self, item):
        return marked_title(item)

    def item_description(self, item):
        text = plain_text(item.get_listing_summary())
        event = getattr(item, "event", None)
        if event is not None:
            when = date_format(event.start_date, "DATE_FORMAT")
            if event.end_date and event.end_date != event.start_date:
                when += " – " + date_format(event.end_date, "DATE_FORMAT")
            where = event.location or (gettext("Online") if event.online else "")
            text = " · ".join(part for part in (when, where, text) if part)
        # Both formats read descriptions as HTML (Atom's summary type="html"): plain text, escaped once.
        return escape(unescape(text))

    def item_link(self, item):
        return page_urls.full_page_url(item, self.request)

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        return sources.published_at(item)

    def item_updateddate(self, item):
        return item.last_published_at or sources.published_at(item)

    def item_categories(self, item):
        event = getattr(item, "event", None)
        return [page_type_name(type(event) if event is not None else type(item))]

    def item_extra_kwargs(self, item):
        return {"language": item_language(item)}


class PortalAtom(PortalFeed):
    feed_type = PortalAtomFeed


def item_language(item):
    """The language of the text of ``item`` (a feed's or calendar's entry): its own, or its source's if untranslated."""
    return translation_state.shown_language(item) or item.locale.language_code


def marked_title(item):
    """The title, followed by the language it is written in when that is not the entry's locale's ("… [Español]")."""
    language = translation_state.shown_language(item)
    return f"{item.title} [{language_name_local(language)}]" if language else item.title


def events_calendar(request):
    """The events of the news listing of this language, with its filters, as one iCalendar file (RFC 5545)."""
    section = sources.SECTIONS["events"]
    index = section.index_page(Locale.get_active())
    events = sources.section_events(section, index, request.GET)
    name = f"{gettext('Events')} · {settings.WAGTAIL_SITE_NAME}"
    body = events_ics(
        events,
        request,
        name=name,
        describe=lambda event: {"title": marked_title(event), "language": item_language(event)},
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{index.slug}.ics"'
    return response


def rss(request, **kwargs):
    return PortalFeed()(request, **kwargs)  # an instance per request: it keeps the request for the links


def atom(request, **kwargs):
    return PortalAtom()(request, **kwargs)
