"""The choropleth map of one indicator: classes, legend, text alternative and the SVG's shapes.

The shapes are ``observatory/world_map.json`` (Natural Earth 1:110m countries, public domain, via
the npm package world-atlas, ISC; built by ``observatory/build_map.py``). The map is its own SVG
document (``map/svg/`` below the observatory page, cached like the page): at 52 KB of shapes it
would double the page. The page shows it as an image whose text alternative is the summary, with
the legend in HTML and a table of the countries in each class beside it; the values themselves are
in the page's main table. Classes differ by colour *and* pattern (never colour alone): five fixed
classes of a percentage (0–20 … 80–100), else five equal classes up to a round maximum; countries
without a figure are hatched.
"""

import json
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.utils.translation import gettext

from observatory import charts
from observatory import places as places_module
from observatory.query import NumberFormat, format_value
from portal.collation import sort_key

SHAPES_FILE = Path(__file__).with_name("world_map.json")
CLASSES = 5
# The fills of the classes and of "no data" (patterns defined in templates/observatory/map_svg.html),
# as attributes rather than a style sheet: the SVG opened on its own is under the site's CSP.
FILLS = ("#deebf7", "url(#p1)", "url(#p2)", "url(#p3)", "#08519c")
NO_DATA_FILL = "url(#pn)"


@cache
def shapes():
    return json.loads(SHAPES_FILE.read_text(encoding="utf-8"))


@dataclass
class MapClass:
    index: int  # 0 … CLASSES-1; observatory.css has .obs-swatch--N
    low: Decimal
    high: Decimal
    label: str
    fill: str
    countries: list = field(default_factory=list)  # [(name, country page URL or "")], in the reader's collation


@dataclass
class Choropleth:
    indicator: object
    year: int | None
    classes: list
    shapes: list  # [(iso3, title, d, fill)]
    missing: list  # [(name, URL)] of the countries on the map without a figure
    summary: str
    width: int
    height: int


def breaks(indicator, values):
    """The upper bounds of the classes: fifths of 100 for a percentage scale, else of a round top."""
    top = Decimal(indicator.scale_max) if indicator.scale_max else charts.nice_top(max(values, default=Decimal(0)))
    top = max([top, *values]) if values else top
    return [top * part / CLASSES for part in range(1, CLASSES + 1)]


def class_of(value, bounds):
    for index, bound in enumerate(bounds):
        if value <= bound:
            return index
    return len(bounds) - 1


def choropleth(indicator, cells, places, language, year=None):
    """``cells``: {iso3: Cell(year, value, illustrative)} of ``indicator`` → a Choropleth."""
    values = [cell.value for cell in cells.values()]
    bounds = breaks(indicator, values)
    decimals = 0 if all(bound == bound.to_integral_value() for bound in bounds) else indicator.decimals
    classes = []
    low = Decimal(0)
    for index, high in enumerate(bounds):
        label = gettext("%(low)s to %(high)s") % {
            "low": format_value(low, decimals),
            "high": format_value(high, decimals),
        }
        classes.append(MapClass(index, low, high, label, FILLS[index]))
        low = high

    def name(code):
        place = places.get(code)
        return place.name if place else places_module.iso_name(code, language)

    def url(code):
        place = places.get(code)
        return place.url if place else ""

    number = NumberFormat()  # one figure per country: the separators read once
    drawn = []
    missing = []
    for shape in shapes()["countries"]:
        code = shape["iso3"]
        cell = cells.get(code) if code else None
        title = name(code) if code else shape["name"]
        if cell is None:
            drawn.append((code, gettext("%(country)s: no data") % {"country": title}, shape["d"], NO_DATA_FILL))
            if code:
                missing.append((title, url(code)))
            continue
        index = class_of(cell.value, bounds)
        classes[index].countries.append((title, url(code)))
        figure = number(cell.value, indicator.decimals)
        text = gettext("%(country)s: %(value)s %(unit)s (%(year)s)") % {
            "country": title,
            "value": figure,
            "unit": indicator.unit,
            "year": cell.year,
        }
        drawn.append((code, text, shape["d"], FILLS[index]))
    for item in classes:
        item.countries.sort(key=lambda pair: sort_key(pair[0], language))
    missing.sort(key=lambda pair: sort_key(pair[0], language))
    return Choropleth(
        indicator,
        year,
        classes,
        drawn,
        missing,
        summary(indicator, cells, places, year, classes),
        shapes()["width"],
        shapes()["height"],
    )


def summary(indicator, cells, places, year, classes):
    """The map in words (the image's text alternative): what it shows, the extremes, the classes."""
    when = str(year) if year else gettext("latest available year")
    head = gettext("World map of %(indicator)s (%(unit)s), %(when)s.") % {
        "indicator": indicator.name,
        "unit": indicator.unit,
        "when": when,
    }
    if not cells:
        return " ".join([head, gettext("No country has a figure.")])
    ordered = sorted(cells.items(), key=lambda item: item[1].value)
    (low_code, low_cell), (high_code, high_cell) = ordered[0], ordered[-1]

    def name(code):
        place = places.get(code)
        return place.name if place else code

    parts = [
        head,
        gettext("%(count)s countries have a figure.") % {"count": len(cells)},
        gettext("Highest: %(country)s, %(value)s. Lowest: %(other)s, %(other_value)s.")
        % {
            "country": name(high_code),
            "value": format_value(high_cell.value, indicator.decimals),
            "other": name(low_code),
            "other_value": format_value(low_cell.value, indicator.decimals),
        },
    ]
    parts.extend(
        gettext("%(range)s: %(count)s countries.") % {"range": item.label, "count": len(item.countries)}
        for item in classes
    )
    return " ".join(parts)
