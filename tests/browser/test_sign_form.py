"""The sign form in Chromium, in every language, with and without JavaScript.

The demo petition sits on the case page the accessibility suite checks.
With JavaScript the answer replaces the form in place and takes the focus;
without, the form posts as a page. Every state is axe clean.
"""

import uuid

import pytest

from tests.browser.conftest import LANGUAGES
from tests.browser.test_accessibility import (
    axe_violations,
    heading_levels,
    skipped_levels,
)

pytestmark = pytest.mark.browser

CHECK_INBOX = {
    "en": "Check your inbox",
    "zh-hant": "請查看你的郵箱",
    "ja": "メールを確認してください",
    "ko": "받은편지함을 확인하세요",
}


def fresh_address():
    return f"browser-{uuid.uuid4().hex[:12]}@example.org"


def fill(page, name, email):
    form = page.locator(".action-form")
    form.locator("input[name=name]").fill(name)
    form.locator("input[name=email]").fill(email)
    form.locator("select[name=country]").select_option("HK")
    return form


def javascript_copy(open_page, page):
    """The page as it stands, reopened where scripts run: axe is a script,
    and a page without JavaScript cannot run it (a POST's answer cannot be
    fetched again, so the copy is served from its HTML)."""
    url, html = page.url, page.content()
    copy = open_page("about:blank")
    copy.route(
        url,
        lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=html
        ),
    )
    copy.goto(url)
    return copy


def assert_accessible(page, where):
    violations = axe_violations(page)
    assert not violations, f"{where}:\n" + "\n".join(violations)
    levels = heading_levels(page)
    assert levels.count(1) == 1 and not skipped_levels(levels), f"{where}: {levels}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_with_javascript_the_answer_replaces_the_form(
    browser_site, open_page, language
):
    page = open_page(browser_site.url("campaign-case", language))
    url = page.url
    form = fill(page, "", "not-an-address")
    form.locator("button[type=submit]").click()

    summary = page.locator(".action-form .form-errors")
    summary.wait_for()
    assert page.url == url  # no page load: the form was replaced in place
    assert page.evaluate("document.activeElement.classList.contains('form-errors')")
    assert page.locator("[aria-invalid=true]").count() == 2
    assert_accessible(page, f"errors in {language}")

    fill(page, "Browser Tester", fresh_address())
    page.locator(".action-form button[type=submit]").click()
    heading = page.locator(".action-state__heading")
    heading.wait_for()
    assert heading.inner_text().strip() == CHECK_INBOX[language]
    assert page.evaluate(
        "document.activeElement.classList.contains('action-state__heading')"
    )
    assert_accessible(page, f"check your inbox in {language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_javascript_the_form_posts_as_a_page(browser_site, open_page, language):
    page = open_page(
        browser_site.url("campaign-case", language), java_script_enabled=False
    )
    address = fresh_address()
    fill(page, "", address).locator("button[type=submit]").click()

    assert "/actions/" in page.url and page.url.endswith("/sign/")
    assert page.get_attribute("html", "lang") == language
    assert page.locator("input[name=email]").input_value() == address  # kept
    assert page.locator(".form-errors").count() == 1
    copy = javascript_copy(open_page, page)
    assert_accessible(copy, f"sign page with errors in {language}")

    page.locator("input[name=name]").fill("Browser Tester")
    page.locator(".action-form button[type=submit]").click()

    assert page.url.endswith("/check-your-inbox/")
    assert page.locator("h1").inner_text().strip() == CHECK_INBOX[language]
    copy = javascript_copy(open_page, page)
    assert_accessible(copy, f"check your inbox page in {language}")
