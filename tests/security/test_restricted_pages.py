"""Pages behind a view restriction show nowhere to anonymous visitors.

A restricted page (a password, a login or groups, on itself or an ancestor)
must not give away its title, summary or text through anything else the site
serves: menus, footer, breadcrumbs, listings and their filter counts, feeds,
search results, related pages, the sitemap. The restricted pages here carry
words found nowhere else; an anonymous crawl of everything reachable from
each home page, the feeds, the sitemap, filtered listings and a search for
each word must never meet one of them.
"""

import datetime
import html
import re
from collections import deque
from types import SimpleNamespace
from urllib.parse import urlencode, urljoin, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from campaigns.factories import BrandFactory, CampaignPageFactory
from campaigns.models import CampaignPage
from cccea_site.factories import StandardPageFactory
from network.factories import MemberOrganisationPageFactory

LANGUAGES = ["en", "zh-hant", "ja", "ko"]
PASSWORD = "open-sesame"

# Parts of the words that only the restricted pages hold: one Latin word per
# page, field and language, and for zh-hant, ja and ko a Han word too (the
# search splits CJK text into two-character pieces).
PAGE_MARKS = {
    "case": ("hushcase", "鵺"),
    "member": ("hushmember", "麒"),
    "menu": ("hushmenu", "鸞"),
    "child": ("hushchild", "貘"),
    "footer": ("hushfooter", "鶚"),
}
FIELD_MARKS = {
    "title": ("title", "甲"),
    "summary": ("summary", "乙"),
    "body": ("body", "丙"),
}
LANGUAGE_MARKS = {"en": "en", "zh-hant": "篆", "ja": "隷", "ko": "楷"}


def secret_words(page, field, language):
    """The words only `page`'s `field` holds in `language`."""
    latin = f"{PAGE_MARKS[page][0]}{FIELD_MARKS[field][0]}{language.replace('-', '')}"
    if language == "en":
        return [latin]
    cjk = f"{PAGE_MARKS[page][1]}{FIELD_MARKS[field][1]}{LANGUAGE_MARKS[language]}秘"
    return [latin, cjk]


ALL_SECRET_WORDS = [
    word
    for page in PAGE_MARKS
    for field in FIELD_MARKS
    for language in LANGUAGES
    for word in secret_words(page, field, language)
]


def secret_fields(page, **field_names):
    """Factory arguments giving each named field its secret words in every language.

    `field_names` maps the roles (title, summary, body) to the page type's
    field names; a body is rich text.
    """
    values = {}
    for role, name in field_names.items():
        for language in LANGUAGES:
            text = " ".join(secret_words(page, role, language))
            if role == "body":
                text = f"<p>{text}</p>"
            values[f"{name}_{language.replace('-', '_')}"] = text
        values[name] = values[f"{name}_en"]
    return values


def restrict(page, kind, groups=()):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=PASSWORD
    )
    restriction.groups.set(groups)
    return restriction


@pytest.fixture
def restricted_site(site_tree):
    """site_tree plus restricted pages wherever lists pick pages from.

    - a case under the campaign list (a password), active, a campaign (the
      other case is an urgent appeal), in Myanmar, naming a brand no public
      case names, newer than the public case (so the home page would show it);
    - a member organisation of the coalition (a login), related to the
      public case;
    - a standard page in the main menu (groups), with a child page that has
      no restriction of its own;
    - a standard page linked from the footer (a login).
    """
    with translation.override("en"):
        northwind = site_tree.case.brands.get()
        hidden_brand = BrandFactory(slug="hidden-brand", name="Hidden brand")
        case = CampaignPageFactory(
            parent=site_tree.campaigns,
            slug="private-case",
            kind=CampaignPage.Kind.CAMPAIGN,
            status=CampaignPage.Status.ACTIVE,
            countries=["MM"],
            started_on=datetime.date(2026, 5, 1),
            brands=[northwind, hidden_brand],
            **secret_fields("case", title="title", summary="summary", body="body"),
        )
        member = MemberOrganisationPageFactory(
            parent=site_tree.coalition,
            slug="private-member",
            **secret_fields(
                "member",
                title="title",
                summary="search_description",
                body="description",
            ),
        )
        site_tree.case.related_organisations.add(member)
        site_tree.case.save()
        menu = StandardPageFactory(
            parent=site_tree.home,
            slug="staff-only",
            show_in_menus=True,
            **secret_fields("menu", title="title", summary="intro", body="body"),
        )
        child = StandardPageFactory(
            parent=menu,
            slug="staff-notes",
            **secret_fields("child", title="title", summary="intro", body="body"),
        )
        footer = StandardPageFactory(
            parent=site_tree.home,
            slug="internal",
            **secret_fields("footer", title="title", summary="intro", body="body"),
        )
    staff = Group.objects.create(name="Coalition staff")
    restrictions = SimpleNamespace(
        case=restrict(case, PageViewRestriction.PASSWORD),
        member=restrict(member, PageViewRestriction.LOGIN),
        menu=restrict(menu, PageViewRestriction.GROUPS, groups=[staff]),
        footer=restrict(footer, PageViewRestriction.LOGIN),
    )
    return SimpleNamespace(
        tree=site_tree,
        case=case,
        member=member,
        menu=menu,
        child=child,
        footer=footer,
        restrictions=restrictions,
        pages={
            "case": case,
            "member": member,
            "menu": menu,
            "child": child,
            "footer": footer,
        },
    )


