"""axe-core in a real browser: no serious or critical violation on any page type in any language."""

import pytest

from .conftest import DESKTOP, EVERY_PAGE, expected_status, node_module

pytestmark = pytest.mark.e2e

BLOCKING = ("serious", "critical")


def describe(violation):
    nodes = "\n".join(
        f"    {' '.join(node['target'])}: {node['html'][:200]}\n      {node['failureSummary'].replace(chr(10), ' ')}"
        for node in violation["nodes"][:10]
    )
    more = len(violation["nodes"]) - 10
    return f"  {violation['id']} ({violation['impact']}): {violation['help']}\n{nodes}" + (
        f"\n    … and {more} more" if more > 0 else ""
    )


@pytest.fixture(scope="module")
def shared_reader(browser):
    """An anonymous tab that lets the test add axe-core's script to the page: the page's own
    Content-Security-Policy (tested in test_content_security_policy.py) refuses inline scripts."""
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(("page_type", "language"), EVERY_PAGE)
def test_no_serious_or_critical_axe_violations(portal, shared_reader, page_type, language):
    reader = shared_reader
    url = portal["urls"][page_type, language]
    response = reader.goto(url)
    assert response.status == expected_status(page_type), url
    reader.add_script_tag(path=str(node_module("axe-core", "axe.min.js")))
    results = reader.evaluate("axe.run(document, {resultTypes: ['violations']})")
    blocking = [violation for violation in results["violations"] if violation["impact"] in BLOCKING]
    assert not blocking, f"axe-core on {url}:\n" + "\n".join(describe(violation) for violation in blocking)
