"""Demo content: the home page, the section index pages, About and Help.

Spanish is the source; the mission and the About page follow seed 000 (the GESS
platform of the ILO Social Security Department).
"""

PAGES = [
    {
        "key": "home",
        "type": "home.HomePage",
        "parent": "",
        "es": {
            "title": "Seguridad social para todos",
            "slug": "inicio",
            "intro": (
                "Plataforma de gestión e intercambio de conocimientos para la extensión "
                "de la seguridad social: información, herramientas técnicas y trabajo "
                "conjunto en línea al servicio de la cobertura universal."
            ),
            "mission": [
                (
                    "El reto por enfrentar para extender la seguridad social reside en el "
                    "número de personas sin acceso a cobertura y en la falta de información y "
                    "de conocimientos prácticos acerca de la extensión de la seguridad social "
                    "para todos."
                ),
                (
                    "Esta plataforma, heredera de GESS, la plataforma de gestión de "
                    "conocimientos del Departamento de Seguridad Social de la OIT, proporciona "
                    "acceso a amplia información sobre la extensión de la seguridad social, a "
                    "herramientas técnicas y a los acontecimientos recientes en los planos "
                    "nacionales. Brinda asimismo oportunidades de trabajo conjunto en línea a "
                    "todos los que trabajan por la universalización de la cobertura."
                ),
                (
                    "Es un observatorio de la Campaña Mundial sobre Seguridad Social y "
                    "Cobertura para Todos: realiza un seguimiento de los progresos en materia "
                    "de cobertura en distintos países y reúne ejemplos de proyectos e "
                    "iniciativas que pueden servir de fuente de inspiración a otros."
                ),
                (
                    "Es también un centro de referencia técnica que ofrece herramientas y "
                    "métodos concretos para evaluar el contexto de un país, elaborar textos "
                    "jurídicos y acompañar la definición, el cálculo de costes y la "
                    "implementación de sistemas de seguridad social."
                ),
            ],
        },
        "en": {
            "title": "Social security for all",
            "slug": "home",
            "intro": (
                "A knowledge management and sharing platform for the extension of social "
                "security: information, technical tools and online collaboration in support "
                "of universal coverage."
            ),
            "mission": [
                (
                    "The challenge in extending social security lies in the number of people "
                    "who have no access to coverage and in the lack of information and "
                    "practical knowledge about extending social security to all."
                ),
                (
                    "This platform, the successor of GESS, the knowledge management platform "
                    "of the ILO Social Security Department, gives access to a wide range of "
                    "information on the extension of social security, to technical tools and "
                    "to recent developments at country level. It also offers online "
                    "opportunities for joint work to everyone striving for universal coverage."
                ),
                (
                    "It is an observatory of the Global Campaign on Social Security and "
                    "Coverage for All: it tracks progress in coverage in a range of countries "
                    "and brings together examples of projects and initiatives that can inspire "
                    "others."
                ),
                (
                    "It is also a technical reference centre offering concrete tools and "
                    "methods to assess a country's situation, draft legal texts and support "
                    "the design, costing and implementation of social security systems."
                ),
            ],
        },
        "fr": {
            "title": "La sécurité sociale pour tous",
            "slug": "accueil",
            "intro": (
                "Une plateforme de gestion et de partage des connaissances pour l'extension "
                "de la sécurité sociale : informations, outils techniques et travail "
                "collaboratif en ligne au service de la couverture universelle."
            ),
            "mission": [
                (
                    "Le défi de l'extension de la sécurité sociale tient au nombre de "
                    "personnes privées de toute couverture et au manque d'informations et de "
                    "connaissances pratiques sur l'extension de la sécurité sociale à tous."
                ),
                (
                    "Cette plateforme, qui succède à GESS, la plateforme de gestion des "
                    "connaissances du Département de la sécurité sociale du BIT, donne accès à "
                    "une information abondante sur l'extension de la sécurité sociale, à des "
                    "outils techniques et aux évolutions récentes au niveau national. Elle "
                    "offre également des possibilités de travail collaboratif en ligne à tous "
                    "ceux qui œuvrent pour l'universalisation de la couverture."
                ),
                (
                    "Elle est un observatoire de la Campagne mondiale sur la sécurité sociale "
                    "et la couverture pour tous : elle suit les progrès de la couverture dans "
                    "différents pays et rassemble des exemples de projets et d'initiatives "
                    "susceptibles d'inspirer d'autres acteurs."
                ),
                (
                    "Elle est aussi un centre de référence technique qui propose des outils et "
                    "des méthodes concrets pour évaluer la situation d'un pays, rédiger des "
                    "textes juridiques et accompagner la conception, le chiffrage et la mise "
                    "en œuvre des systèmes de sécurité sociale."
                ),
            ],
        },
    },
    {
        "key": "countries",
        "type": "countries.CountryIndexPage",
        "parent": "home",
        "es": {
            "title": "Países",
            "slug": "paises",
            "intro": (
                "Perfiles de país elaborados por especialistas, con la situación de la "
                "cobertura, las iniciativas en curso, el marco jurídico y los estudios "
                "financieros y actuariales disponibles."
            ),
        },
        "en": {
            "title": "Countries",
            "slug": "countries",
            "intro": (
                "Country profiles prepared by specialists, covering the coverage situation, "
                "ongoing initiatives, the legal framework and the available financial and "
                "actuarial studies."
            ),
        },
        "fr": {
            "title": "Pays",
            "slug": "pays",
            "intro": (
                "Des profils de pays rédigés par des spécialistes, qui présentent la "
                "situation de la couverture, les initiatives en cours, le cadre juridique et "
                "les études financières et actuarielles disponibles."
            ),
        },
    },
    {
        "key": "regions",
        "type": "countries.RegionIndexPage",
        "parent": "home",
        "es": {
            "title": "Regiones",
            "slug": "regiones",
            "intro": (
                "Panoramas regionales de la protección social, con las tendencias comunes y los países de cada región."
            ),
        },
        "en": {
            "title": "Regions",
            "slug": "regions",
            "intro": (
                "Regional overviews of social protection, with the shared trends and the countries of each region."
            ),
        },
        "fr": {
            "title": "Régions",
            "slug": "regions",
            "intro": (
                "Des panoramas régionaux de la protection sociale, avec les tendances "
                "communes et les pays de chaque région."
            ),
        },
    },
    {
        "key": "themes",
        "type": "themes.ThemeIndexPage",
        "parent": "home",
        "es": {
            "title": "Temas",
            "slug": "temas",
            "intro": (
                "Páginas temáticas que sintetizan el estado de los conocimientos sobre "
                "cuestiones de política y herramientas, con documentos de referencia, "
                "lecturas, proyectos en marcha y capacitación."
            ),
        },
        "en": {
            "title": "Themes",
            "slug": "themes",
            "intro": (
                "Thematic pages summarising the state of knowledge on policy issues and "
                "tools, with reference documents, further reading, ongoing projects and "
                "training."
            ),
        },
        "fr": {
            "title": "Thèmes",
            "slug": "themes",
            "intro": (
                "Des pages thématiques qui font la synthèse des connaissances sur les "
                "questions de politique et les outils, avec des documents de référence, des "
                "lectures, des projets en cours et des formations."
            ),
        },
    },
    {
        "key": "casestudies",
        "type": "casestudies.CaseStudyIndexPage",
        "parent": "home",
        "es": {
            "title": "Buenas prácticas",
            "slug": "buenas-practicas",
            "intro": (
                "Experiencias de instituciones de seguridad social que pueden servir de "
                "fuente de inspiración, con sus objetivos, resultados, lecciones aprendidas "
                "y riesgos."
            ),
        },
        "en": {
            "title": "Good practices",
            "slug": "good-practices",
            "intro": (
                "Experiences of social security institutions that can serve as a source of "
                "inspiration, with their goals, results, lessons learned and risks."
            ),
        },
        "fr": {
            "title": "Bonnes pratiques",
            "slug": "bonnes-pratiques",
            "intro": (
                "Des expériences d'institutions de sécurité sociale pouvant servir de source "
                "d'inspiration, avec leurs objectifs, leurs résultats, les enseignements "
                "tirés et les risques."
            ),
        },
    },
    {
        "key": "resources",
        "type": "resources.ResourceIndexPage",
        "parent": "home",
        "es": {
            "title": "Recursos",
            "slug": "recursos",
            "intro": (
                "Publicaciones, herramientas técnicas, instrumentos jurídicos, evaluaciones "
                "y bases de datos sobre la extensión de la seguridad social."
            ),
        },
        "en": {
            "title": "Resources",
            "slug": "resources",
            "intro": (
                "Publications, technical tools, legal instruments, evaluations and datasets "
                "on the extension of social security."
            ),
        },
        "fr": {
            "title": "Ressources",
            "slug": "ressources",
            "intro": (
                "Publications, outils techniques, instruments juridiques, évaluations et "
                "bases de données sur l'extension de la sécurité sociale."
            ),
        },
    },
    {
        "key": "news",
        "type": "news.NewsIndexPage",
        "parent": "home",
        "es": {
            "title": "Noticias y eventos",
            "slug": "noticias-y-eventos",
            "intro": (
                "Novedades de los países y de la comunidad, así como cursos, seminarios en "
                "línea y talleres sobre protección social."
            ),
        },
        "en": {
            "title": "News and events",
            "slug": "news-and-events",
            "intro": (
                "News from countries and from the community, together with courses, webinars "
                "and workshops on social protection."
            ),
        },
        "fr": {
            "title": "Actualités et événements",
            "slug": "actualites-et-evenements",
            "intro": (
                "L'actualité des pays et de la communauté, ainsi que des cours, des "
                "webinaires et des ateliers sur la protection sociale."
            ),
        },
    },
    {
        "key": "about",
        "type": "home.StandardPage",
        "parent": "home",
        "es": {
            "title": "Acerca de",
            "slug": "acerca-de",
            "intro": (
                "Una plataforma para quienes trabajan por la universalización de la "
                "cobertura de seguridad social, heredera de la plataforma GESS de la OIT."
            ),
            "body": [
                ["heading", "¿A quién se dirige?"],
                [
                    "paragraph",
                    [
                        (
                            "La plataforma se dirige a todas las personas que trabajan por la "
                            "extensión de la seguridad social: responsables de la formulación "
                            "de políticas, personal de las instituciones de seguridad social, "
                            "interlocutores sociales, investigadores, especialistas de los "
                            "organismos internacionales y participantes en programas de "
                            "formación."
                        ),
                        (
                            "Nace de GESS, la plataforma interactiva de gestión e intercambio "
                            "de conocimientos del Departamento de Seguridad Social de la OIT y "
                            "de su programa STEP, que era la herramienta clave de la estrategia "
                            "de gestión de conocimientos del Departamento. Facilita la "
                            "promoción de la extensión de la seguridad social y difunde la "
                            "visión de la seguridad social como parte del Programa de Trabajo "
                            "Decente."
                        ),
                    ],
                ],
                ["heading", "¿Qué ofrece?"],
                [
                    "paragraph",
                    [
                        [
                            (
                                "<b>Páginas temáticas</b> sobre cuestiones de política y "
                                "herramientas, como la salud, la vejez o el piso de protección "
                                "social, con una síntesis del estado de los conocimientos, "
                                "documentos de política, otras lecturas, proyectos en marcha y "
                                "capacitación."
                            ),
                            (
                                "<b>Perfiles de país</b> elaborados por expertos y "
                                "especialistas, que presentan iniciativas y resultados en "
                                "materia de cobertura de seguridad social."
                            ),
                            (
                                "<b>Un observatorio</b> de la Campaña Mundial sobre Seguridad "
                                "Social y Cobertura para Todos, que sigue los progresos de la "
                                "cobertura y reúne proyectos e iniciativas inspiradores, junto "
                                "con páginas de estadísticas que remiten a las principales "
                                "bases de datos."
                            ),
                            (
                                "<b>Herramientas técnicas</b> y métodos para la evaluación "
                                "preliminar del contexto de un país, la elaboración de textos "
                                "jurídicos, las revisiones del gasto en protección social "
                                "(SPER), el presupuesto social y las valuaciones actuariales, "
                                "así como las guías del programa STEP sobre microseguros."
                            ),
                            (
                                "<b>Capacitación</b>: los programas quatrain Américas y "
                                "quatrain África y otros cursos del Centro Internacional de "
                                "Formación de la OIT utilizan los conocimientos de la "
                                "plataforma, y sus participantes se convierten en usuarios "
                                "regulares y colaboradores."
                            ),
                            (
                                "<b>Contribuciones de los usuarios</b>: noticias, comentarios, "
                                "nuevos recursos, preguntas y respuestas, términos del "
                                "glosario, debates y comunidades virtuales. Las noticias de los "
                                "usuarios se recogen regularmente en un boletín de información."
                            ),
                        ],
                    ],
                ],
                ["heading", "¿Cómo se elaboran los contenidos?"],
                [
                    "paragraph",
                    [
                        (
                            "Cada especialista es responsable del desarrollo de al menos un "
                            "perfil de país, una página regional o una página temática, de "
                            "acuerdo con su área de especialidad. El especialista mantiene "
                            "actualizada esa página en los tres idiomas de la plataforma, con "
                            "el apoyo de los traductores, y puede abrir espacios de trabajo "
                            "sobre proyectos de cooperación técnica, talleres, conferencias o "
                            "trabajos de investigación."
                        ),
                        (
                            "Todo lo que se publica pasa por una revisión moderada. Las páginas "
                            "de los especialistas se envían a revisión y solo se publican una "
                            "vez aprobadas por un revisor, que puede devolverlas con sus "
                            "comentarios; las contribuciones de los usuarios registrados son "
                            "aprobadas o rechazadas por un moderador antes de aparecer en el "
                            "sitio. Cada paso queda registrado."
                        ),
                    ],
                ],
                ["heading", "Un espacio para el intercambio"],
                [
                    "paragraph",
                    [
                        (
                            "La plataforma ha sido diseñada para ser lo más interactiva "
                            "posible. Profesionales y expertos pueden comunicar directamente "
                            "sobre su trabajo y ponerse en contacto con otras personas que "
                            "trabajan en la misma área a través de los debates o creando su "
                            "propia comunidad virtual. Un servicio de asistencia acompaña tanto "
                            "a los especialistas como a los usuarios externos."
                        ),
                    ],
                ],
            ],
        },
        "en": {
            "title": "About",
            "slug": "about",
            "intro": (
                "A platform for everyone working towards universal social security coverage, "
                "and the successor of the ILO's GESS platform."
            ),
            "body": [
                ["heading", "Who is it for?"],
                [
                    "paragraph",
                    [
                        (
                            "The platform is meant for everyone working to extend social "
                            "security: policy makers, staff of social security institutions, "
                            "the social partners, researchers, specialists in international "
                            "organisations and participants in training programmes."
                        ),
                        (
                            "It grew out of GESS, the interactive knowledge management and "
                            "sharing platform of the ILO Social Security Department and its "
                            "STEP programme, which was the key tool of the Department's "
                            "knowledge management strategy. It supports advocacy for the "
                            "extension of social security and spreads the view of social "
                            "security as part of the Decent Work Agenda."
                        ),
                    ],
                ],
                ["heading", "What does it offer?"],
                [
                    "paragraph",
                    [
                        [
                            (
                                "<b>Thematic pages</b> on policy issues and tools, such as "
                                "health, old age or the social protection floor, with a "
                                "synthesis of the state of knowledge, policy documents, "
                                "further reading, ongoing projects and training."
                            ),
                            (
                                "<b>Country profiles</b> prepared by experts and specialists, "
                                "presenting initiatives and results in social security "
                                "coverage."
                            ),
                            (
                                "<b>An observatory</b> of the Global Campaign on Social "
                                "Security and Coverage for All, which tracks progress in "
                                "coverage and collects inspiring projects and initiatives, "
                                "together with statistics pages pointing to the main "
                                "databases."
                            ),
                            (
                                "<b>Technical tools</b> and methods for the preliminary "
                                "assessment of a country's situation, the drafting of legal "
                                "texts, social protection expenditure reviews (SPER), social "
                                "budgeting and actuarial valuations, as well as the STEP "
                                "programme's guides on microinsurance."
                            ),
                            (
                                "<b>Training</b>: the quatrain Americas and quatrain Africa "
                                "programmes and other courses of the ILO's International "
                                "Training Centre draw on the platform's knowledge, and their "
                                "participants become regular users and contributors."
                            ),
                            (
                                "<b>User contributions</b>: news, comments, new resources, "
                                "questions and answers, glossary terms, discussions and online "
                                "communities. News from users is regularly gathered in a "
                                "newsletter."
                            ),
                        ],
                    ],
                ],
                ["heading", "How is the content produced?"],
                [
                    "paragraph",
                    [
                        (
                            "Each specialist is responsible for developing at least one country "
                            "profile, regional page or thematic page, according to his or her "
                            "field of expertise. The specialist keeps that page up to date in "
                            "the platform's three languages, with the help of translators, and "
                            "can open workspaces on technical cooperation projects, workshops, "
                            "conferences or research."
                        ),
                        (
                            "Everything published goes through a moderated review. Specialists' "
                            "pages are submitted for review and are published only once a "
                            "reviewer has approved them; the reviewer may send them back with "
                            "comments. Contributions from registered users are approved or "
                            "rejected by a moderator before they appear on the site. Every step "
                            "is recorded."
                        ),
                    ],
                ],
                ["heading", "A space for exchange"],
                [
                    "paragraph",
                    [
                        (
                            "The platform has been designed to be as interactive as possible. "
                            "Practitioners and experts can speak directly about their work and "
                            "get in touch with others working in the same field through "
                            "discussions or by creating their own online community. A helpdesk "
                            "supports both specialists and external users."
                        ),
                    ],
                ],
            ],
        },
        "fr": {
            "title": "À propos",
            "slug": "a-propos",
            "intro": (
                "Une plateforme pour tous ceux qui œuvrent à l'universalisation de la "
                "couverture de sécurité sociale, qui prend la suite de la plateforme GESS du "
                "BIT."
            ),
            "body": [
                ["heading", "À qui s'adresse-t-elle ?"],
                [
                    "paragraph",
                    [
                        (
                            "La plateforme s'adresse à toutes les personnes qui travaillent à "
                            "l'extension de la sécurité sociale : décideurs politiques, "
                            "personnel des institutions de sécurité sociale, partenaires "
                            "sociaux, chercheurs, spécialistes des organisations "
                            "internationales et participants aux programmes de formation."
                        ),
                        (
                            "Elle est issue de GESS, la plateforme interactive de gestion et de "
                            "partage des connaissances du Département de la sécurité sociale du "
                            "BIT et de son programme STEP, qui était l'outil central de la "
                            "stratégie de gestion des connaissances du Département. Elle "
                            "soutient la promotion de l'extension de la sécurité sociale et "
                            "diffuse la vision de la sécurité sociale comme composante de "
                            "l'Agenda du travail décent."
                        ),
                    ],
                ],
                ["heading", "Que propose-t-elle ?"],
                [
                    "paragraph",
                    [
                        [
                            (
                                "<b>Des pages thématiques</b> sur des questions de politique "
                                "et des outils, comme la santé, la vieillesse ou le socle de "
                                "protection sociale, avec une synthèse de l'état des "
                                "connaissances, des documents de politique, des lectures "
                                "complémentaires, des projets en cours et des formations."
                            ),
                            (
                                "<b>Des profils de pays</b> rédigés par des experts et des "
                                "spécialistes, qui présentent des initiatives et des résultats "
                                "en matière de couverture de sécurité sociale."
                            ),
                            (
                                "<b>Un observatoire</b> de la Campagne mondiale sur la "
                                "sécurité sociale et la couverture pour tous, qui suit les "
                                "progrès de la couverture et rassemble des projets et "
                                "initiatives inspirants, ainsi que des pages statistiques "
                                "renvoyant aux principales bases de données."
                            ),
                            (
                                "<b>Des outils techniques</b> et des méthodes pour l'évaluation "
                                "préliminaire de la situation d'un pays, la rédaction de textes "
                                "juridiques, les revues des dépenses de protection sociale "
                                "(SPER), le budget social et les évaluations actuarielles, "
                                "ainsi que les guides du programme STEP sur la microassurance."
                            ),
                            (
                                "<b>Des formations</b> : les programmes quatrain Amériques et "
                                "quatrain Afrique et d'autres cours du Centre international de "
                                "formation de l'OIT s'appuient sur les connaissances de la "
                                "plateforme, dont les participants deviennent des utilisateurs "
                                "réguliers et des contributeurs."
                            ),
                            (
                                "<b>Les contributions des utilisateurs</b> : actualités, "
                                "commentaires, nouvelles ressources, questions et réponses, "
                                "termes du glossaire, discussions et communautés virtuelles. "
                                "Les actualités des utilisateurs sont régulièrement reprises "
                                "dans une lettre d'information."
                            ),
                        ],
                    ],
                ],
                ["heading", "Comment les contenus sont-ils produits ?"],
                [
                    "paragraph",
                    [
                        (
                            "Chaque spécialiste est responsable d'au moins un profil de pays, "
                            "une page régionale ou une page thématique, selon son domaine de "
                            "compétence. Il tient cette page à jour dans les trois langues de "
                            "la plateforme, avec l'aide des traducteurs, et peut ouvrir des "
                            "espaces de travail consacrés à des projets de coopération "
                            "technique, des ateliers, des conférences ou des travaux de "
                            "recherche."
                        ),
                        (
                            "Tout ce qui est publié passe par une relecture modérée. Les pages "
                            "des spécialistes sont soumises à relecture et ne sont publiées "
                            "qu'après approbation par un relecteur, qui peut les renvoyer "
                            "accompagnées de ses commentaires ; les contributions des "
                            "utilisateurs inscrits sont approuvées ou rejetées par un "
                            "modérateur avant de paraître sur le site. Chaque étape est "
                            "consignée."
                        ),
                    ],
                ],
                ["heading", "Un espace d'échange"],
                [
                    "paragraph",
                    [
                        (
                            "La plateforme a été conçue pour être aussi interactive que "
                            "possible. Praticiens et experts peuvent présenter directement "
                            "leur travail et entrer en contact avec d'autres personnes actives "
                            "dans le même domaine grâce aux discussions ou en créant leur "
                            "propre communauté virtuelle. Un service d'assistance accompagne "
                            "aussi bien les spécialistes que les utilisateurs externes."
                        ),
                    ],
                ],
            ],
        },
    },
    {
        "key": "help",
        "type": "home.StandardPage",
        "parent": "home",
        "es": {
            "title": "Ayuda",
            "slug": "ayuda",
            "intro": (
                "Cómo navegar por la plataforma, buscar información, crear una cuenta y aportar sus contribuciones."
            ),
            "body": [
                ["heading", "Navegar y buscar"],
                [
                    "paragraph",
                    [
                        (
                            "El menú principal da acceso a las secciones de la plataforma: "
                            "países, regiones, temas, buenas prácticas, recursos, y noticias y "
                            "eventos. Cada perfil de país y cada página temática reúne "
                            "automáticamente los recursos, las buenas prácticas, las noticias y "
                            "los eventos relacionados con ese país o ese tema."
                        ),
                        (
                            "Para cambiar de idioma, utilice el selector de idioma situado en "
                            "la parte superior de cada página: le llevará a la misma página en "
                            "español, inglés o francés."
                        ),
                        (
                            "El buscador, disponible en todas las páginas, explora el contenido "
                            "publicado en el idioma en que está navegando. Los resultados "
                            "pueden filtrarse por tipo de contenido, país y tema."
                        ),
                    ],
                ],
                ["heading", "Crear una cuenta y contribuir"],
                [
                    "paragraph",
                    [
                        (
                            "Pulse el enlace «Crear una cuenta» en la parte superior derecha de "
                            "la página, llene el formulario y envíelo. Una vez registrado, "
                            "podrá aportar sus contribuciones:"
                        ),
                        [
                            "proponer noticias y nuevos recursos;",
                            "comentar páginas y participar en los debates;",
                            "sugerir términos y definiciones para el glosario;",
                            "unirse a comunidades virtuales o crear la suya.",
                        ],
                        (
                            "Las contribuciones son revisadas por un moderador, que las aprueba "
                            "o las rechaza antes de su publicación."
                        ),
                    ],
                ],
                ["heading", "Para especialistas: editar y enviar a revisión"],
                [
                    "paragraph",
                    [
                        (
                            "Los especialistas pueden editar las páginas de los países, "
                            "regiones o temas que tienen a su cargo, en todos los idiomas. El "
                            "procedimiento es el siguiente:"
                        ),
                        [
                            "inicie sesión y abra la página en la interfaz de edición;",
                            "modifique el contenido y guarde un borrador;",
                            "pulse «Enviar a revisión» cuando el texto esté listo;",
                            (
                                "el revisor aprueba la página, que se publica, o la rechaza "
                                "con un comentario; en ese caso, corríjala y vuelva a enviarla."
                            ),
                        ],
                        (
                            "Recibirá un correo electrónico en cada etapa. Los traductores "
                            "siguen el mismo procedimiento para las versiones en inglés y en "
                            "francés."
                        ),
                    ],
                ],
                ["heading", "Asistencia"],
                [
                    "paragraph",
                    [
                        (
                            "Si tiene dudas sobre el uso de la plataforma, escriba al servicio "
                            "de asistencia, que atiende tanto a los especialistas como a los "
                            "usuarios externos."
                        ),
                    ],
                ],
            ],
        },
        "en": {
            "title": "Help",
            "slug": "help",
            "intro": (
                "How to browse the platform, search for information, create an account and make your own contributions."
            ),
            "body": [
                ["heading", "Browsing and searching"],
                [
                    "paragraph",
                    [
                        (
                            "The main menu leads to the sections of the platform: countries, "
                            "regions, themes, good practices, resources, and news and events. "
                            "Each country profile and each thematic page automatically brings "
                            "together the resources, good practices, news and events related to "
                            "that country or theme."
                        ),
                        (
                            "To change language, use the language selector at the top of every "
                            "page: it takes you to the same page in Spanish, English or French."
                        ),
                        (
                            "The search box, available on every page, looks through the content "
                            "published in the language you are browsing in. Results can be "
                            "filtered by type of content, country and theme."
                        ),
                    ],
                ],
                ["heading", "Creating an account and contributing"],
                [
                    "paragraph",
                    [
                        (
                            "Click the “Create an account” link at the top right of the page, "
                            "fill in the form and submit it. Once registered, you can make "
                            "your own contributions:"
                        ),
                        [
                            "propose news items and new resources;",
                            "comment on pages and take part in discussions;",
                            "suggest terms and definitions for the glossary;",
                            "join online communities or create your own.",
                        ],
                        (
                            "Contributions are reviewed by a moderator, who approves or rejects "
                            "them before they are published."
                        ),
                    ],
                ],
                ["heading", "For specialists: editing and submitting for review"],
                [
                    "paragraph",
                    [
                        (
                            "Specialists can edit the pages of the countries, regions or themes "
                            "they are responsible for, in every language. The procedure is as "
                            "follows:"
                        ),
                        [
                            "log in and open the page in the editing interface;",
                            "change the content and save a draft;",
                            "click “Submit for review” when the text is ready;",
                            (
                                "the reviewer either approves the page, which is then "
                                "published, or rejects it with a comment; in that case, "
                                "correct it and submit it again."
                            ),
                        ],
                        (
                            "You will receive an email at each stage. Translators follow the "
                            "same procedure for the English and French versions."
                        ),
                    ],
                ],
                ["heading", "Support"],
                [
                    "paragraph",
                    [
                        (
                            "If you have questions about using the platform, write to the "
                            "helpdesk, which assists specialists and external users alike."
                        ),
                    ],
                ],
            ],
        },
        "fr": {
            "title": "Aide",
            "slug": "aide",
            "intro": (
                "Comment parcourir la plateforme, rechercher des informations, créer un "
                "compte et apporter vos contributions."
            ),
            "body": [
                ["heading", "Parcourir et rechercher"],
                [
                    "paragraph",
                    [
                        (
                            "Le menu principal donne accès aux sections de la plateforme : "
                            "pays, régions, thèmes, bonnes pratiques, ressources, et actualités "
                            "et événements. Chaque profil de pays et chaque page thématique "
                            "rassemble automatiquement les ressources, les bonnes pratiques, "
                            "les actualités et les événements liés à ce pays ou à ce thème."
                        ),
                        (
                            "Pour changer de langue, utilisez le sélecteur de langue situé en "
                            "haut de chaque page : il vous mène à la même page en espagnol, en "
                            "anglais ou en français."
                        ),
                        (
                            "Le moteur de recherche, accessible depuis toutes les pages, "
                            "parcourt les contenus publiés dans la langue de navigation. Les "
                            "résultats peuvent être filtrés par type de contenu, pays et thème."
                        ),
                    ],
                ],
                ["heading", "Créer un compte et contribuer"],
                [
                    "paragraph",
                    [
                        (
                            "Cliquez sur le lien « Créer un compte » en haut à droite de la "
                            "page, remplissez le formulaire et envoyez-le. Une fois inscrit, "
                            "vous pourrez apporter vos contributions :"
                        ),
                        [
                            "proposer des actualités et de nouvelles ressources ;",
                            "commenter les pages et participer aux discussions ;",
                            "suggérer des termes et des définitions pour le glossaire ;",
                            "rejoindre des communautés virtuelles ou créer la vôtre.",
                        ],
                        (
                            "Les contributions sont examinées par un modérateur, qui les "
                            "approuve ou les rejette avant leur publication."
                        ),
                    ],
                ],
                [
                    "heading",
                    "Pour les spécialistes : modifier et soumettre à relecture",
                ],
                [
                    "paragraph",
                    [
                        (
                            "Les spécialistes peuvent modifier les pages des pays, régions ou "
                            "thèmes dont ils ont la charge, dans toutes les langues. La "
                            "procédure est la suivante :"
                        ),
                        [
                            "connectez-vous et ouvrez la page dans l'interface d'édition ;",
                            "modifiez le contenu et enregistrez un brouillon ;",
                            "cliquez sur « Soumettre à relecture » lorsque le texte est prêt ;",
                            (
                                "le relecteur approuve la page, qui est alors publiée, ou la "
                                "rejette avec un commentaire ; dans ce cas, corrigez-la et "
                                "soumettez-la de nouveau."
                            ),
                        ],
                        (
                            "Vous recevrez un courriel à chaque étape. Les traducteurs suivent "
                            "la même procédure pour les versions anglaise et française."
                        ),
                    ],
                ],
                ["heading", "Assistance"],
                [
                    "paragraph",
                    [
                        (
                            "Pour toute question sur l'utilisation de la plataforme, écrivez "
                            "au service d'assistance, qui répond aussi bien aux spécialistes "
                            "qu'aux utilisateurs externes."
                        ),
                    ],
                ],
            ],
        },
    },
]
