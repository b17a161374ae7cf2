"""The observatory page's long lists built in Python (``observatory_tags``) and the latest figures
read in one query per vendor (``observatory/data.py``): the HTML is what the template loops they
replaced wrote, and the table holds each country's newest published figure of each indicator."""

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from observatory import charts, data
from observatory.data import Cell
from observatory.models import IndicatorValue
from observatory.templatetags import observatory_tags as tags
from tests.factories.observatory import IndicatorValueFactory, indicators

CHOICES = [
    ("", gettext_lazy("Latest available")),
    ("A<B", 'Tom & "Jerry" <b>'),
    ("SAFE", mark_safe("<em>kept</em>")),  # noqa: S308 (a label already safe is not escaped twice)
    ("ARG", "Argentina"),
]
YEARS = [(2024, "2024"), (2015, "2015"), (2010, "2010")]


def render(source, **context):
    return Template(source).render(Context(context))


def old_options(choices, selected):
    # The loop the page had (templates/observatory/observatory_page.html), selected by ==.
    return render(
        '{% for value, label in choices %}<option value="{{ value }}"{% if selected == value %} selected{% endif %}>'
        "{{ label }}</option>{% endfor %}",
        choices=choices,
        selected=selected,
    )


@pytest.mark.parametrize(
    ("choices", "selected"),
    [(CHOICES, "ARG"), (CHOICES, "A<B"), (CHOICES, None), (CHOICES, ""), (YEARS, 2015), (YEARS, None), ([], "ARG")],
)
def test_select_options_write_what_the_template_loop_wrote(choices, selected):
    assert tags.select_options(choices, selected) == old_options(choices, selected)


def test_the_selected_option_is_marked_once():
    html = tags.select_options(YEARS, 2015)
    assert html.count(" selected") == 1
    assert '<option value="2015" selected>2015</option>' in html


@pytest.mark.parametrize("checked", [["ARG", "A<B"], [], None])
def test_country_checkboxes_write_what_the_template_loop_wrote(checked):
    old = render(
        '{% for value, label in choices %}<label><input type="checkbox" name="country" value="{{ value }}"'
        "{% if value in checked %} checked{% endif %}> {{ label }}</label>{% endfor %}",
        choices=CHOICES[1:],
        checked=checked or [],
    )
    assert tags.country_checkboxes(CHOICES[1:], checked) == old
    assert "Tom &amp; &quot;Jerry&quot; &lt;b&gt;" in old


@pytest.mark.parametrize(
    "pairs",
    [[("Uruguay", "/fr/pays/uruguay/"), ("Côte d'Ivoire", ""), ("<script>", '/x?a=1&b="2"')], [("Aruba", "")], []],
)
def test_place_links_write_what_the_template_loop_wrote(pairs):
    old = render(
        '{% for name, url in pairs %}{% if url %}<a href="{{ url }}">{{ name }}</a>{% else %}{{ name }}{% endif %}'
        "{% if not forloop.last %}; {% endif %}{% endfor %}",
        pairs=pairs,
    )
    assert tags.place_links(pairs) == old


def test_chart_markers_write_what_the_template_loop_wrote():
    chart = charts.line_chart(
        [("Uruguay", [(2010, Decimal("60.5")), (2015, Decimal("70.25")), (2024, Decimal("81.4"))])], 2010, 2024, 100
    )
    line = chart.lines[0]
    old = render(
        "{% for x, y, year, value in line.points %}"
        '<use href="#obs-marker-{{ line.style }}" x="{{ x|stringformat:\'.1f\' }}" y="{{ y|stringformat:\'.1f\' }}"/>'
        "{% endfor %}",
        line=line,
    )
    assert tags.chart_markers(line) == old
    assert old.count("<use ") == 3


@pytest.mark.django_db
@pytest.mark.factories
def test_the_latest_table_has_each_pairs_newest_published_figure():
    indicators()
    IndicatorValue.objects.all().delete()  # whatever other tests or the demo left
    IndicatorValueFactory(country="URY", indicator_code="COV_OLD_AGE", year=2010, value=Decimal("60.5"))
    IndicatorValueFactory(country="URY", indicator_code="COV_OLD_AGE", year=2015, value=Decimal("70.25"))
    # A newer figure waiting for review is not the latest one readers see.
    IndicatorValueFactory(country="URY", indicator_code="COV_OLD_AGE", year=2020, value=Decimal("99"), live=False)
    IndicatorValueFactory(country="URY", indicator_code="SDG_131", year=2012, value=Decimal("40"), illustrative=True)
    IndicatorValueFactory(country="PRY", indicator_code="SDG_131", year=2019, value=Decimal("35.5"))
    locale_id = indicators()["COV_OLD_AGE"].locale_id

    table = data.table(locale_id)
    assert table.rows == [
        ("PRY", {"SDG_131": Cell(2019, Decimal("35.5"), False)}),
        (
            "URY",
            {"COV_OLD_AGE": Cell(2015, Decimal("70.25"), False), "SDG_131": Cell(2012, Decimal("40"), True)},
        ),
    ]
    assert table.illustrative is True
    assert table.version is not None
    assert data.years() == [2019, 2015, 2012, 2010]
    assert data.countries_with_data() == ["PRY", "URY"]

    in_2010 = data.table(locale_id, year=2010)
    assert in_2010.rows == [("URY", {"COV_OLD_AGE": Cell(2010, Decimal("60.5"), False)})]
    assert data.table(locale_id, year=2020).rows == []
