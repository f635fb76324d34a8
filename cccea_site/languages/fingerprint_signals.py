"""Fingerprints follow every save, without changing how editors save.

- A translated model saved (a page created or published, an inline item, a
  brand, the site settings): its new or changed translations are recorded.
- A revision saved (an editor's or translator's draft of a page or brand,
  Wagtail's autosave overwriting one): the same, for the draft's values, so
  a translation typed into a draft is recorded then, not when an editor
  publishes it later (by which time the English may have changed).
- A translated object deleted: its fingerprints go.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Revision

from cccea_site.languages.services import (
    forget_translations,
    record_translations,
    with_inline_items,
)
from cccea_site.languages.translated_fields import translated_field_names
from cccea_site.languages.translation_status import inline_relations

DISPATCH_UID = "cccea_site.languages.fingerprints"


def writes_translations(sender, update_fields):
    """False for saves that write named columns, none of them translated
    (Wagtail's save_revision updating `latest_revision`, a tree move)."""
    if update_fields is None:
        return True
    names = translated_field_names(sender)
    columns = {
        build_localized_fieldname(name, code)
        for name in names
        for code, _language in settings.LANGUAGES
    }
    return any(field in columns or field in names for field in update_fields)


def translated_object_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or sender is Page or not writes_translations(sender, update_fields):
        return
    record_translations([instance])


def revision_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and "content" not in update_fields):
        return
    model = ContentType.objects.get_for_id(instance.content_type_id).model_class()
    if model is None or not (translated_field_names(model) or inline_relations(model)):
        return
    record_translations(with_inline_items(instance.as_object()))


def translated_object_deleted(sender, instance, **kwargs):
    if sender is not Page:
        forget_translations(instance)


def connect_fingerprint_signals():
    for model in translator.get_registered_models(abstract=False):
        if model is Page or not translated_field_names(model):
            continue
        post_save.connect(
            translated_object_saved, sender=model, dispatch_uid=(DISPATCH_UID, model)
        )
        post_delete.connect(
            translated_object_deleted, sender=model, dispatch_uid=(DISPATCH_UID, model)
        )
    post_save.connect(revision_saved, sender=Revision, dispatch_uid=DISPATCH_UID)
