"""Client addresses behind TRUSTED_PROXY_COUNT proxies; a warning when it is 0.

The admin login and page-password locks are per address: behind a proxy,
each visitor must keep their own, and a proxy the setting does not count is
logged.
"""

import logging

import pytest
from django.test import Client

from cccea_site.operations import proxies

LOGGER = "cccea_site.operations.proxies"
PROXY = "10.0.0.2"


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    """As in a process that has not warned yet."""
    monkeypatch.setattr(proxies, "_warned", False)


def warnings_logged(caplog):
    return [record for record in caplog.records if record.name == LOGGER]


def test_forwarded_requests_without_a_trusted_proxy_warn_once(db, caplog):
    client = Client()
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for address in ("198.51.100.1", "198.51.100.2", "198.51.100.3"):
            client.get("/robots.txt", HTTP_X_FORWARDED_FOR=address)
        # Another handler in the same process (a thread, a test client).
        Client().get("/robots.txt", HTTP_X_FORWARDED_FOR="198.51.100.4")

    [warning] = warnings_logged(caplog)
    assert warning.levelname == "WARNING"
    assert "TRUSTED_PROXY_COUNT" in warning.getMessage()


def test_requests_without_the_header_do_not_warn(client, db, caplog):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        client.get("/robots.txt")

    assert warnings_logged(caplog) == []


def test_a_counted_proxy_does_not_warn(db, caplog, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        Client().get("/robots.txt", HTTP_X_FORWARDED_FOR="198.51.100.1")

    assert warnings_logged(caplog) == []


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "203.0.113.9", PROXY),  # not trusted: a client may send anything
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "192.0.2.66, 203.0.113.9", "203.0.113.9"),  # leftmost: the client's say
        (2, "203.0.113.9, 198.51.100.7", "203.0.113.9"),  # CDN, then nginx
        (2, "198.51.100.7", PROXY),  # fewer entries than proxies
        (1, "", PROXY),
        (1, "not-an-address", PROXY),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_address_is_the_one_the_trusted_proxies_report(
    rf, settings, count, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = count
    request = rf.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)

    assert proxies.client_address(request) == expected


def test_behind_a_counted_proxy_one_visitor_cannot_lock_out_another(
    db, settings, django_user_model
):
    settings.TRUSTED_PROXY_COUNT = 1
    django_user_model.objects.create_user("editor", password="correct-horse")
    attacker, editor = Client(), Client()

    def login(client, password, address):
        return client.post(
            "/admin/login/",
            {"username": "editor", "password": password},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=address,
        )

    for _attempt in range(5):
        login(attacker, "wrong", "203.0.113.9")
    assert login(attacker, "correct-horse", "203.0.113.9").status_code == 429

    assert login(editor, "correct-horse", "198.51.100.20").status_code == 302
