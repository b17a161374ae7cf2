"""Structural checks for the demo content modules in ``portal.demo.content``.

Pure Python (no Django needed), so content can be checked on its own:

    python -m portal.demo.validate portal/demo/content/countries.py
"""

import ast
import datetime
import re
import sys
from pathlib import Path

LANGUAGES = ("es", "en", "fr")
MODULE_ORDER = ("site", "countries", "themes", "casestudies", "resources", "news")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ALLOWED_INLINE = re.compile(r"</?(?:b|i)>")
REF_RE = re.compile(r"^(country|region|theme|casestudy|resource|news|event)-")
ANY_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


class ContentError(ValueError):
    """A problem in a demo content module, with the file and line it comes from."""

    def __init__(self, where, message):
        super().__init__(f"{where}: {message}")


def _shape(value, where, field):
    """The shape of a field value: what must be identical across languages."""
    if isinstance(value, str):
        stripped = ALLOWED_INLINE.sub("", value)
        if ANY_TAG.search(stripped):
            raise ContentError(where, f"field {field!r}: only <b> and <i> tags are allowed")
        return "h" if value.startswith("### ") else "s"
    if isinstance(value, (int, float, bool)) or value is None:
        return type(value).__name__
    if isinstance(value, (list, tuple)):
        return [_shape(item, where, field) for item in value]
    if isinstance(value, dict):
        # A StreamField struct block: page keys, links and years are the same in every language.
        return {
            name: item if name in _SAME_IN_EVERY_LANGUAGE else _shape(item, where, field)
            for name, item in value.items()
        }
    raise ContentError(where, f"field {field!r}: unexpected value of type {type(value).__name__}")


def check_entry(entry, where):
    """Check one page entry; ``where`` says which file and line it comes from."""
    for required in ("key", "type", "parent", "es", "en", "fr"):
        if required not in entry:
            raise ContentError(where, f"missing {required!r}")
    if not isinstance(entry.get("sync", {}), dict):
        raise ContentError(where, "'sync' must be a dict")
    for name, value in entry.get("sync", {}).items():
        if name.endswith("_date") or name in {"date", "last_reviewed"}:
            try:
                datetime.date.fromisoformat(value)
            except (TypeError, ValueError):
                raise ContentError(where, f"sync field {name!r}: {value!r} is not a YYYY-MM-DD date") from None
        if name.endswith("_time"):
            try:
                datetime.time.fromisoformat(value)
            except (TypeError, ValueError):
                raise ContentError(where, f"sync field {name!r}: {value!r} is not an HH:MM time") from None
    source = entry["es"]
    for lang in LANGUAGES:
        fields = entry[lang]
        if not isinstance(fields, dict):
            raise ContentError(where, f"{lang!r} must be a dict of fields")
        for required in ("title", "slug"):
            if not fields.get(required):
                raise ContentError(where, f"{lang}: missing {required!r}")
        if not SLUG_RE.match(fields["slug"]):
            raise ContentError(where, f"{lang}: slug {fields['slug']!r} must be lowercase ASCII words joined by '-'")
        if set(fields) != set(source):
            missing = sorted(set(source) - set(fields))
            extra = sorted(set(fields) - set(source))
            raise ContentError(where, f"{lang}: fields differ from 'es' (missing {missing}, extra {extra})")
        for field, value in fields.items():
            if _shape(value, where, field) != _shape(source[field], where, field):
                raise ContentError(
                    where,
                    f"{lang}: field {field!r} does not have the same structure as in 'es' "
                    "(same number of paragraphs, headings and list items, in the same order)",
                )
            copied = lang != "es" and _texts(value) and value == source[field] and isinstance(value, (str, list))
            if copied and field not in _MAY_MATCH:
                raise ContentError(where, f"{lang}: field {field!r} is identical to the Spanish text")


# Struct block members that are not text: a page (by its key), a link, a year.
_SAME_IN_EVERY_LANGUAGE = {"page", "url", "year"}


def _texts(value):
    """The translatable texts in a field value (the struct members above excluded)."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, dict):
        return [text for name, item in value.items() if name not in _SAME_IN_EVERY_LANGUAGE for text in _texts(item)]
    return []


# Proper names (and country names such as "Chile") may be the same in every language.
_MAY_MATCH = {"title", "slug", "institution", "organisers", "partners", "location", "authors", "award"}


def entry_lines(path):
    """Map each top-level PAGES entry index to its line number in ``path``."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        targets = getattr(node, "targets", None) or [getattr(node, "target", None)]
        names = {getattr(t, "id", None) for t in targets if t is not None}
        if "PAGES" in names and isinstance(node.value, ast.List):
            return [element.lineno for element in node.value.elts]
    return []


def check_module(path, pages, known_keys, check_refs=True):
    """Check every entry of a module; ``known_keys`` collects keys across modules."""
    lines = entry_lines(path)
    for index, entry in enumerate(pages):
        line = lines[index] if index < len(lines) else "?"
        where = f"{path}, line {line}"
        check_entry(entry, where)
        if entry["key"] in known_keys:
            raise ContentError(where, f"duplicate key {entry['key']!r}")
        if check_refs and entry["parent"] and entry["parent"] not in known_keys:
            raise ContentError(where, f"parent {entry['parent']!r} is not defined before this page")
        for name, value in entry.get("sync", {}).items():
            refs = value if isinstance(value, list) else [value]
            for ref in refs:
                is_ref = isinstance(ref, str) and REF_RE.match(ref)
                if is_ref and check_refs and ref not in known_keys and ref != entry["key"]:
                    raise ContentError(where, f"sync field {name!r} refers to {ref!r}, not defined before")
        known_keys.add(entry["key"])


def main(argv):
    known = set()
    # With no argument, check every module in load order, references included.
    check_refs = not argv
    for arg in argv or [str(Path(__file__).with_name("content") / f"{m}.py") for m in MODULE_ORDER]:
        namespace = {}
        exec(compile(Path(arg).read_text(encoding="utf-8"), arg, "exec"), namespace)
        check_module(arg, namespace["PAGES"], known, check_refs)
        print(f"{arg}: {len(namespace['PAGES'])} pages OK")


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except ContentError as error:
        sys.exit(str(error))
