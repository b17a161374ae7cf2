"""Abstract pages and the listing machinery every content app builds on."""

import functools
import operator
from functools import reduce
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import CharField, Count, Q, Value, Window
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal import page_urls, shared_data
from portal.collation import sorted_choices
from portal.editorial.edit_conflicts import PageForm
from portal.visibility import PortalPageManager, restricted_paths
from portal.widgets import QuickSelect

# The rich text features editors get in body fields.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


def rich_text(verbose_name, **kwargs):
    """A rich text section field; blank unless told otherwise."""
    kwargs.setdefault("blank", True)
    return RichTextField(verbose_name=verbose_name, features=RICH_TEXT_FEATURES, **kwargs)


def pk_matching(model, condition):
    """A filter for the ``model`` objects matching ``condition``, a condition on their relations (tags).

    An OR of conditions on different relations (the tagged countries, or the main
    country) becomes ``pk IN (… UNION …)``, one indexed lookup per branch: one subquery
    with the OR needs LEFT JOINs over the whole table (about 30 ms at 10,000 case
    studies, against about 1 ms).
    """
    branches = [condition]
    if condition.connector == Q.OR and not condition.negated and len(condition.children) > 1:
        branches = [Q(child) for child in condition.children]
    subqueries = [model.objects.filter(branch).values("pk").order_by() for branch in branches]
    return Q(pk__in=subqueries[0].union(*subqueries[1:]) if len(subqueries) > 1 else subqueries[0])


def page_type_name(model):
    """What readers call pages of ``model`` ("Good practice", "Resource"), capitalised, in the active language.

    A page type's ``reader_type_label``, else its verbose name.
    """
    name = str(getattr(model, "reader_type_label", None) or model._meta.verbose_name)
    return name[:1].upper() + name[1:]


class BasePage(Page):
    """Every page type of the portal extends this one.

    It declares the translatable fields of Wagtail's own Page so that each page type
    extends an explicit list instead of relying on wagtail-localize's guesses.
    """

    #: What readers call this kind of page (search results, the type facet); the model's name by default.
    reader_type_label = None

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus", overridable=False),
    ]

    objects = PortalPageManager()
    # Refuses a save based on an older revision than the latest (portal/editorial/edit_conflicts.py).
    base_form_class = PageForm

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's restrictions of this page and its ancestors, their ids kept as shared data.

        A public page (nearly all) then costs no query here: the empty list gives
        ``PageViewRestriction.objects.none()``. Still a queryset, as Wagtail's callers expect.
        """
        from wagtail.models import PageViewRestriction

        def build():
            # No restricted page is this page or above it (the paths are read once per request).
            if not any(self.path.startswith(path) for path in restricted_paths()):
                return []
            return list(super(BasePage, self).get_view_restrictions().values_list("pk", flat=True))

        ids = shared_data.remember(f"restrictions:{self.pk}", build)
        return PageViewRestriction.objects.filter(pk__in=ids) if ids else PageViewRestriction.objects.none()

    def get_url_parts(self, request=None):
        """Wagtail's, with the URL reversal remembered per process (``portal/page_urls.py``)."""
        return page_urls.url_parts(self, request)

    def get_listing_summary(self):
        """The short text shown for this page in listings and search results."""
        return getattr(self, "summary", "") or getattr(self, "intro", "") or self.search_description


# The page types that may sit in an owned tree (a country, region or theme) as well as in
# their library section (see docs/architecture.md, "Where specialists publish").
OWNED_TREE_PARENTS = ["countries.CountryPage", "countries.RegionPage", "themes.ThemePage"]
# What those owned tree roots accept below them: the standard pages and the page types above.
OWNED_TREE_SUBPAGE_TYPES = [
    "home.StandardPage",
    "casestudies.CaseStudyPage",
    "resources.ResourcePage",
    "news.NewsPage",
    "news.EventPage",
]


