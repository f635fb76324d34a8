"""The order in which names are listed (filter values, such as countries and
brands), close to what a reader of each language expects, without ICU.

Sorting by code point puts "adidas" after "Zara", "Éthique" after every
Latin letter, katakana after every hiragana, and が after ぎ. The key here
compares first without case, accents or the Japanese voicing marks, and with
katakana read as hiragana (Unicode's collation treats each of these as a
lesser difference), then breaks ties on the full text. Hangul syllables and
kana then come in dictionary (gojūon) order. Han characters keep Unicode's
order, which is by radical and then stroke count: not the Traditional
Chinese convention of total strokes, nor Japanese readings; that needs ICU's
collation data (PyICU), which has no prebuilt package on the registry this
project installs from (README, Performance).
"""

import functools
import unicodedata

# ァ (U+30A1) to ヶ (U+30F6) are their hiragana (U+3041 to U+3096) + 0x60.
KATAKANA_AS_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def primary_letters(text):
    """`text` without case, accents or voicing marks, katakana as hiragana."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.translate(KATAKANA_AS_HIRAGANA)


def name_order(name):
    """A sort key for names, as the module says."""
    return text_order(str(name))


@functools.lru_cache(maxsize=4096)  # the same few hundred names, every request
def text_order(text):
    return (primary_letters(text), unicodedata.normalize("NFKC", text))
