"""Pages tagged with countries and themes, and the pages they are tagged with (countries, regions, themes)."""

import operator
from functools import reduce

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField

from portal import shared_data
from portal.editorial.edit_conflicts import PageForm
from portal.models.base import BasePage

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
