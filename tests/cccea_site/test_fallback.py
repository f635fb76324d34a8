"""A missing translation shows the English text, marked and announced."""

import pytest
from django.utils import translation
from wagtail import blocks
from wagtail.fields import StreamValue

from cccea_site.languages.translated_fields import has_content, resolve

FALLBACK_NOTICE_JA = (
    "このページの一部はまだ日本語で読めないため、英語で表示しています。"
)


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_missing_japanese_text_falls_back_to_english_with_lang_and_notice(
    client, site_tree
):
    publish(site_tree.vision, statement_ja="")

    html = client.get("/ja/about/vision/").content.decode()

    assert '<div class="prose" lang="en"><p>Vision statement [en]</p></div>' in html
    assert html.count('class="fallback-notice"') == 1
    assert FALLBACK_NOTICE_JA in html


def test_fully_translated_page_has_no_notice_and_no_english_marks(client, site_tree):
    html = client.get("/ja/about/vision/").content.decode()

    assert 'class="fallback-notice"' not in html
    assert 'class="prose" lang="en"' not in html
    assert "Vision statement [ja]" in html


def test_missing_title_falls_back_in_heading(client, site_tree):
    publish(site_tree.vision, title_ko="")

    html = client.get("/ko/about/vision/").content.decode()

    assert '<h1 class="page-title" lang="en">Vision</h1>' in html
    assert 'class="fallback-notice"' in html


def test_missing_inline_item_translation_falls_back(client, site_tree):
    commitment = site_tree.mission.commitments.first()
    commitment.text_zh_hant = ""
    commitment.save()

    html = client.get("/zh-hant/about/mission/").content.decode()

    assert '<li class="commitments__item" lang="en">Work in solidarity</li>' in html
    assert 'class="fallback-notice"' in html


def test_empty_rich_text_markup_counts_as_missing(client, site_tree):
    publish(site_tree.vision, statement_ja='<p data-block-key="a1b2c"></p>')

    site_tree.vision.refresh_from_db()
    assert site_tree.vision.statement_ja == ""
    html = client.get("/ja/about/vision/").content.decode()
    assert '<div class="prose" lang="en"><p>Vision statement [en]</p></div>' in html


def test_english_page_never_shows_the_notice(client, site_tree):
    publish(site_tree.vision, statement_ja="")
    assert (
        'class="fallback-notice"'
        not in client.get("/en/about/vision/").content.decode()
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, False),
        ("", False),
        ("   ", False),
        ("text", True),
        ('<p data-block-key="x"></p>', False),
        ("<p> <br/> </p>", False),
        ("<p>text</p>", True),
        ('<p><embed embedtype="image" id="1" format="left"/></p>', True),
        (0, True),
    ],
)
def test_has_content(value, expected):
    assert has_content(value) is expected


def test_stream_field_values_fall_back_when_empty():
    stream_block = blocks.StreamBlock([("paragraph", blocks.CharBlock())])

    class Item:
        body_en = StreamValue(stream_block, [("paragraph", "English")])
        body_ja = StreamValue(stream_block, [])

    with translation.override("ja"):
        value = resolve(Item(), "body")

    assert value.language == "en"
    assert value.is_fallback
    assert value.lang_attr == ' lang="en"'


def test_resolve_prefers_the_active_language():
    class Item:
        text_en = "English"
        text_ko = "한국어"

    with translation.override("ko"):
        value = resolve(Item(), "text")

    assert (value.value, value.language, value.is_fallback) == ("한국어", "ko", False)
    assert value.lang_attr == ""


def test_site_settings_footer_falls_back(client, site_tree):
    from cccea_site.models import SiteSettings

    settings = SiteSettings.for_site(site_tree.home.get_site())
    settings.footer_text_en = "Part of the network"
    settings.footer_text_ja = ""
    settings.save()

    html = client.get("/ja/").content.decode()

    assert '<p class="site-footer__text" lang="en">Part of the network</p>' in html
    assert html.count('class="fallback-notice"') == 1
