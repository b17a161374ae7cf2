"""On a phone (390x844) the header is one row, and its "Menu" button works without JavaScript."""

import pytest

from .conftest import LANGUAGES, PHONE

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("language", LANGUAGES)
def test_phone_header_is_compact_and_its_menu_opens_without_javascript(portal, browser, language):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(portal["urls"]["country", language])
        # Before: 309 px of header and menus above the content (issue 16); now one row.
        assert page.evaluate("document.querySelector('main').getBoundingClientRect().top") <= 80
        sections = page.locator(".main-nav a")
        assert sections.count() >= 6
        assert not sections.first.is_visible()
        assert not page.locator("#site-search").is_visible()
        page.locator("summary.site-menu__button").click()
        assert sections.first.is_visible() and page.locator("#site-search").is_visible()
        countries = portal["pages"]["countries"][language]
        page.get_by_role("link", name=countries["title"], exact=True).first.click()
        page.wait_for_url(portal["base_url"] + countries["url"])
    finally:
        context.close()


def test_wide_screens_show_the_menu_without_a_button(portal, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(portal["urls"]["country", "en"])
        assert not page.locator("summary.site-menu__button").is_visible()
        assert page.locator(".main-nav a").first.is_visible() and page.locator("#site-search").is_visible()
        # The table of contents is in the right column, beside the text.
        toc = page.locator("nav.toc .toc__list").bounding_box()
        heading = page.locator("main h1").bounding_box()
        assert toc["x"] > heading["x"] + 600
    finally:
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_menu_is_one_line_at_1280_pixels(portal, browser, language):
    """Every section of the main menu (eleven with the communities) on one line, in each language."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(portal["urls"]["country", language])
        tops = page.locator(".main-nav a").evaluate_all("links => links.map(link => link.getBoundingClientRect().top)")
        assert len(tops) >= 11 and len(set(tops)) == 1, tops
    finally:
        context.close()
