"""Keyboard and screen-reader use, in Chromium: what someone without a mouse,
or listening to the page, gets."""

import pytest

from tests.browser.conftest import LANGUAGES

pytestmark = pytest.mark.browser

ENDONYMS = {"en": "English", "zh-hant": "繁體中文", "ja": "日本語", "ko": "한국어"}
# The focused element, described so a failure says which one it was.
DESCRIBE_FOCUS = """() => {
    const el = document.activeElement;
    return el === document.body ? "body"
        : `${el.tagName.toLowerCase()}#${el.id}.${el.className} "${el.textContent.trim().slice(0, 40)}"`;
}"""
FOCUS_RING = """() => {
    const style = getComputedStyle(document.activeElement);
    const outline = style.outlineStyle !== "none" ? parseFloat(style.outlineWidth) : 0;
    return {outline, shadow: style.boxShadow !== "none"};
}"""
# Each newly focused element must come after the one before, in page order.
FOLLOWS_PREVIOUS = """() => {
    const el = document.activeElement;
    const previous = window.__previousFocus;
    window.__previousFocus = el;
    return !previous || Boolean(previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
}"""


def tab_until(page, selector, limit=80):
    """Press Tab until the element matching `selector` has focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"{selector} was not reached with {limit} presses of Tab")


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_link_is_first_and_moves_focus_to_the_main_content(
    browser_site, open_page, language
):
    page = open_page(browser_site.url("campaign-case", language))

    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert page.evaluate("() => document.activeElement.className") == "skip-link"
    box = skip_link.bounding_box()
    assert box["y"] >= 0 and box["height"] > 10, "the focused skip link is on screen"

    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main-content"
    page.keyboard.press("Tab")  # the next stop is inside the main content
    assert page.evaluate("() => document.activeElement.closest('main') !== null")


@pytest.mark.parametrize(
    ("page_type", "viewport"),
    [
        ("home", "desktop"),
        ("campaign-index", "desktop"),
        ("campaign-case", "desktop"),
        ("campaign-case", "phone"),
        ("news-index", "phone"),
        ("news-page", "desktop"),
        ("publication-page", "phone"),
        ("search-results", "phone"),
    ],
)
def test_every_control_is_reached_in_page_order_with_a_visible_focus_ring(
    browser_site, open_page, page_type, viewport
):
    page = open_page(browser_site.url(page_type, "ja"), viewport)
    assert (
        page.locator("[tabindex]:not([tabindex='0']):not([tabindex='-1'])").count() == 0
    )
    focusable = page.locator(
        "a[href]:visible, button:visible, input:visible, select:visible"
    ).count()

    # Phones reach the search page through the header's icon link; wider
    # screens have the form in the header.
    search = (
        [".site-header__search-link"]
        if viewport == "phone"
        else ["#site-search-query", ".site-search__button"]
    )
    expected = [".language-switcher__link", *search, ".site-footer a"]
    expected += {
        "campaign-index": [".facet__link"],
        "campaign-case": [
            ".action-form input[name=name]",
            ".action-form select[name=country]",
            ".action-form input[name=keep_informed]",
            ".action-form button[type=submit]",
            ".share__link",
            "#share-url",
            ".share__copy-button",
        ],
    }.get(page_type, [])
    reached, controls_reached = [], set()
    for _ in range(focusable):
        page.keyboard.press("Tab")
        focused = page.evaluate(DESCRIBE_FOCUS)
        reached.append(focused)
        assert page.evaluate(FOLLOWS_PREVIOUS), f"focus went back to {focused}"
        ring = page.evaluate(FOCUS_RING)
        assert ring["outline"] >= 2 or ring["shadow"], f"no focus ring on {focused}"
        controls_reached.update(
            page.evaluate(
                "selectors => selectors.filter(s => document.activeElement.matches(s))",
                expected,
            )
        )

    assert len(set(reached)) == focusable, "every control takes focus once"
    assert controls_reached == set(expected)


def test_phone_menu_opens_and_closes_by_keyboard(browser_site, open_page):
    page = open_page(browser_site.url("home", "ko"), "phone")
    toggle = page.locator(".main-menu__toggle")
    links = page.locator(".main-menu__link")
    assert toggle.is_visible() and toggle.inner_text().startswith("메뉴")
    assert not links.first.is_visible()

    tab_until(page, ".main-menu__toggle")
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert links.first.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.className") == "main-menu__link"

    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not links.first.is_visible()
    assert (
        page.evaluate("() => document.activeElement.className") == "main-menu__toggle"
    )

    page.keyboard.press("Space")
    assert links.first.is_visible()


def test_phone_menu_works_without_javascript(browser_site, open_page):
    page = open_page(browser_site.url("home", "ja"), "phone", java_script_enabled=False)
    links = page.locator(".main-menu__link")
    assert not links.first.is_visible()

    page.locator(".main-menu__toggle").click()  # a link to #main-menu
    for link in links.all():
        assert link.is_visible()
    # The page stays at its top: the brand and the Menu link are still there.
    assert page.evaluate("window.scrollY") == 0
    assert page.locator(".site-brand").is_visible()


def test_desktop_menu_never_folds(browser_site, open_page):
    page = open_page(browser_site.url("home", "en"), "desktop")
    assert not page.locator(".main-menu__toggle").is_visible()
    assert page.locator(".main-menu__link").first.is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_names_each_language_in_itself(
    browser_site, open_page, language
):
    page = open_page(browser_site.url("mission", language))
    links = page.locator(".language-switcher__link")
    names = {link.get_attribute("lang"): link.inner_text() for link in links.all()}
    assert names == ENDONYMS
    for link in links.all():
        assert link.get_attribute("hreflang") == link.get_attribute("lang")
    current = page.locator(".language-switcher__link[aria-current]")
    assert current.get_attribute("lang") == language
    # The switcher is a navigation landmark with a name in the page's language.
    assert page.get_by_role("navigation", name=current_label(page)).count() == 1


def current_label(page):
    return page.locator(".language-switcher").get_attribute("aria-label")


def test_language_switcher_works_by_keyboard(browser_site, open_page):
    page = open_page(browser_site.url("mission", "en"))
    tab_until(page, ".language-switcher__link[lang='ko']")
    page.keyboard.press("Enter")
    page.wait_for_url(browser_site.url("mission", "ko"))
    assert page.get_attribute("html", "lang") == "ko"


def test_filters_work_by_keyboard(browser_site, open_page):
    page = open_page(browser_site.url("campaign-index", "zh-hant"), "desktop")
    tab_until(page, ".facet__link[href*='kind=urgent_appeal']")
    page.keyboard.press("Enter")
    page.wait_for_url("**kind=urgent_appeal**")
    selected = page.locator(".facet__link[aria-current]")
    assert selected.count() == 1
    assert "緊急呼籲" in selected.inner_text()


def test_search_works_by_keyboard(browser_site, open_page):
    page = open_page(browser_site.url("home", "ja"), "desktop")
    tab_until(page, "#site-search-query")
    page.keyboard.type("労働者")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ja/search/**")
    assert page.locator("h1").inner_text() == "検索"
    assert page.locator(".search-results__item").count() > 0


def test_search_works_by_keyboard_on_a_phone(browser_site, open_page):
    page = open_page(browser_site.url("home", "ko"), "phone")
    tab_until(page, ".site-header__search-link")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ko/search/")
    tab_until(page, "#search-query")
    page.keyboard.type("노동자")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ko/search/?**")
    assert page.locator(".search-results__item").count() > 0


def test_fallback_notice_is_announced_before_the_content(browser_site, open_page):
    page = open_page(browser_site.url("standard-page", "ko"))
    notice = page.get_by_role("note")
    assert notice.count() == 1
    assert "영어" in notice.inner_text()  # "…shown in English", said in Korean
    # It is the first thing in the main landmark, where the skip link lands.
    first_in_main = page.evaluate(
        "() => document.querySelector('main').firstElementChild.getAttribute('role')"
    )
    assert first_in_main == "note"
    english = page.locator("main [lang='en']")
    assert english.count() >= 1, "the English text is marked as English"


@pytest.mark.parametrize("language", LANGUAGES)
def test_pictures_are_described_in_the_pages_language(
    browser_site, open_page, language
):
    page = open_page(browser_site.url("campaign-case", language))
    picture = page.locator("main img").first
    alt = picture.get_attribute("alt")
    assert alt and "CCCEA · example" in alt
    text_language = picture.evaluate("img => img.closest('[lang]').lang")
    assert text_language == language
    if language != "en":
        english = open_page(browser_site.url("campaign-case", "en"))
        assert alt != english.locator("main img").first.get_attribute("alt")
