"""robots.txt, and the sitemap: an index at /sitemap.xml and its sections."""

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem
from django.contrib.sites.requests import RequestSite
from django.core.cache import cache
from django.core.paginator import EmptyPage
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from cccea_site.seo.sitemaps import PageSitemap, section_dates
from cccea_site.serving.page_cache import mark_public
from cccea_site.serving.render_memo import generation_cache_key


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Crawlers may read every public page; the admin is off limits."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_safe
def sitemap_index(request):
    """Every section of the sitemap, with the latest publication in each."""

    def render():
        items = [
            SitemapIndexItem(
                request.build_absolute_uri(reverse("sitemap_section", args=[number])),
                date,
            )
            for number, date in enumerate(section_dates() or [None], start=1)
        ]
        return render_to_string("sitemap_index.xml", {"sitemaps": items})

    return sitemap_response(request, "index", render)


@require_safe
def sitemap_section(request, number):
    """One section of the sitemap: a <url> per page and language."""

    def render():
        try:
            urls = PageSitemap().get_urls(
                page=int(number), site=RequestSite(request), protocol=request.scheme
            )
        except EmptyPage as error:
            raise Http404("No such sitemap section") from error
        return render_to_string("sitemap.xml", {"urlset": urls})

    return sitemap_response(request, f"pages-{number}", render)


def sitemap_response(request, name, render):
    """The sitemap file `name`, rendered once per content generation and host.

    Crawlers read the sitemap rarely but whole, and at 10,000 pages a section
    takes a while to build; it changes only when pages do, and every change
    a visitor could see starts a new generation (serving.page_cache). The
    host and scheme are in the key since the file holds absolute URLs.
    """
    if not settings.PAGE_CACHE_ENABLED:
        response = xml_response(render())
        response["X-Cache"] = "BYPASS"
        return response
    key = generation_cache_key(
        request, "sitemap", request.scheme, request.get_host(), name
    )
    content = cache.get(key)
    hit = content is not None
    if not hit:
        content = render()
        cache.set(key, content, settings.PAGE_CACHE_SECONDS)
    response = xml_response(content)
    response["X-Cache"] = "HIT" if hit else "MISS"
    return response


def xml_response(content):
    response = HttpResponse(content, content_type="application/xml")
    # As Django's sitemap views: the files are for crawlers, not results.
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    mark_public(response)
    return response
