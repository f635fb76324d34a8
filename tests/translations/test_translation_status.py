"""Translators see what is left to translate, in the admin and on the command line."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from cccea_site.languages.translation_status import translation_statuses


def status_of(page, language):
    statuses = {status.item.pk: status for status in translation_statuses([language])}
    return statuses[page.pk]


def test_fully_translated_page_misses_nothing(site_tree):
    status = status_of(site_tree.mission, "ja")
    # title, statement, two commitments
    assert status.total == 4
    assert status.missing["ja"] == []


def test_missing_fields_are_named_per_language(site_tree):
    site_tree.mission.statement_ko = ""
    site_tree.mission.save()
    commitment = site_tree.mission.commitments.last()
    commitment.text_ko = ""
    commitment.save()

    status = status_of(site_tree.mission, "ko")

    assert status.missing["ko"] == ["Statement", "Commitments 2: text"]
    assert status.filled("ko") == 2
    assert status_of(site_tree.mission, "ja").missing["ja"] == []


def test_fields_without_english_are_not_counted(site_tree):
    site_tree.case.cta_text_en = ""
    site_tree.case.save()
    labels = [item.label for item in status_of(site_tree.case, "ja").fields]
    assert "Action text" not in labels


def run(*args):
    output = io.StringIO()
    call_command("translation_status", *args, stdout=output)
    return output.getvalue()


def test_command_prints_a_table(site_tree):
    site_tree.vision.statement_ja = ""
    site_tree.vision.save()

    text = run("--language", "ja")

    assert "/home/about/vision/" in text
    assert "Statement" in text
    assert text.strip().endswith("1 fields to translate, 0 outdated.")


def test_command_prints_csv_filtered_by_page_type(site_tree):
    rows = list(
        csv.reader(io.StringIO(run("--format", "csv", "--page-type", "missionpage")))
    )
    assert rows[0] == [
        "item",
        "type",
        "language",
        "filled",
        "total",
        "up_to_date",
        "missing",
        "outdated",
    ]
    assert [row[2] for row in rows[1:]] == ["zh-hant", "ja", "ko"]


def test_command_refuses_an_unknown_language(site_tree):
    with pytest.raises(CommandError, match="invalid choice: 'fr'"):
        call_command("translation_status", "--language", "fr")


def test_demo_content_has_nothing_left_to_translate(db):
    call_command("load_demo_content", stdout=io.StringIO())
    assert run().strip().endswith(" 0 fields to translate, 0 outdated.")


@pytest.fixture
def translator(client, django_user_model, site_tree):
    user = django_user_model.objects.create_user("translator", password="pw")
    user.groups.add(Group.objects.get(name="Translators"))
    client.force_login(user)
    return user


def test_translators_see_the_report_with_edit_links(client, translator, site_tree):
    site_tree.vision.statement_ko = ""
    site_tree.vision.save()

    response = client.get("/admin/translation-status/", {"language": "ko"})

    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="/admin/pages/{site_tree.vision.id}/edit/"' in html
    assert "Statement" in html
    assert "/admin/translation-status/" in client.get("/admin/").content.decode()


def test_report_filters_by_page_type(client, translator, site_tree):
    html = client.get(
        "/admin/translation-status/", {"type": "campaignpage"}
    ).content.decode()
    assert f"/admin/pages/{site_tree.case.id}/edit/" in html
    assert f"/admin/pages/{site_tree.vision.id}/edit/" not in html


def test_other_staff_do_not_see_the_report(client, django_user_model, site_tree):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("someone", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    assert client.get("/admin/translation-status/").status_code in (302, 403)
    assert "/admin/translation-status/" not in client.get("/admin/").content.decode()


def test_translators_can_edit_but_not_publish_or_delete(translator, site_tree):
    page = Page.objects.get(pk=site_tree.vision.pk)
    permissions = page.permissions_for_user(translator)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not permissions.can_delete()


def test_pages_with_work_left_come_first(site_tree):
    from cccea_site.languages.translation_status import translation_statuses

    site_tree.case.summary_ko = ""
    site_tree.case.save()
    site_tree.vision.statement_ja = ""
    site_tree.vision.save()

    statuses = translation_statuses()
    unfinished = [status.item.pk for status in statuses[:2]]

    # The vision page is earlier in the tree than the case.
    assert unfinished == [site_tree.vision.pk, site_tree.case.pk]
    assert all(status.is_done() for status in statuses[2:])


def test_brands_and_site_settings_are_reported_after_pages(site_tree):
    from campaigns.models import Brand
    from cccea_site.models import SiteSettings

    brand = Brand.objects.first()
    brand.name_ja = ""
    brand.save()
    settings_object = SiteSettings.objects.get()
    settings_object.footer_text_en = "A coalition of labour groups."
    settings_object.footer_text_ko = ""
    settings_object.save()
    site_tree.case.summary_ko = ""
    site_tree.case.save()

    statuses = translation_statuses()
    unfinished = [status.item for status in statuses if not status.is_done()]

    assert unfinished[0].pk == site_tree.case.pk
    assert {type(item) for item in unfinished[1:]} == {Brand, SiteSettings}
    brand_status = next(s for s in statuses if s.item == brand)
    assert brand_status.missing["ja"] == ["Name"]
    settings_status = next(s for s in statuses if s.item == settings_object)
    assert settings_status.missing["ko"] == ["Footer text"]


def test_command_reports_brands_by_type(site_tree):
    from campaigns.models import Brand

    brand = Brand.objects.first()
    brand.name_ko = ""
    brand.save()

    rows = list(csv.reader(io.StringIO(run("--format", "csv", "--type", "brand"))))

    korean = [row for row in rows[1:] if row[2] == "ko" and row[6]]
    assert korean == [
        [f"campaigns.brand:{brand.pk}", "Brand", "ko", "0", "1", "0", "Name", ""]
    ]


def test_translators_are_sent_to_brands_but_told_editors_do_settings(
    client, translator, site_tree
):
    from campaigns.models import Brand
    from cccea_site.models import SiteSettings

    brand = Brand.objects.first()
    brand.name_ja = ""
    brand.save()
    settings_object = SiteSettings.objects.get()
    settings_object.footer_text_en = "A coalition of labour groups."
    settings_object.footer_text_ja = ""
    settings_object.save()

    html = client.get("/admin/translation-status/", {"language": "ja"}).content.decode()

    assert f"/admin/snippets/campaigns/brand/edit/{brand.pk}/" in html
    assert "/admin/settings/cccea_site/sitesettings/" not in html
    assert "An editor translates this" in html


def test_translators_cannot_change_the_site_settings(client, translator, site_tree):
    """Settings have no drafts: a translator's change would go live unreviewed."""
    from cccea_site.models import SiteSettings

    settings_object = SiteSettings.objects.get()
    url = f"/admin/settings/cccea_site/sitesettings/{settings_object.site_id}/"
    response = client.post(url, {"footer_text_en": "Defaced"})

    assert response.status_code in (302, 403)
    assert SiteSettings.objects.get().footer_text_en != "Defaced"
