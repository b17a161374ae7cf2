"""The observatory's journey (issue 21), in a real browser: in French, compare Ecuador, Peru and
Chile on old-age coverage from 2010 to 2024, download the CSV and cite its URL."""

import csv
import io
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def test_reader_compares_three_countries_in_french_downloads_and_cites_the_csv(portal, reader):
    page = reader
    response = page.goto(portal["urls"]["observatory", "fr"])
    assert response.status == 200
    assert page.locator("h1").inner_text().strip() == "Observatoire"
    assert page.get_by_text("Chiffres illustratifs pour la démo").first.is_visible()

    form = page.locator("#comparison form")
    form.get_by_label("Indicateur").select_option(label="Vieillesse")
    form.get_by_label("De", exact=True).select_option("2010")
    form.get_by_label("À", exact=True).select_option("2024")
    for box in form.locator("input[name=country]").all():
        box.uncheck()
    for name in ("Équateur", "Pérou", "Chili"):
        form.get_by_label(name, exact=True).check()
    form.get_by_role("button", name="Comparer").click()
    page.wait_for_url("**country=*")

    chart = page.locator("#comparison figure svg[role=img]")
    assert chart.is_visible()
    summary = page.locator("#chart-summary").inner_text()
    assert "Équateur : de" in summary and "Pérou : de" in summary and "Chili : de" in summary
    data_table = page.locator("#comparison table")
    assert data_table.locator("thead th").all_inner_texts() == ["Année", "Chili", "Équateur", "Pérou"]
    assert "," in data_table.locator("tbody td").first.inner_text()  # 75,7: the French decimal comma

    cited = page.locator(".obs-cite code").inner_text()
    assert "indicator=COV_OLD_AGE" in cited and "country=CHL&country=ECU&country=PER" in cited
    assert "start=2010&end=2024" in cited and "version=" in cited
    with page.expect_download() as download_info:
        page.locator("#comparison .obs-exports").get_by_role("link", name="CSV").click()
    download = download_info.value
    assert download.url == cited
    assert download.suggested_filename.startswith("observatory-comparison-COV_OLD_AGE-CHL-ECU-PER-2010-2024-v")
    text = Path(download.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["country_iso3"] for row in rows} == {"CHL", "ECU", "PER"}
    assert {int(row["year"]) for row in rows} == set(range(2010, 2025))
    assert all(row["illustrative"] == "yes" for row in rows)

    # The cited URL gives the same file again.
    again = page.request.get(cited)
    assert again.status == 200 and again.text() == text


def test_the_map_in_french_has_an_image_a_legend_and_a_table_without_axe_violations(portal, browser):
    """The choropleth (observatory/maps.py): its own SVG shown as an image with a text alternative,
    the legend and the countries of each class as links; axe-core finds nothing serious in it."""
    import xml.etree.ElementTree as ET

    from .conftest import DESKTOP, SCREENSHOTS, node_module

    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)  # to add axe-core's script
    page = context.new_page()
    response = page.goto(portal["urls"]["observatory", "fr"] + "?map=COV_OLD_AGE#map")
    assert response.status == 200
    section = page.locator("#map")
    image = section.locator("img")
    image.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('#map img').complete")
    assert page.evaluate("document.querySelector('#map img').naturalWidth") > 0
    assert "Carte du monde" in image.get_attribute("alt")
    assert page.locator("#map-summary").inner_text().startswith("Carte du monde de ")
    assert section.locator(".obs-map-legend li").count() == 6
    assert "80 à 100" in section.locator(".obs-map-legend").inner_text()
    # Countries of a class are links to their pages, reached with the keyboard.
    link = section.locator("table a").first
    link.focus()
    assert page.evaluate("document.activeElement.closest('#map') !== null")
    page.add_script_tag(path=str(node_module("axe-core", "axe.min.js")))
    results = page.evaluate("axe.run('#map', {resultTypes: ['violations']})")
    blocking = [v["id"] for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert not blocking, blocking
    SCREENSHOTS.mkdir(exist_ok=True)
    section.screenshot(path=str(SCREENSHOTS / "observatory-map-fr.png"))

    # The SVG itself: well-formed, titled and described, each country shape titled, in French.
    svg = page.request.get(portal["base_url"] + image.get_attribute("src"))
    assert svg.status == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    root = ET.fromstring(svg.text())
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("lang") == "fr" and root.find(f"{ns}title") is not None and root.find(f"{ns}desc") is not None
    shapes = root.findall(f"{ns}g/{ns}path")
    assert len(shapes) > 150 and all(shape.find(f"{ns}title") is not None for shape in shapes)
    assert any(" : " in shape.find(f"{ns}title").text and "%" in shape.find(f"{ns}title").text for shape in shapes)
    context.close()
