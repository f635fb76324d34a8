"""Links shared with English slugs keep working once a translated slug is set."""


def set_slugs(page, **slugs):
    for name, value in slugs.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_english_slug_path_redirects_to_translated_path(client, site_tree):
    set_slugs(site_tree.about, slug_ja="watashitachi-ni-tsuite")

    response = client.get("/ja/about/")

    assert response.status_code == 301
    assert response["Location"] == "/ja/watashitachi-ni-tsuite/"
    assert client.get(response["Location"]).status_code == 200


def test_descendants_redirect_too_and_keep_the_query_string(client, site_tree):
    set_slugs(site_tree.network, slug_ko="segye-neteuwokeu")

    response = client.get("/ko/global-network/east-asian-coalition/?page=1")

    assert response.status_code == 301
    assert response["Location"] == "/ko/segye-neteuwokeu/east-asian-coalition/?page=1"


def test_other_languages_are_unaffected(client, site_tree):
    set_slugs(site_tree.about, slug_ja="watashitachi-ni-tsuite")

    assert client.get("/ko/about/").status_code == 200
    assert client.get("/en/about/").status_code == 200


def test_unknown_english_path_is_still_a_404(client, site_tree):
    set_slugs(site_tree.about, slug_ja="watashitachi-ni-tsuite")
    assert client.get("/ja/about-us-old/").status_code == 404


def test_draft_pages_are_not_revealed_by_redirect(client, site_tree):
    set_slugs(site_tree.about, slug_ja="watashitachi-ni-tsuite")
    site_tree.about.unpublish()
    assert client.get("/ja/about/").status_code == 404
