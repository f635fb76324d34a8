"""Uploaded files can never run script on the site's origin.

Documents are uploaded only with an allowed extension and are served only
through Wagtail's document view (attachment, strict CSP); the site's own media
serving (SERVE_MEDIA) refuses the documents folder and answers everything
else with nosniff, a sandboxing CSP, and as an attachment unless it is a
raster image.
"""

import importlib
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.fields.files import FieldFile
from django.test import Client
from django.urls import clear_url_caches, reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

import cccea_site.urls
from tests.production.servers import production_environment, python

Document = get_document_model()
SCRIPT = b"<script>alert(document.domain)</script>"


@pytest.fixture
def admin_client(client, django_user_model, db):
    user = django_user_model.objects.create_superuser(
        "admin", "admin@example.org", "a-long-admin-password"
    )
    client.force_login(user)
    return client


def upload(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().id,
        },
    )


@pytest.mark.parametrize("name", ["report.html", "logo.svg", "app.js", "page.htm"])
def test_uploading_a_document_that_browsers_run_is_refused(admin_client, name):
    response = upload(admin_client, name, SCRIPT)

    assert response.status_code == 200  # the form again, with the error
    errors = response.context["form"].errors["file"]
    assert any("is not allowed" in error for error in errors), errors
    assert not Document.objects.exists()


def test_the_multiple_upload_view_refuses_it_too(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("report.html", SCRIPT)},
    )

    body = json.loads(response.content)
    assert body["success"] is False
    assert "is not allowed" in body["error_message"]
    assert not Document.objects.exists()


@pytest.mark.parametrize("name", ["annual-report.pdf", "wages.xlsx", "workers.csv"])
def test_ordinary_documents_are_accepted(admin_client, name):
    response = upload(admin_client, name, b"%PDF-1.4 or a spreadsheet")

    assert response.status_code == 302  # to the document listing
    assert Document.objects.count() == 1


def no_local_path(field_file):
    raise NotImplementedError("Object storage has no local paths.")


def test_documents_are_served_by_wagtails_view_never_a_redirect(
    admin_client, monkeypatch
):
    upload(admin_client, "annual-report.pdf", b"%PDF-1.4")
    # Files with a URL but no local path, as on S3: left to itself, Wagtail
    # redirects to the raw file there.
    monkeypatch.setattr(FieldFile, "path", property(no_local_path))
    document = Document.objects.get()

    response = Client().get(document.url)

    assert document.url.startswith("/documents/")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.fixture
def media(settings, tmp_path):
    """MEDIA_ROOT with an image, a document and an SVG, served by the site."""
    settings.MEDIA_ROOT = tmp_path
    for folder, name, content in [
        ("original_images", "photo.png", b"\x89PNG\r\n\x1a\n"),
        ("original_images", "photo.AVIF", b"\x00\x00\x00\x1cftypavif"),
        ("original_images", "drawing.svg", b"<svg onload='alert(1)'/>"),
        ("documents", "evil.html", SCRIPT),
        ("documents", "report.pdf", b"%PDF-1.4"),
    ]:
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_bytes(content)
    settings.SERVE_MEDIA = True
    importlib.reload(cccea_site.urls)
    clear_url_caches()
    yield tmp_path
    settings.SERVE_MEDIA = False
    importlib.reload(cccea_site.urls)
    clear_url_caches()


@pytest.mark.parametrize(
    "path",
    [
        "/media/documents/evil.html",
        "/media/documents/report.pdf",
        "/media//documents/evil.html",
        "/media/original_images/../documents/evil.html",
        "/media/./documents/evil.html",
    ],
)
def test_documents_are_never_served_from_the_media_url(db, media, path):
    response = Client(raise_request_exception=False).get(path)

    assert response.status_code == 404
    assert b"alert" not in response.content


@pytest.mark.parametrize(
    ("name", "content_type"),
    [("photo.png", "image/png"), ("photo.AVIF", "image/avif")],
)
def test_raster_images_are_shown_inline_but_sandboxed(
    client, db, media, name, content_type
):
    response = client.get(f"/media/original_images/{name}")

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["Content-Disposition"].startswith("inline")


def test_other_media_files_are_downloaded_not_shown(client, db, media):
    response = client.get("/media/original_images/drawing.svg")

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


@pytest.fixture
def bucket_storage():
    from cccea_site.serving.media_storage import MediaS3Storage

    return MediaS3Storage(bucket_name="cccea-media", region_name="eu-west-1")


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("original_images/drawing.svg", "image/svg+xml"),
        ("documents/report.html", "text/html"),
        ("documents/annual-report.pdf", "application/pdf"),
        ("wagtail_uploads/no-extension", "application/octet-stream"),
    ],
)
def test_object_storage_keeps_other_files_as_attachments(
    bucket_storage, name, content_type
):
    params = bucket_storage.get_object_parameters(name)

    assert params["ContentDisposition"].startswith("attachment")
    # Always set, so the type the uploading browser declared is never used.
    assert params["ContentType"] == content_type


def test_object_storage_shows_raster_images_inline(bucket_storage):
    params = bucket_storage.get_object_parameters("images/photo.width-800.webp")

    assert params == {"ContentType": "image/webp"}


def test_production_settings_store_media_in_the_bucket_that_way():
    env = production_environment(AWS_STORAGE_BUCKET_NAME="cccea-media")
    result = python(
        "-c",
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.STORAGES['default']['BACKEND'])",
        env=env,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "cccea_site.serving.media_storage.MediaS3Storage"
