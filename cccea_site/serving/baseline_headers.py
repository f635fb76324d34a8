"""The security headers every response carries, whichever layer answered.

SecurityMiddleware, XFrameOptionsMiddleware and django-csp's CSPMiddleware add
the site's security headers on the way out, but only to responses that pass
back through them, and some never do:

- /health/ is answered above all of them (cccea_site.operations.health);
- a Host header the site refuses raises DisallowedHost wherever the Host is
  first read, and the 400 leaves from that layer: from SecurityMiddleware's
  own HTTPS redirect, so without its headers;
- XFrameOptionsMiddleware sits below CommonMiddleware, where the Host is
  checked, so no 400 for a refused Host passes it.

This middleware, first in MIDDLEWARE, fills in on every response whatever is
still missing, with the values those middlewares would have set, from the
same settings: nosniff, Referrer-Policy, Cross-Origin-Opener-Policy, HSTS
(over HTTPS), X-Frame-Options and, for HTML outside the admin, the site's
Content-Security-Policy. A header already set is never replaced, so pages
from the page cache (stored with their headers), WhiteNoise's static files,
uploaded media and documents (their own strict CSP) and Wagtail's admin
previews (framed by the admin, SAMEORIGIN) leave exactly as before.
"""

from csp.constants import HEADER as CSP_HEADER
from csp.utils import build_policy
from django.conf import settings
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.security import SecurityMiddleware


def wants_content_security_policy(request, response):
    """An HTML response that django-csp would have given the site's policy."""
    if CSP_HEADER in response or getattr(response, "_csp_exempt", False):
        return False
    # Django's debug pages (DEBUG on) use inline styles and scripts.
    if settings.DEBUG:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    config = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
    excluded = tuple(config.get("EXCLUDE_URL_PREFIXES", ()))
    return not request.path_info.startswith(excluded)


class BaselineHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # Django's own middlewares, used only for their process_response,
        # both of which leave any header already set alone.
        self.security = SecurityMiddleware(get_response)
        self.framing = XFrameOptionsMiddleware(get_response)

    def __call__(self, request):
        response = self.get_response(request)
        response = self.security.process_response(request, response)
        response = self.framing.process_response(request, response)
        if wants_content_security_policy(request, response):
            policy = build_policy()
            if policy:
                response[CSP_HEADER] = policy
        return response
