"""Fingerprints of the English each translation was made from.

Existing content starts up to date: every translation present today is
recorded as made from today's English. Pages are read as published (their
rows); a translation typed into a draft is recorded at its next save.
Models of apps not migrated yet at this point (a new app) have no content.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.utils import timezone
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from cccea_site.languages.fingerprints import fingerprint
from cccea_site.languages.translated_fields import has_content, translated_field_names


def historical_translated_models(apps):
    """(historical model, translated field names) of every translated model."""
    from wagtail.models import Page

    for model in translator.get_registered_models(abstract=False):
        names = translated_field_names(model)
        if model is Page or not names:
            continue
        try:
            historical = apps.get_model(model._meta.app_label, model._meta.model_name)
        except LookupError:
            continue
        columns = {field.attname for field in historical._meta.concrete_fields}
        yield historical, [
            name
            for name in names
            if build_localized_fieldname(name, settings.LANGUAGE_CODE) in columns
        ], columns


def rows_for(obj, content_type, names, columns, now):
    targets = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    for name in names:
        english = getattr(obj, build_localized_fieldname(name, settings.LANGUAGE_CODE))
        for language in targets:
            column = build_localized_fieldname(name, language)
            if column not in columns:
                continue
            translation = getattr(obj, column)
            if has_content(translation):
                yield dict(
                    content_type=content_type,
                    object_id=str(obj.pk),
                    field_name=name,
                    language=language,
                    english_fingerprint=fingerprint(english),
                    english_text=str(english or ""),
                    translation_fingerprint=fingerprint(translation),
                    recorded_at=now,
                )


def record_todays_fingerprints(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    TranslationFingerprint = apps.get_model("cccea_site", "TranslationFingerprint")
    now = timezone.now()
    for model, names, columns in historical_translated_models(apps):
        content_type = ContentType.objects.get_for_model(model)
        rows = [
            TranslationFingerprint(**row)
            for obj in model.objects.all().iterator()
            for row in rows_for(obj, content_type, names, columns, now)
        ]
        TranslationFingerprint.objects.bulk_create(rows, batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('cccea_site', '0004_content_generation'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.CreateModel(
            name='TranslationFingerprint',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('object_id', models.CharField(max_length=64)),
                ('field_name', models.CharField(max_length=100)),
                ('language', models.CharField(max_length=16)),
                ('english_fingerprint', models.CharField(max_length=64)),
                ('english_text', models.TextField(blank=True)),
                ('translation_fingerprint', models.CharField(max_length=64)),
                ('recorded_at', models.DateTimeField(auto_now=True)),
                ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')),
            ],
            options={
                'verbose_name': 'translation fingerprint',
                'verbose_name_plural': 'translation fingerprints',
                'constraints': [models.UniqueConstraint(fields=('content_type', 'object_id', 'field_name', 'language'), name='one_fingerprint_per_translation')],
            },
        ),
        migrations.RunPython(record_todays_fingerprints, migrations.RunPython.noop),
    ]
