"""A case page shows its facts, demands, timeline, action and share links."""

import datetime
import re

import pytest

from campaigns.factories import CampaignUpdateFactory

CASE = "/{language}/campaigns/example-severance-case/"


def case_html(client, language="en"):
    response = client.get(CASE.format(language=language))
    assert response.status_code == 200
    return response.content.decode()


def test_timeline_lists_updates_newest_first(client, site_tree):
    CampaignUpdateFactory(
        page=site_tree.case, date=datetime.date(2026, 9, 20), title="Talks go on"
    )
    CampaignUpdateFactory(
        page=site_tree.case, date=datetime.date(2026, 3, 2), title="Factory closes"
    )

    html = case_html(client)
    dates = re.findall(r'<time class="timeline__date" datetime="([\d-]+)"', html)

    assert dates == ["2026-09-20", "2026-04-15", "2026-03-02"]


@pytest.mark.parametrize(
    ("language", "started", "amount", "country"),
    [
        ("en", "March 2, 2026", "$1,450,000", "Cambodia"),
        ("zh-hant", "2026年3月2日", "US$1,450,000", "柬埔寨"),
        ("ja", "2026年3月2日", "$1,450,000", "カンボジア"),
        ("ko", "2026년 3월 2일", "US$1,450,000", "캄보디아"),
    ],
)
def test_facts_read_in_the_visitors_language(
    client, site_tree, language, started, amount, country
):
    html = case_html(client, language)
    assert started in html
    assert amount in html
    assert country in html
    assert "1,100" in html


def test_days_open_counts_to_resolution(client, site_tree):
    site_tree.case.resolved_on = datetime.date(2026, 3, 12)
    site_tree.case.status = "won"
    site_tree.case.save_revision().publish()

    html = case_html(client)

    assert re.search(r"Days until resolved</dt><dd>10</dd>", html)


def test_demands_action_and_related_organisations(client, site_tree):
    html = case_html(client, "ja")
    assert '<ol class="demands">' in html
    assert "Pay the workers [ja]" in html
    assert 'class="button" href="https://example.org/petition"' in html
    assert "Example Union (fictional) [ja]" in html


def test_share_links_are_plain_links_without_scripts(client, site_tree):
    html = case_html(client)
    url = "http%3A%2F%2Ftestserver%2Fen%2Fcampaigns%2Fexample-severance-case%2F"
    for prefix in (
        "https://x.com/intent/post?",
        "https://www.facebook.com/sharer/sharer.php?u=" + url,
        "https://social-plugins.line.me/lineit/share?url=" + url,
        "https://wa.me/?text=",
        "mailto:?subject=",
    ):
        assert f'href="{prefix}' in html, prefix
    assert (
        'value="http://testserver/en/campaigns/example-severance-case/" readonly'
        in html
    )
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', html)
    assert all(src.startswith("/static/") for src in scripts)


def test_print_view_has_a_qr_code_of_the_case_address(client, site_tree):
    response = client.get(CASE.format(language="ko") + "print/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<svg width="' in html and 'class="case-sheet__qr"' in html
    assert "http://testserver/ko/campaigns/example-severance-case/" in html
    assert '<html lang="ko">' in html


def test_case_links_its_print_view_and_feed(client, site_tree):
    html = case_html(client)
    assert 'href="/en/campaigns/example-severance-case/print/"' in html
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Example severance case" '
        'href="/en/campaigns/example-severance-case/feed/">'
    ) in html


def test_draft_case_is_invisible(client, site_tree):
    site_tree.case.unpublish()
    assert client.get(CASE.format(language="en")).status_code == 404
    assert client.get(CASE.format(language="en") + "print/").status_code == 404
    assert client.get(CASE.format(language="en") + "feed/").status_code == 404


def test_missing_demand_translation_falls_back(client, site_tree):
    demand = site_tree.case.demands.get()
    demand.text_ko = ""
    demand.save()

    html = case_html(client, "ko")

    assert '<li lang="en">Pay the workers [en]</li>' in html
    assert 'class="fallback-notice"' in html


def test_home_features_the_latest_active_cases(client, site_tree):
    html = client.get("/ja/").content.decode()
    assert "Example severance case [ja]" in html
    assert 'href="/ja/campaigns/"' in html


def test_unknown_subpath_of_a_case_is_a_404(client, site_tree):
    assert client.get(CASE.format(language="en") + "nothing/").status_code == 404


def test_brand_snippet_is_edited_per_language(client, site_tree, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)

    html = client.get("/admin/snippets/campaigns/brand/add/").content.decode()

    for name in ("name_en", "name_zh_hant", "name_ja", "name_ko", "aliases"):
        assert f'name="{name}"' in html
