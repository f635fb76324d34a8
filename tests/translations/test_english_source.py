"""While translating, the English text is shown directly above each field."""

from bs4 import BeautifulSoup

from tests.admin_forms import edit_form, edit_url


def help_of(form, field_name):
    """The help text the admin shows above a field (linked by aria-describedby)."""
    field = form.find(attrs={"name": field_name})
    help_ids = field["aria-describedby"].split()
    texts = [form.find(id=help_id) for help_id in help_ids]
    return " ".join(text.get_text(" ", strip=True) for text in texts if text)


def edit_form_of(client, page):
    return edit_form(client.get(edit_url(page)).content.decode())


def test_each_translation_field_shows_its_english_source(translator, site_tree):
    case = site_tree.case
    form = edit_form_of(translator, case)

    assert case.title_en in help_of(form, "title_ja")
    assert case.summary_en in help_of(form, "summary_ko")
    # Inline items too: the first demand's English above its Chinese field.
    demand = case.demands.first()
    assert demand.text_en in help_of(form, "demands-0-text_zh_hant")


def test_an_untranslated_field_is_marked(translator, site_tree):
    case = site_tree.case
    case.summary_ja = ""
    case.save_revision()

    form = edit_form_of(translator, case)

    assert "Not translated yet" in help_of(form, "summary_ja")
    assert "Not translated yet" not in help_of(form, "summary_ko")


def test_a_long_english_text_folds_and_keeps_its_language(translator, site_tree):
    case = site_tree.case
    case.body_en = "<p>" + "Workers were not paid for three months. " * 20 + "</p>"
    case.save_revision()

    form = edit_form_of(translator, case)
    field = form.find(attrs={"name": "body_ja"})
    source = form.find(id=field["aria-describedby"].split()[0])

    folded = source.find("details")
    assert folded is not None
    assert folded.find("summary").get_text().startswith("English:")
    assert "three months" in folded.find_all("span", lang="en")[-1].get_text()
    assert "<p>" not in folded.get_text()


def test_english_markup_is_shown_as_text_not_run(editor, site_tree):
    case = site_tree.case
    case.summary_en = '<img src=x onerror="alert(1)"> Unpaid wages'
    case.save_revision()

    html = editor.get(edit_url(case)).content.decode()

    assert 'onerror="alert(1)"' not in html.split("english-source", 1)[1][:2000]
    form = edit_form(html)
    assert "Unpaid wages" in help_of(form, "summary_ja")


def test_english_fields_themselves_carry_no_source(editor, site_tree):
    form = edit_form_of(editor, site_tree.case)
    assert "English:" not in help_of(form, "title_en")
    assert BeautifulSoup(str(form), "html.parser").find(class_="english-source")


def test_the_site_settings_form_shows_the_english_source(editor, site_tree):
    from cccea_site.models import SiteSettings

    settings_object = SiteSettings.objects.get()
    settings_object.footer_text_en = "A coalition of labour groups."
    settings_object.save()

    html = editor.get(
        f"/admin/settings/cccea_site/sitesettings/{settings_object.site_id}/"
    ).content.decode()
    form = BeautifulSoup(html, "html.parser").find("form", id="w-editor-form")

    assert "A coalition of labour groups." in help_of(form, "footer_text_ja")
    assert "Not translated yet" in help_of(form, "footer_text_ja")
