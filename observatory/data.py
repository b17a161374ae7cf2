"""Reading the figures: indicators in the reader's language, latest values, tables and series.

Every function here runs a fixed number of queries whatever the number of countries,
indicators and years (the observatory page reads at most a few thousand rows).
"""

import datetime
from collections import namedtuple
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.models import Exists, Max, OuterRef, Q, Subquery
from wagtail.models import Locale

from observatory.models.indicators import Indicator, IndicatorValue
from portal import shared_data


def indicators(locale_id):
    """The indicators in the reader's language, each in the source language when not translated yet."""

    def build():
        rows = list(Indicator.objects.select_related("locale").order_by("sort_order", "code"))
        chosen = {}
        source = settings.LANGUAGE_CODE
        for row in rows:
            current = chosen.get(row.translation_key)
            if (
                row.locale_id == locale_id
                or (current is None)
                or (current.locale_id != locale_id and row.locale.language_code == source)
            ):
                chosen[row.translation_key] = row
        found = {}
        for row in sorted(chosen.values(), key=lambda item: (item.sort_order, item.code)):
            found.setdefault(row.code, row)
        return list(found.values())

    return shared_data.remember(f"observatory:indicators:{locale_id}", build)


def locale_id_for(language_code):
    locale = Locale.objects.filter(language_code=language_code).first()
    return locale.pk if locale else None


def data_version(queryset=None):
    """The date of the latest change among ``queryset``'s figures (all figures by default); None when empty."""
    queryset = IndicatorValue.published().all() if queryset is None else queryset
    latest = queryset.aggregate(latest=Max("updated_at"))["latest"]
    return latest.date() if latest else None


def _years_and_countries():
    """(years newest first, ISO3 codes in order) of the published figures."""

    def build():
        if connection.vendor == "postgresql":
            return _skip_scans()
        pairs = IndicatorValue.published().order_by().values_list("year", "country").distinct()
        found_years, found_countries = set(), set()
        for year, country in pairs:
            found_years.add(year)
            found_countries.add(country)
        return sorted(found_years, reverse=True), sorted(found_countries)

    return shared_data.remember("observatory:years-countries", build)


