"""What the observatory page shows and exports, built from the query string.

``page_context`` gives the template the filter form, the table (sorted and filtered on the
server: sort links, no script), the comparison chart with its data table and text summary,
and the citable export URLs. ``export`` answers the same data as CSV or JSON. An export URL
names the indicator(s), countries, years and the data version (the date of the latest change
of the figures it contains); the file repeats them, so a citation can be checked later.
"""

import csv
import datetime
import io
import json
from collections import Counter
from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from observatory import charts, data, maps
from observatory.query import NumberFormat, ObservatoryQueryForm, format_value
from portal.collation import sort_key

MAX_COMPARED = 8  # countries in one comparison chart (observatory.css has 8 line styles)


class Selection:
    """The reader's choices, validated, with defaults for what is missing or wrong."""

    def __init__(self, page, request):
        self.language = get_language()
        self.locale_id = page.locale_id
        self.form = ObservatoryQueryForm(request.GET, locale_id=page.locale_id, language=self.language)
        form = self.form
        self.indicators = form.indicator_list
        self.by_code = {indicator.code: indicator for indicator in self.indicators}
        self.places = form.places
        self.year = form.value("year")
        self.region = form.value("region") or ""
        self.sort = form.value("sort")
        self.direction = form.value("dir")
        self.indicator = self.by_code.get(form.value("indicator"))
        self.map_indicator = self.by_code.get(form.value("map"))
        self.countries = sorted(form.value("country") or [], key=lambda code: sort_key(self.name(code), self.language))
        self.too_many = len(self.countries) > MAX_COMPARED
        self.countries = self.countries[:MAX_COMPARED]
        self.start, self.end = form.value("start"), form.value("end")
        if self.start and self.end and self.start > self.end:
            self.start, self.end = self.end, self.start

    def name(self, code):
        place = self.places.get(code)
        return place.name if place else code

    def region_key(self):
        from observatory import places

        for slug, _title, key in places.regions(self.locale_id):
            if slug == self.region:
                return key
        return None


# --- the table ----------------------------------------------------------------------------------
def build_table(selection):
    table = data.table(selection.locale_id, year=selection.year)
    rows = table.all_rows = table.rows
    key = selection.region_key()
    if key:
        rows = [
            (code, values)
            for code, values in rows
            if selection.places.get(code) and selection.places[code].region_key == key
        ]
    if selection.sort in selection.by_code:
        present = [(code, values) for code, values in rows if selection.sort in values]
        missing = [(code, values) for code, values in rows if selection.sort not in values]
        present.sort(key=lambda row: row[1][selection.sort].value, reverse=selection.direction == "desc")
        missing.sort(key=lambda row: sort_key(selection.name(row[0]), selection.language))
        rows = present + missing  # countries without the figure last, whatever the order
    else:
        rows.sort(
            key=lambda row: sort_key(selection.name(row[0]), selection.language), reverse=selection.direction == "desc"
        )
    table.rows = rows
    return table


def table_body(selection, table, usual):
    """The table's ``<tbody>`` rows as HTML, built here rather than in the template: the page
    may show thousands of cells, and Django's template engine costs about 1 ms per hundred.
    ``usual``: ``usual_years(table)`` for the latest values, else {}."""
    number = NumberFormat()
    latest = not table.year
    no_data = escape(gettext("no data"))
    lines = []
    for code, values in table.rows:
        place = selection.places.get(code)
        name = escape(place.name if place else code)
        head = f'<a href="{escape(place.url)}">{name}</a>' if place and place.url else name
        cells = []
        for indicator in table.indicators:
            cell = values.get(indicator.code)
            if cell is None:
                cells.append(f'<td class="num"><span aria-label="{no_data}">–</span></td>')
            else:
                # The column's heading gives its usual year; a cell says its own only when different.
                year = (
                    f' <span class="obs-unit">({cell.year})</span>'
                    if latest and cell.year != usual.get(indicator.code)
                    else ""
                )
                cells.append(f'<td class="num">{number(cell.value, indicator.decimals)}{year}</td>')
        lines.append(f'<tr><th scope="row">{head}</th>{"".join(cells)}</tr>')
    return mark_safe("\n".join(lines))  # noqa: S308 (every text above is escaped)


