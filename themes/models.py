"""Thematic pages: health, old age, the social protection floor, legal instruments…"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from portal.editorial.models import OwnablePage
from portal.models import BasePage, ListingPageMixin, rich_text


class ThemeIndexPage(ListingPageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["themes.ThemePage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("theme index page")

    def get_listing_queryset(self):
        return ThemePage.objects.child_of(self).live().public().order_by("title")


class ThemePage(OwnablePage, BasePage):
    summary = models.TextField(_("summary"), blank=True)
    synthesis = rich_text(_("synthesis of knowledge"))
    policy_documents = rich_text(_("policy documents"))
    further_reading = rich_text(_("further reading"))
    ongoing_projects = rich_text(_("ongoing projects"))
    training = rich_text(_("training"))

    parent_page_types = ["themes.ThemeIndexPage"]
    subpage_types = ["home.StandardPage"]

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("synthesis"),
        FieldPanel("policy_documents"),
        FieldPanel("further_reading"),
        FieldPanel("ongoing_projects"),
        FieldPanel("training"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("synthesis"),
        TranslatableField("policy_documents"),
        TranslatableField("further_reading"),
        TranslatableField("ongoing_projects"),
        TranslatableField("training"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("synthesis"),
        index.SearchField("policy_documents"),
        index.SearchField("further_reading"),
        index.SearchField("ongoing_projects"),
        index.SearchField("training"),
    ]

    class Meta:
        verbose_name = _("theme page")
        verbose_name_plural = _("theme pages")

    def get_tagged_content(self, limit=6):
        """Case studies, resources, news and events tagged with this theme, in this locale."""
        from casestudies.models import CaseStudyPage
        from news.models import NewsPage
        from resources.models import ResourcePage

        return {
            "case_studies": CaseStudyPage.tagged_with(self, self.locale_id).order_by("-implemented_since", "title")[
                :limit
            ],
            "resources": ResourcePage.tagged_with(self, self.locale_id).order_by("-year", "title")[:limit],
            "news": NewsPage.tagged_with(self, self.locale_id).order_by("-date")[:limit],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_tagged_content())
        return context
