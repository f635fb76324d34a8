"""Client addresses behind the proxies the site is told of.

The admin login lock (django-axes: per username and address) and the
page-password lock (per address) need each visitor's own address. With
TRUSTED_PROXY_COUNT at 0 it is the connection's. Behind N proxies that each
append the address they received the request from to X-Forwarded-For, it is
the Nth entry from the right: entries further left came from the client and
may be anything it chose. django-axes would read TRUSTED_PROXY_COUNT through
django-ipware, which the site does not install; `client_address` is its
AXES_CLIENT_IP_CALLABLE instead, so the page-password lock gets it too.
"""

import ipaddress

from django.conf import settings


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

