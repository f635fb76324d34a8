"""Uploaded media: served by Django only when SERVE_MEDIA is on."""

import importlib

import pytest
from django.test import Client
from django.urls import clear_url_caches

import cccea_site.urls


@pytest.fixture
def urls_with_serve_media(settings, tmp_path):
    """urls_with_serve_media(on): rebuild the URLs as that setting makes them."""
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.png").write_bytes(b"\x89PNG not really")
    (tmp_path.parent / "secret.txt").write_text("outside the media folder")

    def build(on):
        settings.SERVE_MEDIA = on
        importlib.reload(cccea_site.urls)
        clear_url_caches()

    yield build
    settings.SERVE_MEDIA = False
    importlib.reload(cccea_site.urls)
    clear_url_caches()


def test_media_files_are_served_when_asked(client, db, urls_with_serve_media):
    urls_with_serve_media(True)
    response = client.get("/media/images/logo.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == b"\x89PNG not really"


def test_media_never_reach_outside_their_folder(db, urls_with_serve_media):
    urls_with_serve_media(True)
    client = Client(raise_request_exception=False)
    for path in ("/media/../secret.txt", "/media/%2e%2e/secret.txt"):
        response = client.get(path)
        assert response.status_code in (400, 404), path
        assert b"outside the media folder" not in response.content


def test_media_are_not_served_by_default_in_production(
    client, db, urls_with_serve_media
):
    urls_with_serve_media(False)
    assert client.get("/media/images/logo.png").status_code == 404
