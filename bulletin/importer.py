"""Subscribers imported from a CSV file (``manage.py import_subscribers``, and the admin's upload).

Columns (a header line names them, in any order): ``email``, ``language`` (es, en or fr) and
``interests``: country ISO codes (``EC``) and theme slugs (``pensiones``, in any language),
separated by spaces, semicolons or ``|``; it may be empty. Comma or semicolon separated.

Every line is checked before anything is saved; a file with any bad line saves nothing and each
error names its line. A good file creates the subscribers it does not know, with their follows
confirmed (the operator vouches for the consent: an ``ImportedConsent`` row records the file,
line, person and time), and for addresses already known adds only the follows they lack: their
language, rhythm and what they confirmed themselves stay. Importing the same file twice changes
nothing the second time.
"""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from bulletin.models import ImportedConsent
from countries.models import CountryPage
from feeds.models import Follow, Subscriber
from themes.models import ThemePage

MAX_BYTES = 5 * 1024 * 1024
REQUIRED = ("email", "language", "interests")
SEPARATORS = str.maketrans({";": " ", "|": " ", ",": " "})


class ImportFileError(Exception):
    """The file as a whole cannot be read (encoding, header): nothing was saved."""


@dataclass
class Report:
    errors: list = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def ok(self):
        return not self.errors

    @property
    def summary(self):
        return _("%(created)s new, %(updated)s updated, %(unchanged)s unchanged.") % {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
        }


def decode(raw):
    if len(raw) > MAX_BYTES:
        raise ImportFileError(_("The file is larger than 5 MB."))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The file is not UTF-8 text (byte %(position)s). Save it as “CSV UTF-8” and try again.")
            % {"position": error.start + 1}
        ) from None


def _reader(text):
    if not text.strip():
        raise ImportFileError(_("The file is empty."))
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [name.strip().lower() for name in next(reader)]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ImportFileError(
            _("The first line must name the columns email, language and interests; missing: %(missing)s.")
            % {"missing": ", ".join(missing)}
        )
    return reader, {name: header.index(name) for name in REQUIRED}, len(header)


class Interests:
    """Country ISO codes and theme slugs → the pages to follow, in the subscriber's language if it has one."""

    def __init__(self):
        self.countries = {}
        for page in CountryPage.objects.live().select_related("locale").only("pk", "iso_code", "locale"):
            self.countries.setdefault(page.iso_code.upper(), {})[page.locale.language_code] = page.pk
        self.themes = {}
        for page in ThemePage.objects.live().select_related("locale").only("pk", "slug", "translation_key", "locale"):
            self.themes.setdefault(page.slug.lower(), set()).add(page.translation_key)
        self.theme_versions = {}
        for page in ThemePage.objects.live().select_related("locale").only("pk", "translation_key", "locale"):
            self.theme_versions.setdefault(page.translation_key, {})[page.locale.language_code] = page.pk

    @staticmethod
    def _pick(versions, language):
        return versions.get(language) or versions.get(settings.LANGUAGE_CODE) or next(iter(versions.values()))

    def resolve(self, word, language):
        """The page id to follow for ``word``, or None."""
        if word.upper() in self.countries:
            return self._pick(self.countries[word.upper()], language)
        keys = self.themes.get(word.lower())
        if keys and len(keys) == 1:
            return self._pick(self.theme_versions[next(iter(keys))], language)
        return None


def check(text):
    """(rows, errors): rows are (line, email, language, [page ids]); errors name their line."""
    reader, columns, width = _reader(text)
    languages = {code for code, _name in settings.LANGUAGES}
    interests = Interests()
    rows, errors, seen = [], [], {}
    for values in reader:
        line = reader.line_num
        if not any(value.strip() for value in values):
            continue
        if len(values) > width:
            errors.append(_("Line %(line)s: more values than columns.") % {"line": line})
            continue
        values += [""] * (width - len(values))
        email = values[columns["email"]].strip().lower()
        language = values[columns["language"]].strip().lower()
        words = values[columns["interests"]].translate(SEPARATORS).split()
        problems = []
        try:
            validate_email(email)
        except ValidationError:
            problems.append(_("“%(email)s” is not an email address") % {"email": email} if email else _("no email"))
        if email in seen:
            problems.append(_("the same address as line %(line)s") % {"line": seen[email]})
        if language not in languages:
            problems.append(
                _("unknown language “%(language)s” (es, en or fr)") % {"language": language}
                if language
                else _("no language (es, en or fr)")
            )
        pages = []
        unknown = []
        for word in words:
            page_id = interests.resolve(word, language)
            if page_id is None:
                unknown.append(word)
            elif page_id not in pages:
                pages.append(page_id)
        if unknown:
            problems.append(
                ngettext(
                    "unknown interest %(words)s (a country ISO code or a theme slug)",
                    "unknown interests %(words)s (country ISO codes or theme slugs)",
                    len(unknown),
                )
                % {"words": ", ".join(f"“{word}”" for word in unknown)}
            )
        seen.setdefault(email, line)
        if problems:
            errors.append(_("Line %(line)s: %(problems)s.") % {"line": line, "problems": "; ".join(problems)})
        else:
            rows.append((line, email, language, pages))
    if not rows and not errors:
        errors.append(_("The file has no subscriber below its header line."))
    return rows, errors


def run(text, source, user=None, dry_run=False):
    """Check ``text`` and, when every line is good (and not ``dry_run``), import it in one transaction."""
    rows, errors = check(text)
    report = Report(errors=errors)
    if errors:
        return report
    now = timezone.now()
    with transaction.atomic():
        known = {s.email: s for s in Subscriber.objects.filter(email__in=[row[1] for row in rows])}
        followed = set(Follow.objects.filter(subscriber__in=known.values()).values_list("subscriber_id", "page_id"))
        consented = set(
            ImportedConsent.objects.filter(subscriber__in=known.values()).values_list("subscriber_id", flat=True)
        )
        for line, email, language, pages in rows:
            subscriber = known.get(email)
            if subscriber is None:
                report.created += 1
                if dry_run:
                    continue
                subscriber = Subscriber.objects.create(email=email, language=language)
                ImportedConsent.objects.create(subscriber=subscriber, source=source[:255], line=line, imported_by=user)
                Follow.objects.bulk_create(
                    [Follow(subscriber=subscriber, page_id=page_id, confirmed_at=now) for page_id in pages]
                )
                continue
            new = [page_id for page_id in pages if (subscriber.pk, page_id) not in followed]
            if not new and subscriber.pk in consented:
                report.unchanged += 1
                continue
            report.updated += 1
            if dry_run:
                continue
            if subscriber.pk not in consented:
                ImportedConsent.objects.create(subscriber=subscriber, source=source[:255], line=line, imported_by=user)
                consented.add(subscriber.pk)
            Follow.objects.bulk_create(
                [Follow(subscriber=subscriber, page_id=page_id, confirmed_at=now) for page_id in new]
            )
            followed.update((subscriber.pk, page_id) for page_id in new)
    return report
