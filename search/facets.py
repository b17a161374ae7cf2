"""Search facets: content type, country, theme and year, counted from the results themselves.

The counts come from the same list of page ids as the results list, not from a search
backend's facet API, so they agree with the results on every backend (database,
Elasticsearch, OpenSearch). Each facet is counted over the results filtered by every
*other* selected facet: the number next to a value is exactly the number of results
that choosing it gives (choosing a value replaces the facet's current one).

What each page type contributes is declared on the model and read through Wagtail's
``get_page_models()``, so a new app's page type needs no change here: its facet label is
``reader_type_label`` (``portal.models.page_type_name``), its type value ``app_label.modelname``,
its year the field named by ``search_year_field``, its countries and themes the tags of
``TaggedPage`` (and a ``country`` foreign key to a country page).

Facet values in URLs: ``type`` is the page model (``news.eventpage``), ``country`` the
ISO code, ``theme`` the slug of the theme page in the reader's language, ``year`` the year.
"""

from collections import Counter
from dataclasses import dataclass, field
from uuid import UUID

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import CharField, DateField, F, ForeignKey, Value
from django.db.models.functions import Cast, ExtractYear
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_page_models

from portal import shared_data
from portal.collation import sorted_choices
from portal.models import TaggedPage, page_type_name
from search.ids import IdIn

FACETS = (
    ("type", _("Type")),
    ("country", _("Country")),
    ("theme", _("Theme")),
    ("year", _("Year")),
)
FACET_NAMES = tuple(name for name, _label in FACETS)

