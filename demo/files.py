"""Reading the demo content files in ``demo/content/`` (YAML), with the line of every value.

Each file is parsed, checked against its declared schema (``demo.schema``), then
against the rules a schema cannot state (``demo.validate``). Any problem raises
``DemoContentError`` naming the file, the line, the entry (its content key) and the field,
before anything is written to the database. Pure Python, no Django.

The YAML is read without YAML 1.1's implicit dates and yes/no booleans: ``2026-09-15`` stays
the text the schema checks as a date, and ``iso_code: NO`` stays Norway.
"""

import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pydantic
import yaml

from . import schema, validate
from .validate import DemoContentError

PROJECT_DIR = Path(__file__).resolve().parents[1]
CONTENT_DIR = PROJECT_DIR / "demo" / "content"
# Page files, in load order: a page's parent and the pages it refers to come earlier.
PAGE_FILES = ("site", "countries", "themes", "casestudies", "resources", "news")
GLOSSARY_FILE = "glossary"
FEATURED_FILE = "featured"
MAX_REPORTED = 10


@dataclass
class Entry:
    data: dict
    where: str

    @property
    def key(self):
        return self.data["key"]


class _Loader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):
    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _value in node.value:
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key_node.value!r} appears twice in the same mapping", key_node.start_mark
                )
            seen.add(key_node.value)
        return super().construct_mapping(node, deep)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if not tag.endswith((":timestamp", ":bool"))]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF")


def display_path(path):
    path = Path(path)
    return str(path.relative_to(PROJECT_DIR)) if path.is_relative_to(PROJECT_DIR) else str(path)


def dotted(path):
    """``("es", "body", 2)`` -> ``es.body[2]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


class ContentFile:
    """One YAML file: its data, and the line of any value in it."""

    def __init__(self, path):
        self.path = Path(path)
        self.name = display_path(path)
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as error:
            raise DemoContentError(f"{self.name}: cannot be read ({error.strerror})") from error
        loader = _Loader(text)
        self.node = None
        try:
            self.node = loader.get_single_node()
            self.data = loader.construct_document(self.node) if self.node is not None else None
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            where = f"{self.name}, line {mark.line + 1}{self._entry_at(mark.line)}" if mark else self.name
            raise DemoContentError(f"{where}: {error.problem or error.context}") from error
        finally:
            loader.dispose()

    def _entry_at(self, line):
        """The ", entry '<key>'" of the top-level entry that spans ``line`` (0-based), if the file parsed."""
        for item in self.node.value if isinstance(self.node, yaml.SequenceNode) else []:
            if item.start_mark.line <= line <= item.end_mark.line and isinstance(item, yaml.MappingNode):
                keys = [value.value for key, value in item.value if key.value == "key"]
                return f", entry {keys[0]!r}" if keys else ""
        return ""

    def node_at(self, path):
        """The deepest YAML node along ``path`` (keys and indexes) and the part of ``path`` it covers."""
        node, covered = self.node, []
        for part in path:
            if isinstance(node, yaml.MappingNode):
                found = [value for key, value in node.value if key.value == part]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                found = [node.value[part]]
            else:
                found = []
            if not found:
                break
            node = found[0]
            covered.append(part)
        return node, covered

    def where(self, path=()):
        """``demo/content/news.yaml, line 12, entry 'event-lima-course', field sync.end_date``."""
        node, covered = self.node_at(path)
        text = f"{self.name}, line {node.start_mark.line + 1 if node is not None else 1}"
        if path and isinstance(path[0], int) and isinstance(self.data, list):
            item = self.data[path[0]] if path[0] < len(self.data) else None
            key = item.get("key") if isinstance(item, dict) else None
            text += f", entry {key!r}" if isinstance(key, str) else f", entry {path[0] + 1}"
            if len(path) > 1:
                text += f", field {dotted(path[1:])}"
        return text

    def check(self, adapter):
        """Check the data against a schema (a pydantic ``TypeAdapter``); raise with every problem found."""
        try:
            adapter.validate_python(self.data)
        except pydantic.ValidationError as error:
            problems = [self._describe(problem) for problem in error.errors(include_url=False)]
            unique = list(dict.fromkeys(problems))
            more = f"\n(and {len(unique) - MAX_REPORTED} more)" if len(unique) > MAX_REPORTED else ""
            raise DemoContentError("\n".join(unique[:MAX_REPORTED]) + more) from None

    def _describe(self, problem):
        """One pydantic error as "<file, line, entry, field>: <what is wrong>"."""
        path, value = [], self.data
        location = list(problem["loc"])
        for index, part in enumerate(location):
            last = index == len(location) - 1
            found_in_dict = isinstance(value, dict) and part in value
            if found_in_dict or (isinstance(value, list) and isinstance(part, int) and part < len(value)):
                value = value[part]
            elif last and problem["type"] == "missing":
                path.append(part)
                break
            else:
                continue  # a union member or a page type: not a place in the file
            path.append(part)
        kind = problem["type"]
        if kind == "missing":
            message = "required field is missing"
        elif kind == "extra_forbidden":
            message = "unknown field"
        elif kind == "union_tag_invalid":
            path.append("type")
            message = f"unknown page type {problem['ctx']['tag']!r} (known: {', '.join(schema.PAGE_TYPES)})"
        elif kind == "union_tag_not_found":
            path.append("type")
            message = "required field is missing"
        else:
            message = problem["msg"].removeprefix("Value error, ")
        return f"{self.where(path)}: {message}"


def _where(content, index, *path):
    return content.where((index, *path))


def _page_files(content_dir):
    for name in PAGE_FILES:
        content = ContentFile(Path(content_dir) / f"{name}.yaml")
        content.check(schema.PAGES_FILE)
        yield content


def _as_block_pairs(data):
    """StreamField blocks, written ``{type: value}`` in the files, as the loader's ``[type, value]`` pairs."""
    for language in validate.LANGUAGES:
        for name, value in data[language].items():
            if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
                data[language][name] = [
                    [block_type, block_value] for item in value for block_type, block_value in item.items()
                ]
    data.setdefault("sync", {})
    return data


