"""Every URL that answers GET answers HEAD the same way, without a body.

Uptime monitors and link checkers send HEAD. The test walks every URL
pattern outside the admin, so a new view without a sample here fails it.
"""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils import translation
from wagtail.documents import get_document_model

from actions.factories import ActionFactory, SignatureFactory
from actions.tokens import confirmation_token, withdrawal_token
from following.factories import FollowerFactory
from following.tokens import confirmation_token as follow_confirmation_token
from following.tokens import manage_token, stop_token
from tests.conftest import LANGUAGES, SITE_TREE_PAGES

# Headers that differ between any two responses, GET or HEAD. A never-cached
# answer's Expires is the moment it was made, so it changes with the second.
VARYING_HEADERS = {"date", "expires", "x-request-id", "set-cookie"}
MEDIA_ROUTE = "^media/(?P<path>.*)$"


def public_routes():
    """Every URL pattern a visitor can reach, as the resolver spells it."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            else:
                yield route

    with translation.override("en"):
        routes = set(walk(get_resolver().url_patterns))
    return {route for route in routes if not route.startswith("admin/")}


@pytest.fixture
def sample_urls(site_tree, settings, tmp_path):
    """route -> URLs to try, in every language where the route has one."""
    settings.MEDIA_ROOT = tmp_path
    document = get_document_model().objects.create(
        title="Annual report", file=ContentFile(b"%PDF-1.4", name="report.pdf")
    )
    samples = {
        "documents/^(\\d+)/(.*)$": [],
        "^documents/(\\d+)/(.*)$": [document.url, "/documents/999/nothing.pdf"],
        "documents/authenticate_with_password/<int:restriction_id>/": [
            "/documents/authenticate_with_password/999/"
        ],
        "sitemap.xml": ["/sitemap.xml"],
        "^sitemap-pages-(?P<number>[1-9][0-9]{0,5})\\.xml$": [
            "/sitemap-pages-1.xml",
            "/sitemap-pages-2.xml",
        ],
        "robots.txt": ["/robots.txt"],
        "en/search/": [],
        "en/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": [],
        "en/_util/login/": [],
        "en/^((?:[\\w\\-]+/)*)$": [],
        "en/actions/<int:action_id>/sign/": [],
        "en/actions/<int:action_id>/check-your-inbox/": [],
        "en/actions/challenge/": [],
        "en/actions/confirm/<str:token>/": [],
        "en/actions/withdraw/<str:token>/": [],
        "en/follow/<int:page_id>/": [],
        "en/follow/<int:page_id>/check-your-inbox/": [],
        "en/follow/confirm/<str:token>/": [],
        "en/follow/stop/<str:token>/": [],
        "en/follow/manage/<str:token>/": [],
        "en/follow/after-signing/<int:page_id>/<str:token>/": [],
    }
    if MEDIA_ROUTE in public_routes():  # only when SERVE_MEDIA is on
        samples[MEDIA_ROUTE] = ["/media/no-such-file.png"]
    case = site_tree.case
    case.attached_action = ActionFactory()
    case.save()
    signature = SignatureFactory(action=case.attached_action)
    follower = FollowerFactory(page=case, confirmed_at=None)
    for language in LANGUAGES:
        with translation.override(language):
            samples["en/search/"] += [
                f"/{language}/search/",
                f"/{language}/search/?q=workers",
                f"/{language}/search/?q=" + "x" * 2000,
            ]
            samples[
                "en/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/"
            ].append(f"/{language}/_util/authenticate_with_password/999/{case.id}/")
            samples["en/_util/login/"].append(f"/{language}/_util/login/")
            pages = [getattr(site_tree, name) for name in SITE_TREE_PAGES]
            index_url = site_tree.campaigns.get_url()
            samples["en/^((?:[\\w\\-]+/)*)$"] += [
                *(page.get_url() for page in pages),
                f"{index_url}?kind=urgent_appeal&status=active",
                f"{index_url}?kind=no-such-kind",
                f"{index_url}feed/",
                f"{case.get_url()}print/",
                f"{case.get_url()}feed/",
                *(
                    f"{index.get_url()}{query}"
                    for index in (site_tree.news_index, site_tree.publications)
                    for query in ("?topic=living-wage", "?kind=nope", "feed/")
                ),
                f"/{language}/no-such-page/",
            ]
            actions = f"/{language}/actions"
            samples["en/actions/<int:action_id>/sign/"] += [
                f"{actions}/{case.attached_action.pk}/sign/",
                f"{actions}/999999/sign/",
            ]
            samples["en/actions/<int:action_id>/check-your-inbox/"].append(
                f"{actions}/{case.attached_action.pk}/check-your-inbox/"
            )
            samples["en/actions/challenge/"].append(f"{actions}/challenge/")
            samples["en/actions/confirm/<str:token>/"] += [
                f"{actions}/confirm/{confirmation_token(signature)}/",
                f"{actions}/confirm/not-a-token/",
            ]
            follow = f"/{language}/follow"
            samples["en/follow/<int:page_id>/"].append(f"{follow}/{case.pk}/")
            samples["en/follow/<int:page_id>/check-your-inbox/"] += [
                f"{follow}/{case.pk}/check-your-inbox/",
                f"{follow}/999999/check-your-inbox/",
            ]
            samples["en/follow/confirm/<str:token>/"] += [
                f"{follow}/confirm/{follow_confirmation_token(follower)}/",
                f"{follow}/confirm/not-a-token/",
            ]
            samples["en/follow/after-signing/<int:page_id>/<str:token>/"].append(
                f"{follow}/after-signing/{case.pk}/not-a-token/"
            )
            samples["en/follow/manage/<str:token>/"] += [
                f"{follow}/manage/{manage_token(follower)}/",
                f"{follow}/manage/not-a-token/",
            ]
            samples["en/follow/stop/<str:token>/"] += [
                f"{follow}/stop/{stop_token(follower)}/",
                f"{follow}/stop/not-a-token/",
            ]
            samples["en/actions/withdraw/<str:token>/"] += [
                f"{actions}/withdraw/{withdrawal_token(signature)}/",
                f"{actions}/withdraw/not-a-token/",
            ]
    return samples


def test_every_public_route_has_a_sample(sample_urls):
    assert public_routes() == set(sample_urls), (
        "A URL pattern was added or renamed: give it sample URLs above."
    )


def comparable_headers(response):
    return {
        name.lower(): value
        for name, value in response.headers.items()
        if name.lower() not in VARYING_HEADERS
    }


def test_head_answers_as_get_does_without_a_body(sample_urls):
    for route, urls in sample_urls.items():
        for url in urls:
            got = Client().get(url)
            head = Client().head(url)
            assert head.status_code == got.status_code, (route, url)
            assert comparable_headers(head) == comparable_headers(got), (route, url)
            assert head.content == b"", (route, url)
            assert got.status_code != 405, (route, url)
