"""The observatory's panel on country pages, and figures in the reader's number format."""

from django import template

from observatory import charts, data, places
from observatory.query import format_value

register = template.Library()


@register.filter
def figure(value, decimals=1):
    """``{{ value|figure:indicator.decimals }}``: 1 234,5 in French, 1,234.5 in English."""
    return format_value(value, int(decimals))


@register.filter
def get_item(mapping, key):
    return mapping.get(key)


@register.inclusion_tag("observatory/country_panel.html", takes_context=True)
def indicator_panel(context, page):
    """Latest figures of a country page's country, with their year, source and a trend line."""
    iso3 = places.iso3_for((getattr(page, "iso_code", "") or "").upper())
    rows = []
    if iso3:
        for indicator, values in data.country_panel(iso3, page.locale_id):
            latest = values[-1]
            rows.append(
                {
                    "indicator": indicator,
                    "latest": latest,
                    "formatted": format_value(latest.value, indicator.decimals),
                    "first": values[0],
                    "first_formatted": format_value(values[0].value, indicator.decimals),
                    "trend": charts.sparkline([(value.year, value.value) for value in values]),
                }
            )
    observatory = None
    if rows:
        from observatory.models import ObservatoryPage

        observatory = ObservatoryPage.objects.live().public().filter(locale_id=page.locale_id).first()
    return {
        "rows": rows,
        "iso3": iso3,
        "illustrative": any(row["latest"].illustrative for row in rows),
        "observatory": observatory,
        "request": context.get("request"),
    }