def _skip_scans():
    """(years newest first, countries in order) of the published figures, on PostgreSQL, in one query.

    Two recursive queries that jump from one value to the next along an index (one probe per
    value: 20 years along ``observatory_year_idx``, 200 countries along ``observatory_country_idx``)
    instead of reading every figure: ``SELECT DISTINCT year, country`` read all 48,000 figures at
    the bench's scale (30 ms; bench/README, "The observatory").
    """
    table = IndicatorValue._meta.db_table

    def walk(name, column):
        return (
            f"{name} (value) AS ("
            f" (SELECT {column} FROM {table} WHERE live ORDER BY {column} LIMIT 1)"
            f" UNION ALL"
            f" SELECT (SELECT {column} FROM {table} WHERE live AND {column} > {name}.value ORDER BY {column} LIMIT 1)"
            f" FROM {name} WHERE {name}.value IS NOT NULL)"
        )

    sql = (
        f"WITH RECURSIVE {walk('found_years', 'year')}, {walk('found_countries', 'country')}"
        " SELECT value, NULL FROM found_years WHERE value IS NOT NULL"
        " UNION ALL SELECT NULL, value FROM found_countries WHERE value IS NOT NULL"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        rows = cursor.fetchall()
    found_years = sorted((year for year, _country in rows if year is not None), reverse=True)
    return found_years, sorted(country for _year, country in rows if country is not None)


def years():
    return _years_and_countries()[0]


def countries_with_data():
    return _years_and_countries()[1]


def latest_values(queryset=None):
    """The most recent value of each indicator for each country among ``queryset``."""
    queryset = IndicatorValue.published().all() if queryset is None else queryset
    newer = IndicatorValue.published().filter(
        indicator_code=OuterRef("indicator_code"), country=OuterRef("country"), year__gt=OuterRef("year")
    )
    return queryset.filter(~Exists(newer))


@dataclass
class Table:
    """Countries × indicators: ``rows`` of (country code, {indicator code: IndicatorValue})."""

    indicators: list
    rows: list = field(default_factory=list)
    year: int | None = None
    version: datetime.date | None = None
    illustrative: bool = False


Cell = namedtuple("Cell", "year value illustrative")


def table(locale_id, year=None, countries=None):
    """Each country's value of each indicator in ``year`` (the latest one when None), as ``Cell``s.

    Read as tuples, not model instances: the page shows up to a few thousand cells.
    """
    shown = indicators(locale_id)
    values = IndicatorValue.published().filter(indicator_code__in=[indicator.code for indicator in shown])
    if countries is not None:
        values = values.filter(country__in=countries)
    newest = None
    if year:
        values = values.filter(year=year)
    elif connection.vendor == "postgresql":
        rows = _latest_rows([indicator.code for indicator in shown], countries)
        return _table_from_rows(shown, rows, year)
    else:
        # Two plain queries instead of a correlated NOT EXISTS (five times slower on SQLite at
        # 200 countries × 12 indicators × 20 years): each pair's latest year, then the figures of
        # those years, of which those that are a pair's latest are kept.
        newest = {
            (code, country): latest_year
            for code, country, latest_year in values.values("indicator_code", "country")
            .annotate(latest_year=Max("year"))
            .values_list("indicator_code", "country", "latest_year")
            .order_by()
        }
        codes_by_year = {}
        for (code, _country), latest_year in newest.items():
            codes_by_year.setdefault(latest_year, set()).add(code)
        condition = Q(pk__in=[])
        for latest_year, codes in codes_by_year.items():
            condition |= Q(year=latest_year, indicator_code__in=sorted(codes))
        values = values.filter(condition)
    rows = values.values_list("indicator_code", "country", "year", "value", "illustrative", "updated_at")
    if newest is not None:
        rows = [row for row in rows if newest.get((row[0], row[1])) == row[2]]
    return _table_from_rows(shown, rows, year)


def _table_from_rows(shown, rows, year):
    """A ``Table`` from (indicator code, country, year, value, illustrative, updated_at) rows."""
    by_country = {}
    illustrative = False
    latest = None
    for code, country, value_year, value, is_illustrative, updated_at in rows:
        by_country.setdefault(country, {})[code] = Cell(value_year, value, is_illustrative)
        illustrative = illustrative or is_illustrative
        latest = updated_at if latest is None or updated_at > latest else latest
    return Table(shown, sorted(by_country.items()), year, latest.date() if latest else None, illustrative)


def _latest_rows(codes, countries=None):
    """Each (country, indicator) pair's latest published figure, on PostgreSQL, as ``table`` reads them.

    One index probe per pair (a ``LATERAL`` subquery ordered by year, ``LIMIT 1``) over the
    countries with figures × the indicators shown, rather than ``DISTINCT ON`` over every figure,
    which PostgreSQL sorted (48,000 figures at the bench's scale: 130 ms under load against 45 ms,
    bench/README, "The observatory"). The countries come from ``countries_with_data`` (shared
    with the filter form, so no query of their own).
    """
    countries = countries_with_data() if countries is None else sorted(set(countries) & set(countries_with_data()))
    if not codes or not countries:
        return []
    table = IndicatorValue._meta.db_table
    sql = (
        "SELECT indicator.code, place.country, figure.year, figure.value, figure.illustrative, figure.updated_at"
        " FROM unnest(%s::text[]) AS place (country)"
        " CROSS JOIN unnest(%s::text[]) AS indicator (code)"
        " CROSS JOIN LATERAL ("
        f"  SELECT year, value, illustrative, updated_at FROM {table}"
        "   WHERE live AND country = place.country AND indicator_code = indicator.code"
        "   ORDER BY year DESC LIMIT 1"
        " ) AS figure"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [list(countries), list(codes)])
        return cursor.fetchall()


def indicator_cells(indicator_code, year=None):
    """{country: Cell} of one indicator: its value in ``year``, or each country's latest (the map)."""
    values = IndicatorValue.published().filter(indicator_code=indicator_code)
    if year:
        values = values.filter(year=year)
    found = {}
    # Ordered by year: each country's latest figure is the last one written.
    for country, value_year, value, is_illustrative in values.order_by("year").values_list(
        "country", "year", "value", "illustrative"
    ):
        found[country] = Cell(value_year, value, is_illustrative)
    return found


def table_values(shown, year=None, countries=None):
    """The figures of a table (see ``table``) as a queryset of IndicatorValue."""
    values = IndicatorValue.published().filter(indicator_code__in=[indicator.code for indicator in shown])
    if countries is not None:
        values = values.filter(country__in=countries)
    return values.filter(year=year) if year else latest_values(values)


def series(indicator_code, countries, year_from, year_to):
    """{country: [IndicatorValue, … by year]} of one indicator over a range of years."""
    values = (
        IndicatorValue.published()
        .filter(indicator_code=indicator_code, country__in=countries, year__gte=year_from, year__lte=year_to)
        .order_by("country", "year")
    )
    found = {country: [] for country in countries}
    for value in values:
        found[value.country].append(value)
    return found


PanelIndicator = namedtuple("PanelIndicator", "code name unit decimals sort_order")


def country_panel(iso3, locale_id, home_path=""):
    """For a country page: [(indicator, [IndicatorValue by year])] in the indicators' order, and the
    URL path of the observatory page of the locale (or None).

    Two plain queries, whatever the number of indicators and years (a country page runs a fixed,
    small number of queries, tests/portal/test_query_counts.py): the indicators in the page's
    language (``indicators``, shared with the observatory page), and the country's published
    figures with the observatory page's path as a subquery. (Reading the indicators' texts as
    correlated subqueries of the figures' query saved that query but cost more to build than it
    saved: the raw path, bench/README.)
    """
    # By label: the page model's views import this module (reader.py), so no import back.
    ObservatoryPage = apps.get_model("observatory", "ObservatoryPage")

    observatory = (
        ObservatoryPage.objects.live()
        .public()
        .filter(locale_id=locale_id, path__startswith=home_path)
        .values("url_path")[:1]
    )
    shown = indicators(locale_id)
    values = (
        IndicatorValue.published()
        .filter(country=iso3, indicator_code__in=[indicator.code for indicator in shown])
        .annotate(observatory_path=Subquery(observatory))
        .order_by("indicator_code", "year")
    )
    by_code, observatory_path = {}, None
    for value in values:
        observatory_path = value.observatory_path
        by_code.setdefault(value.indicator_code, []).append(value)
    found = []
    for indicator in shown:  # already in the indicators' order (sort order, code)
        if indicator.code in by_code:
            panel_indicator = PanelIndicator(
                indicator.code, indicator.name, indicator.unit, indicator.decimals, indicator.sort_order
            )
            found.append((panel_indicator, by_code[indicator.code]))
    return found, observatory_path
