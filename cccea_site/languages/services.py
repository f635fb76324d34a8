"""Writes of translation fingerprints (cccea_site.languages.fingerprints).

A fingerprint is recorded when a translation is written: a translation
saved for the first time, or changed, is taken as made from the English
beside it at that moment. A save that leaves a translation as it was (an
English edit, a publish, a move) keeps the English it was made from, which
is how an English edit makes it outdated. A translator who finds the
translation still right confirms it (`mark_still_valid`).
"""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from cccea_site.languages.fingerprints import (
    Fingerprints,
    TranslationFingerprint,
    english_value,
    fingerprint,
    translated_value,
)
from cccea_site.languages.translated_fields import has_content, translated_field_names
from cccea_site.languages.translation_status import inline_relations, target_languages

UPDATED_FIELDS = [
    "english_fingerprint",
    "english_text",
    "translation_fingerprint",
    "recorded_at",
]


def with_inline_items(obj):
    """`obj` and its translated inline items (a draft's, held in memory)."""
    found = [obj]
    for relation, _model in inline_relations(type(obj)):
        found.extend(getattr(obj, relation).all())
    return found


def saved_translations(obj):
    """(field, language) of each translation `obj` holds."""
    return [
        (name, language)
        for name in translated_field_names(type(obj))
        for language in target_languages()
        if has_content(translated_value(obj, name, language))
    ]


def fill_row(row, obj, name, language):
    english = english_value(obj, name)
    row.english_fingerprint = fingerprint(english)
    row.english_text = str(english or "")
    row.translation_fingerprint = fingerprint(translated_value(obj, name, language))
    row.recorded_at = timezone.now()
    return row


def new_row(obj, name, language):
    return TranslationFingerprint(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        field_name=name,
        language=language,
    )


def record_translations(objects):
    """Record the English of each new or changed translation of `objects`.

    Two queries at most whatever the number of objects (one read, one
    write of each kind), none when nothing changed.
    """
    objects = [obj for obj in objects if obj.pk is not None]
    known = Fingerprints(objects)
    created, updated = [], []
    for obj in objects:
        for name, language in saved_translations(obj):
            row = known.row(obj, name, language)
            current = fingerprint(translated_value(obj, name, language))
            if row is not None and row.translation_fingerprint == current:
                continue
            if row is None:
                created.append(
                    fill_row(new_row(obj, name, language), obj, name, language)
                )
            else:
                updated.append(fill_row(row, obj, name, language))
    if created:
        TranslationFingerprint.objects.bulk_create(created, ignore_conflicts=True)
    if updated:
        TranslationFingerprint.objects.bulk_update(updated, UPDATED_FIELDS)
    return len(created) + len(updated)


def mark_still_valid(obj, name, language):
    """The translation fits today's English: record that English."""
    row = Fingerprints([obj]).row(obj, name, language) or new_row(obj, name, language)
    fill_row(row, obj, name, language).save()
    return row


def forget_translations(obj):
    """An object was deleted: its fingerprints go with it."""
    TranslationFingerprint.objects.for_objects([obj]).delete()
