"""Trilingual filler text for the generated site.

A page's text is planned once, language-neutrally (which sentence template, topic,
country, year…), and rendered in Spanish, English and French from the same plan, so
the English and French pages are translations of the Spanish one, sentence by sentence,
and the search index sees real words of each language.
"""

import gettext
import html

import pycountry

LANGUAGES = ("es", "en", "fr")

TOPICS = [
    ("protección social", "social protection", "protection sociale"),
    ("seguro de salud", "health insurance", "assurance maladie"),
    ("pensiones de vejez", "old-age pensions", "pensions de vieillesse"),
    ("prestaciones por desempleo", "unemployment benefits", "allocations de chômage"),
    ("protección de la maternidad", "maternity protection", "protection de la maternité"),
    ("asignaciones familiares", "family allowances", "allocations familiales"),
    ("accidentes del trabajo", "employment injury", "accidents du travail"),
    ("prestaciones de invalidez", "disability benefits", "prestations d'invalidité"),
    ("economía informal", "informal economy", "économie informelle"),
    ("trabajadores domésticos", "domestic workers", "travailleurs domestiques"),
    ("trabajadores rurales", "rural workers", "travailleurs ruraux"),
    ("microseguros", "microinsurance", "microassurance"),
    ("transferencias monetarias", "cash transfers", "transferts monétaires"),
    ("piso de protección social", "social protection floor", "socle de protection sociale"),
    ("cobertura sanitaria universal", "universal health coverage", "couverture sanitaire universelle"),
    ("valuaciones actuariales", "actuarial valuations", "évaluations actuarielles"),
    ("presupuesto social", "social budgeting", "budget social"),
    ("gobernanza de la seguridad social", "social security governance", "gouvernance de la sécurité sociale"),
    ("registro de afiliados", "registration of members", "immatriculation des assurés"),
    ("recaudación de cotizaciones", "contribution collection", "recouvrement des cotisations"),
    ("pensiones no contributivas", "non-contributory pensions", "pensions non contributives"),
    ("diálogo social", "social dialogue", "dialogue social"),
    ("igualdad de género", "gender equality", "égalité des genres"),
    ("trabajadores migrantes", "migrant workers", "travailleurs migrants"),
    ("trabajadores de plataformas", "platform workers", "travailleurs des plateformes"),
    ("cuidados de larga duración", "long-term care", "soins de longue durée"),
    ("prestaciones por enfermedad", "sickness benefits", "indemnités de maladie"),
    ("inspección del trabajo", "labour inspection", "inspection du travail"),
    ("estadísticas de cobertura", "coverage statistics", "statistiques de couverture"),
    ("sostenibilidad financiera", "financial sustainability", "viabilité financière"),
]

INSTITUTIONS = [
    (
        "Instituto Nacional de Seguridad Social",
        "National Social Security Institute",
        "Institut national de sécurité sociale",
    ),
    ("Caja de Seguro Social", "Social Insurance Fund", "Caisse d'assurance sociale"),
    ("Ministerio de Trabajo", "Ministry of Labour", "Ministère du Travail"),
    ("Ministerio de Desarrollo Social", "Ministry of Social Development", "Ministère du Développement social"),
    ("Fondo Nacional de Salud", "National Health Fund", "Fonds national de santé"),
    ("Caja de Pensiones", "Pension Fund", "Caisse de retraite"),
    ("Oficina de Estadística", "Statistics Office", "Office de la statistique"),
]

# {topic}, {country}, {institution}, {year}, {n}, {pct}
SENTENCES = [
    (
        "En {year}, {country} amplió la {topic} a {n} personas que no tenían ninguna cobertura.",
        "In {year}, {country} extended {topic} to {n} people who had no coverage at all.",
        "En {year}, {country} a étendu la {topic} à {n} personnes qui n'avaient aucune couverture.",
    ),
    (
        "El {institution} coordina la reforma de la {topic} con los interlocutores sociales.",
        "The {institution} coordinates the reform of {topic} with the social partners.",
        "L'{institution} coordonne la réforme de la {topic} avec les partenaires sociaux.",
    ),
    (
        "La cobertura efectiva de la {topic} alcanza el {pct} % de la población activa.",
        "Effective coverage of {topic} reaches {pct}% of the working population.",
        "La couverture effective de la {topic} atteint {pct} % de la population active.",
    ),
    (
        "Una evaluación independiente de {year} recomienda simplificar el registro y los pagos.",
        "An independent evaluation in {year} recommends simplifying registration and payments.",
        "Une évaluation indépendante de {year} recommande de simplifier l'immatriculation et les paiements.",
    ),
    (
        "El diálogo tripartito permitió definir prestaciones adecuadas y previsibles.",
        "Tripartite dialogue made it possible to define adequate and predictable benefits.",
        "Le dialogue tripartite a permis de définir des prestations adéquates et prévisibles.",
    ),
    (
        "La financiación combina cotizaciones, impuestos y un aporte solidario del Estado.",
        "Financing combines contributions, taxes and a solidarity contribution from the State.",
        "Le financement associe cotisations, impôts et une contribution solidaire de l'État.",
    ),
    (
        "Los estudios actuariales muestran que el régimen es sostenible hasta {year}.",
        "Actuarial studies show that the scheme is sustainable until {year}.",
        "Les études actuarielles montrent que le régime est viable jusqu'en {year}.",
    ),
    (
        "El {institution} publicó un informe sobre la {topic} en {country}.",
        "The {institution} published a report on {topic} in {country}.",
        "L'{institution} a publié un rapport sur la {topic} en {country}.",
    ),
    (
        "Las personas trabajadoras de la economía informal pueden afiliarse con cotizaciones reducidas.",
        "Workers in the informal economy can join with reduced contributions.",
        "Les travailleurs de l'économie informelle peuvent s'affilier avec des cotisations réduites.",
    ),
    (
        "El programa llega a {n} hogares mediante pagos digitales mensuales.",
        "The programme reaches {n} households through monthly digital payments.",
        "Le programme atteint {n} ménages grâce à des paiements numériques mensuels.",
    ),
    (
        "La ventanilla única reduce los plazos de tramitación de las prestaciones de {topic}.",
        "The one-stop shop cuts the processing time of {topic} benefits.",
        "Le guichet unique réduit les délais de traitement des prestations de {topic}.",
    ),
    (
        "Las lecciones aprendidas en {country} sirven de inspiración a otros países de la región.",
        "The lessons learned in {country} inspire other countries of the region.",
        "Les enseignements tirés en {country} inspirent d'autres pays de la région.",
    ),
]

