"""Each gap that portal/upstream/ works around still exists upstream.

Every test here FAILS when Wagtail or wagtail-localize closes the gap: then delete the
workaround (its module in portal/upstream/, named in the test) and the test. The tests of
the workarounds' behaviour are in test_explorer_listing.py and test_translator_admin.py.
"""

import inspect

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.models import StandardPage
from portal.upstream import explorer_listing

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def queries_of(function):
    with CaptureQueriesContext(connection) as queries:
        function()
    return len(queries)


def test_gap_1_wagtail_localize_listing_buttons_query_per_row(specialist, scene_page):
    """explorer_listing: wagtail-localize's "More" buttons ask the database for each page they are given."""
    page = Page.objects.get(pk=scene_page("country-be").pk)
    buttons = explorer_listing.wagtail_localize_more_buttons
    assert queries_of(lambda: list(buttons(page, specialist, next_url="/x/"))) >= 2


def test_gap_2_wagtail_can_delete_asks_the_database_for_a_leaf(specialist, scene_page):
    """explorer_listing: Wagtail's tester asks about the subtree even when the row is a draft leaf."""
    leaf = scene_page("country-ec").add_child(instance=StandardPage(title="Hoja", slug="hoja-gap", live=False))
    leaf = Page.objects.get(pk=leaf.pk)
    assert leaf.is_leaf() and not leaf.live
    tester = PagePermissionTester(specialist, leaf)
    tester.permissions  # noqa: B018  (the user's permissions, read once)
    assert queries_of(tester.can_delete) >= 1


def test_gap_3_wagtail_explorable_instances_repeats_each_tree(specialist):
    """explorer_listing: Wagtail's explorable_instances has one condition per permission row (wagtail/wagtail#14593)."""
    theirs = str(PagePermissionPolicy(Page).explorable_instances(specialist).query)
    ours = str(explorer_listing.ExplorerPagePermissionPolicy(Page).explorable_instances(specialist).query)
    assert theirs.count("LIKE") > ours.count("LIKE")


def test_gap_4_wagtail_localize_dates_its_comments_with_strftime():
    """localize_gaps: StringTranslation.get_comment writes month names with strftime (English)."""
    from wagtail_localize import models

    assert "strftime" in inspect.getsource(models.StringTranslation.get_comment)
    assert "%B" in models.DATE_FORMAT


def test_gap_5_wagtail_localize_reports_menu_label_is_not_lazy():
    """localize_gaps: wagtail-localize labels its report's menu item with gettext, once per process."""
    from wagtail_localize import wagtail_hooks

    source = inspect.getsource(wagtail_hooks.register_wagtail_localize2_report_menu_item)
    assert '_("Translations")' in source
    assert wagtail_hooks._.__name__ == "gettext"


def test_gap_8_wagtail_sends_an_untouched_empty_rich_text_field_as_an_empty_paragraph():
    """rich_text: Wagtail's Draftail widget renders "" as one empty paragraph and reads it back as HTML."""
    from wagtail.admin.rich_text import DraftailRichTextArea

    widget = DraftailRichTextArea()
    rendered = widget.format_value("")
    assert widget.value_from_datadict({"body": rendered}, {}, "body").startswith("<p")


def test_gap_9_wagtail_localize_gives_a_snippet_the_generic_status_panel():
    """localize_snippet_status: wagtail-localize's snippet editor uses StatusSidePanel, not the snippets' own panel."""
    from wagtail_localize.views import edit_translation

    source = inspect.getsource(edit_translation.edit_translation)
    assert "StatusSidePanel(" in source and "SnippetStatusSidePanel" not in source
    assert "revisions_compare_url_name" not in source
