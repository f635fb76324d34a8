"""Keep links that were shared in their English-slug form working.

Slugs are translated per language. A page whose Japanese slug is set lives at
/ja/<japanese-slug>/, so /ja/about/ (the English slug, as one path works in
every language until a translation sets its own) would be a 404. When a
language-prefixed path is not found, this middleware routes it again with the
English slugs and, if that finds a live page, redirects permanently to the
page's address in the requested language.
"""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Site


def page_for_english_path(request, path):
    """The live page at `path` when every slug is read in English, else None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    with translation.override(settings.LANGUAGE_CODE):
        try:
            page, _args, _kwargs = site.root_page.specific.route(request, components)
        except Http404:
            return None
    return page if page.live else None


def page_path(path_info):
    """The page part of a path Wagtail would serve, or None for anything else.

    Only well-formed slug paths get a second lookup: others (NUL bytes, stray
    characters) are 404s already and must not reach the database.
    """
    try:
        match = resolve(path_info)
    except Resolver404:
        return None
    return match.args[0] if match.url_name == "wagtail_serve" else None


class EnglishSlugRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        language = translation.get_language_from_path(request.path_info)
        if language is None or language == settings.LANGUAGE_CODE:
            return response
        path = page_path(request.path_info)
        if path is None:
            return response
        page = page_for_english_path(request, path)
        if page is None:
            return response
        url = page.get_url(request)  # in the active, requested language
        if not url or url == request.path:
            return response
        if request.META.get("QUERY_STRING"):
            url = f"{url}?{request.META['QUERY_STRING']}"
        return HttpResponsePermanentRedirect(url)
