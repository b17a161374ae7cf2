"""Demo case study: the ISSA good practice on Belgium's integrated social security
technology platform (seed 003)."""

PAGES = [
    {
        "key": "casestudy-be-platform",
        "type": "casestudies.CaseStudyPage",
        "parent": "casestudies",
        "sync": {
            "country": "country-be",
            "countries": [],
            "themes": ["theme-statistics", "theme-financing"],
            "implemented_since": 2016,
        },
        "es": {
            "title": ("Plataforma tecnológica integrada de las administraciones belgas para la seguridad social"),
            "slug": "plataforma-tecnologica-integrada-belgica",
            "institution": "Caja Auxiliar de Prestaciones de Desempleo",
            "award": ("Ganadora, Premio de Buenas Prácticas de la AISS – Concurso Europa 2019"),
            "summary": [
                (
                    "Gracias a un amplio proceso de reforma de los procesos "
                    "empresariales en el que participan 3 000 actores del sector "
                    "social belga, se concede automáticamente el máximo número posible "
                    "de prestaciones sociales y derechos derivados, con lo que se "
                    "elimina la necesidad de que los ciudadanos y sus empleadores "
                    "presenten declaraciones y se reducen drásticamente las cargas "
                    "administrativas, tanto para los ciudadanos como para las empresas."
                ),
                (
                    "Sobre la base de una visión común y concertada, los actores del "
                    "sector social belga aprovechan al máximo las nuevas tecnologías "
                    "para mejorar y reorganizar radicalmente sus procesos y sus "
                    "relaciones mutuas."
                ),
                (
                    "El intercambio electrónico de datos entre los actores del sector "
                    "social, y entre dichos actores y las empresas y los ciudadanos, "
                    "se realiza a través de una plataforma tecnológica integrada de "
                    "interoperabilidad funcional y técnica. Esta plataforma cumple "
                    "estrictas normas de seguridad y se basa en tecnologías modernas, "
                    "como la orientación a servicios y a objetos, el desarrollo basado "
                    "en componentes, la prestación de servicios multicanal, los "
                    "estándares abiertos, la reutilización, la informática en la nube "
                    "y las sinergias en materia de tecnologías de la información y de "
                    "la comunicación (TIC) entre las instituciones de la seguridad "
                    "social."
                ),
                (
                    "Este modelo está considerado en todo el mundo como un nuevo "
                    "paradigma de colaboración a largo plazo entre múltiples actores "
                    "para lograr un sistema de protección social eficaz y eficiente. "
                    "Ha sido reproducido en otros ámbitos de la administración pública "
                    "y en otros países."
                ),
            ],
            "challenge": [
                (
                    "El sector de la seguridad social belga es quizás uno de los más "
                    "antiguos y complejos de Europa y, sin embargo, se desarrolló y "
                    "creció a lo largo de los años sin un sistema armonizado de "
                    "prestación de servicios. Las instituciones invertían en sistemas "
                    "de gestión de la información sin ninguna coordinación a largo "
                    "plazo entre ellas."
                ),
                "Este enfoque histórico dio lugar a silos de información que:",
                [
                    "estaban mal aprovechados en la protección social;",
                    "eran insuficientes para la inclusión social;",
                    "resultaban muy vulnerables a posibles fraudes;",
                    (
                        "comportaban una elevada carga administrativa y de costos para "
                        "los ciudadanos, los empleadores y las instituciones de la "
                        "seguridad social;"
                    ),
                    ("no eran coherentes en la prestación de servicios a los ciudadanos y a las empresas;"),
                    ("eran poco adecuados para proporcionar análisis de apoyo a la elaboración de políticas sociales."),
                ],
            ],
            "approach": [
                (
                    "Hubo una clara voluntad política de resolver estos problemas y de "
                    "evolucionar hacia una solución diseñada científicamente, basada "
                    "en la creación de una Base de Datos Única (<i>Crossroads "
                    "Bank</i>), que permitió, entre otras cosas:"
                ),
                [
                    "garantizar un intercambio de datos seguro;",
                    "coordinar la reforma de los procesos empresariales;",
                    "mejorar la cooperación electrónica;",
                    "responder a los retos digitales del siglo XXI;",
                    (
                        "y, por último, pero no por ello menos importante, satisfacer "
                        "las expectativas de los ciudadanos y de las empresas."
                    ),
                ],
                "Entre esas expectativas de los ciudadanos y de las empresas figuran:",
                [
                    "una protección social efectiva;",
                    (
                        "servicios integrados en todos los niveles de gobierno, "
                        "servicios públicos y organismos privados;"
                    ),
                    "costos y carga administrativa mínimos;",
                    "servicios fiables, seguros y disponibles permanentemente;",
                    ("autoservicio y servicios multicanal orientados al usuario (en línea, móvil, etc.);"),
                    "la protección de la privacidad del usuario;",
                    (
                        "servicios personalizados y fáciles de usar, que responden a "
                        "la situación individual del ciudadano y se prestan en los "
                        "acontecimientos importantes de la vida: el nacimiento, la "
                        "escolaridad, el inicio de la vida laboral, una mudanza, una "
                        "enfermedad, la jubilación, la creación de una empresa, etc.;"
                    ),
                    "prestaciones concedidas automáticamente.",
                ],
            ],
            "goals": [
                "Los objetivos fijados fueron los siguientes:",
                [
                    (
                        "Una red segura para el intercambio electrónico de información "
                        "entre los 3 000 actores del sector social, los empleadores y "
                        "los ciudadanos."
                    ),
                    (
                        "La optimización de los procesos, que da lugar a servicios "
                        "electrónicos de aplicación a aplicación para los 3 000 "
                        "actores del sector social, los empleadores y los ciudadanos "
                        "(afiliados y proveedores de datos)."
                    ),
                    ("Una clave de identificación única para cada ciudadano y cada empresa."),
                    (
                        "Un reparto claro de tareas, dentro y fuera del sector de la "
                        "seguridad social, en materia de recopilación y validación de "
                        "datos, gestión de la información y almacenamiento electrónico "
                        "en fuentes auténticas de datos."
                    ),
                    (
                        "Un portal web integrado (www.socialsecurity.be) que ofrece "
                        "trámites electrónicos para ciudadanos, empleadores y "
                        "profesionales; entornos de simulación; información sobre el "
                        "sistema de seguridad social; un modelo de información e "
                        "instrucciones armonizados; y una vista personalizada para "
                        "cada ciudadano, empresa y profesional."
                    ),
                    (
                        "El uso de los canales en línea como vía preferente de "
                        "comunicación con los ciudadanos, incluidos trámites "
                        "electrónicos personalizados (www.socialsecurity.be/citizen) "
                        "como student@work, interim@work y horeca@work."
                    ),
                    (
                        "Un centro de contacto multicanal y una herramienta de gestión "
                        "de las relaciones con los afiliados para dar soporte al "
                        "usuario final."
                    ),
                    ("Un almacén de datos con información estadística sobre la seguridad social y el mercado laboral."),
                ],
            ],
            "evaluation": [
                "### Resultados e impacto empresariales",
                [
                    (
                        "ahorros por simplificación administrativa de más de 1 000 "
                        "millones de euros anuales para los empleadores;"
                    ),
                    ("transformación de 800 formularios en papel en 220 procesos electrónicos;"),
                    (
                        "más de 1 100 millones de mensajes electrónicos intercambiados "
                        "cada año entre los actores de la seguridad social, que "
                        "sustituyen numerosos intercambios en papel;"
                    ),
                    (
                        "supresión casi total de los intercambios directos o "
                        "indirectos de información en papel entre los actores de la "
                        "seguridad social;"
                    ),
                    (
                        "supresión de 50 formularios de declaración de la seguridad "
                        "social de los empleadores; los 30 formularios restantes son "
                        "totalmente electrónicos y su número de campos se ha reducido "
                        "a un tercio;"
                    ),
                    (
                        "220 000 empleadores realizan más de 25 millones de "
                        "declaraciones electrónicas al año, el 98 por ciento de ellas "
                        "totalmente automatizadas y enviadas directamente desde sus "
                        "aplicaciones internas de recursos humanos."
                    ),
                ],
                ("<b>Aumento de la eficiencia:</b> los servicios se prestan a un costo total más bajo gracias a:"),
                [
                    "claves de identificación únicas;",
                    (
                        "la recopilación única de la información, un modelo de "
                        "información común e instrucciones administrativas comunes;"
                    ),
                    ("el intercambio electrónico de información en lugar de su recodificación;"),
                    (
                        "el reparto de tareas funcionales de gestión de la "
                        "información, validación de datos y desarrollo de aplicaciones;"
                    ),
                    "una menor carga administrativa.",
                ],
                (
                    "Se prestan más servicios, disponibles en cualquier momento y "
                    "lugar desde distintos dispositivos, con una prestación integrada "
                    "que sigue la lógica del usuario."
                ),
                (
                    "Los servicios se prestan más rápido: las prestaciones se conceden "
                    "antes porque la información está disponible con mayor rapidez, "
                    "con menos tiempo de espera y de desplazamiento, y existe una "
                    "interacción directa, en tiempo real, entre las observaciones de "
                    "los usuarios y las instituciones de la seguridad social."
                ),
                [
                    "Mayor eficacia: mejor protección social.",
                    ("Calidad del servicio: normas de calidad más estrictas con el mismo costo y en el mismo tiempo."),
                    (
                        "Nuevos tipos de servicios: concesión automática de "
                        "prestaciones, seguimiento activo del acceso a las "
                        "prestaciones mediante el almacén de datos y gestión "
                        "personalizada de la información."
                    ),
                    "Mejor apoyo a la formulación de políticas.",
                    "Mayor capacidad para luchar contra el fraude social.",
                    ("Mejor inclusión, mediante la concesión automática de prestaciones condicionadas."),
                ],
                "### Indicadores clave de rendimiento",
                [
                    (
                        "los servicios electrónicos están disponibles las 24 horas del "
                        "día, los 7 días de la semana, con una disponibilidad medida "
                        "del 99,98 por ciento;"
                    ),
                    (
                        "el 99,88 por ciento de los servicios en línea se procesan en "
                        "menos de 1 segundo, y el 99,87 por ciento en menos de 2 "
                        "segundos;"
                    ),
                    "más de 1 millón de mensajes en línea al día;",
                    ("el 99,87 por ciento de los servicios por lotes se procesan en menos de cuatro días naturales;"),
                    (
                        "cuadros de mando periódicos, con indicadores publicados para "
                        "todos los servicios operativos, que se entregan a las partes "
                        "interesadas y sirven de base para el seguimiento y la mejora "
                        "de los servicios."
                    ),
                ],
            ],
            "lessons_learned": [
                "Factores críticos de éxito para reproducir esta buena práctica:",
                "### Visión común, confianza y cooperación",
                [
                    (
                        "una visión común de la prestación de servicios electrónicos, "
                        "la gestión de la información y la seguridad de la "
                        "información, compartida por todas las partes interesadas;"
                    ),
                    (
                        "la confianza de todos los interesados, basada en el respeto "
                        "mutuo, el acuerdo mutuo y la transparencia;"
                    ),
                    ("el acceso a los responsables de la elaboración de políticas al más alto nivel y su apoyo;"),
                    (
                        "la atención centrada en una prestación de servicios más "
                        "eficiente y eficaz y en el control de los costos;"
                    ),
                    (
                        "un razonamiento basado en el valor añadido para los "
                        "ciudadanos y las empresas, más que en las funciones jurídicas;"
                    ),
                    ("el respeto de la separación jurídica de las funciones de los actores;"),
                    ("una cooperación basada en el reparto de tareas, más que en la centralización;"),
                    "la detección continua de oportunidades de sinergia.",
                ],
                "### Creación de una institución que actúa como motor",
                [
                    (
                        "un enfoque multidisciplinar y la reforma de los procesos "
                        "empresariales dentro de cada actor y entre los actores;"
                    ),
                    (
                        "el objetivo de permitir a todos los actores de la seguridad "
                        "social utilizar y ofrecer servicios electrónicos eficaces y "
                        "eficientes en las mejores condiciones;"
                    ),
                    (
                        "un papel de mediador y facilitador que establece una hoja de "
                        "ruta a largo plazo para los servicios electrónicos;"
                    ),
                    (
                        "la búsqueda proactiva de oportunidades tecnológicas e "
                        "innovadoras en beneficio de los ciudadanos y las empresas;"
                    ),
                    (
                        "la prestación continua de servicios compartidos basados en "
                        "las TIC y la permanencia de las competencias esenciales;"
                    ),
                    ("la gestión de programas y proyectos, y una gobernanza cooperativa."),
                ],
                "### Arquitectura de TIC sólida e innovación permanente",
                [
                    "una arquitectura orientada a los servicios;",
                    (
                        "servicios en la nube híbridos y comunes a todos los actores "
                        "(G-Cloud, la nube del Gobierno): los actores comparten "
                        "infraestructura, plataformas, aplicaciones y conocimientos "
                        "especializados en TIC para reducir costos, aumentar la "
                        "fiabilidad y acelerar la puesta en marcha de nuevos "
                        "servicios; el modelo combina la nube pública, para la "
                        "información y las aplicaciones no confidenciales, con una "
                        "nube comunitaria diseñada y gestionada por el sector público, "
                        "y recurre ampliamente a la infraestructura como servicio "
                        "(IaaS) y a la plataforma como servicio (PaaS);"
                    ),
                    (
                        "la vigilancia tecnológica: cada año se publican varios "
                        "estudios de caso sobre las nuevas tecnologías, su impacto y "
                        "su uso en el sector social, y se organizan sesiones "
                        "informativas; los últimos temas de investigación han sido la "
                        "cadena de bloques (<i>blockchain</i>), los <i>chatbots</i> y "
                        "la inteligencia artificial en el sector social;"
                    ),
                    (
                        "el seguimiento de la evolución de las leyes y las políticas "
                        "en materia de seguridad social, nuevas tecnologías y "
                        "ciberseguridad por parte de la Base de Datos Única de la "
                        "Seguridad Social (<i>Crossroads Bank for Social Security</i>, "
                        "CBSS), considerada pionera en la legislación sobre nuevas "
                        "tecnologías y en la ejecución de proyectos basados en ellas."
                    ),
                ],
            ],
            "risks": [
                "Principales riesgos y formas de gestionarlos:",
                "### Cultura corporativa inadecuada",
                "Se necesita un cambio cultural interno radical, por ejemplo:",
                [
                    "pasar de la jerarquía a la participación y al trabajo en equipo;",
                    (
                        "satisfacer las necesidades del afiliado, no las del Gobierno "
                        "ni las de las instituciones de la seguridad social;"
                    ),
                    "empoderar en lugar de servir;",
                    (
                        "recompensar el espíritu emprendedor, con una evaluación <i>ex "
                        "post</i> de los resultados, sin control previo de cada insumo;"
                    ),
                    (
                        "encontrar un equilibrio adecuado entre la eficiencia, por una "
                        "parte, y la seguridad de la información y la protección de la "
                        "privacidad, por otra;"
                    ),
                    "combinar resultados rápidos con una visión a largo plazo;",
                    "adaptarse a un entorno social y jurídico en constante cambio.",
                ],
                "### Falta de medios financieros, competencias y conocimientos",
                [
                    (
                        "medios financieros suficientes para la innovación: aceptar "
                        "que las ganancias de eficiencia se reinviertan en innovación "
                        "permite disponer de recursos suficientes para el cambio y la "
                        "innovación permanentes;"
                    ),
                    (
                        "la creación de una asociación que contrata a especialistas en "
                        "TIC en condiciones de mercado y los pone a disposición de los "
                        "actores del sector social."
                    ),
                ],
                ("### Pérdida de confianza por incidentes de seguridad de la información"),
                [
                    (
                        "la seguridad, disponibilidad, integridad y confidencialidad "
                        "de la información se garantizan mediante medidas integradas "
                        "de carácter estructural, institucional, organizativo, "
                        "técnico, de recursos humanos y de otro tipo, conformes a las "
                        "políticas acordadas;"
                    ),
                    ("se cumplen los principios básicos del Reglamento General de Protección de Datos (RGPD);"),
                    (
                        "un Comité de Seguridad de la Información designado por el "
                        "Parlamento autoriza el acceso a los datos personales tras "
                        "verificar que se cumplen las condiciones de acceso, y estas "
                        "autorizaciones son públicas;"
                    ),
                    (
                        "todo intercambio electrónico de datos personales pasa por un "
                        "tercero de confianza independiente, que comprueba de antemano "
                        "que se respetan las autorizaciones de acceso existentes;"
                    ),
                    (
                        "todos los intercambios electrónicos de datos personales "
                        "quedan registrados, lo que permite rastrear posibles abusos a "
                        "posteriori;"
                    ),
                    (
                        "cada actor del sector social cuenta con un responsable de "
                        "seguridad de la información encargado de tareas de "
                        "asesoramiento, seguridad, documentación y control."
                    ),
                ],
            ],
        },
        "en": {
            "title": ("Integrated technology platform of the Belgian social security administrations"),
            "slug": "integrated-technology-platform-belgium",
            "institution": "Auxiliary Fund for Unemployment Benefits",
            "award": "Winner, ISSA Good Practice Award – Europe competition 2019",
            "summary": [
                (
                    "Thanks to a large-scale business process reengineering effort "
                    "involving 3,000 actors in the Belgian social sector, as many "
                    "social benefits and derived rights as possible are granted "
                    "automatically. This removes the need for citizens and their "
                    "employers to submit declarations and drastically reduces the "
                    "administrative burden for citizens and businesses alike."
                ),
                (
                    "Building on a shared and concerted vision, the actors of the "
                    "Belgian social sector make the most of new technologies to "
                    "improve and radically reorganise their processes and their "
                    "relations with one another."
                ),
                (
                    "Electronic data exchange among the actors of the social sector, "
                    "and between them and businesses and citizens, takes place through "
                    "an integrated technology platform for functional and technical "
                    "interoperability. The platform meets strict security standards "
                    "and relies on modern technologies such as service and object "
                    "orientation, component-based development, multichannel service "
                    "delivery, open standards, reuse, cloud computing and synergies in "
                    "information and communication technology (ICT) among social "
                    "security institutions."
                ),
                (
                    "The model is recognised worldwide as a new paradigm of long-term, "
                    "multi-stakeholder collaboration for an effective and efficient "
                    "social protection system. It has been replicated in other areas "
                    "of government and in other countries."
                ),
            ],
            "challenge": [
                (
                    "The Belgian social security sector is perhaps one of the oldest "
                    "and most complex in Europe, yet over the years it developed and "
                    "grew without a harmonised service delivery system. Institutions "
                    "invested in information management systems without any long-term "
                    "coordination among themselves."
                ),
                "This historical approach produced information silos that:",
                [
                    "were poorly exploited for social protection;",
                    "were inadequate for social inclusion;",
                    "were highly vulnerable to potential fraud;",
                    (
                        "entailed a heavy administrative and cost burden for citizens, "
                        "employers and social security institutions;"
                    ),
                    ("were inconsistent in the delivery of services to citizens and businesses;"),
                    ("were ill-suited to providing analysis in support of social policymaking."),
                ],
            ],
            "approach": [
                (
                    "There was a clear political will to solve these problems and to "
                    "move towards a scientifically designed solution, based on the "
                    "creation of a <i>Crossroads Bank</i>, which made it possible, "
                    "among other things, to:"
                ),
                [
                    "ensure secure data exchange;",
                    "coordinate business process reengineering;",
                    "improve electronic cooperation;",
                    "respond to the digital challenges of the 21st century;",
                    ("and, last but not least, meet the expectations of citizens and businesses."),
                ],
                "These expectations of citizens and businesses include:",
                [
                    "effective social protection;",
                    ("integrated services across all levels of government, public services and private bodies;"),
                    "minimal costs and administrative burden;",
                    "reliable, secure and permanently available services;",
                    ("self-service and user-oriented multichannel services (online, mobile, etc.);"),
                    "protection of user privacy;",
                    (
                        "personalised, user-friendly services that address each "
                        "citizen's individual situation and are delivered at major "
                        "life events: birth, schooling, starting work, moving house, "
                        "illness, retirement, starting a business, etc.;"
                    ),
                    "automatically granted benefits.",
                ],
            ],
            "goals": [
                "The objectives set were as follows:",
                [
                    (
                        "A secure network for the electronic exchange of information "
                        "between the 3,000 actors of the social sector, employers and "
                        "citizens."
                    ),
                    (
                        "Process optimisation leading to application-to-application "
                        "electronic services for the 3,000 social sector actors, "
                        "employers and citizens (insured persons and data providers)."
                    ),
                    "A unique identification key for every citizen and every business.",
                    (
                        "A clear allocation of tasks, within and outside the social "
                        "security sector, for data collection and validation, "
                        "information management and electronic storage in authentic "
                        "data sources."
                    ),
                    (
                        "An integrated web portal (www.socialsecurity.be) offering "
                        "electronic transactions for citizens, employers and "
                        "professionals; simulation environments; information on the "
                        "social security system; a harmonised information model and "
                        "instructions; and a personalised view for each citizen, "
                        "business and professional."
                    ),
                    (
                        "Online channels as the preferred means of communication with "
                        "citizens, including personalised electronic transactions "
                        "(www.socialsecurity.be/citizen) such as student@work, "
                        "interim@work and horeca@work."
                    ),
                    ("A multichannel contact centre and a customer relationship management tool to support end users."),
                    ("A data warehouse with statistical information on social security and the labour market."),
                ],
            ],
            "evaluation": [
                "### Business results and impact",
                [
                    ("administrative simplification savings of more than EUR 1 billion a year for employers;"),
                    "800 paper forms transformed into 220 electronic processes;",
                    (
                        "more than 1.1 billion electronic messages exchanged every "
                        "year between social security actors, replacing a great many "
                        "paper exchanges;"
                    ),
                    (
                        "almost complete elimination of direct or indirect paper-based "
                        "information exchanges between social security actors;"
                    ),
                    (
                        "50 employer social security declaration forms abolished; the "
                        "remaining 30 are fully electronic and their number of fields "
                        "has been cut to a third;"
                    ),
                    (
                        "220,000 employers submit more than 25 million electronic "
                        "declarations a year, 98 per cent of them fully automated and "
                        "sent directly from their in-house human resources "
                        "applications."
                    ),
                ],
                ("<b>Greater efficiency:</b> services are delivered at a lower total cost thanks to:"),
                [
                    "unique identification keys;",
                    (
                        "one-time collection of information, a common information "
                        "model and common administrative instructions;"
                    ),
                    "electronic exchange of information instead of re-keying;",
                    (
                        "sharing of functional tasks in information management, data "
                        "validation and application development;"
                    ),
                    "a lighter administrative burden.",
                ],
                (
                    "More services are delivered, available anytime and anywhere from "
                    "a range of devices, with integrated delivery that follows the "
                    "user's logic."
                ),
                (
                    "Services are delivered faster: benefits are granted sooner "
                    "because information is available more quickly, with less waiting "
                    "and travel time, and there is direct, real-time interaction "
                    "between user feedback and the social security institutions."
                ),
                [
                    "Greater effectiveness: better social protection.",
                    ("Service quality: higher quality standards at the same cost and within the same time."),
                    (
                        "New types of services: automatic granting of benefits, active "
                        "monitoring of benefit take-up through the data warehouse, and "
                        "personalised information management."
                    ),
                    "Better support for policymaking.",
                    "Greater capacity to combat social fraud.",
                    ("Better inclusion, through the automatic granting of conditional benefits."),
                ],
                "### Key performance indicators",
                [
                    (
                        "electronic services are available 24 hours a day, 7 days a "
                        "week, with a measured availability of 99.98 per cent;"
                    ),
                    (
                        "99.88 per cent of online services are processed in less than "
                        "1 second, and 99.87 per cent in less than 2 seconds;"
                    ),
                    "more than 1 million online messages a day;",
                    ("99.87 per cent of batch services are processed within four calendar days;"),
                    (
                        "regular dashboards with published indicators for all "
                        "operational services, delivered to stakeholders and used as a "
                        "basis for monitoring and improving services."
                    ),
                ],
            ],
            "lessons_learned": [
                "Critical success factors for replicating this good practice:",
                "### Shared vision, trust and cooperation",
                [
                    (
                        "a shared vision of electronic service delivery, information "
                        "management and information security among all stakeholders;"
                    ),
                    ("trust among all stakeholders, based on mutual respect, mutual agreement and transparency;"),
                    "access to, and support from, policymakers at the highest level;",
                    ("a focus on more efficient and effective service delivery and on cost control;"),
                    ("reasoning based on added value for citizens and businesses rather than on legal functions;"),
                    "respect for the legal division of roles among the actors;",
                    ("cooperation based on the distribution of tasks rather than on centralisation;"),
                    "continuous identification of opportunities for synergy.",
                ],
                "### Creation of an institution that acts as a driving force",
                [
                    (
                        "a multidisciplinary approach and the reengineering of "
                        "business processes within and between actors;"
                    ),
                    (
                        "the aim of enabling all social security actors to use and "
                        "offer effective and efficient electronic services under the "
                        "best possible conditions;"
                    ),
                    ("a role as mediator and facilitator that sets a long-term roadmap for electronic services;"),
                    (
                        "a proactive search for technological and innovative "
                        "opportunities for the benefit of citizens and businesses;"
                    ),
                    ("continuous provision of shared ICT-based services and retention of core skills;"),
                    "programme and project management, and cooperative governance.",
                ],
                "### Sound ICT architecture and continuous innovation",
                [
                    "a service-oriented architecture;",
                    (
                        "hybrid cloud services shared by all actors (G-Cloud, the "
                        "government cloud): the actors share ICT infrastructure, "
                        "platforms, applications and expertise to cut costs, increase "
                        "reliability and shorten time to market; the model combines "
                        "the public cloud, for non-confidential information and "
                        "applications, with a community cloud designed and managed by "
                        "the public sector, and makes extensive use of infrastructure "
                        "as a service (IaaS) and platform as a service (PaaS);"
                    ),
                    (
                        "technology watch: several case studies on new technologies, "
                        "their impact and their use in the social sector are published "
                        "each year and briefing sessions are organised; recent "
                        "research topics include blockchain, chatbots and artificial "
                        "intelligence in the social sector;"
                    ),
                    (
                        "monitoring of legal and policy developments in social "
                        "security, new technologies and cybersecurity by the "
                        "Crossroads Bank for Social Security (CBSS), which is regarded "
                        "as a pioneer in legislation on new technologies and in "
                        "implementing projects based on them."
                    ),
                ],
            ],
            "risks": [
                "Main risks and how to manage them:",
                "### Inappropriate corporate culture",
                "A radical internal culture change is needed, for example:",
                [
                    "moving from hierarchy to participation and teamwork;",
                    (
                        "meeting the needs of insured persons rather than those of the "
                        "government or the social security institutions;"
                    ),
                    "empowering rather than serving;",
                    (
                        "rewarding entrepreneurship, with <i>ex post</i> evaluation of "
                        "output and no prior control of every input;"
                    ),
                    (
                        "striking the right balance between efficiency on the one hand "
                        "and information security and privacy protection on the other;"
                    ),
                    "combining quick wins with a long-term vision;",
                    "adapting to a constantly changing social and legal environment.",
                ],
                "### Lack of financial resources, skills and knowledge",
                [
                    (
                        "sufficient financial resources for innovation: agreeing to "
                        "reinvest efficiency gains in innovation provides enough "
                        "funding for continuous change and innovation;"
                    ),
                    (
                        "the creation of an association that recruits ICT specialists "
                        "on market terms and makes them available to the actors of the "
                        "social sector."
                    ),
                ],
                "### Loss of trust due to information security incidents",
                [
                    (
                        "the security, availability, integrity and confidentiality of "
                        "information are ensured through integrated structural, "
                        "institutional, organisational, technical, human resources and "
                        "other measures, in line with agreed policies;"
                    ),
                    ("the basic principles of the General Data Protection Regulation (GDPR) are complied with;"),
                    (
                        "an Information Security Committee appointed by Parliament "
                        "authorises access to personal data after checking that the "
                        "access conditions are met, and these authorisations are "
                        "public;"
                    ),
                    (
                        "every electronic exchange of personal data passes through an "
                        "independent trusted third party, which checks beforehand that "
                        "existing access authorisations are respected;"
                    ),
                    (
                        "all electronic exchanges of personal data are logged, so that "
                        "any abuse can be traced afterwards;"
                    ),
                    (
                        "every actor in the social sector has an information security "
                        "officer responsible for advice, security, documentation and "
                        "control tasks."
                    ),
                ],
            ],
        },
        "fr": {
            "title": ("Plateforme technologique intégrée des administrations belges de sécurité sociale"),
            "slug": "plateforme-technologique-integree-belgique",
            "institution": "Caisse auxiliaire de paiement des allocations de chômage",
            "award": ("Lauréate, Prix des bonnes pratiques de l'AISS – Concours Europe 2019"),
            "summary": [
                (
                    "Grâce à une vaste réorganisation des processus métier à laquelle "
                    "participent 3 000 acteurs du secteur social belge, le plus grand "
                    "nombre possible de prestations sociales et de droits dérivés est "
                    "accordé automatiquement, ce qui dispense les citoyens et leurs "
                    "employeurs de faire des déclarations et réduit considérablement "
                    "les charges administratives, tant pour les citoyens que pour les "
                    "entreprises."
                ),
                (
                    "Sur la base d'une vision commune et concertée, les acteurs du "
                    "secteur social belge tirent pleinement parti des nouvelles "
                    "technologies pour améliorer et réorganiser en profondeur leurs "
                    "processus et leurs relations mutuelles."
                ),
                (
                    "L'échange électronique de données entre les acteurs du secteur "
                    "social, ainsi qu'entre ces acteurs et les entreprises et les "
                    "citoyens, passe par une plateforme technologique intégrée "
                    "d'interopérabilité fonctionnelle et technique. Celle-ci respecte "
                    "des normes de sécurité strictes et repose sur des technologies "
                    "modernes telles que l'orientation services et objets, le "
                    "développement par composants, la prestation de services "
                    "multicanal, les standards ouverts, la réutilisation, "
                    "l'informatique en nuage et les synergies en matière de "
                    "technologies de l'information et de la communication (TIC) entre "
                    "les institutions de sécurité sociale."
                ),
                (
                    "Ce modèle est considéré dans le monde entier comme un nouveau "
                    "paradigme de collaboration à long terme entre de multiples "
                    "acteurs au service d'un système de protection sociale efficace et "
                    "efficient. Il a été repris dans d'autres domaines de "
                    "l'administration et dans d'autres pays."
                ),
            ],
            "challenge": [
                (
                    "Le secteur belge de la sécurité sociale est peut-être l'un des "
                    "plus anciens et des plus complexes d'Europe ; il s'est pourtant "
                    "développé au fil des années sans système harmonisé de prestation "
                    "de services. Les institutions investissaient dans des systèmes de "
                    "gestion de l'information sans aucune coordination à long terme "
                    "entre elles."
                ),
                ("Cette approche historique a donné naissance à des silos d'information qui :"),
                [
                    "étaient mal exploités au service de la protection sociale ;",
                    "étaient insuffisants pour l'inclusion sociale ;",
                    "étaient très vulnérables à la fraude ;",
                    (
                        "entraînaient une lourde charge administrative et financière "
                        "pour les citoyens, les employeurs et les institutions de "
                        "sécurité sociale ;"
                    ),
                    ("manquaient de cohérence dans la prestation de services aux citoyens et aux entreprises ;"),
                    ("se prêtaient mal à la production d'analyses à l'appui de l'élaboration des politiques sociales."),
                ],
            ],
            "approach": [
                (
                    "Il existait une volonté politique claire de résoudre ces "
                    "problèmes et d'évoluer vers une solution conçue de manière "
                    "scientifique, fondée sur la création d'une Banque-Carrefour "
                    "(<i>Crossroads Bank</i>), qui a permis notamment de :"
                ),
                [
                    "garantir un échange de données sécurisé ;",
                    "coordonner la réorganisation des processus métier ;",
                    "améliorer la coopération électronique ;",
                    "relever les défis numériques du XXIe siècle ;",
                    ("et, enfin et surtout, répondre aux attentes des citoyens et des entreprises."),
                ],
                "Parmi ces attentes des citoyens et des entreprises figurent :",
                [
                    "une protection sociale effective ;",
                    (
                        "des services intégrés entre tous les niveaux de pouvoir, les "
                        "services publics et les organismes privés ;"
                    ),
                    "des coûts et une charge administrative minimaux ;",
                    "des services fiables, sûrs et disponibles en permanence ;",
                    ("le libre-service et des services multicanal orientés vers l'usager (en ligne, mobile, etc.) ;"),
                    "la protection de la vie privée de l'usager ;",
                    (
                        "des services personnalisés et conviviaux, adaptés à la "
                        "situation individuelle du citoyen et fournis lors des grands "
                        "événements de la vie : naissance, scolarité, entrée dans la "
                        "vie active, déménagement, maladie, départ à la retraite, "
                        "création d'une entreprise, etc. ;"
                    ),
                    "des prestations accordées automatiquement.",
                ],
            ],
            "goals": [
                "Les objectifs fixés étaient les suivants :",
                [
                    (
                        "Un réseau sécurisé pour l'échange électronique d'informations "
                        "entre les 3 000 acteurs du secteur social, les employeurs et "
                        "les citoyens."
                    ),
                    (
                        "Une optimisation des processus débouchant sur des services "
                        "électroniques d'application à application pour les 3 000 "
                        "acteurs du secteur social, les employeurs et les citoyens "
                        "(assurés et fournisseurs de données)."
                    ),
                    ("Une clé d'identification unique pour chaque citoyen et chaque entreprise."),
                    (
                        "Une répartition claire des tâches, à l'intérieur comme à "
                        "l'extérieur du secteur de la sécurité sociale, en matière de "
                        "collecte et de validation des données, de gestion de "
                        "l'information et de stockage électronique dans des sources "
                        "authentiques de données."
                    ),
                    (
                        "Un portail web intégré (www.socialsecurity.be) qui propose "
                        "des démarches électroniques aux citoyens, aux employeurs et "
                        "aux professionnels ; des environnements de simulation ; des "
                        "informations sur le système de sécurité sociale ; un modèle "
                        "d'information et des instructions harmonisés ; et une vue "
                        "personnalisée pour chaque citoyen, entreprise et "
                        "professionnel."
                    ),
                    (
                        "Le recours aux canaux en ligne comme mode privilégié de "
                        "communication avec les citoyens, y compris des démarches "
                        "électroniques personnalisées (www.socialsecurity.be/citizen) "
                        "telles que student@work, interim@work et horeca@work."
                    ),
                    (
                        "Un centre de contact multicanal et un outil de gestion de la "
                        "relation avec les assurés pour accompagner l'utilisateur "
                        "final."
                    ),
                    (
                        "Un entrepôt de données contenant des informations "
                        "statistiques sur la sécurité sociale et le marché du travail."
                    ),
                ],
            ],
            "evaluation": [
                "### Résultats et impact opérationnels",
                [
                    (
                        "des économies liées à la simplification administrative de "
                        "plus d'un milliard d'euros par an pour les employeurs ;"
                    ),
                    ("la transformation de 800 formulaires papier en 220 processus électroniques ;"),
                    (
                        "plus de 1,1 milliard de messages électroniques échangés "
                        "chaque année entre les acteurs de la sécurité sociale, en "
                        "remplacement de nombreux échanges sur papier ;"
                    ),
                    (
                        "la suppression quasi totale des échanges directs ou indirects "
                        "d'informations sur papier entre les acteurs de la sécurité "
                        "sociale ;"
                    ),
                    (
                        "la suppression de 50 formulaires de déclaration de sécurité "
                        "sociale à la charge des employeurs ; les 30 formulaires "
                        "restants sont entièrement électroniques et leur nombre de "
                        "champs a été ramené au tiers ;"
                    ),
                    (
                        "220 000 employeurs effectuent plus de 25 millions de "
                        "déclarations électroniques par an, dont 98 pour cent sont "
                        "entièrement automatisées et transmises directement depuis "
                        "leurs applications internes de ressources humaines."
                    ),
                ],
                ("<b>Efficience accrue :</b> les services sont fournis à un coût total moindre grâce à :"),
                [
                    "des clés d'identification uniques ;",
                    (
                        "la collecte unique des informations, un modèle d'information "
                        "commun et des instructions administratives communes ;"
                    ),
                    ("l'échange électronique d'informations au lieu de leur réencodage ;"),
                    (
                        "le partage des tâches fonctionnelles de gestion de "
                        "l'information, de validation des données et de développement "
                        "d'applications ;"
                    ),
                    "une charge administrative allégée.",
                ],
                (
                    "Davantage de services sont fournis, accessibles à tout moment et "
                    "en tout lieu depuis différents appareils, avec une prestation "
                    "intégrée qui suit la logique de l'usager."
                ),
                (
                    "Les services sont fournis plus rapidement : les prestations sont "
                    "accordées plus tôt parce que l'information est disponible plus "
                    "vite, avec moins d'attente et de déplacements, et il existe une "
                    "interaction directe et en temps réel entre les retours des "
                    "usagers et les institutions de sécurité sociale."
                ),
                [
                    "Efficacité accrue : une meilleure protection sociale.",
                    ("Qualité du service : des normes de qualité plus exigeantes à coût et délai égaux."),
                    (
                        "Nouveaux types de services : octroi automatique des "
                        "prestations, suivi actif du recours aux prestations grâce à "
                        "l'entrepôt de données et gestion personnalisée de "
                        "l'information."
                    ),
                    "Un meilleur appui à l'élaboration des politiques.",
                    "Des capacités accrues de lutte contre la fraude sociale.",
                    ("Une meilleure inclusion, grâce à l'octroi automatique de prestations sous conditions."),
                ],
                "### Indicateurs clés de performance",
                [
                    (
                        "les services électroniques sont accessibles 24 heures sur 24, "
                        "7 jours sur 7, avec une disponibilité mesurée de 99,98 pour "
                        "cent ;"
                    ),
                    (
                        "99,88 pour cent des services en ligne sont traités en moins "
                        "d'une seconde, et 99,87 pour cent en moins de deux secondes ;"
                    ),
                    "plus d'un million de messages en ligne par jour ;",
                    ("99,87 pour cent des services par lots sont traités en moins de quatre jours calendaires ;"),
                    (
                        "des tableaux de bord périodiques, avec des indicateurs "
                        "publiés pour tous les services opérationnels, remis aux "
                        "parties prenantes et servant de base au suivi et à "
                        "l'amélioration des services."
                    ),
                ],
            ],
            "lessons_learned": [
                "Facteurs clés de succès pour reproduire cette bonne pratique :",
                "### Vision commune, confiance et coopération",
                [
                    (
                        "une vision commune de la prestation de services "
                        "électroniques, de la gestion de l'information et de la "
                        "sécurité de l'information, partagée par toutes les parties "
                        "prenantes ;"
                    ),
                    (
                        "la confiance de toutes les parties prenantes, fondée sur le "
                        "respect mutuel, l'accord mutuel et la transparence ;"
                    ),
                    ("l'accès aux décideurs politiques au plus haut niveau et leur soutien ;"),
                    (
                        "l'accent mis sur une prestation de services plus efficiente "
                        "et plus efficace et sur la maîtrise des coûts ;"
                    ),
                    (
                        "un raisonnement fondé sur la valeur ajoutée pour les citoyens "
                        "et les entreprises plutôt que sur les fonctions juridiques ;"
                    ),
                    "le respect de la répartition légale des rôles entre les acteurs ;",
                    ("une coopération fondée sur la répartition des tâches plutôt que sur la centralisation ;"),
                    "la recherche constante de synergies.",
                ],
                "### Création d'une institution motrice",
                [
                    (
                        "une approche pluridisciplinaire et la réorganisation des "
                        "processus métier au sein de chaque acteur et entre les "
                        "acteurs ;"
                    ),
                    (
                        "l'objectif de permettre à tous les acteurs de la sécurité "
                        "sociale d'utiliser et d'offrir des services électroniques "
                        "efficaces et efficients dans les meilleures conditions ;"
                    ),
                    (
                        "un rôle de médiateur et de facilitateur qui établit une "
                        "feuille de route à long terme pour les services électroniques "
                        ";"
                    ),
                    (
                        "la recherche proactive d'opportunités technologiques et "
                        "innovantes au bénéfice des citoyens et des entreprises ;"
                    ),
                    (
                        "la fourniture continue de services partagés fondés sur les "
                        "TIC et le maintien des compétences essentielles ;"
                    ),
                    ("la gestion de programmes et de projets, et une gouvernance coopérative."),
                ],
                "### Architecture TIC solide et innovation permanente",
                [
                    "une architecture orientée services ;",
                    (
                        "des services en nuage hybrides communs à tous les acteurs "
                        "(G-Cloud, le nuage de l'État) : les acteurs mettent en commun "
                        "infrastructures, plateformes, applications et expertise en "
                        "TIC pour réduire les coûts, accroître la fiabilité et "
                        "accélérer la mise en service ; le modèle associe le nuage "
                        "public, pour les informations et applications non "
                        "confidentielles, à un nuage communautaire conçu et géré par "
                        "le secteur public, et recourt largement à l'infrastructure en "
                        "tant que service (IaaS) et à la plateforme en tant que "
                        "service (PaaS) ;"
                    ),
                    (
                        "une veille technologique : plusieurs études de cas sur les "
                        "nouvelles technologies, leur impact et leur utilisation dans "
                        "le secteur social sont publiées chaque année et des séances "
                        "d'information sont organisées ; les derniers thèmes de "
                        "recherche portent sur la chaîne de blocs (<i>blockchain</i>), "
                        "les agents conversationnels et l'intelligence artificielle "
                        "dans le secteur social ;"
                    ),
                    (
                        "le suivi de l'évolution des lois et des politiques en matière "
                        "de sécurité sociale, de nouvelles technologies et de "
                        "cybersécurité par la Banque-Carrefour de la sécurité sociale "
                        "(BCSS), considérée comme pionnière dans la législation sur "
                        "les nouvelles technologies et dans la mise en œuvre de "
                        "projets fondés sur celles-ci."
                    ),
                ],
            ],
            "risks": [
                "Principaux risques et manière de les gérer :",
                "### Culture d'entreprise inadaptée",
                "Un changement culturel interne radical est nécessaire, par exemple :",
                [
                    ("passer de la hiérarchie à la participation et au travail en équipe ;"),
                    (
                        "répondre aux besoins de l'assuré, et non à ceux de l'État ou "
                        "des institutions de sécurité sociale ;"
                    ),
                    "responsabiliser plutôt que servir ;",
                    (
                        "récompenser l'esprit d'entreprise, avec une évaluation <i>ex "
                        "post</i> des résultats, sans contrôle préalable de chaque "
                        "intrant ;"
                    ),
                    (
                        "trouver un juste équilibre entre l'efficience, d'une part, et "
                        "la sécurité de l'information et la protection de la vie "
                        "privée, d'autre part ;"
                    ),
                    "conjuguer résultats rapides et vision à long terme ;",
                    ("s'adapter à un environnement social et juridique en constante évolution."),
                ],
                "### Manque de moyens financiers, de compétences et de connaissances",
                [
                    (
                        "des moyens financiers suffisants pour l'innovation : accepter "
                        "de réinvestir dans l'innovation les gains d'efficience permet "
                        "de disposer de ressources suffisantes pour un changement et "
                        "une innovation permanents ;"
                    ),
                    (
                        "la création d'une association qui recrute des spécialistes "
                        "des TIC aux conditions du marché et les met à la disposition "
                        "des acteurs du secteur social."
                    ),
                ],
                ("### Perte de confiance due à des incidents de sécurité de l'information"),
                [
                    (
                        "la sécurité, la disponibilité, l'intégrité et la "
                        "confidentialité de l'information sont garanties par des "
                        "mesures intégrées d'ordre structurel, institutionnel, "
                        "organisationnel, technique, de ressources humaines et autres, "
                        "conformément aux politiques convenues ;"
                    ),
                    (
                        "les principes fondamentaux du règlement général sur la "
                        "protection des données (RGPD) sont respectés ;"
                    ),
                    (
                        "un comité de sécurité de l'information désigné par le "
                        "Parlement autorise l'accès aux données à caractère personnel "
                        "après avoir vérifié le respect des conditions d'accès, et ces "
                        "autorisations sont publiques ;"
                    ),
                    (
                        "chaque échange électronique de données à caractère personnel "
                        "passe par un tiers de confiance indépendant qui vérifie "
                        "préalablement le respect des autorisations d'accès existantes "
                        ";"
                    ),
                    (
                        "tous les échanges électroniques de données à caractère "
                        "personnel sont enregistrés, ce qui permet de retracer a "
                        "posteriori d'éventuels abus ;"
                    ),
                    (
                        "chaque acteur du secteur social dispose d'un conseiller en "
                        "sécurité de l'information chargé de missions de conseil, de "
                        "sécurité, de documentation et de contrôle."
                    ),
                ],
            ],
        },
    },
]
