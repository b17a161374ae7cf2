"""What a reader does, in a real browser and in each language: browse by following links, switch
language, move by keyboard, search."""

import pytest

from .conftest import LANGUAGES, SEARCH_WORDS

pytestmark = pytest.mark.e2e

OTHER_LANGUAGE = {"es": "en", "en": "fr", "fr": "es"}


def check_page(page, portal, key, language):
    """The browser shows the demo page ``key`` in ``language``: its URL, <html lang> and heading."""
    expected = portal["pages"][key][language]
    page.wait_for_url(portal["base_url"] + expected["url"])
    assert page.get_attribute("html", "lang") == language
    assert page.locator("h1").inner_text().strip() == expected["title"]


def follow(page, portal, scope, key, language):
    """Click the visible link whose text is the title of the demo page ``key``, inside ``scope``."""
    title = portal["pages"][key][language]["title"]
    link = page.locator(scope).get_by_role("link", name=title, exact=True).first
    assert link.is_visible(), f"no visible link “{title}” in {scope} of {page.url}"
    link.click()
    check_page(page, portal, key, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_reader_browses_from_home_to_a_resource_and_switches_language(portal, reader, language):
    page = reader
    response = page.goto(f"{portal['base_url']}/{language}/")
    assert response.status == 200
    check_page(page, portal, "home", language)

    # Home → Countries (main navigation) → Belgium → its good practice → one of its themes → a resource.
    follow(page, portal, "nav.main-nav", "countries", language)
    follow(page, portal, "main", "country-be", language)
    follow(page, portal, "main", "casestudy-be-platform", language)
    follow(page, portal, "main", "theme-financing", language)
    follow(page, portal, "main", "resource-tz-sper", language)

    # The language switcher leads to the same resource in the other language.
    other = OTHER_LANGUAGE[language]
    switcher = page.locator("nav.languages")
    assert switcher.locator("[aria-current]").get_attribute("lang") == language
    switcher.locator(f"a[hreflang={other}]").click()
    check_page(page, portal, "resource-tz-sper", other)
    assert page.locator("nav.languages [aria-current]").get_attribute("lang") == other


def focused(page):
    """The focused element: its tag, class, text, whether it is on screen, and its focus outline."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            return {
                tag: el.tagName.toLowerCase(),
                className: el.className,
                text: el.innerText,
                href: el.getAttribute("href"),
                inNav: !!el.closest("nav.main-nav"),
                onScreen: box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight,
                outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
            };
        }"""
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_reaches_skip_link_and_main_navigation_with_visible_focus(portal, reader, language):
    page = reader
    page.goto(portal["urls"]["country", language])

    # The first Tab shows the skip link; Enter moves the focus to the main content.
    page.keyboard.press("Tab")
    skip = focused(page)
    assert skip["className"] == "skip-link" and skip["href"] == "#main", skip
    assert skip["onScreen"] and skip["outline"], skip
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # From the top again: a few more Tabs reach the main navigation, each stop visibly focused.
    page.goto(portal["urls"]["country", language])
    for _ in range(15):
        page.keyboard.press("Tab")
        stop = focused(page)
        assert stop["onScreen"] and stop["outline"], stop
        if stop["inNav"]:
            break
    else:
        pytest.fail("15 Tabs did not reach the main navigation")
    assert stop["text"].strip() == portal["pages"]["countries"][language]["title"]
    page.keyboard.press("Enter")
    page.wait_for_url(portal["base_url"] + portal["pages"]["countries"][language]["url"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_box_finds_a_case_study(portal, reader, language):
    page = reader
    page.goto(f"{portal['base_url']}/{language}/")
    # By its name, not its role: a search box with suggestions is a combobox.
    box = page.locator("header form[role=search] input[name=q]")
    box.fill(SEARCH_WORDS[language])
    box.press("Enter")
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == language
    assert f"q={SEARCH_WORDS[language]}" in page.url
    case_study = portal["pages"]["casestudy-be-platform"][language]
    result = page.locator("main").get_by_role("link", name=case_study["title"], exact=True)
    assert result.count() == 1, page.locator("main").inner_text()
    result.click()
    check_page(page, portal, "casestudy-be-platform", language)
