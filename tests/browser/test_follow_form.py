"""The follow form in Chromium, in every language, without JavaScript (it
needs none): a wrong address comes back with its error and the value kept,
a right one lands on "check your inbox"; every page axe clean."""

import uuid

import pytest

from tests.browser.conftest import LANGUAGES
from tests.browser.test_sign_form import CHECK_INBOX, assert_accessible, javascript_copy

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", LANGUAGES)
def test_following_a_case_without_javascript(browser_site, open_page, language):
    page = open_page(
        browser_site.url("campaign-case", language), java_script_enabled=False
    )
    form = page.locator("form.follow-form")
    form.locator("input[name=email]").fill("not-an-address")
    form.locator("button[type=submit]").click()

    assert "/follow/" in page.url
    assert page.get_attribute("html", "lang") == language
    assert page.locator("input[name=email]").input_value() == "not-an-address"
    assert page.locator("input[aria-invalid=true]").count() == 1
    assert_accessible(javascript_copy(open_page, page), f"follow errors in {language}")

    address = f"follower-{uuid.uuid4().hex[:12]}@example.org"
    page.locator("form.follow-form input[name=email]").fill(address)
    page.locator("form.follow-form button[type=submit]").click()

    assert page.url.endswith("/check-your-inbox/")
    assert page.locator("h1").inner_text().strip() == CHECK_INBOX[language]
    assert_accessible(javascript_copy(open_page, page), f"follow inbox in {language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_case_page_with_its_follow_form_is_accessible(
    browser_site, open_page, language
):
    page = open_page(browser_site.url("campaign-case", language))
    assert page.locator("section.follow h2").count() == 1
    assert_accessible(page, f"case page in {language}")
