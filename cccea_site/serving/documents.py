"""Document downloads (/documents/<id>/<file name>): Wagtail's view, with
cache headers, and a 404 page when the file itself is gone.

Wagtail's view checks collection privacy and the `before_serve_document`
hooks (an app may refuse a file, or mark it private for this request by
setting `request.document_is_private`), sends the file with its content
type, a file name as stored (uploaded in the document's language), nosniff
and a CSP of its own. It sets no Cache-Control, and a file missing from
object storage raised a 500. This view adds both. Documents are outside the
language prefixes, so the page cache never stores them.
"""

from django.http import Http404
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve

# A file at an address does not change (replacing it uploads a file under a
# new name, so a new address); browsers and CDNs may keep it a week, and
# revalidate with its ETag (the file's hash) after that.
PUBLIC_FILE = "public, max-age=604800"
# A file of a restricted collection, or of a draft: this browser only.
PRIVATE_FILE = "private, no-cache"


def serve_document(request, document_id, document_filename):
    try:
        response = serve(request, document_id, document_filename)
    except OSError as error:  # the storage has no such file any more
        raise Http404("This file is not available.") from error
    if response.status_code in (200, 304):
        private = getattr(request, "document_is_private", False) or is_restricted(
            document_id
        )
        response["Cache-Control"] = PRIVATE_FILE if private else PUBLIC_FILE
    return response


def is_restricted(document_id):
    """Whether the document's collection (or one above it) has a restriction."""
    document = (
        get_document_model()
        .objects.select_related("collection")
        .filter(pk=document_id)
        .first()
    )
    return document is not None and document.collection.get_view_restrictions().exists()
