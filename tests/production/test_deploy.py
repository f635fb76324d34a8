"""Production settings pass Django's deployment checks and start gunicorn."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "a-long-random-production-like-secret-for-tests-0123456789-abcdef",
    "ALLOWED_HOSTS": "cccea.example.org,127.0.0.1",
    "DJANGO_SETTINGS_MODULE": "cccea_site.settings.base",
}


def environment(**extra):
    env = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", str(REPO)),
        **PRODUCTION_ENV,
        **extra,
    }
    return env


def test_check_deploy_reports_no_issues():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=REPO,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310
                return response.status, response.read()
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")


@pytest.fixture
def gunicorn_server(tmp_path):
    """gunicorn with gunicorn.conf.py and production settings, on a temporary SQLite."""
    port = free_port()
    env = environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        PORT=str(port),
        HOST="127.0.0.1",
        WEB_CONCURRENCY="1",
        SECURE_SSL_REDIRECT="false",
    )
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=REPO,
        env=env,
        check=True,
        timeout=120,
        capture_output=True,
    )
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "-c",
            "gunicorn.conf.py",
            "cccea_site.wsgi",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        yield f"http://127.0.0.1:{port}", server
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_gunicorn_serves_with_the_production_config(gunicorn_server):
    base_url, server = gunicorn_server

    status, body = wait_for(f"{base_url}/health/")

    assert status == 200
    assert json.loads(body)["database"] == "up"
    server.terminate()
    output = server.communicate(timeout=30)[0].decode()
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
