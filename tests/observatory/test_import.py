"""Importing figures from CSV (observatory/importer.py, manage.py import_indicators): every bad
line is named, nothing is half-saved, and importing the same file twice changes nothing."""

from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from observatory import importer
from observatory.models import IndicatorValue
from tests.factories.observatory import IndicatorValueFactory, indicators

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

HEADER = "country_iso3,indicator,year,value,source,source_table,source_url,notes\n"
GOOD = (
    HEADER
    + "ECU,COV_OLD_AGE,2020,55.2,WSPR 2024-26,Table B.9,https://example.org/wspr,\n"
    + "PER,COV_OLD_AGE,2020,40.1,WSPR 2024-26,Table B.9,,\n"
    + "CHL,EXP_TOTAL_GDP,2021,16.5,WSPR 2024-26,Table B.16,,provisional\n"
)


@pytest.fixture(autouse=True)
def empty_figures():
    translation.activate("en")  # the messages below are the English ones (tests start in Spanish)
    indicators()
    IndicatorValue.objects.all().delete()  # the demo may be loaded in the same session


def test_a_good_file_is_saved_and_a_second_import_changes_nothing():
    report = importer.run(GOOD)
    assert report.ok and report.saved
    assert (report.created, report.updated, report.unchanged) == (3, 0, 0)
    figure = IndicatorValue.objects.get(country="ECU", indicator_code="COV_OLD_AGE", year=2020)
    assert figure.value == Decimal("55.2") and figure.source_table == "Table B.9"
    stamps = dict(IndicatorValue.objects.values_list("pk", "updated_at"))

    again = importer.run(GOOD)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert not again.saved
    assert dict(IndicatorValue.objects.values_list("pk", "updated_at")) == stamps


def test_a_changed_figure_is_updated_and_only_it():
    importer.run(GOOD)
    report = importer.run(GOOD.replace("40.1", "41.0"))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    assert IndicatorValue.objects.get(country="PER").value == Decimal("41.0")


def test_dry_run_reports_and_saves_nothing():
    report = importer.run(GOOD, dry_run=True)
    assert report.created == 3 and not report.saved
    assert not IndicatorValue.objects.exists()


def test_every_bad_line_is_named_and_nothing_is_saved():
    text = (
        HEADER
        + "ECU,COV_OLD_AGE,2020,55.2,WSPR,,,\n"  # line 2: good
        + "XXX,COV_OLD_AGE,2020,10,WSPR,,,\n"  # 3: unknown country
        + "PER,NOT_AN_INDICATOR,2020,10,WSPR,,,\n"  # 4: unknown indicator
        + "CHL,COV_OLD_AGE,2020,about 40,WSPR,,,\n"  # 5: not a number
        + "ECU,COV_OLD_AGE,2020,56,WSPR,,,\n"  # 6: duplicate of line 2
        + "BRA,COV_OLD_AGE,twenty,10,WSPR,,,\n"  # 7: year
        + "MEX,COV_OLD_AGE,2020,10,,,,\n"  # 8: no source
        + "ARG,COV_OLD_AGE,2020,10,WSPR,,not a url,\n"  # 9: bad URL
    )
    report = importer.run(text)
    assert not report.ok and not report.saved
    assert not IndicatorValue.objects.exists()  # not even line 2
    by_line = {}
    for error in report.errors:
        by_line.setdefault(error.line, []).append(str(error))
    assert sorted(by_line) == [3, 4, 5, 6, 7, 8, 9]
    assert "unknown country “XXX”" in by_line[3][0]
    assert "unknown indicator “NOT_AN_INDICATOR”" in by_line[4][0]
    assert "“about 40” is not a number" in by_line[5][0]
    assert "duplicate of line 2" in by_line[6][0]
    assert "“twenty” is not a year" in by_line[7][0]
    assert "source is missing" in by_line[8][0]
    assert "not a web address" in by_line[9][0]
    assert str(report.errors[0]).startswith("Line 3:")


def test_errors_leave_existing_figures_untouched():
    IndicatorValueFactory(country="ECU", year=2020, value=Decimal("10"))
    importer.run(HEADER + "ECU,COV_OLD_AGE,2020,99,WSPR,,,\nECU,COV_OLD_AGE,2021,abc,WSPR,,,\n")
    assert IndicatorValue.objects.get(country="ECU", year=2020).value == Decimal("10")


def test_ilostat_column_names_and_semicolons_are_read():
    text = "ref_area;indicator;time;obs_value;source\nECU;COV_OLD_AGE;2019;54.0;ILOSTAT\n"
    report = importer.run(text)
    assert report.created == 1


def test_a_file_without_the_required_columns_is_refused():
    with pytest.raises(importer.ImportFileError, match="lacks the column"):
        importer.run("country,year,value\nECU,2020,1\n")


def test_a_file_that_is_not_utf8_is_refused():
    with pytest.raises(importer.ImportFileError, match="not UTF-8"):
        importer.decode("país,año\n".encode("latin-1"))


def test_the_command_lists_every_error_and_fails(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "XXX,COV_OLD_AGE,2020,1,WSPR,,,\nECU,NOPE,2020,1,WSPR,,,\n", encoding="utf-8")
    with pytest.raises(CommandError, match="2 error"):
        call_command("import_indicators", str(path))
    err = capsys.readouterr().err
    assert "Line 2: unknown country" in err and "Line 3: unknown indicator" in err
    assert not IndicatorValue.objects.exists()


def test_the_command_dry_run_and_import(tmp_path, capsys):
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("import_indicators", str(path), "--dry-run")
    assert "Dry run, nothing saved: 3 lines: 3 new figures" in capsys.readouterr().out
    assert not IndicatorValue.objects.exists()
    call_command("import_indicators", str(path))
    assert IndicatorValue.objects.count() == 3
    call_command("import_indicators", str(path))
    assert "0 new figures, 0 changed, 3 unchanged" in capsys.readouterr().out
