"""Uploaded media served by the site itself (SERVE_MEDIA), without risk.

Editors upload files that the site then serves from its own origin. A file a
browser renders as a web page (HTML, SVG, anything sniffed as either) would
run its script with the site's cookies and origin, so every media response:

- carries `X-Content-Type-Options: nosniff`, so the browser believes the
  declared type and never guesses "HTML" from the bytes;
- carries `Content-Security-Policy: default-src 'none'; sandbox`: no script,
  style, plugin or request of any kind, and a unique origin if a browser ever
  renders the file as a document. A raster image viewed directly still shows
  (it is the document itself, which the policy does not govern), and an
  `<img>` on a page ignores the image's own policy;
- is an attachment (downloaded, never displayed) unless it is a raster image,
  the only kind the public pages show inline.

Documents are never served here at all: Wagtail's document view
(/documents/<id>/<name>) serves them, and that view checks collection privacy
and sends them as attachments with a strict CSP of its own. Their raw files
under MEDIA_ROOT would skip both, so the documents folder is a 404.

README.md ("Serving uploaded files") says how nginx or object storage keep the
same guarantees when they serve media instead of Django.
"""

import functools
import posixpath
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.utils._os import safe_join
from django.utils.http import content_disposition_header
from django.views.static import serve

MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox"
# Extensions shown inline, with the type sent for each. Set here rather than
# guessed from the system's mime.types, which differ between machines.
RASTER_IMAGE_TYPES = {
    "avif": "image/avif",
    "gif": "image/gif",
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
}


@functools.cache
def documents_folder():
    """The folder under MEDIA_ROOT that Wagtail stores document files in."""
    from wagtail.documents import get_document_model

    return get_document_model()._meta.get_field("file").upload_to


def is_in_documents_folder(relative_path):
    """Whether the path, as the file system resolves it, is a document's.

    Compared after resolving `..` and symbolic links, and case-insensitively
    (macOS and Windows file systems are), so no spelling of a path reaches a
    document file.
    """
    root = Path(settings.MEDIA_ROOT)
    target = Path(safe_join(root, relative_path)).resolve()
    documents = (root / documents_folder()).resolve()
    target_parts = [part.casefold() for part in target.parts]
    document_parts = [part.casefold() for part in documents.parts]
    return target_parts[: len(document_parts)] == document_parts


def raster_image_type(path):
    """The image type to send inline, or None for any other kind of file."""
    extension = posixpath.splitext(path)[1].lstrip(".").lower()
    return RASTER_IMAGE_TYPES.get(extension)


def serve_media(request, path):
    """One file under MEDIA_ROOT, with the headers described above."""
    # As django.views.static.serve resolves it (which also refuses any path
    # outside MEDIA_ROOT).
    relative_path = posixpath.normpath(path).lstrip("/")
    if is_in_documents_folder(relative_path):
        raise Http404("Documents are served at /documents/.")

    response = serve(request, relative_path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_CONTENT_SECURITY_POLICY
    image_type = raster_image_type(relative_path)
    if image_type:
        if response.status_code == 200:  # not a 304, which has no body
            response["Content-Type"] = image_type
    else:
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=posixpath.basename(relative_path)
        )
    return response
