"""Demo content: news and events."""

PAGES = [
    {
        "key": "event-lima-course",
        "type": "news.EventPage",
        "parent": "news",
        "sync": {
            "event_type": "course",
            "start_date": "2008-10-20",
            "end_date": "2008-10-31",
            "online": False,
            "countries": ["country-pe", "country-cl", "country-br", "country-mx"],
            "themes": ["theme-floor"],
        },
        "es": {
            "title": (
                "Estrategias para la extensión de la protección social para trabajadores autónomos, "
                "domésticos y migrantes"
            ),
            "slug": "curso-lima-extension-proteccion-social",
            "location": "Lima, Perú",
            "organisers": "OIT – Programa STEP y Centro Internacional de Formación de la OIT (Turín)",
            "partners": "Programa EUROsociAL Salud Empleo",
            "summary": (
                "Curso celebrado en Lima del 20 al 31 de octubre de 2008 sobre las estrategias para "
                "ampliar la cobertura de la protección social a los trabajadores autónomos, "
                "domésticos y migrantes, dirigido principalmente a personal de los organismos de "
                "seguridad social."
            ),
            "objective": [
                (
                    "El objetivo general del programa es fortalecer la capacidad de diagnóstico, "
                    "análisis y definición de programas y políticas públicas tendientes a ampliar la "
                    "cobertura de los trabajadores autónomos, domésticos y migrantes."
                ),
            ],
            "learning_outcomes": [
                "Al final de esta actividad, los participantes están en condiciones de:",
                [
                    (
                        "analizar y comprender los principales indicadores de medición de la cobertura "
                        "cuantitativa y cualitativa de los trabajadores autónomos y domésticos;"
                    ),
                    (
                        "efectuar diagnósticos de los sistemas de protección social, con especial "
                        "énfasis en su eficiencia y en la dimensión de género;"
                    ),
                    (
                        "identificar las fortalezas y debilidades para fomentar la extensión de la "
                        "cobertura a los grupos destinatarios del programa: trabajadores autónomos y "
                        "domésticos;"
                    ),
                    (
                        "definir programas y políticas públicas para ampliar la cobertura de la "
                        "protección social, ya sea a través de los regímenes tradicionales "
                        "(contributivos y no contributivos) o no tradicionales (microseguros e "
                        "iniciativas mutualistas);"
                    ),
                    (
                        "contribuir al desarrollo de estrategias para ampliar la cobertura de la "
                        "protección social a los trabajadores autónomos y domésticos mediante la "
                        "creación de una red permanente de información e intercambio de experiencias."
                    ),
                ],
            ],
            "body": [
                (
                    "Del 20 al 31 de octubre de 2008 se organizó en Lima, en cooperación con el Centro "
                    "de Turín, el Programa EUROsociAL Salud Empleo y el Programa STEP, el curso sobre "
                    "estrategias para la extensión de la protección social. La mayoría de los "
                    "participantes procedían de los organismos de seguridad social de sus países; los "
                    "demás, de las administradoras de pensiones privadas, los sindicatos y los "
                    "organismos de supervisión."
                ),
                (
                    "Se abordaron los modelos contributivos y no contributivos, incluidos los sistemas "
                    "universales, el seguro social, la asistencia social y las experiencias "
                    "comunitarias y mutualistas. Se dio especial énfasis a la articulación entre las "
                    "prestaciones contributivas y no contributivas en la reciente reforma chilena y a "
                    "los programas de transferencias condicionadas de Chile, Brasil y México."
                ),
                (
                    "A pesar de todos los esfuerzos realizados para extender la cobertura de la "
                    "seguridad social a los trabajadores autónomos y domésticos, y de las políticas "
                    "específicas para los trabajadores migrantes, se constató que los resultados "
                    "siguen siendo limitados. Es necesario redoblar los esfuerzos, ya que los "
                    "trabajadores autónomos y domésticos constituyen en muchos casos una proporción "
                    "importante de la población económicamente activa de cada país, y el déficit de "
                    "cobertura no es solo cuantitativo sino también cualitativo."
                ),
            ],
        },
        "en": {
            "title": "Strategies for extending social protection to self-employed, domestic and migrant workers",
            "slug": "lima-course-extending-social-protection",
            "location": "Lima, Peru",
            "organisers": "ILO – STEP Programme and International Training Centre of the ILO (Turin)",
            "partners": "EUROsociAL programme (health and employment)",
            "summary": (
                "A course held in Lima from 20 to 31 October 2008 on strategies for extending social "
                "protection coverage to self-employed, domestic and migrant workers, aimed mainly at "
                "staff of social security institutions."
            ),
            "objective": [
                (
                    "The overall objective of the programme is to strengthen capacities to assess, "
                    "analyse and design public programmes and policies aimed at extending coverage to "
                    "self-employed, domestic and migrant workers."
                ),
            ],
            "learning_outcomes": [
                "By the end of the course, participants are able to:",
                [
                    (
                        "analyse and understand the main indicators used to measure the quantitative "
                        "and qualitative coverage of self-employed and domestic workers;"
                    ),
                    (
                        "carry out assessments of social protection systems, with particular emphasis "
                        "on their efficiency and on the gender dimension;"
                    ),
                    (
                        "identify strengths and weaknesses in promoting the extension of coverage to "
                        "the programme’s target groups: self-employed and domestic workers;"
                    ),
                    (
                        "design public programmes and policies to extend social protection coverage, "
                        "whether through traditional schemes (contributory and non-contributory) or "
                        "non-traditional ones (microinsurance and mutual benefit initiatives);"
                    ),
                    (
                        "contribute to developing strategies to extend social protection coverage to "
                        "self-employed and domestic workers by creating a permanent network for "
                        "information and the exchange of experience."
                    ),
                ],
            ],
            "body": [
                (
                    "From 20 to 31 October 2008, a course on strategies for extending social protection "
                    "was held in Lima in cooperation with the Turin Centre, the EUROsociAL Health and "
                    "Employment Programme and the STEP Programme. Most participants came from their "
                    "countries’ social security institutions; the others came from private pension "
                    "fund administrators, trade unions and supervisory bodies."
                ),
                (
                    "The course covered contributory and non-contributory models, including universal "
                    "systems, social insurance, social assistance and community-based and mutual "
                    "schemes. Particular emphasis was placed on the linkage between contributory and "
                    "non-contributory benefits in Chile’s recent reform and on the conditional cash "
                    "transfer programmes of Chile, Brazil and Mexico."
                ),
                (
                    "Despite all the efforts made to extend social security coverage to self-employed "
                    "and domestic workers, and the specific policies for migrant workers, participants "
                    "noted that results remain limited. Greater efforts are needed, since self-employed "
                    "and domestic workers often make up a large share of the economically active "
                    "population in each country, and the coverage gap is not only quantitative but "
                    "also qualitative."
                ),
            ],
        },
        "fr": {
            "title": (
                "Stratégies d’extension de la protection sociale aux travailleurs indépendants, domestiques et migrants"
            ),
            "slug": "cours-lima-extension-protection-sociale",
            "location": "Lima, Pérou",
            "organisers": "OIT – Programme STEP et Centre international de formation de l’OIT (Turin)",
            "partners": "Programme EUROsociAL (santé et emploi)",
            "summary": (
                "Cours organisé à Lima du 20 au 31 octobre 2008 sur les stratégies d’extension de la "
                "protection sociale aux travailleurs indépendants, domestiques et migrants, destiné "
                "principalement au personnel des institutions de sécurité sociale."
            ),
            "objective": [
                (
                    "L’objectif général du programme est de renforcer les capacités de diagnostic, "
                    "d’analyse et d’élaboration de programmes et de politiques publiques visant à "
                    "étendre la couverture aux travailleurs indépendants, domestiques et migrants."
                ),
            ],
            "learning_outcomes": [
                "À l’issue de cette activité, les participants sont en mesure de :",
                [
                    (
                        "analyser et comprendre les principaux indicateurs de mesure de la couverture "
                        "quantitative et qualitative des travailleurs indépendants et domestiques ;"
                    ),
                    (
                        "réaliser des diagnostics des systèmes de protection sociale, en mettant "
                        "particulièrement l’accent sur leur efficience et sur la dimension de genre ;"
                    ),
                    (
                        "identifier les forces et les faiblesses pour favoriser l’extension de la "
                        "couverture aux groupes cibles du programme : travailleurs indépendants et "
                        "domestiques ;"
                    ),
                    (
                        "élaborer des programmes et des politiques publiques pour étendre la couverture "
                        "de la protection sociale, que ce soit par les régimes traditionnels "
                        "(contributifs et non contributifs) ou non traditionnels (micro-assurance et "
                        "initiatives mutualistes) ;"
                    ),
                    (
                        "contribuer à l’élaboration de stratégies d’extension de la protection sociale "
                        "aux travailleurs indépendants et domestiques grâce à la création d’un réseau "
                        "permanent d’information et d’échange d’expériences."
                    ),
                ],
            ],
            "body": [
                (
                    "Du 20 au 31 octobre 2008, un cours sur les stratégies d’extension de la protection "
                    "sociale a été organisé à Lima en coopération avec le Centre de Turin, le programme "
                    "EUROsociAL Santé Emploi et le programme STEP. La plupart des participants "
                    "venaient des institutions de sécurité sociale de leur pays ; les autres, des "
                    "administrateurs de fonds de pension privés, des syndicats et des organismes de "
                    "contrôle."
                ),
                (
                    "Le cours a porté sur les modèles contributifs et non contributifs, y compris les "
                    "systèmes universels, l’assurance sociale, l’assistance sociale et les expériences "
                    "communautaires et mutualistes. Un accent particulier a été mis sur l’articulation "
                    "entre prestations contributives et non contributives dans la récente réforme "
                    "chilienne et sur les programmes de transferts monétaires conditionnels du Chili, "
                    "du Brésil et du Mexique."
                ),
                (
                    "Malgré tous les efforts déployés pour étendre la sécurité sociale aux "
                    "travailleurs indépendants et domestiques, et les politiques spécifiques en faveur "
                    "des travailleurs migrants, les participants ont constaté que les résultats restent "
                    "limités. Des efforts accrus sont nécessaires, car les travailleurs indépendants et "
                    "domestiques représentent souvent une part importante de la population active de "
                    "chaque pays, et le déficit de couverture est non seulement quantitatif mais aussi "
                    "qualitatif."
                ),
            ],
        },
    },
    {
        "key": "news-campaign",
        "type": "news.NewsPage",
        "parent": "news",
        "sync": {
            "date": "2026-10-12",
            "countries": [],
            "themes": ["theme-floor", "theme-right"],
        },
        "es": {
            "title": "El portal, observatorio de la Campaña Mundial sobre Seguridad Social y Cobertura para Todos",
            "slug": "observatorio-campana-mundial-seguridad-social",
            "summary": (
                "Como antes la plataforma GESS, el portal sigue los progresos de la cobertura de "
                "seguridad social en los países y reúne iniciativas que pueden inspirar a otros."
            ),
            "body": [
                (
                    "Al igual que la plataforma GESS, este portal actúa como observatorio de la Campaña "
                    "Mundial sobre Seguridad Social y Cobertura para Todos, lanzada por la OIT en 2003 "
                    "para promover la extensión de la seguridad social a quienes aún carecen de ella."
                ),
                (
                    "El observatorio sigue los progresos en materia de cobertura en distintos países y "
                    "reúne ejemplos de proyectos e iniciativas que pueden servir de inspiración a "
                    "otros. Los perfiles de países, elaborados por especialistas en seguridad social, "
                    "presentan la situación de la cobertura, las iniciativas en curso y sus resultados, "
                    "así como las revisiones del gasto, los presupuestos sociales y las valuaciones "
                    "actuariales disponibles."
                ),
                (
                    "Las páginas sobre estadísticas remiten a las principales bases de datos, y las "
                    "páginas temáticas sobre el piso de protección social y el derecho a la seguridad "
                    "social difunden la visión de la OIT de la seguridad social como parte del Programa "
                    "de Trabajo Decente."
                ),
                (
                    "El reto sigue siendo considerable: una gran parte de la población mundial carece "
                    "todavía de una protección social adecuada. Invitamos a los usuarios a proponer "
                    "noticias, recursos y ejemplos de iniciativas nacionales para enriquecer el "
                    "observatorio."
                ),
            ],
        },
        "en": {
            "title": "The portal as an observatory of the Global Campaign on Social Security and Coverage for All",
            "slug": "global-campaign-social-security-observatory",
            "summary": (
                "Like the GESS platform before it, the portal tracks progress in social security "
                "coverage across countries and brings together initiatives that can inspire others."
            ),
            "body": [
                (
                    "Like the GESS platform, this portal serves as an observatory of the Global Campaign "
                    "on Social Security and Coverage for All, launched by the ILO in 2003 to promote the "
                    "extension of social security to those who still lack it."
                ),
                (
                    "The observatory tracks progress in coverage in different countries and brings "
                    "together examples of projects and initiatives that can inspire others. Country "
                    "profiles, prepared by social security specialists, describe the coverage "
                    "situation, ongoing initiatives and their results, as well as available "
                    "expenditure reviews, social budgets and actuarial valuations."
                ),
                (
                    "The statistics pages point to the main databases, while the thematic pages on the "
                    "social protection floor and on the right to social security promote the ILO’s "
                    "vision of social security as part of the Decent Work Agenda."
                ),
                (
                    "The challenge remains considerable: a large part of the world’s population still "
                    "lacks adequate social protection. We invite users to submit news, resources and "
                    "examples of national initiatives to enrich the observatory."
                ),
            ],
        },
        "fr": {
            "title": (
                "Le portail, observatoire de la Campagne mondiale sur la sécurité sociale et la couverture pour tous"
            ),
            "slug": "observatoire-campagne-mondiale-securite-sociale",
            "summary": (
                "Comme la plateforme GESS avant lui, le portail suit les progrès de la couverture de "
                "sécurité sociale dans les pays et rassemble des initiatives susceptibles d’en "
                "inspirer d’autres."
            ),
            "body": [
                (
                    "À l’instar de la plateforme GESS, ce portail joue le rôle d’observatoire de la "
                    "Campagne mondiale sur la sécurité sociale et la couverture pour tous, lancée par "
                    "l’OIT en 2003 pour promouvoir l’extension de la sécurité sociale à celles et ceux "
                    "qui en sont encore privés."
                ),
                (
                    "L’observatoire suit les progrès de la couverture dans différents pays et "
                    "rassemble des exemples de projets et d’initiatives pouvant servir d’inspiration. "
                    "Les profils de pays, rédigés par des spécialistes de la sécurité sociale, "
                    "présentent la situation de la couverture, les initiatives en cours et leurs "
                    "résultats, ainsi que les revues des dépenses, les budgets sociaux et les "
                    "évaluations actuarielles disponibles."
                ),
                (
                    "Les pages consacrées aux statistiques renvoient aux principales bases de données, "
                    "et les pages thématiques sur le socle de protection sociale et le droit à la "
                    "sécurité sociale diffusent la vision de l’OIT de la sécurité sociale comme "
                    "composante de l’Agenda du travail décent."
                ),
                (
                    "Le défi reste considérable : une grande partie de la population mondiale ne "
                    "bénéficie toujours pas d’une protection sociale adéquate. Nous invitons les "
                    "utilisateurs à proposer des actualités, des ressources et des exemples "
                    "d’initiatives nationales pour enrichir l’observatoire."
                ),
            ],
        },
    },
    {
        "key": "news-portal-launch",
        "type": "news.NewsPage",
        "parent": "news",
        "sync": {
            "date": "2026-11-02",
            "countries": [],
            "themes": ["theme-communities"],
        },
        "es": {
            "title": "Se pone en marcha el portal sobre la extensión de la seguridad social en tres idiomas",
            "slug": "lanzamiento-del-portal",
            "summary": (
                "El nuevo portal, en español, inglés y francés, da continuidad a la plataforma GESS "
                "de la OIT y a socialprotection.org."
            ),
            "body": [
                (
                    "El nuevo portal, disponible en español, inglés y francés, toma el relevo de la "
                    "plataforma GESS de la OIT y de socialprotection.org para reunir en un solo lugar "
                    "conocimientos, herramientas y experiencias sobre la extensión de la seguridad "
                    "social."
                ),
                (
                    "Especialistas en seguridad social se encargan de las páginas de países: cada una "
                    "presenta la situación de la cobertura, las iniciativas y sus resultados, las "
                    "revisiones del gasto y las valuaciones actuariales, y el marco jurídico, e indica "
                    "la fecha de su última revisión."
                ),
                (
                    "Las contribuciones se publican tras un proceso de revisión y moderación: los "
                    "textos propuestos son revisados por el equipo editorial antes de su publicación, "
                    "con el fin de garantizar su calidad y su coherencia en los tres idiomas."
                ),
                (
                    "El portal ofrece además páginas temáticas, estudios de caso de buenas prácticas, "
                    "un centro de recursos con publicaciones, instrumentos jurídicos y evaluaciones, "
                    "y una sección de noticias y eventos. En una etapa posterior se incorporarán "
                    "comunidades virtuales que permitirán a los profesionales intercambiar "
                    "conocimientos y colaborar en línea."
                ),
            ],
        },
        "en": {
            "title": "Launch of the portal on extending social security, in three languages",
            "slug": "portal-launch",
            "summary": (
                "The new portal, in Spanish, English and French, carries forward the ILO’s GESS "
                "platform and socialprotection.org."
            ),
            "body": [
                (
                    "The new portal, available in Spanish, English and French, takes over from the "
                    "ILO’s GESS platform and socialprotection.org, bringing together knowledge, tools "
                    "and experience on the extension of social security in a single place."
                ),
                (
                    "Social security specialists are responsible for the country pages: each one "
                    "describes the coverage situation, initiatives and their results, expenditure "
                    "reviews and actuarial valuations, and the legal framework, and shows the date it "
                    "was last reviewed."
                ),
                (
                    "Contributions are published after a review and moderation process: submitted "
                    "texts are checked by the editorial team before publication, to ensure their "
                    "quality and consistency across the three languages."
                ),
                (
                    "The portal also offers thematic pages, good-practice case studies, a resource "
                    "centre with publications, legal instruments and evaluations, and a news and "
                    "events section. Online communities, where practitioners will be able to share "
                    "knowledge and collaborate online, will be added at a later stage."
                ),
            ],
        },
        "fr": {
            "title": "Lancement du portail sur l’extension de la sécurité sociale, en trois langues",
            "slug": "lancement-du-portail",
            "summary": (
                "Le nouveau portail, en espagnol, en anglais et en français, prend la suite de la "
                "plateforme GESS de l’OIT et de socialprotection.org."
            ),
            "body": [
                (
                    "Le nouveau portail, disponible en espagnol, en anglais et en français, prend le "
                    "relais de la plateforme GESS de l’OIT et de socialprotection.org pour réunir en un "
                    "même lieu connaissances, outils et expériences sur l’extension de la sécurité "
                    "sociale."
                ),
                (
                    "Des spécialistes de la sécurité sociale sont chargés des pages de pays : chacune "
                    "présente la situation de la couverture, les initiatives et leurs résultats, les "
                    "revues des dépenses et les évaluations actuarielles, ainsi que le cadre juridique, "
                    "et indique la date de sa dernière révision."
                ),
                (
                    "Les contributions sont publiées à l’issue d’un processus de relecture et de "
                    "modération : les textes proposés sont examinés par l’équipe éditoriale avant "
                    "publication, afin d’en garantir la qualité et la cohérence dans les trois langues."
                ),
                (
                    "Le portail propose également des pages thématiques, des études de cas de bonnes "
                    "pratiques, un centre de ressources réunissant publications, instruments "
                    "juridiques et évaluations, ainsi qu’une rubrique d’actualités et d’événements. "
                    "Des communautés virtuelles, où les professionnels pourront échanger leurs "
                    "connaissances et collaborer en ligne, viendront s’y ajouter ultérieurement."
                ),
            ],
        },
    },
    {
        "key": "event-webinar-floors",
        "type": "news.EventPage",
        "parent": "news",
        "sync": {
            "event_type": "webinar",
            "start_date": "2026-12-10",
            "end_date": "2026-12-10",
            "start_time": "14:00",
            "end_time": "15:30",
            "time_zone": "Europe/Zurich",
            "online": True,
            "registration_url": "https://events.example.org/spf-financing-webinar/register",
            "countries": ["country-tz", "country-zm"],
            "themes": ["theme-floor", "theme-financing"],
        },
        "es": {
            "title": "Financiar los pisos de protección social: lecciones de las SPER de Tanzania y Zambia",
            "slug": "seminario-web-financiacion-pisos-proteccion-social",
            "location": "",
            "organisers": "OIT – Departamento de Protección Social",
            "partners": "Asociación Internacional de la Seguridad Social (AISS)",
            "summary": (
                "Seminario web sobre la financiación de los pisos de protección social a partir de "
                "las revisiones del gasto y del desempeño de la protección social (SPER) realizadas "
                "en Tanzania y Zambia."
            ),
            "objective": [
                (
                    "El seminario tiene por objeto mostrar cómo las revisiones del gasto y del "
                    "desempeño de la protección social pueden orientar las decisiones sobre la "
                    "financiación de los pisos de protección social, a partir de las experiencias de "
                    "Tanzania y Zambia."
                ),
            ],
            "learning_outcomes": [
                "Al final del seminario, los participantes podrán:",
                [
                    (
                        "describir los objetivos y las etapas de una revisión del gasto y del "
                        "desempeño de la protección social;"
                    ),
                    (
                        "interpretar los principales indicadores de gasto, cobertura y desempeño de "
                        "los regímenes de protección social;"
                    ),
                    ("identificar opciones para ampliar el espacio fiscal destinado a los pisos de protección social;"),
                    ("extraer de las experiencias de Tanzania y Zambia lecciones aplicables a su propio país."),
                ],
            ],
            "body": [
                (
                    "Especialistas de la OIT presentarán la metodología SPER y su articulación con los "
                    "presupuestos sociales y las valuaciones actuariales. A continuación se expondrán "
                    "las revisiones realizadas en Tanzania y Zambia: su proceso de elaboración, sus "
                    "principales conclusiones y su uso en el diálogo nacional sobre la extensión de la "
                    "cobertura."
                ),
                (
                    "La segunda parte se dedicará a un debate con los participantes sobre las "
                    "opciones de financiación de los pisos de protección social, en particular la "
                    "movilización de recursos internos y la coordinación entre regímenes "
                    "contributivos y no contributivos."
                ),
                (
                    "El seminario está dirigido a personal de los ministerios y las instituciones de "
                    "seguridad social, a los interlocutores sociales y a los investigadores. La "
                    "grabación y los documentos de presentación se publicarán en el portal."
                ),
            ],
        },
        "en": {
            "title": "Financing social protection floors: lessons from the SPERs of Tanzania and Zambia",
            "slug": "webinar-financing-social-protection-floors",
            "location": "",
            "organisers": "ILO – Social Protection Department",
            "partners": "International Social Security Association (ISSA)",
            "summary": (
                "A webinar on financing social protection floors, drawing on the Social Protection "
                "Expenditure and Performance Reviews (SPERs) carried out in Tanzania and Zambia."
            ),
            "objective": [
                (
                    "The webinar aims to show how social protection expenditure and performance "
                    "reviews can inform decisions on financing social protection floors, drawing on "
                    "the experience of Tanzania and Zambia."
                ),
            ],
            "learning_outcomes": [
                "By the end of the webinar, participants will be able to:",
                [
                    ("describe the objectives and stages of a social protection expenditure and performance review;"),
                    (
                        "interpret the main indicators of spending, coverage and performance of social "
                        "protection schemes;"
                    ),
                    "identify options for expanding fiscal space for social protection floors;",
                    ("draw lessons from the experience of Tanzania and Zambia that apply to their own country."),
                ],
            ],
            "body": [
                (
                    "ILO specialists will present the SPER methodology and how it links to social "
                    "budgets and actuarial valuations. The reviews carried out in Tanzania and Zambia "
                    "will then be presented: how they were prepared, their main findings and how they "
                    "have been used in national dialogue on extending coverage."
                ),
                (
                    "The second part will be devoted to a discussion with participants on options for "
                    "financing social protection floors, in particular the mobilization of domestic "
                    "resources and coordination between contributory and non-contributory schemes."
                ),
                (
                    "The webinar is intended for staff of ministries and social security "
                    "institutions, the social partners and researchers. The recording and "
                    "presentations will be published on the portal."
                ),
            ],
        },
        "fr": {
            "title": (
                "Financer les socles de protection sociale : enseignements des SPER de la Tanzanie et de la Zambie"
            ),
            "slug": "webinaire-financement-socles-protection-sociale",
            "location": "",
            "organisers": "OIT – Département de la protection sociale",
            "partners": "Association internationale de la sécurité sociale (AISS)",
            "summary": (
                "Webinaire sur le financement des socles de protection sociale à partir des revues "
                "des dépenses et de la performance de la protection sociale (SPER) réalisées en "
                "Tanzanie et en Zambie."
            ),
            "objective": [
                (
                    "Le webinaire vise à montrer comment les revues des dépenses et de la performance "
                    "de la protection sociale peuvent éclairer les décisions relatives au financement "
                    "des socles de protection sociale, à partir des expériences de la Tanzanie et de "
                    "la Zambie."
                ),
            ],
            "learning_outcomes": [
                "À l’issue du webinaire, les participants seront en mesure de :",
                [
                    (
                        "décrire les objectifs et les étapes d’une revue des dépenses et de la "
                        "performance de la protection sociale ;"
                    ),
                    (
                        "interpréter les principaux indicateurs de dépenses, de couverture et de "
                        "performance des régimes de protection sociale ;"
                    ),
                    (
                        "recenser les options permettant d’élargir l’espace budgétaire consacré aux "
                        "socles de protection sociale ;"
                    ),
                    (
                        "tirer des expériences de la Tanzanie et de la Zambie des enseignements "
                        "applicables à leur propre pays."
                    ),
                ],
            ],
            "body": [
                (
                    "Des spécialistes de l’OIT présenteront la méthodologie SPER et ses liens avec les "
                    "budgets sociaux et les évaluations actuarielles. Seront ensuite exposées les "
                    "revues réalisées en Tanzanie et en Zambie : leur processus d’élaboration, leurs "
                    "principales conclusions et leur utilisation dans le dialogue national sur "
                    "l’extension de la couverture."
                ),
                (
                    "La seconde partie sera consacrée à un échange avec les participants sur les "
                    "options de financement des socles de protection sociale, notamment la "
                    "mobilisation des ressources nationales et la coordination entre régimes "
                    "contributifs et non contributifs."
                ),
                (
                    "Le webinaire s’adresse au personnel des ministères et des institutions de "
                    "sécurité sociale, aux partenaires sociaux et aux chercheurs. L’enregistrement et "
                    "les présentations seront publiés sur le portail."
                ),
            ],
        },
    },
]
