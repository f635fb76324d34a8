"""Every page describes itself to search engines and link previews, per language."""

import re

import pytest

from tests.conftest import LANGUAGES

PAGES = [
    "/",
    "/about/",
    "/about/mission/",
    "/global-network/east-asian-coalition/",
    "/campaigns/",
    "/campaigns/example-severance-case/",
    "/contact/",
]
OG_LOCALES = {"en": "en_US", "zh-hant": "zh_TW", "ja": "ja_JP", "ko": "ko_KR"}


def meta(html, attribute, name):
    return re.findall(
        rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_page_has_description_open_graph_and_canonical(
    client, site_tree, language, path
):
    html = client.get(f"/{language}{path}").content.decode()

    assert meta(html, "name", "description")[0]
    assert meta(html, "property", "og:title")[0]
    assert meta(html, "property", "og:description")[0]
    assert meta(html, "property", "og:image")[0].startswith("http://testserver/")
    assert meta(html, "property", "og:locale") == [OG_LOCALES[language]]
    assert sorted(meta(html, "property", "og:locale:alternate")) == sorted(
        locale for code, locale in OG_LOCALES.items() if code != language
    )
    assert f'<link rel="canonical" href="http://testserver/{language}{path}">' in html


def test_description_is_in_the_visitors_language(client, site_tree):
    html = client.get("/ko/campaigns/example-severance-case/").content.decode()
    assert meta(html, "name", "description") == ["Case summary [ko]"]


def test_editors_search_description_wins(client, site_tree):
    site_tree.about.search_description_ja = "私たちについての説明"
    site_tree.about.save_revision().publish()

    html = client.get("/ja/about/").content.decode()

    assert meta(html, "name", "description") == ["私たちについての説明"]


def test_case_preview_shows_its_picture(client, site_tree):
    from wagtail_factories import ImageFactory

    site_tree.case.hero_image = ImageFactory()
    site_tree.case.save_revision().publish()

    html = client.get("/en/campaigns/example-severance-case/").content.decode()

    assert ".fill-1200x630" in meta(html, "property", "og:image")[0]
