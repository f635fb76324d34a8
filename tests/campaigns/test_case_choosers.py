"""Editors choose a case's brands, member organisations and countries by
searching, in whichever of the four admin languages they use (issue #14).

Each field stays one <select multiple> in the form: it is what the form
posts and what works without JavaScript. The admin's script
(cccea_site/static/cccea_site/searchable-select.js) builds the search box
from it; what it needs is here: the names in the admin language, the other
names to match, and the texts of the box. These tests drive the real admin
views as a browser submits them; typing and the keyboard are tested in
tests/browser/test_admin_choosers.py.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from django_countries import countries
from wagtail.users.models import UserProfile

from campaigns.factories import BrandFactory
from campaigns.models import CampaignPage
from network.factories import MemberOrganisationPageFactory
from tests.admin_forms import (
    edit_form,
    edit_url,
    form_errors,
    publish_from_edit_form,
    submit_create_form,
    submit_edit_form,
)
from tests.conftest import LANGUAGES

CHOOSER_FIELDS = ["brands", "related_organisations", "countries"]
HINT = (
    "Type part of a name, in any language. The up and down arrows move "
    "through the matches; Enter adds or removes the highlighted one."
)


@pytest.fixture
def kiln(db):
    """A second brand, named differently in each language, with aliases."""
    return BrandFactory(
        slug="kiln-knitwear",
        name="Kiln Knitwear (fictional)",
        name_zh_hant="窯織針織（虛構）",
        name_ja="キルン・ニット（架空）",
        name_ko="킬른 니트 (가상)",
        aliases="Kiln\nKK Knit",
    )


@pytest.fixture
def harbour_union(site_tree):
    """A second member organisation, with its own name in its own script."""
    return MemberOrganisationPageFactory(
        parent=site_tree.coalition,
        slug="harbour-union",
        title="Harbour Workers Union (fictional)",
        title_zh_hant="港口工人工會（虛構）",
        title_ja="港湾労働組合（架空）",
        title_ko="항만노동조합 (가상)",
        own_name="港灣工會",
    )


def admin_in(client, language):
    """The client, logged in as a superuser whose admin language is `language`."""
    user = get_user_model().objects.create_superuser(
        f"editor-{language}", f"{language}@example.org", "pw"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def latest_draft(page):
    return CampaignPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def chosen(page):
    """The brands, organisations and countries of `page`, as sets of keys."""
    return (
        {brand.slug for brand in page.brands.all()},
        {organisation.slug for organisation in page.related_organisations.all()},
        {country.code for country in page.countries},
    )


def chooser(form, name):
    """The chooser of field `name`: its select and the box around it."""
    select = form.find("select", attrs={"name": name})
    assert select is not None, f"no select for {name}"
    return select, select.find_parent(class_="searchable-select")


def option_label(select, value):
    return select.find("option", attrs={"value": str(value)}).get_text()


def test_an_editor_saves_a_draft_with_chosen_entries(
    editor, site_tree, kiln, harbour_union
):
    case = site_tree.case
    northwind = case.brands.get()

    response = submit_edit_form(
        editor,
        case,
        brands=[northwind.pk, kiln.pk],
        related_organisations=[site_tree.member.pk, harbour_union.pk],
        countries=["KH", "BD"],
    )

    assert response.status_code == 302, form_errors(response.content.decode())
    assert chosen(latest_draft(case)) == (
        {"northwind", "kiln-knitwear"},
        {"example-union", "harbour-union"},
        {"KH", "BD"},
    )
    # A draft leaves the live case as it was.
    case.refresh_from_db()
    assert chosen(case) == ({"northwind"}, {"example-union"}, {"KH"})


def test_an_editor_changes_the_entries_and_publishes(
    editor, site_tree, kiln, harbour_union
):
    case = site_tree.case

    publish_from_edit_form(
        editor,
        case,
        brands=[kiln.pk],
        related_organisations=[harbour_union.pk],
        countries=["VN"],
    )

    case.refresh_from_db()
    assert chosen(case) == ({"kiln-knitwear"}, {"harbour-union"}, {"VN"})
    with translation.override("ja"):
        japanese_url = case.get_url()
    visitor_sees = Client().get(japanese_url)
    text = BeautifulSoup(visitor_sees.content.decode(), "html.parser").get_text()
    assert "キルン・ニット（架空）" in text
    assert "港湾労働組合（架空）" in text
    assert "Northwind" not in text


def test_an_editor_removes_every_entry(editor, site_tree):
    case = site_tree.case

    publish_from_edit_form(
        editor, case, brands=None, related_organisations=None, countries=None
    )

    case.refresh_from_db()
    assert chosen(case) == (set(), set(), set())


def test_a_new_case_keeps_its_entries(editor, site_tree, kiln, harbour_union):
    response = submit_create_form(
        editor,
        CampaignPage,
        site_tree.campaigns,
        title_en="New case with choices",
        slug_en="new-case-with-choices",
        summary_en="Workers at a fictional factory were not paid.",
        started_on="2026-11-02",
        brands=[kiln.pk],
        related_organisations=[harbour_union.pk],
        countries=["ID", "KH"],
    )

    assert response.status_code == 302, form_errors(response.content.decode())
    case = CampaignPage.objects.get(slug="new-case-with-choices")
    assert chosen(case) == ({"kiln-knitwear"}, {"harbour-union"}, {"ID", "KH"})


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_search_box_speaks_the_admin_language(
    client, site_tree, kiln, harbour_union, language
):
    admin = admin_in(client, language)

    form = edit_form(admin.get(edit_url(site_tree.case)).content.decode())

    with translation.override(language):
        hint = gettext(HINT)
        remove = gettext("Remove %(name)s") % {"name": "{name}"}
        cambodia = str(countries.name("KH"))
    if language != "en":
        assert hint != HINT, f"the hint is not translated into {language}"
        assert cambodia != "Cambodia"
    for name in CHOOSER_FIELDS:
        select, box = chooser(form, name)
        search = box.find("input", attrs={"role": "combobox"})
        assert search["id"] == f"id_{name}-search"
        assert search["aria-controls"] == f"id_{name}-listbox"
        assert box.find(id=f"id_{name}-hint").get_text() == hint
        assert f"id_{name}-hint" in search["aria-describedby"].split()
        assert box["data-message-remove"] == remove
    brands, _box = chooser(form, "brands")
    assert option_label(brands, kiln.pk) == getattr(
        kiln, f"name_{language.replace('-', '_')}"
    )
    organisations, _box = chooser(form, "related_organisations")
    assert option_label(organisations, harbour_union.pk) == getattr(
        harbour_union, f"title_{language.replace('-', '_')}"
    )
    country_select, _box = chooser(form, "countries")
    assert option_label(country_select, "KH") == cambodia


def test_each_entry_is_found_by_its_names_in_every_language(
    client, site_tree, kiln, harbour_union
):
    """A Japanese editor who types the English name, an alias or the
    organisation's own name finds the entry shown in Japanese."""
    japanese_editor = admin_in(client, "ja")
    form = edit_form(japanese_editor.get(edit_url(site_tree.case)).content.decode())

    def other_names(name, value):
        select, _box = chooser(form, name)
        option = select.find("option", attrs={"value": str(value)})
        return option["data-search"].split("\n")

    assert set(other_names("brands", kiln.pk)) >= {
        "Kiln Knitwear (fictional)",
        "窯織針織（虛構）",
        "킬른 니트 (가상)",
        "Kiln",
        "KK Knit",
    }
    assert "港灣工會" in other_names("related_organisations", harbour_union.pk)
    # 日本 is the label (and the Chinese name too): matched without repeating.
    assert set(other_names("countries", "JP")) == {"JP", "Japan", "일본"}


