"""Pages tagged with countries and themes, and the pages they are tagged with (countries, regions, themes)."""

import operator
import uuid
from functools import reduce
from typing import NamedTuple

from django import forms
from django.db import connection
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, get_page_models
from wagtail_localize.fields import SynchronizedField

from portal import shared_data
from portal.edit_conflicts import PageForm
from portal.models.base import BasePage, owned_tree_page_models
from portal.prepared import PreparedQuery
from portal.visibility import restricted_paths


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
        field = getattr(parent_page.specific_class, "tag_field", None)  # "countries" below a country
        if field:
            self._start_with(field, [parent_page.pk])
            main_field = type(self.instance).main_tag_fields.get(field)  # a good practice's own country
            if main_field:
                self._start_with(main_field, parent_page.pk)

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

    #: {tag field: a field naming the one main page of those tags} (a good practice's country).
    main_tag_fields = {}
    #: The name of this page type's list in a tag target's context (``TagTargetMixin.get_tagged_content``),
    #: and its order there; None keeps it out of that context.
    tagged_content_key = None
    tagged_content_order = ()
    #: The heading of that list, and the template of one item (``item`` in its context).
    tagged_content_heading = None
    tagged_item_template = None
    #: The fields of this type that the item template reads beyond the title and the URL (the
    #: fields of ``tagged_content_order`` are read too): the lists are read in one query.
    tagged_item_fields = ()

    class Meta:
        abstract = True

    @classmethod
    def tagged_with(cls, tag_page, locale):
        """Live, public pages of this type in ``locale`` tagged with ``tag_page`` or placed below it.

        ``tag_page`` is a CountryPage or ThemePage in any locale (its tags are matched by
        ``translation_key``), or a RegionPage (nothing is tagged with a region: only the
        pages below it). The pages below count when ``tag_page`` is in ``locale``.

        ``pk IN (… UNION …)`` of one id list per way of being tagged, each read from one
        table by index: the tags' through table (not the page type's table joined to the
        tag's page and country tables), the type's main tag (``extra_tag_ids``), the tree
        below. Fewer joins halve what PostgreSQL spends planning the country page's lists
        (bench/README, "Search facts, the country page's lists and the observatory").
        """
        field = getattr(tag_page, "tag_field", None)
        branches = []
        if field:
            versions = Page.objects.filter(translation_key=tag_page.translation_key).values("pk")
            relation = cls._meta.get_field(field)
            through = relation.remote_field.through
            branches.append(
                through.objects.filter(**{f"{relation.m2m_reverse_field_name()}__in": versions})
                .values(relation.m2m_column_name())
                .order_by()
            )
            extra = cls.extra_tag_ids(field, versions)
            if extra is not None:
                branches.append(extra.order_by())
        if tag_page.locale_id == getattr(locale, "pk", locale):
            branches.append(
                Page.objects.filter(path__startswith=tag_page.path, depth__gt=tag_page.depth).values("pk").order_by()
            )
        if not branches:
            return cls.objects.none()
        ids = branches[0].union(*branches[1:]) if len(branches) > 1 else branches[0]
        return cls.objects.live().public().filter(pk__in=ids, locale=locale)

    @classmethod
    def extra_tag_ids(cls, field, tag_pages):
        """The ids (a ``values`` queryset) of further pages of this type tagged through ``field``
        with one of ``tag_pages`` (a ``values("pk")`` queryset of pages), for example by a main
        country; None when the type has no other way."""
        return None

    def get_localized_tags(self):
        """The countries and themes this page is tagged with, as live pages of its locale, by title (shared data)."""
        CountryPage = self._meta.get_field("countries").related_model
        ThemePage = self._meta.get_field("themes").related_model

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


#: What the "More about" list of a country, region or theme page reads of each page below it
#: (``includes/subpages.html``: the title, the link, an introduction when the type has one).
SUBPAGE_FIELDS = ("title", "url_path", "path", "depth", "locale_id", "content_type_id", "translation_key", "live")


class TagTargetMixin:
    """A page that content is tagged with or written under (a country, a region, a theme).

    It lists the latest good practices, resources, news and events tagged with it or placed
    below it, and the general pages (standard pages) below it.
    """

    #: The field of ``TaggedPage`` that tags pages with this one ("countries", "themes"); None for a region.
    tag_field = None

    def get_subpages(self):
        """The live, public general pages right below this page, in menu order (shared data).

        General pages: the page types allowed in owned trees that are not tagged content
        (standard pages), as the page types declare. With one such type, only what the list
        shows is read (``SUBPAGE_FIELDS`` and an ``intro``): a country may have dozens, and
        their bodies are the largest column (1.4 against 2.8 ms for 23 at ``bench_10k``).
        """
        models = [model for model in owned_tree_page_models() if not issubclass(model, TaggedPage)]

        def build():
            if len(models) == 1:
                model = models[0]
                fields = [*SUBPAGE_FIELDS, *(["intro"] if any(f.name == "intro" for f in model._meta.fields) else [])]
                return list(model.objects.child_of(self).live().public().order_by("path").only(*fields))
            return list(Page.objects.type(*models).child_of(self).live().public().order_by("path").specific())

        return shared_data.remember(f"subpages:{self.pk}", build)

    def get_tagged_content(self, limit=6):
        """Each tagged page type's latest pages tagged with this page or below it, in its locale (shared data).

        ``{tagged_content_key: [pages]}`` for every page type that declares a key
        (case studies, resources, news and events), in that type's ``tagged_content_order``.
        """
        models = tagged_content_models()
        return shared_data.remember(f"tagged:{self.pk}:{limit}", lambda: tagged_lists(models, self, limit))


