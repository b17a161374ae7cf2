"""``{% feed_links page %}``: the ``<link rel="alternate">`` of a page's feeds, for the page's head."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.translation import gettext

from feeds.sources import LISTING_FILTERS, SECTIONS, TAG_TARGETS, translation_restricted

register = template.Library()

FORMATS = (("rss", "application/rss+xml", "RSS"), ("atom", "application/atom+xml", "Atom"))


def page_feeds(page, query=None):
    """[(title, URL name, kwargs, query string)] of the feeds about ``page`` (a section index, a country…)."""
    if page is None or not getattr(page, "pk", None):
        return []
    feeds = []
    for target in TAG_TARGETS.values():
        if type(page) is target.model:
            feeds.append((page.title, "tag", {"kind": target.key, "value": target.value(page)}, ""))
    filters = ""
    if query is not None:
        filters = urlencode(sorted((name, query[name]) for name in LISTING_FILTERS if query.get(name)))
    for section in SECTIONS.values():
        if type(page) is section.index_model:
            title = gettext("Events") if section.events_only else page.title
            feeds.append((title, "section", {"kind": section.key}, filters))
    if feeds and translation_restricted(page):
        return []  # no feed of a page behind a view restriction in one of its languages
    return feeds


@register.simple_tag(takes_context=True)
def feed_links(context, page=None):
    """One entry per feed and format: ``{"type", "group", "format", "title", "url"}``; the listing's filters are kept.

    ``group`` is what the feed is about (the page's title, "Events"), ``format`` the short name of the link
    ("RSS", "Atom", "Calendar (.ics)"), ``title`` both together for the ``<link>``.
    """
    request = context.get("request")
    links = []
    for title, prefix, kwargs, filters in page_feeds(page, request.GET if request is not None else None):
        query = f"?{filters}" if filters else ""
        for name, content_type, label in FORMATS:
            url = reverse(f"{prefix}_{name}", kwargs=kwargs)
            links.append(
                {
                    "type": content_type,
                    "group": title,
                    "format": label,
                    "title": gettext("%(title)s (%(format)s feed)") % {"title": title, "format": label},
                    "url": url + query,
                }
            )
        if kwargs.get("kind") == "events":
            links.append(
                {
                    "type": "text/calendar",
                    "group": title,
                    "format": gettext("Calendar (.ics)"),
                    "title": gettext("%(title)s (iCalendar)") % {"title": title},
                    "url": reverse("events_calendar") + query,
                }
            )
    return links


@register.simple_tag
def follow_url(page):
    """The address of the form to follow ``page`` (a country, region or theme) by email, else ""."""
    for target in TAG_TARGETS.values():
        if page is not None and type(page) is target.model:
            return reverse("feeds_follow", kwargs={"kind": target.key, "value": target.value(page)})
    return ""
