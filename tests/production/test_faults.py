"""When Redis is unreachable, pages are served uncached; nothing breaks."""

import json
import time
import urllib.error
import urllib.request
from contextlib import contextmanager

import pytest

from tests.production.servers import (
    free_port,
    production_environment,
    silent_server,
    start_gunicorn,
    stop,
)


def test_pages_are_served_when_redis_is_down(client, site_tree, redis_down, caplog):
    started = time.monotonic()
    for path in ("/ja/", "/ko/about/mission/", "/en/campaigns/"):
        assert client.get(path).status_code == 200, path
    assert time.monotonic() - started < 10
    assert "Cache unavailable" in caplog.text


def test_health_reports_the_cache_down(client, db, redis_down):
    response = client.get("/health/")
    assert response.status_code == 200
    assert json.loads(response.content)["cache"] == "down"


def test_missing_media_file_does_not_break_the_page(client, site_tree):
    from wagtail_factories import ImageFactory

    image = ImageFactory()
    image.file.storage.delete(image.file.name)
    site_tree.member.logo = image
    site_tree.member.save_revision().publish()

    response = client.get("/en/global-network/east-asian-coalition/example-union/")

    assert response.status_code == 200


@contextmanager
def refusing_database():
    """A database host whose port is closed: connections fail at once."""
    yield f"postgres://postgres@127.0.0.1:{free_port()}/nowhere"


@contextmanager
def hanging_database():
    """A database host that accepts and never answers: only the timeout ends it."""
    with silent_server() as port:
        yield f"postgres://postgres@127.0.0.1:{port}/nowhere"


@pytest.mark.parametrize(
    "unreachable_database",
    [refusing_database, hanging_database],
    ids=["port-closed", "host-silent"],
)
def test_database_down_gives_503_health_and_pages_fast_in_the_visitors_language(
    tmp_path, static_root, unreachable_database
):
    with unreachable_database() as database_url:
        check_database_down(database_url, static_root)


def check_database_down(database_url, static_root):
    env = production_environment(
        DATABASE_URL=database_url,
        DATABASE_CONNECT_TIMEOUT="2",
        STATIC_ROOT=str(static_root),
    )
    port = free_port()
    server = start_gunicorn(env, port)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/health/", timeout=5)
            except urllib.error.HTTPError as error:
                error.read()
                error.close()
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        started = time.monotonic()
        try:
            urllib.request.urlopen(f"{base}/health/", timeout=5)
        except urllib.error.HTTPError as error:
            health = error
        # Within the connect timeout (2 s) and a second to spare.
        assert time.monotonic() - started < 3
        assert health.code == 503
        assert json.loads(health.read())["database"] == "down"

        # A page: 503 in the path's language, within the connect timeout
        # (tests/production/test_outage.py covers stale copies and recovery).
        request = urllib.request.Request(
            f"{base}/ja/about/", headers={"Host": "127.0.0.1"}
        )
        started = time.monotonic()
        try:
            urllib.request.urlopen(request, timeout=10)
        except urllib.error.HTTPError as error:
            page = error
        assert time.monotonic() - started < 3
        assert page.code == 503
        assert page.headers["Retry-After"]
        body = page.read().decode()
        assert '<html lang="ja">' in body and "Traceback" not in body
    finally:
        stop(server)
