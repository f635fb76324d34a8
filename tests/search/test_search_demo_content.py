"""Two-character words of the demo content are found in Chinese, Japanese and
Korean (the demo site is loaded once for the module: tests/conftest.py)."""

import pytest

from tests.search.test_search import result_titles, search


@pytest.mark.parametrize(
    ("language", "query"), [("zh-hant", "勞工"), ("ja", "労働"), ("ko", "노동")]
)
def test_demo_content_two_character_words(client, demo_site, language, query):
    titles = result_titles(search(client, query, language))
    assert titles, f"{query} finds nothing in the demo content"
