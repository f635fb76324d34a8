"""Demo content of the site app itself: the home page, standard pages and the
site settings, from this folder's TOML files."""

from pathlib import Path

from wagtail.models import Page, Site

from cccea_site.demo_content.helpers import load_translations, numbered, upsert_page
from cccea_site.home.page import HomePage
from cccea_site.pages.site_settings import SiteSettings
from cccea_site.pages.standard import StandardPage

CONTENT_DIR = Path(__file__).resolve().parent


def key_figure_rows(home):
    rows = []
    for figure in home.children("key_figures"):
        row = {"number": figure["number"]}
        row.update(figure.localized("label"))
        rows.append(row)
    return numbered(rows)


def build_standard_pages(report, home_page, content):
    for standard in content.children("standard_pages"):
        upsert_page(
            report,
            home_page,
            StandardPage,
            standard["slug"],
            {
                **standard.localized("title"),
                **standard.localized("intro"),
                **standard.rich_text("body"),
            },
        )


def build_home(report, content):
    """The home page under the tree root, made the default site's root."""
    home = content.child("home")
    root = Page.get_first_root_node()
    home_page = HomePage.objects.child_of(root).first()
    if home_page is None:
        # Wagtail's migrations leave a "Welcome" placeholder as the site root;
        # it holds nothing, so the coalition's home page replaces it.
        for placeholder in root.get_children().filter(content_type__model="page"):
            if placeholder.is_leaf():
                placeholder.delete()
    values = {
        **home.localized("title"),
        **home.localized("hero_heading"),
        **home.localized("hero_text"),
        **home.rich_text("intro"),
    }
    home_page = upsert_page(
        report,
        root,
        HomePage,
        "home",
        values,
        inlines={"key_figures": key_figure_rows(home)},
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "root_page": home_page,
            "hostname": "localhost",
            "port": 80,
            "site_name": home.en["title"],
        },
    )
    return Site.objects.get(is_default_site=True), home_page


def build_site_settings(site, content):
    site_settings = SiteSettings.for_site(site)
    texts = content.child("site_settings")
    for name, value in {
        **texts.localized("footer_text"),
        **texts.localized("contact_address"),
    }.items():
        setattr(site_settings, name, value)
    site_settings.save()


def build_site_root(report):
    """The home page, made the default site's root; returns (site, home page)."""
    return build_home(report, load_translations(CONTENT_DIR))


def build_site_pages(report, site, home_page):
    """The standard pages under home and the site settings."""
    content = load_translations(CONTENT_DIR)
    build_standard_pages(report, home_page, content)
    build_site_settings(site, content)
