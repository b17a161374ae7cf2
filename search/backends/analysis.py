"""Language analysis: the search server's analyzers and the database's query variants, per language."""

import copy

#: PostgreSQL text search configurations, created by search/migrations/0001_text_search_configurations.py.
POSTGRES_CONFIGS = {"es": "portal_es", "en": "portal_en", "fr": "portal_fr"}
#: Autocomplete: no stemming (prefixes of whole words), accents folded.
POSTGRES_AUTOCOMPLETE_CONFIG = "portal_simple"

#: Elasticsearch/OpenSearch analysis per language: stop words, light stemmer, filters before lowercasing.
SERVER_ANALYSIS = {
    "es": {"stopwords": "_spanish_", "stemmer": "light_spanish", "first": []},
    "en": {"stopwords": "_english_", "stemmer": "english", "first": ["portal_possessive"]},
    "fr": {"stopwords": "_french_", "stemmer": "light_french", "first": ["portal_elision"]},
}
SERVER_FILTERS = {
    "portal_possessive": {"type": "stemmer", "language": "possessive_english"},
    # A custom elision filter needs its articles (these are the French defaults of the built-in one).
    "portal_elision": {
        "type": "elision",
        "articles_case": True,
        "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
    },
}


def index_settings(language):
    """``INDEX_SETTINGS`` for one language's Elasticsearch/OpenSearch indexes.

    The language's analyzer is named ``default``, so it applies to every text field that
    Wagtail maps without an explicit analyzer (all SearchFields and ``_all_text``), at
    index and at query time. ``portal_folding`` analyses autocomplete queries.
    """
    analysis = SERVER_ANALYSIS.get(language)
    if analysis is None:  # a language without a stemmer: fold accents, nothing more
        filters, chain = {}, ["lowercase", "asciifolding"]
    else:
        filters = {name: copy.deepcopy(SERVER_FILTERS[name]) for name in analysis["first"]}
        filters["portal_stop"] = {"type": "stop", "stopwords": analysis["stopwords"]}
        filters["portal_stemmer"] = {"type": "stemmer", "language": analysis["stemmer"]}
        # Stop words before folding: the lists spell them with accents ("más", "été").
        chain = [*analysis["first"], "lowercase", "portal_stop", "asciifolding", "portal_stemmer"]
    analysis = {
        "analyzer": {
            "default": {"type": "custom", "tokenizer": "standard", "filter": chain},
            "portal_folding": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
        },
    }
    if filters:
        # Never an empty "filter": Wagtail merges these settings into its own with a deep update
        # that replaces a dict by an empty one, which would drop its "ngram" and "edgengram" filters.
        analysis["filter"] = filters
    return {"settings": {"analysis": analysis}}


# --- Query expansion --------------------------------------------------------------------
SPANISH_VOWELS = "aeiouáéíóú"


def spanish_number_variants(term):
    """``term`` and its plural or singular: ``jubilación`` → also ``jubilaciónes``; ``mujeres`` → also ``mujer``."""
    word = term.lower()
    if len(word) < 3 or not word.isalpha():
        return [term]
    if word.endswith("es") and len(word) > 4:
        return [term, term[:-2]]
    if word.endswith("s"):
        return [term, term[:-1]]
    return [term, term + ("s" if word[-1] in SPANISH_VOWELS else "es")]


#: Per language, a function from a query word to the words to search for it (PostgreSQL).
TERM_VARIANTS = {"es": spanish_number_variants}
