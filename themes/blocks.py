"""A theme's reading lists ("Policy documents", "Further reading"): portal pages and outside sources.

A page link follows its page into each language (wagtail-localize translates the choice
to the reader's version); its note is translated. An outside source's title and
publisher are translated; its link and year are the same in every language.
``manage.py check_links`` checks the outside links.
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    note = blocks.CharBlock(
        required=False,
        label=_("Note"),
        help_text=_("What to read there, for example “Part II: medical care”."),
    )

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/page_link_block.html"
        label = _("Portal page")


class ExternalSourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(required=False, label=_("Link"), help_text=_("Leave empty for a source that is not online."))
    publisher = blocks.CharBlock(required=False, label=_("Publisher or author"))
    year = blocks.IntegerBlock(required=False, min_value=1800, label=_("Year"))

    class Meta:
        icon = "link-external"
        template = "blocks/external_source_block.html"
        label = _("Outside source")

    def clean(self, value):
        value = super().clean(value)
        year = value.get("year")
        if year and year > datetime.date.today().year:
            raise StructBlockValidationError({"year": ValidationError(gettext("The year cannot be in the future."))})
        return value


class ReadingListBlock(blocks.StreamBlock):
    page = PageLinkBlock()
    source = ExternalSourceBlock()

    class Meta:
        # Pages show it through ThemePage.get_reading_lists() (the chosen pages in the reader's
        # language); this template renders the blocks as they are, for previews of a block.
        icon = "list-ul"
        template = "blocks/reading_list_block.html"
