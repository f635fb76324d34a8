"""Settings for the test suite: base settings with faster, simpler pieces.

The database and cache still come from DATABASE_URL and REDIS_URL, so CI runs
every test against PostgreSQL and Redis as production does.
"""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import CACHES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Templates reference static files by name; tests need no collectstatic.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Parallel workers share one Redis: give each its own key space, and its own
# Redis database, since cache.clear() empties a whole database whatever the
# key prefix (tests clear the cache between tests).
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
CACHES["default"]["KEY_PREFIX"] = "test-" + (XDIST_WORKER or "main")
if XDIST_WORKER.startswith("gw") and str(
    CACHES["default"].get("LOCATION", "")
).startswith("redis"):
    address = urlsplit(CACHES["default"]["LOCATION"])
    database = 1 + int(XDIST_WORKER[2:]) % 15  # Redis has databases 0 to 15
    CACHES["default"]["LOCATION"] = urlunsplit(address._replace(path=f"/{database}"))
# Renditions are kept in the same store (base settings), so in the same space.
CACHES["renditions"] = {
    **CACHES["default"],
    "BACKEND": CACHES["renditions"]["BACKEND"],
}

# Tests change pages without publishing; the page cache's own tests turn it on.
PAGE_CACHE_ENABLED = False
# Tests change the cache under a running process: read the generation afresh
# on every request (tests/performance/test_page_cache.py covers the delay).
PAGE_CACHE_GENERATION_SECONDS = 0
# One process: the generation in the cache, whichever cache, so that query
# counts are the same on SQLite and PostgreSQL (tests/cccea_site/
# test_content_generation.py covers the database).
CONTENT_GENERATION_IN_DATABASE = False
# A simulated outage must not outlast its test (tests/cccea_site/test_outage.py).
DATABASE_RETRY_SECONDS = 0

# Tasks run inside enqueue(); the tests of the real path switch to the
# database backend and run the worker themselves.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
