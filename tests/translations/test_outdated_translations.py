"""An English edit makes its translations outdated, for staff to see."""

import io

from django.core.management import call_command

from campaigns.models import CampaignPage
from cccea_site.languages.fingerprints import Fingerprints, TranslationFingerprint
from cccea_site.languages.translation_status import translation_statuses
from tests.admin_forms import edit_form, edit_url, form_data

TRANSLATED = ["zh-hant", "ja", "ko"]


def draft_of(page):
    return CampaignPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def outdated_languages(obj, name):
    fingerprints = Fingerprints([obj])
    return [lang for lang in TRANSLATED if fingerprints.is_outdated(obj, name, lang)]


def status_of(page, language, **options):
    statuses = translation_statuses([language], **options)
    return next((status for status in statuses if status.item.pk == page.pk), None)


def test_translations_start_up_to_date(case):
    assert outdated_languages(draft_of(case), "summary") == []
    assert status_of(case, "ja").outdated["ja"] == []


def test_an_english_edit_makes_three_languages_outdated(case):
    case.summary_en = "Workers at the factory were owed four months of wages."
    case.save_revision().publish()

    assert outdated_languages(draft_of(case), "summary") == TRANSLATED
    assert outdated_languages(draft_of(case), "title") == []
    for language in TRANSLATED:
        status = status_of(case, language)
        assert status.outdated[language] == ["Summary"]
        assert status.up_to_date(language) == status.total - 1


def test_an_english_edit_in_a_draft_shows_in_the_edit_view(editor, case):
    case.summary_en = "Owed four months of wages."
    case.save_revision()

    html = editor.get(edit_url(case)).content.decode()

    assert "Outdated: the English changed" in html
    assert "<ins>Owed four months of wages.</ins>" in html


def test_a_new_translation_is_made_from_the_new_english(case):
    case.summary_en = "Owed four months of wages."
    case.save_revision().publish()
    draft = draft_of(case)
    draft.summary_ja = "四か月分の賃金が未払い。"
    draft.save_revision()

    assert outdated_languages(draft_of(case), "summary") == ["zh-hant", "ko"]


def test_an_inline_item_goes_outdated_on_its_own(case):
    demand = case.demands.first()
    demand.text_en = "Pay the workers in full"
    demand.save()

    assert outdated_languages(demand, "text") == TRANSLATED
    assert outdated_languages(case.demands.last(), "text") == []
    label = status_of(case, "ko").outdated["ko"]
    assert label == ["Demands 1: demand"]


def test_the_report_filters_to_what_needs_work_in_one_language(case):
    assert status_of(case, "ja", needs_work=True) is None
    case.summary_en = "Owed four months of wages."
    case.save()
    assert status_of(case, "ja", needs_work=True) is not None


def test_the_command_lists_outdated_fields(case):
    case.summary_en = "Owed four months of wages."
    case.save()
    output = io.StringIO()

    call_command(
        "translation_status", "--language", "ja", "--needs-work", stdout=output
    )

    text = output.getvalue()
    assert "Summary" in text
    assert "/home/campaigns/unpaid-severance/" in text
    assert text.strip().endswith("0 fields to translate, 1 outdated.")


def tick_still_valid(client, page, *fields, url=None):
    url = url or edit_url(page)
    data = form_data(client.get(url).content.decode())
    data["translation_still_valid"] = list(fields)
    return client.post(url, data)


def test_a_translator_marks_outdated_translations_still_valid(translator, case):
    case.summary_en = "Owed four months of wages."
    case.save_revision().publish()
    demand = case.demands.first()
    demand.text_en = "Pay the workers in full"
    demand.save()
    form = edit_form(translator.get(edit_url(case)).content.decode())
    assert form.find("input", attrs={"value": "summary_ja"}) is not None
    assert form.find("input", attrs={"value": "demands-0-text_ko"}) is not None

    response = tick_still_valid(translator, case, "summary_ja", "demands-0-text_ko")

    assert response.status_code == 302
    assert outdated_languages(draft_of(case), "summary") == ["zh-hant", "ko"]
    assert outdated_languages(case.demands.first(), "text") == ["zh-hant", "ja"]
    # Nothing retyped: the translation is as it was.
    assert draft_of(case).summary_ja == case.summary_ja


