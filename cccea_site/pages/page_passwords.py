"""Page passwords: a limit on wrong guesses, as the admin login has.

Wagtail's view for the form of a password-protected page
(wagtail.views.authenticate_with_password) checks any number of guesses, so
a short password falls to a script. This view wraps it: wrong passwords are
counted per client address and restriction in the shared cache, and after
PAGE_PASSWORD_FAILURE_LIMIT of them within PAGE_PASSWORD_COOLOFF (counted from
the first) every further try gets a 429 page in the visitor's language,
without the password being checked, until that time has passed. The client
address is the one the admin login lock uses (django-axes, TRUSTED_PROXY_COUNT).

The count lives in the cache, not the database, so a flood of guesses costs
no writes; while the cache is down nothing is counted and guesses are
checked as Wagtail checks them (the cache logs that it is down).
"""

import hashlib
import logging
import math

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from wagtail import views as wagtail_views

logger = logging.getLogger(__name__)


def failures_key(request, restriction_id):
    """The cache key counting this client's wrong passwords for a restriction."""
    address = get_client_ip_address(request) or "unknown"
    # Hashed: keys stay short and the cache holds no addresses in the clear.
    client = hashlib.sha256(address.encode()).hexdigest()[:32]
    return f"page-password-failures:{restriction_id}:{client}"


def cooloff_seconds():
    return max(1, math.ceil(settings.PAGE_PASSWORD_COOLOFF.total_seconds()))


def count_failure(key):
    """One more wrong password; the first starts the cool-off time."""
    if cache.add(key, 1, cooloff_seconds()):
        return 1
    try:
        # incr keeps the key's expiry: the window runs from the first failure.
        return cache.incr(key)
    except ValueError:
        # Expired since the add, or the cache is unreachable.
        cache.set(key, 1, cooloff_seconds())
        return 1


def too_many_attempts(request):
    """429: the visitor is told, in their language, to try again later."""
    response = render(
        request,
        "page_password_locked.html",
        {"cooloff_minutes": math.ceil(cooloff_seconds() / 60)},
        status=429,
    )
    response["Retry-After"] = str(cooloff_seconds())
    add_never_cache_headers(response)
    return response


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's password form for a restricted page, with a limit on failures."""
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(
            request, page_view_restriction_id, page_id
        )

    key = failures_key(request, page_view_restriction_id)
    if (cache.get(key) or 0) >= settings.PAGE_PASSWORD_FAILURE_LIMIT:
        return too_many_attempts(request)

    response = wagtail_views.authenticate_with_password(
        request, page_view_restriction_id, page_id
    )
    if response.status_code == 200:
        # The form again: the password was wrong.
        if count_failure(key) == settings.PAGE_PASSWORD_FAILURE_LIMIT:
            logger.warning(
                "Page password locked for restriction %s from %s after %s "
                "failed attempts.",
                page_view_restriction_id,
                get_client_ip_address(request),
                settings.PAGE_PASSWORD_FAILURE_LIMIT,
            )
    elif response.status_code == 302:
        cache.delete(key)
    return response
