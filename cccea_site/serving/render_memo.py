"""What every page render needs, kept in this worker until the content changes.

Each page shows the site, its settings and footer, the main menu, and checks
view restrictions; the home page lists the latest cases, and the campaign
list counts every case by its filters. All of these change
only when an editor publishes, moves or deletes a page or saves a snippet or
setting, and each of those starts a new page-cache generation
(page_cache.invalidate_all_pages). So a worker computes them once per
generation and reuses them. The generation comes from the shared cache,
reread at most once a second per worker (page_cache.WorkerCopy), so every
worker and instance sees an edit within that second, the editing worker at
once. If the cache is down, the generation is a new one each time it is
read, so nothing stays stale. Previews never use or fill the memo.
"""

import hashlib
from collections import OrderedDict

from django.http.request import split_domain_port

from cccea_site.serving import page_cache

# (generation, {key: value}); replaced whole, never mutated across generations,
# so a thread that reads it mid-swap sees one consistent pair.
_memo = (None, {})


def request_generation(request):
    """The cache generation this request renders in, read at most once."""
    if request is None:
        return page_cache.worker_copy.current_generation()
    if not hasattr(request, "_cache_generation"):
        request._cache_generation = page_cache.worker_copy.current_generation()
    return request._cache_generation


def generation_cache_key(request, namespace, *parts):
    """A shared-cache key for a value that holds until the next edit.

    The parts (a host, the hash of search words...) are hashed, so a key
    never carries what a visitor typed; the generation stays readable, so a
    stale key is simply never asked for again and expires.
    """
    raw = "\x1f".join(str(part) for part in parts)
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    return f"{namespace}:{request_generation(request)}:{digest[:32]}"


def memoized(request, key, compute):
    """compute() once per generation in this worker; the same value after that.

    `key` names the value and whatever it depends on besides the content
    (the language, the site). Values are shared between requests: callers
    must treat them as read-only. A preview shows unsaved content, so it
    always computes afresh and keeps nothing.
    """
    global _memo
    if getattr(request, "is_preview", False):
        return compute()
    generation = request_generation(request)
    memo_generation, values = _memo
    if memo_generation != generation:
        values = {}
        _memo = (generation, values)
    if key not in values:
        values[key] = compute()
    return values[key]


# How many values of one kind kept per page (memoized_for_page) a worker
# holds in a generation: the most recently used. A crawler walking 10,000
# cases must not grow every worker by 10,000 pages' rows; a few hundred
# cover the pages visitors actually read after a news event.
PAGES_KEPT_PER_KIND = 500
NOT_KEPT = object()


def memoized_for_page(request, kind, key, compute, keep=PAGES_KEPT_PER_KIND):
    """memoized() for values kept per page (a case's demands and updates, its
    news), which would otherwise grow with the number of pages: only the
    `keep` most recently used values of `kind` stay in this generation."""
    recent = memoized(request, ("recently-used", kind), OrderedDict)
    # Taken out and put back: now the most recently used.
    value = recent.pop(key, NOT_KEPT)
    if value is NOT_KEPT:
        value = compute()
    recent[key] = value
    while len(recent) > keep:
        recent.popitem(last=False)
    return value


class SiteMemoMiddleware:
    """Find the request's Wagtail site, with its root page, once per generation.

    Wagtail looks the site up (and then its root page) on every request;
    pages never render for a site that changed without a new generation.
    Placed after CommonMiddleware, which has validated the Host header.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if page_cache.is_page_request(request):
            # Wagtail's own per-request cache of Site.find_for_request
            # (docs/architecture.md lists this dependency and its test).
            request._wagtail_site = site_for_request(request)
        return self.get_response(request)


def site_for_request(request):
    """The Wagtail site answering `request`, from this generation's sites.

    One list of every site (with its root page) is kept per generation, and
    the choice is made from it in memory: the memo holds one entry however
    many Host headers visitors send (a wildcard ALLOWED_HOSTS lets any in).
    """
    sites = memoized(request, "sites", all_sites)
    hostname, _port = split_domain_port(request.get_host())
    return matching_site(sites, hostname, int(request.get_port() or 0))


def all_sites():
    from wagtail.models import Site

    # Each site's settings (the footer's text, links, logo) come in the same
    # query: one query fewer in every page's first render after an edit. A
    # logo's renditions take one more query, only when a logo is set.
    sites = Site.objects.select_related(
        "root_page", "sitesettings__logo"
    ).prefetch_related("sitesettings__logo__renditions")
    return list(sites.order_by("pk"))


def matching_site(sites, hostname, port):
    """Wagtail's choice of site (wagtail.models.sites.get_site_for_hostname),
    made in memory: the hostname and port, then the hostname when it is the
    default site's, then a hostname that only one site has, then the default
    site; None when nothing matches."""
    same_host = [site for site in sites if site.hostname == hostname]
    default = next((site for site in sites if site.is_default_site), None)
    for site in same_host:
        if site.port == port:
            return site
    if default is not None and default.hostname == hostname:
        return default
    if len(same_host) == 1:
        return same_host[0]
    if default is not None:
        return default
    return None
