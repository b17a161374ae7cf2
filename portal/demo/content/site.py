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
            "intro": "Plataforma de gestión e intercambio de conocimientos para la extensión de la "
            "seguridad social: información, herramientas técnicas y buenas prácticas al "
            "servicio de la cobertura universal.",
            "mission": [
                "El reto por enfrentar para extender la seguridad social reside en el número "
                "de personas sin acceso a cobertura y en la falta de información y de "
                "conocimientos prácticos acerca de la extensión de la seguridad social para "
                "todos.",
                "Esta plataforma, heredera de GESS, la plataforma de gestión de conocimientos "
                "del Departamento de Seguridad Social de la OIT, proporciona acceso a amplia "
                "información sobre la extensión de la seguridad social, a herramientas "
                "técnicas y a los acontecimientos recientes en los planos nacionales. Más "
                "adelante ofrecerá también espacios de trabajo conjunto en línea.",
                "Acompaña la Campaña Mundial sobre Seguridad Social y Cobertura para Todos: "
                "sus perfiles de país siguen los progresos en materia de cobertura y reúne "
                "ejemplos de proyectos e iniciativas que pueden servir de fuente de "
                "inspiración a otros.",
                "Es también un centro de referencia técnica que ofrece herramientas y métodos "
                "concretos para evaluar el contexto de un país, elaborar textos jurídicos y "
                "acompañar la definición, el cálculo de costes y la implementación de "
                "sistemas de seguridad social.",
            ],
        },
        "en": {
            "title": "Social security for all",
            "slug": "home",
            "intro": "A knowledge management and sharing platform for the extension of social "
            "security: information, technical tools and good practices in support of "
            "universal coverage.",
            "mission": [
                "The challenge in extending social security lies in the number of people who "
                "have no access to coverage and in the lack of information and practical "
                "knowledge about extending social security to all.",
                "This platform, the successor of GESS, the knowledge management platform of "
                "the ILO Social Security Department, gives access to a wide range of "
                "information on the extension of social security, to technical tools and to "
                "recent developments at country level. Spaces for joint work online will "
                "follow.",
                "It supports the Global Campaign on Social Security and Coverage for All: its "
                "country profiles follow progress in coverage, and it brings together "
                "examples of projects and initiatives that can inspire others.",
                "It is also a technical reference centre offering concrete tools and methods "
                "to assess a country's situation, draft legal texts and support the design, "
                "costing and implementation of social security systems.",
            ],
        },
        "fr": {
            "title": "La sécurité sociale pour tous",
            "slug": "accueil",
            "intro": "Une plateforme de gestion et de partage des connaissances pour l'extension de "
            "la sécurité sociale : informations, outils techniques et bonnes pratiques au "
            "service de la couverture universelle.",
            "mission": [
                "Le défi de l'extension de la sécurité sociale tient au nombre de personnes "
                "privées de toute couverture et au manque d'informations et de connaissances "
                "pratiques sur l'extension de la sécurité sociale à tous.",
                "Cette plateforme, qui succède à GESS, la plateforme de gestion des "
                "connaissances du Département de la sécurité sociale du BIT, donne accès à "
                "une information abondante sur l'extension de la sécurité sociale, à des "
                "outils techniques et aux évolutions récentes au niveau national. Des espaces "
                "de travail collaboratif en ligne suivront.",
                "Elle accompagne la Campagne mondiale sur la sécurité sociale et la "
                "couverture pour tous : ses profils de pays suivent les progrès de la "
                "couverture, et elle rassemble des exemples de projets et d'initiatives "
                "susceptibles d'inspirer d'autres acteurs.",
                "Elle est aussi un centre de référence technique qui propose des outils et "
                "des méthodes concrets pour évaluer la situation d'un pays, rédiger des "
                "textes juridiques et accompagner la conception, le chiffrage et la mise en "
                "œuvre des systèmes de sécurité sociale.",
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
            "intro": "Una plataforma para quienes trabajan por la universalización de la cobertura de "
            "seguridad social, heredera de la plataforma GESS de la OIT.",
            "body": [
                ["heading", "¿A quién se dirige?"],
                [
                    "paragraph",
                    [
                        "La plataforma se dirige a todas las personas que trabajan por la extensión de "
                        "la seguridad social: responsables de la formulación de políticas, personal de "
                        "las instituciones de seguridad social, interlocutores sociales, "
                        "investigadores, especialistas de los organismos internacionales y "
                        "participantes en programas de formación.",
                        "Nace de GESS, la plataforma de gestión e intercambio de conocimientos del "
                        "Departamento de Seguridad Social de la OIT y de su programa STEP, y retoma su "
                        "objetivo: poner al alcance de todos los conocimientos sobre la extensión de "
                        "la seguridad social.",
                    ],
                ],
                ["heading", "¿Qué ofrece hoy?"],
                [
                    "paragraph",
                    [
                        [
                            "<b>Páginas temáticas</b> sobre cuestiones de política, como la salud, la "
                            "vejez o el piso de protección social, con una síntesis de los conocimientos, "
                            "los documentos de política, otras lecturas, los proyectos en curso y la "
                            "formación.",
                            "<b>Perfiles de país y páginas regionales</b> elaborados por especialistas, "
                            "con la situación de la cobertura, las iniciativas, los estudios financieros "
                            "y actuariales y el marco jurídico.",
                            "<b>Buenas prácticas</b> de instituciones de seguridad social, con sus "
                            "objetivos, resultados, lecciones aprendidas y riesgos.",
                            "<b>Recursos</b>: publicaciones, instrumentos jurídicos, evaluaciones y "
                            "conjuntos de datos, con sus documentos.",
                            "<b>Noticias y eventos</b>: cursos, seminarios web y talleres, que puede "
                            "añadir a su calendario.",
                            "<b>Un glosario</b> y un buscador en español, inglés y francés.",
                        ]
                    ],
                ],
                ["heading", "¿Cómo se elaboran los contenidos?"],
                [
                    "paragraph",
                    [
                        "Cada especialista se encarga de perfiles de país, páginas regionales o "
                        "páginas temáticas de su área de especialidad y los mantiene al día, con el "
                        "apoyo de traductores para el inglés y el francés.",
                        "Todo lo que se publica pasa por una revisión: las páginas se envían a "
                        "revisión y solo se publican una vez aprobadas por un revisor, que puede "
                        "devolverlas con sus comentarios. Cada paso queda registrado.",
                    ],
                ],
                ["heading", "Lo que vendrá"],
                [
                    "paragraph",
                    [
                        "Por ahora la plataforma se lee sin cuenta y sin registrarse. Las cuentas para "
                        "profesionales, los comentarios, las contribuciones de los usuarios, las "
                        "comunidades virtuales, un boletín y un servicio de asistencia están en "
                        "preparación; esta página lo indicará cuando estén disponibles."
                    ],
                ],
            ],
        },
        "en": {
            "title": "About",
            "slug": "about",
            "intro": "A platform for everyone working towards universal social security coverage, and "
            "the successor of the ILO's GESS platform.",
            "body": [
                ["heading", "Who is it for?"],
                [
                    "paragraph",
                    [
                        "The platform is meant for everyone working to extend social security: policy "
                        "makers, staff of social security institutions, the social partners, "
                        "researchers, specialists in international organisations and participants in "
                        "training programmes.",
                        "It grew out of GESS, the knowledge management and sharing platform of the ILO "
                        "Social Security Department and its STEP programme, and keeps its aim: to make "
                        "knowledge on extending social security available to all.",
                    ],
                ],
                ["heading", "What does it offer today?"],
                [
                    "paragraph",
                    [
                        [
                            "<b>Thematic pages</b> on policy issues such as health, old age or the social "
                            "protection floor, with a synthesis of knowledge, policy documents, further "
                            "reading, ongoing projects and training.",
                            "<b>Country profiles and regional pages</b> prepared by specialists, with the "
                            "coverage situation, initiatives, financial and actuarial studies and the "
                            "legal framework.",
                            "<b>Good practices</b> of social security institutions, with their goals, "
                            "results, lessons learned and risks.",
                            "<b>Resources</b>: publications, legal instruments, evaluations and datasets, "
                            "with their documents.",
                            "<b>News and events</b>: courses, webinars and workshops, which you can add "
                            "to your calendar.",
                            "<b>A glossary</b> and a search in Spanish, English and French.",
                        ]
                    ],
                ],
                ["heading", "How is the content produced?"],
                [
                    "paragraph",
                    [
                        "Each specialist looks after country profiles, regional pages or thematic "
                        "pages in his or her field and keeps them up to date, with translators for "
                        "English and French.",
                        "Everything published is reviewed: pages are submitted for review and "
                        "published only once a reviewer has approved them; the reviewer may send them "
                        "back with comments. Every step is recorded.",
                    ],
                ],
                ["heading", "What comes next"],
                [
                    "paragraph",
                    [
                        "For now the platform is read without an account or registration. Accounts for "
                        "practitioners, comments, user contributions, online communities, a newsletter "
                        "and a helpdesk are being prepared; this page will say so when they are "
                        "open."
                    ],
                ],
            ],
        },
        "fr": {
            "title": "À propos",
            "slug": "a-propos",
            "intro": "Une plateforme pour tous ceux qui œuvrent à l'universalisation de la couverture "
            "de sécurité sociale, qui prend la suite de la plateforme GESS du BIT.",
            "body": [
                ["heading", "À qui s'adresse-t-elle ?"],
                [
                    "paragraph",
                    [
                        "La plateforme s'adresse à toutes les personnes qui œuvrent à l'extension de "
                        "la sécurité sociale : responsables politiques, personnel des institutions de "
                        "sécurité sociale, partenaires sociaux, chercheurs, spécialistes des "
                        "organisations internationales et participants aux programmes de formation.",
                        "Elle est née de GESS, la plateforme de gestion et de partage des "
                        "connaissances du Département de la sécurité sociale du BIT et de son "
                        "programme STEP, et en reprend le but : mettre à la portée de tous les "
                        "connaissances sur l'extension de la sécurité sociale.",
                    ],
                ],
                ["heading", "Qu'offre-t-elle aujourd'hui ?"],
                [
                    "paragraph",
                    [
                        [
                            "<b>Des pages thématiques</b> sur des questions de politique comme la santé, "
                            "la vieillesse ou le socle de protection sociale, avec une synthèse des "
                            "connaissances, des documents de politique, des lectures complémentaires, les "
                            "projets en cours et la formation.",
                            "<b>Des profils de pays et des pages régionales</b> rédigés par des "
                            "spécialistes : situation de la couverture, initiatives, études financières "
                            "et actuarielles, cadre juridique.",
                            "<b>Des bonnes pratiques</b> d'institutions de sécurité sociale, avec leurs "
                            "objectifs, résultats, enseignements et risques.",
                            "<b>Des ressources</b> : publications, instruments juridiques, évaluations et "
                            "jeux de données, avec leurs documents.",
                            "<b>Des actualités et des événements</b> : cours, webinaires et ateliers, que "
                            "vous pouvez ajouter à votre agenda.",
                            "<b>Un glossaire</b> et une recherche en espagnol, en anglais et en français.",
                        ]
                    ],
                ],
                ["heading", "Comment les contenus sont-ils produits ?"],
                [
                    "paragraph",
                    [
                        "Chaque spécialiste prend en charge des profils de pays, des pages régionales "
                        "ou des pages thématiques de son domaine et les tient à jour, avec l'aide de "
                        "traducteurs pour l'anglais et le français.",
                        "Tout ce qui est publié est relu : les pages sont soumises à relecture et "
                        "publiées seulement après l'approbation d'un relecteur, qui peut les renvoyer "
                        "avec ses commentaires. Chaque étape est enregistrée.",
                    ],
                ],
                ["heading", "Ce qui viendra"],
                [
                    "paragraph",
                    [
                        "Pour l'instant, la plateforme se lit sans compte ni inscription. Des comptes "
                        "pour les praticiens, les commentaires, les contributions des utilisateurs, "
                        "des communautés en ligne, une lettre d'information et un service d'assistance "
                        "sont en préparation ; cette page l'indiquera lorsqu'ils seront ouverts."
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
            "intro": "Cómo navegar por la plataforma, buscar información y, para los especialistas, publicar.",
            "body": [
                ["heading", "Navegar y buscar"],
                [
                    "paragraph",
                    [
                        "El menú principal da acceso a las secciones de la plataforma: países, "
                        "regiones, temas, buenas prácticas, recursos, y noticias y eventos. En un "
                        "teléfono, el menú se abre con el botón «Menú». Cada perfil de país y cada "
                        "página temática reúne automáticamente los recursos, las buenas prácticas, las "
                        "noticias y los eventos relacionados.",
                        "Las páginas largas tienen un índice «En esta página» que lleva a cada "
                        "sección. En la página de un evento, «Añadir al calendario» descarga el evento "
                        "para su agenda.",
                        "Para cambiar de idioma, utilice el selector de idioma situado en la parte "
                        "superior de cada página: le llevará a la misma página en español, inglés o "
                        "francés. Una página aún no traducida se muestra en español, con un aviso.",
                        "El buscador, disponible en todas las páginas, explora el contenido publicado "
                        "en el idioma en que está navegando. Los resultados pueden filtrarse por tipo "
                        "de contenido, país, tema y año.",
                    ],
                ],
                ["heading", "Cuentas y contribuciones"],
                [
                    "paragraph",
                    [
                        "La plataforma se lee sin cuenta. Todavía no es posible crear una cuenta, "
                        "comentar ni proponer contenidos; estas funciones están en preparación y esta "
                        "página explicará cómo usarlas cuando estén abiertas."
                    ],
                ],
                ["heading", "Para especialistas: editar y enviar a revisión"],
                [
                    "paragraph",
                    [
                        "Los especialistas pueden editar las páginas de los países, regiones o temas "
                        "que tienen a su cargo, en todos los idiomas. El procedimiento es el "
                        "siguiente:",
                        [
                            "inicie sesión y abra la página en la interfaz de edición;",
                            "modifique el contenido y guarde un borrador;",
                            "pulse «Enviar a revisión» cuando el texto esté listo;",
                            "el revisor aprueba la página, que se publica, o la rechaza con un "
                            "comentario; en ese caso, corríjala y vuelva a enviarla.",
                        ],
                        "Recibirá un correo electrónico en cada etapa. Los traductores siguen el mismo "
                        "procedimiento para las versiones en inglés y en francés.",
                    ],
                ],
                ["heading", "Asistencia"],
                [
                    "paragraph",
                    [
                        "Aún no hay un servicio de asistencia; se anunciará en esta página. Cada "
                        "perfil de país indica el especialista responsable de su contenido."
                    ],
                ],
            ],
        },
        "en": {
            "title": "Help",
            "slug": "help",
            "intro": "How to browse the platform, search for information and, for specialists, publish.",
            "body": [
                ["heading", "Browsing and searching"],
                [
                    "paragraph",
                    [
                        "The main menu leads to the sections of the platform: countries, regions, "
                        "themes, good practices, resources, and news and events. On a phone, the "
                        "“Menu” button opens it. Each country profile and each thematic page "
                        "automatically brings together the related resources, good practices, news and "
                        "events.",
                        "Long pages have an “On this page” list that leads to each section. On an "
                        "event's page, “Add to calendar” downloads the event for your calendar.",
                        "To change language, use the language switcher at the top of every page: it "
                        "takes you to the same page in Spanish, English or French. A page not "
                        "translated yet is shown in Spanish, with a notice.",
                        "The search box, on every page, searches the content published in the language "
                        "you are browsing in. Results can be filtered by type of content, country, "
                        "theme and year.",
                    ],
                ],
                ["heading", "Accounts and contributions"],
                [
                    "paragraph",
                    [
                        "The platform is read without an account. It is not yet possible to create an "
                        "account, comment or propose content; these features are being prepared, and "
                        "this page will explain them when they open."
                    ],
                ],
                ["heading", "For specialists: editing and submitting for review"],
                [
                    "paragraph",
                    [
                        "Specialists can edit the pages of the countries, regions or themes they are "
                        "responsible for, in every language. The procedure is:",
                        [
                            "sign in and open the page in the editing interface;",
                            "change the content and save a draft;",
                            "click “Submit for review” when the text is ready;",
                            "the reviewer approves the page, which is published, or rejects it with a "
                            "comment; in that case, correct it and submit it again.",
                        ],
                        "You receive an email at each step. Translators follow the same procedure for "
                        "the English and French versions.",
                    ],
                ],
                ["heading", "Assistance"],
                [
                    "paragraph",
                    [
                        "There is no helpdesk yet; it will be announced on this page. Each country "
                        "profile names the specialist responsible for its content."
                    ],
                ],
            ],
        },
        "fr": {
            "title": "Aide",
            "slug": "aide",
            "intro": "Comment parcourir la plateforme, rechercher des informations et, pour les spécialistes, publier.",
            "body": [
                ["heading", "Parcourir et rechercher"],
                [
                    "paragraph",
                    [
                        "Le menu principal mène aux sections de la plateforme : pays, régions, thèmes, "
                        "bonnes pratiques, ressources, actualités et événements. Sur un téléphone, le "
                        "bouton « Menu » l'ouvre. Chaque profil de pays et chaque page thématique "
                        "réunit automatiquement les ressources, bonnes pratiques, actualités et "
                        "événements qui s'y rapportent.",
                        "Les pages longues ont une liste « Sur cette page » qui mène à chaque section. "
                        "Sur la page d'un événement, « Ajouter à l'agenda » télécharge l'événement "
                        "pour votre agenda.",
                        "Pour changer de langue, utilisez le sélecteur de langue en haut de chaque "
                        "page : il vous mène à la même page en espagnol, en anglais ou en français. "
                        "Une page pas encore traduite s'affiche en espagnol, avec un avertissement.",
                        "Le moteur de recherche, présent sur chaque page, explore le contenu publié "
                        "dans la langue dans laquelle vous naviguez. Les résultats peuvent être "
                        "filtrés par type de contenu, pays, thème et année.",
                    ],
                ],
                ["heading", "Comptes et contributions"],
                [
                    "paragraph",
                    [
                        "La plateforme se lit sans compte. Il n'est pas encore possible de créer un "
                        "compte, de commenter ni de proposer des contenus ; ces fonctions sont en "
                        "préparation et cette page les expliquera lorsqu'elles seront ouvertes."
                    ],
                ],
                ["heading", "Pour les spécialistes : modifier et soumettre à relecture"],
                [
                    "paragraph",
                    [
                        "Les spécialistes peuvent modifier les pages des pays, régions ou thèmes dont "
                        "ils ont la charge, dans toutes les langues. La procédure est la suivante :",
                        [
                            "connectez-vous et ouvrez la page dans l'interface d'édition ;",
                            "modifiez le contenu et enregistrez un brouillon ;",
                            "cliquez sur « Soumettre à la relecture » lorsque le texte est prêt ;",
                            "le relecteur approuve la page, qui est publiée, ou la rejette avec un "
                            "commentaire ; dans ce cas, corrigez-la et soumettez-la de nouveau.",
                        ],
                        "Vous recevrez un courriel à chaque étape. Les traducteurs suivent la même "
                        "procédure pour les versions anglaise et française.",
                    ],
                ],
                ["heading", "Assistance"],
                [
                    "paragraph",
                    [
                        "Il n'y a pas encore de service d'assistance ; il sera annoncé sur cette page. "
                        "Chaque profil de pays indique le spécialiste responsable de son contenu."
                    ],
                ],
            ],
        },
    },
]
