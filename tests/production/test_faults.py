"""When Redis is unreachable, pages are served uncached; nothing breaks."""

import json
import time


def test_pages_are_served_when_redis_is_down(client, site_tree, redis_down, caplog):
    started = time.monotonic()
    for path in ("/ja/", "/ko/about/mission/", "/en/campaigns/"):
        assert client.get(path).status_code == 200, path
    assert time.monotonic() - started < 10
    assert "Cache unavailable" in caplog.text


def test_health_reports_the_cache_down(client, db, redis_down):
    response = client.get("/health/")
    assert response.status_code == 200
    assert json.loads(response.content)["cache"] == "down"


def test_missing_media_file_does_not_break_the_page(client, site_tree):
    from wagtail_factories import ImageFactory

    image = ImageFactory()
    image.file.storage.delete(image.file.name)
    site_tree.member.logo = image
    site_tree.member.save_revision().publish()

    response = client.get("/en/global-network/east-asian-coalition/example-union/")

    assert response.status_code == 200
