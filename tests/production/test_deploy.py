"""Production settings pass Django's deployment checks and start gunicorn."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.production.servers import (
    REPO,
    free_port,
    manage,
    production_environment,
    start_gunicorn,
    stop,
    wait_for,
)


def test_check_deploy_reports_no_issues(tmp_path):
    # A scratch database: the repository's db.sqlite3 may hold `make run`'s
    # demo editor, which the deployment checks rightly report.
    env = production_environment(DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}")
    del env["SECURE_SSL_REDIRECT"]  # the production default: on
    result = manage("check", "--deploy", "--fail-level", "DEBUG", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.fixture
def gunicorn_server(tmp_path, static_root):
    """gunicorn with gunicorn.conf.py and production settings, on a temporary SQLite."""
    env = production_environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        STATIC_ROOT=str(static_root),
    )
    assert manage("migrate", "--noinput", "-v", "0", env=env).returncode == 0
    port = free_port()
    server = start_gunicorn(env, port)
    try:
        yield f"http://127.0.0.1:{port}", server
    finally:
        if server.poll() is None:
            stop(server)


def test_gunicorn_serves_with_the_production_config(gunicorn_server):
    base_url, server = gunicorn_server

    status, body = wait_for(f"{base_url}/health/")

    assert status == 200
    assert json.loads(body)["database"] == "up"
    status, _body = wait_for(f"{base_url}/robots.txt")
    assert status == 200
    output = stop(server)
    # Access log lines are JSON, one per request.
    access_lines = [
        line for line in output.splitlines() if '"request": "GET /health/' in line
    ]
    assert access_lines
    assert json.loads(access_lines[0])["status"] == 200
    assert server.returncode == 0  # graceful shutdown on SIGTERM


def test_dockerfile_passes_hadolint():
    hadolint = Path(sys.executable).parent / "hadolint"
    result = subprocess.run(
        [str(hadolint), "Dockerfile"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
