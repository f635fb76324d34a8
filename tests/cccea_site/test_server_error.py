"""An error on our side still answers in the visitor's language."""

import pytest

from cccea_site.models import HomePage

SOMETHING_WENT_WRONG = {
    "en": "Something went wrong",
    "ja": "エラーが発生しました",
}


@pytest.fixture
def broken_home(monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(HomePage, "get_context", fail)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_server_error_page_is_in_the_visitors_language(
    client, site_tree, broken_home, language
):
    client.raise_request_exception = False

    response = client.get(f"/{language}/")

    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert SOMETHING_WENT_WRONG[language] in html
