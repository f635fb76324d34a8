"""A Redis cache that degrades to no cache when Redis cannot be reached.

Wagtail reads the cache on every request (the site-root paths). With Django's
RedisCache, a Redis that is down or unreachable raises on each read and every
page is a 500; here a read is a miss and a write is skipped, with a warning
in the log, so pages are rendered uncached until Redis is back.
"""

import logging

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def log_failure(operation, error):
    logger.warning("Cache unavailable (%s): %s", operation, error)


class ResilientRedisCache(RedisCache):
    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except RedisError as error:
            log_failure("get", error)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except RedisError as error:
            log_failure("get_many", error)
            return {}

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except RedisError as error:
            log_failure("set", error)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except RedisError as error:
            log_failure("add", error)
            return False

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except RedisError as error:
            log_failure("set_many", error)
            return list(data)

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except RedisError as error:
            log_failure("delete", error)
            return False

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except RedisError as error:
            log_failure("delete_many", error)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except RedisError as error:
            log_failure("incr", error)
            raise ValueError(f"Key {key!r} not found (cache unavailable)") from error

    def clear(self):
        try:
            return super().clear()
        except RedisError as error:
            log_failure("clear", error)
            return False

    def is_available(self):
        """True when Redis answers (for the health endpoint)."""
        try:
            return bool(self._cache.get_client(write=False).ping())
        except RedisError:
            return False


class MarksRenditionsAsCached:
    """The `renditions` cache: no write for a rendition already stored.

    Wagtail (8.0) marks a rendition it found among an image's prefetched
    renditions as `_from_cache`, so as not to write it back, but not one it
    read from the cache itself (AbstractImage.find_existing_renditions); and
    its get_rendition(), which the {% image %} tag uses, writes whatever it
    found, marked or not. So every picture on every render was written back
    to Redis, all its sizes pickled again: 48 writes on a page of member
    logos. Marking what get_many() returns, and skipping the write of a
    marked rendition, saves them. docs/architecture.md (upgrade risks) names
    the test that checks it.
    """

    def get_many(self, keys, version=None):
        found = super().get_many(keys, version)
        for rendition in found.values():
            rendition._from_cache = True
        return found

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if getattr(value, "_from_cache", False):
            return  # read from this cache, or prefetched with its image
        super().set(key, value, timeout, version)


class RenditionRedisCache(MarksRenditionsAsCached, ResilientRedisCache):
    pass


class RenditionLocMemCache(MarksRenditionsAsCached, LocMemCache):
    pass
