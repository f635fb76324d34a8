"""Starting the site under gunicorn, as production runs it, for system tests."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "a-long-random-production-like-secret-for-tests-0123456789-abcdef",
    "ALLOWED_HOSTS": "cccea.example.org,127.0.0.1",
    "DJANGO_SETTINGS_MODULE": "cccea_site.settings.base",
    "SECURE_SSL_REDIRECT": "false",
}


def production_environment(**extra):
    """Production settings, plus `extra`, without the test run's own variables."""
    return {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", str(REPO)),
        **PRODUCTION_ENV,
        **extra,
    }


def manage(*args, env, timeout=120):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port):
    """gunicorn -c gunicorn.conf.py on 127.0.0.1:port, output kept for the caller."""
    env = {**env, "PORT": str(port), "HOST": "127.0.0.1", "WEB_CONCURRENCY": "1"}
    return subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", "cccea_site.wsgi"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def stop(server):
    server.terminate()
    try:
        return server.communicate(timeout=30)[0].decode()
    except subprocess.TimeoutExpired:
        server.kill()
        return server.communicate()[0].decode()


def wait_for(url, seconds=30):
    """The status and body of `url` once the server answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status, response.read()
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")
