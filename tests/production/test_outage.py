"""Through a database outage, under gunicorn: stale pages, 503s, recovery.

A healthy instance and one whose database is cut share a Redis, as two
containers would. Pages seen through the healthy one are served by the other
from their stale copies once a publish has moved the generation on; pages
nobody saw, forms and search answer 503 in the visitor's language; and when
the database is back, the second instance serves fresh pages on its own.

The database is a scratch one with the demo site: PostgreSQL when the run
has DATABASE_URL (reached through a proxy the test turns off and on), else
SQLite (reached through a folder link the test removes and puts back).
Needs a Redis on 127.0.0.1 (the run's own REDIS_URL when set).
"""

import os
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from contextlib import contextmanager

import pytest
import redis
from django.conf import settings
from django.core.cache.backends.redis import RedisCache

from cccea_site.serving.page_cache import GENERATION_KEY
from tests.production.servers import (
    SwitchableProxy,
    free_port,
    manage,
    postgres_url,
    production_environment,
    scratch_postgres_databases,
    start_gunicorn,
    stop,
    wait_for,
)

USES_POSTGRES = "postgres" in os.environ.get("DATABASE_URL", "")
# The run's own Redis database when it has one (one per xdist worker);
# otherwise one no test run uses, shared only through a prefix of our own.
REDIS_LOCATION = (
    settings.CACHES["default"]["LOCATION"]
    if os.environ.get("REDIS_URL")
    else "redis://127.0.0.1:6379/7"
)
CONNECT_TIMEOUT = 2
HOST = {"Host": "cccea.example.org"}
UNAVAILABLE_KO = "일시적으로 이용할 수 없습니다"


def redis_answers():
    try:
        return redis.Redis.from_url(REDIS_LOCATION, socket_timeout=1).ping()
    except redis.RedisError:
        return False


pytestmark = pytest.mark.skipif(not redis_answers(), reason="needs Redis")


class PostgresSwitch:
    """The scratch PostgreSQL database, through a proxy turned off and on."""

    def __init__(self, name):
        self.direct_url = postgres_url(name)
        self.proxy = SwitchableProxy(settings.DATABASES["default"]["PORT"] or 5432)
        direct = urllib.parse.urlsplit(self.direct_url)
        netloc = direct.netloc.rsplit(":", 1)[0] + f":{self.proxy.port}"
        self.switched_url = urllib.parse.urlunsplit(direct._replace(netloc=netloc))

    def cut(self):
        self.proxy.turn_off()

    def restore(self):
        self.proxy.turn_on()


class SqliteSwitch:
    """A SQLite file, reached through a folder link removed and put back."""

    def __init__(self, folder):
        self.data = folder / "data"
        self.data.mkdir()
        self.link = folder / "link"
        self.direct_url = f"sqlite:///{self.data / 'site.sqlite3'}"
        self.switched_url = f"sqlite:///{self.link / 'site.sqlite3'}"

    def cut(self):
        self.link.unlink(missing_ok=True)

    def restore(self):
        self.link.symlink_to(self.data, target_is_directory=True)


@contextmanager
def scratch_database(tmp_path):
    if USES_POSTGRES:
        with scratch_postgres_databases("cccea_outage") as (name,):
            yield PostgresSwitch(name)
    else:
        yield SqliteSwitch(tmp_path)


def request(base, path, data=None, headers=None):
    """(status, headers, body) of a request as the load balancer forwards it,
    and how long it took."""
    req = urllib.request.Request(
        f"{base}{path}", data=data, headers={**HOST, **(headers or {})}
    )
    started = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            answer = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        answer = error.code, error.headers, error.read()
        error.close()
    return (*answer, time.monotonic() - started)


