"""Alphabetical order as readers of each language expect it, for names shown in lists.

The database sorts titles byte by byte under the C collation (PostgreSQL on a machine
without locales, SQLite always): "Brasil" comes before "Bélgica" and "Équateur" after
"Zambie". Sorting the few names of a choice list in Python with this key gives the
dictionary order instead: accents and case are ignored at first, and only break ties
(so "Cote" < "Côte"); in Spanish, ñ is a letter of its own after n ("Nuñez" < "Nuño"
is decided at ñ vs o; "ñandú" comes after every "n" word).
"""

import functools
import unicodedata

#: Letters that a language orders after their base letter instead of folding into it.
SEPARATE_LETTERS = {"es": {"ñ": "n\uffff"}}


def sort_key(text, language=None):
    """A key that orders ``text`` alphabetically for ``language`` (es, en, fr…), accents and case ignored first."""
    text = str(text)
    folded = text.casefold()
    if folded.isascii():  # most names: nothing to fold or to order apart
        return folded, folded, text
    separate = SEPARATE_LETTERS.get((language or "").split("-")[0], {})
    primary = [separate[character] if character in separate else _base_letters(character) for character in folded]
    return "".join(primary), folded, text


@functools.lru_cache(maxsize=2048)
def _base_letters(character):
    """``character`` without its accents (its compatibility decomposition less the combining marks)."""
    return "".join(part for part in unicodedata.normalize("NFKD", character) if not unicodedata.combining(part))


def sorted_choices(choices, language=None):
    """``(value, label)`` pairs sorted by label with :func:`sort_key`."""
    return sorted(choices, key=lambda choice: sort_key(choice[1], language))
