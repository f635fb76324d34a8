"""Limits on sign requests, per email address and per action.

Counted in fixed windows in the shared cache (Redis in production), so every
worker and container shares the count; keys hold a keyed hash of the
address, never the address. When the cache cannot count (Redis down), each
worker counts by itself in memory: the limits still hold per worker, so
more leniently overall, rather than not at all.
"""

import threading
import time

from django.conf import settings
from django.core.cache import cache

from actions.tokens import address_hash

ADDRESS_WINDOW_SECONDS = 3600
ACTION_WINDOW_SECONDS = 60


class LocalCounter:
    """This worker's own counts, used only while the shared cache fails."""

    def __init__(self):
        self.counts = {}
        self.lock = threading.Lock()

    def incr(self, key, window_seconds):
        now = time.monotonic()
        with self.lock:
            if len(self.counts) > 10000:  # drop the windows that ended
                self.counts = {k: v for k, v in self.counts.items() if v[1] > now}
            count, ends = self.counts.get(key, (0, now + window_seconds))
            if ends <= now:
                count, ends = 0, now + window_seconds
            self.counts[key] = (count + 1, ends)
            return count + 1


local_counter = LocalCounter()


def count_request(scope, window_seconds):
    """Count one request in `scope`'s current window; the count so far.

    One round trip to the cache for every request but a window's first
    (incr, then add when the window has no count yet).
    """
    window = int(time.time() // window_seconds)
    key = f"actions:rate:{scope}:{window}"
    try:
        try:
            return cache.incr(key)
        except ValueError:  # no count yet in this window, or no cache
            if cache.add(key, 1, window_seconds + 5):
                return 1
            return cache.incr(key)  # another request added it meanwhile
    except ValueError:
        # The cache could not count (unreachable, or the key just expired).
        return local_counter.incr(key, window_seconds)
    except Exception:  # noqa: BLE001 - whatever a cache backend raises when down
        return local_counter.incr(key, window_seconds)


def action_is_busy(action):
    """More sign requests for this action in the last minute than allowed."""
    return scope_is_busy(f"action:{action.pk}")


def scope_is_busy(scope):
    """More requests in `scope` (an action, a followed page) in the last
    minute than ACTIONS_RATE_PER_ACTION allows."""
    count = count_request(scope, ACTION_WINDOW_SECONDS)
    return count > settings.ACTIONS_RATE_PER_ACTION


def address_is_busy(action, email):
    """This address asked to sign this action too often in the last hour.

    Counted whether or not the address has signed, so the answer tells
    nobody whether it has."""
    return address_is_busy_in(str(action.pk), email)


def address_is_busy_in(scope, email):
    """This address asked too often in the last hour within `scope` (an
    action, a followed page): the per-address limit for any form."""
    digest = address_hash(email, "rate")[:32]
    count = count_request(f"address:{scope}:{digest}", ADDRESS_WINDOW_SECONDS)
    return count > settings.ACTIONS_RATE_PER_ADDRESS
