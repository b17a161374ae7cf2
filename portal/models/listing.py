"""Listing pages: live, public pages of a locale, filtered and paginated."""

import functools
import operator
from functools import reduce
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import CharField, Count, F, Q, Value, Window
from django.db.models.functions import ExtractYear
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal import shared_data, translation_state
from portal.collation import sorted_choices
from portal.models.tagging import pk_matching, tag_target_model
from portal.widgets import QuickSelect

# The value of the listing filter ``lang`` that lists the pages of every locale.
ALL_LANGUAGES = "all"


class AllLanguagesCheckboxInput(forms.CheckboxInput):
    """A checkbox that submits ``lang=all`` rather than ``lang=on``, so the URL says what it means."""

    def __init__(self, attrs=None):
        super().__init__(attrs, check_test=lambda value: value is True or value == ALL_LANGUAGES)

    def format_value(self, value):
        return ALL_LANGUAGES

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class AllLanguagesField(forms.BooleanField):
    """True for ``lang=all``; any other value (or none) means this locale only, never an error."""

    widget = AllLanguagesCheckboxInput

    def to_python(self, value):
        return value is True or value == ALL_LANGUAGES


def _with_pk_last(get_queryset):
    """``get_queryset`` whose order ends with the id: every item has one place, so that a page
    read in reverse (past the end, ``paginate_listing``) holds what the same page read forward
    does, and pages never share or skip items of the same date and title."""

    def ordered():
        queryset = get_queryset()
        order = queryset.query.order_by or queryset.model._meta.ordering
        if not order or order[-1] in ("pk", "-pk"):
            return queryset
        return queryset.order_by(*order, "pk")

    return ordered


class LazyIds:
    """A listing's ids in order, for its paginator: the queryset is built on first use.

    The count and the page of items are usually kept (shared data), and then nothing
    reads them.
    """

    ordered = True  # the listing's own order (Paginator warns about unordered lists)

    def __init__(self, get_queryset):
        self._get_queryset = get_queryset
        self._ids = None

    def _queryset(self):
        if self._ids is None:
            self._ids = self._get_queryset().values_list("pk", flat=True)
        return self._ids

    def __getitem__(self, index):
        return self._queryset()[index]

    def __iter__(self):
        return iter(self._queryset())

    def __len__(self):
        return self._queryset().count()


class FlatChoices(BaseChoiceIterator):
    """(value, label) pairs that Django takes as they are.

    A field normalizes a plain list of choices again when it is set, for itself and for
    its widget, element by element: about 0.5 ms a page for the country filter.
    """

    def __init__(self, pairs):
        self.pairs = pairs

    def __iter__(self):
        return iter(self.pairs)


class ListingFilterForm(forms.Form):
    """The GET form of a listing page: which filters it offers depends on the page.

    Every listing offers ``lang`` (show all languages); the other filters only where
    ``choices`` names them.
    """

    country = forms.ChoiceField(label=_("Country"), required=False, widget=QuickSelect)
    theme = forms.ChoiceField(label=_("Theme"), required=False, widget=QuickSelect)
    type = forms.ChoiceField(label=_("Type"), required=False, widget=QuickSelect)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None, widget=QuickSelect)
    lang = AllLanguagesField(label=_("Show all languages"), required=False)

    def __init__(self, data, *, choices):
        super().__init__(data)
        for name in list(self.fields):
            if name == "lang":
                continue
            if name in choices:
                self.fields[name].choices = FlatChoices([("", _("All")), *choices[name]])
            else:
                del self.fields[name]

    @property
    def is_filtered(self):
        return self.is_bound and any(self.cleaned_data.get(name) for name in self.fields)


@functools.cache
def _item_annotators():
    from django.utils.module_loading import import_string

    return [import_string(path) for path in getattr(settings, "PORTAL_LISTING_ITEM_ANNOTATIONS", ())]


def annotate_listing_items(queryset):
    """The items' queryset with what other apps add to each card, in the same query.

    ``PORTAL_LISTING_ITEM_ANNOTATIONS`` names functions ``queryset -> queryset`` (for example
    the number of readers' comments, comments/threads.py): apps above ``portal`` extend the
    cards without ``portal`` importing them. What they add is kept with the items (shared
    data), so it must be the same for every reader and change only with what empties the caches.
    """
    for annotate in _item_annotators():
        queryset = annotate(queryset)
    return queryset


@functools.cache
def _reader_annotators():
    from django.utils.module_loading import import_string

    return [import_string(path) for path in getattr(settings, "PORTAL_READER_PAGE_ANNOTATIONS", ())]


