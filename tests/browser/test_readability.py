"""Readable however the page is shown: narrow phones, 200 % zoom, forced
colours (Windows high contrast), reduced motion, and on paper."""

import pytest

from tests.browser.conftest import LANGUAGES, PAGE_TYPES
from tests.browser.test_accessibility import axe_violations

pytestmark = pytest.mark.browser

# 320 CSS px is the narrowest phone WCAG asks for (1.4.10); 1280 px at 200 %
# zoom lays out as 640 CSS px at twice the pixel density.
REFLOW_VIEWPORTS = {
    "320px": {"viewport": {"width": 320, "height": 640}},
    "200% zoom": {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2},
}
WIDER_THAN_THE_WINDOW = """() => [...document.querySelectorAll("body *")]
    .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
    .slice(0, 3)
    .map(el => `${el.tagName.toLowerCase()}.${el.className}`)"""
LONGEST_TRANSITION = """() => Math.max(0, ...[...document.querySelectorAll("*")].flatMap(el => {
    const style = getComputedStyle(el);
    return [style.transitionDuration, style.animationDuration]
        .flatMap(value => value.split(","))
        .map(parseFloat);
}))"""
HIDDEN_ON_PAPER = [
    ".skip-link",
    ".language-switcher",
    ".site-search",
    ".site-header__search-link",
    ".main-menu",
    ".main-menu__toggle",
]


@pytest.mark.parametrize("zoom", REFLOW_VIEWPORTS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_text_reflows_without_horizontal_scrolling(
    browser, browser_site, page_type, language, zoom
):
    context = browser.new_context(**REFLOW_VIEWPORTS[zoom])
    try:
        page = context.new_page()
        page.goto(browser_site.url(page_type, language))
        scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
        window_width = page.evaluate("() => window.innerWidth")
        assert scroll_width <= window_width, (
            f"{page_type} in {language} at {zoom} scrolls sideways: "
            f"{scroll_width} > {window_width}, widest {page.evaluate(WIDER_THAN_THE_WINDOW)}"
        )
    finally:
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_forced_colours_keep_contrast_and_focus_rings(
    browser_site, open_page, page_type, language
):
    page = open_page(browser_site.url(page_type, language), forced_colors="active")
    assert page.evaluate("() => matchMedia('(forced-colors: active)').matches")
    violations = axe_violations(page)
    assert not violations, f"{page_type} in {language}, forced colours:\n" + "\n".join(
        violations
    )
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate(
        "() => parseFloat(getComputedStyle(document.activeElement).outlineWidth)"
    )
    assert outline >= 2, "the focus ring is an outline, which forced colours keep"


@pytest.mark.parametrize("page_type", ["home", "campaign-case"])
def test_reduced_motion_turns_off_transitions(browser_site, open_page, page_type):
    page = open_page(browser_site.url(page_type, "en"), reduced_motion="reduce")
    assert page.evaluate(LONGEST_TRANSITION) == 0
    assert (
        page.evaluate("() => getComputedStyle(document.documentElement).scrollBehavior")
        == "auto"
    )


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_has_a_print_layout(browser_site, open_page, page_type):
    page = open_page(browser_site.url(page_type, "ja"), "desktop")
    page.emulate_media(media="print")
    for selector in HIDDEN_ON_PAPER:
        for element in page.locator(selector).all():
            assert not element.is_visible(), f"{selector} is printed on {page_type}"
    assert page.locator("h1").is_visible()
    assert (
        page.evaluate("() => getComputedStyle(document.body).color") == "rgb(0, 0, 0)"
    )
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_header_menu_breadcrumbs_and_content_share_one_left_edge(
    browser_site, open_page, viewport
):
    page = open_page(browser_site.url("campaign-case", "ja"), viewport)
    if viewport == "phone":
        page.locator(".main-menu__toggle").click()
        page.locator(".main-menu__link").first.wait_for(state="visible")
    edges = {
        # The first visible one: on phones the breadcrumbs show the parent
        # only, its item starting with the "‹" before the link.
        selector: round(page.locator(f"{selector}:visible").first.bounding_box()["x"])
        for selector in (
            ".site-brand",
            ".main-menu__link",
            ".breadcrumbs li",
            "h1",
            ".site-footer p",
        )
    }
    assert len(set(edges.values())) == 1, edges
