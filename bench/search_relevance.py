"""Search relevance benchmark: recall@10 and MRR per language, over the demo content and the generated pages.

Each language has judged queries (information needs written from the texts in
``demo/content/*.yaml``, with spelling variants, singular/plural and missing
accents), each with the content keys of the pages that answer it. Every query is run
the way the search page runs it (``search.ranking.search_results``: the language's backend,
the glossary's synonyms, every word required) over the live, public pages of that
locale. Run it against the database in ``DATABASE_URL`` after ``migrate`` and
``load_demo_content`` (see bench/README.md):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench .venv/bin/python -m bench.search_relevance

On a database filled by ``bench.generate`` the demo judgments alone say little: they list
only the demo pages that answer a query, while thousands of generated pages are written from
the same words (the top ten of "seguro de salud" are generated pages about health
insurance, unjudged). There a second set is judged too (``--judgments generated``, the
default ``both``): queries built from the facts that ``bench/text.py`` writes into generated
titles (a topic and a country, and the year of a report or course), for a fixed sample of
generated pages, each with its known answers: every visible page of the language whose title
was written from the same facts. Recall@10 there is the share of the answers in the first
ten, out of at most ten (``min(10, answers)``).

Results are the search page's: ranked over the live pages of the locale, then without the
pages it never shows (aliases and untranslated placeholders, ``search.visibility``).

Options: ``--language es`` (one language), ``--verbose`` (every query with the rank of
each relevant page), ``--target 0.9`` (exit status 1 if a language's recall@10 is lower),
``--judgments demo|generated|both``, ``--sample N`` (generated queries per language).
"""

import argparse
import os
import random
import re
import sys
from pathlib import Path

from bench.common import add_engine_arguments, run_each_engine, use_engine
from bench.search_judgments import JUDGED

BASE_DIR = Path(__file__).resolve().parent.parent
CUTOFF = 10
#: Ranked results read per query before the pages the search page never shows are dropped.
RANKED = 50
#: Generated pages sampled per language for the generated judgments, and the sample's seed.
GENERATED_SAMPLE = 40
GENERATED_SEED = 14
#: Generated page kinds whose titles name a topic and a country (``bench/text.py``'s TITLES), and
#: whether the year is part of the facts (a report's or a course's year is in its title).
GENERATED_KINDS = {"case_study": False, "resource": True, "news": False}


def set_up_django():
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()


def _ranked_visible(query, locale, pages, visible_ids):
    """The first CUTOFF visible page ids for ``query``, as the search page ranks them."""
    from search.ranking import search_results

    # As the search page asks it (search/ranking.py): the glossary's synonyms, every word required.
    ranked = [page.pk for page in search_results(query, locale, pages)[:RANKED]]
    return [pk for pk in ranked if pk in visible_ids][:CUTOFF]


def _score(found, relevant):
    """(recall@CUTOFF out of at most CUTOFF relevant pages, reciprocal rank of the first, ranks)."""
    ranks = {key: found.index(key) + 1 if key in found else None for key in relevant}
    recall = sum(rank is not None for rank in ranks.values()) / min(len(relevant), CUTOFF)
    first = min((rank for rank in ranks.values() if rank is not None), default=None)
    return recall, (1 / first if first else 0.0), ranks


def _visible(locale):
    from wagtail.models import Page

    from portal.translation_state import stand_in_q

    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1)
    return pages, set(pages.exclude(stand_in_q()).values_list("pk", flat=True))


def _title_holds(query_words, title_words):
    """Whether every word of the query (folded, two characters or more) starts a word of the title."""
    return all(any(word.startswith(query_word) for word in title_words) for query_word in query_words)


def evaluate(language, queries, verbose=False):
    """Demo judgments: (recall@10, MRR@10, details), and the same with generated pages judged too.

    Returns ``(demo, extended)``, each ``(recall, mrr, details)``. ``extended`` also counts
    as relevant the generated pages (any page that is not demo content) whose title holds
    every word of the query, as generated titles say what their page is about ("Health
    insurance in Chad: a good practice" answers "health insurance"); recall@10 is then out of
    at most ten relevant pages. On the demo content alone both are the same.
    """
    from wagtail.models import Locale, Page

    from demo.loader import read_entries, translation_key_for
    from search.query import WORD, fold

    key_of = {translation_key_for(entry.key): entry.key for entry in read_entries()}
    locale = Locale.objects.get(language_code=language)
    pages, visible_ids = _visible(locale)
    generated_titles = [
        (pk, WORD.findall(fold(title)))
        for pk, title, key in pages.filter(pk__in=visible_ids).values_list("pk", "title", "translation_key")
        if key not in key_of
    ]
    scores = {"demo": ([], [], []), "extended": ([], [], [])}
    for query, relevant in queries:
        ids = _ranked_visible(query, locale, pages, visible_ids)
        keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
        found = [key_of.get(keys[pk], pk) for pk in ids]
        query_words = [word for word in WORD.findall(fold(query)) if len(word) >= 2]
        generated = [pk for pk, words in generated_titles if _title_holds(query_words, words)]
        for name, judged in (("demo", relevant), ("extended", [*relevant, *generated])):
            recall, reciprocal_rank, ranks = _score(found, judged)
            recalls, reciprocal_ranks, details = scores[name]
            recalls.append(recall)
            reciprocal_ranks.append(reciprocal_rank)
            details.append((query, ranks, found))
    return tuple(
        (sum(recalls) / len(recalls), sum(reciprocal_ranks) / len(reciprocal_ranks), details)
        for recalls, reciprocal_ranks, details in scores.values()
    )


