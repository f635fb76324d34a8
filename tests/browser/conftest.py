"""One server and one browser for the whole browser suite.

The demo site in four languages runs under gunicorn with production settings
on a free loopback port, in a database of its own: a scratch PostgreSQL
database when the run has DATABASE_URL (CI's first pass), else an SQLite
file. Chromium is Debian's, driven by Playwright; each test gets a fresh
context (viewport, media emulation, no shared cookies) in the one browser.
"""

import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.production.servers import (
    free_port,
    manage,
    postgres_url,
    production_environment,
    python,
    scratch_postgres_databases,
    start_gunicorn,
    stop,
    wait_for,
)

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without the networking flags Chromium tries to reach outside hosts, which
# this machine's closed network refuses (and no test may reach anyway).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LANGUAGES = ["en", "zh-hant", "ja", "ko"]
VIEWPORTS = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1280, "height": 800},
}
PAGE_TYPES = [
    "home",
    "about",
    "vision",
    "mission",
    "global-network",
    "regional-coalition",
    "member-organisation",
    "standard-page",
    "campaign-index",
    "campaign-index-filtered",
    "campaign-case",
    "case-sheet",
    "news-index",
    "news-index-filtered",
    "news-page",
    "publication-index",
    "publication-page",
    "search-results",
    "not-found",
    "follow-confirm",
    "follow-manage",
]


@dataclass
class BrowserSite:
    base_url: str
    paths: dict  # {page type: {language: path}}

    def url(self, page_type, language):
        return self.base_url + self.paths[page_type][language]


@contextmanager
def site_database(folder):
    """A database URL for the browser site, like the test run's own kind."""
    if "postgres" in os.environ.get("DATABASE_URL", ""):
        with scratch_postgres_databases("cccea_browser") as (name,):
            yield postgres_url(name)
    else:
        yield f"sqlite:///{folder / 'site.sqlite3'}"


def run(*command, env):
    result = manage(*command, env=env, timeout=600)
    assert result.returncode == 0, f"manage.py {' '.join(command)}: {result.stderr}"


def prepare(env):
    """Demo content and its search index; the page paths, by type and language."""
    run("update_database", "-v", "0", env=env)
    run("load_demo_content", env=env)
    run("update_index", env=env)
    result = python("-m", "tests.browser.prepare_site", env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])  # after any log lines


@pytest.fixture(scope="session")
def browser_site(tmp_path_factory, static_root):
    folder = tmp_path_factory.mktemp("browser-site")
    with site_database(folder) as database_url:
        env = production_environment(
            DATABASE_URL=database_url,
            STATIC_ROOT=str(static_root),
            MEDIA_ROOT=str(folder / "media"),
            SERVE_MEDIA="true",
        )
        paths = prepare(env)
        port = free_port()
        with open(folder / "gunicorn.log", "wb") as log:
            server = start_gunicorn(env, port, log=log, workers=2)
            try:
                wait_for(f"http://127.0.0.1:{port}/health/")
                yield BrowserSite(f"http://127.0.0.1:{port}", paths)
            finally:
                stop(server)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM_PATH).exists():
        pytest.fail(
            f"No Chromium at {CHROMIUM_PATH}: run `make system-packages` "
            "(or set CHROMIUM_PATH)."
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser):
    """open_page(url, viewport="phone", init_script=None, **context options)
    -> a loaded page."""
    contexts = []

    def open_page(url, viewport="phone", init_script=None, **options):
        context = browser.new_context(viewport=VIEWPORTS[viewport], **options)
        contexts.append(context)
        page = context.new_page()
        if init_script:  # runs in the page before any of its own scripts
            page.add_init_script(init_script)
        page.goto(url)
        return page

    yield open_page
    for context in contexts:
        context.close()
