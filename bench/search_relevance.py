"""Search relevance benchmark: recall@10 and MRR per language over the demo content.

Each language has judged queries (information needs written from the texts in
``demo/content/*.yaml``, with spelling variants, singular/plural and missing
accents), each with the content keys of the pages that answer it. Every query is run
the way the search page runs it: the language's backend
(``get_search_backend(backend_for(code))``) over the live, public pages of that
locale. Run it against the database in ``DATABASE_URL`` after ``migrate`` and
``load_demo_content`` (see bench/README.md):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench .venv/bin/python -m bench.search_relevance

Options: ``--language es`` (one language), ``--verbose`` (every query with the rank of
each relevant page), ``--target 0.9`` (exit status 1 if a language's recall@10 is lower).
"""

import argparse
import os
import sys
from pathlib import Path

from bench.common import add_engine_arguments, run_each_engine, use_engine

BASE_DIR = Path(__file__).resolve().parent.parent
CUTOFF = 10

# (query, content keys of the relevant pages), per language. The same needs in each
# language, phrased the way a reader of that language types them.
JUDGED = {
    "es": [
        ("Bélgica", ["country-be", "casestudy-be-platform"]),
        ("belgica", ["country-be", "casestudy-be-platform"]),  # no accent
        ("Peru", ["country-pe"]),
        ("Mexico", ["country-mx"]),
        ("Tanzania", ["country-tz", "resource-tz-sper"]),  # the texts write Tanzanía
        ("Brasil", ["country-br"]),
        ("pensión", ["theme-old-age"]),  # the page says "pensiones"
        ("pensiones de vejez", ["theme-old-age"]),
        ("sistema de pensiones de Chile", ["country-cl"]),
        ("capitalizacion individual", ["country-cl"]),
        ("Pension 65", ["country-pe"]),
        ("seguro de salud", ["theme-health"]),
        ("proteccion social de la salud", ["theme-health"]),
        ("microseguro", ["theme-microinsurance"]),
        ("mutuales comunitarias", ["theme-microinsurance"]),
        ("piso de proteccion social", ["theme-floor", "resource-r202"]),
        ("pisos de protección social", ["theme-floor", "resource-r202", "event-webinar-floors"]),
        ("Recomendacion 202", ["resource-r202", "theme-floor"]),
        ("convenio 102 norma minima", ["resource-c102"]),
        ("derecho humano a la seguridad social", ["theme-right"]),
        ("instrumento juridico", ["theme-legal"]),
        ("legislación nacional", ["theme-legal"]),
        ("estadistica", ["theme-statistics"]),
        ("bases de datos de cobertura", ["theme-statistics"]),
        ("valuacion actuarial", ["theme-financing"]),
        ("presupuesto social", ["theme-financing"]),
        ("SPER", ["resource-tz-sper", "event-webinar-floors", "theme-financing"]),
        ("comunidad virtual", ["theme-communities"]),
        ("plataforma tecnologica", ["casestudy-be-platform"]),
        ("evaluacion final PATSS", ["resource-ec-evaluation"]),
        ("evaluaciones independientes", ["resource-ec-evaluation"]),  # "Evaluación final independiente"
        ("IESS", ["country-ec", "resource-ec-evaluation"]),
        ("trabajador domestico", ["event-lima-course"]),
        ("trabajadores migrantes", ["event-lima-course", "region-arab-states"]),
        ("curso en Lima", ["event-lima-course"]),
        ("seminario web", ["event-webinar-floors"]),
        ("campaña mundial", ["news-campaign", "theme-right"]),
        ("Estados arabes", ["region-arab-states"]),
        ("America Latina", ["region-americas"]),
        ("Africa", ["region-africa"]),
        ("envejecimiento de la poblacion", ["region-europe", "theme-old-age"]),
        ("NAPSA", ["country-zm"]),
        ("IMSS", ["country-mx"]),
    ],
    "en": [
        ("Belgium", ["country-be", "casestudy-be-platform"]),
        ("belgian social security", ["country-be", "casestudy-be-platform"]),
        ("Peru", ["country-pe"]),
        ("Mexico", ["country-mx"]),
        ("Tanzania", ["country-tz", "resource-tz-sper"]),
        ("Brazil", ["country-br"]),
        ("pension", ["theme-old-age"]),  # the title says "pensions"
        ("old-age pensions", ["theme-old-age"]),
        ("Chile pension system", ["country-cl"]),
        ("individual account", ["country-cl"]),  # "individual accounts"
        ("Pension 65", ["country-pe"]),  # the texts write "Pensión 65"
        ("health insurance", ["theme-health"]),
        ("social health protection", ["theme-health"]),
        ("microinsurance", ["theme-microinsurance"]),
        ("community-based mutual schemes", ["theme-microinsurance"]),
        ("social protection floor", ["theme-floor", "resource-r202"]),
        ("social protection floors", ["theme-floor", "resource-r202", "event-webinar-floors"]),
        ("Recommendation 202", ["resource-r202", "theme-floor"]),
        ("convention 102 minimum standards", ["resource-c102"]),
        ("human right to social security", ["theme-right"]),
        ("legal instrument", ["theme-legal"]),
        ("national legislation", ["theme-legal"]),
        ("statistic", ["theme-statistics"]),
        ("coverage databases", ["theme-statistics"]),
        ("actuarial valuation", ["theme-financing"]),
        ("social budgeting", ["theme-financing"]),
        ("SPER", ["resource-tz-sper", "event-webinar-floors", "theme-financing"]),
        ("online community", ["theme-communities"]),
        ("technology platform", ["casestudy-be-platform"]),
        ("final evaluation PATSS", ["resource-ec-evaluation"]),
        ("independent evaluations", ["resource-ec-evaluation"]),
        ("IESS", ["country-ec", "resource-ec-evaluation"]),
        ("domestic worker", ["event-lima-course"]),
        ("migrant workers", ["event-lima-course", "region-arab-states"]),
        ("course in Lima", ["event-lima-course"]),
        ("webinars", ["event-webinar-floors"]),
        ("global campaign", ["news-campaign", "theme-right"]),
        ("Arab States", ["region-arab-states"]),
        ("Latin America", ["region-americas"]),
        ("Africa", ["region-africa"]),
        ("population ageing", ["region-europe", "theme-old-age"]),
        ("NAPSA", ["country-zm"]),
        ("IMSS", ["country-mx"]),
    ],
    "fr": [
        ("Belgique", ["country-be", "casestudy-be-platform"]),
        ("belges", ["country-be", "casestudy-be-platform"]),
        ("Perou", ["country-pe"]),  # no accent
        ("Mexique", ["country-mx"]),
        ("Tanzanie", ["country-tz", "resource-tz-sper"]),
        ("Bresil", ["country-br"]),
        ("pension", ["theme-old-age"]),
        ("pensions de vieillesse", ["theme-old-age"]),
        ("systeme de retraite du Chili", ["country-cl"]),
        ("capitalisation individuelle", ["country-cl"]),
        ("Pension 65", ["country-pe"]),
        ("assurance maladie", ["theme-health"]),
        ("protection sociale de la sante", ["theme-health"]),
        ("microassurance", ["theme-microinsurance"]),
        ("mutuelle communautaire", ["theme-microinsurance"]),  # "mutuelles communautaires"
        ("socle de protection sociale", ["theme-floor", "resource-r202"]),
        ("socles de protection sociale", ["theme-floor", "resource-r202", "event-webinar-floors"]),
        ("recommandation 202", ["resource-r202", "theme-floor"]),
        ("convention 102 norme minimum", ["resource-c102"]),
        ("droit humain a la securite sociale", ["theme-right"]),
        ("instrument juridique", ["theme-legal"]),
        ("legislation nationale", ["theme-legal"]),
        ("statistique", ["theme-statistics"]),
        ("bases de donnees couverture", ["theme-statistics"]),
        ("evaluation actuarielle", ["theme-financing"]),
        ("budget social", ["theme-financing"]),
        ("SPER", ["resource-tz-sper", "event-webinar-floors", "theme-financing"]),
        ("communaute virtuelle", ["theme-communities"]),
        ("plateforme technologique", ["casestudy-be-platform"]),
        ("evaluation finale PATSS", ["resource-ec-evaluation"]),
        ("evaluations independantes", ["resource-ec-evaluation"]),
        ("IESS", ["country-ec", "resource-ec-evaluation"]),
        ("travailleur domestique", ["event-lima-course"]),
        ("travailleurs migrants", ["event-lima-course", "region-arab-states"]),
        ("cours a Lima", ["event-lima-course"]),
        ("webinaire", ["event-webinar-floors"]),
        ("campagne mondiale", ["news-campaign", "theme-right"]),
        ("Etats arabes", ["region-arab-states"]),
        ("Amerique latine", ["region-americas"]),
        ("Afrique", ["region-africa"]),
        ("vieillissement de la population", ["region-europe", "theme-old-age"]),
        ("NAPSA", ["country-zm"]),
        ("IMSS", ["country-mx"]),
    ],
}


