"""The demo site's news and publications: fictional, in four languages,
linked to the demo cases and organisations, with files in several languages."""

import io

import pytest
from django.core.management import call_command

from news.documents import DOCUMENT_FIELDS
from news.models import NewsPage, PublicationPage, Topic

LANGUAGES = ["en", "zh-hant", "ja", "ko"]


def test_demo_news_and_publications_are_fictional_and_translated(demo_site):
    news = list(NewsPage.objects.live())
    publications = list(PublicationPage.objects.live())
    assert len(news) >= 6
    assert len(publications) == 4
    for page in [*news, *publications]:
        assert "fictional" in page.title_en
        assert all(
            getattr(page, f"{field}_{suffix}")
            for field in ("title", "summary")
            for suffix in ("zh_hant", "ja", "ko")
        )
        assert page.related_cases.exists()
        assert page.organisations.exists()
        assert page.topics.exists()
    for page in publications:
        files = [getattr(page, name) for name in DOCUMENT_FIELDS if getattr(page, name)]
        assert len(files) >= 2
        assert all(file.file_extension == "pdf" for file in files)
    assert Topic.objects.count() == 5


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_news_pages_render_in_every_language(client, demo_site, language):
    news = NewsPage.objects.live().first()
    publication = PublicationPage.objects.live().first()
    for page in (news, publication, news.get_parent(), publication.get_parent()):
        path = page.get_url().replace("/en/", f"/{language}/", 1)
        response = client.get(path)
        assert response.status_code == 200, path
        assert 'class="fallback-notice"' not in response.content.decode(), path


def test_the_scale_option_adds_numbered_news_once(client, db):
    call_command("load_demo_content", "--news", "5", stdout=io.StringIO())
    output = io.StringIO()
    call_command("load_demo_content", "--news", "5", stdout=output)
    assert "Scale data: 0 news items added." in output.getvalue()
    assert NewsPage.objects.filter(slug_en__startswith="scale-news-").count() == 5
    assert client.get("/ja/news/scale-news-3/").status_code == 200
