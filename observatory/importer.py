"""Importing figures from a CSV file in the layout of the ILO World Social Protection Data
Dashboards export: one figure per line, with the country's ISO 3166-1 alpha-3 code, the
indicator's code, the year, the value and the source.

Accepted column names (case-insensitive; the ILOSTAT names in brackets): ``country_iso3``
(``ref_area``, ``iso3``), ``indicator`` (``indicator_code``), ``year`` (``time``), ``value``
(``obs_value``), ``source``; optional ``source_table``, ``source_url``, ``notes`` (``note``).

The whole file is checked before anything is written, and every error is reported with its line
number (the header is line 1): unknown country, unknown indicator, a year or value that is not a
number, a missing source, the same country, indicator and year twice. With any error nothing is
saved. Otherwise every line is saved in one transaction: new figures are created, changed ones
updated, equal ones left alone, so importing the same file twice changes nothing the second time.
"""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from observatory import places
from observatory.models.indicators import Indicator, IndicatorValue
from portal import invalidation

COLUMNS = {
    "country": ("country_iso3", "ref_area", "iso3", "country"),
    "indicator": ("indicator", "indicator_code"),
    "year": ("year", "time"),
    "value": ("value", "obs_value"),
    "source": ("source",),
    "source_table": ("source_table", "table"),
    "source_url": ("source_url", "url"),
    "notes": ("notes", "note"),
}
REQUIRED = ("country", "indicator", "year", "value", "source")
MAX_BYTES = 20 * 1024 * 1024


class ImportFileError(Exception):
    """The file cannot be read at all (encoding, no header, missing columns)."""


@dataclass
class LineError:
    line: int
    message: str

    def __str__(self):
        return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass
class Report:
    lines: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)
    saved: bool = False

    @property
    def ok(self):
        return not self.errors

    def summary(self):
        return _("%(lines)s lines: %(created)s new figures, %(updated)s changed, %(unchanged)s unchanged.") % {
            "lines": self.lines,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
        }


def decode(raw):
    """Bytes of an uploaded file → text (UTF-8, with or without BOM; else Latin-1 is refused)."""
    if len(raw) > MAX_BYTES:
        raise ImportFileError(_("The file is larger than 20 MB."))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The file is not UTF-8 text (byte %(position)s). Save it as “CSV UTF-8” and try again.")
            % {"position": error.start + 1}
        ) from None


def _columns(header):
    found = {}
    names = [name.strip().lower() for name in header]
    for key, aliases in COLUMNS.items():
        for alias in aliases:
            if alias in names:
                found[key] = names.index(alias)
                break
    missing = [COLUMNS[key][0] for key in REQUIRED if key not in found]
    if missing:
        raise ImportFileError(
            _("The header (line 1) lacks the column(s) %(columns)s. Expected: %(expected)s.")
            % {"columns": ", ".join(missing), "expected": ", ".join(COLUMNS[key][0] for key in COLUMNS)}
        )
    return found


