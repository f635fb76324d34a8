"""Page content goes out as a PO file and comes back as new drafts."""

import io

import polib
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from campaigns.models import CampaignPage
from cccea_site.languages.fingerprints import Fingerprints
from cccea_site.languages.po_files import InvalidPOFile, export_po, import_po

TRANSLATED = ["zh-hant", "ja", "ko"]


def draft_of(page):
    return CampaignPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def exported(page, language, *options):
    output = io.StringIO()
    call_command(
        "translation_po",
        "export",
        "--language",
        language,
        "--page",
        str(page.pk),
        *options,
        stdout=output,
    )
    return polib.pofile("\n" + output.getvalue())


def import_text(tmp_path, po):
    path = tmp_path / "in.po"
    path.write_text(str(po) if not isinstance(po, str) else po, encoding="utf-8")
    output = io.StringIO()
    call_command("translation_po", "import", str(path), stdout=output)
    return output.getvalue()


def entry(po, context):
    return next(item for item in po if item.msgctxt == context)


def test_an_export_has_one_entry_per_field_with_stable_contexts(case):
    po = exported(case, "ja")
    demand = case.demands.first()

    assert po.metadata["Language"] == "ja"
    title = entry(po, f"page/{case.pk}/title")
    assert (title.msgid, title.msgstr) == (case.title_en, case.title_ja)
    text = entry(po, f"page/{case.pk}/demands/{demand.pk}/text")
    assert (text.msgid, text.msgstr) == (demand.text_en, demand.text_ja)
    body = entry(po, f"page/{case.pk}/body")
    assert body.msgid.startswith("<p>") and body.msgstr.startswith("<p>")
    assert not any(item.fuzzy for item in po)


def test_missing_translations_are_empty_and_outdated_ones_fuzzy(case):
    case.summary_ja = ""
    case.cta_heading_en = "Act today"
    case.save_revision().publish()

    po = exported(case, "ja", "--needs-work")

    assert entry(po, f"page/{case.pk}/summary").msgstr == ""
    heading = entry(po, f"page/{case.pk}/cta_heading")
    assert heading.fuzzy
    assert heading.previous_msgid == "Act now [en]"
    assert {item.msgctxt for item in po} == {
        f"page/{case.pk}/summary",
        f"page/{case.pk}/cta_heading",
    }


def filled(po, language):
    """The file as a translator returns it: every entry translated anew."""
    for item in po:
        if item.msgid.startswith("<p>"):
            item.msgstr = f"<p>{language}: {item.msgid[3:-4]}</p>"
        else:
            item.msgstr = f"{language}: {item.msgid}"
        if "fuzzy" in item.flags:
            item.flags.remove("fuzzy")
    return po


def test_round_trip_in_three_languages_saves_drafts_not_published(tmp_path, case):
    live_title_ja = case.title_ja
    revisions = case.revisions.count()
    demand, update = case.demands.first(), case.updates.first()

    for language in TRANSLATED:
        output = import_text(tmp_path, filled(exported(case, language), language))
        assert output.strip() == (
            f"page {case.pk} “{case.title_en}”: 9 updated (new draft, not published)."
        )

    draft = draft_of(case)
    assert draft.title_ja == f"ja: {case.title_en}"
    assert draft.body_ko == f"<p>ko: {case.body_en[3:-4]}</p>"
    assert draft.demands.all()[0].text_zh_hant == f"zh-hant: {demand.text_en}"
    assert draft.updates.all()[0].title_ko == f"ko: {update.title_en}"
    assert case.revisions.count() == revisions + 3
    live = CampaignPage.objects.get(pk=case.pk)
    assert live.title_ja == live_title_ja
    assert live.has_unpublished_changes


def test_importing_the_same_file_twice_changes_nothing(tmp_path, case):
    po = filled(exported(case, "ko"), "ko")
    import_text(tmp_path, po)
    revisions = case.revisions.count()

    output = import_text(tmp_path, po)

    assert output.strip() == f"page {case.pk} “{case.title_en}”: unchanged."
    assert case.revisions.count() == revisions


def test_an_outdated_translation_imported_unchanged_is_confirmed(tmp_path, case):
    case.summary_en = "Owed four months of wages."
    case.save_revision().publish()
    po = exported(case, "ja", "--needs-work")
    entry(po, f"page/{case.pk}/summary").flags.remove("fuzzy")

    output = import_text(tmp_path, po)

    assert "1 confirmed still valid" in output
    assert not Fingerprints([case]).is_outdated(draft_of(case), "summary", "ja")


