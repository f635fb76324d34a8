"""What a new gunicorn worker loads before it takes its first request.

Django keeps content types in a per-process cache that a new worker starts
without; Wagtail and this site look them up while rendering (specific pages,
snippets, renditions), so a worker's first render would pay two to five
queries more than any later one. Loading them all here, in one query, keeps
every page type's first render after an edit within its budget even in a
worker that has just started (gunicorn restarts workers every
GUNICORN_MAX_REQUESTS requests, and on every deployment).
"""

import logging

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError

from cccea_site.serving.site_root_paths import load_site_root_paths_for_every_language

logger = logging.getLogger(__name__)


def warm_worker_caches():
    """Fill this process's content-type cache and each language's site root
    paths (cccea_site.serving.site_root_paths). With the database down the
    worker starts anyway: pages are then served from the cache or answered
    503, as without this."""
    try:
        ContentType.objects.get_for_models(*apps.get_models())
        load_site_root_paths_for_every_language()
    except DatabaseError:
        logger.warning("database unreachable at worker start; caches left cold")
