"""The reviewer reviews what changed: from the queue to the diff, then requests changes with a comment.

The portal and the browser are the suite's (conftest.py). Screenshots of each step go to
tests/e2e/screenshots/ (review-*.png).
"""

import pytest

from tests.e2e.conftest import DESKTOP, SCREENSHOTS
from tests.e2e.test_publish_workflow import log_in

pytestmark = pytest.mark.e2e

ADDED = "Desde 2026 el régimen cubre también a los trabajadores de plataformas digitales."
COMMENT = "Cite la ley que amplía la cobertura, por favor."


def test_reviewer_opens_the_diff_from_the_queue_and_requests_changes(portal, browser):
    base_url = portal["base_url"]
    belgium = portal["pages"]["country-be"]["es"]
    SCREENSHOTS.mkdir(exist_ok=True)

    # The specialist adds a sentence to the Belgian profile's summary and submits it.
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    log_in(page, base_url, "specialist", "demo-specialist-2026")
    page.goto(f"{base_url}/admin/pages/{belgium['id']}/edit/")
    summary = page.locator("textarea[name=summary]")
    summary.fill(f"{summary.input_value()} {ADDED}")
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_load_state()
    context.close()

    # The reviewer follows the title in their queue to the diff against the live version.
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    log_in(page, base_url, "reviewer", "demo-reviewer-2026")
    queue = page.locator("#awaiting-review-section")
    page.screenshot(path=str(SCREENSHOTS / "review-1-queue.png"), full_page=True)
    queue.locator("td.title a", has_text=belgium["title"]).click()
    page.wait_for_url(f"{base_url}/admin/pages/{belgium['id']}/revisions/compare/live...*/")
    body = page.inner_text("body")
    assert "permission" not in body.lower()
    added = page.locator("td.comparison .addition", has_text="plataformas digitales")
    assert added.count() == 1 and added.first.is_visible()  # the new sentence, highlighted
    assert "There are no differences" not in body
    page.screenshot(path=str(SCREENSHOTS / "review-2-diff.png"), full_page=True)

    # Request changes, with a comment, from the diff itself.
    page.locator(".editorial-review-bar button", has_text="Request changes").click()
    dialog = page.locator(".modal-dialog, [role=dialog]").filter(has=page.locator("textarea[name=comment]")).first
    dialog.locator("textarea[name=comment]").fill(COMMENT)
    page.screenshot(path=str(SCREENSHOTS / "review-3-comment.png"))
    dialog.locator("button[type=submit]").click()
    page.wait_for_url(f"{base_url}/admin/")
    body = page.inner_text("body")
    assert f"You requested changes to “{belgium['title']}”" in body
    assert "permission" not in body.lower()
    assert belgium["title"] not in " ".join(page.locator("#awaiting-review-section").all_inner_texts())
    page.screenshot(path=str(SCREENSHOTS / "review-4-confirmed.png"), full_page=True)
    context.close()
