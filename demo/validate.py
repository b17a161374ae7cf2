"""The rules of the demo content that its schema (``demo.schema``) cannot state.

- ``en`` and ``fr`` are translations of ``es``: the same fields, each with the same
  structure (paragraphs, headings, list items, blocks in the same order), and not the
  Spanish text copied (proper names excepted);
- text may carry ``<b>`` and ``<i>`` only;
- keys are unique; a page's parent and the pages its synchronized fields refer to are
  defined before it; the pages its StreamField blocks link to exist somewhere.

Pure Python (no Django), so the content can be checked on its own:

    python -m demo [CONTENT_DIR]
"""

import re

LANGUAGES = ("es", "en", "fr")
ALLOWED_INLINE = re.compile(r"</?(?:b|i)>")
REF_RE = re.compile(r"^(country|region|theme|casestudy|resource|news|event)-")
ANY_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# Struct block members that are not text: a page (by its key), a link, a year.
_SAME_IN_EVERY_LANGUAGE = {"page", "url", "year"}
# Proper names (and country names such as "Chile") may be the same in every language.
_MAY_MATCH = {"title", "slug", "institution", "organisers", "partners", "location", "authors", "award"}


class DemoContentError(Exception):
    """Bad demo content: the message names the file, line, entry and field."""


def _shape(value, where, field):
    """The shape of a field value: what must be identical across languages."""
    if isinstance(value, str):
        if ANY_TAG.search(ALLOWED_INLINE.sub("", value)):
            raise DemoContentError(f"{where}: only <b> and <i> tags are allowed")
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
    raise DemoContentError(f"{where}: unexpected value of type {type(value).__name__}")


def _texts(value):
    """The translatable texts in a field value (the struct members above excluded)."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, dict):
        return [text for name, item in value.items() if name not in _SAME_IN_EVERY_LANGUAGE for text in _texts(item)]
    return []


def page_references(data):
    """The keys of the pages an entry's StreamField blocks (``[type, value]`` pairs) link to."""
    return [
        block[1]["page"]
        for value in data["es"].values()
        if isinstance(value, list)
        for block in value
        if isinstance(block, (list, tuple)) and len(block) == 2 and block[0] == "page"
    ]


def check_translations(entry, where):
    """``en`` and ``fr`` have the fields and structure of ``es``, translated."""
    source = entry["es"]
    for lang in LANGUAGES[1:]:
        fields = entry[lang]
        if set(fields) != set(source):
            missing = sorted(set(source) - set(fields))
            extra = sorted(set(fields) - set(source))
            raise DemoContentError(f"{where(lang)}: fields differ from 'es' (missing {missing}, extra {extra})")
    for lang in LANGUAGES:
        for field, value in entry[lang].items():
            if _shape(value, where(lang, field), field) != _shape(source[field], where("es", field), field):
                raise DemoContentError(
                    f"{where(lang, field)}: does not have the same structure as in 'es' "
                    "(same number of paragraphs, headings, list items and blocks, in the same order)"
                )
            copied = lang != "es" and _texts(value) and value == source[field] and isinstance(value, (str, list))
            if copied and field not in _MAY_MATCH:
                raise DemoContentError(f"{where(lang, field)}: is identical to the Spanish text")


def check_entry(entry, where, known_keys, all_keys):
    """Check one entry that passed the schema; ``where(*path)`` says where a value is.

    ``known_keys`` collects the keys defined so far (across files, in load order);
    ``all_keys`` holds every page key (a StreamField block may link to a later page).
    """
    key = entry["key"]
    if key in known_keys:
        raise DemoContentError(f"{where('key')}: duplicate key {key!r}")
    if entry.get("parent") and entry["parent"] not in known_keys:
        raise DemoContentError(f"{where('parent')}: {entry['parent']!r} is not defined before this page")
    for name, value in entry.get("sync", {}).items():
        for index, ref in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(ref, str) and REF_RE.match(ref) and ref not in known_keys and ref != key:
                path = ("sync", name, index) if isinstance(value, list) else ("sync", name)
                raise DemoContentError(f"{where(*path)}: refers to {ref!r}, which is not defined before this entry")
    for name, blocks in entry["es"].items():
        for index, block in enumerate(blocks if isinstance(blocks, list) else []):
            if isinstance(block, list) and len(block) == 2 and block[0] == "page" and block[1]["page"] not in all_keys:
                page = block[1]["page"]
                raise DemoContentError(f"{where('es', name, index, 'page')}: links to {page!r}, which is not defined")
    check_translations(entry, where)
    known_keys.add(key)
