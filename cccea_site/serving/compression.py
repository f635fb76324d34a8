"""gzip for public pages, not for the admin.

Pages on slow networks shrink about five times. The admin is left out: its
pages carry CSRF tokens next to text an attacker could reflect, the setting a
BREACH attack needs. (Public pages carry no tokens, and Django adds random
bytes to every gzip response as a further mitigation.)
"""

from django.middleware.gzip import GZipMiddleware
from django.utils.translation import get_language_from_path

COMPRESSED_PATHS = {"/sitemap.xml", "/robots.txt"}


class PublicGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        path = request.path_info
        if get_language_from_path(path) is None and path not in COMPRESSED_PATHS:
            return response
        return super().process_response(request, response)
