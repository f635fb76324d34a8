"""Client addresses behind the proxies the site is told of, and a warning.

The admin login lock (django-axes: per username and address) and the
page-password lock (per address) need each visitor's own address. With
TRUSTED_PROXY_COUNT at 0 it is the connection's. Behind N proxies that each
append the address they received the request from to X-Forwarded-For, it is
the Nth entry from the right: entries further left came from the client and
may be anything it chose. django-axes would read TRUSTED_PROXY_COUNT through
django-ipware, which the site does not install; `client_address` is its
AXES_CLIENT_IP_CALLABLE instead, so the page-password lock gets it too.

Left at 0 behind a proxy or load balancer, every visitor has the proxy's
address, and anyone can lock a username, or a page's password form, for
everyone. A request carrying X-Forwarded-For while TRUSTED_PROXY_COUNT is 0
is the sign, but not proof (a client may send the header itself), so the
site changes nothing: it logs a warning naming the setting, once per process
so the log is not flooded, and then only checks a flag. With
TRUSTED_PROXY_COUNT set, Django drops the warning middleware at start-up.
"""

import ipaddress
import logging
import threading

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_warned = False


def is_ip_address(value):
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def client_address(request):
    """The visitor's address: the connection's, or as the trusted proxies say."""
    connection = request.META.get("REMOTE_ADDR")
    count = settings.TRUSTED_PROXY_COUNT
    if not count:
        return connection
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    # Fewer entries than proxies: the request did not pass through all of
    # them, and only the connection's address is known to be true. (django-axes
    # stores the address in an IP address column, so never anything else.)
    if len(forwarded) < count or not is_ip_address(forwarded[-count]):
        return connection
    return forwarded[-count]


def warn_once(request):
    """Log the warning, unless this process already has."""
    global _warned
    with _lock:
        if _warned:
            return
        _warned = True
    logger.warning(
        "Requests arrive with an X-Forwarded-For header (first from %s) but "
        "TRUSTED_PROXY_COUNT is 0. Behind a proxy or load balancer every "
        "visitor then has the proxy's address, and anyone can lock any admin "
        "username, or a page's password form, for everyone. Set "
        "TRUSTED_PROXY_COUNT to the number of proxies in front of the site. "
        "(With no proxy in front, clients are sending the header themselves.)",
        request.META.get("REMOTE_ADDR", "an unknown address"),
    )


class UntrustedProxyWarningMiddleware:
    def __init__(self, get_response):
        if settings.TRUSTED_PROXY_COUNT:
            raise MiddlewareNotUsed("TRUSTED_PROXY_COUNT is set.")
        self.get_response = get_response

    def __call__(self, request):
        if not _warned and "HTTP_X_FORWARDED_FOR" in request.META:
            warn_once(request)
        return self.get_response(request)
