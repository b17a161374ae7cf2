"""``{% feed_links page %}``: the ``<link rel="alternate">`` of a page's feeds, for the page's head."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.translation import gettext

from feeds.follow import Target, member_follow_of, verified_email
from feeds.models import ContentType
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


def follow_targets_of(page):
    """The ``Target`` objects that ``page`` offers to follow: itself (a country, region, theme) or its content types."""
    if page is None or not getattr(page, "pk", None) or translation_restricted(page):
        return []
    targets = []
    for target in TAG_TARGETS.values():
        if type(page) is target.model:
            targets.append(Target(target.key, page=page))
    for section in SECTIONS.values():
        if type(page) is section.index_model and section.key in ContentType.values:
            targets.append(Target(section.key, index=page))
    return targets


@register.simple_tag(takes_context=True)
def follow_links(context, page):
    """What ``page`` offers to follow: ``[{"title", "url", "member_url", "following"}]``.

    ``following`` (True/False) only for a logged-in member with a verified address, whose page is never
    cached (``portal/page_cache.py``); None for everyone else, whose page shows the same email form link.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    member = user is not None and verified_email(user) is not None
    return [
        {
            "title": target.title,
            "url": target.follow_url(),
            "member_url": target.member_url(),
            "following": (member_follow_of(user, target) is not None) if member else None,
        }
        for target in follow_targets_of(page)
    ]
