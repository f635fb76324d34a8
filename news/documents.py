"""A publication's files, one per language, and who may download them.

The page offers the file in the visitor's language first, then the others,
each with its language named in itself, its size and type, and says which
languages have no file yet. Files are served by Wagtail's document view
(/documents/<id>/<file name>, cccea_site.serving.documents); while no live,
public publication uses a file, only people who may use the admin can
download it (a draft's files stay private until it is published).
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.utils.translation import get_language, get_language_info
from wagtail.documents import get_document_model

from cccea_site.serving.tree import language_suffixes
from cccea_site.serving.visibility import public_pages

DOCUMENT_FIELDS = [f"document_{suffix}" for suffix in language_suffixes()]


@dataclass
class LanguageFile:
    """One language's file of a publication (`document` None when missing)."""

    code: str
    name_local: str
    document: object = None

    @property
    def size(self):
        """The size Wagtail recorded at upload; else asked of the storage.

        Not Document.get_file_size(): it saves the document when the size
        was not recorded, and a save empties the page cache while rendering.
        """
        if not self.document:
            return None
        if self.document.file_size is None:
            try:
                return self.document.file.size
            except OSError:  # the file is gone from storage
                return None
        return self.document.file_size

    @property
    def file_type(self):
        return self.document.file_extension.upper() if self.document else ""


def files_by_language(page):
    """{"offered": the visitor's language's file (or its LanguageFile without
    a document), "others": other languages' files, "missing": languages
    without one}; one query for all the documents."""
    wanted = {
        code: getattr(page, f"{field}_id")
        for (code, _name), field in zip(
            settings.LANGUAGES, DOCUMENT_FIELDS, strict=True
        )
    }
    documents = get_document_model().objects.in_bulk(
        [pk for pk in wanted.values() if pk]
    )
    files = [
        LanguageFile(
            code=code,
            name_local=get_language_info(code)["name_local"],
            document=documents.get(pk),
        )
        for code, pk in wanted.items()
    ]
    visitor = get_language()
    offered = next(item for item in files if item.code == visitor)
    others = [item for item in files if item.code != visitor]
    return {
        "offered": offered,
        "others": [item for item in others if item.document],
        "missing": [item for item in others if not item.document],
        "any": any(item.document for item in files),
    }


def pages_using(document):
    """Publication pages that carry `document` in any language."""
    from news.models import PublicationPage

    uses = Q()
    for field in DOCUMENT_FIELDS:
        uses |= Q(**{f"{field}_id": document.pk})
    return PublicationPage.objects.filter(uses)


def refuse_draft_files(document, request):
    """Wagtail's before_serve_document hook: a publication's file is served
    to visitors only once a publication that uses it is live and public;
    until then to people who may use the admin, and a 404 to others."""
    pages = pages_using(document)
    if not pages.exists():
        return None
    if public_pages(request, pages.live()).exists():
        return None
    user = request.user
    if user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        request.document_is_private = True
        return None
    raise Http404("This file is not published.")