TITLES = {
    "case_study": (
        "{topic} en {country}: una buena práctica",
        "{topic} in {country}: a good practice",
        "{topic} en {country} : une bonne pratique",
    ),
    "resource": (
        "Informe sobre {topic} en {country} ({year})",
        "Report on {topic} in {country} ({year})",
        "Rapport sur la {topic} en {country} ({year})",
    ),
    "news": (
        "{country} refuerza la {topic}",
        "{country} strengthens {topic}",
        "{country} renforce la {topic}",
    ),
    "event": (
        "Curso sobre {topic} ({year})",
        "Course on {topic} ({year})",
        "Cours sur la {topic} ({year})",
    ),
    "standard": (
        "{topic}: situación y perspectivas",
        "{topic}: situation and outlook",
        "{topic} : situation et perspectives",
    ),
    "theme": ("{topic}", "{topic}", "{topic}"),
}

HEADINGS = [
    ("Contexto", "Background", "Contexte"),
    ("Resultados", "Results", "Résultats"),
    ("Próximos pasos", "Next steps", "Prochaines étapes"),
    ("Financiación", "Financing", "Financement"),
]
CAPTION = ("Imagen de {country}", "Picture from {country}", "Image de {country}")
QUOTE = (
    "La seguridad social es un derecho humano.",
    "Social security is a human right.",
    "La sécurité sociale est un droit humain.",
)
LOCATIONS = [
    ("Ginebra", "Geneva", "Genève"),
    ("Turín", "Turin", "Turin"),
    ("Lima", "Lima", "Lima"),
    ("En línea", "Online", "En ligne"),
]


def _country_names():
    """ISO alpha-2 code -> (es, en, fr) names, from pycountry's ISO 3166 catalogues."""
    catalogues = {
        code: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True)
        for code in ("es", "fr")
    }
    names = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        names[country.alpha_2] = (catalogues["es"].gettext(name), name, catalogues["fr"].gettext(name))
    return names


COUNTRY_NAMES = _country_names()
COUNTRY_CODES = sorted(COUNTRY_NAMES)


def language_index(language):
    return LANGUAGES.index(language)


class Plan:
    """A language-neutral plan of one page's texts, drawn from ``rng``."""

    def __init__(self, rng, country_code):
        self.rng = rng
        self.topic = rng.randrange(len(TOPICS))
        self.country = country_code
        self.institution = rng.randrange(len(INSTITUTIONS))
        self.year = rng.randint(2005, 2025)

    def slots(self, language, **overrides):
        i = language_index(language)
        values = {
            "topic": TOPICS[self.topic][i],
            "country": COUNTRY_NAMES[self.country][i],
            "institution": INSTITUTIONS[self.institution][i],
            "year": self.year,
        }
        values.update(overrides)
        return values

    def sentences(self, count):
        """``count`` sentence plans: (template, topic, country, year, n, pct)."""
        rng = self.rng
        return [
            (
                rng.randrange(len(SENTENCES)),
                rng.choice((self.topic, rng.randrange(len(TOPICS)))),
                rng.choice((self.country, rng.choice(COUNTRY_CODES))),
                rng.randint(2000, 2040),
                rng.randint(1, 900) * 1000,
                rng.randint(5, 95),
            )
            for _ in range(count)
        ]

    def paragraphs(self, count, sentences=(2, 4)):
        return [self.sentences(self.rng.randint(*sentences)) for _ in range(count)]


def render_sentence(plan_item, language, institution):
    template, topic, country, year, n, pct = plan_item
    i = language_index(language)
    return SENTENCES[template][i].format(
        topic=TOPICS[topic][i],
        country=COUNTRY_NAMES[country][i],
        institution=INSTITUTIONS[institution][i],
        year=year,
        n=f"{n:,}".replace(",", " "),
        pct=pct,
    )


def render_text(sentences, language, institution):
    text = " ".join(render_sentence(item, language, institution) for item in sentences)
    return text[:1].upper() + text[1:]


def render_rich_text(paragraphs, language, institution, links=()):
    """Paragraphs as rich text HTML; ``links`` are (position, html) inserted after a paragraph's first sentence."""
    parts = []
    for index, sentences in enumerate(paragraphs):
        text = html.escape(render_text(sentences, language, institution), quote=False)
        for position, link in links:
            if position == index:
                text += " " + link
        parts.append(f"<p>{text}</p>")
    return "".join(parts)


def title(kind, plan, language):
    template = TITLES[kind][language_index(language)]
    text = template.format(**plan.slots(language))
    return text[:1].upper() + text[1:]
