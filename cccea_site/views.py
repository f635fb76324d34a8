"""Site-wide views that are not Wagtail pages."""

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET


@requires_csrf_token
def server_error(request):
    """The 500 page, in the language LocaleMiddleware chose for the request.

    Rendered without context processors or database access, since either may be
    what failed; the template shows no menus.
    """
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request_path": request.path}))


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Crawlers may read every public page; the admin is off limits."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@never_cache
@require_GET
def search(request):
    """Search every live page; never cached, and kept out of search engines."""
    from cccea_site.search import RESULT_TYPES, run_search

    outcome = run_search(request)
    context = {"search": outcome, "result_types": RESULT_TYPES.items()}
    return TemplateResponse(
        request, "search/search.html", context, status=outcome.status
    )
