"""Search facets: content type, country, theme and year, counted from the results themselves.

The counts come from the same list of page ids as the results list, not from a search
backend's facet API, so they agree with the results on every backend (database,
Elasticsearch, OpenSearch). Each facet is counted over the results filtered by every
*other* selected facet: the number next to a value is exactly the number of results
that choosing it gives (choosing a value replaces the facet's current one).

Facet values in URLs: ``type`` is the page model (``news.eventpage``), ``country`` the
ISO code, ``theme`` the slug of the theme page in the reader's language, ``year`` the year.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import ForeignKey
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_page_models

from portal.models import TaggedPage

FACETS = (
    ("type", _("Type")),
    ("country", _("Country")),
    ("theme", _("Theme")),
    ("year", _("Year")),
)
FACET_NAMES = tuple(name for name, _label in FACETS)

# Pages with a date or year of their own are counted by it rather than by their first
# publication (the same fields the listings filter by year). EventPage inherits ``date``
# (its start date) from NewsPage.
OWN_YEAR_FIELDS = {
    "casestudies.CaseStudyPage": "implemented_since",
    "resources.ResourcePage": "year",
    "news.NewsPage": "date",
}

MIN_YEAR, MAX_YEAR = 1000, 9999


@dataclass
class PageFacts:
    """What one result counts under, in each facet."""

    type: str = ""
    year: int | None = None
    countries: set = field(default_factory=set)  # ISO codes
    themes: set = field(default_factory=set)  # translation keys of theme pages

    def values(self, name):
        if name == "type":
            return [self.type] if self.type else []
        if name == "year":
            return [self.year] if self.year else []
        return self.countries if name == "country" else self.themes


def type_key(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def type_label(model):
    name = str(model._meta.verbose_name)
    return name[:1].upper() + name[1:]


def page_types():
    """Every page model by its facet value (``app_label.modelname``)."""
    return {type_key(model): model for model in get_page_models()}


def _tagging_models():
    """The page models that declare the countries/themes tags (not their multi-table children)."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, TaggedPage) and model._meta.get_field("countries").model is model
    ]


def _main_country_field(model):
    """A ``country`` foreign key to CountryPage (a case study's main country) counts as a country tag.

    It does in the listings too: see ``CaseStudyPage.extra_tag_condition``.
    """
    try:
        country = model._meta.get_field("country")
    except FieldDoesNotExist:
        return None
    if isinstance(country, ForeignKey) and country.related_model._meta.label == "countries.CountryPage":
        return "country__iso_code"
    return None


def collect_facts(ids):
    """{page id: PageFacts} for the pages ``ids``, in a fixed number of queries."""
    facts = {}
    rows = Page.objects.filter(pk__in=ids).values_list("pk", "content_type_id", "first_published_at")
    for pk, content_type_id, first_published_at in rows:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        facts[pk] = PageFacts(
            type=type_key(model) if model else "", year=first_published_at.year if first_published_at else None
        )
    for label, field_name in OWN_YEAR_FIELDS.items():
        for pk, value in apps.get_model(label).objects.filter(pk__in=ids).values_list("pk", field_name):
            if value:
                facts[pk].year = value.year if isinstance(value, datetime.date) else int(value)
    for model in _tagging_models():
        tagged = model.objects.filter(pk__in=ids)
        for pk, iso_code in tagged.filter(countries__isnull=False).values_list("pk", "countries__iso_code"):
            facts[pk].countries.add(iso_code)
        for pk, key in tagged.filter(themes__isnull=False).values_list("pk", "themes__translation_key"):
            facts[pk].themes.add(key)
        main_country = _main_country_field(model)
        if main_country:
            for pk, iso_code in tagged.exclude(**{main_country: None}).values_list("pk", main_country):
                facts[pk].countries.add(iso_code)
    return facts


def matches(page_facts, selected, skip=None):
    """True when the page has every selected facet value (except the facet ``skip``)."""
    for name, value in selected.items():
        if name == skip or value in (None, ""):
            continue
        if page_facts is None or value not in page_facts.values(name):
            return False
    return True


def filter_ids(ids, facts, selected):
    return [pk for pk in ids if matches(facts.get(pk), selected)]


def count(ids, facts, selected):
    """{facet name: Counter(value -> number of results)}; each facet ignores its own selection."""
    counts = {name: Counter() for name in FACET_NAMES}
    for pk in ids:
        page_facts = facts.get(pk)
        if page_facts is None:
            continue
        for name in FACET_NAMES:
            if matches(page_facts, selected, skip=name):
                counts[name].update(page_facts.values(name))
    return counts


@dataclass
class Choices:
    """The facet values a reader may choose in a locale: URL value -> label, and theme slug <-> key."""

    types: dict
    countries: dict
    themes: dict  # slug -> title
    theme_keys: dict  # slug -> translation key

    @classmethod
    def for_locale(cls, locale):
        from countries.models import CountryPage
        from themes.models import ThemePage

        types = {key: type_label(model) for key, model in page_types().items()}
        # Names in the reader's language (else another's), from live public pages only.
        countries = {}
        country_pages = CountryPage.objects.live().public().order_by("title")
        for language_code, iso_code, title in country_pages.values_list("locale__language_code", "iso_code", "title"):
            if language_code == locale.language_code or iso_code not in countries:
                countries[iso_code] = title
        themes, theme_keys = {}, {}
        for slug, title, key in (
            ThemePage.objects.live().public().filter(locale=locale).values_list("slug", "title", "translation_key")
        ):
            themes[slug] = title
            theme_keys[slug] = key
        return cls(types=types, countries=countries, themes=themes, theme_keys=theme_keys)

    def to_selection(self, cleaned):
        """The form's cleaned values as facet values of PageFacts (theme slug -> translation key)."""
        selected = {name: cleaned.get(name) for name in FACET_NAMES if cleaned.get(name)}
        if "theme" in selected:
            selected["theme"] = self.theme_keys[selected["theme"]]
        return selected

    def display(self, counts, selected_values):
        """The facets as the template shows them: [{name, label, values: [{value, label, count, selected}]}].

        Only values the reader can choose are shown; a selected value is shown even at zero.
        ``selected_values`` are URL values (theme slugs).
        """
        key_to_slug = {key: slug for slug, key in self.theme_keys.items()}
        facets = []
        for name, label in FACETS:
            found = counts[name]
            current = selected_values.get(name)
            values = []
            for value, number in found.items():
                url_value, value_label = self._url_value(name, value, key_to_slug)
                if url_value is not None:
                    values.append({"value": url_value, "label": value_label, "count": number})
            if current and not any(str(item["value"]) == str(current) for item in values):
                _url, current_label = self._url_value(name, current, key_to_slug, from_url=True)
                values.append({"value": current, "label": current_label, "count": 0})
            for item in values:
                item["selected"] = str(item["value"]) == str(current)
            if name == "year":
                values.sort(key=lambda item: -int(item["value"]))
            else:
                values.sort(key=lambda item: (-item["count"], str(item["label"]).casefold()))
            if values:
                facets.append({"name": name, "label": label, "values": values, "selected": current})
        return facets

    def _url_value(self, name, value, key_to_slug, from_url=False):
        if name == "type":
            return (value, self.types[value]) if value in self.types else (None, None)
        if name == "country":
            return (value, self.countries[value]) if value in self.countries else (None, None)
        if name == "theme":
            slug = value if from_url else key_to_slug.get(value)
            return (slug, self.themes[slug]) if slug in self.themes else (None, None)
        return value, str(value)
