"""Client addresses behind TRUSTED_PROXY_COUNT proxies.

The admin login and page-password locks are per address: behind a proxy,
each visitor must keep their own.
"""

import pytest
from django.test import Client

from cccea_site.operations import proxies

PROXY = "10.0.0.2"


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
