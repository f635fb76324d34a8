"""Make Chinese, Japanese and Korean text searchable with a word-based index.

PostgreSQL's and SQLite's full-text search split text at spaces and
punctuation; Chinese and Japanese have no spaces, so 勞工 inside 勞工權益 is
never a word of its own, and a search for it finds nothing (STACK.md, "Search
in CJK"). Lucene's CJK analysers answer this with overlapping two-character
pieces: 勞工權益 is indexed as 勞工 工權 權益, and a query is split the same way,
so every two-character word in a text matches. Single characters are indexed
too, so a one-character query finds something; Korean words, which are
separated by spaces, are also indexed whole. Latin text is left as it is.
"""

import re
import unicodedata

from django.utils.html import strip_tags

# Han (with extensions A and compatibility), kana, Hangul syllables and jamo.
CJK_RUN = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+"
)
HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
WORD = re.compile(r"\w+")


def bigrams(run):
    return [run[index : index + 2] for index in range(len(run) - 1)]


def index_pieces(text):
    """All the searchable pieces of `text`: Latin words, CJK bigrams and characters."""
    text = strip_tags(text or "")
    pieces = []
    for run in CJK_RUN.findall(text):
        pieces += bigrams(run)
        pieces += list(run)
        if HANGUL.search(run) and len(run) > 2:
            pieces.append(run)
    pieces += WORD.findall(CJK_RUN.sub(" ", text))
    return pieces


def index_text(*texts):
    """One string of space-separated pieces for the search index."""
    return " ".join(piece for text in texts for piece in index_pieces(str(text or "")))


def clean_query(raw):
    """The query without control characters and runs of white space."""
    kept = "".join(
        char if unicodedata.category(char)[0] != "C" else " " for char in raw or ""
    )
    return " ".join(kept.split())


def query_terms(query):
    """The pieces a query must all match, split as the index is.

    A CJK run of two or more characters becomes its bigrams; a single
    character stays as it is; Latin words stay words.
    """
    terms = []
    for run in CJK_RUN.findall(query):
        terms += bigrams(run) if len(run) > 1 else [run]
    terms += WORD.findall(CJK_RUN.sub(" ", query))
    # Keep the order, drop repeats.
    return list(dict.fromkeys(terms))
