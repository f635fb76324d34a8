"""Unknown and malformed addresses get a 404 page in the visitor's language."""

import pytest

PAGE_NOT_FOUND = {
    "en": "Page not found",
    "zh-hant": "找不到網頁",
    "ja": "ページが見つかりません",
    "ko": "페이지를 찾을 수 없습니다",
}


@pytest.mark.parametrize("language", PAGE_NOT_FOUND)
def test_unknown_page_gives_a_404_in_that_language(client, site_tree, language):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert PAGE_NOT_FOUND[language] in html


@pytest.mark.parametrize(
    "path",
    [
        "/ja/about/vision/not-here/",
        "/ja/%E3%81%82%ZZ/",
        "/ja/about//vision/",
        "/ja/" + "a" * 3000 + "/",
        "/ja/about/%00/",
        "/ja/..%2F..%2Fetc/passwd",
        "/ja/no-such-page/?from=%00",
        "/ja/%00",
    ],
)
def test_malformed_paths_give_a_404_not_an_error(client, site_tree, path):
    response = client.get(path)
    assert response.status_code in (301, 404)
    if response.status_code == 404:
        assert PAGE_NOT_FOUND["ja"] in response.content.decode()


def test_unknown_language_prefix_leads_to_a_404_in_the_visitors_language(
    client, site_tree
):
    response = client.get("/fr/about/", headers={"accept-language": "ko"}, follow=True)

    assert response.status_code == 404
    assert PAGE_NOT_FOUND["ko"] in response.content.decode()


@pytest.mark.parametrize("query", ["page=%FF", "page=%00", "a=" + "b" * 5000])
def test_odd_query_strings_are_ignored_where_unused(client, site_tree, query):
    assert client.get(f"/ja/about/?{query}").status_code == 200


@pytest.mark.parametrize("page_number", ["abc", "0", "999", "-1", "1.5"])
def test_invalid_member_list_page_gives_a_404(client, site_tree, page_number):
    path = f"/ja/global-network/east-asian-coalition/?page={page_number}"
    response = client.get(path)
    assert response.status_code == 404
    assert PAGE_NOT_FOUND["ja"] in response.content.decode()


def test_draft_child_of_live_page_is_not_found(client, site_tree):
    site_tree.member.unpublish()
    response = client.get("/ko/global-network/east-asian-coalition/example-union/")
    assert response.status_code == 404
    assert PAGE_NOT_FOUND["ko"] in response.content.decode()
