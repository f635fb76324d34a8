"""The translation status report covers news, publications and topics."""

from cccea_site.languages.translation_status import (
    item_type_choices,
    translation_statuses,
)


def test_the_report_offers_the_new_types(db):
    types = {name for name, _label in item_type_choices()}
    assert {"newsindexpage", "newspage", "publicationindexpage"} <= types
    assert {"publicationpage", "topic"} <= types


def test_a_news_body_left_untranslated_is_reported(site_tree):
    page = site_tree.news
    page.body_ja = []
    page.save()
    (status,) = translation_statuses(item_type="newspage")
    assert status.missing["ja"] == ["body"] or any(
        "body" in str(label).lower() for label in status.missing["ja"]
    )
    assert status.missing["ko"] == []
