"""The home page of each locale and the general pages under it (about, help)."""

import copy
import hashlib

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal import shared_data
from portal.blocks import BaseStreamBlock
from portal.models import BasePage, live_homes, rich_text
from portal.models.listing import annotate_reader_page
from portal.page_frame import page_frame, specific_values
from portal.prepared import PreparedQuery, model_instance, model_values
from portal.visibility import public_q, restricted_paths


class HomePageFeatured(Orderable):
    """A page the editors feature on the home page (shown in the reader's language)."""

    home = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))

    panels = [PageChooserPanel("page")]


class HomePage(BasePage):
    reader_type_label = _("Home")
    locale_home = True  # the top of each locale's tree (portal.models.live_homes)

    intro = models.TextField(_("introduction"), blank=True)
    mission = rich_text(_("mission"))

    parent_page_types = ["wagtailcore.Page"]
    # Every page type that names the home page in its own parent_page_types (the sections'
    # index pages, standard pages): an app adds a section without touching this app.
    # Every page type declares parent_page_types (tests/portal/test_tree_rules.py), so
    # None here never lets in a page type that did not ask.
    subpage_types = None

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("mission"),
        InlinePanel("featured_pages", label=_("Featured content"), max_num=6),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("mission"),
        SynchronizedField("featured_pages", overridable=False),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("mission")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @property
    def localized(self):
        """Wagtail's ``localized`` (the live translation in the active language, else this page), from shared data.

        Wagtail asks it of the site's root page on every request it routes, at the cost of
        a query for the active ``Locale`` (and one for the translation).
        """
        home = live_homes().get(translation.get_language())
        if home is not None and home.translation_key == self.translation_key:
            return home
        return self

    def route(self, request, path_components):
        """Find a page deeper down by its URL path in one query, not two per level as Wagtail walks.

        Same result as walking: the page at that path below this home, served only if live.
        Which page a path leads to is shared data (kept until the next publish, move or
        delete), and so is the live page itself unless a view restriction covers it: a public
        page costs no query here once both are kept. A path no page has may end in a
        sub-URL of a routable page (an event's ``calendar.ics``): then the page one or two
        levels up routes the rest, if it is a RoutablePage.
        """
        if path_components:
            found, rest = self._find_path(path_components), []
            while found is None and len(path_components) > 1 and len(rest) < 2:
                rest.insert(0, path_components[-1])
                path_components = path_components[:-1]
                found = self._find_path(path_components)
                model = found and ContentType.objects.get_for_id(found[1]).model_class()
                if found is not None and not (model and issubclass(model, RoutablePageMixin)):
                    found = None
                    break
            if found is None:
                raise Http404
            pk, content_type_id, path = found
            if any(path.startswith(restricted) for restricted in restricted_paths()):
                page = self._live_page(pk, content_type_id)  # a private page is never kept
            else:
                page = shared_data.remember(
                    f"page:{pk}", lambda: self._live_page(pk, content_type_id), keep_empty=False
                )
            if page is None:
                raise Http404
            return page.route(request, rest)
        return super().route(request, path_components)

    def _find_path(self, path_components):
        """(pk, content type id, tree path) of the page at ``path_components`` below this home, or None."""
        url_path = self.url_path + "/".join(path_components) + "/"
        digest = hashlib.sha256(url_path.encode()).hexdigest()
        return shared_data.remember(
            f"page-route:{self.pk}:{digest}",
            # The slug (the last component) is indexed, the URL path is not: without it
            # the lookup reads every page of the table.
            lambda: (
                Page.objects.filter(slug=path_components[-1], url_path=url_path, path__startswith=self.path)
                .values_list("pk", "content_type_id", "path")
                .first()
            ),
            keep_empty=False,
        )

    @staticmethod
    def _live_page(pk, content_type_id):
        """The page ``pk``, specific, if it is live (what readers are served; shared data in ``route``).

        A draft is not kept: readers get a 404 for it, and it may be published without
        anything else changing. A page type's ``reader_queryset(queryset)`` classmethod, when it
        has one, adds what its template needs from other tables (annotations, never whole rows
        of private data: the page is kept as shared data). The statement is compiled once per
        page type (``portal/prepared.py``): what a type or an app adds may depend on the page
        alone (never on the clock, the reader or the language), as for what is kept.
        """
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            return None
        rows = _LIVE_PAGE.run((model, tuple(restricted_paths())), pk=pk)
        return model_instance(model, rows[0]) if rows else None

    def get_featured(self):
        """The featured pages in this page's locale, in the editors' order, specific (shared data)."""

        def build():
            keys = [item.page.translation_key for item in self.featured_pages.select_related("page")]
            pages = (
                Page.objects.live().filter(public_q(), locale_id=self.locale_id, translation_key__in=keys).specific()
            )
            by_key = {page.translation_key: page for page in pages}
            return [by_key[key] for key in keys if key in by_key]

        return shared_data.remember(f"featured:{self.pk}", build)

    def get_latest_news(self, count=4):
        """The latest news and events of this page's locale (shared data)."""
        from news.models import NewsPage

        return shared_data.remember(
            f"latest-news:{self.pk}:{count}",
            lambda: list(
                NewsPage.objects.live().public().filter(locale_id=self.locale_id).order_by("-date", "-pk")[:count]
            ),
        )

    def get_sections(self):
        """The live, public pages below this one shown in menus, in menu order, each with its ``intro`` (shared data).

        The header's menu (``portal/page_frame.py``) with the introductions read in one query,
        not a query per page type.
        """

        def build():
            sections = [copy.copy(page) for page in page_frame(self, self).menu]
            intros = specific_values(sections, "intro")
            for section in sections:
                section.intro = intros.get(section.pk, "")
            return sections

        return shared_data.remember(f"sections:{self.pk}", build)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            featured=self.get_featured(),
            latest_news=self.get_latest_news(),
            sections=self.get_sections(),
        )
        return context


class StandardPage(BasePage):
    """About, help and other general pages."""

    reader_type_label = _("Information")

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    allowed_in_owned_trees = True  # also inside a country, region or theme (its owners write there)
    subpage_types = ["home.StandardPage"]

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro"), TranslatableField("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


def _live_page_query(shape, *, pk):
    """The page ``pk`` of type ``model`` if live, with what readers are shown of other tables.

    ``shape``: (the page type, the restricted sections, which a type's ``reader_queryset`` may read).
    """
    model, _restricted = shape
    queryset = model.objects.filter(pk=pk, live=True)
    # What the page shows beyond its own fields, read in the same query (a page type's declaration).
    if hasattr(model, "reader_queryset"):
        queryset = model.reader_queryset(queryset)
    # And what other apps show on it (``PORTAL_READER_PAGE_ANNOTATIONS``).
    return model_values(annotate_reader_page(model, queryset))


_LIVE_PAGE = PreparedQuery(_live_page_query, {"pk": int})
