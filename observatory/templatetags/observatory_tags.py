"""The observatory's panel on country pages, and figures in the reader's number format."""

from django import template

from observatory import charts, data, places
from observatory.query import format_value
from portal import shared_data

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
    rows, observatory_url = [], None
    if iso3:
        home_path = page.path[: 2 * page.steplen]  # the observatory page of the country page's own site tree
        panel, observatory_path = shared_data.remember(
            f"observatory:panel:{iso3}:{page.locale_id}:{home_path}",
            lambda: data.country_panel(iso3, page.locale_id, home_path),
        )
        for indicator, values in panel:
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
        observatory_url = sibling_url(page, observatory_path)
    return {
        "rows": rows,
        "iso3": iso3,
        "illustrative": any(row["latest"].illustrative for row in rows),
        "observatory_url": observatory_url,
        "request": context.get("request"),
    }


def sibling_url(page, url_path):
    """The URL of the page at tree path ``url_path`` in ``page``'s tree, from ``page``'s own URL and
    path (no query): both sit under the same home page, which the site serves at the language prefix."""
    if not url_path:
        return None
    own_url = page.get_url() or ""
    home_path = "/" + page.url_path.strip("/").split("/")[0] + "/"
    below_home = page.url_path[len(home_path) :]
    if not own_url.endswith(below_home):
        return None
    return own_url[: len(own_url) - len(below_home)] + url_path[len(home_path) :]
