"""A shared cache of whole public pages, invalidated on every publish.

Anonymous GET and HEAD requests for pages under a language prefix are served
from the cache (Redis in production, so every worker and container shares
it) without touching the database. The key holds the scheme, host, path
(which holds the language) and the listing parameters that change a page.

Invalidation is site-wide: every cached key embeds a generation number, and
publishing, unpublishing, moving or deleting a page, or saving a snippet,
image, redirect or the site settings, starts a new generation. A page shows
menus, footers, cards and related pages from all over the tree, so working
out exactly which pages an edit touches would be fragile; edits are rare and
reads are many, so recomputing everything after an edit costs little.

Never cached: logged-in users (anyone with a session cookie), responses that
set cookies or vary on them (CSRF tokens), responses marked private or
no-store, errors other than 404, and anything outside the language prefixes
(admin, documents, health).

The middleware sits near the top of the stack, so it stores each response as
it leaves the site: compressed (when the visitor accepts gzip; the key says
which) and with every security header already set, and a hit skips the rest
of the stack. Each worker also keeps its most recently served pages
(PAGE_CACHE_LOCAL_ENTRIES) and reads the generation from the shared cache at
most once every PAGE_CACHE_GENERATION_SECONDS (1 s): a hot page is then
served without any network round trip, and an edit reaches every worker
within that second (at once in the worker that made it).

A page that shows something changing without an edit (a live signature
count) calls `keep_at_most(request, seconds)` while it renders: it is then
stored, here and by browsers and CDNs, for no longer than that, and the
site-wide generation is left alone.

Stale copies, for outages: each stored page is also kept, under a key without
the generation, for PAGE_CACHE_STALE_SECONDS (24 h). They are served only
when rendering fails because the database cannot be reached
(cccea_site.operations.outage), marked `X-Cache: STALE`, as a CDN's
stale-if-error or Varnish's grace would. Publishing leaves them alone; what
takes something away from visitors (unpublishing, deleting or moving a page,
a view restriction) starts a new withdrawal mark, which every stale key
embeds, so a withdrawn page is never shown again, even during an outage.
"""

import hashlib
import logging
import re
import threading
import time
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path

from cccea_site.serving import content_generation

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# Changed only by withdrawals (see the module docstring); keys stale copies.
WITHDRAWAL_KEY = "page-cache-stale:withdrawal"
# Responses a CDN may keep; of those, only 200s are stored here (below).
CACHEABLE_STATUSES = {200, 404}
# Query parameters that change what a page shows; others are ignored.
KEYED_PARAMETERS = (
    "kind",
    "status",
    "country",
    "brand",
    "topic",
    "year",
    "more",
    "page",
)
# How long a CDN may keep a stale copy served during an outage.
STALE_RESPONSE_SECONDS = 30
# As Django's GZipMiddleware decides whether to compress.
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def page_cache_seconds():
    return settings.PAGE_CACHE_SECONDS


def current_generation():
    return shared_marks()[0]


def shared_marks(previous=(None, None)):
    """(generation, withdrawal mark) as every process sees them: from the
    database without a shared cache (serving.content_generation), else from
    the shared cache in one round trip, either started afresh when missing."""
    if settings.CONTENT_GENERATION_IN_DATABASE:
        return content_generation.read_marks(previous)
    values = cache.get_many([GENERATION_KEY, WITHDRAWAL_KEY])
    marks = []
    for key in (GENERATION_KEY, WITHDRAWAL_KEY):
        value = values.get(key)
        if value is None:
            value = uuid.uuid4().hex
            if not cache.add(key, value, timeout=None):
                value = cache.get(key) or value  # another worker's, just set
        marks.append(value)
    return tuple(marks)