def test_fuzzy_entries_are_reported_and_skipped(tmp_path, case):
    case.summary_en = "Owed four months of wages."
    case.save_revision().publish()
    po = exported(case, "ja", "--needs-work")
    entry(po, f"page/{case.pk}/summary").msgstr = "新しい訳"

    output = import_text(tmp_path, po)

    assert "unchanged, 1 skipped: fuzzy" in output
    assert draft_of(case).summary_ja == "Case summary [ja]"


def refused(tmp_path, po):
    with pytest.raises(CommandError, match="Nothing imported"):
        import_text(tmp_path, po)


def test_a_malformed_file_writes_nothing(tmp_path, case, capsys):
    revisions = case.revisions.count()
    broken = str(filled(exported(case, "ja"), "ja")) + '\nmsgid "unterminated\n'
    path = tmp_path / "broken.po"
    path.write_text(broken, encoding="utf-8")

    with pytest.raises(CommandError, match="Nothing imported: 1 problem"):
        call_command("translation_po", "import", str(path), stderr=io.StringIO())

    assert case.revisions.count() == revisions


def test_an_invalid_po_text_is_refused_in_one_line():
    with pytest.raises(InvalidPOFile) as error:
        import_po(b"this is not a PO file")
    assert error.value.errors == [
        "Not a valid PO file: Syntax error in po file (line 2)."
    ]


def test_a_tampered_msgctxt_refuses_the_whole_file(tmp_path, case):
    po = filled(exported(case, "ja"), "ja")
    entry(po, f"page/{case.pk}/summary").msgctxt = f"page/{case.pk}/employer"
    po[0].msgctxt = "page/one/title"

    refused(tmp_path, po)

    assert draft_of(case).title_ja == case.title_ja
    po[0].msgctxt = po[1].msgctxt
    with pytest.raises(InvalidPOFile, match="appears twice"):
        import_po(str(po))


def test_rich_text_with_broken_tags_is_refused(tmp_path, case):
    po = filled(exported(case, "ko"), "ko")
    entry(po, f"page/{case.pk}/body").msgstr = "<p>본문 <b>굵게</p>"

    with pytest.raises(InvalidPOFile, match="HTML tags are broken"):
        import_po(str(po))
    entry(po, f"page/{case.pk}/body").msgstr = "<h2>본문</h2>"
    with pytest.raises(InvalidPOFile, match="tags differ from the English"):
        import_po(str(po))
    assert draft_of(case).body_ko == case.body_ko


def test_a_file_for_a_deleted_page_is_refused(tmp_path, case):
    po = filled(exported(case, "ja"), "ja")
    case.delete()

    with pytest.raises(InvalidPOFile, match=r"page \d+ does not exist"):
        import_po(str(po))


def test_a_file_in_another_language_than_it_says_is_refused(case):
    po = export_po([case], "ja")
    po.metadata["Language"] = "fr"
    with pytest.raises(InvalidPOFile, match="Language header"):
        import_po(str(po))


def test_a_translator_downloads_and_uploads_a_po_file_in_the_admin(translator, case):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = translator.get(
        "/admin/translation-status/po/",
        {"language": "ja", "page": case.pk, "scope": "tree"},
    )
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="cccea-page{case.pk}-tree-ja.po"'
    )
    po = filled(polib.pofile("\n" + response.content.decode()), "ja")

    upload = SimpleUploadedFile("case.ja.po", str(po).encode())
    response = translator.post("/admin/translation-status/po/", {"po_file": upload})

    assert response.status_code == 302
    assert draft_of(case).title_ja == f"ja: {case.title_en}"
    assert CampaignPage.objects.get(pk=case.pk).title_ja == case.title_ja
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == [
        f"page {case.pk} “{case.title_en}”: 9 updated (new draft, not published)."
    ]


def test_the_admin_refuses_a_bad_file_or_request_with_a_message(translator, case):
    from django.core.files.uploadedfile import SimpleUploadedFile

    assert translator.get("/admin/translation-status/po/").status_code == 400
    assert (
        translator.get(
            "/admin/translation-status/po/", {"language": "ja", "page": 99999}
        ).status_code
        == 400
    )
    upload = SimpleUploadedFile("x.po", b"not a po file")
    response = translator.post(
        "/admin/translation-status/po/", {"po_file": upload}, follow=True
    )
    assert "Nothing imported: Not a valid PO file" in response.content.decode()