class TagTarget(NamedTuple):
    """What ``TaggedPage.tagged_with`` reads of the page it lists for (a country, region or theme)."""

    tag_field: str | None
    translation_key: object
    locale_id: object
    path: str
    depth: int


def tagged_lists(models, tag_page, limit):
    """``{tagged_content_key: [pages]}``: each type's latest ``limit`` pages tagged with ``tag_page``, in one query.

    Each type's selection (``tagged_with``, its order, the limit) is a subquery of one read of
    the page table, which reads what the item templates show through each type's own table
    (``tagged_item_fields``). The items are the types' own classes with those fields only: a
    link and a line, never the whole page.

    The statement has the same shape for every page with the same page types, kind of tag,
    restricted sections and limit: it is compiled once per shape (``portal/prepared.py``) and
    run with the page's translation key, locale, path and depth.
    """
    models = tuple(models)
    if not models:
        return {}
    shape = (
        models,
        getattr(tag_page, "tag_field", None),
        limit,
        tuple(restricted_paths()),
    )
    rows = _TAGGED_LISTS.run(
        shape,
        translation_key=tag_page.translation_key,
        locale_id=tag_page.locale_id,
        path=tag_page.path,
        depth=tag_page.depth,
    )
    columns = {model: _item_columns(model) for model in models}
    found = {model: [] for model in models}
    for row in rows:
        model = _tagged_model(models, row["content_type_id"])
        if model is None:
            continue
        fields = {name: row[lookup] for name, lookup in columns[model].items()}
        found[model].append(
            model(
                id=row["pk"],
                content_type_id=row["content_type_id"],
                title=row["title"],
                url_path=row["url_path"],
                locale_id=row["locale_id"],
                **fields,
            )
        )
    return {model.tagged_content_key: _in_order(found[model], model.tagged_content_order) for model in models}


def _tagged_lists_query(shape, *, translation_key, locale_id, path, depth):
    """The ``values()`` queryset of ``tagged_lists`` for ``shape``; every other input is a parameter."""
    models, tag_field, limit, _restricted = shape  # the restricted sections: ``public()`` reads them
    # In its own locale: the pages below it count as well (``tagged_with``).
    target = TagTarget(tag_field, translation_key, locale_id, path, depth)
    selections = [
        model.tagged_with(target, locale_id).order_by(*model.tagged_content_order)[:limit].values("pk")
        for model in models
    ]
    lookups = sorted({lookup for model in models for lookup in _item_columns(model).values()})
    if len(selections) > 1 and connection.features.supports_slicing_ordering_in_compound:
        # pk IN (… UNION ALL …): PostgreSQL estimates the few rows and looks them up by key (an OR
        # of three IN conditions read the whole page table: 21 ms against 2 at 10,000 pages).
        condition = Q(pk__in=selections[0].union(*selections[1:], all=True))
    else:
        condition = reduce(operator.or_, (Q(pk__in=selection) for selection in selections))
    return Page.objects.filter(condition).values("pk", "content_type_id", "title", "url_path", "locale_id", *lookups)


_TAGGED_LISTS = PreparedQuery(
    _tagged_lists_query, parameters={"translation_key": uuid.UUID, "locale_id": int, "path": str, "depth": int}
)


def _item_columns(model):
    """{field name: lookup from Page} of what ``model``'s items show and are ordered by."""
    names = [*model.tagged_item_fields, *(name.lstrip("-") for name in model.tagged_content_order)]
    path, current = [], model
    while current is not Page:
        path.insert(0, current._meta.model_name)
        current = next(iter(current._meta.parents))
    columns = {}
    for name in dict.fromkeys(names):
        if name in ("title", "url_path"):
            continue
        on_page = model._meta.get_field(name).model is Page
        columns[name] = name if on_page else "__".join([*path, name])
    return columns


def _tagged_model(models, content_type_id):
    from django.contrib.contenttypes.models import ContentType

    specific = ContentType.objects.get_for_id(content_type_id).model_class()
    return next((model for model in models if specific is not None and issubclass(specific, model)), None)


def _in_order(items, order):
    """``items`` sorted as ``order_by(*order)`` sorts them (the last key first, each sort stable)."""
    from portal.collation import sort_key

    for name in reversed(order):
        field = name.lstrip("-")
        key = (lambda item, field=field: sort_key(getattr(item, field) or "")) if field == "title" else None
        items.sort(key=key or (lambda item, field=field: getattr(item, field)), reverse=name.startswith("-"))
    return items


def tagged_content_models():
    """The tagged page types listed on the pages they are tagged with, as they declare (``tagged_content_key``)."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, TaggedPage) and "tagged_content_key" in vars(model) and model.tagged_content_key
    ]


def tag_target_model(field):
    """The page type that tags pages through ``field`` of TaggedPage ("countries": CountryPage), as it declares."""
    return next(model for model in get_page_models() if getattr(model, "tag_field", None) == field)
