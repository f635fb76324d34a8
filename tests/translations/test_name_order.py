"""Filter values (countries, brands) are listed in an order a reader of each
language expects, not by code point. Han characters' orders were checked
against the encoded bytes (Big5, EUC-JP, EUC-KR), not recalled."""

from cccea_site.languages.collation import name_order


def ordered(*names, language=None):
    return sorted(names, key=lambda name: name_order(name, language))


def test_latin_names_ignore_case_and_accents():
    assert ordered("Zara", "adidas", "Éthique", "Esprit", "H&M") == [
        "adidas",
        "Esprit",
        "Éthique",
        "H&M",
        "Zara",
    ]


def test_japanese_kana_in_gojuon_order_katakana_with_hiragana():
    # Voicing marks count only to break ties (ガス sorts as かす, ぎんこう
    # as きんこう), and katakana sort among hiragana.
    assert ordered("ぎんこう", "ガス", "かさ", "キツネ", "あめ") == [
        "あめ",
        "かさ",
        "ガス",
        "キツネ",
        "ぎんこう",
    ]


def test_korean_in_dictionary_order():
    assert ordered("캄보디아", "대만", "방글라데시", "인도", "가나") == [
        "가나",
        "대만",
        "방글라데시",
        "인도",
        "캄보디아",
    ]


def test_full_width_letters_sort_with_their_ascii_forms():
    assert ordered("Ｚａｒａ", "Gap", "ａｄｉｄａｓ") == [
        "ａｄｉｄａｓ",
        "Gap",
        "Ｚａｒａ",
    ]


def test_names_differing_only_by_case_keep_a_stable_order():
    assert ordered("gap", "Gap") == ordered("Gap", "gap")


def test_traditional_chinese_by_stroke_count():
    # 中 4 strokes, 越 12, 澳 16; by code point 澳 (U+6FB3) is before 越 (U+8D8A).
    assert ordered("澳門", "越南", "中國", language="zh-hant") == [
        "中國",
        "越南",
        "澳門",
    ]


def test_traditional_chinese_rarer_characters_after_common_ones():
    # Big5's common characters (中 4 strokes, 龜 16), then its less common
    # ones (峇 9), then a Hong Kong character Big5 lacks (邨, U+90A8, though
    # 龜 is U+9F9C).
    assert ordered("邨", "峇里島", "龜山島", "中國", language="zh-hant") == [
        "中國",
        "龜山島",
        "峇里島",
        "邨",
    ]


def test_japanese_kanji_in_jis_order_after_kana():
    # JIS level 1 by reading: 韓 かん, 台 たい, 中 ちゅう, 日 にち; by code
    # point 中 台 日 韓.
    names = ("日本", "中国", "台湾", "韓国", "ベトナム", "インド")
    assert ordered(*names, language="ja") == [
        "インド",
        "ベトナム",
        "韓国",
        "台湾",
        "中国",
        "日本",
    ]


def test_korean_hanja_by_reading_after_hangul():
    # 美 미, 日 일, 中 중, 韓 한; by code point 中 日 美 韓.
    names = ("韓國", "中國", "日本", "美國", "대만")
    assert ordered(*names, language="ko") == ["대만", "美國", "日本", "中國", "韓國"]


def test_english_puts_han_after_other_scripts():
    names = ("中國", "Zara", "대만", "カンボジア", "adidas")
    assert ordered(*names, language="en") == [
        "adidas",
        "Zara",
        "대만",
        "カンボジア",
        "中國",
    ]


def test_the_same_names_sort_by_the_language_asked_for():
    # One cache serves every language: a key made for one is not reused.
    names = ("澳門", "越南", "中國")
    assert ordered(*names, language="en") == ["中國", "澳門", "越南"]
    assert ordered(*names, language="zh-hant") == ["中國", "越南", "澳門"]
    assert ordered(*names, language="fr") == ["中國", "澳門", "越南"]
