"""The Content-Security-Policy in Chromium: no page type, in any language, and none of the
admin screens editors use, makes the browser report a violation (portal/security/headers.py).

A violation is what the page's own ``securitypolicyviolation`` events and Chromium's console
report; a page that breaks the policy would lose a script, a style or a frame for real readers.
"""

import pytest

from .conftest import EVERY_PAGE, expected_status
from .test_publish_workflow import log_in

pytestmark = pytest.mark.e2e

LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`
    );
});
"""


@pytest.fixture(scope="module")
def watched(browser):
    """One tab that records CSP violations, from the page's events and the console."""
    context = browser.new_context()
    context.add_init_script(LISTEN)
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    yield page, console
    context.close()


def violations(page, console):
    found = page.evaluate("window.__cspViolations") + [
        text for text in console if "Content Security Policy" in text or "Content-Security-Policy" in text
    ]
    console.clear()
    return found


@pytest.mark.parametrize(("page_type", "language"), EVERY_PAGE)
def test_no_violation_on_public_pages(portal, watched, page_type, language):
    page, console = watched
    url = portal["urls"][page_type, language]
    response = page.goto(url)
    page.wait_for_load_state("load")
    assert response.status == expected_status(page_type), url
    policy = response.headers["content-security-policy"]
    assert "script-src 'self';" in policy + ";" and "unsafe-inline" not in policy
    assert "camera=()" in response.headers["permissions-policy"]
    if page_type == "home":
        # The search box's suggestions (a static script fetching JSON) run under the policy too.
        page.fill("#site-search", "seg")
        page.wait_for_timeout(600)
    assert violations(page, console) == [], url


def test_no_violation_in_the_admin(portal, browser):
    base_url = portal["base_url"]
    context = browser.new_context()
    context.add_init_script(LISTEN)
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    log_in(page, base_url, "editor", "demo-editor-2026")
    ecuador = portal["ecuador"]
    for path in (
        "/admin/",
        f"/admin/pages/{ecuador['id']}/edit/",
        f"/admin/pages/{ecuador['id']}/",
        "/admin/images/",
        "/admin/reports/editorial-audit/",
        "/admin/locked-logins/",
    ):
        response = page.goto(base_url + path)
        page.wait_for_load_state("load")
        assert response.status == 200, path
        assert "content-security-policy" in response.headers, path
        assert violations(page, console) == [], path
    # The page as the signed-in editor sees it, with Wagtail's user bar, under the public policy.
    page.goto(portal["urls"]["country", "es"])
    page.wait_for_load_state("load")
    assert violations(page, console) == []
    context.close()
