"""A database dump and a copy of the media restore the whole site.

Builds the demo site in a fresh PostgreSQL database, backs it up as the
README says (pg_dump --format=custom, plus the media folder), restores both
into an empty database and folder, and checks that the restored site serves
the same pages. PostgreSQL only (CI's first pass); skipped on SQLite.
"""

import os
import shutil
import subprocess
import urllib.request

import pytest

from tests.production.servers import (
    free_port,
    manage,
    postgres_url,
    production_environment,
    scratch_postgres_databases,
    start_gunicorn,
    stop,
    wait_for,
)

pytestmark = pytest.mark.skipif(
    "postgres" not in os.environ.get("DATABASE_URL", ""),
    reason="needs PostgreSQL (DATABASE_URL)",
)
PAGES = [
    "/en/",
    "/ja/about/mission/",
    "/ko/campaigns/",
    "/zh-hant/global-network/east-asian-coalition/",
]


@pytest.fixture
def databases():
    """Two empty databases, dropped afterwards."""
    with scratch_postgres_databases("cccea_backup", "cccea_restored") as names:
        yield names


def fetch_pages(env):
    port = free_port()
    server = start_gunicorn(env, port)
    try:
        wait_for(f"http://127.0.0.1:{port}/health/")
        pages = {}
        for path in PAGES:
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}{path}", headers={"Host": "cccea.example.org"}
            )
            with urllib.request.urlopen(request, timeout=10) as response:
                pages[path] = (response.status, response.read())
        return pages
    finally:
        stop(server)


def test_dump_and_media_copy_restore_the_site(databases, tmp_path, static_root):
    source, restored = databases
    media = tmp_path / "media"
    env = production_environment(
        DATABASE_URL=postgres_url(source),
        MEDIA_ROOT=str(media),
        STATIC_ROOT=str(static_root),
    )
    assert manage("update_database", "-v", "0", env=env, timeout=300).returncode == 0
    assert manage("load_demo_content", env=env, timeout=300).returncode == 0
    # A live site has been visited: image renditions exist, in the database
    # and in the media folder, and are backed up with them.
    original_pages = fetch_pages(env)

    dump = tmp_path / "site.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", f"--file={dump}", postgres_url(source)],
        check=True,
        timeout=120,
    )
    subprocess.run(
        ["pg_restore", "--no-owner", f"--dbname={postgres_url(restored)}", str(dump)],
        check=True,
        timeout=120,
    )
    restored_media = tmp_path / "restored-media"
    shutil.copytree(media, restored_media)
    restored_env = {
        **env,
        "DATABASE_URL": postgres_url(restored),
        "MEDIA_ROOT": str(restored_media),
    }

    restored_pages = fetch_pages(restored_env)

    assert all(status == 200 for status, _body in original_pages.values())
    assert restored_pages == original_pages
