"""What readers see: the observatory page (table, filters, sorting, comparison chart, exports) and
the indicator panel on country pages, in the reader's language and number format."""

import csv
import io
import json
from decimal import Decimal

import pytest
from wagtail.test.utils import WagtailPageTestCase

from countries.models import CountryPage
from home.models import HomePage
from observatory.models import IndicatorValue, ObservatoryPage
from tests.factories import CountryPageFactory, RegionPageFactory
from tests.factories.observatory import IndicatorValueFactory, ObservatoryPageFactory, indicators

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

COMPARE = "?indicator=COV_OLD_AGE&country=URY&country=PRY&country=ARG&start=2010&end=2024"


@pytest.fixture(scope="module")
def scene(trees, django_db_blocker):
    with django_db_blocker.unblock():
        indicators()
        IndicatorValue.objects.all().delete()  # the demo's figures, if the demo is loaded
        south = trees.add(RegionPageFactory, "regions", title="Cono Sur", slug="cono-sur", fr={"title": "Cône Sud"})
        uruguay = trees.add(
            CountryPageFactory, "countries", title="Uruguay", iso_code="UY", region=south["es"], fr={"title": "Uruguay"}
        )
        draft = CountryPageFactory(
            parent=trees.section("countries"), title="Paraguay borrador secreto", iso_code="PY", publish=False
        )
        observatory = trees.add(
            ObservatoryPageFactory,
            trees.home(),
            fr={"title": "Observatoire", "slug": "observatoire", "intro": "La couverture."},
        )
        for year, value in ((2010, "60.5"), (2015, "70.25"), (2024, "81.4")):
            IndicatorValueFactory(country="URY", year=year, value=Decimal(value))
        for year, value in ((2010, "20"), (2024, "35.5")):
            IndicatorValueFactory(country="PRY", year=year, value=Decimal(value))
        IndicatorValueFactory(country="ARG", year=2024, value=Decimal("90.1"), illustrative=True)
        IndicatorValueFactory(
            country="URY", indicator_code="EXP_TOTAL_GDP", year=2022, value=Decimal("1234.5"), source="SPER"
        )
    return {"uruguay": uruguay, "draft": draft, "observatory": observatory, "south": south}


def test_the_observatory_page_sits_under_the_home_page_only():
    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(ObservatoryPage, {HomePage})
    case.assertAllowedSubpageTypes(ObservatoryPage, {})


def test_french_comparison_names_countries_formats_numbers_and_describes_the_chart(client, scene):
    page = scene["observatory"]["fr"]
    response = client.get(page.url + COMPARE)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="img"' in html and "<polyline" in html
    # The live country page's title and link; an ISO name for a country whose page is a draft.
    assert f'href="{scene["uruguay"]["fr"].url}"' in html
    assert "Paraguay" in html and "borrador secreto" not in html
    assert "Argentine" in html  # no country page at all: the French ISO 3166 name
    # French number format in the data table and the text alternative.
    assert "70,2" in html or "70,3" in html
    assert "de 60,5 en 2010 à 81,4 en 2024" in html
    assert "1\xa0234,5" in html  # the table, with a grouping space
    assert "Illustrative figures for the demo" not in html  # French page
    assert "Chiffres illustratifs pour la démo" in html
    assert "/comparison/csv/?indicator=COV_OLD_AGE&amp;country=ARG&amp;country=PRY&amp;country=URY" in html


def test_sorting_by_an_indicator_is_done_on_the_server(client, scene):
    url = scene["observatory"]["es"].url
    descending = client.get(url + "?sort=COV_OLD_AGE&dir=desc").content.decode()
    assert descending.index("Argentina") < descending.index("Uruguay") < descending.index("Paraguay")
    ascending = client.get(url + "?sort=COV_OLD_AGE&dir=asc").content.decode()
    assert ascending.index("Paraguay") < ascending.index("Uruguay") < ascending.index("Argentina")
    assert 'aria-sort="ascending"' in ascending


def test_filters_by_region_and_year(client, scene):
    url = scene["observatory"]["es"].url
    html = client.get(url + "?region=cono-sur").content.decode()
    table = html.split('id="table"')[1].split('id="comparison"')[0]
    assert "Uruguay" in table and "Argentina" not in table
    html = client.get(url + "?year=2010").content.decode()
    table = html.split('id="table"')[1].split('id="comparison"')[0]
    assert "60,5" in table and "81,4" not in table and "Argentina" not in table