class WorkerCopy:
    """This worker's view of the generation, and its most recent pages."""

    def __init__(self):
        self.generation = None
        self.withdrawal = None
        self.read_at = 0.0
        # key -> (generation, status, headers, content, expires_at or None)
        self.pages = OrderedDict()
        # gunicorn's sync workers have one thread; runserver has many.
        self.lock = threading.Lock()

    def current_generation(self):
        """The shared generation, read again once it is older than allowed."""
        now = time.monotonic()
        if (
            self.generation is None
            or now - self.read_at >= settings.PAGE_CACHE_GENERATION_SECONDS
        ):
            self.generation, self.withdrawal = shared_marks(
                (self.generation, self.withdrawal)
            )
            self.read_at = now
        return self.generation

    def current_withdrawal(self):
        self.current_generation()
        return self.withdrawal

    def get(self, key, generation):
        with self.lock:
            entry = self.pages.get(key)
            if entry is None or entry[0] != generation or has_expired(entry):
                return None
            self.pages.move_to_end(key)
            return entry

    def keep(self, key, entry):
        with self.lock:
            self.pages[key] = entry
            self.pages.move_to_end(key)
            while len(self.pages) > settings.PAGE_CACHE_LOCAL_ENTRIES:
                self.pages.popitem(last=False)

    def forget(self):
        """Reread the generation on the next request; drop the kept pages."""
        with self.lock:
            self.generation = None
            self.pages.clear()


worker_copy = WorkerCopy()


def invalidate_all_pages(**_signal_kwargs):
    """Start a new generation now, and again once the change is committed.

    Signals fire inside the transaction (bulk actions, workflow approval): a
    request another worker renders between the signal and the commit still
    reads the old content, and would store it under the new generation. The
    second generation, started on commit, leaves that copy behind. Outside a
    transaction the change is already committed and the second call is
    immediate; it costs one cache write.

    Kept in the database instead, the generation changes in the edit's own
    transaction, so other processes see it exactly when they see the edit.
    """
    if settings.CONTENT_GENERATION_IN_DATABASE:
        replace_in_database(withdrawal=False)
        return
    start_new_generation()
    transaction.on_commit(start_new_generation)


def start_new_generation():
    """Every page is rendered afresh from now on."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    worker_copy.forget()  # this worker sees its own edit at once


def replace_in_database(*, withdrawal):
    content_generation.replace(withdrawal=withdrawal)
    worker_copy.forget()  # this worker sees its own edit at once,
    transaction.on_commit(worker_copy.forget)  # and the committed row after


def withdraw(**_signal_kwargs):
    """Something was taken away from visitors: a new generation, and no stale
    copy from before is ever served (on commit too, as for generations)."""
    if settings.CONTENT_GENERATION_IN_DATABASE:
        replace_in_database(withdrawal=True)
        return
    invalidate_all_pages()
    start_new_withdrawal()
    transaction.on_commit(start_new_withdrawal)


def start_new_withdrawal():
    cache.set(WITHDRAWAL_KEY, uuid.uuid4().hex, timeout=None)
    worker_copy.forget()


def is_page_request(request):
    """Pages live under a language prefix; the admin, files and health do not."""
    return get_language_from_path(request.path_info) is not None


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    # A session means a logged-in editor (or a form in progress): never share.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def keep_at_most(request, seconds):
    """Store the page being rendered for at most `seconds`.

    For a page showing a value that changes without an edit (a signature
    count): the page stays cached, only for less time, and nothing starts a
    new generation. Several calls keep the shortest lifetime.
    """
    current = getattr(request, "page_cache_max_seconds", None)
    request.page_cache_max_seconds = (
        seconds if current is None else min(current, seconds)
    )


def lifetime(request):
    """How long to keep this request's page: its own limit, or the default."""
    limit = getattr(request, "page_cache_max_seconds", None)
    if limit is None:
        return page_cache_seconds()
    return min(limit, page_cache_seconds())


def expiry(request):
    """When a stored copy of this page runs out (wall clock, shared by every
    worker), or None for a page kept until the next generation."""
    if getattr(request, "page_cache_max_seconds", None) is None:
        return None
    return time.time() + lifetime(request)


def has_expired(entry):
    expires_at = entry[4] if len(entry) > 4 else None
    return expires_at is not None and time.time() >= expires_at


def note_parameters_used(request, parameters):
    """Record the listing parameters a page used, as it understood them.

    A page that reads query parameters (filters, a page number) calls this
    with the values it accepted, normalised ({"kind": "campaign", "page":
    "2"}), leaving out defaults. A page that reads none never calls it.
    """
    request.page_cache_parameters = {
        name: str(value)
        for name, value in parameters.items()
        if value not in ("", None)
    }


