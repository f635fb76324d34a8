"""Demo network content: about, vision, mission, the global network, its
regional coalitions and (fictional) member organisations, in four languages."""

from pathlib import Path

from cccea_site.demo_content.helpers import (
    LOGO_COLOURS,
    generated_logo,
    initials_of,
    list_rows,
    load_translations,
    upsert_page,
)
from network.models import (
    AboutPage,
    GlobalNetworkPage,
    MemberOrganisationPage,
    MissionPage,
    RegionalCoalitionPage,
    VisionPage,
)

CONTENT_DIR = Path(__file__).resolve().parent


def build_network_pages(report, home_page):
    """The network's pages under `home_page`, created or updated in place."""
    content = load_translations(CONTENT_DIR)
    build_about(report, home_page, content)
    build_network(report, home_page, content)


def build_members(report, coalition_page, coalition, colour_offset):
    for index, member in enumerate(coalition.children("members")):
        title = member.en["title"]
        logo = generated_logo(
            f"Demo logo: {title}",
            initials_of(title.split(" (")[0]),
            LOGO_COLOURS[(colour_offset + index) % len(LOGO_COLOURS)],
        )
        values = {
            **member.localized("title"),
            **member.rich_text("description"),
            "country": member["country"],
            "kind": member["kind"],
            "logo": logo,
        }
        upsert_page(
            report, coalition_page, MemberOrganisationPage, member["slug"], values
        )


def build_network(report, home_page, content):
    network = content.child("global_network")
    network_page = upsert_page(
        report,
        home_page,
        GlobalNetworkPage,
        network["slug"],
        {
            **network.localized("title"),
            **network.rich_text("how_organised"),
            **network.rich_text("other_regions"),
            "show_in_menus": True,
        },
    )
    for index, coalition in enumerate(content.children("coalitions")):
        coalition_page = upsert_page(
            report,
            network_page,
            RegionalCoalitionPage,
            coalition["slug"],
            {
                **coalition.localized("title"),
                **coalition.localized("region"),
                **coalition.rich_text("description"),
                "founding_year": coalition.get("founding_year"),
            },
        )
        build_members(report, coalition_page, coalition, index)


def build_about(report, home_page, content):
    about = content.child("about")
    about_page = upsert_page(
        report,
        home_page,
        AboutPage,
        about["slug"],
        {
            **about.localized("title"),
            **about.rich_text("who_we_are"),
            **about.rich_text("how_we_work"),
            **about.rich_text("focus_issues", list_key="focus_issue_list"),
            "show_in_menus": True,
        },
    )
    vision = content.child("vision")
    upsert_page(
        report,
        about_page,
        VisionPage,
        vision["slug"],
        {
            **vision.localized("title"),
            **vision.rich_text("statement"),
            "show_in_menus": True,
        },
    )
    mission = content.child("mission")
    upsert_page(
        report,
        about_page,
        MissionPage,
        mission["slug"],
        {
            **mission.localized("title"),
            **mission.rich_text("statement"),
            "show_in_menus": True,
        },
        inlines={"commitments": list_rows(mission, "commitments", "text")},
    )
