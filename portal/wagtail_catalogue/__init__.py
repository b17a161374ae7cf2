"""The Wagtail admin's strings that Wagtail's own Spanish and French catalogues lack.

Gap in Wagtail: the catalogues it ships lag behind its code. Wagtail 8.0.1's Spanish
catalogues miss about 390 of its admin's strings ("Exploring", "Search…", "1-20 of 40
pages", the lock and workflow messages, the validation errors of the page forms, the
editor's toolbar), so a specialist working in Spanish reads them in English; the French
ones miss one.

``locale/`` here is a supplement catalogue for those strings only, listed in
``LOCALE_PATHS`` after the portal's own (``locale/`` at the top); it holds no string a
Wagtail catalogue translates, so it never changes Wagtail's wording.

``missing(language)`` lists the strings of the installed Wagtail apps' source catalogues
(their ``locale/en``) that no catalogue translates at run time, leaving out those of
Wagtail's own test apps. tests/portal/test_wagtail_catalogue.py fails when it finds any,
e.g. after a Wagtail upgrade:

    .venv/bin/python -m portal.wagtail_catalogue es [djangojs]

prints them as catalogue entries to translate and add to
``portal/wagtail_catalogue/locale/es/LC_MESSAGES/django.po`` (or ``djangojs.po``, the
strings of the admin's scripts, which Wagtail's JavaScript catalogue views serve with
``LOCALE_PATHS``); then ``make translations-check`` compiles and checks it.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.utils import translation

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("es", "fr")
DOMAINS = ("django", "djangojs")  # templates and Python; the admin's scripts (its JavaScript catalogues)


def wagtail_locale_dirs():
    """The ``locale`` directory of each installed Wagtail app."""
    for config in apps.get_app_configs():
        path = Path(config.path) / "locale"
        if config.name.split(".")[0] in ("wagtail", "wagtail_localize") and path.is_dir():
            yield path


def wagtail_source_catalogues(domain="django"):
    """The source (English) catalogue of each installed Wagtail app, as ``polib`` files."""
    for locale_dir in wagtail_locale_dirs():
        path = locale_dir / "en" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            yield polib.pofile(str(path))


def runtime_catalogue(language, domain):
    """What Django translates in ``language``: every catalogue, or for scripts those of Wagtail's catalogue views."""
    if domain == "django":
        with translation.override(language):
            return translation.trans_real.translation(language)._catalog
    # JavaScriptCatalog: the packages' catalogues, then LOCALE_PATHS.
    return translation.trans_real.DjangoTranslation(
        language, domain=domain, localedirs=[str(path) for path in wagtail_locale_dirs()]
    )._catalog


def from_test_apps(entry):
    """Whether every place the string comes from is one of Wagtail's test apps."""
    return bool(entry.occurrences) and all("/test/" in f"/{path}" for path, _line in entry.occurrences)


def missing(language, domain="django"):
    """The source entries no catalogue translates in ``language`` (each once, in catalogue order)."""
    known = runtime_catalogue(language, domain)
    found, seen = [], set()
    for catalogue in wagtail_source_catalogues(domain):
        for entry in catalogue:
            if not entry.msgid or entry.obsolete or from_test_apps(entry):
                continue
            key = (entry.msgctxt, entry.msgid)
            if key in seen:
                continue
            seen.add(key)
            msgid = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
            if (msgid if not entry.msgid_plural else (msgid, 0)) not in known:
                found.append(entry)
    return found


def main(argv):
    import django

    django.setup()
    language = argv[0] if argv else "es"
    domain = argv[1] if len(argv) > 1 else "django"
    catalogue = polib.POFile()
    for entry in missing(language, domain):
        catalogue.append(
            polib.POEntry(
                msgctxt=entry.msgctxt,
                msgid=entry.msgid,
                msgid_plural=entry.msgid_plural,
                msgstr_plural={0: "", 1: ""} if entry.msgid_plural else {},
                flags=[flag for flag in entry.flags if flag.endswith("-format")],
            )
        )
    print(catalogue)
    return 0