def title_facts(language):
    """{kind: regex} reading (topic, country, year) back from a generated title in ``language``."""
    from bench import text

    index = text.language_index(language)
    topics = "|".join(re.escape(topic[index]) for topic in sorted(text.TOPICS, key=lambda t: -len(t[index])))
    names = sorted({names[index] for names in text.COUNTRY_NAMES.values()}, key=len, reverse=True)
    countries = "|".join(re.escape(name) for name in names)
    patterns = {}
    for kind in GENERATED_KINDS:
        template = re.escape(text.TITLES[kind][index])
        template = template.replace(r"\{topic\}", f"(?P<topic>{topics})").replace(
            r"\{country\}", f"(?P<country>{countries})"
        )
        template = template.replace(r"\{year\}", r"(?P<year>\d{4})")
        patterns[kind] = re.compile(template, re.IGNORECASE)
    return patterns


def generated_judgments(language, sample=GENERATED_SAMPLE, seed=GENERATED_SEED):
    """[(query, [relevant page ids])] about generated pages, with every visible page that answers each.

    A sampled page's facts (topic, country, and the year of a report) make the query, as a
    reader who knows what they look for types it ("health insurance Chad 2014"); the answers
    are the visible pages of the language whose titles carry the same facts, whatever their kind.
    """
    from wagtail.models import Locale

    from search.query import fold

    locale = Locale.objects.get(language_code=language)
    pages, visible_ids = _visible(locale)
    patterns = title_facts(language)
    facts = {}  # page id -> (kind, topic, country, year)
    for pk, title in pages.filter(pk__in=visible_ids).order_by("pk").values_list("pk", "title"):
        for kind, pattern in patterns.items():
            match = pattern.fullmatch(title)
            if match:
                facts[pk] = (kind, match["topic"].lower(), match["country"], match.groupdict().get("year"))
                break
    if not facts:
        return []
    chosen = random.Random(f"{seed}:{language}").sample(sorted(facts), min(sample, len(facts)))
    judgments = []
    for pk in chosen:
        kind, topic, country, year = facts[pk]
        with_year = GENERATED_KINDS[kind]
        relevant = [
            other
            for other, (_kind, other_topic, other_country, other_year) in facts.items()
            if other_topic == topic and other_country == country and (not with_year or other_year == year)
        ]
        query = " ".join([topic, country, year] if with_year else [topic, country])
        if len(judgments) % 2:  # every other query as readers often type it: lower case, no accents
            query = fold(query)
        judgments.append((query, relevant))
    return judgments


def evaluate_generated(language, judgments):
    """(recall@10 out of at most 10, MRR@10, details) of the generated judgments."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language)
    pages, visible_ids = _visible(locale)
    recalls, reciprocal_ranks, details = [], [], []
    for query, relevant in judgments:
        found = _ranked_visible(query, locale, pages, visible_ids)
        recall, reciprocal_rank, ranks = _score(found, relevant)
        recalls.append(recall)
        reciprocal_ranks.append(reciprocal_rank)
        details.append((query, ranks, found))
    if not recalls:
        return None, None, []
    return sum(recalls) / len(recalls), sum(reciprocal_ranks) / len(reciprocal_ranks), details


def _print_details(details, verbose):
    for query, ranks, found in details:
        hits, needed = sum(rank is not None for rank in ranks.values()), min(len(ranks), CUTOFF)
        if verbose or hits < needed:
            shown = ", ".join(f"{key}@{rank or '-'}" for key, rank in list(ranks.items())[:CUTOFF])
            more = f" (+{len(ranks) - CUTOFF} more judged)" if len(ranks) > CUTOFF else ""
            miss = "ok  " if hits >= needed else "MISS"
            print(
                f"    {miss} {query!r} {hits}/{needed}: {shown}{more}"
                + (f"  top: {found[:3]}" if miss == "MISS" else "")
            )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=sorted(JUDGED), help="Only this language.")
    parser.add_argument("--verbose", action="store_true", help="Every query with the ranks of its relevant pages.")
    parser.add_argument("--target", type=float, default=None, help="Fail if a language's recall@10 is below this.")
    parser.add_argument(
        "--judgments",
        choices=("demo", "generated", "both"),
        default="both",
        help="The demo judgments, the generated pages' (on a bench.generate database), or both (default).",
    )
    parser.add_argument("--sample", type=int, default=GENERATED_SAMPLE, help="Generated queries per language.")
    add_engine_arguments(parser)
    args = parser.parse_args(argv)
    if args.engine == "both":
        return run_each_engine("bench.search_relevance", args, argv)
    use_engine(args.engine, args.opensearch_url, args.rebuild)
    set_up_django()
    from django.db import connection

    from search.backends import backend_for

    languages = [args.language] if args.language else list(JUDGED)
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}; engine: {args.engine}; cutoff: {CUTOFF}")
    print(f"{'judgments':<11}{'language':<9}{'backend':<10}{'queries':>8}{'recall@10':>11}{'MRR':>7}")
    below = []
    for language in languages:
        results = []
        if args.judgments in ("demo", "both"):
            demo, extended = evaluate(language, JUDGED[language])
            results += [("demo", demo), ("demo+gen", extended)]
        if args.judgments in ("generated", "both"):
            judgments = generated_judgments(language, sample=args.sample)
            if judgments:
                results.append(("generated", evaluate_generated(language, judgments)))
            elif args.judgments == "generated":
                print(f"{language}: no generated pages in this database")
        for name, (recall, mrr, details) in results:
            print(f"{name:<11}{language:<9}{backend_for(language):<10}{len(details):>8}{recall:>11.3f}{mrr:>7.3f}")
            _print_details(details, args.verbose)
            if args.target is not None and recall < args.target:
                below.append(language)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