def annotate_reader_page(model, queryset):
    """The queryset of a page served to readers with what other apps show on it, in the same query.

    ``PORTAL_READER_PAGE_ANNOTATIONS`` names functions ``(model, queryset) -> queryset`` (for
    example whether a page has FAQ entries, qa/faq.py, so that a page without any reads none):
    apps above ``portal`` add to the page's one query without ``portal`` or the page apps
    importing them. What they add is kept with the page (shared data): the same for every
    reader, changing only with what empties the caches.
    """
    for annotate in _reader_annotators():
        queryset = annotate(model, queryset)
    return queryset


class ListingPageMixin:
    """A page that lists live, public pages of its own locale, filtered and paginated.

    Subclasses set ``listing_filters`` and implement ``get_listing_queryset()``; the
    page context gets ``items`` (a Django Page object), ``filter_form`` and
    ``paginator``. The number of SQL queries does not depend on how many items exist.

    By default the listing shows this locale's pages, aliases included (the
    placeholders of pages not translated yet); with ``lang=all`` it shows the real
    (non-alias) pages of every locale. Each item in another language than the
    listing's gets ``listing_language`` (a language code) for the card's badge.
    """

    reader_type_label = _("Section")

    listing_filters = ()
    year_field = None
    #: Count a filtered listing in the same query as its first page (a window count): one
    #: query instead of two, cheaper for most listings; False where the listing's order
    #: walks an index (news by date), so that the window would read the whole section in
    #: that order while a plain count reads it in one hash join.
    count_in_window = True
    type_choices = ()

    def get_listing_queryset(self):
        raise NotImplementedError

    def get_all_languages_queryset(self):
        """The listing of every live translation of this page, without the pages standing in for others."""
        querysets = [index.get_listing_queryset() for index in self.get_translations(inclusive=True).live()]
        return reduce(operator.or_, querysets).exclude(translation_state.stand_in_q())

    def count_by_year(self, queryset):
        """{year: how many items of ``queryset``} (None for items without a year), in one grouped query.

        The year choices are its keys and, for the unfiltered listing, the total is its sum:
        one pass over the listing for both, where a ``DISTINCT`` of the dates and a count
        made two (the dates' ``DISTINCT`` alone returns a row per day).
        """
        numeric = self.year_field.endswith("_since") or self.year_field == "year"
        year = F(self.year_field) if numeric else ExtractYear(self.year_field)
        rows = queryset.order_by().annotate(listing_year=year).values_list("listing_year").annotate(n=Count("pk"))
        return dict(rows)

    def get_filter_choices(self, queryset=None, year_counts=None):
        CountryPage, ThemePage = tag_target_model("countries"), tag_target_model("themes")

        choices = {}
        # The countries and themes of this locale in one query: (filter, value, label) rows.
        named = {
            name: model.objects.live()
            .filter(locale_id=self.locale_id)
            .order_by()
            .annotate(choice_of=Value(name, output_field=CharField()))
            .values_list("choice_of", value, "title")
            for name, model, value in (("country", CountryPage, "iso_code"), ("theme", ThemePage, "slug"))
            if name in self.listing_filters
        }
        if named:
            rows = {name: [] for name in named}
            querysets = list(named.values())
            for name, value, label in querysets[0].union(*querysets[1:], all=True):
                rows[name].append((value, label))
            for name, pairs in rows.items():
                choices[name] = sorted_choices(pairs, get_language())
        if "type" in self.listing_filters:
            choices["type"] = self.type_choices
        if "year" in self.listing_filters and self.year_field:
            if year_counts is None:
                year_counts = self.count_by_year(self.get_listing_queryset() if queryset is None else queryset)
            years = sorted((year for year in year_counts if year), reverse=True)
            choices["year"] = [(y, str(y)) for y in years]
        return choices

    def filter_listing(self, queryset, data):
        ThemePage = tag_target_model("themes")

        if data.get("country"):
            queryset = queryset.filter(pk_matching(queryset.model, self.country_condition(data["country"])))
        if data.get("theme"):
            keys = ThemePage.objects.filter(locale_id=self.locale_id, slug=data["theme"]).values("translation_key")
            queryset = queryset.filter(
                pk__in=queryset.model.objects.filter(themes__translation_key__in=keys).values("pk")
            )
        if data.get("type"):
            queryset = self.filter_type(queryset, data["type"])
        if data.get("year"):
            lookup = (
                self.year_field
                if self.year_field.endswith("_since") or self.year_field == "year"
                else f"{self.year_field}__year"
            )
            queryset = queryset.filter(**{lookup: data["year"]})
        return queryset

    def country_condition(self, iso_code):
        return Q(countries__iso_code=iso_code)

    def filter_type(self, queryset, value):
        return queryset

    @staticmethod
    def paginate_listing(get_queryset, key, request, total=None, window=True):
        """(paginator, Django ``Page`` of items) for the ``page`` asked for; counts and items are shared data.

        ``get_queryset()`` gives the filtered listing; it is only called when the count or
        the items are not kept. ``key`` names the listing and its valid filters; page
        numbers are resolved first (as ``Paginator.get_page`` does), so invented ones add no
        entries. Ids are sorted first, then only the page's items are read: cheap on large
        sections. ``total()``, when given, is the listing's count, known from elsewhere
        (the unfiltered listing's year counts).
        """
        per_page = settings.PORTAL_LISTING_PAGE_SIZE
        get_queryset = _with_pk_last(get_queryset)
        paginator = Paginator(LazyIds(get_queryset), per_page)
        try:
            asked = max(int(request.GET.get("page") or 1), 1)
        except ValueError:
            asked = None
        read = {}

        def count():
            if total is not None:
                return total()
            # The page asked for and the total in one query (a window count): one pass over
            # the listing instead of two. A page past the end falls back to counting.
            if asked is not None and window:
                start = (asked - 1) * per_page
                rows = list(
                    get_queryset()
                    .annotate(listing_total=Window(Count("pk")))
                    .values_list("pk", "listing_total")[start : start + per_page]
                )
                if rows:
                    read[asked] = [pk for pk, _total in rows]
                    return rows[0][1]
                if asked > 1:
                    # Past the end (an old link, a shrunk listing): the last ``per_page`` items
                    # in reverse order and the total, in one query; the last page is among them.
                    rows = list(
                        get_queryset()
                        .reverse()
                        .annotate(listing_total=Window(Count("pk")))
                        .values_list("pk", "listing_total")[:per_page]
                    )
                    if not rows:
                        return 0
                    found = rows[0][1]
                    last = -(-found // per_page)
                    read[last] = [pk for pk, _total in reversed(rows[: found - (last - 1) * per_page])]
                    return found
            return get_queryset().count()

        paginator.count = shared_data.remember(f"listing-count:{key}", count)
        try:
            number = paginator.validate_number(request.GET.get("page") or 1)
        except PageNotAnInteger:
            number = 1
        except EmptyPage:
            number = paginator.num_pages

        def build():
            page_ids = read.get(number) or list(paginator.page(number).object_list)
            found = get_queryset().filter(pk__in=page_ids).select_related("locale", "alias_of__locale").order_by()
            found = annotate_listing_items(found).in_bulk()
            return [found[pk] for pk in page_ids if pk in found]

        items = shared_data.remember(f"listing-items:{key}:{number}", build)
        return paginator, paginator._get_page(list(items), number, paginator)

    @staticmethod
    def get_item_language(item, all_languages):
        """The language code to badge ``item`` with, or None when it is in the listing's language."""
        if all_languages:
            return item.locale.language_code
        return translation_state.shown_language(item)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        all_languages = AllLanguagesField().to_python(request.GET.get("lang"))

        @functools.cache
        def unfiltered():  # querysets are built only when something is not kept, and once
            return self.get_all_languages_queryset() if all_languages else self.get_listing_queryset()

        @functools.cache
        def year_counts():
            return self.count_by_year(unfiltered()) if self.year_field and "year" in self.listing_filters else None

        choices = shared_data.remember(
            f"listing-choices:{self.pk}:{int(all_languages)}",
            lambda: {
                name: list(values)
                for name, values in self.get_filter_choices(unfiltered(), year_counts=year_counts()).items()
            },
        )
        form = ListingFilterForm(request.GET, choices=choices)
        filters = ""
        cleaned = {}
        if form.is_valid():
            cleaned = form.cleaned_data
            filters = urlencode(sorted((name, str(value)) for name, value in cleaned.items() if value))
        narrowed = any(value for name, value in cleaned.items() if name != "lang")
        paginator, items = self.paginate_listing(
            lambda: self.filter_listing(unfiltered(), cleaned),
            f"{self.pk}:{int(all_languages)}:{filters}",
            request,
            # Unfiltered (``lang`` chooses the listing, it filters nothing), the total is the sum
            # of the year counts, read for the year choices anyway.
            total=None
            if narrowed or not (self.year_field and "year" in self.listing_filters)
            else lambda: sum(year_counts().values()),
            window=self.count_in_window,
        )
        for item in items:
            item.listing_language = self.get_item_language(item, all_languages)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            items=items,
            paginator=paginator,
            filter_form=form,
            filter_query=query.urlencode(),
        )
        return context