def set_up_django():
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()


def evaluate(language, queries, verbose=False):
    """(recall@10, MRR@10, [(query, ranks of the relevant pages)]) for one language."""
    from wagtail.models import Locale, Page
    from wagtail.search.backends import get_search_backend

    from portal.demo.loader import read_entries, translation_key_for
    from search import synonyms
    from search.backends import backend_for

    key_of = {translation_key_for(entry.key): entry.key for entry in read_entries()}
    locale = Locale.objects.get(language_code=language)
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1)
    backend = get_search_backend(backend_for(language))
    recalls, reciprocal_ranks, details = [], [], []
    for query, relevant in queries:
        # As the search page asks it: with the glossary's synonyms (search/synonyms.py).
        ranked = backend.search(synonyms.expand(query, locale), pages)[:CUTOFF]
        found = [key_of.get(page.translation_key) for page in ranked]
        ranks = {key: found.index(key) + 1 if key in found else None for key in relevant}
        recalls.append(sum(rank is not None for rank in ranks.values()) / len(relevant))
        first = min((rank for rank in ranks.values() if rank is not None), default=None)
        reciprocal_ranks.append(1 / first if first else 0.0)
        details.append((query, ranks, found))
    return sum(recalls) / len(recalls), sum(reciprocal_ranks) / len(reciprocal_ranks), details


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=sorted(JUDGED), help="Only this language.")
    parser.add_argument("--verbose", action="store_true", help="Every query with the ranks of its relevant pages.")
    parser.add_argument("--target", type=float, default=None, help="Fail if a language's recall@10 is below this.")
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
    print(f"{'language':<9}{'backend':<10}{'queries':>8}{'recall@10':>11}{'MRR':>7}")
    below = []
    for language in languages:
        recall, mrr, details = evaluate(language, JUDGED[language])
        print(f"{language:<9}{backend_for(language):<10}{len(details):>8}{recall:>11.3f}{mrr:>7.3f}")
        for query, ranks, found in details:
            missed = [key for key, rank in ranks.items() if rank is None]
            if args.verbose or missed:
                shown = ", ".join(f"{key}@{rank or '-'}" for key, rank in ranks.items())
                print(
                    f"    {'MISS' if missed else 'ok  '} {query!r}: {shown}" + (f"  top: {found[:3]}" if missed else "")
                )
        if args.target is not None and recall < args.target:
            below.append(language)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
