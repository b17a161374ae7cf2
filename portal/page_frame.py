"""What every public page shows around its content, read in one query: menu, breadcrumbs, language versions.

The header's menu (the live, public sections under the home page of the reader's language,
shown in menus), the breadcrumbs (the page's ancestors below the root) and the page's
language versions (live, public pages with its ``translation_key``, aliases included: the
language switcher, the hreflang links and the notices about translations) are all plain
``Page`` rows. Each used to cost its own query on every page; here one query selects the
rows matching any of the three conditions (each by index: the children of the home page
through ``portal/tree.py``, the ancestors by their paths, the versions by translation key,
joined by ``UNION``) and the rows are sorted into the three lists by the same conditions, in Python.

The frame is shared data (``portal/shared_data.py``) under the page and the home page.
"""

import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import Substr
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from portal import shared_data
from portal.prepared import PreparedQuery, model_instance
from portal.translation_state import outdated_marks
from portal.tree import children_at_q
from portal.visibility import public_q, restricted_paths


@dataclass
class Frame:
    menu: list = field(default_factory=list)  # in menu (tree) order
    ancestors: list = field(default_factory=list)  # below the root, from the home page down
    versions: list = field(default_factory=list)  # with their locale (and the alias's source locale) read
    #: Whether the page is a translation marked out of date with its source (``editorial.outdated``);
    #: None when not read (a page in the source language, or not among its live versions).
    outdated: bool | None = None


def page_frame(page, home):
    """The :class:`Frame` of ``page`` (a saved ``Page``, or None on other views) under ``home`` (or None).

    In another language than the source (the active language: the page's), the page's
    ``outdated`` mark is read too.
    """
    if not isinstance(page, Page) or not page.pk:
        page = None
    key = f"frame:{page.pk if page else '-'}:{home.pk if home else '-'}"
    translation = get_language() != settings.LANGUAGE_CODE
    return shared_data.remember(key, lambda: _build(page, home, translation))


def ancestor_paths(page):
    """The tree paths of ``page``'s ancestors below the root (what ``get_ancestors().filter(depth__gt=1)`` reads)."""
    step = Page.steplen
    return [page.path[:end] for end in range(2 * step, len(page.path), step)]


def _build(page, home, translation):
    if page is None and home is None:
        return Frame()
    marks = translation and page is not None and outdated_marks() is not None
    shape = (
        home is not None,
        page.depth if page is not None else None,  # how many ancestors
        marks,
        tuple(restricted_paths()),  # public_q reads them
    )
    rows = [
        _frame_page(row)
        for row in _FRAME.run(
            shape,
            home_path=home.path if home is not None else "",
            child_depth=home.depth + 1 if home is not None else 0,
            page_path=page.path if page is not None else "",
            translation_key=page.translation_key if page is not None else uuid.UUID(int=0),
        )
    ]
    restricted = restricted_paths()
    paths = set(ancestor_paths(page)) if page is not None else set()

    def public(row):
        return not any(row.path.startswith(path) for path in restricted)

    frame = Frame()
    for row in rows:
        if (
            home is not None
            and row.depth == home.depth + 1
            and row.path.startswith(home.path)
            and row.live
            and row.show_in_menus
            and public(row)
        ):
            frame.menu.append(row)
        if row.path in paths:
            frame.ancestors.append(row)
        if page is not None and row.translation_key == page.translation_key and row.live and public(row):
            frame.versions.append(row)
            if row.pk == page.pk and hasattr(row, "outdated"):
                frame.outdated = row.outdated
    return frame


def _frame_query(shape, *, home_path, child_depth, page_path, translation_key):
    """The frame's rows for ``shape``: (with a home page, the page's depth or None, outdated marks, restrictions)."""
    with_home, depth, marks, _restricted = shape
    conditions = []
    if with_home:
        conditions.append(children_at_q(home_path, child_depth) & Q(live=True, show_in_menus=True) & public_q())
    if depth is not None:
        # The ancestors below the root: the page's path cut at each level, in SQL (one parameter).
        step = Page.steplen
        ancestors = [Substr(Value(page_path), 1, end) for end in range(2 * step, depth * step, step)]
        if ancestors:
            conditions.append(Q(path__in=ancestors))
        conditions.append(Q(translation_key=translation_key, live=True) & public_q())
    # One indexed lookup per condition: an OR of them in one WHERE reads the whole table.
    branches = [Page.objects.filter(condition).order_by().values("pk") for condition in conditions]
    rows = Page.objects.filter(pk__in=branches[0].union(*branches[1:]) if len(branches) > 1 else branches[0])
    if marks:
        rows = rows.annotate(
            outdated=Exists(
                outdated_marks().filter(
                    translation__source__object_id=OuterRef("translation_key"),
                    translation__target_locale_id=OuterRef("locale_id"),
                )
            )
        )
    return rows.order_by("path").values(*_PAGE_COLUMNS, *_RELATED_COLUMNS, *(["outdated"] if marks else []))


_PAGE_COLUMNS = [field.attname for field in Page._meta.concrete_fields]
# What the frame's pages show of their locale and, for an alias, its source's locale
# (``translation_state.shown_language``): Django's ``select_related`` as columns.
_RELATED_COLUMNS = ["locale__language_code", "alias_of__locale_id", "alias_of__locale__language_code"]

_FRAME = PreparedQuery(
    _frame_query, {"home_path": str, "child_depth": int, "page_path": str, "translation_key": uuid.UUID}
)


def _frame_page(row):
    """The ``Page`` of a frame row with its locale and, for an alias, its source (its id and locale only)."""
    page = model_instance(Page, {name: row[name] for name in _PAGE_COLUMNS})
    page.locale = Locale.from_db("default", ["id", "language_code"], [row["locale_id"], row["locale__language_code"]])
    if page.alias_of_id:
        source = Page.from_db("default", ["id", "locale_id"], [page.alias_of_id, row["alias_of__locale_id"]])
        source.locale = Locale.from_db(
            "default", ["id", "language_code"], [row["alias_of__locale_id"], row["alias_of__locale__language_code"]]
        )
        page.alias_of = source
    if "outdated" in row:
        page.outdated = row["outdated"]
    return page


def specific_values(pages, name):
    """{pk: value of field ``name``} of the specific pages behind plain ``pages``, in one query.

    For lists that show one field of pages of several types (the home page's sections and
    their introductions): ``.specific()`` costs a query per page type, this one ``UNION ALL``
    of the types that have the field. Pages whose type has no such field are left out.
    """
    by_model = {}
    for page in pages:
        model = page.specific_class
        if model is not None and any(f.name == name for f in model._meta.concrete_fields):
            by_model.setdefault(model, []).append(page.pk)
    querysets = [
        model._base_manager.filter(pk__in=pks).order_by().values_list("pk", name) for model, pks in by_model.items()
    ]
    if not querysets:
        return {}
    return dict(querysets[0].union(*querysets[1:], all=True))
