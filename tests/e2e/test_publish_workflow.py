"""The publish workflow in a real browser: the demo specialist edits and submits, the demo reviewer approves.

The portal and the browser are the suite's (conftest.py): the portal as ``make run`` starts it, on a
throw-away database, with the page cache on.
"""

import pytest

pytestmark = pytest.mark.e2e

NEW_SUMMARY = "Resumen revisado en el navegador: cobertura contributiva ampliada en 2026."


def log_in(page, base_url, username, password):
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")


def public_text(browser, url):
    context = browser.new_context()
    page = context.new_page()
    response = page.goto(url)
    assert response.status == 200
    text = page.inner_text("main")
    context.close()
    return text


def test_specialist_submits_reviewer_approves_public_page_changes(portal, browser, tmp_path):
    base_url, ecuador = portal["base_url"], portal["ecuador"]
    public_url = base_url + ecuador["url"]
    assert ecuador["summary"] in public_text(browser, public_url)

    # The specialist (admin in Spanish) edits the Ecuador profile they own and submits it.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, base_url, "specialist", "demo-specialist-2026")
    page.goto(f"{base_url}/admin/pages/{ecuador['id']}/edit/")
    summary = page.locator("textarea[name=summary]")
    summary.fill(NEW_SUMMARY)
    # Publishing is not theirs to do: the footer offers submission for review instead.
    assert page.locator("button[name=action-publish]").count() == 0
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_load_state()
    assert "enviada" in page.inner_text("body").lower() or "en moderación" in page.inner_text("body").lower()
    page.screenshot(path=str(tmp_path / "1-specialist-submitted.png"), full_page=True)
    context.close()

    # Submitted is not published: readers still see the old text.
    before = public_text(browser, public_url)
    assert NEW_SUMMARY not in before
    assert ecuador["summary"] in before

    # The reviewer (admin in English) finds it waiting on the dashboard and approves it.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, base_url, "reviewer", "demo-reviewer-2026")
    panel = page.locator("section", has_text="Awaiting your review").first
    assert panel.is_visible()
    assert "Ecuador" in panel.inner_text()
    page.screenshot(path=str(tmp_path / "2-reviewer-dashboard.png"), full_page=True)
    page.goto(f"{base_url}/admin/pages/{ecuador['id']}/edit/")
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.locator("footer button", has_text="Approve").first.click()
    # Back on the dashboard, with the approval confirmed and nothing left waiting.
    page.wait_for_url(f"{base_url}/admin/")
    body = page.inner_text("body")
    assert "You approved “Ecuador”: it is now live." in body and "has been updated" not in body
    assert "permission" not in body
    assert "Ecuador" not in " ".join(page.locator("section", has_text="Awaiting your review").all_inner_texts())
    page.screenshot(path=str(tmp_path / "3-reviewer-approved.png"), full_page=True)
    context.close()

    # Approved is live.
    after = public_text(browser, public_url)
    assert NEW_SUMMARY in after, (tmp_path, portal["log"].read_text()[-3000:])