#: A page type declares the field that gives its own year (``date``, a year number) as
#: ``search_year_field``; the year facet counts only those pages (the same fields the
#: listings filter by year). Subclasses inherit it (an event's start date is its ``date``).
YEAR_FIELD_ATTRIBUTE = "search_year_field"

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
    return page_type_name(model)


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

    It does in the listings too: see ``CaseStudyPage.extra_tag_ids``. Returns the
    column's attribute name (``country_id``), or None.
    """
    try:
        country = model._meta.get_field("country")
    except FieldDoesNotExist:
        return None
    if isinstance(country, ForeignKey) and country.related_model._meta.label == "countries.CountryPage":
        return country.attname
    return None


def year_fields():
    """[(page model, field name)] of the page types that declare ``search_year_field``, each field once.

    A subclass that inherits the declaration (and the field) counts with its parent: the
    field is read from the model that defines it.
    """
    found = {}
    for model in get_page_models():
        name = getattr(model, YEAR_FIELD_ATTRIBUTE, None)
        if name:
            owner = model._meta.get_field(name).model
            found.setdefault((owner, name), None)
    return list(found)


def _lookup_from_page(model):
    """The path from Page to ``model`` through multi-table inheritance (``newspage``, ``newspage__eventpage``)."""
    chain = [parent for parent in reversed(model._meta.get_parent_list()) if parent is not Page]
    if model is not Page:
        chain.append(model)
    return "__".join(each._meta.model_name for each in chain)


def _year_expressions():
    """The year of each page that has one of its own (``search_year_field``), as the database gives it.

    A document's publication year, an event's or a news item's date, a good practice's
    start: what a reader means by "2024". Pages without one (countries, themes, sections)
    have no year: the date the portal first published them says nothing about their
    subject. Dates are read as their year, so that no date object is built per result.
    """
    expressions = []
    for model, field_name in year_fields():
        lookup = "__".join(filter(None, [_lookup_from_page(model), field_name]))
        is_date = isinstance(model._meta.get_field(field_name), DateField)
        expressions.append(ExtractYear(lookup) if is_date else F(lookup))
    return expressions


def _tag_rows(models):
    """(page id, "c" or "t", ISO code or theme translation key) for the pages of ``models`` ({page model: [ids]}).

    One ``UNION ALL`` query: the tag tables (and a case study's main country, see
    ``_main_country_field``), each for the ids of its own page types, joined to the tagged
    country or theme page for its ISO code or translation key. Every tagged page counts,
    in any locale and state; only the values in the reader's ``Choices`` are ever shown.
    """
    queries = []
    for model in _tagging_models():
        ids = [pk for page_model, pks in models.items() if issubclass(page_model, model) for pk in pks]
        if not ids:
            continue
        for relation, kind, value in (("countries", "c", "iso_code"), ("themes", "t", "translation_key")):
            field = model._meta.get_field(relation)
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            tags = field.remote_field.through.objects.filter(IdIn(f"{source}_id", ids)).order_by()
            tagged_value = Cast(f"{target}__{value}", CharField())
            queries.append(
                tags.annotate(kind=Value(kind), value=tagged_value).values_list(f"{source}_id", "kind", "value")
            )
        main_country = _main_country_field(model)
        if main_country:
            own = model.objects.filter(IdIn("pk", ids)).exclude(**{main_country: None}).order_by()
            country_code = Cast(f"{main_country.removesuffix('_id')}__iso_code", CharField())
            queries.append(own.annotate(kind=Value("c"), value=country_code).values_list("pk", "kind", "value"))
    if not queries:
        return []
    return queries[0].union(*queries[1:], all=True)


def collect_facts(pages, ids):
    """{page id: PageFacts} for those of the pages ``ids`` that are in ``pages`` (a Page queryset).

    At most two queries, whatever the number of results and page types: the pages (type,
    year), then the country and theme tags of those that have tags.
    """
    facts, models = {}, {}
    years = {f"year_{index}": expression for index, expression in enumerate(_year_expressions())}
    rows = pages.filter(IdIn("pk", ids)).order_by().annotate(**years)
    types = {}  # content type id -> (model, facet value)
    for pk, content_type_id, *page_years in rows.values_list("pk", "content_type_id", *years):
        if content_type_id not in types:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            types[content_type_id] = (model, type_key(model) if model else "")
        model, page_type = types[content_type_id]
        year = None
        for value in page_years:  # the page's own year, if it has one
            if value:
                year = int(value)
        facts[pk] = PageFacts(type=page_type, year=year)
        if model is not None:
            models.setdefault(model, []).append(pk)
    theme_keys = {}  # a few themes tag hundreds of results: one UUID per theme, not per tag
    for pk, kind, value in _tag_rows(models):
        if kind == "c":
            facts[pk].countries.add(value)
        else:
            key = theme_keys.get(value)
            if key is None:
                key = theme_keys[value] = UUID(value)
            facts[pk].themes.add(key)
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
    """{facet name: Counter(value -> number of results)}; each facet ignores its own selection.

    One pass: a result that has every selected value counts in every facet; one that misses
    exactly one facet's selection counts in that facet only (choosing another value there
    would list it); one that misses two or more counts nowhere. The values are gathered
    in lists and counted at the end (``Counter.update`` of a list runs in C).
    """
    selected = {name: value for name, value in selected.items() if value not in (None, "")}
    counts = {name: Counter() for name in FACET_NAMES}
    types, years, countries, themes = [], [], [], []
    for pk in ids:
        page_facts = facts.get(pk)
        if page_facts is None:
            continue
        if selected:
            missed = [name for name, value in selected.items() if value not in page_facts.values(name)]
            if len(missed) > 1:
                continue
            if missed:
                counts[missed[0]].update(page_facts.values(missed[0]))
                continue
        if page_facts.type:
            types.append(page_facts.type)
        if page_facts.year:
            years.append(page_facts.year)
        countries.extend(page_facts.countries)
        themes.extend(page_facts.themes)
    for name, values in (("type", types), ("year", years), ("country", countries), ("theme", themes)):
        counts[name].update(values)
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
        """The choices of ``locale``, labels in the active language (cached until the next publish)."""
        return shared_data.remember(
            f"search:choices:{locale.pk}:{translation.get_language()}", lambda: cls.build(locale)
        )

    @classmethod
    def build(cls, locale):
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
        language = translation.get_language()
        return cls(
            types=dict(sorted_choices(types.items(), language)),
            countries=dict(sorted_choices(countries.items(), language)),
            themes=dict(sorted_choices(themes.items(), language)),
            theme_keys=theme_keys,
        )

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
                # Most results first, then the choices' alphabetical order (``build`` sorted them).
                order = self._order(name)
                values.sort(key=lambda item: (-item["count"], order.get(item["value"], len(order))))
            if values:
                facets.append({"name": name, "label": label, "values": values, "selected": current})
        return facets

    def _order(self, name):
        choices = {"type": self.types, "country": self.countries, "theme": self.themes}[name]
        return {value: position for position, value in enumerate(choices)}

    def _url_value(self, name, value, key_to_slug, from_url=False):
        if name == "type":
            return (value, self.types[value]) if value in self.types else (None, None)
        if name == "country":
            return (value, self.countries[value]) if value in self.countries else (None, None)
        if name == "theme":
            slug = value if from_url else key_to_slug.get(value)
            return (slug, self.themes[slug]) if slug in self.themes else (None, None)
        return value, str(value)