def parse(text):
    """(rows, errors): rows are (line, {field: value}) ready to save; errors list every bad line."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError(_("The file is empty.")) from None
    columns = _columns(header)
    known_codes = set(Indicator.objects.values_list("code", flat=True))
    url_validator = URLValidator()
    rows, errors, seen = [], [], {}
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue

        def cell(key, cells=cells):
            index = columns.get(key)
            return cells[index].strip() if index is not None and index < len(cells) else ""

        problems = []
        country = cell("country").upper()
        if not places.is_country(country):
            problems.append(
                _("unknown country “%(code)s” (an ISO 3166-1 alpha-3 code is expected, such as ECU)")
                % {"code": country}
            )
        code = cell("indicator").upper()
        if code not in known_codes:
            problems.append(_("unknown indicator “%(code)s”") % {"code": code})
        year = None
        try:
            year = int(cell("year"))
            if not 1900 <= year <= 2100:
                raise ValueError
        except ValueError:
            problems.append(_("the year “%(year)s” is not a year between 1900 and 2100") % {"year": cell("year")})
            year = None
        value = None
        raw_value = cell("value").replace(" ", "").replace("\u00a0", "")
        try:
            value = Decimal(raw_value)
            if not value.is_finite() or abs(value) >= Decimal("1e10"):
                raise InvalidOperation
            value = value.quantize(Decimal("0.0001"))
        except InvalidOperation:
            problems.append(
                _("the value “%(value)s” is not a number (use a point for decimals: 45.7)") % {"value": cell("value")}
            )
            value = None
        source = cell("source")
        if not source:
            problems.append(_("the source is missing"))
        elif len(source) > 300:
            problems.append(_("the source is longer than 300 characters"))
        url = cell("source_url")
        if url:
            try:
                url_validator(url)
            except ValidationError:
                problems.append(_("the source URL “%(url)s” is not a web address") % {"url": url})
        if country and code and year is not None:
            key = (code, country, year)
            if key in seen:
                problems.append(
                    _("duplicate of line %(other)s (same country, indicator and year)") % {"other": seen[key]}
                )
            else:
                seen[key] = line
        if problems:
            errors.extend(LineError(line, problem) for problem in problems)
            continue
        rows.append(
            (
                line,
                {
                    "indicator_code": code,
                    "country": country,
                    "year": year,
                    "value": value,
                    "source": source,
                    "source_table": cell("source_table")[:200],
                    "source_url": url,
                    "notes": cell("notes"),
                },
            )
        )
    return rows, errors


BATCH = 1000


def run(text, *, dry_run=False, illustrative=False, progress=None, batch=BATCH):
    """Check ``text`` and, unless ``dry_run`` or an error was found, save it. Returns a Report.

    ``progress(phase, done, total)``, if given, is called as the work goes: "checking" once the
    file is read, then "saving" after each batch of figures written (observatory/tasks.py).
    """
    progress = progress or (lambda phase, done, total: None)
    rows, errors = parse(text)
    progress("checking", len(rows), len(rows))
    report = Report(lines=len(rows) + len({error.line for error in errors}), errors=errors)
    existing = {
        (value.indicator_code, value.country, value.year): value
        for value in IndicatorValue.objects.filter(
            country__in={row["country"] for _line, row in rows},
            indicator_code__in={row["indicator_code"] for _line, row in rows},
        )
    }
    to_create, to_update = [], []
    for _line, row in rows:
        row["illustrative"] = illustrative
        current = existing.get((row["indicator_code"], row["country"], row["year"]))
        if current is None:
            to_create.append(IndicatorValue(**row))
        elif not current.live or any(getattr(current, name) != row[name] for name in IndicatorValue.DATA_FIELDS):
            # An import is an editor's checked and confirmed act: it publishes (a new figure
            # still waiting for review in the admin is replaced by the file's).
            for name in IndicatorValue.DATA_FIELDS:
                setattr(current, name, row[name])
            current.live = True
            to_update.append(current)
    report.created, report.updated = len(to_create), len(to_update)
    report.unchanged = len(rows) - report.created - report.updated
    if errors or dry_run or not (to_create or to_update):
        return report
    now = timezone.now()
    total = len(to_create) + len(to_update)
    progress("saving", 0, total)
    with transaction.atomic():
        # Only the figures that changed get a new ``updated_at``: the data version of a table
        # (its latest ``updated_at``) moves only when one of its figures does.
        for value in to_create + to_update:
            value.updated_at = now
        done = 0
        for start in range(0, len(to_create), batch):
            IndicatorValue.objects.bulk_create(to_create[start : start + batch])
            done += len(to_create[start : start + batch])
            progress("saving", done, total)
        for start in range(0, len(to_update), batch):
            changed = to_update[start : start + batch]
            IndicatorValue.objects.bulk_update(changed, [*IndicatorValue.DATA_FIELDS, "live", "updated_at"])
            done += len(changed)
            progress("saving", done, total)
        # Bulk writes send no signals: tell the caches (portal/invalidation.py) once.
        invalidation.invalidate()
    report.saved = True
    return report
