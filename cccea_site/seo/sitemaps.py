"""/sitemap.xml: every live page in every language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class PageSitemap(Sitemap):
    """Django's i18n sitemap over the page tree: one <url> per page and language,
    each listing the page in the other languages and x-default (English)."""

    i18n = True
    alternates = True
    x_default = True
    limit = 10000

    def items(self):
        site = (
            Site.objects.filter(is_default_site=True)
            .select_related("root_page")
            .first()
        )
        if site is None:
            return Page.objects.none()
        return (
            Page.objects.live()
            .public()
            .descendant_of(site.root_page, inclusive=True)
            .order_by("path")
        )

    def location(self, page):
        return page.get_url()

    def lastmod(self, page):
        return page.last_published_at
