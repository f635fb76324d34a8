"""The order in which names are listed (filter values, such as countries and
brands), close to what a reader of each language expects, without ICU.

Sorting by code point puts "adidas" after "Zara", "Éthique" after every
Latin letter, katakana after every hiragana, and が after ぎ. The key here
compares first without case, accents or the Japanese voicing marks, and with
katakana read as hiragana (Unicode's collation treats each of these as a
lesser difference), then breaks ties on the full text. Hangul syllables and
kana come in dictionary (gojūon) order; other scripts by code point.

Han characters (Chinese characters, kanji, hanja) come after everything
else, as in Unicode's default collation, and among themselves in an order
that depends on the page's language. ICU's collation data (PyICU) has no
prebuilt package on the registry this project installs from (README,
Performance), but each language's legacy encoding lists Han in an order its
readers know, and Python's codecs carry those encodings: a Han character
sorts by its encoded bytes.

- Traditional Chinese (zh-hant), Big5: its 5,401 common characters by stroke
  count, then radical (中 4 strokes, 越 12, 澳 16), close to CLDR's stroke
  order, the Traditional Chinese default. Its 7,652 less common characters
  follow in the same way, but all after the common ones, whatever their
  strokes.
- Japanese (ja), JIS X 0208 (EUC-JP): the 2,965 level-1 kanji by a reading
  of each (亜, あ, first), then the 3,390 level-2 ones by radical and stroke
  count, as ICU's Japanese order has them. The reading is the character's,
  not the word's: 香港 (ほんこん) files under 香's こう, as in ICU. EUC-JP's
  5,801 supplementary kanji (JIS X 0212) come next, by radical.
- Korean (ko), KS X 1001 (EUC-KR): its 4,888 hanja by their Hangul reading
  (伽, 가, first), but after all Hangul, where CLDR files 金 among the names
  beginning with 김: that needs each hanja's reading, which the codec does not
  give. A hanja with two readings sorts under the first: KS X 1001 lists 李
  under 리, and again under 이 as a compatibility character (U+F9E1), which
  normalization folds into the first.
- Any other language (English): by code point, that is by radical, then
  stroke count, block by block.

Han characters the encoding lacks (such as Hong Kong's additions to Big5)
come after those it has, by code point. CLDR's Chinese and Korean orders also
put Han (and Hangul) before Latin; here Latin comes first in every language.
"""

import functools
import struct
import unicodedata

# ァ (U+30A1) to ヶ (U+30F6) are their hiragana (U+3041 to U+3096) + 0x60.
KATAKANA_AS_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}

# The encoding whose order each language's readers expect of Han characters.
# big5 rather than cp950: cp950 adds only seven characters, after the rest.
HAN_ENCODINGS = {"zh-hant": "big5", "ja": "euc_jp", "ko": "euc_kr"}

# Every weight below HAN_START is a code point: Han comes after all of them.
HAN_START = 0x110000
# A Han character's place in its encoding is at most three bytes (EUC-JP's
# supplementary kanji); those the encoding lacks come after all of them.
# The largest weight, HAN_START + NOT_ENCODED + 0x3FFFF, fits in four bytes.
NOT_ENCODED = 1 << 24


def name_order(name, language=None):
    """A sort key for names, as the module says. `language` is a code from
    settings.LANGUAGES (the page's); any other orders Han by code point."""
    return text_order(str(name), language)


# The same few hundred names per language, on every list request.
@functools.lru_cache(maxsize=4096)
def text_order(text, language):
    encoding = HAN_ENCODINGS.get(language)
    weights = [weight(char, encoding) for char in primary_letters(text)]
    # As 4-byte big-endian numbers, bytes compare as the numbers would (a
    # prefix first), and sorting takes half the time it takes with tuples.
    packed = struct.pack(f">{len(weights)}I", *weights)
    return (packed, unicodedata.normalize("NFKC", text))


def primary_letters(text):
    """`text` without case, accents or voicing marks, katakana as hiragana."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.translate(KATAKANA_AS_HIRAGANA)


def weight(char, encoding):
    """Where `char` sorts: its code point, or, for Han, a place after them."""
    code = ord(char)
    if not is_han(code):
        return code
    if encoding is None:
        return HAN_START + code
    return HAN_START + place_in_encoding(char, encoding)


def is_han(code):
    """Unified and compatibility ideographs; planes 2 and 3 hold only
    ideographs. (Normalization has already turned radicals and most
    compatibility ideographs into unified ones.)"""
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
    )


def place_in_encoding(char, encoding):
    """The encoded bytes as a number: these encodings list Han characters in
    the order their readers expect."""
    try:
        return int.from_bytes(char.encode(encoding), "big")
    except UnicodeEncodeError:
        return NOT_ENCODED + ord(char)
