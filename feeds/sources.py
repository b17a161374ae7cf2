"""What a feed (or a listing's calendar) lists: the rule, and where each feed's pages come from.

A feed is per language (the URL's) and lists what readers of that language see in the
section's listing or in a country, region or theme's related content, newest first:

- the listing's own pages of that language (``get_listing_queryset``, with the listing's
  filters, ``?country=EC&type=webinar``) or the page types' ``tagged_with`` (what the
  country page lists);
- a page not translated yet appears as in the listing: its placeholder of that language
  (its address in this language, its Spanish text), marked with the language it is in
  (``portal/translation_state.py``, ``shown_language``);
- never a draft (``live``), never a page behind a view restriction in any of its languages
  (the restricted section's pages in this tree, ``public()``, and the translations of a page
  restricted in another tree, whatever ``editorial/restriction_sync.py`` has done), never an
  alias of a page of the same language (a copy shown in a second place of one tree).
"""

import datetime
import heapq

from django.db.models import F, Q
from django.http import Http404
from wagtail.models import Page

from casestudies.models import CaseStudyIndexPage
from countries.models import CountryPage, RegionPage
from news.models import EventPage, NewsIndexPage
from portal import shared_data
from portal.models import ListingFilterForm, live_homes, tagged_content_models
from portal.visibility import restricted_paths
from resources.models import ResourceIndexPage
from themes.models import ThemePage

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
#: How many entries a feed carries.
FEED_ITEMS = 30
#: The filters of a listing a feed (and a listing's calendar) accepts, as the listing's form names them.
LISTING_FILTERS = ("country", "theme", "type", "year")


def in_site(queryset, locale):
    """``queryset``'s pages below the site's home page of ``locale`` (one tree per language; shared data)."""
    home = live_homes().get(locale.language_code)
    return queryset.filter(path__startswith=home.path) if home is not None else queryset.none()


class Section:
    """A feed of a listing section: ``key`` in the URL, the index page type, and an optional narrowing."""

    def __init__(self, key, index_model, *, events_only=False):
        self.key = key
        self.index_model = index_model
        self.events_only = events_only

    def index_page(self, locale):
        page = in_site(self.index_model.objects.live().public().filter(locale=locale), locale).order_by("path").first()
        if page is None or translation_restricted(page):
            raise Http404
        return page

    def queryset(self, index, filters):
        """The listing's pages of ``index`` with the listing's ``filters`` (a QueryDict); Http404 for a bad filter."""
        choices = shared_data.remember(
            f"feed-choices:{index.pk}",
            lambda: {name: list(values) for name, values in index.get_filter_choices().items()},
        )
        data = {name: filters.get(name) for name in LISTING_FILTERS if filters.get(name)}
        form = ListingFilterForm(data, choices=choices)
        unknown = set(data) - set(form.fields)
        if unknown or not form.is_valid():
            raise Http404("unknown filter")
        queryset = index.filter_listing(in_site(index.get_listing_queryset(), index.locale), form.cleaned_data)
        if self.events_only:
            queryset = queryset.filter(eventpage__isnull=False)
        return queryset


class TagTarget:
    """A feed of a country, region or theme: ``key`` in the URL, its page type and the field naming it."""

    def __init__(self, key, model, lookup):
        self.key = key
        self.model = model
        self.lookup = lookup

    def page(self, locale, value):
        if self.lookup == "iso_code":
            value = value.upper()
        page = (
            in_site(self.model.objects.live().public(), locale)
            .filter(locale=locale, **{self.lookup: value})
            .exclude(same_language_alias_q())
            .order_by("path")
            .first()
        )
        if page is None or translation_restricted(page):
            raise Http404
        return page

    def value(self, page):
        return getattr(page, self.lookup)


SECTIONS = {
    section.key: section
    for section in (
        Section("news", NewsIndexPage),
        Section("events", NewsIndexPage, events_only=True),
        Section("good-practices", CaseStudyIndexPage),
        Section("resources", ResourceIndexPage),
    )
}
TAG_TARGETS = {
    target.key: target
    for target in (
        TagTarget("country", CountryPage, "iso_code"),
        TagTarget("region", RegionPage, "slug"),
        TagTarget("theme", ThemePage, "slug"),
    )
}


def same_language_alias_q():
    """Aliases of a page of their own locale: copies of an original the feed already lists."""
    return Q(alias_of__isnull=False, alias_of__locale_id=F("locale_id"))


def restricted_translation_keys():
    """The translation keys of every page behind a view restriction, in any language (shared data)."""

    def build():
        paths = restricted_paths()
        if not paths:
            return frozenset()
        below = Q()
        for path in paths:
            below |= Q(path__startswith=path)
        return frozenset(str(key) for key in Page.objects.filter(below).values_list("translation_key", flat=True))

    return shared_data.remember("feeds-restricted-keys", build)


def translation_restricted(page):
    """True when ``page`` or one of its versions in another language is behind a view restriction."""
    return str(page.translation_key) in restricted_translation_keys()


def for_readers(queryset):
    """``queryset`` as a feed lists it: live, public in every language, no same-language copies, newest first."""
    queryset = queryset.live().public().exclude(same_language_alias_q())
    keys = restricted_translation_keys()
    if keys:
        queryset = queryset.exclude(translation_key__in=list(keys))
    # A page type's child tables (a news item's event) come in the same query.
    children = [
        relation.get_accessor_name()
        for relation in queryset.model._meta.related_objects
        if relation.one_to_one and relation.field.remote_field.parent_link
    ]
    return queryset.select_related("locale", "alias_of__locale", *children).order_by("-first_published_at", "-pk")


def section_items(section, index, filters, limit=FEED_ITEMS):
    return list(for_readers(section.queryset(index, filters))[:limit])


#: How many events a listing's calendar file carries at most (the latest by start date).
CALENDAR_EVENTS = 500


def section_events(section, index, filters, limit=CALENDAR_EVENTS):
    """The events of a listing section with its ``filters``, as whole events, latest start first."""
    listed = section.queryset(index, filters).filter(eventpage__isnull=False).values("pk")
    events = for_readers(EventPage.objects.filter(pk__in=listed)).order_by("-start_date", "-pk")
    return list(events[:limit])


def tagged_items(tag_page, locale, limit=FEED_ITEMS, since=None):
    """The newest pages of every tagged page type tagged with ``tag_page`` (or below it), merged.

    ``since``: only those published (first, or again) after that moment.
    """
    querysets = [for_readers(model.tagged_with(tag_page, locale)) for model in tagged_content_models()]
    if since is not None:
        querysets = [queryset.filter(last_published_at__gt=since) for queryset in querysets]
    lists = [list(queryset[:limit]) for queryset in querysets]
    merged = heapq.merge(*lists, key=published_order, reverse=True)
    return list(merged)[:limit]


def published_at(page):
    """When ``page`` was first published in its language (an alias: when it was made), else its last publication."""
    return page.first_published_at or page.last_published_at


def published_order(page):
    return (published_at(page) or EPOCH, page.pk)
