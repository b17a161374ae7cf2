"""Screenshots of every page type in every language at phone and desktop width, for people to look at
(tests/e2e/screenshots/, ignored by git, kept by CI). At phone width nothing may stick out sideways."""

import pytest

from .conftest import DESKTOP, EVERY_PAGE, PHONE, SCREENSHOTS, expected_status

pytestmark = pytest.mark.e2e

OVERFLOW = """() => [...document.querySelectorAll("body *")]
    .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .filter(el => !el.closest(".visually-hidden, .skip-link"))
    .slice(0, 5)
    .map(el => `${el.tagName.toLowerCase()}.${el.className}: ${el.outerHTML.slice(0, 120)}`)"""


@pytest.mark.parametrize(("page_type", "language"), EVERY_PAGE)
def test_screenshots_at_phone_and_desktop_width(portal, shared_reader, page_type, language):
    reader = shared_reader
    reader.set_viewport_size(DESKTOP)
    SCREENSHOTS.mkdir(exist_ok=True)
    url = portal["urls"][page_type, language]
    response = reader.goto(url)
    assert response.status == expected_status(page_type), url
    assert reader.get_attribute("html", "lang") == language
    for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        reader.set_viewport_size(viewport)
        reader.screenshot(path=str(SCREENSHOTS / f"{page_type}-{language}-{name}.png"), full_page=True)
    # Still at phone width: the page does not scroll sideways.
    assert reader.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], reader.evaluate(OVERFLOW)