def usual_years(table):
    """{indicator code: the year most of its latest values are from} (the table's column headings)."""
    counts = {}
    for _code, values in table.rows:
        for code, cell in values.items():
            counter = counts.get(code)
            if counter is None:  # not setdefault(code, Counter()): that builds a Counter per cell
                counter = counts[code] = Counter()
            counter[cell.year] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in counts.items()}


def sort_links(selection, base_params):
    """One link per column: sorting by it ascending, or the other way when it is the current sort."""
    links = {}
    for column in ["country", *selection.by_code]:
        direction = "desc" if selection.sort == column and selection.direction == "asc" else "asc"
        params = {**base_params, "sort": column, "dir": direction}
        current = selection.direction if selection.sort == column else ""
        links[column] = ("?" + urlencode(params, doseq=True) + "#table", current)
    return links


# --- the comparison ---------------------------------------------------------------------------
def build_comparison(selection):
    indicator = selection.indicator
    if indicator is None or not selection.countries or not selection.start:
        return None
    found = data.series(indicator.code, selection.countries, selection.start, selection.end)
    series = [
        (selection.name(code), [(value.year, value.value) for value in found[code]]) for code in selection.countries
    ]
    chart = charts.line_chart(series, selection.start, selection.end, indicator.scale_max)
    years = list(range(selection.start, selection.end + 1))
    by_year = {code: {value.year: value for value in found[code]} for code in selection.countries}
    rows = [
        (year, [(code, by_year[code].get(year)) for code in selection.countries])
        for year in years
        if any(year in by_year[code] for code in selection.countries)
    ]
    values = [value for code in selection.countries for value in found[code]]
    latest = max((value.updated_at for value in values), default=None)
    return {
        "indicator": indicator,
        "countries": [(code, selection.name(code)) for code in selection.countries],
        "chart": chart,
        "rows": [
            (year, [(code, format_value(value.value, indicator.decimals) if value else "") for code, value in cells])
            for year, cells in rows
        ],
        "summary": comparison_summary(selection, indicator, found),
        "values": values,
        "version": latest.date() if latest else None,
        "illustrative": any(value.illustrative for value in values),
        "sources": sorted({(value.source, value.source_table, value.source_url) for value in values}),
    }


def comparison_summary(selection, indicator, found):
    """The chart in words, for screen readers and print: each country's first and last figure."""
    parts = []
    for code in selection.countries:
        values = found[code]
        if not values:
            parts.append(gettext("%(country)s: no data.") % {"country": selection.name(code)})
        elif len(values) == 1:
            parts.append(
                gettext("%(country)s: %(value)s in %(year)s.")
                % {
                    "country": selection.name(code),
                    "value": format_value(values[0].value, indicator.decimals),
                    "year": values[0].year,
                }
            )
        else:
            parts.append(
                gettext("%(country)s: from %(first)s in %(first_year)s to %(last)s in %(last_year)s.")
                % {
                    "country": selection.name(code),
                    "first": format_value(values[0].value, indicator.decimals),
                    "first_year": values[0].year,
                    "last": format_value(values[-1].value, indicator.decimals),
                    "last_year": values[-1].year,
                }
            )
    heading = gettext("%(indicator)s (%(unit)s), %(start)s–%(end)s.") % {
        "indicator": indicator.name,
        "unit": indicator.unit,
        "start": selection.start,
        "end": selection.end,
    }
    return " ".join([heading, *parts])


# --- the map ---------------------------------------------------------------------------------
def build_map(selection, cells=None):
    """The choropleth of the map's indicator (every country, whatever the region filter)."""
    indicator = selection.map_indicator
    if indicator is None:
        return None
    if cells is None:
        cells = data.indicator_cells(indicator.code, selection.year)
    return maps.choropleth(indicator, cells, selection.places, selection.language, selection.year)


