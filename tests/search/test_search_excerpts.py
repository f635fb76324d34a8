"""A result shown in English on a Chinese, Japanese or Korean search page says
so with lang="en", as every other fallback on the site does."""

import re

import pytest


def result_items(client, query, language):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    return re.findall(r'<li class="search-results__item">(.*?)</li>', html, re.DOTALL)


def excerpt_of(item):
    return re.search(
        r'<p class="search-results__excerpt"([^>]*)>(.*?)</p>', item, re.DOTALL
    ).groups()


def title_attributes(item):
    return re.search(
        r'<h2 class="search-results__title"><a href="[^"]+"([^>]*)>', item
    ).group(1)


@pytest.fixture
def english_only_vision(site_tree):
    vision = site_tree.vision
    vision.statement_en = "<p>Every seamstress earns a living wage.</p>"
    for language in ("zh_hant", "ja", "ko"):
        setattr(vision, f"statement_{language}", "")
    vision.title_ja = ""
    vision.save_revision().publish()
    return vision


@pytest.mark.parametrize("language", ["zh-hant", "ja", "ko"])
def test_an_english_excerpt_is_marked_english(client, english_only_vision, language):
    [item] = result_items(client, "seamstress", language)
    attributes, text = excerpt_of(item)
    assert attributes == ' lang="en"'
    assert "<mark>seamstress</mark>" in text


def test_an_english_title_is_marked_english(client, english_only_vision):
    [item] = result_items(client, "seamstress", "ja")
    assert title_attributes(item) == ' lang="en"'
    [item] = result_items(client, "seamstress", "ko")
    assert title_attributes(item) == ""


def test_a_translated_excerpt_has_no_lang_attribute(client, site_tree):
    site_tree.vision.statement_ja = "<p>すべての労働者の権利を守ります。</p>"
    site_tree.vision.save_revision().publish()
    [item] = result_items(client, "労働", "ja")
    attributes, text = excerpt_of(item)
    assert attributes == ""
    assert "<mark>労働</mark>" in text
    assert title_attributes(item) == ""


def test_english_parts_of_a_mixed_excerpt_are_marked(client, site_tree):
    page = site_tree.standard
    page.intro_ja = "連絡先のご案内"
    page.body_en = "<p>Write to the coalition secretariat in Hong Kong.</p>"
    page.body_ja = ""
    page.save_revision().publish()
    [item] = result_items(client, "secretariat", "ja")
    attributes, text = excerpt_of(item)
    assert attributes == ""
    assert '<span lang="en">Write to the coalition <mark>secretariat' in text
    # The page's fields in the order it declares them: its intro, then its body.
    assert text.startswith('連絡先のご案内 <span lang="en">')
    assert "<mark>secretariat</mark>" in text
