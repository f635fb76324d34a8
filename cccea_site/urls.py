import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.admin.viewsets.pages import base_page_viewset
from wagtail.documents import urls as wagtaildocs_urls

from cccea_site.operations.errors import server_error
from cccea_site.pages.page_passwords import authenticate_with_password
from cccea_site.pages.publishing import CheckedWorkflowActionView
from cccea_site.search.admin_search import PageSearchView
from cccea_site.search.views import search
from cccea_site.seo.views import robots_txt, sitemap_index, sitemap_section
from cccea_site.serving.app_urls import language_patterns
from cccea_site.serving.documents import serve_document
from cccea_site.serving.media import serve_media

# The admin and document downloads are the same in every language.
urlpatterns = [
    # Wagtail's own path, matched first so a refused publish is explained.
    # Wrapped as Wagtail wraps its admin views.
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/"
        "<int:task_state_id>/",
        never_cache(require_admin_access(CheckedWorkflowActionView.as_view())),
    ),
    # Wagtail's own paths for the admin's page search and its results, so a
    # Chinese, Japanese or Korean word finds pages; built by Wagtail's page
    # viewset as its own search view is.
    path(
        "admin/pages/search/",
        never_cache(
            require_admin_access(base_page_viewset.construct_view(PageSearchView))
        ),
    ),
    path(
        "admin/pages/search/results/",
        never_cache(
            require_admin_access(
                base_page_viewset.construct_view(PageSearchView, results_only=True)
            )
        ),
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's own path and name for a download, matched before its URLs:
    # the same view, with cache headers and a 404 for a missing file.
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    # An index of numbered sections, each under the protocol's URL limit.
    # Sections sit beside the index at the root: a sitemap may only list
    # URLs below its own folder.
    path("sitemap.xml", sitemap_index, name="sitemap"),
    re_path(
        r"^sitemap-pages-(?P<number>[1-9][0-9]{0,5})\.xml$",
        sitemap_section,
        name="sitemap_section",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA and settings.MEDIA_URL.startswith("/"):
    # Django's `static()` helper only works with DEBUG on; SERVE_MEDIA may be
    # on in production too. `serve_media` refuses paths outside MEDIA_ROOT and
    # the documents folder, and sends nothing a browser would run.
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        re_path(rf"^{re.escape(media_prefix)}(?P<path>.*)$", serve_media)
    )

# Every page lives under a language prefix: /en/, /zh-hant/, /ja/, /ko/.
# "/" is redirected by LocaleMiddleware (cookie, then Accept-Language).
urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    # Wagtail's own path and name, matched before its URLs below: the page
    # password form, with a limit on wrong guesses.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/"
        "<int:page_id>/",
        authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Content apps' own views (a sign form's endpoint), before the pages.
    *language_patterns(),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = server_error
