"""Without Redis, an edit made in one process reaches every gunicorn worker.

Production settings with no REDIS_URL: each process caches in its own
memory, and the content generation lives in the database
(cccea_site.serving.content_generation). Two workers serve the demo site
from a SQLite file; a case is unpublished from `manage.py shell`, another
process; within a second (PAGE_CACHE_GENERATION_SECONDS) no worker shows it.
"""

import time
import urllib.error
import urllib.request

from tests.production.servers import (
    free_port,
    manage,
    production_environment,
    start_gunicorn,
    stop,
    wait_for,
)

CASE = "/en/campaigns/example-freedom-of-association-campaign/"
UNPUBLISH = """
from wagtail.models import Page
Page.objects.get(slug="example-freedom-of-association-campaign").specific.unpublish()
"""


def status_and_cache(base, path):
    request = urllib.request.Request(f"{base}{path}", headers={"Host": "127.0.0.1"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("X-Cache")
    except urllib.error.HTTPError as error:
        error.close()
        return error.code, error.headers.get("X-Cache")


def test_an_unpublish_from_the_shell_reaches_both_workers(tmp_path, static_root):
    env = production_environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        STATIC_ROOT=str(static_root),
    )
    for command in (["update_database"], ["load_demo_content"]):
        result = manage(*command, "-v", "0", env=env, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
    port = free_port()
    log = (tmp_path / "gunicorn.log").open("wb")
    server = start_gunicorn(env, port, log=log, workers=2)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/health/")
        # Enough requests that both workers keep the page in their memory.
        seen = [status_and_cache(base, CASE) for _ in range(20)]
        assert {status for status, _ in seen} == {200}
        assert sum(state == "HIT" for _, state in seen) >= 10

        result = manage("shell", "-c", UNPUBLISH, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        time.sleep(1.2)  # each worker trusts the generation it read a second

        after = [status_and_cache(base, CASE) for _ in range(20)]
        assert {status for status, _ in after} == {404}, after
    finally:
        stop(server)
        log.close()