def keyed_parameters(request):
    """The request's keyed parameters as sent: [(name, value)], sorted."""
    return sorted(
        (name, value)
        for name in KEYED_PARAMETERS
        for value in request.GET.getlist(name)
    )


def may_store(request, response):
    """Whether to keep this page for other visitors.

    Only a 200 whose query named exactly the parameters the page used, each
    once, with the value the page accepted: so only the site's own links
    are stored, and junk (`?page=<uuid>` on a page without pages, repeated
    or unnormalised values, paths that are no page) cannot fill the cache or
    push hot pages out of each worker's copy.
    """
    if response.status_code != 200:
        return False
    used = getattr(request, "page_cache_parameters", {})
    return keyed_parameters(request) == sorted(used.items())


def cache_key(request):
    """The page's key: the same for every visitor who gets the same bytes."""
    params = keyed_parameters(request)
    gzip = bool(ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")))
    raw = "|".join(
        [request.scheme, request.get_host(), request.path, repr(params), str(gzip)]
    )
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    return f"page-cache:{digest}"


def look_up(request, key):
    """The stored page if it belongs to the current generation, else None.

    Looks in this worker's recent pages first, then in the shared cache;
    remembers the generation on the request for render_memo.
    """
    generation = worker_copy.current_generation()
    request._cache_generation = generation
    entry = worker_copy.get(key, generation)
    if entry is None:
        entry = cache.get(key)
        if entry is None or entry[0] != generation or has_expired(entry):
            return None
        worker_copy.keep(key, entry)
    return thaw(entry[1:4])


def store(key, entry):
    """Keep `entry` (generation, status, headers, content[, expires_at])."""
    expires_at = entry[4] if len(entry) > 4 else None
    if expires_at is None:
        timeout = page_cache_seconds()
    else:
        timeout = max(1, int(expires_at - time.time() + 0.999))
    cache.set(key, entry, timeout)
    worker_copy.keep(key, entry)


def stale_key(key):
    """Where the stale copy of the page stored at `key` is kept."""
    digest = key.removeprefix("page-cache:")
    return f"page-cache-stale:{worker_copy.current_withdrawal()}:{digest}"


def keep_stale_copy(key, frozen):
    """Keep (status, headers, content) past its generation, for outages."""
    if settings.PAGE_CACHE_STALE_SECONDS > 0:
        cache.set(stale_key(key), frozen, settings.PAGE_CACHE_STALE_SECONDS)


def drop_stale_copy(key):
    """The page is gone or private now: its old public copy must not return."""
    if settings.PAGE_CACHE_STALE_SECONDS > 0:
        cache.delete(stale_key(key))


def stale_copy(key):
    """The last good copy of the page, marked stale, or None."""
    if settings.PAGE_CACHE_STALE_SECONDS <= 0:
        return None
    frozen = cache.get(stale_key(key))
    if frozen is None:
        return None
    response = thaw(frozen)
    response["X-Cache"] = "STALE"
    # RFC 7234's warning code for a stale response (still read by CDNs and
    # monitors), and a short life: the page is fresh again once the
    # database is back.
    response["Warning"] = '110 - "Response is Stale"'
    response["Cache-Control"] = f"public, max-age=0, s-maxage={STALE_RESPONSE_SECONDS}"
    return response


def response_is_cacheable(response):
    if response.status_code not in CACHEABLE_STATUSES or response.streaming:
        return False
    if response.cookies:
        return False
    if "cookie" in response.get("Vary", "").lower():
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(
        word in cache_control for word in ("private", "no-store", "no-cache")
    )


def freeze(response):
    headers = {
        name: value
        for name, value in response.items()
        if name.lower() not in ("x-cache", "content-length")
    }
    return (response.status_code, headers, response.content)


def thaw(frozen):
    status, headers, content = frozen
    response = HttpResponse(content, status=status)
    for name, value in headers.items():
        response[name] = value
    response["Content-Length"] = str(len(content))
    return response


def mark_public(response, limit=None):
    """Let browsers keep the page a minute and shared caches (a CDN) longer,
    neither beyond the page's own limit (keep_at_most)."""
    browser, shared = 60, settings.PAGE_CACHE_CDN_SECONDS
    if limit is not None:
        browser, shared = min(browser, limit), min(shared, limit)
    patch_cache_control(response, public=True, max_age=browser, s_maxage=shared)
    if settings.PAGE_CACHE_STALE_SECONDS > 0:
        # RFC 5861: a CDN may serve its copy while the site answers errors.
        patch_cache_control(response, stale_if_error=settings.PAGE_CACHE_STALE_SECONDS)


def mark_private(response):
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_store=True)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not is_page_request(request):
            return self.get_response(request)
        if not request_is_cacheable(request):
            response = self.get_response(request)
            mark_private(response)
            return response

        try:
            key = cache_key(request)
        except DisallowedHost:
            # Refused below, by CommonMiddleware, so the 400 passes back
            # through the security middlewares and gets their headers.
            return self.get_response(request)
        response = look_up(request, key)
        if response is not None:
            response["X-Cache"] = "HIT"
            return response

        response = self.get_response(request)
        if getattr(request, "database_unavailable", False):
            # Rendering failed for want of the database (operations.outage
            # has made the response a 503): the last good copy, if any.
            stale = stale_copy(key)
            return response if stale is None else stale
        if response_is_cacheable(response):
            mark_public(response, getattr(request, "page_cache_max_seconds", None))
            if may_store(request, response):
                frozen = freeze(response)
                store(key, (request._cache_generation, *frozen, expiry(request)))
                keep_stale_copy(key, frozen)
                response["X-Cache"] = "MISS"
            else:
                response["X-Cache"] = "BYPASS"
            if response.status_code == 404:
                drop_stale_copy(key)
        else:
            mark_private(response)
            response["X-Cache"] = "BYPASS"
            if response.status_code < 500:  # private, moved: not an accident
                drop_stale_copy(key)
        return response


