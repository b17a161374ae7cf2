"""The admin's rich text widget: an untouched empty field stays empty.

Gap in Wagtail 8 (the case of wagtail/wagtail#4549, fixed there for validation only): the
editor's hidden input starts with the server's rendering of an empty value, a content state
with one empty paragraph, and only Draftail's script replaces it with ``null`` once it has
started. A form sent before then (a reviewer approving as soon as the editor opens, a slow
machine, a page without scripts) turns every empty rich text field into
``<p data-block-key="…"></p>``. The page then counts as changed: Wagtail saves a revision in
the reviewer's name as part of the approval, the four-eyes rule (``editorial.models.ReviewTask``)
makes them an author of what they approve, and the approval is refused with Wagtail's bare
"Sorry, you do not have permission to access this area.", nothing published. The public page
also gains empty paragraphs.

:class:`DraftailRichTextArea` is Wagtail's widget, set as the default editor
(``WAGTAILADMIN_RICH_TEXT_EDITORS``), whose submitted value is ``""`` when it holds no text and
nothing else a reader would see (an image, an embed, a rule), as Draftail itself sends for an
empty editor. Remove it when Wagtail's server rendering of an empty value is ``null``.
"""

import re

from django.utils.html import strip_tags
from wagtail.admin.rich_text import DraftailRichTextArea as WagtailDraftailRichTextArea

# Elements a reader sees without any text in them: images and media (<embed>), rules.
VISIBLE_WITHOUT_TEXT = re.compile(r"<(embed|hr|img|iframe)\b", re.IGNORECASE)
# What a browser shows as blank: whitespace and non-breaking spaces, written or as entities.
BLANK = re.compile(r"(\s|&nbsp;|&#160;|&#xa0;|\u00a0)+", re.IGNORECASE)


def is_blank_html(value):
    """Whether rich text HTML shows nothing at all: empty paragraphs, headings, line breaks."""
    if not value:
        return True
    if VISIBLE_WITHOUT_TEXT.search(value):
        return False
    return not BLANK.sub("", strip_tags(value))


class DraftailRichTextArea(WagtailDraftailRichTextArea):
    """Wagtail's Draftail widget; a blank submission is the empty string, as Draftail sends it."""

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if value is not None and is_blank_html(value):
            return ""
        return value
