"""Every page type, in every language, at phone and desktop width, in Chromium.

axe-core checks the WCAG 2.0, 2.1 and 2.2 A and AA rules on the rendered
page; other checks cover what axe leaves to people: one h1, no skipped
heading levels, landmarks, language attributes and image alt text. Set
BROWSER_SCREENSHOTS to a folder to keep a full-page screenshot of each.
"""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import LANGUAGES, PAGE_TYPES, VIEWPORTS

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE = Axe()
SCREENSHOTS = os.environ.get("BROWSER_SCREENSHOTS")


def axe_violations(page):
    """axe-core's WCAG A/AA violations on the page, one line each."""
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}}
    results = AXE.run(page, options=options)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        f"{node['target']} ({len(violation['nodes'])} elements)"
        for violation in results.response["violations"]
        for node in violation["nodes"][:1]
    ]


def navigation_names(page):
    """Each navigation landmark's name: screen readers list them by it."""
    return page.eval_on_selector_all(
        "nav",
        """navs => navs.map(nav => nav.getAttribute("aria-label")
            || document.getElementById(nav.getAttribute("aria-labelledby"))?.textContent.trim())""",
    )


def heading_levels(page):
    return page.eval_on_selector_all(
        "h1, h2, h3, h4, h5, h6", "hs => hs.map(h => Number(h.tagName[1]))"
    )


def skipped_levels(levels):
    """(from, to) pairs where the outline jumps down more than one level."""
    return [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_passes_axe_and_has_a_sound_outline(
    browser_site, open_page, page_type, language, viewport
):
    page = open_page(browser_site.url(page_type, language), viewport)
    where = f"{page_type} in {language} at {viewport} width ({page.url})"
    load_every_image(page)
    if SCREENSHOTS:
        folder = Path(SCREENSHOTS)
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(
            path=folder / f"{page_type}-{language}-{viewport}.png", full_page=True
        )

    violations = axe_violations(page)
    assert not violations, f"{where}:\n" + "\n".join(violations)

    assert page.get_attribute("html", "lang") == language, where
    levels = heading_levels(page)
    assert levels.count(1) == 1, f"{where}: headings {levels}"
    assert levels[0] == 1, f"{where}: the first heading is h{levels[0]}"
    assert not skipped_levels(levels), (
        f"{where}: skipped levels {skipped_levels(levels)}"
    )
    assert page.locator("main").count() == 1, where
    assert page.get_by_role("banner").count() <= 1, where
    assert page.get_by_role("contentinfo").count() <= 1, where
    names = navigation_names(page)
    assert all(names) and len(set(names)) == len(names), f"{where}: navigations {names}"
    missing_alt = page.locator("img:not([alt])").count()
    assert missing_alt == 0, f"{where}: {missing_alt} images without alt"
    broken = broken_images(page)
    assert not broken, f"{where}: images that did not load: {broken}"


def load_every_image(page):
    """Load the lazy images below the fold too, as scrolling would."""
    page.evaluate(
        """() => Promise.all([...document.images].map(image => {
            image.loading = "eager";
            return image.complete ? null : new Promise(done => {
                image.addEventListener("load", done);
                image.addEventListener("error", done);
            });
        }))"""
    )


def broken_images(page):
    return page.eval_on_selector_all(
        "img",
        "imgs => imgs.filter(i => !(i.complete && i.naturalWidth)).map(i => i.currentSrc)",
    )
