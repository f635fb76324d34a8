"""Read configuration from environment variables, failing early with one line.

Every value the site needs from its environment goes through these helpers, so a
bad deploy stops at start-up with a message that names the variable instead of
failing later on a visitor's request.
"""

import os

import dj_database_url
import dj_email_url
from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}
DATABASE_SCHEMES = {"sqlite", "postgres", "postgresql", "pgsql"}
REDIS_SCHEMES = {"redis", "rediss", "unix"}


class SettingError(ImproperlyConfigured):
    """A configuration value is missing or malformed; the message is one line."""


def env_str(name, default=None, *, required=False):
    value = os.environ.get(name, "").strip()
    if value:
        return value
    if required:
        raise SettingError(f"{name} must be set in the environment.")
    return default


def env_bool(name, default):
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise SettingError(f"{name} must be true or false, not {raw!r}.")


def env_int(name, default):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SettingError(f"{name} must be a whole number, not {raw!r}.") from None


def env_float(name, default):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise SettingError(f"{name} must be a number, not {raw!r}.") from None


def env_list(name, default=()):
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def database_from_url(name, default_url):
    """Django's DATABASES['default'] from a URL such as postgres://user@host/db."""
    url = env_str(name, default_url)
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in DATABASE_SCHEMES:
        raise SettingError(
            f"{name} must be a sqlite:// or postgres:// URL, not {url!r}."
        )
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except ValueError as error:
        raise SettingError(f"{name} is not a valid database URL: {error}") from None
    if config["ENGINE"].endswith("sqlite3"):
        # SQLite connections are cheap and not thread-safe to keep open.
        config["CONN_MAX_AGE"] = 0
        # A transaction takes the write lock when it begins, so two writers
        # (the admin's autosave beside a publish) wait their turn instead of
        # one failing with "database is locked" when it upgrades its lock.
        config.setdefault("OPTIONS", {}).update(
            {"transaction_mode": "IMMEDIATE", "timeout": 20}
        )
    else:
        # An unreachable database fails fast (health answers 503 in time).
        config.setdefault("OPTIONS", {})["connect_timeout"] = env_int(
            "DATABASE_CONNECT_TIMEOUT", 2
        )
    return config


def redis_url(name):
    """The Redis URL, or None when the variable is unset (local in-memory cache)."""
    url = env_str(name)
    if url is None:
        return None
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in REDIS_SCHEMES:
        raise SettingError(f"{name} must be a redis:// URL, not {url!r}.")
    return url


def email_from_url(name, default_url):
    """Django's EMAIL_* settings from a URL such as smtp+tls://user:pw@host:587."""
    url = env_str(name, default_url)
    try:
        return dj_email_url.parse(url)
    except (KeyError, ValueError):
        raise SettingError(
            f"{name} must be an email URL such as smtp+tls://user:password@host:587, "
            f"not {url!r}."
        ) from None
