"""Changing a slug in any language leaves the old address working."""

import pytest


def set_slugs(page, **slugs):
    for name, value in slugs.items():
        setattr(page, name, value)
    page.save_revision().publish()


@pytest.mark.parametrize(
    ("field", "language", "new_slug"),
    [
        ("slug_ja", "ja", "watashitachi"),
        ("slug_ko", "ko", "uri-soge"),
        ("slug_zh_hant", "zh-hant", "guanyu"),
    ],
)
def test_translated_slug_change_redirects_the_old_address(
    client, site_tree, field, language, new_slug
):
    set_slugs(site_tree.about, **{field: new_slug})
    set_slugs(site_tree.about, **{field: new_slug + "-2"})

    response = client.get(f"/{language}/{new_slug}/vision/")

    assert response.status_code == 301
    assert response["Location"].endswith(f"/{language}/{new_slug}-2/vision/")
    assert client.get(response["Location"]).status_code == 200


def test_english_slug_change_redirects_in_every_language(client, site_tree):
    set_slugs(site_tree.about, slug_en="who-we-are", slug="who-we-are")

    for language in ("en", "ja", "ko", "zh-hant"):
        response = client.get(f"/{language}/about/mission/")
        assert response.status_code == 301, language
        assert response["Location"].endswith(f"/{language}/who-we-are/mission/")


def test_changing_back_does_not_loop(client, site_tree):
    set_slugs(site_tree.about, slug_ja="watashitachi")
    set_slugs(site_tree.about, slug_ja="")

    assert client.get("/ja/about/").status_code == 200
    response = client.get("/ja/watashitachi/")
    assert response.status_code == 301
    assert response["Location"].endswith("/ja/about/")


def test_other_languages_keep_their_address(client, site_tree):
    set_slugs(site_tree.about, slug_ja="watashitachi")
    assert client.get("/ko/about/").status_code == 200