def wait_until_answering(base, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/health/", timeout=5).close()
            return
        except urllib.error.HTTPError:
            return  # 503: up, without its database
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{base} did not start within {seconds} s")


def test_an_instance_without_its_database_degrades_and_recovers(tmp_path, static_root):
    prefix = f"outage-{uuid.uuid4().hex[:8]}"
    shared_cache = RedisCache(REDIS_LOCATION, {"KEY_PREFIX": prefix})
    with scratch_database(tmp_path) as database:
        env = production_environment(
            DATABASE_URL=database.direct_url,
            DATABASE_CONNECT_TIMEOUT=str(CONNECT_TIMEOUT),
            REDIS_URL=REDIS_LOCATION,
            CACHE_KEY_PREFIX=prefix,
            STATIC_ROOT=str(static_root),
            PAGE_CACHE_GENERATION_SECONDS="0",
            DATABASE_RETRY_SECONDS="1",
        )
        for command in (["update_database"], ["load_demo_content"]):
            result = manage(*command, "-v", "0", env=env, timeout=300)
            assert result.returncode == 0, result.stdout + result.stderr
        database.cut()
        ports = free_port(), free_port()
        healthy = start_gunicorn(env, ports[0])
        cut_off = start_gunicorn(
            {**env, "DATABASE_URL": database.switched_url}, ports[1]
        )
        try:
            bases = (f"http://127.0.0.1:{port}" for port in ports)
            check_outage(*bases, database, shared_cache)
        finally:
            stop(healthy)
            stop(cut_off)
            database.cut()
            client = redis.Redis.from_url(REDIS_LOCATION)
            for key in client.scan_iter(f"{prefix}:*"):
                client.delete(key)


def check_outage(healthy, cut_off, database, shared_cache):
    wait_for(f"{healthy}/health/")
    wait_until_answering(cut_off)

    # Seen through the healthy instance: a normal hit on the other one.
    status, _headers, seen, _took = request(healthy, "/ja/about/mission/")
    assert status == 200
    status, headers, body, _took = request(cut_off, "/ja/about/mission/")
    assert (status, headers["X-Cache"], body) == (200, "HIT", seen)

    # A publish: no normal hit any more, only the stale copy.
    shared_cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    status, headers, body, took = request(cut_off, "/ja/about/mission/")
    assert status == 200
    assert headers["X-Cache"] == "STALE"
    assert "Stale" in headers["Warning"]
    assert body == seen
    assert took < CONNECT_TIMEOUT + 1

    # A page nobody has seen: 503, in Korean, soon.
    status, headers, body, took = request(cut_off, "/ko/about/")
    html = body.decode()
    assert status == 503
    assert int(headers["Retry-After"]) > 0
    assert '<html lang="ko">' in html and UNAVAILABLE_KO in html
    assert "Traceback" not in html
    assert took < CONNECT_TIMEOUT + 1

    # Forms and search.
    status, _headers, body, _took = request(
        cut_off,
        "/en/actions/1/sign/",
        data=b"email=someone%40example.org&name=Someone",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Sec-Fetch-Site": "same-origin",
        },
    )
    assert status == 503 and b"Back button" in body
    status, _headers, body, _took = request(cut_off, "/en/search/?q=severance")
    assert status == 503 and b"/en/search/?q=severance" in body
    # The 503 page's style sheet needs no database either.
    status, _headers, _body, _took = request(cut_off, "/static/css/base.css")
    assert status == 200

    # The database comes back: fresh pages, without a restart.
    database.restore()
    deadline = time.monotonic() + 15
    while (status := request(cut_off, "/ko/about/")[0]) != 200:
        assert time.monotonic() < deadline, f"still {status} after the database"
        time.sleep(0.5)
    status, headers, _body, _took = request(cut_off, "/ja/about/mission/")
    assert (status, headers["X-Cache"]) == (200, "MISS")

    # And goes away again under an open connection: still no 500.
    database.cut()
    status, _headers, _body, took = request(cut_off, "/zh-hant/campaigns/")
    assert status == 503
    assert took < CONNECT_TIMEOUT + 1
