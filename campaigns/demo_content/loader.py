"""Demo campaigns, cases and brands, in four languages (all fictional)."""

from pathlib import Path

from campaigns.models import Brand, CampaignIndexPage, CampaignPage
from cccea_site.demo_content.helpers import (
    LOGO_COLOURS,
    differs,
    generated_image,
    list_rows,
    load_translations,
    numbered,
    upsert_page,
)
from network.models import MemberOrganisationPage

CONTENT_DIR = Path(__file__).resolve().parent


def build_brands(content):
    """The brand snippets, by slug, created or updated in place and published."""
    brands = {}
    for brand in content.children("brands"):
        values = {**brand.localized("name"), "aliases": "\n".join(brand["aliases"])}
        brands[brand["slug"]] = upsert_brand(brand["slug"], values)
    return brands


def upsert_brand(slug, values):
    """Publish the brand with `values` (a revision in its history) when it is
    new, differs or is not live; leave it alone otherwise."""
    obj = Brand.objects.filter(slug=slug).first()
    if obj is None:
        # Created as a draft, then made live by publishing, as the admin does.
        obj = Brand(slug=slug, live=False, **values)
        obj.save()
    elif obj.live and not differs(obj, values):
        return obj
    for name, value in values.items():
        setattr(obj, name, value)
    obj.save_revision().publish()
    obj.refresh_from_db()
    return obj


def update_rows(case):
    rows = []
    for update in case.children("updates"):
        rows.append(
            {
                "date": update["date"],
                **update.localized("title"),
                **update.localized("text"),
            }
        )
    return numbered(rows)


def case_values(case, index, picture_alt):
    values = {
        **case.localized("title"),
        **case.localized("summary"),
        **case.rich_text("body"),
        **case.localized("cta_heading"),
        **case.localized("cta_text"),
        **case.localized("cta_button_label"),
        "kind": case["kind"],
        "status": case["status"],
        "publication_consent": case["consent"],
        "countries": sorted(case["countries"]),  # stored sorted
        "employer": case.get("factory", ""),
        "workers_affected": case.get("workers_affected"),
        "amount_owed": case.get("amount_owed"),
        "currency": case.get("currency", "USD"),
        "started_on": case["started_on"],
        "resolved_on": case.get("resolved_on"),
        "cta_url": case["cta_url"],
        "hero_image": generated_image(
            f"Demo picture: {case.en['title']}",
            "CCCEA · example",
            LOGO_COLOURS[index % len(LOGO_COLOURS)],
            size=(1200, 675),
            font_size=72,
        ),
        **picture_alt,
    }
    return values


def build_campaigns(report, home_page, actions=None):
    """The campaign list and its cases; `actions` ({case slug: Action}) are
    attached to their cases."""
    actions = actions or {}
    content = load_translations(CONTENT_DIR)
    brands = build_brands(content)
    index = content.child("index")
    index_page = upsert_page(
        report,
        home_page,
        CampaignIndexPage,
        index["slug"],
        {**index.localized("title"), **index.rich_text("intro"), "show_in_menus": True},
    )
    members = {page.slug_en: page for page in MemberOrganisationPage.objects.all()}
    picture_alt = index.localized("hero_image_alt", "picture_alt")
    for number, case in enumerate(content.children("cases")):
        upsert_page(
            report,
            index_page,
            CampaignPage,
            case["slug"],
            {
                **case_values(case, number, picture_alt),
                "attached_action": actions.get(case["slug"]),
            },
            inlines={
                "demands": list_rows(case, "demands", "text"),
                "updates": update_rows(case),
            },
            relations={
                "brands": [brands[slug] for slug in case["brands"]],
                "related_organisations": [members[slug] for slug in case["related"]],
            },
        )
    return index_page
