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

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import get_language
from wagtail.models import Page

from portal import shared_data
from portal.translation_state import outdated_marks
from portal.tree import children_q
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
    conditions = []
    if home is not None:
        conditions.append(children_q(home) & Q(live=True, show_in_menus=True) & public_q())
    paths = set()
    if page is not None:
        paths = set(ancestor_paths(page))
        if paths:
            conditions.append(Q(path__in=paths))
        conditions.append(Q(translation_key=page.translation_key, live=True) & public_q())
    if not conditions:
        return Frame()
    # One indexed lookup per condition: an OR of them in one WHERE reads the whole table.
    branches = [Page.objects.filter(condition).order_by().values("pk") for condition in conditions]
    rows = Page.objects.filter(pk__in=branches[0].union(*branches[1:]) if len(branches) > 1 else branches[0])
    marks = outdated_marks() if translation else None
    if marks is not None and page is not None:
        marks = marks.filter(
            translation__source__object_id=OuterRef("translation_key"),
            translation__target_locale_id=OuterRef("locale_id"),
        )
        rows = rows.annotate(outdated=Exists(marks))
    rows = list(rows.select_related("locale", "alias_of__locale").order_by("path"))
    restricted = restricted_paths()

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