def page_urls(page):
    """The page's URL path in each language."""
    urls = []
    for language in LANGUAGES:
        with translation.override(language):
            urls.append(page.get_url())
    return urls


# Links a crawler follows: <a href>, <link href> (feeds, alternates, Atom
# entries), and a sitemap's <loc>.
LINK = re.compile(r"<(?:a|link)\b[^>]*?\shref=\"([^\"]*)\"", re.IGNORECASE)
LOC = re.compile(r"<loc>([^<]+)</loc>")
SKIPPED_PREFIXES = ("/static/", "/media/", "/admin/", "/documents/")


def same_site_target(base, href):
    """The path and query `href` (found at `base`) leads to on this site, or None."""
    url = urlsplit(urljoin(f"http://testserver{base}", html.unescape(href)))
    if url.scheme not in ("http", "https") or url.netloc != "testserver":
        return None
    if url.path.startswith(SKIPPED_PREFIXES):
        return None
    return f"{url.path}?{url.query}" if url.query else url.path


def crawl(client, start, limit=3000):
    """{path: response} for every same-site address reachable from `start`."""
    responses = {}
    queue = deque(start)
    seen = set(start)
    while queue:
        path = queue.popleft()
        response = client.get(path)
        responses[path] = response
        assert response.status_code < 500, path
        targets = []
        if response.status_code in (301, 302):
            targets.append(response["Location"])
        else:
            body = response.content.decode()
            targets += LINK.findall(body) + LOC.findall(body)
        for href in targets:
            target = same_site_target(path, href)
            if target is not None and target not in seen:
                seen.add(target)
                queue.append(target)
        assert len(seen) < limit, "the crawl does not end"
    return responses


def without_query_echo(body):
    """A search page without the places that repeat the query itself: the
    <title>, the search form and the results' status line."""
    body = re.sub(r"<title>.*?</title>", "", body, flags=re.DOTALL)
    body = re.sub(r'<form class="search-form".*?</form>', "", body, flags=re.DOTALL)
    return re.sub(r'<p role="status">.*?</p>', "", body, flags=re.DOTALL)


def leaked_words(body):
    lowered = body.lower()
    return [word for word in ALL_SECRET_WORDS if word.lower() in lowered]


def searches():
    """A search for each secret word, in the language it is written in."""
    for page in PAGE_MARKS:
        for field in FIELD_MARKS:
            for language in LANGUAGES:
                for word in secret_words(page, field, language):
                    yield f"/{language}/search/?{urlencode({'q': word})}"


FILTERS = [
    "kind=campaign",
    "kind=urgent_appeal",
    "status=active",
    "country=MM",
    "brand=northwind",
    "brand=hidden-brand",
    "year=2026",
]


def start_addresses():
    start = ["/", "/sitemap.xml", "/robots.txt"]
    for language in LANGUAGES:
        start += [f"/{language}/", f"/{language}/campaigns/feed/"]
        for query in FILTERS:
            start += [
                f"/{language}/campaigns/?{query}",
                f"/{language}/campaigns/feed/?{query}",
            ]
    return start + list(searches())


@pytest.fixture
def editor_client(restricted_site, django_user_model):
    user = django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "editor-password"
    )
    client = Client()
    client.force_login(user)
    return client