class TaggedPageForm(PageForm):
    """A new page starts tagged with the country or theme it is created under.

    A good practice written under Ecuador is about Ecuador: the box is ticked (and, for a
    good practice, Ecuador is the institution's country) so that it shows in the library's
    country filter and the search facets too. The author may untick or add more.
    """

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        if self.instance.pk or parent_page is None:
            return
        model = parent_page.specific_class
        model_name = model._meta.label_lower if model else ""
        if model_name == "countries.countrypage":
            self._start_with("countries", [parent_page.pk])
            self._start_with("country", parent_page.pk)
        elif model_name == "themes.themepage":
            self._start_with("themes", [parent_page.pk])

    def _start_with(self, name, value):
        # The new instance's own (empty) values are already in ``initial``: replace only those.
        if name in self.fields and not self.initial.get(name):
            self.initial[name] = value


class TaggedPage(BasePage):
    """A page that can be tagged with countries and themes.

    Tags point at pages in whichever locale the editor chose; country and theme pages
    find their tagged content through ``translation_key`` so every locale agrees.
    Such a page lives in its library section or inside a country, region or theme
    (written by that tree's owners); the library lists it wherever it sits.
    """

    countries = ParentalManyToManyField(
        "countries.CountryPage",
        blank=True,
        related_name="+",
        verbose_name=_("countries"),
    )
    themes = ParentalManyToManyField(
        "themes.ThemePage",
        blank=True,
        related_name="+",
        verbose_name=_("themes"),
    )

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("countries", overridable=False),
        SynchronizedField("themes", overridable=False),
    ]
    tag_panels = [
        MultiFieldPanel(
            [
                FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Countries and themes"),
        )
    ]

    base_form_class = TaggedPageForm

    class Meta:
        abstract = True

    @classmethod
    def tagged_with(cls, tag_page, locale):
        """Live, public pages of this type in ``locale`` tagged with ``tag_page`` or placed below it.

        ``tag_page`` is a CountryPage or ThemePage in any locale (its tags are matched by
        ``translation_key``), or a RegionPage (nothing is tagged with a region: only the
        pages below it). The pages below count when ``tag_page`` is in ``locale``.
        """
        field = {"countrypage": "countries", "themepage": "themes"}.get(tag_page._meta.model_name)
        conditions = []
        if field:
            conditions.append(Q(**{f"{field}__translation_key": tag_page.translation_key}))
            extra = cls.extra_tag_condition(field, tag_page)
            if extra is not None:
                conditions.append(extra)
        if tag_page.locale_id == getattr(locale, "pk", locale):
            conditions.append(Q(path__startswith=tag_page.path, depth__gt=tag_page.depth))
        if not conditions:
            return cls.objects.none()
        condition = reduce(operator.or_, conditions)
        return cls.objects.live().public().filter(pk_matching(cls, condition), locale=locale)

    @classmethod
    def extra_tag_condition(cls, field, tag_page):
        """Further ways a page of this type can be tagged (for example a main country)."""
        return None

    def get_localized_tags(self):
        """The countries and themes this page is tagged with, as live pages of its locale, by title (shared data)."""
        from countries.models import CountryPage
        from themes.models import ThemePage

        def build():
            country_keys = [country.translation_key for country in self.countries.all()]
            theme_keys = [theme.translation_key for theme in self.themes.all()]
            live_in_locale = {"locale_id": self.locale_id}
            countries = CountryPage.objects.live().public().filter(translation_key__in=country_keys, **live_in_locale)
            themes = ThemePage.objects.live().public().filter(translation_key__in=theme_keys, **live_in_locale)
            return list(countries.order_by("title")), list(themes.order_by("title"))

        return shared_data.remember(f"localized-tags:{self.pk}", build) if self.pk else build()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tag_countries"], context["tag_themes"] = self.get_localized_tags()
        return context


class TagTargetMixin:
    """A page that content is tagged with or written under (a country, a region, a theme).

    It lists the latest good practices, resources, news and events tagged with it or placed
    below it, and the general pages (standard pages) below it.
    """

    def get_subpages(self):
        """The live, public standard pages right below this page, in menu order (shared data)."""
        from home.models import StandardPage

        return shared_data.remember(
            f"subpages:{self.pk}",
            lambda: list(StandardPage.objects.child_of(self).live().public().order_by("path")),
        )

    def get_tagged_content(self, limit=6):
        """Case studies, resources, news and events tagged with this page or below it, in its locale (shared data)."""
        from casestudies.models import CaseStudyPage
        from news.models import NewsPage
        from resources.models import ResourcePage

        def build():
            return {
                "case_studies": list(
                    CaseStudyPage.tagged_with(self, self.locale_id).order_by("-implemented_since", "title")[:limit]
                ),
                "resources": list(ResourcePage.tagged_with(self, self.locale_id).order_by("-year", "title")[:limit]),
                "news": list(NewsPage.tagged_with(self, self.locale_id).order_by("-date")[:limit]),
            }

        return shared_data.remember(f"tagged:{self.pk}:{limit}", build)


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
    type_choices = ()

    def get_listing_queryset(self):
        raise NotImplementedError

    def get_all_languages_queryset(self):
        """The listing of every live translation of this page, without aliases."""
        querysets = [index.get_listing_queryset() for index in self.get_translations(inclusive=True).live()]
        return reduce(operator.or_, querysets).filter(alias_of__isnull=True)

    def get_filter_choices(self, queryset=None):
        from countries.models import CountryPage
        from themes.models import ThemePage

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
            if queryset is None:
                queryset = self.get_listing_queryset()
            years = queryset.order_by().values_list(self.year_field, flat=True).distinct()
            years = sorted({getattr(y, "year", y) for y in years if y}, reverse=True)
            choices["year"] = [(y, str(y)) for y in years]
        return choices

    def filter_listing(self, queryset, data):
        from themes.models import ThemePage

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
    def paginate_listing(get_queryset, key, request):
        """(paginator, Django ``Page`` of items) for the ``page`` asked for; counts and items are shared data.

        ``get_queryset()`` gives the filtered listing; it is only called when the count or
        the items are not kept. ``key`` names the listing and its valid filters; page
        numbers are resolved first (as ``Paginator.get_page`` does), so invented ones add no
        entries. Ids are sorted first, then only the page's items are read: cheap on large
        sections.
        """
        per_page = settings.PORTAL_LISTING_PAGE_SIZE
        paginator = Paginator(LazyIds(get_queryset), per_page)
        try:
            asked = max(int(request.GET.get("page") or 1), 1)
        except ValueError:
            asked = None
        read = {}

        def count():
            # The page asked for and the total in one query (a window count): one pass over
            # the listing instead of two. A page past the end falls back to counting.
            if asked is not None:
                start = (asked - 1) * per_page
                rows = list(
                    get_queryset()
                    .annotate(listing_total=Window(Count("pk")))
                    .values_list("pk", "listing_total")[start : start + per_page]
                )
                if rows:
                    read[asked] = [pk for pk, _total in rows]
                    return rows[0][1]
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
            found = found.in_bulk()
            return [found[pk] for pk in page_ids if pk in found]

        items = shared_data.remember(f"listing-items:{key}:{number}", build)
        return paginator, paginator._get_page(list(items), number, paginator)

    @staticmethod
    def get_item_language(item, all_languages):
        """The language code to badge ``item`` with, or None when it is in the listing's language."""
        if all_languages:
            return item.locale.language_code
        if item.alias_of_id and item.alias_of.locale_id != item.locale_id:
            return item.alias_of.locale.language_code
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        all_languages = AllLanguagesField().to_python(request.GET.get("lang"))

        @functools.cache
        def unfiltered():  # querysets are built only when something is not kept, and once
            return self.get_all_languages_queryset() if all_languages else self.get_listing_queryset()

        choices = shared_data.remember(
            f"listing-choices:{self.pk}:{int(all_languages)}",
            lambda: {name: list(values) for name, values in self.get_filter_choices(unfiltered()).items()},
        )
        form = ListingFilterForm(request.GET, choices=choices)
        filters = ""
        cleaned = {}
        if form.is_valid():
            cleaned = form.cleaned_data
            filters = urlencode(sorted((name, str(value)) for name, value in cleaned.items() if value))
        paginator, items = self.paginate_listing(
            lambda: self.filter_listing(unfiltered(), cleaned),
            f"{self.pk}:{int(all_languages)}:{filters}",
            request,
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
