"""The demo site, built or refreshed in one transaction: the one place that
knows every app's demo content and the order to build it in.

Each app's loader builds its own pages with the shared helpers
(cccea_site.demo_content.helpers) and imports no other app's loader.
"""

from django.db import transaction
from django.utils import translation

from actions.demo_content.loader import build_actions
from campaigns.demo_content.loader import build_campaigns
from cccea_site.demo_content.helpers import DEFAULT_LANGUAGE, Report
from cccea_site.demo_content.site import build_site_pages, build_site_root
from cccea_site.serving.tree import fix_root_translations
from following.demo_content import build_followers
from network.demo_content.loader import build_network_pages
from news.demo_content.loader import build_news_and_publications


@transaction.atomic
def load_demo_content():
    """Build or update the whole demo tree; returns a Report."""
    report = Report()
    with translation.override(DEFAULT_LANGUAGE):
        fix_root_translations()
        # In menu order: pages are listed in the order they were created.
        site, home_page = build_site_root(report)
        build_network_pages(report, home_page)
        build_site_pages(report, site, home_page)
        actions = build_actions(report)
        build_campaigns(report, home_page, actions)
        build_followers(case_slugs=list(actions)[:1])
        build_news_and_publications(report, home_page)
    return report
