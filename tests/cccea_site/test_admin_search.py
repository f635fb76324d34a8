"""Editors find pages in the admin by their title or text in any language.

The admin's page search and the page chooser's search split a Chinese,
Japanese or Korean query into the pieces the index holds, as the public
search does (cccea_site.search.text).
"""

import pytest
from wagtail.users.models import UserProfile

PAGE_SEARCH = "/admin/pages/search/"
PAGE_SEARCH_RESULTS = "/admin/pages/search/results/"
CHOOSER_SEARCH = "/admin/choose-page/search/"


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    return client


@pytest.fixture
def cjk_vision(site_tree):
    """The vision page with a title and statement in each CJK language."""
    vision = site_tree.vision
    vision.title_zh_hant = "生活工資願景"
    vision.title_ja = "ビジョン"
    vision.title_ko = "비전"
    vision.statement_zh_hant = "<p>所有工人都享有勞工權益。</p>"
    vision.statement_ja = "<p>未払い賃金と嫌がらせをなくし、生活賃金を求めます。</p>"
    vision.statement_ko = "<p>모든 노동자의 권리를 지킵니다.</p>"
    vision.save_revision().publish()
    return vision


def edit_link(page):
    return f"/admin/pages/{page.id}/edit/"


def page_search(client, query):
    return client.get(PAGE_SEARCH, {"q": query}).content.decode()


def chooser_ids(response):
    """Ids of the pages a chooser search lists as choices."""
    html = response.content.decode()
    return {int(part.split('"')[0]) for part in html.split('data-id="')[1:]}


@pytest.mark.parametrize("query", ["Vision", "Visi", "ビジョン", "비전"])
def test_page_search_matches_titles_in_every_language(editor_client, cjk_vision, query):
    response = editor_client.get(PAGE_SEARCH, {"q": query})

    assert response.status_code == 200
    assert edit_link(cjk_vision) in response.content.decode()


CJK_WORDS = [
    "工資",  # zh-hant title, not at its start
    "勞工",  # zh-hant text
    "權益",
    "未払い",  # ja text
    "嫌がらせ",
    "生活賃金",
    "賃金",
    "노동",  # ko text
    "권리",
]


@pytest.mark.parametrize("query", CJK_WORDS)
@pytest.mark.parametrize("url", [PAGE_SEARCH, PAGE_SEARCH_RESULTS])
def test_page_search_finds_cjk_words_in_titles_and_text(
    editor_client, cjk_vision, url, query
):
    response = editor_client.get(url, {"q": query})

    assert response.status_code == 200
    assert edit_link(cjk_vision) in response.content.decode()


@pytest.mark.parametrize("query", CJK_WORDS)
def test_chooser_search_finds_cjk_words_in_titles_and_text(
    editor_client, cjk_vision, query
):
    response = editor_client.get(CHOOSER_SEARCH, {"q": query})

    assert response.status_code == 200
    assert cjk_vision.id in chooser_ids(response)


def test_every_piece_of_a_query_must_be_on_the_page(editor_client, cjk_vision):
    assert edit_link(cjk_vision) in page_search(editor_client, "嫌がらせ")
    assert cjk_vision.id in chooser_ids(
        editor_client.get(CHOOSER_SEARCH, {"q": "嫌がらせ"})
    )

    for query in ["嫌がらせ反対", "劳动节快乐"]:
        assert "/edit/" not in page_search(editor_client, query)
        assert chooser_ids(editor_client.get(CHOOSER_SEARCH, {"q": query})) == set()


def test_latin_words_still_find_alone_and_beside_cjk(editor_client, cjk_vision):
    for query in ["Visi", "Vision 未払い"]:
        assert edit_link(cjk_vision) in page_search(editor_client, query)
        response = editor_client.get(CHOOSER_SEARCH, {"q": query})
        assert cjk_vision.id in chooser_ids(response)


def test_results_show_the_title_in_the_editors_language(
    editor_client, cjk_vision, django_user_model
):
    editor = django_user_model.objects.get(username="editor")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ja"
    profile.save()

    assert "ビジョン" in page_search(editor_client, "未払い")


def test_the_live_filter_and_type_counts_still_apply(editor_client, cjk_vision):
    assert edit_link(cjk_vision) not in page_search(editor_client, "未払い live:no")
    assert edit_link(cjk_vision) in page_search(editor_client, "未払い live:yes")

    response = editor_client.get(PAGE_SEARCH, {"q": "未払い"})
    counts = {type_.model_class(): n for type_, n in response.context["content_types"]}
    assert counts == {type(cjk_vision): 1}


@pytest.mark.parametrize("query", ["工資", "未払い", "노동"])
def test_searching_within_a_section_finds_cjk_words(editor_client, cjk_vision, query):
    """The explorer's search box (a section's listing) splits CJK queries too."""
    about = cjk_vision.get_parent()
    response = editor_client.get(f"/admin/pages/{about.id}/", {"q": query})

    assert response.status_code == 200
    assert edit_link(cjk_vision) in response.content.decode()
    other_section = f"/admin/pages/{cjk_vision.get_parent().get_parent().id}/"
    assert (
        "/edit/" in editor_client.get(other_section, {"q": "Vision"}).content.decode()
    )
