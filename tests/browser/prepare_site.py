"""Prepare the demo site for the browser tests and print where each page is.

Run inside the server's environment (`python -m tests.browser.prepare_site`)
after `load_demo_content`: it leaves one standard page without its Korean
body, so the visible English fallback is part of what the browsers check,
then prints JSON on its last line: {page type: {language: path}}.
"""

import json
import os

import django

LANGUAGES = ["en", "zh-hant", "ja", "ko"]
# A word each language's demo content uses, so search shows results.
SEARCH_WORDS = {"en": "workers", "zh-hant": "工人", "ja": "労働者", "ko": "노동자"}
UNTRANSLATED_SLUG = "contact"
# Staff accounts for the admin's browser tests (a scratch database only).
TRANSLATOR = ("translator", "browser-translator-password")
# Editors (superusers) whose admin language is English or Japanese.
EDITORS = {
    language: (f"editor-{language}", "browser-editor-password")
    for language in ("en", "ja")
}


def leave_one_page_untranslated():
    from cccea_site.models import StandardPage

    page = StandardPage.objects.get(slug=UNTRANSLATED_SLUG)
    page.body_ko = ""
    page.save_revision().publish()
    return page


def create_translator():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    username, password = TRANSLATOR
    user = get_user_model().objects.create_user(username, password=password)
    user.groups.add(Group.objects.get(name="Translators"))


def create_editors():
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    for language, (username, password) in EDITORS.items():
        user = get_user_model().objects.create_superuser(username, password=password)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()


def create_followers(case):
    """A reader who has not confirmed yet and one who has, on the case, for
    the follower's pages (a GET on either changes nothing)."""
    from django.utils import timezone

    from following.models import Follower

    now = timezone.now()
    followers = {}
    for name, confirmed_at in (("unconfirmed", None), ("confirmed", now)):
        followers[name], _created = Follower.objects.get_or_create(
            page=case,
            email=f"browser-{name}-reader@example.org",
            defaults={
                "language": "en",
                "created_at": now,
                "last_requested_at": now,
                "confirmed_at": confirmed_at,
            },
        )
    return followers


def page_paths():
    from django.utils import translation

    from campaigns.models import CampaignIndexPage, CampaignPage
    from cccea_site.models import HomePage, StandardPage
    from network.models import (
        AboutPage,
        GlobalNetworkPage,
        MemberOrganisationPage,
        MissionPage,
        RegionalCoalitionPage,
        VisionPage,
    )
    from news.models import (
        NewsIndexPage,
        NewsPage,
        PublicationIndexPage,
        PublicationPage,
    )

    def first(model, **filters):
        return model.objects.live().filter(**filters).specific().first()

    pages = {
        "home": first(HomePage),
        "about": first(AboutPage),
        "vision": first(VisionPage),
        "mission": first(MissionPage),
        "global-network": first(GlobalNetworkPage),
        "regional-coalition": first(RegionalCoalitionPage),
        "member-organisation": first(MemberOrganisationPage),
        "standard-page": first(StandardPage, slug=UNTRANSLATED_SLUG),
        "campaign-index": first(CampaignIndexPage),
        "campaign-case": first(CampaignPage, kind=CampaignPage.Kind.URGENT_APPEAL),
        "news-index": first(NewsIndexPage),
        # A news item with a quotation and a captioned picture in its text.
        "news-page": first(NewsPage, slug="example-statement-severance-cambodia"),
        "publication-index": first(PublicationIndexPage),
        # Files in English, Chinese and Japanese, none yet in Korean.
        "publication-page": first(PublicationPage, slug="example-report-wage-promises"),
    }
    from following.tokens import confirmation_token, manage_token

    followers = create_followers(pages["campaign-case"])
    confirm = confirmation_token(followers["unconfirmed"])
    manage = manage_token(followers["confirmed"])
    paths = {}
    for language in LANGUAGES:
        with translation.override(language):
            urls = {name: page.get_url() for name, page in pages.items()}
            urls["campaign-index-filtered"] = (
                f"{urls['campaign-index']}?status=active&kind=urgent_appeal"
            )
            urls["case-sheet"] = f"{urls['campaign-case']}print/"
            urls["news-index-filtered"] = f"{urls['news-index']}?kind=statement"
            urls["search-results"] = f"/{language}/search/?q={SEARCH_WORDS[language]}"
            urls["not-found"] = f"/{language}/no-such-page/"
            urls["admin-edit-case"] = f"/admin/pages/{pages['campaign-case'].pk}/edit/"
            urls["follow-confirm"] = f"/{language}/follow/confirm/{confirm}/"
            urls["follow-manage"] = f"/{language}/follow/manage/{manage}/"
        for name, url in urls.items():
            paths.setdefault(name, {})[language] = url
    return paths


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cccea_site.settings.base")
    django.setup()
    leave_one_page_untranslated()
    create_translator()
    create_editors()
    print(json.dumps(page_paths(), ensure_ascii=False))  # noqa: T201


if __name__ == "__main__":
    main()
