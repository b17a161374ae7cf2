"""Fail when a UI catalogue under the given directories has untranslated or fuzzy entries.

python -m portal.i18n_check locale portal/wagtail_catalogue/locale
"""

import sys
from pathlib import Path

import polib


def problems(locale_dir):
    """Yield one line per untranslated or fuzzy entry: file, line and msgid."""
    for path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
        catalogue = polib.pofile(str(path))
        for entry in catalogue.untranslated_entries():
            yield f"{path}:{entry.linenum}: untranslated: {entry.msgid!r}"
        for entry in catalogue.fuzzy_entries():
            yield f"{path}:{entry.linenum}: fuzzy: {entry.msgid!r}"


def main(argv):
    status = 0
    for locale_dir in argv or ["locale"]:
        found = list(problems(locale_dir))
        for line in found:
            print(line)
        if not list(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
            print(f"{locale_dir}: no catalogues found")
            found.append(locale_dir)
        status = status or (1 if found else 0)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
