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