def read_entries(content_dir=None):
    """Every page entry of the page files, checked, in load order."""
    entries, known = [], set()
    files = list(_page_files(content_dir or CONTENT_DIR))
    all_keys = {item["key"] for content in files for item in content.data}
    for content in files:
        for index, item in enumerate(content.data):
            item = _as_block_pairs(item)
            where = partial(_where, content, index)
            validate.check_entry(item, where, known, all_keys)
            entries.append(Entry(item, content.where((index,))))
    return entries


def read_glossary(content_dir=None, page_keys=None):
    """The glossary terms (``themes.GlossaryTerm`` snippets), checked; ``page_keys``: those of the pages."""
    if page_keys is None:
        page_keys = {entry.key for entry in read_entries(content_dir)}
    content = ContentFile(Path(content_dir or CONTENT_DIR) / f"{GLOSSARY_FILE}.yaml")
    content.check(schema.GLOSSARY_FILE)
    terms, known = [], set(page_keys)
    for index, item in enumerate(content.data):
        item = _as_block_pairs(item)
        validate.check_entry(item, partial(_where, content, index), known, known)
        terms.append(Entry(item, content.where((index,))))
    return terms


def read_featured(content_dir=None, page_keys=()):
    """The content keys of the pages every home page features, in order."""
    content = ContentFile(Path(content_dir or CONTENT_DIR) / f"{FEATURED_FILE}.yaml")
    content.check(schema.FEATURED_FILE)
    for index, key in enumerate(content.data):
        if key not in page_keys:
            raise DemoContentError(f"{content.where((index,))}: {key!r} is not the key of a demo page")
    return list(content.data)
