"""A publication's files: downloaded with the right type, name and cache
headers; private to editors while the publication is a draft; never a 500."""

import pytest
from django.test import Client, override_settings

from news.factories import DocumentFactory, PublicationPageFactory
from news.models import PublicationPage


@pytest.fixture(autouse=True)
def files_on_disk(settings, tmp_path):
    """Files stored as in production (the tests' in-memory storage has no
    path on disk for Wagtail's view to send)."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


@pytest.fixture
def japanese_file(site_tree):
    document = DocumentFactory(
        title="賃金報告",
        file__filename="賃金報告.pdf",
        file__data=b"%PDF-1.4\n%%EOF\n",
    )
    page = site_tree.publication
    page.document_ja = document
    page.save_revision().publish()
    return document


def test_a_published_file_downloads_with_its_type_name_and_long_cache(
    client, japanese_file
):
    with override_settings(PAGE_CACHE_ENABLED=True):
        response = client.get(japanese_file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "%E8%B3%83%E9%87%91%E5%A0%B1%E5%91%8A.pdf" in response["Content-Disposition"]
    assert response["Cache-Control"] == "public, max-age=604800"
    assert "X-Cache" not in response  # never through the page cache
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_the_publication_page_links_the_file_with_its_size(client, japanese_file):
    html = client.get("/ja/publications/example-report/").content.decode()
    assert japanese_file.url in html
    assert "(PDF, 15" in html  # bytes


def test_a_file_whose_storage_copy_is_gone_is_a_404_page(client, japanese_file):
    japanese_file.file.storage.delete(japanese_file.file.name)
    response = Client(raise_request_exception=False).get(japanese_file.url)
    assert response.status_code == 404


def test_a_drafts_files_are_for_editors_only(client, site_tree, editor):
    document = DocumentFactory(title="Embargoed report")
    PublicationPageFactory(
        parent=site_tree.publications, live=False, document_en=document
    )
    anonymous = Client().get(document.url)
    assert anonymous.status_code == 404
    response = editor.get(document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-cache"


def test_unpublishing_a_publication_hides_its_files(client, japanese_file, site_tree):
    PublicationPage.objects.get(pk=site_tree.publication.pk).unpublish()
    assert Client().get(japanese_file.url).status_code == 404


def test_a_file_of_no_publication_is_served_as_before(client, db):
    document = DocumentFactory(title="Leaflet")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=604800"
