"""A broken deployment stops at start-up with one line naming the variable."""

import pytest

from tests.production import servers
from tests.production.servers import bare_environment


def manage(*args, **env):
    """Run manage.py with only the given variables set (plus PATH and HOME)."""
    return servers.manage(*args, env=bare_environment(**env), timeout=60)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"DEBUG": "false", "ALLOWED_HOSTS": "example.org"}, "SECRET_KEY"),
        ({"DEBUG": "false", "SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS"),
        ({"DATABASE_URL": "mysql//nowhere"}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgres://u@h:notaport/db"}, "DATABASE_URL"),
        ({"REDIS_URL": "http://127.0.0.1:6379"}, "REDIS_URL"),
        ({"DEBUG": "maybe"}, "DEBUG"),
        ({"TASK_BACKEND": "celery"}, "TASK_BACKEND"),
        ({"ACTIONS_RATE_PER_ADDRESS": "many"}, "ACTIONS_RATE_PER_ADDRESS"),
    ],
)
def test_bad_configuration_stops_with_one_line(env, named):
    result = manage("check", **env)

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error:")
    assert named in lines[0]


def test_production_settings_start_when_complete():
    result = manage(
        "check",
        DEBUG="false",
        SECRET_KEY="a-long-random-secret-for-this-test-only-0123456789",
        ALLOWED_HOSTS="cccea.example.org",
    )
    assert result.returncode == 0, result.stderr


def test_local_default_needs_no_variables():
    result = manage("check")
    assert result.returncode == 0, result.stderr