def map_svg(page, request):
    selection = Selection(page, request)
    choropleth = build_map(selection)
    if choropleth is None:
        raise Http404
    body = render_to_string("observatory/map_svg.html", {"map": choropleth, "language": selection.language})
    return HttpResponse(body, content_type="image/svg+xml; charset=utf-8")


def map_params(selection, version=None):
    params = {"map": selection.map_indicator.code if selection.map_indicator else ""}
    if selection.year:
        params["year"] = selection.year
    if version:
        params["version"] = version.isoformat()
    return params


# --- URLs ----------------------------------------------------------------------------------------
def table_params(selection, version=None):
    params = {}
    if selection.region:
        params["region"] = selection.region
    if selection.year:
        params["year"] = selection.year
    if version:
        params["version"] = version.isoformat()
    return params


def comparison_params(selection, version=None):
    params = {
        "indicator": selection.indicator.code if selection.indicator else "",
        "country": sorted(selection.countries),
        "start": selection.start,
        "end": selection.end,
    }
    if version:
        params["version"] = version.isoformat()
    return params


def export_url(page, request, kind, fmt, params):
    route = page.reverse_subpage("export", kwargs={"kind": kind, "fmt": fmt})
    return request.build_absolute_uri(page.get_url(request) + route + "?" + urlencode(params, doseq=True))


def page_context(page, request):
    selection = Selection(page, request)
    table = build_table(selection)
    comparison = build_comparison(selection)
    choropleth = None
    if selection.map_indicator:
        code = selection.map_indicator.code
        # The map's figures are a column of the unfiltered table: no query of their own.
        choropleth = build_map(selection, {country: cells[code] for country, cells in table.all_rows if code in cells})
    current = table_params(selection)
    chosen = {
        "indicator": selection.indicator.code if selection.indicator else "",
        "map": selection.map_indicator.code if selection.map_indicator else "",
        "country": selection.countries,
        "start": selection.start or "",
        "end": selection.end or "",
    }
    exports = {}
    for fmt in ("csv", "json"):
        exports[f"table_{fmt}"] = export_url(page, request, "table", fmt, table_params(selection, table.version))
        if comparison:
            exports[f"comparison_{fmt}"] = export_url(
                page, request, "comparison", fmt, comparison_params(selection, comparison["version"])
            )
    usual = usual_years(table) if not table.year else {}
    return {
        "selection": selection,
        "form": selection.form,
        "table": table,
        "table_body": table_body(selection, table, usual),
        "usual_years": usual,
        "sort_links": sort_links(selection, {**current, **chosen}),
        "comparison": comparison,
        "map": choropleth,
        "map_url": page.get_url(request)
        + page.reverse_subpage("map_svg")
        + "?"
        + urlencode(map_params(selection, table.version)),
        "exports": exports,
        "illustrative": table.illustrative or bool(comparison and comparison["illustrative"]),
        "revised": page_revision(selection, table, comparison),
        "max_compared": MAX_COMPARED,
    }


def page_revision(selection, table, comparison):
    """(cited date, data version) when the address cites a version older than the figures shown."""
    cited = selection.form.value("version")
    versions = [version for version in (table.version, comparison and comparison["version"]) if version]
    latest = max(versions, default=None)
    return (cited, latest) if cited and latest and latest > cited else None


# --- exports -------------------------------------------------------------------------------------
COLUMNS = (
    "country_iso3",
    "country",
    "indicator",
    "indicator_name",
    "year",
    "value",
    "unit",
    "source",
    "source_table",
    "source_url",
    "notes",
    "illustrative",
    "updated",  # the date the figure last changed
    "changed_since_cited",  # "yes" when it changed after the version the URL cites
)


