#!/usr/bin/env bash
# Checks with curl that a running node does what the portal's search needs: the analysis of
# search/backends.py and Wagtail (language stop words and stemmers, asciifolding, n-grams,
# elision, possessives), indexing, match with fuzziness, highlighting, painless. Exits non-zero
# at the first failure. Uses (and deletes) the index portal_smoke_<pid>.
#
#   search/opensearch/smoke.sh [URL]     (default http://127.0.0.1:${OPENSEARCH_PORT:-9200})
set -euo pipefail

url="${1:-http://127.0.0.1:${OPENSEARCH_PORT:-9200}}"
index="portal_smoke_$$"
failures=0

call() {  # METHOD PATH [BODY]: prints the response; fails on an HTTP error
    curl -sS --max-time 30 -X "$1" "$url$2" -H 'Content-Type: application/json' ${3:+--data-binary "$3"} -w '\n%{http_code}' \
        | { body="$(cat)"; code="${body##*$'\n'}"; echo "${body%$'\n'*}"; [[ "$code" == 2* ]]; }
}

check() {  # NAME EXPECTED METHOD PATH [BODY]: the response contains EXPECTED
    local name="$1" expected="$2" response
    shift 2
    if response="$(call "$@")" && [[ "$response" == *"$expected"* ]]; then
        echo "ok   $name"
    else
        echo "FAIL $name: expected $expected in: ${response:0:400}"
        failures=$((failures + 1))
    fi
}

trap 'curl -sS -X DELETE "$url/$index" >/dev/null 2>&1 || true' EXIT

check "cluster yellow or green" '"timed_out":false' GET "/_cluster/health?wait_for_status=yellow&timeout=30s"
check "version" '"number"' GET "/"

# Built-in language analyzers (analysis-common).
check "spanish analyzer stems" '"token":"jubilacion"' POST /_analyze '{"analyzer":"spanish","text":"jubilaciones"}'
check "english analyzer stems" '"token":"pension"' POST /_analyze '{"analyzer":"english","text":"pensions"}'
check "french analyzer: elision, stemmer" '"token":"asuranc"' POST /_analyze '{"analyzer":"french","text":"l'"'"'assurance"}'

# The index settings Wagtail creates (search/backends.py index_settings("es") merged with Wagtail's).
settings='{
  "settings": {
    "number_of_shards": 1, "number_of_replicas": 0,
    "index": {"max_ngram_diff": 12},
    "analysis": {
      "analyzer": {
        "ngram_analyzer": {"type": "custom", "tokenizer": "standard", "filter": ["asciifolding", "lowercase", "ngram"]},
        "edgengram_analyzer": {"type": "custom", "tokenizer": "standard", "filter": ["asciifolding", "lowercase", "edgengram"]},
        "default": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "portal_stop", "asciifolding", "portal_stemmer"]},
        "portal_folding": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
        "portal_en": {"type": "custom", "tokenizer": "standard", "filter": ["portal_possessive", "lowercase", "asciifolding"]},
        "portal_fr": {"type": "custom", "tokenizer": "standard", "filter": ["portal_elision", "lowercase", "asciifolding", "portal_fr_stemmer"]}
      },
      "tokenizer": {
        "ngram_tokenizer": {"type": "ngram", "min_gram": 3, "max_gram": 15},
        "edgengram_tokenizer": {"type": "edge_ngram", "min_gram": 2, "max_gram": 15, "side": "front"}
      },
      "filter": {
        "ngram": {"type": "ngram", "min_gram": 3, "max_gram": 15},
        "edgengram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 15},
        "portal_stop": {"type": "stop", "stopwords": "_spanish_"},
        "portal_stemmer": {"type": "stemmer", "language": "light_spanish"},
        "portal_possessive": {"type": "stemmer", "language": "possessive_english"},
        "portal_elision": {"type": "elision", "articles_case": true, "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]},
        "portal_fr_stemmer": {"type": "stemmer", "language": "light_french"}
      }
    }
  },
  "mappings": {
    "properties": {
      "title": {"type": "text", "fields": {"edge": {"type": "text", "analyzer": "edgengram_analyzer", "search_analyzer": "portal_folding"}}},
      "body": {"type": "text"},
      "year": {"type": "integer"}
    }
  }
}'
check "create index with the portal's analysis" '"acknowledged":true' PUT "/$index" "$settings"
check "default analyzer: stop words, folding, light stemmer" '"token":"jubilacion"' POST "/$index/_analyze" '{"analyzer":"default","text":"las jubilaciones"}'
check "edge n-grams" '"token":"jub"' POST "/$index/_analyze" '{"analyzer":"edgengram_analyzer","text":"Jubilación"}'
check "n-grams" '"token":"bil"' POST "/$index/_analyze" '{"analyzer":"ngram_analyzer","text":"Jubilación"}'
check "edge_ngram tokenizer" '"token":"ju"' POST "/$index/_analyze" '{"tokenizer":"edgengram_tokenizer","text":"jubilación"}'
check "possessive_english" '"token":"worker"' POST "/$index/_analyze" '{"analyzer":"portal_en","text":"worker'"'"'s"}'
check "elision and light_french" '"token":"asuranc"' POST "/$index/_analyze" '{"analyzer":"portal_fr","text":"L'"'"'assurance"}'

check "index a document" '"result":"created"' PUT "/$index/_doc/1?refresh=true" \
    '{"title":"Jubilación anticipada","body":"Las jubilaciones anticipadas en la seguridad social.","year":2024}'
check "match without accents" '"_id":"1"' POST "/$index/_search" '{"query":{"match":{"title":"jubilacion"}}}'
check "match another form (stemmer)" '"_id":"1"' POST "/$index/_search" '{"query":{"match":{"body":"jubilación"}}}'
check "autocomplete prefix" '"_id":"1"' POST "/$index/_search" '{"query":{"match":{"title.edge":"jubi"}}}'
check "match with fuzziness AUTO" '"_id":"1"' POST "/$index/_search" '{"query":{"match":{"title":{"query":"jubilasion","fuzziness":"AUTO"}}}}'
check "multi_match with fuzziness (Wagtail's)" '"_id":"1"' POST "/$index/_search" '{"query":{"multi_match":{"query":"anticipda","fields":["title","body"],"fuzziness":"AUTO"}}}'
check "highlight" '<em>Jubilación</em>' POST "/$index/_search" '{"query":{"match":{"title":"jubilacion"}},"highlight":{"fields":{"title":{}}}}'
check "painless script_score" '"_score":2024.0' POST "/$index/_search" \
    '{"query":{"script_score":{"query":{"match_all":{}},"script":{"lang":"painless","source":"doc['"'"'year'"'"'].value"}}}}'
check "painless update script" '"result":"updated"' POST "/$index/_update/1?refresh=true" \
    '{"script":{"lang":"painless","source":"ctx._source.year += params.n","params":{"n":1}}}'
check "delete the index" '"acknowledged":true' DELETE "/$index"

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed on $url"
