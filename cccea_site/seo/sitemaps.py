"""/sitemap.xml: every live, public page in every language, with hreflang
alternates."""

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from cccea_site.serving.visibility import public_pages


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
        pages = Page.objects.live().descendant_of(site.root_page, inclusive=True)
        # The sitemap has no request: the route table of this generation.
        return public_pages(None, pages).order_by("path")

    def location(self, page):
        return page.get_url()

    def lastmod(self, page):
        return page.last_published_at
