"""A translator in the admin: only their language shown, the English above it."""

import pytest

from tests.browser.prepare_site import TRANSLATOR

pytestmark = pytest.mark.browser


def log_in(page, base_url):
    username, password = TRANSLATOR
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/admin/")


def show_only(page, language):
    """Use the language picker as a translator does: hide English, show one."""
    page.click("button.locale-toggle:text-is('en')")
    page.click(f"button.locale-toggle:text-is('{language}')")


def is_shown(page, field_name):
    return page.evaluate(
        "name => document.querySelector(`[name='${name}']`)"
        ".closest('[data-field-input], .w-field__wrapper').offsetParent !== null",
        field_name,
    )


def test_a_translator_sees_every_japanese_field_with_its_english(
    browser_site, open_page
):
    page = open_page(browser_site.base_url + "/admin/", viewport="desktop")
    log_in(page, browser_site.base_url)
    page.goto(browser_site.url("admin-edit-case", "en"))
    show_only(page, "ja")

    # Fields grouped in panels (image, call to action, an inline demand)
    # stay visible in Japanese when English is hidden.
    for name in [
        "summary_ja",
        "hero_image_alt_ja",
        "cta_heading_ja",
        "demands-0-text_ja",
    ]:
        assert is_shown(page, name), name
    for name in ["summary_en", "cta_heading_en", "demands-0-text_en"]:
        assert not is_shown(page, name), name

    # The English it translates is above the field, marked as English.
    source = page.locator(
        ".w-field__wrapper:has([name='demands-0-text_ja']) .english-source"
    )
    assert source.is_visible()
    assert source.locator("[lang=en]").inner_text().strip()
