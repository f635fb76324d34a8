"""Two instances sharing PostgreSQL and Redis serve one truth.

Two gunicorn servers on loopback, as two containers behind a load balancer
would run: a page published through one is served fresh by the other within
a second, because the page cache's generation lives in the shared Redis and
each worker rereads it at most a second later. Runs against PostgreSQL and
Redis (CI's first pass); skipped on the SQLite pass.
"""

import os
import time
import urllib.request

import pytest
from django.conf import settings
from django.db import connection

from tests.production.servers import (
    free_port,
    postgres_url,
    production_environment,
    start_gunicorn,
    stop,
    wait_for,
)

pytestmark = pytest.mark.skipif(
    not (
        os.environ.get("REDIS_URL") and "postgres" in os.environ.get("DATABASE_URL", "")
    ),
    reason="needs the shared PostgreSQL and Redis (DATABASE_URL, REDIS_URL)",
)


def fetch(url):
    """GET as the load balancer forwards it: the public host name, either instance."""
    request = urllib.request.Request(url, headers={"Host": "cccea.example.org"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("X-Cache"), response.read().decode()


# Transactional, alone in its module so that it runs after the other tests of
# its worker (see tests/performance/test_page_cache_commit.py).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_publish_through_one_instance_is_fresh_on_the_other(site_tree, static_root):
    connection.close()  # let the servers see committed data only
    env = production_environment(
        # The test database, which the servers share with this process.
        DATABASE_URL=postgres_url(settings.DATABASES["default"]["NAME"]),
        # The Redis database this test process uses (one per xdist worker).
        REDIS_URL=settings.CACHES["default"]["LOCATION"],
        # This process publishes: its invalidation must reach the servers.
        CACHE_KEY_PREFIX=settings.CACHES["default"]["KEY_PREFIX"],
        STATIC_ROOT=str(static_root),
    )
    ports = [free_port(), free_port()]
    servers = [start_gunicorn(env, port) for port in ports]
    try:
        first, second = (f"http://127.0.0.1:{port}" for port in ports)
        wait_for(f"{first}/health/")
        wait_for(f"{second}/health/")

        fetch(f"{first}/en/contact/")
        cache_state, html = fetch(f"{second}/en/contact/")
        assert cache_state == "HIT"  # the first instance's render, shared
        assert "Renamed contact" not in html

        # An editor publishes (in this process, as through either instance).
        site_tree.standard.title_en = site_tree.standard.title = "Renamed contact"
        site_tree.standard.save_revision().publish()
        # Each worker trusts the generation it read for a second
        # (PAGE_CACHE_GENERATION_SECONDS); after that the edit is everywhere.
        time.sleep(1.1)

        cache_state, html = fetch(f"{second}/en/contact/")
        assert cache_state == "MISS"
        assert "Renamed contact" in html
        assert fetch(f"{first}/en/contact/") == ("HIT", html)
    finally:
        for server in servers:
            stop(server)
