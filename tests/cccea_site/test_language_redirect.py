"""The home address sends each visitor to their language."""

import pytest


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ja", "/ja/"),
        ("ko-KR,ko;q=0.9", "/ko/"),
        ("zh-TW,zh;q=0.9", "/zh-hant/"),
        ("zh-HK", "/zh-hant/"),
        ("fr-FR,fr;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(
    client, site_tree, accept_language, expected
):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_language_cookie_beats_accept_language(client, site_tree):
    client.cookies["django_language"] = "ko"
    response = client.get("/", headers={"accept-language": "ja"})
    assert response["Location"] == "/ko/"


def test_unknown_language_cookie_is_ignored(client, site_tree):
    client.cookies["django_language"] = "xx"
    response = client.get("/", headers={"accept-language": "ja"})
    assert response["Location"] == "/ja/"


def test_admin_is_outside_the_language_prefixes(client, site_tree):
    response = client.get("/admin/login/")
    assert response.status_code == 200