def test_a_wrong_parameter_is_reported_and_ignored(client, scene):
    response = client.get(scene["observatory"]["en"].url + "?year=1492&sort=nonsense&region=atlantis")
    assert response.status_code == 200
    html = response.content.decode()
    assert "were not understood" in html and 'id="obs-invalid"' in html
    # The two selects marked invalid point at that notice and show what the table shows.
    region = html.split('<select name="region"')[1].split("</select>")[0]
    year = html.split('<select name="year" id="id_year"')[1].split("</select>")[0]
    for select in (region, year):
        assert 'aria-invalid="true" aria-describedby="obs-invalid"' in select
        assert '<option value="" selected>' in select or "selected" not in select
    assert 'value="" selected' in region and "atlantis" not in region
    assert "1492" not in year
    valid = client.get(scene["observatory"]["en"].url + "?year=2010&region=cono-sur").content.decode()
    assert "aria-invalid" not in valid and 'id="obs-invalid"' not in valid
    assert '<option value="2010" selected>' in valid and '<option value="cono-sur" selected>' in valid


def test_csv_export_names_its_selection_and_version(client, scene):
    page = scene["observatory"]["fr"]
    response = client.get(page.url + "comparison/csv/" + COMPARE)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    version = IndicatorValue.objects.latest("updated_at").updated_at.date().isoformat()
    assert f"observatory-comparison-COV_OLD_AGE-ARG-PRY-URY-2010-2024-v{version}.csv" in response["Content-Disposition"]
    assert f"version={version}" in response["Link"] and 'rel="cite-as"' in response["Link"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [(row["country_iso3"], row["year"], row["value"]) for row in rows] == [
        ("ARG", "2024", "90.1"),
        ("PRY", "2010", "20"),
        ("PRY", "2024", "35.5"),
        ("URY", "2010", "60.5"),
        ("URY", "2015", "70.25"),
        ("URY", "2024", "81.4"),
    ]
    names = {row["country"] for row in rows}
    assert "Paraguay borrador secreto" not in names and "Paraguay" in names
    assert rows[0]["illustrative"] == "yes"


def test_json_export_of_the_table(client, scene):
    response = client.get(scene["observatory"]["en"].url + "table/json/?year=2024")
    body = json.loads(response.content)
    assert body["selection"] == {"region": None, "year": 2024}
    assert body["data_version"] and body["citable_url"].endswith(f"version={body['data_version']}")
    assert {(record["country_iso3"], record["indicator"]) for record in body["records"]} == {
        ("URY", "COV_OLD_AGE"),
        ("PRY", "COV_OLD_AGE"),
        ("ARG", "COV_OLD_AGE"),
    }


def test_country_page_shows_its_indicator_panel(client, scene):
    html = client.get(scene["uruguay"]["fr"].url).content.decode()
    assert "Indicateurs clés" in html
    assert "81,4" in html and "2024" in html
    assert "World Social Protection Report 2024-26" in html and "Table B.9" in html
    assert "obs-spark" in html
    assert "de 60,5 en 2010 à 81,4 en 2024" in html
    assert f'href="{scene["observatory"]["fr"].url}?country=URY#comparison"' in html


def test_a_country_without_figures_has_no_panel(client, scene, trees):
    chile = CountryPageFactory(parent=trees.section("countries"), title="Nueva Zelandia de prueba", iso_code="NZ")
    assert "section-indicators" not in client.get(chile.url).content.decode()
    assert CountryPage.objects.filter(pk=chile.pk).exists()


# --- the map ---------------------------------------------------------------------------------------
def test_the_map_is_an_image_with_legend_text_alternative_and_class_table(client, scene):
    page = scene["observatory"]["fr"]
    html = client.get(page.url + "?map=COV_OLD_AGE").content.decode()
    section = html.split('id="map"')[1]
    assert f'src="{page.url}map/svg/?map=COV_OLD_AGE&amp;version=' in section
    assert 'aria-describedby="map-summary"' in section and "alt=" in section
    # French number format and words in the legend, the summary and the classes' table.
    assert "80 à 100" in section and "0 à 20" in section
    assert "Le plus élevé : Argentine, 90,1." in section
    classes = section.split('id="map-caption"')[1]
    top = classes.split("</tr>")[1]  # the first row of the body: the highest class
    assert "80 à 100" in top and "Argentine" in top and f'href="{scene["uruguay"]["fr"].url}">Uruguay</a>' in top
    assert "Paraguay" in classes.split("</tr>")[4]  # 35,5: the class 20 à 40
    assert "borrador secreto" not in html
    assert "Natural Earth" in section


def test_the_map_svg_has_a_title_a_description_and_each_country_titled(client, scene):
    page = scene["observatory"]["fr"]
    response = client.get(page.url + "map/svg/?map=COV_OLD_AGE")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    svg = response.content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in svg and 'lang="fr"' in svg
    assert '<title id="map-title">' in svg and '<desc id="map-desc">' in svg
    assert '<path fill="#08519c" d="' in svg  # Argentina and Uruguay, 80 to 100
    assert "<title>Uruguay : 81,4 % (2024)</title>" in svg
    assert "<title>Argentine : 90,1 % (2024)</title>" in svg
    assert '<path fill="url(#pn)"' in svg and "aucune donnée" in svg
    # A year with no figure for Argentina: its shape is hatched (no data), not coloured.
    svg_2010 = client.get(page.url + "map/svg/?map=COV_OLD_AGE&year=2010").content.decode()
    argentina = svg_2010.split("Argentine")[0].rsplit("<path", 1)[1]
    assert 'fill="url(#pn)"' in argentina


def test_the_map_of_an_unknown_indicator_falls_back_and_says_so(client, scene):
    page = scene["observatory"]["en"]
    html = client.get(page.url + "?map=NOPE").content.decode()
    assert "were not understood" in html and 'id="map-summary"' in html
    assert client.get(page.url + "map/svg/?map=NOPE").status_code == 200  # the default indicator's map


# --- versions ------------------------------------------------------------------------------------
def test_a_cited_old_version_gives_todays_figures_with_a_note(client, scene):
    page = scene["observatory"]["fr"]
    today = IndicatorValue.objects.latest("updated_at").updated_at.date().isoformat()
    old = client.get(page.url + "comparison/csv/" + COMPARE + "&version=2001-02-03")
    text = old.content.decode()
    first, rest = text.split("\n", 1)
    assert first.startswith("# ") and "2001-02-03" in first and today in first
    rows = list(csv.DictReader(io.StringIO(rest)))
    assert len(rows) == 6 and all(row["changed_since_cited"] == "yes" for row in rows)
    assert all(row["updated"] == today for row in rows)
    assert old["X-Cited-Version"] == "2001-02-03" and f"version={today}" in old["Link"]

    current = client.get(page.url + "comparison/csv/" + COMPARE + f"&version={today}").content.decode()
    assert current.startswith("country_iso3,")
    assert all(row["changed_since_cited"] == "" for row in csv.DictReader(io.StringIO(current)))

    body = client.get(page.url + "comparison/json/" + COMPARE + "&version=2001-02-03").json()
    assert body["revised_since_requested"] is True and body["requested_version"] == "2001-02-03"
    assert "2001-02-03" in body["note"] and body["records"][0]["changed_since_cited"] is True
    body = client.get(page.url + "comparison/json/" + COMPARE + f"&version={today}").json()
    assert body["revised_since_requested"] is False and body["note"] is None


def test_the_page_opened_at_a_cited_version_says_the_figures_changed(client, scene):
    page = scene["observatory"]["fr"]
    html = client.get(page.url + COMPARE + "&version=2001-02-03").content.decode()
    assert "Cette adresse cite la version des données du 3 février 2001" in html
    today = IndicatorValue.objects.latest("updated_at").updated_at.date().isoformat()
    assert "Cette adresse cite" not in client.get(page.url + COMPARE + f"&version={today}").content.decode()
    wrong = client.get(page.url + COMPARE + "&version=hier").content.decode()
    assert "Cette adresse cite" not in wrong and 'role="status"' in wrong  # the wrong date is reported
