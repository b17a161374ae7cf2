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

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import DateField, F, ForeignKey, IntegerField, Value
from django.db.models.functions import Cast, ExtractYear
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models

from portal import shared_data
from portal.collation import sorted_choices
from portal.models import page_type_name
from portal.visibility import restricted_paths
from search.ids import IdIn
from search.tag_pages import read_tag_pages, tag_codes, tag_pages, tagging_models

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


def _year_rows(models):
    """Per year field of ``year_fields()`` (by its position), the rows (page id, "y<position>", year)
    of the pages of ``models`` ({page model: [ids]}) whose type has that field, as querysets.

    A document's publication year, an event's or a news item's date, a good practice's
    start: what a reader means by "2024". Pages without one (countries, themes, sections)
    have no year: the date the portal first published them says nothing about their
    subject. Each field is read from its own table for the ids of its page types only.
    """
    queries = []
    for position, (owner, field_name) in enumerate(year_fields()):
        ids = [pk for page_model, pks in models.items() if issubclass(page_model, owner) for pk in pks]
        if not ids:
            continue
        is_date = isinstance(owner._meta.get_field(field_name), DateField)
        year = Cast(ExtractYear(field_name) if is_date else F(field_name), IntegerField())
        queries.append(
            owner._base_manager.filter(IdIn("pk", ids))
            .order_by()
            .annotate(kind=Value(f"y{position}"), value=year)
            .values_list("pk", "kind", "value")
        )
    return queries


def _tag_rows(models):
    """(page id, "c" or "t", id of the tagged country or theme page) for the pages of ``models``, as querysets.

    The tag tables (and a case study's main country, see ``_main_country_field``), each for
    the ids of its own page types, read alone: the tagged pages' ISO codes and translation
    keys come from ``tag_pages``. Every tagged page counts, in any locale and state; only
    the values in the reader's ``Choices`` are ever shown.
    """
    queries = []
    for model in tagging_models():
        ids = [pk for page_model, pks in models.items() if issubclass(page_model, model) for pk in pks]
        if not ids:
            continue
        for relation, kind in (("countries", "c"), ("themes", "t")):
            field = model._meta.get_field(relation)
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            tags = field.remote_field.through.objects.filter(IdIn(f"{source}_id", ids)).order_by()
            queries.append(tags.annotate(kind=Value(kind)).values_list(f"{source}_id", "kind", f"{target}_id"))
        main_country = _main_country_field(model)
        if main_country:
            own = model._base_manager.filter(IdIn("pk", ids)).exclude(**{main_country: None}).order_by()
            queries.append(own.annotate(kind=Value("c")).values_list("pk", "kind", main_country))
    return queries


def collect_facts(pages, ids):
    """{page id: PageFacts} for those of the pages ``ids`` that are in ``pages`` (a Page queryset).

    Two queries, whatever the number of results and page types: the pages (their type), then
    one ``UNION ALL`` of the years and the country and theme tags of those that have them,
    each read from its own table by the ids of its page types. The tagged pages' codes come
    from ``tag_pages`` (shared data, which the search page's choices read too; one more query
    for a page tagged since without a publish). For 1,000 results at 10,000 pages per language, PostgreSQL spends 0.2 ms
    planning and 1.8 running the first, 0.3 and 3.6 the second; when the years were joined to
    the pages and the codes to the tags, 0.4 and 4.7, then 2.9 and 7.0.
    """
    facts, models = {}, {}
    if not ids:
        return facts
    types = {}  # content type id -> (model, facet value)
    for pk, content_type_id in pages.filter(IdIn("pk", ids)).order_by().values_list("pk", "content_type_id"):
        if content_type_id not in types:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            types[content_type_id] = (model, type_key(model) if model else "")
        model, page_type = types[content_type_id]
        facts[pk] = PageFacts(type=page_type)
        if model is not None:
            models.setdefault(model, []).append(pk)
    # The tag rows first: the union's columns are the first query's, and plain columns need no
    # conversion (a year's integer cast would have Django convert every row).
    queries = _tag_rows(models) + _year_rows(models)
    if not queries:
        return facts
    rows = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
    codes = tag_codes()
    years = {}  # page id -> (position of the year field, year): the last field with a year wins
    unknown = []  # tags whose page's code is not kept (the raw path, or a page tagged since)
    for pk, kind, value in rows:
        if kind == "c" or kind == "t":
            code = codes.get(value)
            if code is None:
                unknown.append((pk, kind, value))
            elif kind == "c":
                facts[pk].countries.add(code)
            else:
                facts[pk].themes.add(code)
        elif value:
            position = int(kind[1:])
            if position >= years.get(pk, (-1, None))[0]:
                years[pk] = (position, value)
    if unknown:
        codes = {page.pk: page.code for page in read_tag_pages({value for _pk, _kind, value in unknown})}
        for pk, kind, value in unknown:
            if value in codes:  # else deleted since the rows were read
                (facts[pk].countries if kind == "c" else facts[pk].themes).add(codes[value])
    for pk, (_position, year) in years.items():
        facts[pk].year = int(year)
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
        types = {key: type_label(model) for key, model in page_types().items()}
        # Names in the reader's language (else another's), from live public pages only.
        restricted = restricted_paths()
        listed = sorted((page for page in tag_pages() if page.is_public(restricted)), key=lambda page: page.title)
        countries, themes, theme_keys = {}, {}, {}
        for page in listed:
            if page.kind == "c":
                if page.language == locale.language_code or page.code not in countries:
                    countries[page.code] = page.title
            elif page.language == locale.language_code:
                themes[page.slug] = page.title
                theme_keys[page.slug] = page.code
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
