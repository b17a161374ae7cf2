"""The translation status of a tree: every page × every locale, in one screen.

Each cell is one of:

- ``missing``: no translation (no page in that locale, or only an alias showing the source);
- ``in_progress``: a translation exists but is not live yet, or texts are still untranslated
  (with the share translated);
- ``review``: the translation waits for review in the workflow;
- ``outdated``: the source was published with changed text since (``OutdatedTranslation``);
- ``current``: live, every text translated, nothing changed since.

Editors and translators see every tree; specialists see the trees they own. A missing
cell is a button that starts the translation (``editorial.start_translation``) for
whoever may: translators in their languages, those who may edit the source in any.
"""

from dataclasses import dataclass
from datetime import datetime

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial.models import OwnedTree, is_ownable
from editorial.roles import SUBMIT_TRANSLATION
from editorial.start_translation import translator_locales

STATUS_PERMISSION = "editorial.view_translation_status"

STATE_LABELS = {
    "source": _("Source"),
    "missing": _("Missing"),
    "in_progress": _("In progress"),
    "review": _("Waiting for review"),
    "outdated": _("Out of date"),
    "current": _("Up to date"),
}


@dataclass
class Cell:
    state: str
    page: Page | None = None
    percent: int | None = None
    since: datetime | None = None
    alias: bool = False
    locale: Locale | None = None
    # A missing translation the user may start (editorial.start_translation), set by the report.
    can_start: bool = False

    @property
    def label(self):
        return STATE_LABELS[self.state]


def trees_for(user):
    """Source-locale roots of the trees ``user`` may see the translation status of."""
    source = Locale.get_default()
    if user.has_perm(STATUS_PERMISSION):
        # The whole site (the home page), each section, and every ownable tree.
        roots = Page.objects.filter(locale=source, alias_of__isnull=True, depth__gt=1).specific()
        return [page for page in roots.order_by("path") if is_ownable(page) or page.depth <= 3]
    keys = OwnedTree.objects.filter(owners=user).values("translation_key")
    return list(Page.objects.filter(locale=source, translation_key__in=keys).order_by("path"))


def tree_matrix(root):
    """(locales, rows) for the tree under ``root``: rows are (source page, [Cell per locale])."""
    locales = list(Locale.objects.exclude(pk=root.locale_id).order_by("language_code"))
    sources = list(
        Page.objects.descendant_of(root, inclusive=True).filter(alias_of__isnull=True).order_by("path").specific()
    )
    keys = [page.translation_key for page in sources]
    copies = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys).exclude(locale=root.locale_id)
    }
    translations = {
        (translation.source.object_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(source__object_id__in=keys, enabled=True)
        .exclude(target_locale=root.locale_id)
        .select_related("source", "outdated")
    }
    in_review = set(
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(page.pk) for page in copies.values()],
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
    )
    counts = progress(translations.values())
    rows = []
    for source in sources:
        cells = []
        for locale in locales:
            page = copies.get((source.translation_key, locale.pk))
            translation = translations.get((source.translation_key, locale.pk))
            cell = cell_for(page, translation, str(page.pk) in in_review if page else False, counts)
            cell.locale = locale
            cells.append(cell)
        rows.append((source, cells))
    return locales, rows


def progress(translations):
    """(source id, locale id) -> (total, translated), as Translation.get_progress counts them; one query per locale."""
    result = {}
    by_locale = {}
    for translation in translations:
        by_locale.setdefault(translation.target_locale_id, set()).add(translation.source_id)
    for locale_id, source_ids in by_locale.items():
        translated = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale_id=locale_id,
            has_error=False,
        )
        counts = (
            StringSegment.objects.filter(source_id__in=source_ids)
            .annotate(is_translated=Exists(translated))
            .values("source_id")
            .annotate(total=Count("pk"), done=Count("pk", filter=Q(is_translated=True)))
        )
        for row in counts:
            result[(row["source_id"], locale_id)] = (row["total"], row["done"])
    return result


def cell_for(page, translation, waiting_for_review, counts=None):
    if page is None or page.alias_of_id:
        return Cell("missing", page=page, alias=page is not None)
    percent = 100
    if translation is not None:
        total, done = (counts or {}).get((translation.source_id, translation.target_locale_id), (0, 0))
        percent = round(100 * done / total) if total else 100
    outdated = getattr(translation, "outdated", None) if translation is not None else None
    if waiting_for_review:
        return Cell("review", page=page, percent=percent, since=outdated.since if outdated else None)
    if outdated is not None and page.live:
        return Cell("outdated", page=page, percent=percent, since=outdated.since)
    if not page.live or percent < 100:
        return Cell("in_progress", page=page, percent=percent)
    return Cell("current", page=page, percent=percent)


class TreeForm(forms.Form):
    tree = forms.TypedChoiceField(label=_("Tree"), coerce=int, required=False)

    def __init__(self, data, *, trees):
        super().__init__(data)
        top = min((page.depth for page in trees), default=0)
        self.fields["tree"].choices = [(page.pk, "— " * (page.depth - top) + page.title) for page in trees]


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editorial/reports/translation_status.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        self.trees = trees_for(request.user)
        if not self.trees and not request.user.has_perm(STATUS_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = TreeForm(self.request.GET or None, trees=self.trees)
        root = None
        if form.is_valid() and form.cleaned_data["tree"]:
            root = next(page for page in self.trees if page.pk == form.cleaned_data["tree"])
        elif self.trees and not self.request.GET.get("tree"):
            root = self.trees[0]
        context.update(form=form, root=root, trees=self.trees)
        if root is not None:
            context["locales"], context["rows"] = tree_matrix(root)
            context["totals"] = totals(context["rows"], context["locales"])
            mark_startable(self.request.user, context["rows"])
        return context


def mark_startable(user, rows):
    """Set ``can_start`` on the missing cells ``user`` may start a translation for.

    A translator's languages, for every page (their rights in their own tree are checked when
    they press it); any language for pages the user may translate with wagtail-localize's view
    (the submit permission and the right to edit the source page).
    """
    mine = translator_locales(user)
    submitter = user.has_perm(SUBMIT_TRANSLATION)
    for source, cells in rows:
        editable = None
        for cell in cells:
            if cell.state != "missing":
                continue
            if cell.locale.pk in mine:
                cell.can_start = True
            elif submitter:
                if editable is None:
                    editable = source.permissions_for_user(user).can_edit()
                cell.can_start = editable


def totals(rows, locales):
    """locale -> {state: count}, for the summary line under the matrix."""
    result = []
    for index, locale in enumerate(locales):
        counts = {}
        for _source, cells in rows:
            counts[cells[index].state] = counts.get(cells[index].state, 0) + 1
        result.append((locale, [(STATE_LABELS[state], counts[state]) for state in STATE_LABELS if state in counts]))
    return result
