"""Demo content: the thematic pages (children of the "themes" index).

Spanish is the source. "theme-communities" follows seed 001 (the socialprotection.org
guide to good practices for online communities); the other pages follow seed 000,
which lists the thematic pages of the GESS platform.
"""

PAGES = [
    {
        "key": "theme-health",
        "type": "themes.ThemePage",
        "parent": "themes",
        "es": {
            "title": "Salud",
            "slug": "salud",
            "summary": (
                "Extender la protección social de la salud para garantizar a toda la "
                "población el acceso efectivo a la atención sanitaria sin dificultades "
                "financieras."
            ),
            "synthesis": [
                (
                    "La protección social de la salud tiene por objeto garantizar a todas las "
                    "personas el acceso efectivo a una atención de salud de calidad sin que ello "
                    "les cause dificultades financieras. En muchos países, los pagos directos "
                    "de los hogares en el momento de recibir la atención siguen siendo una causa "
                    "importante de empobrecimiento y una barrera para acceder a los servicios, "
                    "en particular para los trabajadores de la economía informal y sus familias."
                ),
                (
                    "Los países combinan distintos mecanismos de financiación: servicios "
                    "nacionales de salud financiados con impuestos, seguros sociales de salud "
                    "financiados con cotizaciones y esquemas comunitarios o mutualistas. La "
                    "experiencia muestra que la cobertura universal exige una mancomunación "
                    "amplia de los riesgos, una financiación pública suficiente para quienes no "
                    "pueden cotizar y la coordinación entre esquemas para evitar la "
                    "fragmentación."
                ),
                (
                    "Las normas de la OIT ofrecen referencias claras: la parte II del Convenio "
                    "núm. 102 y el Convenio núm. 130 definen la asistencia médica que debe "
                    "garantizarse, y la Recomendación núm. 202 incluye entre las garantías "
                    "básicas del piso de protección social el acceso a la atención de salud "
                    "esencial, incluida la atención de la maternidad. Este objetivo converge con "
                    "la meta 3.8 de los Objetivos de Desarrollo Sostenible sobre la cobertura "
                    "sanitaria universal."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-c102", "note": "Parte II: asistencia médica"}],
                [
                    "source",
                    {
                        "title": "Convenio sobre asistencia médica y prestaciones monetarias de enfermedad, "
                        "1969 (núm. 130), y Recomendación núm. 134",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                ["page", {"page": "resource-r202", "note": "Párrafo 5, apartado a)"}],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Informe Mundial sobre la Protección Social, capítulo dedicado a la "
                        "protección social de la salud",
                        "url": "",
                        "publisher": "OIT",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Guías del programa STEP de la OIT sobre la viabilidad, la administración "
                        "y el seguimiento de los microseguros de salud",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Apoyo técnico a los países para extender el seguro social de salud a los "
                    "trabajadores de la economía informal y vincular los esquemas comunitarios "
                    "con los sistemas nacionales. Los proyectos en curso se presentan en los "
                    "perfiles de país correspondientes."
                ),
            ],
            "training": [
                (
                    "Cursos del Centro Internacional de Formación de la OIT en Turín sobre la "
                    "protección social de la salud y su financiación, que utilizan los recursos "
                    "de esta página."
                ),
            ],
        },
        "en": {
            "title": "Health",
            "slug": "health",
            "summary": (
                "Extending social health protection so that the whole population has "
                "effective access to health care without financial hardship."
            ),
            "synthesis": [
                (
                    "Social health protection aims to guarantee everyone effective access to "
                    "quality health care without financial hardship. In many countries, "
                    "out-of-pocket payments made by households at the point of care remain a "
                    "major cause of impoverishment and a barrier to using services, "
                    "particularly for workers in the informal economy and their families."
                ),
                (
                    "Countries combine different financing mechanisms: tax-funded national "
                    "health services, contribution-funded social health insurance, and "
                    "community-based or mutual schemes. Experience shows that universal "
                    "coverage requires broad risk pooling, sufficient public funding for those "
                    "who cannot contribute, and coordination between schemes to avoid "
                    "fragmentation."
                ),
                (
                    "ILO standards provide clear benchmarks: Part II of Convention No. 102 and "
                    "Convention No. 130 define the medical care to be guaranteed, and "
                    "Recommendation No. 202 includes access to essential health care, "
                    "including maternity care, among the basic guarantees of the social "
                    "protection floor. This objective converges with target 3.8 of the "
                    "Sustainable Development Goals on universal health coverage."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-c102", "note": "Part II: Medical care"}],
                [
                    "source",
                    {
                        "title": "Medical Care and Sickness Benefits Convention, 1969 (No. 130), and "
                        "Recommendation No. 134",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                ["page", {"page": "resource-r202", "note": "Paragraph 5(a)"}],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "World Social Protection Report, chapter on social health protection",
                        "url": "",
                        "publisher": "ILO",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Guides of the ILO's STEP programme on the feasibility, administration and "
                        "monitoring of health microinsurance",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Technical support to countries to extend social health insurance to "
                    "workers in the informal economy and to link community-based schemes with "
                    "national systems. Ongoing projects are presented in the relevant country "
                    "profiles."
                ),
            ],
            "training": [
                (
                    "Courses of the ILO's International Training Centre in Turin on social "
                    "health protection and its financing, which draw on the resources of this "
                    "page."
                ),
            ],
        },
        "fr": {
            "title": "Santé",
            "slug": "sante",
            "summary": (
                "Étendre la protection sociale de la santé pour garantir à toute la "
                "population un accès effectif aux soins sans difficultés financières."
            ),
            "synthesis": [
                (
                    "La protection sociale de la santé vise à garantir à chacun un accès "
                    "effectif à des soins de qualité sans difficultés financières. Dans de "
                    "nombreux pays, les paiements directs des ménages au moment des soins "
                    "restent une cause importante d'appauvrissement et un obstacle à l'accès "
                    "aux services, en particulier pour les travailleurs de l'économie "
                    "informelle et leurs familles."
                ),
                (
                    "Les pays combinent différents mécanismes de financement : services "
                    "nationaux de santé financés par l'impôt, assurance maladie sociale "
                    "financée par les cotisations, et régimes communautaires ou mutualistes. "
                    "L'expérience montre que la couverture universelle exige une large "
                    "mutualisation des risques, un financement public suffisant pour ceux qui "
                    "ne peuvent pas cotiser et une coordination entre régimes pour éviter la "
                    "fragmentation."
                ),
                (
                    "Les normes de l'OIT offrent des repères clairs : la partie II de la "
                    "convention n° 102 et la convention n° 130 définissent les soins médicaux "
                    "à garantir, et la recommandation n° 202 range l'accès aux soins de santé "
                    "essentiels, y compris les soins de maternité, parmi les garanties "
                    "élémentaires du socle de protection sociale. Cet objectif rejoint la "
                    "cible 3.8 des Objectifs de développement durable relative à la "
                    "couverture sanitaire universelle."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-c102", "note": "Partie II : soins médicaux"}],
                [
                    "source",
                    {
                        "title": "Convention (n° 130) concernant les soins médicaux et les indemnités de "
                        "maladie, 1969, et recommandation n° 134",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                ["page", {"page": "resource-r202", "note": "Paragraphe 5 a)"}],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Rapport mondial sur la protection sociale, chapitre consacré à la "
                        "protection sociale de la santé",
                        "url": "",
                        "publisher": "BIT",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Guides du programme STEP du BIT sur la faisabilité, la gestion et le "
                        "suivi de la microassurance santé",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Appui technique aux pays pour étendre l'assurance maladie sociale aux "
                    "travailleurs de l'économie informelle et relier les régimes "
                    "communautaires aux systèmes nationaux. Les projets en cours sont "
                    "présentés dans les profils de pays concernés."
                ),
            ],
            "training": [
                (
                    "Cours du Centre international de formation de l'OIT à Turin sur la "
                    "protection sociale de la santé et son financement, qui s'appuient sur les "
                    "ressources de cette page."
                ),
            ],
        },
    },
    {
        "key": "theme-old-age",
        "type": "themes.ThemePage",
        "parent": "themes",
        "es": {
            "title": "Vejez y pensiones",
            "slug": "vejez-y-pensiones",
            "summary": (
                "Garantizar la seguridad del ingreso en la vejez mediante sistemas de "
                "pensiones contributivos y no contributivos adecuados y sostenibles."
            ),
            "synthesis": [
                (
                    "Las pensiones de vejez son el componente más desarrollado de la seguridad "
                    "social en la mayoría de los países, pero en muchos de ellos los regímenes "
                    "contributivos solo protegen a los trabajadores del empleo formal. Una parte "
                    "importante de las personas de edad, y en particular de las mujeres, no "
                    "recibe ninguna pensión o percibe prestaciones insuficientes."
                ),
                (
                    "Numerosos países han combinado los regímenes contributivos con pensiones "
                    "no contributivas financiadas con impuestos para cerrar las brechas de "
                    "cobertura. Son ejemplos conocidos la previsión social rural del Brasil, la "
                    "Renta Dignidad del Estado Plurinacional de Bolivia o el Pilar Solidario "
                    "creado por la reforma de 2008 en Chile."
                ),
                (
                    "Las normas de la OIT orientan el diseño de los sistemas: la parte V del "
                    "Convenio núm. 102 y el Convenio núm. 128 fijan niveles mínimos de "
                    "prestaciones, y la Recomendación núm. 202 incluye la seguridad básica del "
                    "ingreso de las personas de edad entre las garantías del piso de protección "
                    "social. Ante el envejecimiento de la población, son esenciales los "
                    "principios de solidaridad, financiación colectiva, suficiencia de las "
                    "prestaciones y sostenibilidad financiera, verificada mediante valuaciones "
                    "actuariales periódicas."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-c102", "note": "Parte V: prestaciones de vejez"}],
                [
                    "source",
                    {
                        "title": "Convenio sobre las prestaciones de invalidez, vejez y sobrevivientes, "
                        "1967 (núm. 128), y Recomendación núm. 131",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                ["page", {"page": "resource-r202", "note": "Párrafo 5, apartado d)"}],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Informe Mundial sobre la Protección Social, capítulo dedicado a la "
                        "protección social de las personas de edad",
                        "url": "",
                        "publisher": "OIT",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Directrices de la AISS sobre la inversión de los fondos de la seguridad social",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Asistencia técnica para evaluar reformas de pensiones, extender las "
                    "pensiones no contributivas y realizar valuaciones actuariales de los "
                    "regímenes nacionales."
                ),
            ],
            "training": [
                (
                    "Los programas quatrain Américas y quatrain África de la OIT y los cursos "
                    "del Centro Internacional de Formación de la OIT en Turín sobre el diseño y "
                    "la financiación de los regímenes de pensiones."
                ),
            ],
        },
        "en": {
            "title": "Old age and pensions",
            "slug": "old-age-and-pensions",
            "summary": (
                "Ensuring income security in old age through adequate and sustainable "
                "contributory and non-contributory pension systems."
            ),
            "synthesis": [
                (
                    "Old-age pensions are the most developed component of social security in "
                    "most countries, yet in many of them contributory schemes protect only "
                    "workers in formal employment. A large share of older people, and women in "
                    "particular, receive no pension at all or inadequate benefits."
                ),
                (
                    "Many countries have combined contributory schemes with tax-funded "
                    "non-contributory pensions to close coverage gaps. Well-known examples are "
                    "Brazil's rural pension scheme, the Renta Dignidad of the Plurinational "
                    "State of Bolivia and the Pilar Solidario created by Chile's 2008 reform."
                ),
                (
                    "ILO standards guide the design of systems: Part V of Convention No. 102 "
                    "and Convention No. 128 set minimum benefit levels, and Recommendation "
                    "No. 202 includes basic income security for older persons among the "
                    "guarantees of the social protection floor. With population ageing, the "
                    "principles of solidarity, collective financing, adequacy of benefits and "
                    "financial sustainability, verified through regular actuarial valuations, "
                    "are essential."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-c102", "note": "Part V: Old-age benefit"}],
                [
                    "source",
                    {
                        "title": "Invalidity, Old-Age and Survivors' Benefits Convention, 1967 (No. 128), "
                        "and Recommendation No. 131",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                ["page", {"page": "resource-r202", "note": "Paragraph 5(d)"}],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "World Social Protection Report, chapter on social protection for older persons",
                        "url": "",
                        "publisher": "ILO",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "ISSA Guidelines on the Investment of Social Security Funds",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Technical assistance to assess pension reforms, extend non-contributory "
                    "pensions and carry out actuarial valuations of national schemes."
                ),
            ],
            "training": [
                (
                    "The ILO's quatrain Americas and quatrain Africa programmes and the "
                    "courses of the ILO's International Training Centre in Turin on the design "
                    "and financing of pension schemes."
                ),
            ],
        },
        "fr": {
            "title": "Vieillesse et pensions",
            "slug": "vieillesse-et-pensions",
            "summary": (
                "Assurer la sécurité du revenu dans la vieillesse grâce à des systèmes de "
                "pensions contributifs et non contributifs adéquats et durables."
            ),
            "synthesis": [
                (
                    "Les pensions de vieillesse constituent la composante la plus développée "
                    "de la sécurité sociale dans la plupart des pays, mais dans bon nombre "
                    "d'entre eux les régimes contributifs ne protègent que les travailleurs de "
                    "l'emploi formel. Une part importante des personnes âgées, et en "
                    "particulier des femmes, ne perçoit aucune pension ou des prestations "
                    "insuffisantes."
                ),
                (
                    "De nombreux pays ont associé aux régimes contributifs des pensions non "
                    "contributives financées par l'impôt afin de combler les lacunes de la "
                    "couverture. La pension rurale du Brésil, la Renta Dignidad de l'État "
                    "plurinational de Bolivie ou le Pilar Solidario créé par la réforme "
                    "chilienne de 2008 en sont des exemples connus."
                ),
                (
                    "Les normes de l'OIT orientent la conception des systèmes : la partie V de "
                    "la convention n° 102 et la convention n° 128 fixent des niveaux minimaux "
                    "de prestations, et la recommandation n° 202 range la sécurité élémentaire "
                    "du revenu des personnes âgées parmi les garanties du socle de protection "
                    "sociale. Face au vieillissement de la population, les principes de "
                    "solidarité, de financement collectif, d'adéquation des prestations et de "
                    "viabilité financière, vérifiée par des évaluations actuarielles "
                    "périodiques, sont essentiels."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-c102", "note": "Partie V : prestations de vieillesse"}],
                [
                    "source",
                    {
                        "title": "Convention (n° 128) concernant les prestations d'invalidité, de "
                        "vieillesse et de survivants, 1967, et recommandation n° 131",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                ["page", {"page": "resource-r202", "note": "Paragraphe 5 d)"}],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Rapport mondial sur la protection sociale, chapitre consacré à la "
                        "protection sociale des personnes âgées",
                        "url": "",
                        "publisher": "BIT",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Lignes directrices de l'AISS sur le placement des fonds de la sécurité sociale",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Assistance technique pour évaluer les réformes des pensions, étendre les "
                    "pensions non contributives et réaliser des évaluations actuarielles des "
                    "régimes nationaux."
                ),
            ],
            "training": [
                (
                    "Les programmes quatrain Amériques et quatrain Afrique de l'OIT et les "
                    "cours du Centre international de formation de l'OIT à Turin sur la "
                    "conception et le financement des régimes de pensions."
                ),
            ],
        },
    },
    {
        "key": "theme-floor",
        "type": "themes.ThemePage",
        "parent": "themes",
        "es": {
            "title": "Piso de protección social",
            "slug": "piso-de-proteccion-social",
            "summary": (
                "Las garantías básicas de seguridad social que todos los países deberían "
                "establecer, según la Recomendación núm. 202 de la OIT."
            ),
            "synthesis": [
                (
                    "Los pisos de protección social son conjuntos de garantías básicas de "
                    "seguridad social definidos a nivel nacional que aseguran una protección "
                    "destinada a prevenir o aliviar la pobreza, la vulnerabilidad y la "
                    "exclusión social. La Recomendación sobre los pisos de protección social, "
                    "2012 (núm. 202), recoge el consenso construido en torno a la Iniciativa "
                    "del Piso de Protección Social del sistema de las Naciones Unidas, lanzada "
                    "en 2009. Las cuatro garantías básicas son:"
                ),
                [
                    "el acceso a la atención de salud esencial, incluida la atención de la maternidad;",
                    "la seguridad básica del ingreso para los niños;",
                    (
                        "la seguridad básica del ingreso para las personas en edad activa que no "
                        "pueden obtener ingresos suficientes, en particular en caso de "
                        "enfermedad, desempleo, maternidad e invalidez;"
                    ),
                    "la seguridad básica del ingreso para las personas de edad.",
                ],
                (
                    "La Recomendación propone una estrategia bidimensional: extender "
                    "horizontalmente las garantías del piso a toda la población y alcanzar "
                    "progresivamente, en la dimensión vertical, niveles más elevados de "
                    "protección orientados por el Convenio núm. 102. Para estimar el coste de "
                    "las garantías y el espacio fiscal disponible, la OIT utiliza el Protocolo "
                    "de evaluación rápida (RAP) en el marco de diálogos nacionales basados en "
                    "evaluaciones. La meta 1.3 de los Objetivos de Desarrollo Sostenible retoma "
                    "este compromiso."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-r202", "note": ""}],
                [
                    "source",
                    {
                        "title": "Piso de protección social para una globalización equitativa e inclusiva, "
                        "informe del Grupo consultivo presidido por Michelle Bachelet (OIT)",
                        "url": "",
                        "publisher": "",
                        "year": 2011,
                    },
                ],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "guía de buenas prácticas sobre los diálogos nacionales basados en "
                        "evaluaciones de la protección social (2016), que describe el uso del "
                        "Protocolo de evaluación rápida",
                        "url": "",
                        "publisher": "OIT",
                        "year": None,
                    },
                ]
            ],
            "ongoing_projects": [
                (
                    "Programa Insignia Mundial de la OIT sobre la Creación de Pisos de "
                    "Protección Social para Todos, lanzado en 2016, que apoya a los países en "
                    "el diseño y la aplicación de sus pisos nacionales."
                ),
            ],
            "training": [
                (
                    "Cursos del Centro Internacional de Formación de la OIT en Turín sobre los "
                    "pisos de protección social y el cálculo de su coste."
                ),
            ],
        },
        "en": {
            "title": "Social protection floor",
            "slug": "social-protection-floor",
            "summary": (
                "The basic social security guarantees that all countries should establish, "
                "according to ILO Recommendation No. 202."
            ),
            "synthesis": [
                (
                    "Social protection floors are nationally defined sets of basic social "
                    "security guarantees that secure protection aimed at preventing or "
                    "alleviating poverty, vulnerability and social exclusion. The Social "
                    "Protection Floors Recommendation, 2012 (No. 202), reflects the consensus "
                    "built around the Social Protection Floor Initiative of the United Nations "
                    "system, launched in 2009. The four basic guarantees are:"
                ),
                [
                    "access to essential health care, including maternity care;",
                    "basic income security for children;",
                    (
                        "basic income security for persons in active age who are unable to earn "
                        "sufficient income, in particular in cases of sickness, unemployment, "
                        "maternity and disability;"
                    ),
                    "basic income security for older persons.",
                ],
                (
                    "The Recommendation sets out a two-dimensional strategy: extending the "
                    "floor guarantees horizontally to the whole population and progressively "
                    "achieving, along the vertical dimension, higher levels of protection "
                    "guided by Convention No. 102. To estimate the cost of the guarantees and "
                    "the available fiscal space, the ILO uses the Rapid Assessment Protocol "
                    "(RAP) within assessment-based national dialogues. Target 1.3 of the "
                    "Sustainable Development Goals takes up this commitment."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-r202", "note": ""}],
                [
                    "source",
                    {
                        "title": "Social protection floor for a fair and inclusive globalization, report of "
                        "the Advisory Group chaired by Michelle Bachelet (ILO)",
                        "url": "",
                        "publisher": "",
                        "year": 2011,
                    },
                ],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "good practices guide on social protection assessment-based national "
                        "dialogues (2016), which describes the use of the Rapid Assessment "
                        "Protocol",
                        "url": "",
                        "publisher": "ILO",
                        "year": None,
                    },
                ]
            ],
            "ongoing_projects": [
                (
                    "The ILO Global Flagship Programme on Building Social Protection Floors "
                    "for All, launched in 2016, which supports countries in designing and "
                    "implementing their national floors."
                ),
            ],
            "training": [
                (
                    "Courses of the ILO's International Training Centre in Turin on social "
                    "protection floors and their costing."
                ),
            ],
        },
        "fr": {
            "title": "Socle de protection sociale",
            "slug": "socle-de-protection-sociale",
            "summary": (
                "Les garanties élémentaires de sécurité sociale que tous les pays devraient "
                "établir, selon la recommandation n° 202 de l'OIT."
            ),
            "synthesis": [
                (
                    "Les socles de protection sociale sont des ensembles de garanties "
                    "élémentaires de sécurité sociale définis à l'échelle nationale, qui "
                    "assurent une protection visant à prévenir ou à réduire la pauvreté, la "
                    "vulnérabilité et l'exclusion sociale. La recommandation (n° 202) sur les "
                    "socles de protection sociale, 2012, consacre le consensus construit autour "
                    "de l'Initiative pour un socle de protection sociale du système des Nations "
                    "Unies, lancée en 2009. Les quatre garanties élémentaires sont :"
                ),
                [
                    "l'accès aux soins de santé essentiels, y compris les soins de maternité ;",
                    "la sécurité élémentaire de revenu pour les enfants ;",
                    (
                        "la sécurité élémentaire de revenu pour les personnes d'âge actif qui "
                        "ne peuvent gagner un revenu suffisant, en particulier en cas de "
                        "maladie, de chômage, de maternité et d'invalidité ;"
                    ),
                    "la sécurité élémentaire de revenu pour les personnes âgées.",
                ],
                (
                    "La recommandation propose une stratégie bidimensionnelle : étendre "
                    "horizontalement les garanties du socle à l'ensemble de la population et "
                    "atteindre progressivement, dans la dimension verticale, des niveaux de "
                    "protection plus élevés guidés par la convention n° 102. Pour estimer le "
                    "coût des garanties et la marge budgétaire disponible, l'OIT utilise le "
                    "Protocole d'évaluation rapide (RAP) dans le cadre de dialogues nationaux "
                    "fondés sur des évaluations. La cible 1.3 des Objectifs de développement "
                    "durable reprend cet engagement."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-r202", "note": ""}],
                [
                    "source",
                    {
                        "title": "Socle de protection sociale pour une mondialisation juste et inclusive, "
                        "rapport du Groupe consultatif présidé par Michelle Bachelet (BIT)",
                        "url": "",
                        "publisher": "",
                        "year": 2011,
                    },
                ],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "guide de bonnes pratiques sur les dialogues nationaux fondés sur des "
                        "évaluations de la protection sociale (2016), qui décrit l'utilisation du "
                        "Protocole d'évaluation rapide",
                        "url": "",
                        "publisher": "BIT",
                        "year": None,
                    },
                ]
            ],
            "ongoing_projects": [
                (
                    "Le Programme phare mondial de l'OIT sur la mise en place de socles de "
                    "protection sociale pour tous, lancé en 2016, qui aide les pays à "
                    "concevoir et à mettre en œuvre leurs socles nationaux."
                ),
            ],
            "training": [
                (
                    "Cours du Centre international de formation de l'OIT à Turin sur les "
                    "socles de protection sociale et leur chiffrage."
                ),
            ],
        },
    },
    {
        "key": "theme-right",
        "type": "themes.ThemePage",
        "parent": "themes",
        "es": {
            "title": "Derecho a la seguridad social",
            "slug": "derecho-a-la-seguridad-social",
            "summary": (
                "La seguridad social como derecho humano, reconocido en los instrumentos "
                "internacionales y promovido por la Campaña Mundial sobre Seguridad Social "
                "y Cobertura para Todos."
            ),
            "synthesis": [
                (
                    "La seguridad social es un derecho humano. La Declaración Universal de "
                    "Derechos Humanos de 1948 lo reconoce en sus artículos 22 y 25, y el Pacto "
                    "Internacional de Derechos Económicos, Sociales y Culturales en su artículo "
                    "9. El Comité de Derechos Económicos, Sociales y Culturales precisó su "
                    "contenido en la Observación general núm. 19 (2008)."
                ),
                (
                    "El mandato de la OIT en este ámbito se remonta a la Declaración de "
                    "Filadelfia de 1944, que le encomendó fomentar la extensión de las medidas "
                    "de seguridad social para garantizar ingresos básicos a quienes los "
                    "necesiten y prestar asistencia médica completa. En 2001, la Conferencia "
                    "Internacional del Trabajo alcanzó un nuevo consenso que dio la máxima "
                    "prioridad a la extensión de la cobertura a quienes carecen de ella, y en "
                    "2003 se lanzó la Campaña Mundial sobre Seguridad Social y Cobertura para "
                    "Todos."
                ),
                (
                    "Un enfoque basado en derechos exige que las prestaciones estén definidas "
                    "por la ley, que sean previsibles y no discriminatorias, que se respete la "
                    "dignidad de las personas y que existan mecanismos de queja y de apelación "
                    "accesibles. Esta página contribuye a la promoción de la extensión y "
                    "difunde la visión de la seguridad social como parte del Programa de "
                    "Trabajo Decente."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Declaración Universal de Derechos Humanos (1948), artículos 22 y 25",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Pacto Internacional de Derechos Económicos, Sociales y Culturales (1966), "
                        "artículo 9, y Observación general núm. 19 del Comité de Derechos "
                        "Económicos, Sociales y Culturales",
                        "url": "",
                        "publisher": "",
                        "year": 2008,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Declaración de Filadelfia (1944), parte III, apartado f)",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Seguridad social: un nuevo consenso (Ginebra)",
                        "url": "",
                        "publisher": "OIT",
                        "year": 2001,
                    },
                ]
            ],
            "ongoing_projects": [
                (
                    "El observatorio de la Campaña Mundial, que sigue los progresos de la "
                    "cobertura en los países y documenta iniciativas de extensión que pueden "
                    "servir de inspiración."
                ),
            ],
            "training": [
                (
                    "Módulos sobre el enfoque basado en derechos en los cursos del Centro "
                    "Internacional de Formación de la OIT en Turín dedicados a la extensión de "
                    "la seguridad social."
                ),
            ],
        },
        "en": {
            "title": "Right to social security",
            "slug": "right-to-social-security",
            "summary": (
                "Social security as a human right, recognised in international instruments "
                "and promoted by the Global Campaign on Social Security and Coverage for All."
            ),
            "synthesis": [
                (
                    "Social security is a human right. The Universal Declaration of Human "
                    "Rights of 1948 recognises it in Articles 22 and 25, and the International "
                    "Covenant on Economic, Social and Cultural Rights in Article 9. The "
                    "Committee on Economic, Social and Cultural Rights set out its content in "
                    "General Comment No. 19 (2008)."
                ),
                (
                    "The ILO's mandate in this field goes back to the Declaration of "
                    "Philadelphia of 1944, which entrusted it with furthering the extension of "
                    "social security measures to provide a basic income to all in need of such "
                    "protection and comprehensive medical care. In 2001, the International "
                    "Labour Conference reached a new consensus that gave the highest priority "
                    "to extending coverage to those who have none, and in 2003 the Global "
                    "Campaign on Social Security and Coverage for All was launched."
                ),
                (
                    "A rights-based approach requires benefits to be defined by law, "
                    "predictable and non-discriminatory, respect for people's dignity, and "
                    "accessible complaint and appeal mechanisms. This page supports advocacy "
                    "for extension and spreads the view of social security as part of the "
                    "Decent Work Agenda."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Universal Declaration of Human Rights (1948), Articles 22 and 25",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "International Covenant on Economic, Social and Cultural Rights (1966), "
                        "Article 9, and General Comment No. 19 of the Committee on Economic, "
                        "Social and Cultural Rights",
                        "url": "",
                        "publisher": "",
                        "year": 2008,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Declaration of Philadelphia (1944), Part III(f)",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "further_reading": [
                [
                    "source",
                    {"title": "Social security: A new consensus (Geneva)", "url": "", "publisher": "ILO", "year": 2001},
                ]
            ],
            "ongoing_projects": [
                (
                    "The observatory of the Global Campaign, which tracks progress in coverage "
                    "across countries and documents extension initiatives that can serve as "
                    "inspiration."
                ),
            ],
            "training": [
                (
                    "Modules on the rights-based approach in the courses of the ILO's "
                    "International Training Centre in Turin devoted to the extension of social "
                    "security."
                ),
            ],
        },
        "fr": {
            "title": "Droit à la sécurité sociale",
            "slug": "droit-a-la-securite-sociale",
            "summary": (
                "La sécurité sociale comme droit humain, reconnu par les instruments "
                "internationaux et promu par la Campagne mondiale sur la sécurité sociale et "
                "la couverture pour tous."
            ),
            "synthesis": [
                (
                    "La sécurité sociale est un droit humain. La Déclaration universelle des "
                    "droits de l'homme de 1948 le reconnaît dans ses articles 22 et 25, et le "
                    "Pacte international relatif aux droits économiques, sociaux et culturels "
                    "dans son article 9. Le Comité des droits économiques, sociaux et culturels "
                    "en a précisé le contenu dans son Observation générale n° 19 (2008)."
                ),
                (
                    "Le mandat de l'OIT dans ce domaine remonte à la Déclaration de "
                    "Philadelphie de 1944, qui l'a chargée de seconder l'extension des mesures "
                    "de sécurité sociale en vue d'assurer un revenu de base à tous ceux qui ont "
                    "besoin d'une telle protection, ainsi que des soins médicaux complets. En "
                    "2001, la Conférence internationale du Travail est parvenue à un nouveau "
                    "consensus donnant la plus haute priorité à l'extension de la couverture à "
                    "ceux qui en sont dépourvus, et la Campagne mondiale sur la sécurité "
                    "sociale et la couverture pour tous a été lancée en 2003."
                ),
                (
                    "Une approche fondée sur les droits exige que les prestations soient "
                    "définies par la loi, prévisibles et non discriminatoires, que la dignité "
                    "des personnes soit respectée et que des mécanismes de plainte et de "
                    "recours accessibles existent. Cette page soutient la promotion de "
                    "l'extension et diffuse la vision de la sécurité sociale comme composante "
                    "de l'Agenda du travail décent."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Déclaration universelle des droits de l'homme (1948), articles 22 et 25",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Pacte international relatif aux droits économiques, sociaux et culturels "
                        "(1966), article 9, et Observation générale n° 19 du Comité des droits "
                        "économiques, sociaux et culturels",
                        "url": "",
                        "publisher": "",
                        "year": 2008,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Déclaration de Philadelphie (1944), partie III, alinéa f)",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Sécurité sociale : un nouveau consensus (Genève)",
                        "url": "",
                        "publisher": "BIT",
                        "year": 2001,
                    },
                ]
            ],
            "ongoing_projects": [
                (
                    "L'observatoire de la Campagne mondiale, qui suit les progrès de la "
                    "couverture dans les pays et documente des initiatives d'extension "
                    "susceptibles d'inspirer d'autres acteurs."
                ),
            ],
            "training": [
                (
                    "Modules sur l'approche fondée sur les droits dans les cours du Centre "
                    "international de formation de l'OIT à Turin consacrés à l'extension de la "
                    "sécurité sociale."
                ),
            ],
        },
    },
    {
        "key": "theme-legal",
        "type": "themes.ThemePage",
        "parent": "themes",
        "es": {
            "title": "Instrumentos jurídicos",
            "slug": "instrumentos-juridicos",
            "summary": (
                "Las normas internacionales de seguridad social y las herramientas para "
                "elaborar y revisar la legislación nacional."
            ),
            "synthesis": [
                (
                    "Las normas internacionales del trabajo constituyen el marco de referencia "
                    "de los sistemas de seguridad social. El Convenio sobre la seguridad social "
                    "(norma mínima), 1952 (núm. 102), define las nueve ramas clásicas de la "
                    "seguridad social —asistencia médica, enfermedad, desempleo, vejez, "
                    "accidentes del trabajo y enfermedades profesionales, prestaciones "
                    "familiares, maternidad, invalidez y sobrevivientes— y fija para cada una "
                    "niveles mínimos de protección."
                ),
                (
                    "Los convenios posteriores establecen niveles más elevados para ramas "
                    "concretas, entre ellos los Convenios núm. 121 (accidentes del trabajo y "
                    "enfermedades profesionales), núm. 128 (invalidez, vejez y sobrevivientes), "
                    "núm. 130 (asistencia médica y enfermedad), núm. 168 (fomento del empleo y "
                    "protección contra el desempleo) y núm. 183 (protección de la maternidad). "
                    "Los Convenios núm. 118 y núm. 157 protegen los derechos de los "
                    "trabajadores migrantes, y la Recomendación núm. 202 orienta el "
                    "establecimiento de pisos de protección social."
                ),
                (
                    "La ratificación somete a los Estados al control regular de los órganos de "
                    "control de la OIT. Más allá de la ratificación, las normas sirven de guía "
                    "para redactar leyes que definan con claridad las personas protegidas, las "
                    "prestaciones, las condiciones de acceso, la financiación y la gobernanza. "
                    "La plataforma reúne herramientas y ejemplos para la elaboración de textos "
                    "jurídicos."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-c102", "note": ""}],
                [
                    "source",
                    {
                        "title": "Convenio sobre las prestaciones de invalidez, vejez y sobrevivientes, "
                        "1967 (núm. 128)",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Convenio sobre asistencia médica y prestaciones monetarias de enfermedad, "
                        "1969 (núm. 130)",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Convenio sobre el fomento del empleo y la protección contra el desempleo, "
                        "1988 (núm. 168)",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                ["page", {"page": "resource-r202", "note": ""}],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Comisión de Expertos en Aplicación de Convenios y Recomendaciones, La "
                        "seguridad social y la primacía del derecho, Estudio General relativo a "
                        "los instrumentos de seguridad social (OIT)",
                        "url": "",
                        "publisher": "",
                        "year": 2011,
                    },
                ]
            ],
            "ongoing_projects": [
                (
                    "Apoyo técnico a los gobiernos y a los interlocutores sociales para evaluar "
                    "la conformidad de la legislación nacional con el Convenio núm. 102 y "
                    "preparar su ratificación."
                ),
            ],
            "training": [
                (
                    "Cursos del Centro Internacional de Formación de la OIT en Turín sobre las "
                    "normas internacionales del trabajo y la legislación de seguridad social."
                ),
            ],
        },
        "en": {
            "title": "Legal instruments",
            "slug": "legal-instruments",
            "summary": (
                "International social security standards and tools for drafting and reviewing national legislation."
            ),
            "synthesis": [
                (
                    "International labour standards are the frame of reference for social "
                    "security systems. The Social Security (Minimum Standards) Convention, 1952 "
                    "(No. 102), defines the nine classical branches of social security "
                    "(medical care, sickness, unemployment, old age, employment injury, family "
                    "benefits, maternity, invalidity and survivors' benefits) and sets minimum "
                    "levels of protection for each of them."
                ),
                (
                    "Later Conventions set higher standards for specific branches, among them "
                    "Conventions No. 121 (employment injury), No. 128 (invalidity, old-age and "
                    "survivors' benefits), No. 130 (medical care and sickness benefits), "
                    "No. 168 (employment promotion and protection against unemployment) and "
                    "No. 183 (maternity protection). Conventions No. 118 and No. 157 protect "
                    "the rights of migrant workers, and Recommendation No. 202 guides the "
                    "establishment of social protection floors."
                ),
                (
                    "Ratification places States under the regular supervision of the ILO "
                    "supervisory bodies. Beyond ratification, the standards serve as a guide "
                    "for drafting laws that clearly define the persons protected, the "
                    "benefits, the qualifying conditions, financing and governance. The "
                    "platform brings together tools and examples for drafting legal texts."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-c102", "note": ""}],
                [
                    "source",
                    {
                        "title": "Invalidity, Old-Age and Survivors' Benefits Convention, 1967 (No. 128)",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Medical Care and Sickness Benefits Convention, 1969 (No. 130)",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Employment Promotion and Protection against Unemployment Convention, 1988 (No. 168)",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                ["page", {"page": "resource-r202", "note": ""}],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Committee of Experts on the Application of Conventions and "
                        "Recommendations, Social security and the rule of law, General Survey "
                        "concerning social security instruments (ILO)",
                        "url": "",
                        "publisher": "",
                        "year": 2011,
                    },
                ]
            ],
            "ongoing_projects": [
                (
                    "Technical support to governments and the social partners to assess the "
                    "conformity of national legislation with Convention No. 102 and to prepare "
                    "its ratification."
                ),
            ],
            "training": [
                (
                    "Courses of the ILO's International Training Centre in Turin on "
                    "international labour standards and social security legislation."
                ),
            ],
        },
        "fr": {
            "title": "Instruments juridiques",
            "slug": "instruments-juridiques",
            "summary": (
                "Les normes internationales de sécurité sociale et les outils pour élaborer "
                "et réviser la législation nationale."
            ),
            "synthesis": [
                (
                    "Les normes internationales du travail constituent le cadre de référence "
                    "des systèmes de sécurité sociale. La convention (n° 102) concernant la "
                    "sécurité sociale (norme minimum), 1952, définit les neuf branches "
                    "classiques de la sécurité sociale (soins médicaux, maladie, chômage, "
                    "vieillesse, accidents du travail et maladies professionnelles, "
                    "prestations familiales, maternité, invalidité et survivants) et fixe pour "
                    "chacune d'elles des niveaux minimaux de protection."
                ),
                (
                    "Les conventions ultérieures fixent des niveaux plus élevés pour certaines "
                    "branches, notamment les conventions n° 121 (accidents du travail et "
                    "maladies professionnelles), n° 128 (invalidité, vieillesse et "
                    "survivants), n° 130 (soins médicaux et indemnités de maladie), n° 168 "
                    "(promotion de l'emploi et protection contre le chômage) et n° 183 "
                    "(protection de la maternité). Les conventions n° 118 et n° 157 protègent "
                    "les droits des travailleurs migrants, et la recommandation n° 202 guide "
                    "la mise en place des socles de protection sociale."
                ),
                (
                    "La ratification soumet les États au contrôle régulier des organes de "
                    "contrôle de l'OIT. Au-delà de la ratification, les normes servent de "
                    "guide pour rédiger des lois qui définissent clairement les personnes "
                    "protégées, les prestations, les conditions d'ouverture des droits, le "
                    "financement et la gouvernance. La plateforme réunit des outils et des "
                    "exemples pour la rédaction de textes juridiques."
                ),
            ],
            "policy_documents": [
                ["page", {"page": "resource-c102", "note": ""}],
                [
                    "source",
                    {
                        "title": "Convention (n° 128) concernant les prestations d'invalidité, de "
                        "vieillesse et de survivants, 1967",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Convention (n° 130) concernant les soins médicaux et les indemnités de maladie, 1969",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Convention (n° 168) sur la promotion de l'emploi et la protection contre "
                        "le chômage, 1988",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                ["page", {"page": "resource-r202", "note": ""}],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Commission d'experts pour l'application des conventions et "
                        "recommandations, La sécurité sociale et la primauté du droit, étude "
                        "d'ensemble concernant les instruments relatifs à la sécurité sociale "
                        "(BIT)",
                        "url": "",
                        "publisher": "",
                        "year": 2011,
                    },
                ]
            ],
            "ongoing_projects": [
                (
                    "Appui technique aux gouvernements et aux partenaires sociaux pour évaluer "
                    "la conformité de la législation nationale avec la convention n° 102 et "
                    "préparer sa ratification."
                ),
            ],
            "training": [
                (
                    "Cours du Centre international de formation de l'OIT à Turin sur les "
                    "normes internationales du travail et la législation de sécurité sociale."
                ),
            ],
        },
    },
    {
        "key": "theme-statistics",
        "type": "themes.ThemePage",
        "parent": "themes",
        "es": {
            "title": "Estadísticas",
            "slug": "estadisticas",
            "summary": (
                "Datos y bases de datos para medir la cobertura de la seguridad social y seguir sus progresos."
            ),
            "synthesis": [
                (
                    "Medir la cobertura es indispensable para conocer la magnitud de las "
                    "brechas de protección y seguir los progresos de la extensión. Conviene "
                    "distinguir la cobertura legal, es decir, las personas protegidas por la "
                    "legislación, de la cobertura efectiva, que comprende a quienes cotizan "
                    "activamente o reciben efectivamente prestaciones."
                ),
                (
                    "La OIT recopila datos nacionales mediante la Encuesta de Seguridad Social "
                    "(<i>Social Security Inquiry</i>), que alimenta la Base de Datos Mundial "
                    "sobre Protección Social y el Informe Mundial sobre la Protección Social. "
                    "La OIT es además el organismo custodio del indicador 1.3.1 de los "
                    "Objetivos de Desarrollo Sostenible, que mide la proporción de la población "
                    "cubierta por sistemas de protección social."
                ),
                (
                    "Los registros administrativos de las instituciones, las encuestas de "
                    "hogares y los datos de gasto público se complementan entre sí. Su calidad "
                    "depende de definiciones comunes y de sistemas de información sólidos en "
                    "las instituciones de seguridad social. Las páginas de estadística de la "
                    "plataforma remiten a las principales bases de datos."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Resolución sobre el desarrollo de las estadísticas de la seguridad "
                        "social, adoptada por la Novena Conferencia Internacional de Estadísticos "
                        "del Trabajo",
                        "url": "",
                        "publisher": "",
                        "year": 1957,
                    },
                ]
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Base de Datos Mundial sobre Protección Social",
                        "url": "",
                        "publisher": "OIT",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "AISS y Administración de la Seguridad Social de los Estados Unidos, "
                        "Social Security Programs Throughout the World, descripciones por país de "
                        "los regímenes de seguridad social",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Rondas periódicas de la Encuesta de Seguridad Social de la OIT, realizadas "
                    "con puntos focales nacionales, que actualizan los indicadores de "
                    "cobertura y de gasto."
                ),
            ],
            "training": [
                (
                    "Cursos del Centro Internacional de Formación de la OIT en Turín sobre las "
                    "estadísticas de protección social y el seguimiento de los indicadores de "
                    "los Objetivos de Desarrollo Sostenible."
                ),
            ],
        },
        "en": {
            "title": "Statistics",
            "slug": "statistics",
            "summary": ("Data and databases to measure social security coverage and track its progress."),
            "synthesis": [
                (
                    "Measuring coverage is essential to gauge the size of protection gaps and "
                    "to track progress in extension. A distinction should be made between "
                    "legal coverage, that is, the persons protected by legislation, and "
                    "effective coverage, which includes those who actively contribute or "
                    "actually receive benefits."
                ),
                (
                    "The ILO collects national data through the Social Security Inquiry, which "
                    "feeds the World Social Protection Database and the World Social "
                    "Protection Report. The ILO is also the custodian agency of indicator "
                    "1.3.1 of the Sustainable Development Goals, which measures the proportion "
                    "of the population covered by social protection systems."
                ),
                (
                    "Institutions' administrative records, household surveys and public "
                    "expenditure data complement one another. Their quality depends on common "
                    "definitions and on sound information systems in social security "
                    "institutions. The platform's statistics pages point to the main "
                    "databases."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Resolution concerning the development of social security statistics, "
                        "adopted by the Ninth International Conference of Labour Statisticians",
                        "url": "",
                        "publisher": "",
                        "year": 1957,
                    },
                ]
            ],
            "further_reading": [
                ["source", {"title": "World Social Protection Database", "url": "", "publisher": "ILO", "year": None}],
                [
                    "source",
                    {
                        "title": "ISSA and the United States Social Security Administration, Social "
                        "Security Programs Throughout the World, country descriptions of social "
                        "security schemes",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Regular rounds of the ILO Social Security Inquiry, carried out with "
                    "national focal points, which update coverage and expenditure indicators."
                ),
            ],
            "training": [
                (
                    "Courses of the ILO's International Training Centre in Turin on social "
                    "protection statistics and the monitoring of Sustainable Development Goal "
                    "indicators."
                ),
            ],
        },
        "fr": {
            "title": "Statistiques",
            "slug": "statistiques",
            "summary": (
                "Données et bases de données pour mesurer la couverture de la sécurité sociale et suivre ses progrès."
            ),
            "synthesis": [
                (
                    "Mesurer la couverture est indispensable pour connaître l'ampleur des "
                    "lacunes de protection et suivre les progrès de l'extension. Il convient "
                    "de distinguer la couverture légale, c'est-à-dire les personnes protégées "
                    "par la législation, de la couverture effective, qui comprend celles qui "
                    "cotisent activement ou perçoivent effectivement des prestations."
                ),
                (
                    "L'OIT recueille des données nationales au moyen de l'Enquête sur la "
                    "sécurité sociale (<i>Social Security Inquiry</i>), qui alimente la Base de "
                    "données mondiale sur la protection sociale et le Rapport mondial sur la "
                    "protection sociale. L'OIT est en outre l'organisme responsable de "
                    "l'indicateur 1.3.1 des Objectifs de développement durable, qui mesure la "
                    "proportion de la population couverte par des systèmes de protection "
                    "sociale."
                ),
                (
                    "Les registres administratifs des institutions, les enquêtes auprès des "
                    "ménages et les données sur les dépenses publiques se complètent. Leur "
                    "qualité dépend de définitions communes et de systèmes d'information "
                    "solides dans les institutions de sécurité sociale. Les pages "
                    "statistiques de la plateforme renvoient aux principales bases de données."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Résolution concernant le développement des statistiques de la sécurité "
                        "sociale, adoptée par la neuvième Conférence internationale des "
                        "statisticiens du travail",
                        "url": "",
                        "publisher": "",
                        "year": 1957,
                    },
                ]
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Base de données mondiale sur la protection sociale",
                        "url": "",
                        "publisher": "BIT",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "AISS et Administration de la sécurité sociale des États-Unis, Social "
                        "Security Programs Throughout the World, descriptions par pays des régimes "
                        "de sécurité sociale",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Cycles réguliers de l'Enquête sur la sécurité sociale de l'OIT, menés avec "
                    "des points focaux nationaux, qui actualisent les indicateurs de couverture "
                    "et de dépenses."
                ),
            ],
            "training": [
                (
                    "Cours du Centre international de formation de l'OIT à Turin sur les "
                    "statistiques de la protection sociale et le suivi des indicateurs des "
                    "Objectifs de développement durable."
                ),
            ],
        },
    },
    {
        "key": "theme-financing",
        "type": "themes.ThemePage",
        "parent": "themes",
        "es": {
            "title": "Presupuesto social, SPER y valuaciones actuariales",
            "slug": "presupuesto-social-sper-y-valuaciones-actuariales",
            "summary": (
                "Herramientas cuantitativas para analizar el gasto en protección social, "
                "proyectar su coste y garantizar la sostenibilidad financiera de los "
                "regímenes."
            ),
            "synthesis": [
                (
                    "La extensión de la seguridad social requiere decisiones informadas sobre "
                    "el coste de las prestaciones, su financiación y su sostenibilidad a largo "
                    "plazo. La OIT ha desarrollado un conjunto de herramientas cuantitativas "
                    "para acompañar a los países en la definición, el cálculo de costes y la "
                    "implementación de sus sistemas de seguridad social."
                ),
                (
                    "La Revisión del Gasto y del Desempeño de la Protección Social (SPER) "
                    "analiza el conjunto del gasto en protección social, su financiación y sus "
                    "resultados en términos de cobertura y de reducción de la pobreza; se ha "
                    "aplicado, entre otros países, en Tanzania y en Zambia. El presupuesto "
                    "social proyecta los ingresos y los gastos del sistema de protección "
                    "social en su conjunto y los vincula con el marco macroeconómico y fiscal."
                ),
                (
                    "Las valuaciones actuariales proyectan a largo plazo la situación "
                    "financiera de los regímenes de pensiones, de salud o de riesgos "
                    "profesionales y permiten verificar que las tasas de cotización y las "
                    "reservas son suficientes. El Convenio núm. 102 pide a los Estados que "
                    "velen por que se realicen periódicamente los estudios y cálculos "
                    "actuariales necesarios. Los usuarios disponen además de un espacio de "
                    "autoaprendizaje en línea sobre presupuesto social."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Directrices de la AISS sobre el trabajo actuarial en la seguridad social",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "page",
                    {
                        "page": "resource-c102",
                        "note": "Artículo 71, sobre la responsabilidad general del Estado en la "
                        "financiación y la administración de las prestaciones",
                    },
                ],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "W. Scholz, M. Cichon y K. Hagemejer, Social Budgeting (OIT y AISS)",
                        "url": "",
                        "publisher": "",
                        "year": 2000,
                    },
                ],
                [
                    "source",
                    {
                        "title": "M. Cichon y otros, Financing Social Protection (OIT y AISS)",
                        "url": "",
                        "publisher": "",
                        "year": 2004,
                    },
                ],
                [
                    "source",
                    {
                        "title": "S. Iyer, Actuarial Mathematics of Social Security Pensions (OIT y AISS)",
                        "url": "",
                        "publisher": "",
                        "year": 1999,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Revisiones del gasto en protección social y valuaciones actuariales "
                    "realizadas con el apoyo de la OIT; las experiencias de Tanzania y Zambia "
                    "se presentan en los perfiles de país correspondientes."
                ),
            ],
            "training": [
                (
                    "Los programas quatrain Américas y quatrain África de la OIT, dedicados a "
                    "los métodos cuantitativos de la seguridad social, y el espacio de "
                    "autoaprendizaje en línea sobre presupuesto social."
                ),
            ],
        },
        "en": {
            "title": "Social budgeting, SPER and actuarial valuations",
            "slug": "social-budgeting-sper-and-actuarial-valuations",
            "summary": (
                "Quantitative tools to analyse social protection expenditure, project its "
                "cost and ensure the financial sustainability of schemes."
            ),
            "synthesis": [
                (
                    "Extending social security calls for informed decisions on the cost of "
                    "benefits, their financing and their long-term sustainability. The ILO has "
                    "developed a set of quantitative tools to support countries in the design, "
                    "costing and implementation of their social security systems."
                ),
                (
                    "The Social Protection Expenditure and Performance Review (SPER) analyses "
                    "total social protection expenditure, its financing and its results in "
                    "terms of coverage and poverty reduction; it has been applied in Tanzania "
                    "and Zambia, among other countries. Social budgeting projects the income "
                    "and expenditure of the social protection system as a whole and links them "
                    "to the macroeconomic and fiscal framework."
                ),
                (
                    "Actuarial valuations project the long-term financial position of pension, "
                    "health or employment injury schemes and make it possible to check that "
                    "contribution rates and reserves are sufficient. Convention No. 102 asks "
                    "States to ensure that the necessary actuarial studies and calculations "
                    "are made periodically. Users also have access to an online self-learning "
                    "space on social budgeting."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "ISSA Guidelines on Actuarial Work for Social Security",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "page",
                    {
                        "page": "resource-c102",
                        "note": "Article 71, on the general responsibility of the State for the financing "
                        "and administration of benefits",
                    },
                ],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "W. Scholz, M. Cichon and K. Hagemejer, Social Budgeting (ILO and ISSA)",
                        "url": "",
                        "publisher": "",
                        "year": 2000,
                    },
                ],
                [
                    "source",
                    {
                        "title": "M. Cichon et al., Financing Social Protection (ILO and ISSA)",
                        "url": "",
                        "publisher": "",
                        "year": 2004,
                    },
                ],
                [
                    "source",
                    {
                        "title": "S. Iyer, Actuarial Mathematics of Social Security Pensions (ILO and ISSA)",
                        "url": "",
                        "publisher": "",
                        "year": 1999,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Social protection expenditure reviews and actuarial valuations carried "
                    "out with ILO support; the experiences of Tanzania and Zambia are "
                    "presented in the relevant country profiles."
                ),
            ],
            "training": [
                (
                    "The ILO's quatrain Americas and quatrain Africa programmes, devoted to "
                    "quantitative methods in social security, and the online self-learning "
                    "space on social budgeting."
                ),
            ],
        },
        "fr": {
            "title": "Budget social, SPER et évaluations actuarielles",
            "slug": "budget-social-sper-et-evaluations-actuarielles",
            "summary": (
                "Des outils quantitatifs pour analyser les dépenses de protection sociale, "
                "en projeter le coût et garantir la viabilité financière des régimes."
            ),
            "synthesis": [
                (
                    "L'extension de la sécurité sociale exige des décisions éclairées sur le "
                    "coût des prestations, leur financement et leur viabilité à long terme. "
                    "L'OIT a mis au point un ensemble d'outils quantitatifs pour accompagner "
                    "les pays dans la conception, le chiffrage et la mise en œuvre de leurs "
                    "systèmes de sécurité sociale."
                ),
                (
                    "La revue des dépenses et de la performance de la protection sociale "
                    "(SPER) analyse l'ensemble des dépenses de protection sociale, leur "
                    "financement et leurs résultats en termes de couverture et de réduction de "
                    "la pauvreté ; elle a été appliquée, entre autres, en Tanzanie et en "
                    "Zambie. Le budget social projette les recettes et les dépenses de "
                    "l'ensemble du système de protection sociale et les relie au cadre "
                    "macroéconomique et budgétaire."
                ),
                (
                    "Les évaluations actuarielles projettent à long terme la situation "
                    "financière des régimes de pensions, de santé ou d'accidents du travail et "
                    "permettent de vérifier que les taux de cotisation et les réserves sont "
                    "suffisants. La convention n° 102 demande aux États de veiller à ce que "
                    "les études et calculs actuariels nécessaires soient effectués "
                    "périodiquement. Les utilisateurs disposent en outre d'un espace "
                    "d'autoformation en ligne sur le budget social."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Lignes directrices de l'AISS sur le travail actuariel pour la sécurité sociale",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "page",
                    {
                        "page": "resource-c102",
                        "note": "Article 71, sur la responsabilité générale de l'État dans le financement "
                        "et l'administration des prestations",
                    },
                ],
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "W. Scholz, M. Cichon et K. Hagemejer, Social Budgeting (BIT et AISS)",
                        "url": "",
                        "publisher": "",
                        "year": 2000,
                    },
                ],
                [
                    "source",
                    {
                        "title": "M. Cichon et al., Financing Social Protection (BIT et AISS)",
                        "url": "",
                        "publisher": "",
                        "year": 2004,
                    },
                ],
                [
                    "source",
                    {
                        "title": "S. Iyer, Actuarial Mathematics of Social Security Pensions (BIT et AISS)",
                        "url": "",
                        "publisher": "",
                        "year": 1999,
                    },
                ],
            ],
            "ongoing_projects": [
                (
                    "Revues des dépenses de protection sociale et évaluations actuarielles "
                    "menées avec l'appui de l'OIT ; les expériences de la Tanzanie et de la "
                    "Zambie sont présentées dans les profils de pays concernés."
                ),
            ],
            "training": [
                (
                    "Les programmes quatrain Amériques et quatrain Afrique de l'OIT, consacrés "
                    "aux méthodes quantitatives de la sécurité sociale, et l'espace "
                    "d'autoformation en ligne sur le budget social."
                ),
            ],
        },
    },
    {
        "key": "theme-microinsurance",
        "type": "themes.ThemePage",
        "parent": "themes",
        "es": {
            "title": "Microseguros",
            "slug": "microseguros",
            "summary": (
                "Microseguros y mutuales comunitarias como vía complementaria para proteger "
                "a los trabajadores de la economía informal."
            ),
            "synthesis": [
                (
                    "Los microseguros son mecanismos de protección contra riesgos, en "
                    "particular de salud, adaptados a las personas de bajos ingresos y a "
                    "menudo gestionados por organizaciones comunitarias, mutuales, "
                    "cooperativas o instituciones de microfinanzas. En África occidental y "
                    "central, las mutuales de salud se han desarrollado como respuesta a la "
                    "falta de cobertura de los trabajadores de la economía informal y del "
                    "medio rural."
                ),
                (
                    "El programa STEP (Estrategias y Técnicas contra la Exclusión Social y la "
                    "Pobreza) de la OIT ha acompañado a numerosos esquemas de este tipo y ha "
                    "producido guías sobre la viabilidad, la administración y el seguimiento "
                    "de los microseguros, que están a disposición de los usuarios de la "
                    "plataforma."
                ),
                (
                    "La experiencia muestra tanto su potencial como sus límites: favorecen la "
                    "participación y la proximidad, pero su pequeño tamaño restringe la "
                    "mancomunación de los riesgos y su capacidad de financiación. Por ello se "
                    "consideran un complemento, y no un sustituto, de los regímenes públicos, y "
                    "las estrategias actuales buscan vincularlos con los seguros nacionales de "
                    "salud y con los pisos de protección social."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Guías del programa STEP de la OIT sobre la viabilidad, la administración "
                        "y el seguimiento de los microseguros, disponibles en el centro de "
                        "recursos",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ]
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "C. Churchill (ed.), Protecting the poor: A microinsurance compendium (OIT "
                        "y Munich Re Foundation)",
                        "url": "",
                        "publisher": "",
                        "year": 2006,
                    },
                ]
            ],
            "ongoing_projects": [
                (
                    "Iniciativas para articular las mutuales de salud con los regímenes "
                    "nacionales de seguro de salud, documentadas en los perfiles de país "
                    "correspondientes."
                ),
            ],
            "training": [
                (
                    "Cursos del Centro Internacional de Formación de la OIT en Turín y del "
                    "programa STEP sobre la creación y la gestión de microseguros de salud."
                ),
            ],
        },
        "en": {
            "title": "Microinsurance",
            "slug": "microinsurance",
            "summary": (
                "Microinsurance and community-based mutual schemes as a complementary way to "
                "protect workers in the informal economy."
            ),
            "synthesis": [
                (
                    "Microinsurance schemes are risk protection mechanisms, particularly for "
                    "health, designed for people on low incomes and often run by "
                    "community-based organisations, mutual benefit societies, cooperatives or "
                    "microfinance institutions. In West and Central Africa, mutual health "
                    "organisations have developed in response to the lack of coverage of "
                    "workers in the informal economy and in rural areas."
                ),
                (
                    "The ILO's STEP programme (Strategies and Tools against social Exclusion "
                    "and Poverty) has supported many such schemes and produced guides on the "
                    "feasibility, administration and monitoring of microinsurance, which are "
                    "available to the platform's users."
                ),
                (
                    "Experience shows both their potential and their limits: they encourage "
                    "participation and proximity, but their small size restricts risk pooling "
                    "and their financing capacity. They are therefore seen as a complement to "
                    "public schemes, not a substitute, and current strategies seek to link "
                    "them with national health insurance and with social protection floors."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Guides of the ILO's STEP programme on the feasibility, administration and "
                        "monitoring of microinsurance, available in the resource centre",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ]
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "C. Churchill (ed.), Protecting the poor: A microinsurance compendium (ILO "
                        "and Munich Re Foundation)",
                        "url": "",
                        "publisher": "",
                        "year": 2006,
                    },
                ]
            ],
            "ongoing_projects": [
                (
                    "Initiatives to link mutual health organisations with national health "
                    "insurance schemes, documented in the relevant country profiles."
                ),
            ],
            "training": [
                (
                    "Courses of the ILO's International Training Centre in Turin and of the "
                    "STEP programme on setting up and managing health microinsurance schemes."
                ),
            ],
        },
        "fr": {
            "title": "Microassurance",
            "slug": "microassurance",
            "summary": (
                "La microassurance et les mutuelles communautaires, une voie complémentaire "
                "pour protéger les travailleurs de l'économie informelle."
            ),
            "synthesis": [
                (
                    "La microassurance regroupe des mécanismes de protection contre les "
                    "risques, notamment de santé, adaptés aux personnes à faible revenu et "
                    "souvent gérés par des organisations communautaires, des mutuelles, des "
                    "coopératives ou des institutions de microfinance. En Afrique de l'Ouest "
                    "et du Centre, les mutuelles de santé se sont développées pour répondre à "
                    "l'absence de couverture des travailleurs de l'économie informelle et du "
                    "milieu rural."
                ),
                (
                    "Le programme STEP (Stratégies et Techniques contre l'Exclusion sociale et "
                    "la Pauvreté) du BIT a accompagné de nombreux régimes de ce type et a "
                    "produit des guides sur la faisabilité, la gestion et le suivi de la "
                    "microassurance, mis à la disposition des utilisateurs de la plateforme."
                ),
                (
                    "L'expérience en montre à la fois le potentiel et les limites : ces "
                    "régimes favorisent la participation et la proximité, mais leur petite "
                    "taille restreint la mutualisation des risques et leur capacité de "
                    "financement. Ils sont donc considérés comme un complément, et non un "
                    "substitut, des régimes publics, et les stratégies actuelles cherchent à "
                    "les articuler avec l'assurance maladie nationale et les socles de "
                    "protection sociale."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Guides du programme STEP du BIT sur la faisabilité, la gestion et le "
                        "suivi de la microassurance, disponibles dans le centre de ressources",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ]
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "C. Churchill (dir.), Protecting the poor: A microinsurance compendium "
                        "(BIT et Munich Re Foundation)",
                        "url": "",
                        "publisher": "",
                        "year": 2006,
                    },
                ]
            ],
            "ongoing_projects": [
                (
                    "Initiatives visant à articuler les mutuelles de santé avec les régimes "
                    "nationaux d'assurance maladie, documentées dans les profils de pays "
                    "concernés."
                ),
            ],
            "training": [
                (
                    "Cours du Centre international de formation de l'OIT à Turin et du "
                    "programme STEP sur la mise en place et la gestion de la microassurance "
                    "santé."
                ),
            ],
        },
    },
    {
        "key": "theme-communities",
        "type": "themes.ThemePage",
        "parent": "themes",
        "es": {
            "title": "Comunidades virtuales: buenas prácticas",
            "slug": "comunidades-virtuales-buenas-practicas",
            "summary": (
                "Buenas prácticas para crear, animar y mantener activas las comunidades "
                "virtuales de profesionales de la protección social."
            ),
            "synthesis": [
                (
                    "Una comunidad virtual es un espacio en línea, público o privado, destinado "
                    "al intercambio de conocimientos y al compromiso entre sus miembros en "
                    "torno a un tema concreto de protección social. Ofrece herramientas de "
                    "debate, archivos, páginas de la comunidad, un calendario compartido y "
                    "anuncios, y contribuye a dar visibilidad a un tema o a una institución y "
                    "a crear una comunidad de profesionales. La experiencia muestra que las "
                    "comunidades con notas conceptuales bien estructuradas son las más activas "
                    "y las que consiguen mayor interacción."
                ),
                "### Notas conceptuales",
                [
                    (
                        "<b>Descripción general:</b> el tema elegido, su trasfondo histórico y "
                        "conceptual, y la institución y las actividades del administrador en "
                        "ese ámbito."
                    ),
                    (
                        "<b>Propósito:</b> por qué existe la comunidad, por qué es importante, "
                        "cómo funcionará y cuál es el papel de los miembros y de los "
                        "administradores."
                    ),
                    (
                        "<b>Estrategia de participación:</b> un cronograma de actividades "
                        "(seminarios en línea, reuniones de grupo, debates, publicaciones en "
                        "blogs, publicaciones conjuntas) y los canales para identificar e "
                        "invitar a nuevos miembros, de modo que la comunidad no se convierta en "
                        "un repositorio de contenido inactivo."
                    ),
                ],
                "### Configurar y lanzar la comunidad",
                (
                    "Antes del lanzamiento, elabore una lista de correo de las personas que "
                    "desea invitar y envíe las invitaciones desde su cuenta de correo personal, "
                    "lo que aumenta la probabilidad de que se unan. Cargue los documentos "
                    "clave, cree un encabezado y redacte una descripción con la información "
                    "general, el cronograma de actividades y los objetivos. Los documentos de "
                    "trabajo reservados a los miembros se agregan en «Archivos»; los demás "
                    "recursos se organizan por temas en las páginas de la comunidad, y los "
                    "documentos de interés general se comparten también en la base de datos "
                    "pública. Los grupos de trabajo vinculados a una comunidad principal "
                    "permiten organizar temas interrelacionados. Una vez reunidos miembros y "
                    "contenido, un seminario en línea introductorio presenta los objetivos y "
                    "orienta a los miembros sobre el uso de las herramientas."
                ),
                "### Configuración de privacidad",
                [
                    (
                        "<b>Privada:</b> solo se accede por invitación; recomendada para grupos "
                        "de trabajo privados, exige una participación activa y constante de los "
                        "administradores y una guía clara para los miembros."
                    ),
                    (
                        "<b>Semiprivada:</b> los miembros se unen con la aprobación de los "
                        "administradores, que deben definir quién puede unirse, indicar las "
                        "condiciones en la descripción y revisar las solicitudes con "
                        "regularidad."
                    ),
                    (
                        "<b>Pública:</b> cualquier usuario registrado se une sin aprobación, "
                        "pero el contenido solo es visible para los miembros; conviene "
                        "promoverla en las redes sociales."
                    ),
                    (
                        "<b>Abierta:</b> el único tipo cuyo contenido pueden consultar quienes "
                        "no son miembros; para debatir o compartir archivos hay que unirse."
                    ),
                ],
                "### Participación, contenido y reuniones",
                (
                    "Los anuncios informan a todos los miembros de las novedades (nuevas "
                    "publicaciones, oportunidades, seminarios, eventos), y los debates "
                    "facilitan el intercambio y la creación de redes. Se recomienda agregar "
                    "contenido nuevo al menos cada dos semanas (publicaciones, noticias, "
                    "eventos, archivos multimedia) y animar a los miembros a aportar el suyo. "
                    "Las comunidades sin contenido nuevo durante más de un año se consideran "
                    "inactivas: el equipo de la plataforma propone a sus administradores reactivarlas o archivarlas."
                ),
                (
                    "Una reunión interna mensual, que aporte valor, como la presentación de una "
                    "nueva publicación, mantiene viva la comunidad sin saturar a sus miembros. "
                    "Las series de seminarios en línea atraen a nuevos miembros y consolidan "
                    "los resultados (grabaciones, preguntas y respuestas, presentaciones, "
                    "resúmenes) en un recurso de la comunidad actualizado con frecuencia. En "
                    "definitiva, una administración comprometida, activa y coherente es la "
                    "clave del éxito de una comunidad virtual."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Guía «Comunidades virtuales: buenas prácticas» del equipo de "
                        "socialprotection.org, que detalla estas recomendaciones e incluye en sus "
                        "anexos ejemplos de notas conceptuales, invitaciones, anuncios y debates",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ]
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Nota conceptual de la Comunidad Profesional sobre Cooperación Sur-Sur "
                        "para la Infancia (CoP-SSC4C), propuesta por UNICEF con el IPC-IG en 2018",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Nota conceptual de la comunidad y la serie de seminarios en línea sobre "
                        "protección social con perspectiva de género, fruto de una colaboración "
                        "entre la FAO y el IPC-IG",
                        "url": "",
                        "publisher": "",
                        "year": 2015,
                    },
                ],
            ],
            "ongoing_projects": [
                [
                    ("La comunidad del grupo de género del SPIAC-B, que organiza sus recursos en páginas temáticas."),
                    (
                        "La comunidad sobre protección social en Oriente Medio y Norte de "
                        "África (MENA), con informes de investigación, seminarios en línea y "
                        "lecturas complementarias."
                    ),
                    (
                        "La serie de seminarios en línea sobre el diseño de paquetes de "
                        "beneficios para la cobertura sanitaria universal, del programa "
                        "«Alianzas Globales para la Protección Social» de la GIZ."
                    ),
                ],
            ],
            "training": [
                (
                    "El equipo de la plataforma puede ayudar a preparar el seminario en línea "
                    "introductorio de una nueva comunidad y orientar a sus administradores en "
                    "el uso de las herramientas."
                ),
            ],
        },
        "en": {
            "title": "Online communities: good practices",
            "slug": "online-communities-good-practices",
            "summary": (
                "Good practices for creating, running and keeping alive online communities "
                "of social protection practitioners."
            ),
            "synthesis": [
                (
                    "An online community is an online space, public or private, for knowledge "
                    "sharing and engagement among its members around a specific social "
                    "protection topic. It offers tools for discussions, files, community "
                    "pages, a shared calendar and announcements, and helps to give visibility "
                    "to a topic or an institution and to build a community of practice. "
                    "Experience shows that communities with well-structured concept notes are "
                    "the most active and achieve the most interaction."
                ),
                "### Concept notes",
                [
                    (
                        "<b>Overview:</b> the chosen topic, its historical and conceptual "
                        "background, and the administrator's institution and activities in "
                        "the field."
                    ),
                    (
                        "<b>Purpose:</b> why the community exists, why it matters, how it will "
                        "work and what the role of members and administrators is."
                    ),
                    (
                        "<b>Engagement strategy:</b> a timeline of activities (webinars, group "
                        "meetings, discussions, blog posts, joint publications) and the "
                        "channels for identifying and inviting new members, so that the "
                        "community does not turn into a repository of inactive content."
                    ),
                ],
                "### Setting up and launching the community",
                (
                    "Before the launch, draw up a mailing list of the people you want to "
                    "invite and send the invitations from your personal email account, which "
                    "makes it more likely that they will join. Upload the key documents, "
                    "create a banner and write a description with general information, the "
                    "timeline of activities and the objectives. Working documents meant only "
                    "for members are added under “Files”; other resources are organised by "
                    "topic in the community pages, and documents of general interest are also "
                    "shared in the public database. Working groups linked to a parent "
                    "community make it possible to organise interrelated topics. Once members "
                    "and content are in place, an introductory webinar presents the objectives "
                    "and guides members in using the tools."
                ),
                "### Privacy settings",
                [
                    (
                        "<b>Private:</b> access by invitation only; recommended for private "
                        "working groups, it requires active and constant involvement from the "
                        "administrators and clear guidance for members."
                    ),
                    (
                        "<b>Semi-private:</b> members join with the administrators' approval; "
                        "the administrators must define who may join, state the conditions in "
                        "the description and review requests regularly."
                    ),
                    (
                        "<b>Public:</b> any registered user can join without approval, but the "
                        "content is visible only to members; promoting it on social media is "
                        "advisable."
                    ),
                    (
                        "<b>Open:</b> the only type whose content non-members can view; "
                        "joining is required to take part in discussions or share files."
                    ),
                ],
                "### Engagement, content and meetings",
                (
                    "Announcements inform all members of what is new (publications, "
                    "opportunities, webinars, events), and discussions foster exchange and "
                    "networking. New content should be added at least every two weeks "
                    "(publications, news, events, multimedia files), and members should be "
                    "encouraged to contribute their own. Communities that have added no new "
                    "content for more than a year are considered inactive: the platform "
                    "team then asks their administrators to revive or archive them."
                ),
                (
                    "A monthly internal meeting that offers real value, such as the "
                    "presentation of a new publication, keeps the community alive without "
                    "overloading its members. Webinar series attract new members and "
                    "consolidate their outputs (recordings, questions and answers, "
                    "presentations, summaries) in a frequently updated community resource. In "
                    "short, committed, active and consistent management is the key to a "
                    "successful online community."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "The socialprotection.org team's guide “Online communities: good "
                        "practices”, which sets out these recommendations in detail, with annexes "
                        "giving examples of concept notes, invitations, announcements and "
                        "discussions",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ]
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Concept note of the Community of Practice on South-South Cooperation for "
                        "Children (CoP-SSC4C), proposed by UNICEF with the IPC-IG in 2018",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Concept note of the community and webinar series on gender-responsive "
                        "social protection, a collaboration between FAO and the IPC-IG",
                        "url": "",
                        "publisher": "",
                        "year": 2015,
                    },
                ],
            ],
            "ongoing_projects": [
                [
                    ("The community of the SPIAC-B gender group, which organises its resources in thematic pages."),
                    (
                        "The community on social protection in the Middle East and North "
                        "Africa (MENA), with research reports, webinars and further reading."
                    ),
                    (
                        "The webinar series on benefit package design for universal health "
                        "coverage, run by GIZ's “Global Alliances for Social Protection” "
                        "programme."
                    ),
                ],
            ],
            "training": [
                (
                    "The platform team can help prepare the introductory webinar of a new "
                    "community and guide its administrators in using the tools."
                ),
            ],
        },
        "fr": {
            "title": "Communautés virtuelles : bonnes pratiques",
            "slug": "communautes-virtuelles-bonnes-pratiques",
            "summary": (
                "Des bonnes pratiques pour créer, animer et faire vivre les communautés "
                "virtuelles de professionnels de la protection sociale."
            ),
            "synthesis": [
                (
                    "Une communauté virtuelle est un espace en ligne, public ou privé, destiné "
                    "au partage des connaissances et à l'engagement de ses membres autour d'un "
                    "thème précis de la protection sociale. Elle propose des outils de "
                    "discussion, des fichiers, des pages de communauté, un calendrier partagé "
                    "et des annonces, et contribue à donner de la visibilité à un thème ou à "
                    "une institution et à constituer une communauté de praticiens. "
                    "L'expérience montre que les communautés dotées de notes conceptuelles "
                    "bien structurées sont les plus actives et suscitent le plus d'interactions."
                ),
                "### Notes conceptuelles",
                [
                    (
                        "<b>Présentation générale :</b> le thème choisi, son contexte "
                        "historique et conceptuel, ainsi que l'institution et les activités de "
                        "l'administrateur dans ce domaine."
                    ),
                    (
                        "<b>Objet :</b> pourquoi la communauté existe, en quoi elle est "
                        "importante, comment elle fonctionnera et quel est le rôle des membres "
                        "et des administrateurs."
                    ),
                    (
                        "<b>Stratégie d'engagement :</b> un calendrier d'activités (webinaires, "
                        "réunions de groupe, discussions, billets de blog, publications "
                        "conjointes) et les canaux permettant d'identifier et d'inviter de "
                        "nouveaux membres, afin que la communauté ne devienne pas un dépôt de "
                        "contenus inactifs."
                    ),
                ],
                "### Configurer et lancer la communauté",
                (
                    "Avant le lancement, établissez une liste de diffusion des personnes que "
                    "vous souhaitez inviter et envoyez les invitations depuis votre adresse "
                    "électronique personnelle, ce qui augmente les chances qu'elles acceptent. "
                    "Téléchargez les documents clés, créez une bannière et rédigez une "
                    "description présentant les informations générales, le calendrier "
                    "d'activités et les objectifs. Les documents de travail réservés aux "
                    "membres sont ajoutés dans « Fichiers » ; les autres ressources sont "
                    "classées par thème dans les pages de la communauté, et les documents "
                    "d'intérêt général sont aussi partagés dans la base de données publique. "
                    "Les groupes de travail rattachés à une communauté principale permettent "
                    "d'organiser des thèmes connexes. Une fois les membres et les contenus "
                    "réunis, un webinaire d'introduction présente les objectifs et guide les "
                    "membres dans l'utilisation des outils."
                ),
                "### Paramètres de confidentialité",
                [
                    (
                        "<b>Privée :</b> accès sur invitation uniquement ; recommandée pour les "
                        "groupes de travail privés, elle exige un engagement actif et constant "
                        "des administrateurs et des consignes claires pour les membres."
                    ),
                    (
                        "<b>Semi-privée :</b> les membres adhèrent avec l'accord des "
                        "administrateurs, qui doivent définir qui peut adhérer, indiquer les "
                        "conditions dans la description et examiner régulièrement les "
                        "demandes."
                    ),
                    (
                        "<b>Publique :</b> tout utilisateur inscrit peut adhérer sans "
                        "approbation, mais les contenus ne sont visibles que des membres ; il "
                        "est conseillé d'en faire la promotion sur les réseaux sociaux."
                    ),
                    (
                        "<b>Ouverte :</b> le seul type dont les contenus sont consultables par "
                        "les non-membres ; il faut adhérer pour participer aux discussions ou "
                        "partager des fichiers."
                    ),
                ],
                "### Engagement, contenus et réunions",
                (
                    "Les annonces informent tous les membres des nouveautés (publications, "
                    "opportunités, webinaires, événements), et les discussions favorisent les "
                    "échanges et la mise en réseau. Il est recommandé d'ajouter de nouveaux "
                    "contenus au moins toutes les deux semaines (publications, actualités, "
                    "événements, fichiers multimédias) et d'encourager les membres à apporter "
                    "les leurs. Les communautés sans nouveau contenu depuis plus d'un an sont "
                    "considérées comme inactives : l'équipe de la plateforme propose alors à "
                    "leurs administrateurs de les relancer ou de les archiver."
                ),
                (
                    "Une réunion interne mensuelle qui apporte une réelle valeur, comme la "
                    "présentation d'une nouvelle publication, entretient la vie de la "
                    "communauté sans surcharger ses membres. Les séries de webinaires attirent "
                    "de nouveaux membres et permettent de rassembler leurs résultats "
                    "(enregistrements, questions et réponses, présentations, synthèses) dans "
                    "une ressource de la communauté régulièrement mise à jour. En définitive, "
                    "une administration engagée, active et cohérente est la clé du succès "
                    "d'une communauté virtuelle."
                ),
            ],
            "policy_documents": [
                [
                    "source",
                    {
                        "title": "Le guide « Communautés virtuelles : bonnes pratiques » de l'équipe de "
                        "socialprotection.org, qui détaille ces recommandations et présente en "
                        "annexe des exemples de notes conceptuelles, d'invitations, d'annonces et "
                        "de discussions",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ]
            ],
            "further_reading": [
                [
                    "source",
                    {
                        "title": "Note conceptuelle de la Communauté de pratique sur la coopération Sud-Sud "
                        "pour l'enfance (CoP-SSC4C), proposée par l'UNICEF avec l'IPC-IG en 2018",
                        "url": "",
                        "publisher": "",
                        "year": None,
                    },
                ],
                [
                    "source",
                    {
                        "title": "Note conceptuelle de la communauté et de la série de webinaires sur la "
                        "protection sociale sensible au genre, fruit d'une collaboration entre la "
                        "FAO et l'IPC-IG",
                        "url": "",
                        "publisher": "",
                        "year": 2015,
                    },
                ],
            ],
            "ongoing_projects": [
                [
                    ("La communauté du groupe genre du SPIAC-B, qui organise ses ressources en pages thématiques."),
                    (
                        "La communauté sur la protection sociale au Moyen-Orient et en Afrique "
                        "du Nord (MENA), avec des rapports de recherche, des webinaires et des "
                        "lectures complémentaires."
                    ),
                    (
                        "La série de webinaires sur la conception des paniers de prestations "
                        "pour la couverture sanitaire universelle, du programme « Global "
                        "Alliances for Social Protection » de la GIZ."
                    ),
                ],
            ],
            "training": [
                (
                    "L'équipe de la plateforme peut aider à préparer le webinaire "
                    "d'introduction d'une nouvelle communauté et guider ses administrateurs "
                    "dans l'utilisation des outils."
                ),
            ],
        },
    },
]
