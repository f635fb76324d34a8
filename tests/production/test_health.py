"""/health/ tells the load balancer whether this instance can serve."""

import json
from unittest.mock import patch

import pytest
from django.db import DatabaseError, connection


def health(client, **extra):
    response = client.get("/health/", **extra)
    return response, json.loads(response.content)


def test_healthy(client, db):
    response, body = health(client)
    assert response.status_code == 200
    assert body == {"status": "ok", "database": "up", "cache": "up"}
    assert "no-store" in response["Cache-Control"]


def test_answers_any_host_and_plain_http(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    response, _body = health(client, HTTP_HOST="10.0.0.7")
    assert response.status_code == 200


def test_database_down_is_a_503(client, db):
    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused")

    with patch.object(connection, "cursor", refuse):
        response, body = health(client)

    assert response.status_code == 503
    assert body["database"] == "down"


def test_cache_down_is_degraded_but_serving(client, db, monkeypatch):
    monkeypatch.setattr("cccea_site.operations.health.cache_is_up", lambda: False)
    response, body = health(client)
    assert response.status_code == 200
    assert body["status"] == "degraded"


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_other_methods_are_not_health_checks(client, db, method):
    assert getattr(client, method)("/health/").status_code != 200
