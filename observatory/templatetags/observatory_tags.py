"""The observatory's panel on country pages, and figures in the reader's number format."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

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


# The observatory page's long lists (200 countries, every year) as HTML built here: Django's
# template engine costs about 1 ms per hundred loop items, a third of the page's time at the
# issue's scale (bench/README, "The observatory"). The output is what the loops they replace
# wrote (tests/observatory/test_fragments.py compares them).
@register.simple_tag
def select_options(choices, selected):
    """``<option>`` elements of ``choices`` [(value, label)], ``selected`` marked."""
    return mark_safe(  # noqa: S308 (values and labels are escaped)
        "".join(
            f'<option value="{conditional_escape(value)}"{" selected" if value == selected else ""}>'
            f"{conditional_escape(label)}</option>"
            for value, label in choices
        )
    )


@register.simple_tag
def country_checkboxes(choices, checked):
    """One labelled checkbox ``country`` per choice [(ISO3 code, name)], ``checked`` ticked."""
    checked = set(checked or ())
    return mark_safe(  # noqa: S308 (values and labels are escaped)
        "".join(
            f'<label><input type="checkbox" name="country" value="{conditional_escape(value)}"'
            f"{' checked' if value in checked else ''}> {conditional_escape(label)}</label>"
            for value, label in choices
        )
    )


@register.simple_tag
def place_links(pairs):
    """[(name, URL or "")] as names linked to their country page, separated by semicolons."""
    return mark_safe(  # noqa: S308 (names and URLs are escaped)
        "; ".join(
            f'<a href="{conditional_escape(url)}">{conditional_escape(name)}</a>' if url else conditional_escape(name)
            for name, url in pairs
        )
    )


@register.simple_tag
def chart_markers(line):
    """The markers of a comparison chart's line (``charts.Line``) at each of its points."""
    return mark_safe(  # noqa: S308 (numbers only)
        "".join(
            f'<use href="#obs-marker-{line.style}" x="{x:.1f}" y="{y:.1f}"/>' for x, y, _year, _value in line.points
        )
    )


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
