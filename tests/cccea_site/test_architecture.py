"""The dependency rule of cccea_site.pages' docstring, held by the code itself.

The base (cccea_site outside its home page and demo orchestrator) names no
content app; content apps never import the home page or the orchestrator; and
each app's models import in a fresh process whichever app Django loads first.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTENT_APPS = ("network", "actions", "campaigns", "news")
# following's models import no project app, so the app-order test below
# leaves it out.
EVERY_CONTENT_APP = (*CONTENT_APPS, "following")
# The only modules of cccea_site that may import a content app.
MAY_IMPORT_CONTENT_APPS = (
    "cccea_site/home/",
    "cccea_site/demo_content/loader.py",
    "cccea_site/demo_content/scale.py",
    "cccea_site/management/commands/load_demo_content.py",
)
# What content apps must never import: the modules that import them.
ABOVE_CONTENT_APPS = (
    "cccea_site.models",
    "cccea_site.home",
    "cccea_site.factories",
    "cccea_site.demo_content.loader",
    "cccea_site.demo_content.scale",
)


def imported_modules(path):
    """Every module a Python file imports, at any depth of its code."""
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def python_files(package):
    return sorted(
        path
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    )


def relative(path):
    return path.relative_to(ROOT).as_posix()


def test_the_base_imports_no_content_app():
    offenders = [
        f"{relative(path)} imports {module}"
        for path in python_files("cccea_site")
        if not relative(path).startswith(MAY_IMPORT_CONTENT_APPS)
        for module in imported_modules(path)
        if module.split(".")[0] in EVERY_CONTENT_APP
    ]
    assert offenders == []


@pytest.mark.parametrize("app", EVERY_CONTENT_APP)
def test_content_apps_never_import_what_imports_them(app):
    offenders = [
        f"{relative(path)} imports {module}"
        for path in python_files(app)
        for module in imported_modules(path)
        if module.startswith(ABOVE_CONTENT_APPS)
    ]
    assert offenders == []


def test_network_never_imports_campaigns():
    offenders = [
        f"{relative(path)} imports {module}"
        for path in python_files("network")
        for module in imported_modules(path)
        if module.split(".")[0] == "campaigns"
    ]
    assert offenders == []


def test_following_never_imports_the_pages_it_follows():
    """Page types register with following.pages; following names none of them."""
    offenders = [
        f"{relative(path)} imports {module}"
        for path in python_files("following")
        for module in imported_modules(path)
        if module.split(".")[0] in ("campaigns", "network")
    ]
    assert offenders == []


@pytest.mark.parametrize("app", ["network", "campaigns", "actions", "following"])
def test_news_is_imported_by_no_other_content_app(app):
    """Cases and organisations show news through cccea_site.pages.related."""
    offenders = [
        f"{relative(path)} imports {module}"
        for path in python_files(app)
        for module in imported_modules(path)
        if module.split(".")[0] == "news"
    ]
    assert offenders == []


def test_actions_never_import_the_pages_that_carry_them():
    """Page types register with actions.pages; actions names none of them."""
    offenders = [
        f"{relative(path)} imports {module}"
        for path in python_files("actions")
        for module in imported_modules(path)
        if module.split(".")[0] in ("campaigns", "network", "news")
    ]
    assert offenders == []


LOAD_APPS_FIRST = """
import os, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "cccea_site.settings.test"
import django
from django.conf import settings
first = sys.argv[1:]  # the project's apps, in the order to load them
others = [app for app in settings.INSTALLED_APPS if app not in first]
at = settings.INSTALLED_APPS.index("cccea_site")  # the first project app
settings.INSTALLED_APPS = others[:at] + first + others[at:]
django.setup()
import importlib
for app in first:
    importlib.import_module(app + ".models")
"""


def load_orders():
    """Each project app first, then the others in order and in reverse: a
    circular import between models shows whichever app starts the cycle.
    (Every permutation of five apps is 120 Django start-ups, ten minutes.)"""
    apps = ("cccea_site", *CONTENT_APPS)
    for first in apps:
        rest = [app for app in apps if app != first]
        yield (first, *rest)
        yield (first, *reversed(rest))


@pytest.mark.parametrize("order", list(load_orders()), ids="-then-".join)
def test_models_import_in_any_app_order(order):
    """No circular import, whichever app's models Django imports first."""
    result = subprocess.run(
        [sys.executable, "-c", LOAD_APPS_FIRST, *order],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
