"""Pages stay light: little CSS and JS, no web fonts, compressed HTML."""

import gzip
import re

import pytest
from django.contrib.staticfiles import finders

BUDGET_BYTES = 15 * 1024
PAGES = [
    "/ja/",
    "/ja/about/mission/",
    "/ja/global-network/east-asian-coalition/",
    "/ja/campaigns/",
    "/ja/campaigns/example-severance-case/",
    "/ja/campaigns/example-severance-case/print/",
    "/ja/news/",
    "/ja/news/example-statement/",
    "/ja/publications/",
    "/ja/publications/example-report/",
    "/ja/no-such-page/",
]


def assets(html):
    stylesheets = re.findall(r'<link rel="stylesheet" href="/static/([^"]+)"', html)
    scripts = re.findall(r'<script src="/static/([^"]+)"', html)
    return stylesheets + scripts


def compressed_size(static_name):
    path = finders.find(static_name)
    assert path, f"{static_name} is not a static file"
    with open(path, "rb") as file:
        return len(gzip.compress(file.read(), compresslevel=9))


@pytest.mark.parametrize("path", PAGES)
def test_css_and_js_per_page_fit_the_budget(client, site_tree, path):
    html = client.get(path).content.decode()
    names = assets(html)

    total = sum(compressed_size(name) for name in names)

    assert names, "the page links no CSS at all?"
    assert total <= BUDGET_BYTES, f"{total} bytes compressed: {names}"


@pytest.mark.parametrize("path", PAGES)
def test_no_web_fonts_and_no_inline_code(client, site_tree, path):
    html = client.get(path).content.decode()
    assert "@font-face" not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert not re.search(r'\sstyle="', html), "inline style"
    assert "<style" not in html


def test_stylesheets_download_no_fonts():
    for name in (
        "css/tokens.css",
        "css/base.css",
        "css/components.css",
        "css/case-sheet.css",
    ):
        with open(finders.find(name), encoding="utf-8") as file:
            css = file.read()
        assert "@font-face" not in css and "url(" not in css, name


def test_public_pages_are_compressed(client, site_tree):
    response = client.get("/ja/about/mission/", headers={"accept-encoding": "gzip, br"})
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert len(response.content) < len(gzip.decompress(response.content)) / 2


def test_admin_pages_are_not_compressed(client, site_tree):
    response = client.get("/admin/login/", headers={"accept-encoding": "gzip"})
    assert "Content-Encoding" not in response
