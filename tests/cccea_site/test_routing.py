"""Every link the site writes routes back to its page, in every language.

Links come from `get_url()`, which reads each page's `url_path_<lang>`;
routing (cccea_site.serving.routing) reads the same columns. These tests
follow every live page's own link in each language, with translated slugs
on some pages and a second site whose root is deeper in the tree.
"""

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.models import Page, Site

from cccea_site.factories import StandardPageFactory
from tests.conftest import LANGUAGES

TRANSLATED_SLUGS = {
    "about": {"slug_ja": "watashitachi", "slug_zh_hant": "guanyu"},
    "coalition": {"slug_ko": "dong-asia", "slug_ja": "東アジア"},
    "case": {"slug_zh_hant": "遣散費案件"},
}


@pytest.fixture
def translated_slugs(site_tree):
    for name, slugs in TRANSLATED_SLUGS.items():
        page = getattr(site_tree, name)
        for field, slug in slugs.items():
            setattr(page, field, slug)
        page.save()
    return site_tree


def live_pages(home):
    """Every live page of the site (Wagtail's own welcome page is not in it)."""
    pages = Page.objects.live().descendant_of(home, inclusive=True)
    return list(pages.specific().order_by("path"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_live_page_answers_at_its_own_url(client, translated_slugs, language):
    pages = live_pages(translated_slugs.home)
    assert len(pages) == 14  # site_tree: one page of every type
    with translation.override(language):
        urls = {page.get_url(): page for page in pages}
    assert len(urls) == len(pages)  # no two pages share a link
    for url, page in urls.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.context["page"].pk == page.pk, url
        assert f'<html lang="{language}">' in response.content.decode()


def test_translated_slugs_change_only_their_languages_links(translated_slugs):
    coalition = translated_slugs.coalition
    with translation.override("ko"):
        assert coalition.get_url() == "/ko/global-network/dong-asia/"
    with translation.override("zh-hant"):
        assert coalition.get_url() == "/zh-hant/global-network/east-asian-coalition/"
    vision = Page.objects.get(pk=translated_slugs.vision.pk)
    with translation.override("ja"):
        # Below a parent with a translated slug, a child's link has it too.
        assert vision.get_url() == "/ja/watashitachi/vision/"


def test_a_path_of_another_language_is_not_found_there(client, translated_slugs):
    assert client.get("/ko/global-network/dong-asia/").status_code == 200
    assert client.get("/ja/global-network/dong-asia/").status_code == 404


def test_a_second_site_rooted_deeper_in_the_tree(client, site_tree):
    """A site whose root page is at depth 3 routes its own pages."""
    section = StandardPageFactory(
        parent=site_tree.home, title="Archive", slug="archive"
    )
    child = StandardPageFactory(parent=section, title="Old report", slug="old-report")
    Site.objects.create(hostname="archive.example", port=80, root_page=section)

    with override_settings(ALLOWED_HOSTS=["testserver", "archive.example"]):
        for language in LANGUAGES:
            root = client.get(f"/{language}/", HTTP_HOST="archive.example")
            assert root.status_code == 200
            assert root.context["page"].pk == section.pk
            found = client.get(f"/{language}/old-report/", HTTP_HOST="archive.example")
            assert found.status_code == 200
            assert found.context["page"].pk == child.pk
        # The main site still has both, under their full paths.
        main = client.get("/en/archive/old-report/")
        assert main.status_code == 200, main
        assert main.context["page"].pk == child.pk
        # And the second site does not reach above its root.
        assert client.get("/en/about/", HTTP_HOST="archive.example").status_code == 404
