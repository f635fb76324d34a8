"""What changed in an English text, word by word, shown beside an outdated
translation.

Words are split as a reader sees them: Latin words and numbers whole, each
Chinese character, kana or Hangul syllable on its own (a CJK text has no
spaces, so a whole sentence would otherwise be one "word"). Unchanged
stretches are cut to a few words on either side of each change, so a short
edit to a long body shows as one line.
"""

import difflib
import re

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from cccea_site.languages.english_source import plain_text

TOKEN = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
    r"|[^\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+"
)
# Unchanged words kept on either side of a change.
CONTEXT_WORDS = 4
ELLIPSIS = "…"


def words(text):
    return TOKEN.findall(plain_text(text))


def joined(tokens):
    """Tokens back into text: spaces between Latin words, none around CJK."""
    text = ""
    for token in tokens:
        if text and (is_spaced(text[-1]) and is_spaced(token[0])):
            text += " "
        text += token
    return text


def is_spaced(character):
    return TOKEN.fullmatch(character) is None or character.isascii()


def diff_parts(old, new):
    """[(kind, text)] with kind "same", "removed" or "added"; long
    unchanged stretches shortened to their ends."""
    old_words, new_words = words(old), words(new)
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    opcodes = matcher.get_opcodes()
    parts = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            parts.append(("same", shortened(old_words[i1:i2], index, len(opcodes))))
            continue
        if i2 > i1:
            parts.append(("removed", joined(old_words[i1:i2])))
        if j2 > j1:
            parts.append(("added", joined(new_words[j1:j2])))
    return [(kind, text) for kind, text in parts if text]


def shortened(tokens, index, count):
    """An unchanged stretch: its end before the first change, its start
    after the last, both ends between two changes."""
    keep_start = index > 0
    keep_end = index < count - 1
    if len(tokens) <= CONTEXT_WORDS * (keep_start + keep_end) + 1:
        return joined(tokens)
    head = joined(tokens[:CONTEXT_WORDS]) if keep_start else ""
    tail = joined(tokens[-CONTEXT_WORDS:]) if keep_end else ""
    return " ".join(filter(None, [head, ELLIPSIS, tail]))


TAGS = {"same": "span", "removed": "del", "added": "ins"}


def word_diff_html(old, new):
    """The diff as HTML: removed words in <del>, added ones in <ins>."""
    parts = diff_parts(old, new)
    if all(kind == "same" for kind, _text in parts):
        return mark_safe("")
    return format_html(
        '<span class="word-diff" lang="en">{}</span>',
        format_html_join(
            " ", "<{0}>{1}</{0}>", ((TAGS[kind], text) for kind, text in parts)
        ),
    )