def test_entries_are_listed_by_name(editor, site_tree, harbour_union):
    form = edit_form(editor.get(edit_url(site_tree.case)).content.decode())

    organisations, _box = chooser(form, "related_organisations")
    assert [option.get_text() for option in organisations.find_all("option")] == [
        "Example Union (fictional)",
        "Harbour Workers Union (fictional)",
    ]
    country_select, _box = chooser(form, "countries")
    labels = [option.get_text() for option in country_select.find_all("option")]
    assert labels.index("Afghanistan") < labels.index("Åland Islands")
    assert labels.index("Åland Islands") < labels.index("Albania")


def test_the_select_still_works_without_javascript(editor, site_tree):
    """The select keeps its name, its choices and what is chosen; only the
    script hides it, so a browser without it posts the same form."""
    form = edit_form(editor.get(edit_url(site_tree.case)).content.decode())

    for name in CHOOSER_FIELDS:
        select, box = chooser(form, name)
        assert select.has_attr("multiple")
        assert not select.has_attr("hidden")
        assert not select.has_attr("disabled")
        assert box.find(attrs={"data-searchable-select-enhanced": True})["hidden"] == ""
    brands, _box = chooser(form, "brands")
    assert [option["value"] for option in brands.find_all("option", selected=True)] == [
        str(site_tree.case.brands.get().pk)
    ]


def test_the_other_names_are_sent_once(editor, site_tree, kiln):
    """Wagtail also packs each widget into the page's script data; that copy
    goes without the other names, which would double their weight."""
    html = editor.get(edit_url(site_tree.case)).content.decode()

    script_data = BeautifulSoup(html, "html.parser").find(id="w-edit-handler-data")
    assert "searchable-select" in script_data.string
    assert "KK Knit" not in script_data.string  # an alias of Kiln Knitwear
    assert html.count("KK Knit") == 1


def test_an_entry_that_no_longer_exists_is_refused_clearly(editor, site_tree):
    """A brand deleted while the form was open: the form comes back with the
    field's error, announced on its search box, and nothing is saved."""
    response = submit_edit_form(editor, site_tree.case, brands=["999999"])

    assert response.status_code == 200
    html = response.content.decode()
    assert any(
        error.startswith("brands: Select a valid choice") for error in form_errors(html)
    )
    _select, box = chooser(edit_form(html), "brands")
    assert box.find("input", attrs={"role": "combobox"})["aria-invalid"] == "true"
    assert latest_draft(site_tree.case).brands.get().slug == "northwind"