def test_an_anonymous_crawl_never_meets_restricted_text(
    restricted_site, editor_client, settings
):
    # An editor opens the restricted pages first: nothing they are shown may
    # be kept for the anonymous visitors after them.
    for name in ("member", "menu", "child", "footer"):
        for url in page_urls(restricted_site.pages[name]):
            assert editor_client.get(url).status_code == 200, url
    settings.PAGE_CACHE_ENABLED = True

    responses = crawl(Client(), start_addresses())

    leaks = {}
    for path, response in responses.items():
        body = response.content.decode()
        if "/search/" in path:
            if 'class="search-results"' in body:
                leaks.setdefault(path, []).append("a search result")
            body = without_query_echo(body)
        if found := leaked_words(body):
            leaks.setdefault(path, []).extend(found)
    assert leaks == {}
    restricted_urls = tuple(
        url for page in restricted_site.pages.values() for url in page_urls(page)
    )
    linked = [path for path in responses if path.startswith(restricted_urls)]
    assert linked == []
    # The crawl did reach the public pages around the restricted ones.
    assert "/ja/global-network/east-asian-coalition/example-union/" in responses
    assert "/ko/campaigns/example-severance-case/" in responses


def facet_count(body, label):
    match = re.search(
        rf"{re.escape(label)} <span class=\"facet__count\">\((\d+)\)", body
    )
    return int(match.group(1)) if match else None


def test_filter_counts_leave_out_the_restricted_case(client, restricted_site):
    body = client.get("/en/campaigns/").content.decode()
    assert "1 campaign or case" in body
    assert facet_count(body, "Urgent appeal") == 1
    assert facet_count(body, "Campaign") is None
    assert facet_count(body, "Active") == 1
    assert facet_count(body, "Northwind (fictional)") == 1
    assert facet_count(body, "Hidden brand") is None
    assert facet_count(body, "Myanmar") is None
    assert facet_count(body, "2026") == 1
    for query in ("kind=campaign", "country=MM", "brand=hidden-brand"):
        response = client.get(f"/en/campaigns/?{query}")
        assert response.status_code == 200
        assert "0 campaigns and cases" in response.content.decode(), query


def test_restricted_pages_still_answer_with_their_restriction(client, restricted_site):
    for url in page_urls(restricted_site.case):
        for path in (url, f"{url}print/", f"{url}feed/"):
            response = client.get(path)
            assert response.status_code == 200, path
            body = response.content.decode()
            assert 'name="password"' in body, path
            assert leaked_words(body) == [], path
    for name in ("member", "menu", "child", "footer"):
        for url in page_urls(restricted_site.pages[name]):
            response = client.get(url)
            assert response.status_code == 302, url
            assert "/login/" in response["Location"], url


def test_a_superuser_still_sees_the_restricted_pages(editor_client, restricted_site):
    for name in ("member", "menu", "child", "footer"):
        with translation.override("ja"):
            url = restricted_site.pages[name].get_url()
        response = editor_client.get(url)
        assert response.status_code == 200, name
        assert secret_words(name, "title", "ja")[0] in response.content.decode()

    case = restricted_site.case
    with translation.override("ja"):
        url = case.get_url()
        login = reverse(
            "wagtailcore_authenticate_with_password",
            args=[restricted_site.restrictions.case.pk, case.pk],
        )
    answer = editor_client.post(login, {"password": PASSWORD, "return_url": url})
    assert answer.status_code == 302
    response = editor_client.get(url)
    assert response.status_code == 200
    assert secret_words("case", "title", "ja")[0] in response.content.decode()


def test_an_alias_of_a_restricted_page_is_not_listed(client, site_tree):
    """An alias serves its source page's content, so it takes its restriction
    (TranslatedPage.get_view_restrictions) and lists with it too."""
    site_tree.vision.create_alias(parent=site_tree.about, update_slug="our-vision")
    restrict(site_tree.mission, PageViewRestriction.LOGIN)
    restrict(site_tree.vision, PageViewRestriction.LOGIN)

    body = client.get("/en/about/").content.decode()

    assert 'href="/en/about/vision/"' not in body
    assert 'href="/en/about/our-vision/"' not in body
    assert 'href="/en/about/mission/"' not in body
    assert client.get("/en/about/our-vision/").status_code == 302
