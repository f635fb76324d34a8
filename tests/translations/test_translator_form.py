"""Translators change translations and nothing else, whatever they POST."""

from campaigns.factories import BrandFactory
from campaigns.models import CampaignPage
from tests.admin_forms import edit_form, edit_url, form_data, submitted_values


def forged_post(client, page, **changes):
    """The edit form as the translator got it, with `changes` forced in,
    disabled or not: what a hand-made POST can send."""
    url = edit_url(page)
    data = form_data(client.get(url).content.decode())
    for name, value in changes.items():
        data[name] = submitted_values(value)
    return client.post(url, data)


def draft_of(page):
    return CampaignPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def test_a_translator_saves_a_japanese_title(translator, site_tree):
    response = forged_post(translator, site_tree.case, title_ja="新しい題名")
    assert response.status_code == 302
    assert draft_of(site_tree.case).title_ja == "新しい題名"


def test_the_form_offers_only_translations_to_a_translator(translator, site_tree):
    form = edit_form(translator.get(edit_url(site_tree.case)).content.decode())
    assert form.find(attrs={"name": "publication_consent"}).has_attr("disabled")
    assert form.find(attrs={"name": "title_en"}).has_attr("disabled")
    assert not form.find(attrs={"name": "title_ja"}).has_attr("disabled")
    assert form.find(attrs={"name": "demands-0-DELETE"}).has_attr("disabled")


def test_a_forged_post_changes_nothing_but_translations(translator, site_tree):
    case = site_tree.case
    case.publication_consent = True
    case.save_revision().publish()

    response = forged_post(
        translator,
        case,
        publication_consent=None,  # untick consent
        kind=CampaignPage.Kind.CAMPAIGN,
        status=CampaignPage.Status.WON,
        title_en="Renamed in English",
        cta_url="https://evil.example/",
        title_ko="번역된 제목",
        **{"demands-0-DELETE": "on", "demands-0-text_en": "Changed demand"},
    )

    assert response.status_code == 302
    draft = draft_of(case)
    assert draft.title_ko == "번역된 제목"
    assert draft.publication_consent is True
    assert draft.kind == CampaignPage.Kind.URGENT_APPEAL
    assert draft.status == CampaignPage.Status.ACTIVE
    assert draft.title_en == case.title_en
    assert draft.cta_url == case.cta_url
    assert [demand.text_en for demand in draft.demands.all()] == [
        demand.text_en for demand in case.demands.all()
    ]


def test_a_translator_cannot_add_a_demand(translator, site_tree):
    case = site_tree.case
    existing = case.demands.count()
    response = forged_post(
        translator,
        case,
        **{
            "demands-TOTAL_FORMS": str(existing + 1),
            f"demands-{existing}-text_en": "Smuggled demand",
            f"demands-{existing}-ORDER": str(existing + 1),
        },
    )
    # Refused with the formset's "too many forms" error: nothing is saved.
    assert response.status_code == 200
    assert draft_of(case).demands.count() == existing
    assert not case.demands.filter(text_en="Smuggled demand").exists()


def test_a_translator_sees_the_chosen_entries_as_a_list(translator, site_tree):
    """Brands, organisations and countries are read-only: their names, not
    a search box; the disabled select is not posted."""
    form = edit_form(translator.get(edit_url(site_tree.case)).content.decode())

    for name, names in [
        ("brands", ["Northwind (fictional)"]),
        ("related_organisations", ["Example Union (fictional)"]),
        ("countries", ["Cambodia"]),
    ]:
        select = form.find("select", attrs={"name": name})
        assert select.has_attr("disabled")
        box = select.find_parent(class_="searchable-select")
        assert "searchable-select--read-only" in box["class"]
        assert box.find("input") is None, f"{name} offers a search box"
        listed = box.select(".searchable-select__chosen-item")
        assert [item.get_text(strip=True) for item in listed] == names


def test_a_forged_post_changes_no_brand_organisation_or_country(translator, site_tree):
    case = site_tree.case
    other_brand = BrandFactory(slug="forged-brand")

    response = forged_post(
        translator,
        case,
        brands=[other_brand.pk],
        related_organisations=[],
        countries=["VN"],
        title_ja="翻訳だけ",
    )

    assert response.status_code == 302
    draft = draft_of(case)
    assert draft.title_ja == "翻訳だけ"
    assert [brand.slug for brand in draft.brands.all()] == ["northwind"]
    assert list(draft.related_organisations.all()) == [site_tree.member]
    assert [country.code for country in draft.countries] == ["KH"]
