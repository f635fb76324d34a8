"""Every page type renders in every language, in that language."""

import re

import pytest

from tests.conftest import LANGUAGES
from tests.conftest import SITE_TREE_PAGES as PAGE_NAMES


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_renders_in_language(client, site_tree, name, language):
    page = getattr(site_tree, name)
    response = client.get(f"/{language}{page.url_path_en.removeprefix('/home')}")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    expected_title = (
        page.title_en if language == "en" else f"{page.title_en} [{language}]"
    )
    assert re.search(rf"<title>{re.escape(expected_title)}", html)
    assert f'class="{page.specific.body_class}"' in html


def test_body_class_names_the_model(client, site_tree):
    response = client.get("/en/about/mission/")
    assert '<body class="template-missionpage">' in response.content.decode()


def test_mission_commitments_are_listed_in_order(client, site_tree):
    html = client.get("/ja/about/mission/").content.decode()
    first = html.index("Work in solidarity [ja]")
    second = html.index("Lobby governments [ja]")
    assert first < second
    assert '<ol class="commitments"' in html


@pytest.mark.parametrize(
    ("language", "country_name"),
    [("en", "South Korea"), ("zh-hant", "南韓"), ("ja", "韓国"), ("ko", "대한민국")],
)
def test_member_country_is_named_in_the_visitors_language(
    client, site_tree, language, country_name
):
    path = f"/{language}/global-network/east-asian-coalition/example-union/"
    assert country_name in client.get(path).content.decode()


def test_every_image_has_an_alt_attribute(client, site_tree):
    from wagtail_factories import ImageFactory

    site_tree.member.logo = ImageFactory()
    site_tree.member.logo_alt_text_en = ""
    site_tree.member.save_revision().publish()
    for path in (
        "/en/global-network/east-asian-coalition/",
        "/en/global-network/east-asian-coalition/example-union/",
    ):
        html = client.get(path).content.decode()
        images = re.findall(r"<img\b[^>]*>", html)
        assert images, path
        assert all(" alt=" in image for image in images), images