def revision_note(cited, version):
    """The note for a cited version older than the data: the figures given are today's."""
    if not (cited and version and version > cited):
        return ""
    return gettext(
        "These are today's figures: some changed on or before %(date)s, after the cited version of "
        "%(cited)s (see the column “changed_since_cited”)."
    ) % {"date": version.isoformat(), "cited": cited.isoformat()}


def export_records(selection, kind):
    """(records, version, description) of the table or the comparison, one record per figure."""
    if kind == "table":
        table = build_table(selection)
        order = {code: index for index, (code, _cells) in enumerate(table.rows)}
        columns = {indicator.code: index for index, indicator in enumerate(table.indicators)}
        shown = {
            (indicator_code, code, cell.year) for code, cells in table.rows for indicator_code, cell in cells.items()
        }
        values = sorted(
            (
                value
                for value in data.table_values(table.indicators, selection.year, list(order))
                if (value.indicator_code, value.country, value.year) in shown
            ),
            key=lambda value: (order[value.country], columns[value.indicator_code]),
        )
        version = table.version
        description = {"region": selection.region or None, "year": selection.year or "latest"}
    else:
        comparison = build_comparison(selection)
        values = comparison["values"] if comparison else []
        version = comparison["version"] if comparison else None
        description = {
            "indicator": selection.indicator.code if selection.indicator else None,
            "countries": sorted(selection.countries),
            "start": selection.start,
            "end": selection.end,
        }
    records = []
    cited = selection.form.value("version")
    for value in values:
        indicator = selection.by_code.get(value.indicator_code)
        updated = value.updated_at.date() if value.updated_at else None
        records.append(
            {
                "country_iso3": value.country,
                "country": selection.name(value.country),
                "indicator": value.indicator_code,
                "indicator_name": indicator.name if indicator else "",
                "year": value.year,
                "value": format(value.value.normalize(), "f"),
                "unit": indicator.unit if indicator else "",
                "source": value.source,
                "source_table": value.source_table,
                "source_url": value.source_url,
                "notes": value.notes,
                "illustrative": value.illustrative,
                "updated": updated.isoformat() if updated else "",
                "changed_since_cited": bool(cited and updated and updated > cited),
            }
        )
    return records, version, description


def export(page, request, kind, fmt):
    selection = Selection(page, request)
    records, version, description = export_records(selection, kind)
    asked = selection.form.value("version")
    params = table_params(selection, version) if kind == "table" else comparison_params(selection, version)
    citable = export_url(page, request, kind, fmt, params)
    stamp = version.isoformat() if version else "none"
    if kind == "comparison" and selection.indicator:
        parts = [selection.indicator.code, *sorted(selection.countries), f"{selection.start}-{selection.end}"]
    else:
        parts = [selection.region or "all", str(selection.year or "latest")]
    name = "-".join(["observatory", kind, *parts, f"v{stamp}"]) + f".{fmt}"
    if fmt == "json":
        body = {
            "title": str(page.title),
            "selection": description,
            "data_version": version.isoformat() if version else None,
            "requested_version": asked.isoformat() if asked else None,
            "revised_since_requested": bool(asked and version and version > asked),
            "note": revision_note(asked, version) or None,
            "citable_url": citable,
            "generated": datetime.date.today().isoformat(),
            "columns": list(COLUMNS),
            "records": records,
        }
        response = HttpResponse(
            json.dumps(body, ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8"
        )
    else:
        out = io.StringIO()
        note = revision_note(asked, version)
        if note:
            # Before the header, as a comment line: a reader of the cited file learns at once that
            # the figures are not those of the cited version.
            out.write(f"# {note}\n")
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow(
                {
                    **record,
                    "illustrative": "yes" if record["illustrative"] else "",
                    "changed_since_cited": "yes" if record["changed_since_cited"] else "",
                }
            )
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Link"] = f'<{citable}>; rel="cite-as"'
    response["X-Data-Version"] = stamp
    if asked:
        response["X-Cited-Version"] = asked.isoformat()
    return response
