"""An editor picks a case's countries, brands and organisations with the
keyboard alone, by typing part of a name, in English and in Japanese.

The choosers are SearchableSelectMultiple (cccea_site/pages/widgets.py)
with its script; tests/campaigns/test_case_choosers.py covers what the
server renders and saves. Here the script runs in Chromium against the
browser suite's server: search, arrow keys, Enter, removal, the live
messages, the label, a saved draft, and axe on the choosers.
"""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.prepare_site import EDITORS
from tests.browser.test_accessibility import SCREENSHOTS, WCAG_TAGS

pytestmark = pytest.mark.browser

KOREAN_ASSOCIATION = (
    "Example Korea Women Workers' Association (fictional demo organisation)"
)
# Wagtail notes the form's data two seconds after the page loads, then
# watches for changes to it (and autosaves them).
NOTE_WATCHING_EDITS = """
document.addEventListener("w-unsaved:watch-edits", () => {
    window.wagtailWatchesEdits = true;
});
"""


def edit_case(browser_site, open_page, language):
    """The demo case's edit view (Cambodia; two brands), logged in as the
    editor whose admin language is `language`."""
    username, password = EDITORS[language]
    page = open_page(f"{browser_site.base_url}/admin/login/", "desktop")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.press("#id_password", "Enter")
    page.add_init_script(NOTE_WATCHING_EDITS)
    page.goto(browser_site.url("admin-edit-case", "en"))
    return page


def search_box(page, field):
    """The field's search box, found by the name a screen reader gives it."""
    label = page.locator(f"#id_{field}-label").inner_text().strip()
    box = page.get_by_role("combobox", name=label, exact=True)
    expect(box).to_have_attribute("id", f"id_{field}-search")
    return box


def chooser(page, field):
    return page.locator(f"[data-controller~=searchable-select]:has(#id_{field}-search)")


def chosen_names(page, field):
    items = chooser(page, field).locator(".searchable-select__chosen-item")
    return [name.strip() for name in items.all_inner_texts()]


def status(page, field):
    return chooser(page, field).get_by_role("status")


def pick(page, box, typed, expected):
    """Type `typed`, move to the match `expected` with the arrows, press Enter."""
    box.press("Control+a")
    box.press_sequentially(typed)
    expect(box).to_have_attribute("aria-expanded", "true")
    listbox = page.locator(f"#{box.get_attribute('aria-controls')}")
    for _step in range(listbox.locator("[role=option]:visible").count()):
        active = page.locator(f"#{box.get_attribute('aria-activedescendant')}")
        if active.inner_text().strip() == expected:
            break
        box.press("ArrowDown")
    else:
        pytest.fail(f"{expected!r} is not among the matches for {typed!r}")
    box.press("Enter")
    expect(active).to_have_attribute("aria-selected", "true")


def save_draft(page):
    """Wagtail's own keyboard shortcut for Save draft."""
    with page.expect_navigation():
        page.keyboard.press("Control+s")


def test_an_editor_picks_two_countries_and_removes_one_by_keyboard(
    browser_site, open_page
):
    page = edit_case(browser_site, open_page, "en")
    countries = search_box(page, "countries")
    expect(page.locator("select[name=countries]")).to_be_hidden()
    assert chosen_names(page, "countries") == ["Cambodia"]

    countries.focus()
    pick(page, countries, "bangla", "Bangladesh")
    expect(status(page, "countries")).to_have_text("Bangladesh added.")
    pick(page, countries, "indo", "Indonesia")
    assert chosen_names(page, "countries") == ["Bangladesh", "Cambodia", "Indonesia"]

    # Back from the search box to the remove buttons: Indonesia's, Cambodia's.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused == "Remove Cambodia"
    page.keyboard.press("Enter")
    expect(status(page, "countries")).to_have_text("Cambodia removed.")
    # The focus stays in the list, on the next entry's button.
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused == "Remove Indonesia"

    save_draft(page)

    assert chosen_names(page, "countries") == ["Bangladesh", "Indonesia"]
    selected = page.locator("select[name=countries] option:checked")
    assert selected.evaluate_all("options => options.map(o => o.value)") == [
        "BD",
        "ID",
    ]


def test_a_japanese_editor_finds_names_in_any_script(browser_site, open_page):
    page = edit_case(browser_site, open_page, "ja")
    brands = search_box(page, "brands")
    organisations = search_box(page, "related_organisations")

    brands.focus()
    # An alias written in katakana, typed in hiragana: shown in Japanese.
    pick(page, brands, "はーばー", "ハーバー・アンド・パイン（架空のブランド）")
    organisations.focus()
    pick(page, organisations, "香港", "サンプル香港労働NGO（架空のデモ団体）")
    # A name with no match says so and offers nothing to pick.
    organisations.press("Control+a")
    organisations.press_sequentially("zzzz")
    expect(organisations).to_have_attribute("aria-expanded", "false")
    expect(status(page, "related_organisations")).to_have_text(
        "一致するものはありません。"
    )

    save_draft(page)

    assert "ハーバー・アンド・パイン（架空のブランド）" in chosen_names(page, "brands")
    assert "サンプル香港労働NGO（架空のデモ団体）" in chosen_names(
        page, "related_organisations"
    )


def test_a_pick_is_autosaved(browser_site, open_page):
    """Wagtail saves the form by itself shortly after a change: a pick is a
    change it sees, as a click in the plain select would be."""
    page = edit_case(browser_site, open_page, "en")
    organisations = search_box(page, "related_organisations")
    organisations.focus()
    page.wait_for_function("window.wagtailWatchesEdits")

    with page.expect_response(
        lambda response: (
            response.request.method == "POST"
            and response.url == browser_site.url("admin-edit-case", "en")
        )
    ) as autosave:
        pick(page, organisations, "korea women", KOREAN_ASSOCIATION)
    assert autosave.value.ok

    page.reload()
    assert KOREAN_ASSOCIATION in chosen_names(page, "related_organisations")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_choosers_pass_axe(browser_site, open_page, language):
    page = edit_case(browser_site, open_page, language)
    countries = search_box(page, "countries")
    countries.focus()
    countries.press_sequentially("a")  # the list of matches open
    expect(countries).to_have_attribute("aria-expanded", "true")
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        facts = page.locator("section.w-panel:has(#id_countries-search)").last
        facts.screenshot(path=Path(SCREENSHOTS) / f"admin-choosers-{language}.png")

    results = Axe().run(
        page,
        context={"include": [[".searchable-select"]]},
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}},
    )

    violations = [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        f"{violation['nodes'][0]['target']}"
        for violation in results.response["violations"]
    ]
    assert not violations, "\n".join(violations)
