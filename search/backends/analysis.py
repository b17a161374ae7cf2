"""Language analysis: the search server's analyzers and the database's query variants, per language."""

import copy

#: PostgreSQL text search configurations, created by search/migrations/0001_text_search_configurations.py.
#: ``title || body`` of Wagtail's ``IndexEntry``, with a GIN index (search/migrations/0003_search_document_index.py).
POSTGRES_DOCUMENT_FUNCTION = "portal_search_document"

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


#: PostgreSQL's Spanish stop words (its ``spanish.stop``): left as written, since the
#: configuration drops them; a plural or singular of one ("del" -> "deles") is no stop word
#: and would make every page lacking it a miss.
_SPANISH_STOP_WORDS_TEXT = """
    de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí
    porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos
    uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él
    tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros mi mis tú
    te ti tu tus ellas nosotras vosostros vosostras os mío mía míos mías tuyo tuya tuyos tuyas suyo suya
    suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras esos esas estoy
    estás está estamos estáis están esté estés estemos estéis estén estaré estarás estará estaremos
    estaréis estarán estaría estarías estaríamos estaríais estarían estaba estabas estábamos estabais
    estaban estuve estuviste estuvo estuvimos estuvisteis estuvieron estuviera estuvieras estuviéramos
    estuvierais estuvieran estuviese estuvieses estuviésemos estuvieseis estuviesen estando estado
    estada estados estadas estad he has ha hemos habéis han haya hayas hayamos hayáis hayan habré habrás
    habrá habremos habréis habrán habría habrías habríamos habríais habrían había habías habíamos
    habíais habían hube hubiste hubo hubimos hubisteis hubieron hubiera hubieras hubiéramos hubierais
    hubieran hubiese hubieses hubiésemos hubieseis hubiesen habiendo habido habida habidos habidas soy
    eres es somos sois son sea seas seamos seáis sean seré serás será seremos seréis serán sería serías
    seríamos seríais serían era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron fuera
    fueras fuéramos fuerais fueran fuese fueses fuésemos fueseis fuesen sintiendo sentido sentida
    sentidos sentidas siente sentid tengo tienes tiene tenemos tenéis tienen tenga tengas tengamos
    tengáis tengan tendré tendrás tendrá tendremos tendréis tendrán tendría tendrías tendríamos
    tendríais tendrían tenía tenías teníamos teníais tenían tuve tuviste tuvo tuvimos tuvisteis tuvieron
    tuviera tuvieras tuviéramos tuvierais tuvieran tuviese tuvieses tuviésemos tuvieseis tuviesen
    teniendo tenido tenida tenidos tenidas tened
"""
SPANISH_STOP_WORDS = frozenset(_SPANISH_STOP_WORDS_TEXT.split())


def spanish_number_variants(term):
    """``term`` and its plural or singular: ``jubilación`` → also ``jubilaciónes``; ``mujeres`` → also ``mujer``."""
    word = term.lower()
    if len(word) < 3 or not word.isalpha() or word in SPANISH_STOP_WORDS:
        return [term]
    if word.endswith("es") and len(word) > 4:
        return [term, term[:-2]]
    if word.endswith("s"):
        return [term, term[:-1]]
    return [term, term + ("s" if word[-1] in SPANISH_VOWELS else "es")]


#: Per language, a function from a query word to the words to search for it (PostgreSQL).
TERM_VARIANTS = {"es": spanish_number_variants}
