"""Malformed, oversized and odd requests get a clear 4xx answer, never a 5xx.

Over a thousand requests, generated from fixed seeds so a failure repeats:
broken paths and percent-encodings, NUL bytes, huge and negative page
numbers, unknown languages, bad Host headers, odd methods and oversized
posts to the admin login.
"""

import random
import string

import pytest

LANGUAGES = ["en", "zh-hant", "ja", "ko"]
PAGE_PATHS = [
    "",
    "about/",
    "about/mission/",
    "global-network/east-asian-coalition/",
    "campaigns/",
    "campaigns/example-severance-case/",
    "campaigns/example-severance-case/print/",
    "campaigns/feed/",
]
NASTY_PIECES = [
    "%00",
    "%ZZ",
    "%E3%81",
    "%C0%AF",
    "%FF%FE",
    "..%2F..%2F",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\u202e",
    "😀",
    "勞工",
    "a" * 2000,
    "%2e%2e/",
    "//",
    "\\",
    "?",
    "#",
    ";",
]
QUERY_VALUES = [
    "-1",
    "0",
    "999999999999999999999999",
    "1e9",
    "abc",
    "%00",
    "",
    "x" * 5000,
    "<b>",
    "１",
]
QUERY_NAMES = ["page", "kind", "status", "country", "brand", "year", "q", "utm_source"]


def hostile_paths(count, seed):
    rng = random.Random(seed)
    for _number in range(count):
        language = rng.choice([*LANGUAGES, "fr", "xx", "zh", "EN", ""])
        path = rng.choice(PAGE_PATHS)
        if rng.random() < 0.7:
            path += rng.choice(NASTY_PIECES) + "/"
        query = "&".join(
            f"{rng.choice(QUERY_NAMES)}={rng.choice(QUERY_VALUES)}"
            for _ in range(rng.randint(0, 3))
        )
        yield f"/{language}/{path}" + (f"?{query}" if query else "")


@pytest.fixture
def raising_nothing(client):
    client.raise_request_exception = False
    return client


def test_a_thousand_malformed_requests_get_no_5xx(raising_nothing, site_tree):
    client = raising_nothing
    failures = []
    paths = list(hostile_paths(1000, seed=20261127))
    for path in paths:
        response = client.get(path)
        if response.status_code >= 500:
            failures.append((path[:120], response.status_code))
    assert not failures, failures[:10]
    assert len(paths) == 1000


@pytest.mark.parametrize(
    "status_path", ["/ja/no-such-page/", "/ja/%E3%81/", "/ja/%00/"]
)
def test_not_found_pages_are_in_the_visitors_language(
    raising_nothing, site_tree, status_path
):
    response = raising_nothing.get(status_path)
    assert response.status_code == 404
    assert '<html lang="ja">' in response.content.decode()


@pytest.mark.parametrize("host", ["evil.example.com", "bad host", "a" * 300, "[::1"])
def test_bad_host_headers_are_a_400(raising_nothing, site_tree, host):
    response = raising_nothing.get("/ja/about/", HTTP_HOST=host)
    assert response.status_code == 400
    assert '<html lang="ja">' in response.content.decode()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "trace"])
def test_odd_methods_on_pages_are_refused_cleanly(raising_nothing, site_tree, method):
    response = getattr(raising_nothing, method)("/en/about/")
    assert response.status_code == 405


def test_options_lists_the_methods_pages_accept(raising_nothing, site_tree):
    response = raising_nothing.options("/en/about/")
    assert response.status_code == 200
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_oversized_login_post_is_refused(raising_nothing, site_tree, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
    body = {"username": "x", "password": "y" * (2 * 1024 * 1024)}
    response = raising_nothing.post("/admin/login/", body)
    assert response.status_code in (400, 413)


def test_random_printable_paths(raising_nothing, site_tree):
    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits + "-._~%!$&'()*+,;=:@/"
    for _number in range(200):
        piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
        response = raising_nothing.get(f"/{rng.choice(LANGUAGES)}/{piece}")
        assert response.status_code < 500, piece


@pytest.mark.parametrize(
    "query",
    [
        # 190 distinct characters: under the length limit, 189 bigrams.
        "".join(chr(0x4E00 + step * 37) for step in range(190)),
        " ".join(f"w{number}" for number in range(40)),  # 40 words, 158 characters
    ],
    ids=["long-cjk", "many-words"],
)
def test_a_query_of_too_many_terms_is_a_400_in_the_visitors_language(
    raising_nothing, site_tree, query
):
    response = raising_nothing.get("/ja/search/", {"q": query})
    assert response.status_code == 400
    assert "キーワードを減らして" in response.content.decode()
