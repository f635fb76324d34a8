"""Which English text each translation was made from, to find outdated ones.

For every translated field of a page, inline item, snippet or settings object
and every language translated into, one TranslationFingerprint row holds a
fingerprint (sha256) of the English value when the translation was last
written, and that English text itself (for the word diff the edit view
shows). A translation whose English has changed since is *outdated*: still
the translation visitors read, only flagged to staff.

The rows are generic (content type, object id, field name), so a content app
registers its translated fields in translation.py as usual and needs no
migration. cccea_site.languages.services writes them; this module reads.
"""

import hashlib
import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from cccea_site.languages.translated_fields import has_content

# Draftail renumbers these on every save; they are not part of the text.
BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')


def normalised(value):
    """The text a fingerprint is taken of: markup kept, block keys and
    runs of whitespace (which change nothing a reader sees) not."""
    text = BLOCK_KEY.sub("", str(value or ""))
    return " ".join(text.split())


def fingerprint(value):
    """sha256 of a field value, as 64 hex digits."""
    return hashlib.sha256(normalised(value).encode()).hexdigest()


def english_value(obj, name):
    return getattr(obj, build_localized_fieldname(name, settings.LANGUAGE_CODE), None)


def translated_value(obj, name, language):
    return getattr(obj, build_localized_fieldname(name, language), None)


class TranslationFingerprintQuerySet(models.QuerySet):
    def for_objects(self, objects):
        """The rows of these objects (saved ones; any mix of models)."""
        by_type = {}
        for obj in objects:
            if obj.pk is not None:
                content_type = ContentType.objects.get_for_model(obj)
                by_type.setdefault(content_type.pk, set()).add(str(obj.pk))
        if not by_type:
            return self.none()
        query = models.Q()
        for content_type_id, ids in by_type.items():
            query |= models.Q(content_type_id=content_type_id, object_id__in=ids)
        return self.filter(query)

    def by_key(self):
        """{(content type id, object id, field, language): row}."""
        return {row.key: row for row in self}


class TranslationFingerprint(models.Model):
    """The English one translation was made from (see the module docstring)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    field_name = models.CharField(max_length=100)
    language = models.CharField(max_length=16)
    english_fingerprint = models.CharField(max_length=64)
    english_text = models.TextField(blank=True)
    # Of the translation itself: a save that leaves it unchanged (an English
    # edit, a publish) keeps the English it was made from.
    translation_fingerprint = models.CharField(max_length=64)
    recorded_at = models.DateTimeField(auto_now=True)

    objects = TranslationFingerprintQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation fingerprint")
        verbose_name_plural = _("translation fingerprints")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field_name", "language"],
                name="one_fingerprint_per_translation",
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.field_name} [{self.language}]"

    @property
    def key(self):
        return (self.content_type_id, self.object_id, self.field_name, self.language)


def key_of(obj, name, language):
    content_type = ContentType.objects.get_for_model(obj)
    return (content_type.pk, str(obj.pk), name, language)


class Fingerprints:
    """The recorded fingerprints of some objects, read in one query, and
    what they say about each translation."""

    def __init__(self, objects=None, rows=None):
        if rows is None:
            rows = TranslationFingerprint.objects.for_objects(objects or [])
        self.rows = rows if isinstance(rows, dict) else rows.by_key()

    @classmethod
    def of_everything(cls):
        """Every recorded fingerprint, for a report over the whole site."""
        return cls(rows=TranslationFingerprint.objects.defer("english_text").by_key())

    def row(self, obj, name, language):
        if obj.pk is None:
            return None
        return self.rows.get(key_of(obj, name, language))

    def is_outdated(self, obj, name, language):
        """The translation exists and was made from other English than today's.

        A translation with no fingerprint (one written before fingerprints
        were kept, by a path that bypassed them) counts as up to date: there
        is nothing to compare.
        """
        english = english_value(obj, name)
        if not has_content(english) or not has_content(
            translated_value(obj, name, language)
        ):
            return False
        row = self.row(obj, name, language)
        return row is not None and row.english_fingerprint != fingerprint(english)

    def old_english(self, obj, name, language):
        """The English an outdated translation was made from."""
        row = self.row(obj, name, language)
        return row.english_text if row else ""
