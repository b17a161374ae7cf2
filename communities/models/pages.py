"""The community pages: an index per language, communities (and their working groups), their sub-pages.

A community is a ``CommunityPage`` below the ``CommunityIndexPage`` of its language; a
working group is a ``CommunityPage`` below a community (one level only). Its concept note
(overview, purpose, participation strategy with a timeline of activities) is translated
like any page; its privacy (``access``, ``hidden``, ``archived``) is synchronised, and every
rule reads it from the *canonical* page (the original of the translation group, whose
memberships and Django group are those of every language version): ``canonical()``.

What a reader may do is decided in ``communities/access.py``; how privacy is built on
Wagtail's view restrictions, in ``communities/privacy.py``; the reader's routes (join,
members, discussions, files…) in ``communities/views.py``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from communities.models.choices import Access
from portal.models import BasePage, rich_text


class TimelineBlock(blocks.StructBlock):
    period = blocks.CharBlock(label=_("Period"), max_length=80, help_text=_("For example: March 2027."))
    activities = blocks.TextBlock(label=_("Activities"))

    class Meta:
        icon = "date"
        template = "communities/blocks/timeline_block.html"
        label = _("Period and activities")


class CommunityIndexPage(BasePage):
    reader_type_label = _("Communities")

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["communities.CommunityPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("communities index page")

    def get_context(self, request, *args, **kwargs):
        from communities import access

        context = super().get_context(request, *args, **kwargs)
        context["communities"] = access.listed_communities(request, self)
        return context


class CommunityPage(RoutablePageMixin, BasePage):
    reader_type_label = _("Community")

    overview = rich_text(
        _("overview"), help_text=_("The theme of the community, its background, and who runs it and why.")
    )
    purpose = rich_text(
        _("purpose"), help_text=_("Why the community exists, what members and managers do, and how it will work.")
    )
    participation = rich_text(
        _("participation strategy"),
        help_text=_("How members will take part and how new members will be found and invited."),
    )
    timeline = StreamField(
        [("period", TimelineBlock())], blank=True, verbose_name=_("timeline of activities"), use_json_field=True
    )
    header_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("header image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    access = models.CharField(_("privacy"), max_length=16, choices=Access.choices, default=Access.SEMI_PRIVATE)
    hidden = models.BooleanField(
        _("hidden"), default=False, help_text=_("Listed and found only by its members, wherever readers look.")
    )
    archived = models.BooleanField(
        _("archived"),
        default=False,
        help_text=_("No one can join; the content stays readable to those who could read it, with a notice."),
    )

    parent_page_types = ["communities.CommunityIndexPage", "communities.CommunityPage"]
    subpage_types = ["communities.CommunityPage", "communities.CommunitySubPage"]

    content_panels = BasePage.content_panels + [
        FieldPanel("header_image"),
        MultiFieldPanel(
            [FieldPanel("overview"), FieldPanel("purpose"), FieldPanel("participation"), FieldPanel("timeline")],
            heading=_("Concept note"),
        ),
    ]
    settings_panels = BasePage.settings_panels + [
        MultiFieldPanel([FieldPanel("access"), FieldPanel("hidden"), FieldPanel("archived")], heading=_("Privacy")),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("overview"),
        TranslatableField("purpose"),
        TranslatableField("participation"),
        TranslatableField("timeline"),
        SynchronizedField("header_image"),
        SynchronizedField("access", overridable=False),
        SynchronizedField("hidden", overridable=False),
        SynchronizedField("archived", overridable=False),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("overview"),
        index.SearchField("purpose"),
        index.SearchField("participation"),
    ]

    class Meta:
        verbose_name = _("community")
        verbose_name_plural = _("communities")

    @classmethod
    def can_create_at(cls, parent):
        """A community under the index; a working group under a community, not under a working group."""
        if not super().can_create_at(parent):
            return False
        specific = parent.specific_class
        if specific is not None and issubclass(specific, CommunityPage):
            return not isinstance(parent.get_parent().specific, CommunityPage)
        return True

    def get_listing_summary(self):
        return self.search_description

    def canonical(self):
        """The original page of this community's translation group: its memberships, group and privacy."""
        return CommunityPage.objects.filter(translation_key=self.translation_key).order_by("pk").first() or self

    def parent_community(self):
        """The community a working group belongs to (canonical), or None for a community."""
        parent = self.get_parent().specific
        return parent.canonical() if isinstance(parent, CommunityPage) else None

    @property
    def is_working_group(self):
        return isinstance(self.get_parent().specific, CommunityPage)

    # The reader's routes (communities/views.py); at most two path segments below the page
    # (home/models.py, HomePage.route).
    @path("")
    def index_route(self, request):
        from communities import views

        return views.community(self, request)

    @re_path(r"^(?P<action>join|leave)/$")
    def membership_route(self, request, action):
        from communities import views

        return getattr(views, action)(self, request)

    @path("members/")
    def members_route(self, request):
        from communities import views

        return views.members(self, request)

    @path("discussions/new/")
    def new_thread_route(self, request):
        from communities import discussions

        return discussions.new_thread(self, request)

    @re_path(r"^discussions/(?P<thread_id>\d+)/$")
    def thread_route(self, request, thread_id):
        from communities import discussions

        return discussions.thread(self, request, int(thread_id))

    @re_path(r"^(?P<action>edit-thread|delete-thread|follow|edit-post|delete-post)/(?P<pk>\d+)/$")
    def post_route(self, request, action, pk):
        from communities import discussions

        return discussions.ACTIONS[action](self, request, int(pk))

    @path("files/")
    def files_route(self, request):
        from communities import file_views

        return file_views.files(self, request)

    @path("files/categories/")
    def file_categories_route(self, request):
        from communities import file_views

        return file_views.categories(self, request)

    @re_path(r"^delete-file/(?P<pk>\d+)/$")
    def delete_file_route(self, request, pk):
        from communities import file_views

        return file_views.delete_file(self, request, int(pk))

    @path("announce/")
    def announce_route(self, request):
        from communities import announcements

        return announcements.announce(self, request)

    # The calendar and webinars (communities/calendar.py).
    @re_path(r"^(?P<tab>calendar|webinars)/$")
    def calendar_tab_route(self, request, tab):
        from communities import calendar

        return getattr(calendar, tab)(self, request)

    @re_path(r"^calendar/(?P<what>ics|new)/$")
    def calendar_file_route(self, request, what):
        from communities import calendar

        return calendar.calendar_ics(self, request) if what == "ics" else calendar.new_event(self, request)

    @re_path(r"^webinars/(?P<pk>new|\d+)/$")
    def series_route(self, request, pk):
        from communities import calendar

        return calendar.new_series(self, request) if pk == "new" else calendar.series(self, request, int(pk))

    @re_path(
        r"^(?P<action>event|event-ics|edit-event|delete-event|slides|new-session|edit-series|delete-series)/(?P<pk>\d+)/$"
    )
    def calendar_action_route(self, request, action, pk):
        from communities import calendar

        return calendar.ACTIONS[action](self, request, int(pk))

    @re_path(r"^(?P<action>archive|keep-active)/$")
    def activity_route(self, request, action):
        from communities import activity_views

        return activity_views.ACTIONS[action](self, request)

    @path("discussions/search/")
    def search_discussions_route(self, request):
        from communities import discussion_search

        return discussion_search.search(self, request)


class CommunitySubPage(BasePage):
    """A page of a community's own small tree (resources by topic, meetings): members only unless open."""

    reader_type_label = _("Community page")

    intro = models.TextField(_("introduction"), blank=True)
    body = rich_text(_("body"))

    parent_page_types = ["communities.CommunityPage", "communities.CommunitySubPage"]
    subpage_types = ["communities.CommunitySubPage"]

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro"), TranslatableField("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("community page")
        verbose_name_plural = _("community pages")

    def community(self):
        """The community (or working group) this page belongs to, canonical."""
        return CommunityPage.objects.ancestor_of(self).order_by("-depth").first().canonical()
