"""While the database cannot be reached: a stale page, or a 503 that says so.

Cached pages need no database (serving.page_cache). A request that does,
while PostgreSQL is down or unreachable, fails with OperationalError or
InterfaceError wherever it first reads; Django turns that into a 500 and
sends `got_request_exception`, which `note_request_exception` hears: it
marks the request and this worker. On the way out, the page cache answers a
marked page request with the page's last good copy (`X-Cache: STALE`), and
`DatabaseOutageMiddleware` answers everything else (pages never stored,
forms, search, the admin) with a standalone 503 in the visitor's language,
with Retry-After, rendered without the database.

A request reaches the database at most once: after a failure the worker
tries again only DATABASE_RETRY_SECONDS later, and answers as above without
waiting in between, so a database that hangs (each try lasts the connect
timeout) does not hold every worker. /health/ always tries.
"""

import logging
import sys
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language_from_path

logger = logging.getLogger(__name__)

# What the 503 tells browsers and crawlers: "try again in a few minutes".
RETRY_AFTER_SECONDS = 120


class DatabaseBreaker:
    """When this worker last found the database unreachable."""

    def __init__(self):
        self.down_until = 0.0

    def note_down(self):
        self.down_until = time.monotonic() + settings.DATABASE_RETRY_SECONDS

    def is_open(self):
        """True while requests should not try the database (just failed)."""
        return time.monotonic() < self.down_until

    def reset(self):
        self.down_until = 0.0


breaker = DatabaseBreaker()


def is_database_unavailable(error):
    """Whether `error` means the database cannot be reached, as opposed to a
    bad query (SQLite reports a missing table as OperationalError too)."""
    seen = 0
    while error is not None and seen < 5:
        if isinstance(error, OperationalError | InterfaceError):
            return connection_is_lost()
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def connection_is_lost():
    """No connection could be made, or the one there was is gone (psycopg
    marks it closed or broken). Not asked of the server: a query in a
    transaction a bad query aborted would fail too."""
    raw = connection.connection
    if raw is None:
        return True
    return bool(getattr(raw, "closed", False) or getattr(raw, "broken", False))


def note_request_exception(sender, request=None, **kwargs):
    """got_request_exception receiver: mark a request that failed for want
    of the database (Django calls it inside its `except` block)."""
    error = sys.exc_info()[1]
    if request is None or error is None or not is_database_unavailable(error):
        return
    request.database_unavailable = True
    breaker.note_down()


def unavailable_response(request):
    """The 503 page, in the language of the path's prefix, without the
    database: no context processors, no menus, no site settings."""
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    is_form = request.method not in ("GET", "HEAD")
    # A search keeps its words in the address: trying again keeps them too.
    context = {
        "is_form": is_form,
        "retry_path": None if is_form else request.get_full_path(),
    }
    with translation.override(language):
        html = loader.get_template("503.html").render(context)
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def is_media_file(request):
    """Uploaded files served by the site itself (SERVE_MEDIA) are files on
    disk: tried even while the database is known to be down."""
    return settings.SERVE_MEDIA and request.path_info.startswith(settings.MEDIA_URL)


class DatabaseOutageMiddleware:
    """Turns a failure to reach the database into a 503, never a 500.

    Below WhiteNoise (static files need no database) and the header
    middlewares (the 503 gets the CSP and the others), above everything that
    reads the database. The page cache, further up, looks for a stale copy
    when it sees `request.database_unavailable` on the way out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if breaker.is_open() and not is_media_file(request):
            request.database_unavailable = True
            return unavailable_response(request)
        response = self.get_response(request)
        if getattr(request, "database_unavailable", False):
            logger.warning("Database unavailable: answered 503")
            return unavailable_response(request)
        return response