def connect_invalidation_signals():
    """Every change a visitor could see on some page starts a new generation.

    Content apps add their own visible models (campaigns: brands) with
    `invalidate_when_changed`, so this module names none of them.
    """
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from cccea_site.pages.site_settings import SiteSettings

    page_published.connect(invalidate_all_pages, dispatch_uid="page-cache-publish")
    for signal in (page_unpublished, post_page_move):
        signal.connect(withdraw, dispatch_uid=f"page-cache-{signal}")
    post_delete.connect(invalidate_on_page_delete, dispatch_uid="page-cache-delete")
    # A publication page shows its documents' titles, sizes and links.
    models = (SiteSettings, Redirect, Site, get_image_model(), get_document_model())
    for model in models:
        invalidate_when_changed(model)
    # A new view restriction must stop the cached public copy at once, and
    # the stale copies kept for outages too.
    for signal in (post_save, post_delete):
        signal.connect(
            withdraw, sender=PageViewRestriction, dispatch_uid=f"stale-{signal}"
        )


# Columns Wagtail saves alone when a draft is saved or an object is locked
# (RevisionMixin, DraftStateMixin, LockableMixin): the object as visitors see
# it does not change, so such a save keeps the pages cached.
DRAFT_BOOKKEEPING_FIELDS = frozenset(
    {"latest_revision", "has_unpublished_changes", "locked", "locked_at", "locked_by"}
)


def invalidate_on_visible_save(update_fields=None, **signal_kwargs):
    """post_save receiver: a new generation, unless only bookkeeping was saved."""
    if update_fields and DRAFT_BOOKKEEPING_FIELDS.issuperset(update_fields):
        return
    invalidate_all_pages()


def invalidate_when_changed(model):
    """Start a new generation whenever a `model` row is saved or deleted.

    For a model with drafts (DraftStateMixin), saving a draft of a published
    object writes only bookkeeping columns, and keeps the cache; publishing,
    unpublishing and deleting save or delete the row, and empty it.
    """
    post_save.connect(
        invalidate_on_visible_save, sender=model, dispatch_uid=f"page-cache-{model}"
    )
    post_delete.connect(
        invalidate_all_pages, sender=model, dispatch_uid=f"page-cache-del-{model}"
    )


def invalidate_on_page_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        withdraw()
