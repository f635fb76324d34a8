"""Starting the site under gunicorn, as production runs it, for system tests."""

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg
from django.conf import settings

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "a-long-random-production-like-secret-for-tests-0123456789-abcdef",
    "ALLOWED_HOSTS": "cccea.example.org,127.0.0.1",
    "SECURE_SSL_REDIRECT": "false",
}


def bare_environment(**variables):
    """Only `variables`, with PATH, HOME and the settings module: none of the
    test run's own variables (DATABASE_URL, REDIS_URL…) leak in."""
    return {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", str(REPO)),
        "DJANGO_SETTINGS_MODULE": "cccea_site.settings.base",
        **variables,
    }


def production_environment(**extra):
    """Production settings, plus `extra`, without the test run's own variables."""
    return bare_environment(**{**PRODUCTION_ENV, **extra})


def python(*args, env, timeout=120):
    """This virtualenv's Python with `args`, in the repository; output kept."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def manage(*args, env, timeout=120):
    return python("manage.py", *args, env=env, timeout=timeout)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port, log=subprocess.PIPE, workers=1):
    """gunicorn -c gunicorn.conf.py on 127.0.0.1:port.

    Its output goes to `log`: a pipe the caller reads after `stop`, or an
    open file for a server that answers many requests (a pipe nobody reads
    fills up and stalls the server).
    """
    env = {
        **env,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "WEB_CONCURRENCY": str(workers),
    }
    return subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", "cccea_site.wsgi"],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def stop(server):
    """Stop the server; its output, when it went to a pipe."""
    server.terminate()
    try:
        output = server.communicate(timeout=30)[0]
    except subprocess.TimeoutExpired:
        server.kill()
        output = server.communicate()[0]
    return output.decode() if output else ""


def postgres_url(name):
    """The test run's PostgreSQL server, database `name`."""
    db = settings.DATABASES["default"]
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{name}"


@contextmanager
def scratch_postgres_databases(*prefixes):
    """Empty databases on the test run's PostgreSQL, dropped afterwards."""
    names = [f"{prefix}_{uuid.uuid4().hex[:8]}" for prefix in prefixes]
    with psycopg.connect(postgres_url("postgres"), autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield names
    finally:
        with psycopg.connect(postgres_url("postgres"), autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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


@contextmanager
def silent_server():
    """A loopback port that accepts connections and never says a word.

    What a client sees of a database host that hangs (overloaded, or a
    firewall that lets the handshake through and drops the rest): unlike a
    closed port, which refuses at once, only a timeout ends the wait.
    Yields the port.
    """
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    held = []
    stopping = threading.Event()

    def hold_connections():
        listener.settimeout(0.2)
        while not stopping.is_set():
            try:
                connection, _address = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(connection)

    thread = threading.Thread(target=hold_connections, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stopping.set()
        thread.join(timeout=2)
        for connection in held:
            connection.close()
        listener.close()


class SwitchableProxy:
    """A loopback TCP port forwarding to `target_port`, turned off and on.

    Off, the port is closed and every forwarded connection is cut: what a
    client sees of a database server that went down (a restart, a failover).
    On again, new connections reach the target.
    """

    def __init__(self, target_port):
        self.port = free_port()
        self.target = ("127.0.0.1", target_port)
        self.listener = None
        self.thread = None
        self.running = threading.Event()
        self.links = []

    def turn_on(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        listener.settimeout(0.2)
        self.listener = listener
        self.running.set()
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def turn_off(self):
        self.running.clear()
        if self.thread is not None:
            self.thread.join(timeout=2)
        if self.listener is not None:
            self.listener.close()
        for link in self.links:
            with contextlib.suppress(OSError):
                link.shutdown(socket.SHUT_RDWR)
            link.close()
        self.links = []

    def accept(self):
        while self.running.is_set():
            try:
                client, _address = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            client.settimeout(None)
            self.links += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=pump, args=(source, sink), daemon=True).start()


def pump(source, sink):
    """Copy bytes from `source` to `sink` until either closes."""
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
