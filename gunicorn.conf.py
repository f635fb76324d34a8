"""gunicorn settings, from the environment: `gunicorn -c gunicorn.conf.py cccea_site.wsgi`.

Sync workers are simple and fast for a cached, database-backed site; put a
buffering reverse proxy (nginx, a load balancer or a CDN) in front so slow
clients cannot hold a worker: gunicorn's sync workers should only ever talk
to the proxy. WEB_CONCURRENCY is the worker count (about 2 per core).
"""

import gc
import os

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"  # noqa: S104
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
# A request taking longer than this is killed and logged: it is a bug or an
# attack, never normal for this site.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM, finish requests in progress for up to this long.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then, so a slow leak never grows large. Not too
# often: a worker serves cached pages at about 3,000 a second, and each
# recycle stalls the requests queued behind it. At 2,000 the benchmark's p99
# was 100-600 ms and throughput a third lower than with no recycling (p99
# 4 ms); a recycle every 100,000 requests costs little either way. 0 turns
# recycling off.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "100000"))
max_requests_jitter = max_requests // 10
# Load the app once in the master, so workers start fast and share memory.
preload_app = True


def pre_fork(server, worker):
    """Workers share the master's memory only while they do not write to it,
    and a garbage collection in a worker writes to every object it visits:
    freezing what the master loaded leaves it out of the workers'
    collections. Measured at 10,000 cases (README, Performance): the memory
    a worker has to itself (USS) fell from 110 MB to 82-86 MB."""
    gc.freeze()


# Only the proxy in front may say a request came over HTTPS.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
limit_request_line = 8190
limit_request_fields = 100
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = (
    '{"remote": "%(h)s", "request": "%(r)s", "status": %(s)s, "bytes": %(b)s, '
    '"duration_ms": %(M)s, "referer": "%(f)s", "user_agent": "%(a)s"}'
)


def post_worker_init(worker):
    """A new worker loads content types before its first request (see
    cccea_site.operations.worker_start)."""
    from cccea_site.operations.worker_start import warm_worker_caches

    warm_worker_caches()
