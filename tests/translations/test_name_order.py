"""Filter values (countries, brands) are listed in an order a reader of each
language expects, not by code point."""

from cccea_site.languages.collation import name_order


def ordered(*names):
    return sorted(names, key=name_order)


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