def test_a_translator_cannot_confirm_english_or_other_forms_fields(translator, case):
    case.title_en = "Severance still unpaid"
    case.save_revision().publish()

    tick_still_valid(translator, case, "title_en", "title")

    assert outdated_languages(draft_of(case), "title") == TRANSLATED


def test_a_fingerprint_goes_with_its_page(case):
    case.delete()
    assert not TranslationFingerprint.objects.filter(object_id=str(case.pk)).exists()


def test_a_brand_goes_outdated_and_a_translator_confirms_it(translator, db):
    from django.urls import reverse

    from campaigns.factories import BrandFactory

    brand = BrandFactory(slug="northwind", name="Northwind")
    brand.name_en = "Northwind Apparel"
    brand.save_revision().publish()
    assert outdated_languages(brand, "name") == TRANSLATED
    url = reverse("wagtailsnippets_campaigns_brand:edit", args=[brand.pk])
    assert "Outdated: the English changed" in translator.get(url).content.decode()

    tick_still_valid(translator, brand, "name_ja", url=url)

    assert outdated_languages(brand, "name") == ["zh-hant", "ko"]


def test_site_settings_go_outdated(db):
    from cccea_site.factories import site_with_home
    from cccea_site.models import SiteSettings

    site_settings = SiteSettings.for_site(site_with_home().get_site())
    site_settings.footer_text_en, site_settings.footer_text_ja = "Old", "古い"
    site_settings.save()
    site_settings.footer_text_en = "New"
    site_settings.save()

    assert outdated_languages(site_settings, "footer_text") == ["ja"]


def test_the_admin_report_lists_outdated_fields(translator, case):
    case.summary_en = "Owed four months of wages."
    case.save()

    html = translator.get(
        "/admin/translation-status/", {"language": "ja", "needs_work": "on"}
    ).content.decode()

    assert "1 outdated translation" in html
    assert f"/admin/pages/{case.pk}/edit/" in html
    assert "Outdated:" in html


def test_existing_translations_start_up_to_date(case):
    """The migration's step: every translation present is recorded."""
    from importlib import import_module

    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    name = "0005_translation_fingerprints"
    migration = import_module(f"cccea_site.migrations.{name}")
    state = MigrationLoader(connection).project_state(("cccea_site", name))
    TranslationFingerprint.objects.all().delete()
    migration.record_todays_fingerprints(state.apps, None)
    case.summary_en = "Owed four months of wages."
    case.save()

    assert outdated_languages(case, "summary") == TRANSLATED
    assert outdated_languages(case, "title") == []
    assert TranslationFingerprint.objects.filter(field_name="text").count() == 3 * 3


def test_the_word_diff_shows_what_changed_in_the_english():
    from cccea_site.languages.word_diff import diff_parts, word_diff_html

    old = "Workers were not paid for three months. The factory closed in March."
    new = "Workers were not paid for four months. The factory closed in March."
    assert diff_parts(old, new) == [
        ("same", "Workers were not paid for"),
        ("removed", "three"),
        ("added", "four"),
        ("same", "months. The factory closed …"),
    ]
    # CJK text has no spaces: it is compared character by character.
    assert [kind for kind, _text in diff_parts("工人三个月", "工人四个月")] == [
        "same",
        "removed",
        "added",
        "same",
    ]
    assert word_diff_html("Same text", "Same  text") == ""


def test_every_translated_model_keeps_fingerprints():
    """A new app's translated models (registered in its translation.py) are
    followed with nothing else to do. (Django has no public list of a
    signal's receivers.)"""
    from django.db.models.signals import post_save
    from modeltranslation.translator import translator
    from wagtail.models import Page

    from cccea_site.languages.fingerprint_signals import translated_object_saved
    from cccea_site.languages.translated_fields import translated_field_names

    for model in translator.get_registered_models(abstract=False):
        if model is Page or not translated_field_names(model):
            continue
        sync_receivers, _async_receivers = post_save._live_receivers(model)
        assert translated_object_saved in sync_receivers, model
