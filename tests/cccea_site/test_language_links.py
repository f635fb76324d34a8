"""Alternate-language links and the switcher point at the same page."""

import re

import pytest

from tests.conftest import LANGUAGES


def alternates(html):
    return dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_hreflang_links_name_the_same_page_in_each_language(
    client, site_tree, language
):
    html = client.get(f"/{language}/about/vision/").content.decode()

    links = alternates(html)
    for code in LANGUAGES:
        assert links[code] == f"http://testserver/{code}/about/vision/"
    assert links["x-default"] == "http://testserver/about/vision/"
    assert (
        f'<link rel="canonical" href="http://testserver/{language}/about/vision/">'
        in html
    )


def test_switcher_names_each_language_in_itself_and_marks_the_current(
    client, site_tree
):
    html = client.get("/ko/about/mission/").content.decode()

    for code, name in [("en", "English"), ("zh-hant", "繁體中文"), ("ja", "日本語")]:
        assert (
            f'href="/{code}/about/mission/" hreflang="{code}" lang="{code}" '
            f'data-language="{code}">{name}</a>'
        ) in html
    assert 'lang="ko" data-language="ko" aria-current="true">한국어</a>' in html


def test_switcher_follows_translated_slugs(client, site_tree):
    site_tree.about.slug_ja = "watashitachi"
    site_tree.about.save_revision().publish()

    html = client.get("/en/about/vision/").content.decode()

    assert alternates(html)["ja"] == "http://testserver/ja/watashitachi/vision/"
    assert client.get("/ja/watashitachi/vision/").status_code == 200


def test_not_found_page_links_each_languages_home(client, site_tree):
    html = client.get("/ja/no-such-page/").content.decode()
    assert 'href="/ko/" hreflang="ko"' in html


def test_links_use_https_behind_a_tls_proxy(client, site_tree):
    response = client.get(
        "/en/about/", headers={"x-forwarded-proto": "https"}, SERVER_PORT="443"
    )
    html = response.content.decode()
    assert '<link rel="canonical" href="https://testserver/en/about/">' in html


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("ko", "/ko/about/vision/"), ("fr", "/en/about/vision/")],
)
def test_x_default_address_sends_each_visitor_to_their_language(
    client, site_tree, accept_language, expected
):
    response = client.get(
        "/about/vision/", headers={"accept-language": accept_language}
    )
    assert response.status_code == 302
    assert response["Location"] == expected
