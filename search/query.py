"""The reader's query: cleaned for every backend, folded for comparisons, split into terms."""

import functools
import re
import unicodedata

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10

WORD = re.compile(r"\w+")


def clean_query(raw):
    """The reader's words, safe for every backend.

    No control or invisible format characters, balanced double quotes, bounded length:
    the work done on a 10,000-character query stops at the bound.
    """
    text = unicodedata.normalize("NFC", raw[: MAX_QUERY_LENGTH * 2])
    text = "".join(_clean_character(character) for character in text)
    query = text[:MAX_QUERY_LENGTH]
    if query.count('"') % 2:
        query = query.replace('"', " ")
    return " ".join(query.split())


def _clean_character(character):
    category = unicodedata.category(character)
    if category == "Cc":  # control characters, tabs and newlines included: a space
        return " "
    if category.startswith("C"):  # format (bidi, zero-width), surrogate, private use, unassigned: dropped
        return ""
    return character


def fold(text):
    """``text`` lower-cased and without accents ("Pensión" -> "pension")."""
    return fold_with_positions(text)[0]


def fold_with_positions(text):
    """The folded text, and for each of its characters the index of the character of ``text`` it comes from."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    parts = list(map(_folded_character, text))
    folded = "".join(parts)
    if len(folded) == len(text) and "" not in parts:  # each character folds to one: positions unchanged
        return folded, list(range(len(text)))
    positions = []
    for index, part in enumerate(parts):
        positions.extend([index] * len(part))
    return folded, positions


@functools.lru_cache(maxsize=4096)
def _folded_character(character):
    """One character lower-cased and without accents: "" (a combining mark), one character or several ("ﬁ")."""
    if character.isascii():
        return character.lower()
    return "".join(part for part in unicodedata.normalize("NFKD", character).lower() if not unicodedata.combining(part))


def query_terms(query):
    """The folded words of ``query`` worth highlighting (two letters or more), at most MAX_TERMS."""
    terms = []
    for term in WORD.findall(fold(query)):
        if len(term) >= 2 and term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]
