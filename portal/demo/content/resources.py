"""Demo content: resource centre (publications, tools, legal instruments, evaluations)."""

PAGES = [
    {
        "key": "resource-ec-evaluation",
        "type": "resources.ResourcePage",
        "parent": "resources",
        "sync": {
            "resource_type": "evaluation",
            "year": 2022,
            "document_language": "es",
            "authors": "",
            "countries": ["country-ec"],
            "themes": ["theme-financing", "theme-floor"],
        },
        "es": {
            "title": (
                "Evaluación final independiente del Programa de Asistencia Técnica "
                "para la Seguridad Social (PATSS), Ecuador"
            ),
            "slug": "evaluacion-final-patss-ecuador",
            "summary": [
                (
                    "Evaluación final independiente del Programa de Asistencia Técnica para la "
                    "Seguridad Social (PATSS), ejecutado por la OIT en virtud de un convenio de "
                    "cooperación interinstitucional con el Instituto Ecuatoriano de Seguridad Social "
                    "(IESS). La evaluación examina la pertinencia, la coherencia, la eficacia, la "
                    "eficiencia y la sostenibilidad del Programa."
                ),
                (
                    "Concluye que el PATSS fue muy pertinente y entregó los productos de asistencia "
                    "técnica previstos, pero que las movilizaciones sociales de 2019, la pandemia de "
                    "COVID-19 y la rotación del personal directivo del IESS limitaron la "
                    "institucionalización de sus resultados. Formula lecciones aprendidas, buenas "
                    "prácticas y nueve recomendaciones dirigidas a la OIT y a los mandantes nacionales."
                ),
            ],
            "purpose": [
                (
                    "El Instituto Ecuatoriano de Seguridad Social (IESS) y la Organización "
                    "Internacional del Trabajo (OIT) suscribieron un convenio de cooperación "
                    "interinstitucional para la ejecución del Programa de Asistencia Técnica para la "
                    "Seguridad Social (PATSS)."
                ),
                (
                    "El objetivo general del Programa era fortalecer el diálogo social entre los "
                    "actores, la gobernanza institucional y las capacidades del recurso humano, así "
                    "como implementar estrategias para mejorar los principales procesos del sistema "
                    "de seguridad social y fortalecer la gestión económica de los distintos seguros "
                    "administrados por el IESS."
                ),
            ],
            "methodology": [
                (
                    "Se empleó una combinación de métodos cualitativos y cuantitativos. La información "
                    "de fuentes secundarias se recogió mediante el análisis documental, y la de fuentes "
                    "primarias a través de entrevistas virtuales. La evaluación incorporó las opiniones "
                    "y percepciones de los diversos grupos de interés identificados."
                ),
                (
                    "Los datos cualitativos se obtuvieron mediante entrevistas realizadas entre el 18 y "
                    "el 28 de abril de 2022 con una muestra de informantes clave facilitada por el "
                    "proyecto y la OIT, entre ellos:"
                ),
                [
                    (
                        "el personal del proyecto: el Especialista en Seguridad Social de la Oficina "
                        "de la OIT para los Países Andinos, el equipo del proyecto en Ecuador, "
                        "representantes de la Oficina para los Países Andinos y personal de otras "
                        "áreas de la OIT (SOCPRO, ACTRAV y ACTEMP);"
                    ),
                    (
                        "los actores clave del proyecto, incluidos representantes del IESS y de las "
                        "organizaciones de trabajadores y de empleadores;"
                    ),
                    "representantes del Sistema de las Naciones Unidas (SNU) en Ecuador.",
                ],
            ],
            "relevance": [
                (
                    "El PATSS muestra un elevado grado de pertinencia respecto de las necesidades y "
                    "prioridades del IESS y de las poblaciones meta. No obstante, en su fase de diseño y "
                    "durante buena parte de su implementación, no consideró suficientemente algunos "
                    "factores clave de vulnerabilidad en el acceso a la protección social (por ejemplo, "
                    "el género, el grupo etario, la discapacidad o la interculturalidad)."
                ),
                (
                    "Atendiendo a las recomendaciones de la evaluación de medio término, la «segunda "
                    "fase» del programa incluyó factores de vulnerabilidad en los análisis de brechas y "
                    "de financiamiento de los pisos de protección social. El Convenio se encuentra, "
                    "asimismo, alineado con los marcos nacionales de política, y el PATSS se mostró "
                    "relevante en el contexto de la pandemia de COVID-19."
                ),
            ],
            "coherence": [
                (
                    "El PATSS fue diseñado según la modalidad de Fondo Fiduciario Directo, mediante un "
                    "Convenio suscrito entre el IESS y la OIT. Si bien el Convenio establece las bases y "
                    "las líneas estratégicas de la colaboración entre ambas instituciones, no es una "
                    "herramienta del todo adecuada para una gestión y un seguimiento basados en "
                    "resultados."
                ),
                (
                    "La estrategia global del proyecto (coherencia y complementariedad entre los "
                    "módulos) se considera técnicamente sólida. Sin embargo, alcanzar los objetivos del "
                    "PATSS debe entenderse como un proceso de largo plazo que exige esfuerzos de "
                    "distinta índole (organizativos, institucionales y estructurales) y un liderazgo "
                    "político del más alto nivel."
                ),
            ],
            "effectiveness": [
                (
                    "El proyecto ha sido eficaz en la entrega de los productos esperados que dependían "
                    "de la capacidad de la OIT de prestar asistencia técnica. Su ejecución tuvo que "
                    "hacer frente, sin embargo, a importantes desafíos: las movilizaciones sociales de "
                    "octubre de 2019, la pandemia de COVID-19 y los cambios recurrentes en el Consejo "
                    "Directivo, la Dirección y la Subdirección General y otras áreas del IESS "
                    "estratégicas para el PATSS."
                ),
                (
                    "Estos cambios limitaron de forma significativa la posibilidad de que el IESS "
                    "implementara e institucionalizara la gran mayoría de los productos y "
                    "recomendaciones fruto de la asistencia de la OIT. Además, el logro de los "
                    "objetivos esperados requerirá transformaciones sistémicas en el IESS, que exigen "
                    "procesos a largo plazo y una considerable voluntad política de las autoridades "
                    "ecuatorianas al más alto nivel."
                ),
            ],
            "efficiency": [
                (
                    "La evaluación concluye que se hizo un uso eficiente de los recursos técnicos, "
                    "financieros y humanos. El proyecto logró una amplia movilización de apoyos "
                    "técnicos de la OIT (Oficina para los Países Andinos, Ecuador, San José y Ginebra) y "
                    "complementariedades con agencias del Sistema de las Naciones Unidas. Asimismo, la "
                    "OIT fue capaz de movilizar y ejecutar recursos financieros complementarios en el "
                    "contexto de la pandemia de COVID-19."
                ),
                (
                    "Sin embargo, la rotación del personal del IESS, la falta de protocolos, "
                    "procedimientos y mecanismos de coordinación sistemáticos y formalizados entre los "
                    "actores implicados, y la ausencia de una descripción detallada de los roles, las "
                    "responsabilidades y el reparto de tareas entre la OIT y el socio financiador y "
                    "receptor de la asistencia técnica (en particular sus direcciones técnicas) "
                    "generaron dificultades de coordinación y de comunicación entre el Programa y el "
                    "Instituto. Estos factores retrasaron en algunos casos la implementación, "
                    "dificultaron la apropiación de los productos por parte de la institución y "
                    "afectaron negativamente la consecución de los resultados esperados del Convenio."
                ),
            ],
            "sustainability": [
                (
                    "La mayoría de los procesos en los que intervino el PATSS requieren más tiempo para "
                    "su posicionamiento y afianzamiento en el IESS. El equipo del proyecto trasladó al "
                    "IESS propuestas con recomendaciones en todos los módulos y ámbitos en los que "
                    "intervino, para que se materialicen los cambios que respondan a las necesidades "
                    "identificadas y contribuyan al fortalecimiento del Instituto."
                ),
                (
                    "Su implementación ya no depende de la OIT, sino que es responsabilidad del IESS. "
                    "La evaluación no pudo constatar que el proyecto hubiera diseñado una estrategia o "
                    "mecanismos de salida para garantizar la sostenibilidad de los resultados y "
                    "productos del PATSS."
                ),
            ],
            "lessons": [
                [
                    (
                        "Es fundamental emprender procesos tripartitos participativos con las partes "
                        "interesadas nacionales y los mandantes de la OIT durante las fases de diseño, "
                        "implementación y seguimiento de los proyectos ejecutados por la OIT."
                    ),
                    (
                        "Alcanzar los resultados del PATSS requiere intervenciones complejas y "
                        "multifacéticas que implican a múltiples actores y suponen transformaciones "
                        "sistémicas en el IESS, con procesos a largo plazo."
                    ),
                    (
                        "Las múltiples crisis causadas por la pandemia de COVID-19 subrayan la "
                        "necesidad de incluir en el futuro diagnósticos específicos sobre las "
                        "necesidades de la población, desagregados por sexo, y sobre el acceso a la "
                        "protección social, así como intervenciones focalizadas que favorezcan un "
                        "acceso igualitario y respondan a las necesidades específicas de las mujeres "
                        "y de los grupos vulnerables."
                    ),
                ],
            ],
            "good_practices": [
                [
                    (
                        "El proyecto supo adaptarse bien a las condiciones cambiantes del contexto. El "
                        "compromiso sostenido y proactivo del equipo del proyecto y de diversos "
                        "funcionarios y especialistas de la OIT respaldó su ejecución."
                    ),
                    (
                        "El aprovechamiento de los conocimientos especializados, la experiencia y los "
                        "recursos de la OIT mediante la colaboración y la coordinación resultó esencial "
                        "para prestar una asistencia técnica de elevada calidad, tanto al IESS como a "
                        "los actores sociales."
                    ),
                    (
                        "La OIT logró movilizar presupuestos adicionales en el contexto de la pandemia "
                        "de COVID-19 para complementar su apoyo al IESS con tres proyectos adicionales. "
                        "El PATSS estableció sinergias con estos proyectos, lo que permitió "
                        "complementar algunas actividades con un enfoque de género y de inclusión "
                        "etaria."
                    ),
                    (
                        "La OIT se ha posicionado como agencia de referencia del SNU en materia de "
                        "protección social y ha contribuido a que en el Sistema se conozcan mejor los "
                        "conceptos, temas y desafíos de la seguridad social, así como las estrategias "
                        "para abordarlos, favoreciendo una visión integral y compartida."
                    ),
                ],
            ],
            "recommendations": [
                [
                    (
                        "Se recomienda a la OIT definir una <b>visión estratégica de apoyo a la "
                        "protección social en Ecuador en un escenario pospandemia y un marco de "
                        "programación a medio plazo</b> que oriente su asistencia al Gobierno "
                        "ecuatoriano, al IESS y a los actores sociales, con el fin de contrarrestar los "
                        "efectos de la crisis y seguir contribuyendo al fortalecimiento de los sistemas "
                        "de protección social."
                    ),
                    (
                        "Se recomienda a la OIT <b>favorecer el posicionamiento de los productos y "
                        "recomendaciones del PATSS</b> y, en particular, <b>mejorar la difusión, el "
                        "conocimiento y la comprensión de los recursos generados por el PATSS a varios "
                        "niveles</b>: a) dentro del IESS; b) entre los actores del sistema de seguridad "
                        "social del Ecuador; c) entre los actores sociales; d) con la sociedad civil en "
                        "su conjunto; e) con las instancias gubernamentales pertinentes; f) con las "
                        "agencias del SNU y el Grupo Interagencial de Protección Social, para ampliar "
                        "las posibilidades de apropiación e institucionalización y el interés común en "
                        "la aplicación de las recomendaciones de la OIT."
                    ),
                    (
                        "Se recomienda a la OIT y a los <b>constituyentes nacionales establecer una hoja "
                        "de ruta para dar continuidad a los logros del PATSS</b>, teniendo en cuenta sus "
                        "retos, su contexto, sus resultados (alcanzados y planificados) y las "
                        "necesidades actuales del IESS."
                    ),
                    (
                        "Se recomienda que en el futuro la OIT <b>defina acciones que favorezcan un "
                        "acceso igualitario a la protección social y respondan a las necesidades "
                        "específicas de los diferentes grupos vulnerables</b>, lo que implica analizar "
                        "las causas de la desigualdad de género y las dificultades específicas de estos "
                        "grupos en el acceso a la protección social, y diseñar acciones con presupuestos "
                        "dedicados."
                    ),
                    (
                        "Se recomienda a la OIT que, cuando se busquen transformaciones de carácter "
                        "sistémico, se apliquen <b>enfoques participativos en el diseño de los "
                        "proyectos desde el principio y durante toda su implementación</b>, que aseguren "
                        "la participación y la contribución de los mandantes de la Organización, en "
                        "consulta con las partes nacionales clave."
                    ),
                    (
                        "Se recomienda a la OIT que, en futuras intervenciones financiadas con <b>fondos "
                        "fiduciarios</b> sobre la base de convenios, los equipos de proyecto, con el "
                        "apoyo de las unidades regionales, <b>elaboren internamente herramientas "
                        "adaptadas y flexibles para una gestión basada en resultados de dichos "
                        "convenios</b>, que podrían adjuntarse al documento del Convenio como anexos "
                        "técnicos."
                    ),
                    (
                        "Se recomienda a la OIT que, en futuros proyectos, <b>se reorienten los modelos "
                        "de monitoreo basados en los insumos, las actividades y los procesos hacia "
                        "modelos de monitoreo (y de gestión) centrados en los resultados</b> que son "
                        "efecto directo de la intervención."
                    ),
                    (
                        "Se recomienda a la OIT que considere el <b>establecimiento de comités o grupos "
                        "de trabajo con las diferentes partes interesadas</b>, así como procedimientos "
                        "ágiles para elaborar planes de trabajo conjuntos, coordinar la implementación, "
                        "dar seguimiento a los progresos del proyecto y definir los mecanismos de "
                        "institucionalización de los productos y de sostenibilidad de los resultados. "
                        "En futuros convenios, se sugiere además acordar con el donante protocolos, "
                        "procedimientos y mecanismos de coordinación sistemáticos y formalizados, así "
                        "como una descripción detallada de los roles, las responsabilidades y el "
                        "reparto de tareas entre las partes."
                    ),
                    (
                        "Se recomienda a la OIT que en el futuro <b>desarrolle de manera sistemática "
                        "planes de sostenibilidad</b> de los proyectos."
                    ),
                ],
            ],
        },
        "en": {
            "title": (
                "Independent final evaluation of the Social Security Technical Assistance Programme (PATSS), Ecuador"
            ),
            "slug": "final-evaluation-patss-ecuador",
            "summary": [
                (
                    "Independent final evaluation of the Social Security Technical Assistance "
                    "Programme (PATSS), implemented by the ILO under an inter-institutional "
                    "cooperation agreement with the Ecuadorian Social Security Institute (IESS). The "
                    "evaluation examines the programme’s relevance, coherence, effectiveness, "
                    "efficiency and sustainability."
                ),
                (
                    "It concludes that PATSS was highly relevant and delivered the planned technical "
                    "assistance outputs, but that the social unrest of 2019, the COVID-19 pandemic and "
                    "turnover among IESS senior management limited the institutionalization of its "
                    "results. It sets out lessons learned, good practices and nine recommendations "
                    "addressed to the ILO and its national constituents."
                ),
            ],
            "purpose": [
                (
                    "The Ecuadorian Social Security Institute (IESS) and the International Labour "
                    "Organization (ILO) signed an inter-institutional cooperation agreement to "
                    "implement the Social Security Technical Assistance Programme (PATSS)."
                ),
                (
                    "The overall objective of the programme was to strengthen social dialogue among "
                    "stakeholders, institutional governance and staff capacities, and to implement "
                    "strategies to improve the main processes of the social security system and "
                    "strengthen the financial management of the various insurance schemes "
                    "administered by the IESS."
                ),
            ],
            "methodology": [
                (
                    "The evaluation used a mix of qualitative and quantitative methods. Secondary data "
                    "were collected through a document review and primary data through online "
                    "interviews. The views and perceptions of the various stakeholder groups "
                    "identified were incorporated into the evaluation."
                ),
                (
                    "Qualitative data were gathered through interviews held between 18 and 28 April "
                    "2022 with a sample of key informants provided by the project and the ILO, "
                    "including:"
                ),
                [
                    (
                        "project staff: the Social Security Specialist of the ILO Office for the Andean "
                        "Countries, the project team in Ecuador, representatives of the Office for the "
                        "Andean Countries and ILO staff from other units (SOCPRO, ACTRAV and ACTEMP);"
                    ),
                    (
                        "key project stakeholders, including representatives of the IESS and of "
                        "workers’ and employers’ organizations;"
                    ),
                    "representatives of the United Nations System (UNS) in Ecuador.",
                ],
            ],
            "relevance": [
                (
                    "PATSS shows a high degree of relevance to the needs and priorities of the IESS "
                    "and of the target populations. However, during its design and for much of its "
                    "implementation, it did not give sufficient consideration to some key "
                    "vulnerability factors in access to social protection (for example gender, age "
                    "group, disability or interculturality)."
                ),
                (
                    "Following the recommendations of the mid-term evaluation, the “second phase” of "
                    "the programme included vulnerability factors in the analyses of gaps and of the "
                    "financing of social protection floors. The agreement is also aligned with "
                    "national policy frameworks, and PATSS proved relevant in the context of the "
                    "COVID-19 pandemic."
                ),
            ],
            "coherence": [
                (
                    "PATSS was designed under the Direct Trust Fund modality, through an agreement "
                    "signed between the IESS and the ILO. While the agreement sets out the basis and "
                    "strategic lines of the collaboration between the two institutions, it is not an "
                    "entirely suitable tool for results-based management and monitoring."
                ),
                (
                    "The project’s overall strategy (coherence and complementarity between its "
                    "modules) is considered technically sound. However, achieving the objectives of "
                    "PATSS must be understood as a long-term process that calls for efforts of "
                    "various kinds (organizational, institutional and structural) and political "
                    "leadership at the highest level."
                ),
            ],
            "effectiveness": [
                (
                    "The project was effective in delivering the expected outputs that depended on "
                    "the ILO’s capacity to provide technical assistance. Its implementation, however, "
                    "faced major challenges: the social unrest of October 2019, the COVID-19 pandemic "
                    "and repeated changes in the Board of Directors, the Directorate-General and "
                    "Deputy Directorate-General and other units of the IESS that were strategic for "
                    "PATSS."
                ),
                (
                    "These changes significantly limited the ability of the IESS to implement and "
                    "institutionalize most of the outputs and recommendations resulting from ILO "
                    "assistance. Moreover, achieving the expected objectives will require systemic "
                    "transformations within the IESS, which call for long-term processes and "
                    "considerable political will on the part of the Ecuadorian authorities at the "
                    "highest level."
                ),
            ],
            "efficiency": [
                (
                    "The evaluation concludes that technical, financial and human resources were used "
                    "efficiently. The project mobilized broad technical support from the ILO (the "
                    "Office for the Andean Countries, Ecuador, San José and Geneva) and built "
                    "complementarities with United Nations agencies. The ILO was also able to mobilize "
                    "and spend additional financial resources in the context of the COVID-19 pandemic."
                ),
                (
                    "However, IESS staff turnover, the lack of systematic and formalized coordination "
                    "protocols, procedures and mechanisms among the actors involved, and the absence "
                    "of a detailed description of roles, responsibilities and division of tasks "
                    "between the ILO and the funding partner and recipient of the technical "
                    "assistance (in particular its technical directorates) led to coordination and "
                    "communication difficulties between the programme and the Institute. In some "
                    "cases these factors delayed implementation, hindered the institution’s "
                    "ownership of the outputs and adversely affected the achievement of the expected "
                    "results of the agreement."
                ),
            ],
            "sustainability": [
                (
                    "Most of the processes in which PATSS was involved need more time to become "
                    "established and consolidated within the IESS. The project team submitted "
                    "proposals with recommendations to the IESS in all the modules and areas in which "
                    "it worked, so that changes can be made that respond to the needs identified and "
                    "help strengthen the Institute."
                ),
                (
                    "Their implementation no longer depends on the ILO but is the responsibility of "
                    "the IESS. The evaluation could not establish that the project had designed an "
                    "exit strategy or mechanisms to ensure the sustainability of the results and "
                    "outputs of PATSS."
                ),
            ],
            "lessons": [
                [
                    (
                        "It is essential to undertake participatory tripartite processes with national "
                        "stakeholders and ILO constituents during the design, implementation and "
                        "monitoring of ILO-implemented projects."
                    ),
                    (
                        "Achieving the results of PATSS requires complex, multifaceted interventions "
                        "that involve multiple actors and entail systemic transformations within the "
                        "IESS, with long-term processes."
                    ),
                    (
                        "The multiple crises caused by the COVID-19 pandemic underline the need to "
                        "include, in future, specific assessments of the population’s needs, "
                        "disaggregated by sex, and of access to social protection, as well as targeted "
                        "interventions that promote equal access and respond to the specific needs of "
                        "women and vulnerable groups."
                    ),
                ],
            ],
            "good_practices": [
                [
                    (
                        "The project adapted well to changing circumstances. The sustained and "
                        "proactive commitment of the project team and of various ILO officials and "
                        "specialists supported its implementation."
                    ),
                    (
                        "Drawing on the ILO’s expertise, experience and resources through "
                        "collaboration and coordination proved essential to providing high-quality "
                        "technical assistance to both the IESS and the social partners."
                    ),
                    (
                        "The ILO secured additional funding in the context of the COVID-19 pandemic to "
                        "complement its support to the IESS with three additional projects. PATSS "
                        "built synergies with these projects, which made it possible to complement "
                        "some activities with a gender and age-inclusion perspective."
                    ),
                    (
                        "The ILO has established itself as the lead UN agency on social protection and "
                        "has helped to improve understanding within the UN System of the concepts, "
                        "issues and challenges of social security and of strategies to address them, "
                        "fostering a comprehensive and shared vision."
                    ),
                ],
            ],
            "recommendations": [
                [
                    (
                        "The ILO should define a <b>strategic vision for supporting social protection "
                        "in Ecuador in a post-pandemic setting and a medium-term programming "
                        "framework</b> to guide its assistance to the Government of Ecuador, the IESS "
                        "and the social partners, in order to counter the effects of the crisis and "
                        "continue contributing to stronger social protection systems."
                    ),
                    (
                        "The ILO should <b>promote the uptake of the outputs and recommendations of "
                        "PATSS</b> and, in particular, <b>improve the dissemination, awareness and "
                        "understanding of the resources produced by PATSS at several levels</b>: (a) "
                        "within the IESS; (b) among the actors of Ecuador’s social security system; (c) "
                        "among the social partners; (d) with civil society as a whole; (e) with the "
                        "relevant government bodies; (f) with UN agencies and the Inter-Agency Social "
                        "Protection Group, in order to broaden ownership, institutionalization and "
                        "shared interest in implementing the ILO’s recommendations."
                    ),
                    (
                        "The ILO and the <b>national constituents should establish a roadmap to build "
                        "on the achievements of PATSS</b>, taking into account its challenges, context "
                        "and results (achieved and planned) and the current needs of the IESS."
                    ),
                    (
                        "In future, the ILO should <b>define actions that promote equal access to "
                        "social protection and respond to the specific needs of different vulnerable "
                        "groups</b>, which means analysing the causes of gender inequality and the "
                        "specific difficulties these groups face in accessing social protection, and "
                        "designing actions with dedicated budgets."
                    ),
                    (
                        "Where systemic change is sought, the ILO should apply <b>participatory "
                        "approaches to project design from the outset and throughout "
                        "implementation</b>, ensuring the participation and contribution of the "
                        "Organization’s constituents, in consultation with key national stakeholders."
                    ),
                    (
                        "In future interventions funded through <b>trust funds</b> on the basis of "
                        "agreements, ILO project teams, supported by regional units, should <b>develop "
                        "internally adapted and flexible tools for the results-based management of "
                        "such agreements</b>, which could be attached to the agreement as technical "
                        "annexes."
                    ),
                    (
                        "In future projects, the ILO should <b>shift from monitoring models based on "
                        "inputs, activities and processes to monitoring (and management) models focused "
                        "on results</b> that are a direct effect of the intervention."
                    ),
                    (
                        "The ILO should consider <b>setting up committees or working groups with the "
                        "various stakeholders</b>, together with streamlined procedures to prepare joint "
                        "workplans, coordinate implementation, monitor project progress and define "
                        "mechanisms for institutionalizing outputs and sustaining results. In future "
                        "agreements, the ILO should also agree with the donor on systematic and "
                        "formalized coordination protocols, procedures and mechanisms, and on a "
                        "detailed description of the roles, responsibilities and division of tasks "
                        "among the parties."
                    ),
                    ("In future, the ILO should <b>systematically develop sustainability plans</b> for its projects."),
                ],
            ],
        },
        "fr": {
            "title": (
                "Évaluation finale indépendante du Programme d’assistance technique pour la "
                "sécurité sociale (PATSS), Équateur"
            ),
            "slug": "evaluation-finale-patss-equateur",
            "summary": [
                (
                    "Évaluation finale indépendante du Programme d’assistance technique pour la "
                    "sécurité sociale (PATSS), mis en œuvre par l’OIT dans le cadre d’un accord de "
                    "coopération interinstitutionnelle avec l’Institut équatorien de sécurité sociale "
                    "(IESS). L’évaluation examine la pertinence, la cohérence, l’efficacité, "
                    "l’efficience et la durabilité du programme."
                ),
                (
                    "Elle conclut que le PATSS était très pertinent et a fourni les produits "
                    "d’assistance technique prévus, mais que les mobilisations sociales de 2019, la "
                    "pandémie de COVID-19 et la rotation des dirigeants de l’IESS ont limité "
                    "l’institutionnalisation de ses résultats. Elle dégage des enseignements, des "
                    "bonnes pratiques et neuf recommandations adressées à l’OIT et aux mandants "
                    "nationaux."
                ),
            ],
            "purpose": [
                (
                    "L’Institut équatorien de sécurité sociale (IESS) et l’Organisation internationale "
                    "du Travail (OIT) ont signé un accord de coopération interinstitutionnelle pour la "
                    "mise en œuvre du Programme d’assistance technique pour la sécurité sociale "
                    "(PATSS)."
                ),
                (
                    "L’objectif général du programme était de renforcer le dialogue social entre les "
                    "acteurs, la gouvernance institutionnelle et les capacités du personnel, ainsi que "
                    "de mettre en œuvre des stratégies visant à améliorer les principaux processus du "
                    "système de sécurité sociale et à renforcer la gestion financière des différentes "
                    "assurances administrées par l’IESS."
                ),
            ],
            "methodology": [
                (
                    "L’évaluation a combiné des méthodes qualitatives et quantitatives. Les données "
                    "secondaires ont été recueillies par une analyse documentaire et les données "
                    "primaires au moyen d’entretiens à distance. Les opinions et perceptions des "
                    "différents groupes de parties prenantes identifiés ont été prises en compte."
                ),
                (
                    "Les données qualitatives proviennent d’entretiens menés entre le 18 et le 28 "
                    "avril 2022 avec un échantillon d’informateurs clés proposé par le projet et "
                    "l’OIT, parmi lesquels :"
                ),
                [
                    (
                        "le personnel du projet : le spécialiste de la sécurité sociale du Bureau de "
                        "l’OIT pour les pays andins, l’équipe du projet en Équateur, des représentants "
                        "du Bureau pour les pays andins et du personnel d’autres unités de l’OIT "
                        "(SOCPRO, ACTRAV et ACTEMP) ;"
                    ),
                    (
                        "les acteurs clés du projet, notamment des représentants de l’IESS et des "
                        "organisations de travailleurs et d’employeurs ;"
                    ),
                    "des représentants du système des Nations Unies (SNU) en Équateur.",
                ],
            ],
            "relevance": [
                (
                    "Le PATSS présente un degré élevé de pertinence au regard des besoins et des "
                    "priorités de l’IESS et des populations cibles. Toutefois, lors de sa conception "
                    "et pendant une bonne partie de sa mise en œuvre, il n’a pas suffisamment pris en "
                    "compte certains facteurs clés de vulnérabilité dans l’accès à la protection "
                    "sociale (par exemple le genre, l’âge, le handicap ou l’interculturalité)."
                ),
                (
                    "Conformément aux recommandations de l’évaluation à mi-parcours, la « deuxième "
                    "phase » du programme a intégré des facteurs de vulnérabilité dans les analyses des "
                    "lacunes et du financement des socles de protection sociale. L’accord est en outre "
                    "aligné sur les cadres politiques nationaux, et le PATSS s’est révélé pertinent "
                    "dans le contexte de la pandémie de COVID-19."
                ),
            ],
            "coherence": [
                (
                    "Le PATSS a été conçu selon la modalité du fonds fiduciaire direct, au moyen d’un "
                    "accord signé entre l’IESS et l’OIT. Si cet accord fixe les bases et les "
                    "orientations stratégiques de la collaboration entre les deux institutions, il "
                    "n’est pas un outil entièrement adapté à une gestion et à un suivi axés sur les "
                    "résultats."
                ),
                (
                    "La stratégie globale du projet (cohérence et complémentarité entre les modules) "
                    "est jugée techniquement solide. Cependant, l’atteinte des objectifs du PATSS doit "
                    "être comprise comme un processus de long terme qui exige des efforts de diverse "
                    "nature (organisationnels, institutionnels et structurels) et un leadership "
                    "politique au plus haut niveau."
                ),
            ],
            "effectiveness": [
                (
                    "Le projet a été efficace dans la fourniture des produits attendus qui dépendaient "
                    "de la capacité de l’OIT à prêter une assistance technique. Sa mise en œuvre a "
                    "toutefois dû faire face à des difficultés importantes : les mobilisations "
                    "sociales d’octobre 2019, la pandémie de COVID-19 et les changements répétés au "
                    "sein du Conseil de direction, de la Direction et de la Direction générale adjointe "
                    "ainsi que d’autres services de l’IESS stratégiques pour le PATSS."
                ),
                (
                    "Ces changements ont considérablement limité la capacité de l’IESS à mettre en "
                    "œuvre et à institutionnaliser la grande majorité des produits et recommandations "
                    "issus de l’assistance de l’OIT. En outre, l’atteinte des objectifs attendus "
                    "exigera des transformations systémiques au sein de l’IESS, qui supposent des "
                    "processus de long terme et une forte volonté politique des autorités "
                    "équatoriennes au plus haut niveau."
                ),
            ],
            "efficiency": [
                (
                    "L’évaluation conclut que les ressources techniques, financières et humaines ont "
                    "été utilisées de manière efficiente. Le projet a mobilisé un large appui "
                    "technique de l’OIT (Bureau pour les pays andins, Équateur, San José et Genève) et "
                    "développé des complémentarités avec des agences du système des Nations Unies. "
                    "L’OIT a également su mobiliser et exécuter des ressources financières "
                    "complémentaires dans le contexte de la pandémie de COVID-19."
                ),
                (
                    "Cependant, la rotation du personnel de l’IESS, l’absence de protocoles, de "
                    "procédures et de mécanismes de coordination systématiques et formalisés entre les "
                    "acteurs concernés, ainsi que l’absence d’une description détaillée des rôles, "
                    "des responsabilités et de la répartition des tâches entre l’OIT et le partenaire "
                    "bailleur et bénéficiaire de l’assistance technique (en particulier ses directions "
                    "techniques) ont entraîné des difficultés de coordination et de communication "
                    "entre le programme et l’Institut. Ces facteurs ont parfois retardé la mise en "
                    "œuvre, freiné l’appropriation des produits par l’institution et nui à l’atteinte "
                    "des résultats attendus de l’accord."
                ),
            ],
            "sustainability": [
                (
                    "La plupart des processus auxquels le PATSS a participé ont besoin de plus de temps "
                    "pour s’ancrer et se consolider au sein de l’IESS. L’équipe du projet a transmis à "
                    "l’IESS des propositions assorties de recommandations dans tous les modules et "
                    "domaines où elle est intervenue, afin que puissent se concrétiser les changements "
                    "répondant aux besoins identifiés et contribuant au renforcement de l’Institut."
                ),
                (
                    "Leur mise en œuvre ne dépend plus de l’OIT mais relève de la responsabilité de "
                    "l’IESS. L’évaluation n’a pas pu établir que le projet avait conçu une stratégie ou "
                    "des mécanismes de sortie destinés à garantir la durabilité des résultats et "
                    "produits du PATSS."
                ),
            ],
            "lessons": [
                [
                    (
                        "Il est essentiel d’engager des processus tripartites participatifs avec les "
                        "parties prenantes nationales et les mandants de l’OIT lors de la conception, "
                        "de la mise en œuvre et du suivi des projets exécutés par l’OIT."
                    ),
                    (
                        "Atteindre les résultats du PATSS suppose des interventions complexes et "
                        "multidimensionnelles qui associent de nombreux acteurs et impliquent des "
                        "transformations systémiques au sein de l’IESS, selon des processus de long "
                        "terme."
                    ),
                    (
                        "Les multiples crises provoquées par la pandémie de COVID-19 soulignent la "
                        "nécessité d’inclure à l’avenir des diagnostics spécifiques des besoins de la "
                        "population, ventilés par sexe, et de l’accès à la protection sociale, ainsi "
                        "que des interventions ciblées favorisant un accès égal et répondant aux "
                        "besoins spécifiques des femmes et des groupes vulnérables."
                    ),
                ],
            ],
            "good_practices": [
                [
                    (
                        "Le projet a su bien s’adapter à l’évolution du contexte. L’engagement soutenu "
                        "et proactif de l’équipe du projet et de plusieurs fonctionnaires et "
                        "spécialistes de l’OIT a appuyé sa mise en œuvre."
                    ),
                    (
                        "La mise à profit de l’expertise, de l’expérience et des ressources de l’OIT "
                        "grâce à la collaboration et à la coordination s’est révélée essentielle pour "
                        "fournir une assistance technique de grande qualité, tant à l’IESS qu’aux "
                        "partenaires sociaux."
                    ),
                    (
                        "L’OIT a obtenu des financements supplémentaires dans le contexte de la "
                        "pandémie de COVID-19 pour compléter son appui à l’IESS par trois projets "
                        "additionnels. Le PATSS a établi des synergies avec ces projets, ce qui a "
                        "permis de compléter certaines activités par une approche tenant compte du "
                        "genre et de l’inclusion des différentes classes d’âge."
                    ),
                    (
                        "L’OIT s’est imposée comme l’agence de référence du système des Nations Unies "
                        "en matière de protection sociale et a contribué à une meilleure connaissance, "
                        "au sein du système, des concepts, enjeux et défis de la sécurité sociale et "
                        "des stratégies pour y répondre, favorisant une vision globale et partagée."
                    ),
                ],
            ],
            "recommendations": [
                [
                    (
                        "Il est recommandé à l’OIT de définir une <b>vision stratégique d’appui à la "
                        "protection sociale en Équateur dans un contexte post-pandémique et un cadre de "
                        "programmation à moyen terme</b> pour orienter son assistance au gouvernement "
                        "équatorien, à l’IESS et aux partenaires sociaux, afin de contrer les effets de "
                        "la crise et de continuer à contribuer au renforcement des systèmes de "
                        "protection sociale."
                    ),
                    (
                        "Il est recommandé à l’OIT de <b>favoriser l’appropriation des produits et "
                        "recommandations du PATSS</b> et, en particulier, d’<b>améliorer la diffusion, "
                        "la connaissance et la compréhension des ressources produites par le PATSS à "
                        "plusieurs niveaux</b> : a) au sein de l’IESS ; b) auprès des acteurs du système "
                        "de sécurité sociale équatorien ; c) auprès des partenaires sociaux ; d) auprès "
                        "de la société civile dans son ensemble ; e) auprès des instances "
                        "gouvernementales compétentes ; f) auprès des agences du système des Nations "
                        "Unies et du Groupe interinstitutions sur la protection sociale, afin "
                        "d’élargir les possibilités d’appropriation et d’institutionnalisation et "
                        "l’intérêt commun pour la mise en œuvre des recommandations de l’OIT."
                    ),
                    (
                        "Il est recommandé à l’OIT et aux <b>mandants nationaux d’établir une feuille de "
                        "route pour prolonger les acquis du PATSS</b>, en tenant compte de ses défis, de "
                        "son contexte, de ses résultats (obtenus et prévus) et des besoins actuels de "
                        "l’IESS."
                    ),
                    (
                        "Il est recommandé qu’à l’avenir l’OIT <b>définisse des actions favorisant un "
                        "accès égal à la protection sociale et répondant aux besoins spécifiques des "
                        "différents groupes vulnérables</b>, ce qui suppose d’analyser les causes des "
                        "inégalités entre hommes et femmes et les difficultés propres à ces groupes "
                        "dans l’accès à la protection sociale, et de concevoir des actions dotées de "
                        "budgets spécifiques."
                    ),
                    (
                        "Il est recommandé à l’OIT, lorsque des transformations systémiques sont "
                        "recherchées, d’appliquer des <b>approches participatives à la conception des "
                        "projets dès le départ et tout au long de leur mise en œuvre</b>, qui assurent "
                        "la participation et la contribution des mandants de l’Organisation, en "
                        "consultation avec les principales parties prenantes nationales."
                    ),
                    (
                        "Il est recommandé à l’OIT que, dans les futures interventions financées par "
                        "des <b>fonds fiduciaires</b> sur la base d’accords, les équipes de projet, avec "
                        "l’appui des unités régionales, <b>élaborent en interne des outils adaptés et "
                        "souples pour une gestion axée sur les résultats de ces accords</b>, qui "
                        "pourraient être joints à l’accord sous forme d’annexes techniques."
                    ),
                    (
                        "Il est recommandé à l’OIT, dans ses futurs projets, de <b>passer de modèles de "
                        "suivi fondés sur les intrants, les activités et les processus à des modèles de "
                        "suivi (et de gestion) axés sur les résultats</b> qui découlent directement de "
                        "l’intervention."
                    ),
                    (
                        "Il est recommandé à l’OIT d’envisager la <b>création de comités ou de groupes "
                        "de travail avec les différentes parties prenantes</b>, ainsi que des procédures "
                        "souples pour élaborer des plans de travail conjoints, coordonner la mise en "
                        "œuvre, suivre l’avancement du projet et définir les mécanismes "
                        "d’institutionnalisation des produits et de durabilité des résultats. Pour les "
                        "futurs accords, il est en outre suggéré de convenir avec le bailleur de "
                        "protocoles, de procédures et de mécanismes de coordination systématiques et "
                        "formalisés, ainsi que d’une description détaillée des rôles, des "
                        "responsabilités et de la répartition des tâches entre les parties."
                    ),
                    (
                        "Il est recommandé à l’OIT d’<b>élaborer systématiquement, à l’avenir, des plans "
                        "de durabilité</b> pour ses projets."
                    ),
                ],
            ],
        },
    },
    {
        "key": "resource-c102",
        "type": "resources.ResourcePage",
        "parent": "resources",
        "sync": {
            "resource_type": "legal_instrument",
            "year": 1952,
            "document_language": "en",
            "authors": "",
            "reference": "C102",
            "countries": [],
            "themes": ["theme-legal", "theme-right"],
        },
        "es": {
            "title": "Convenio sobre la seguridad social (norma mínima), 1952 (núm. 102)",
            "slug": "convenio-102-norma-minima-seguridad-social",
            "summary": [
                (
                    "El Convenio núm. 102, adoptado por la Conferencia Internacional del Trabajo en "
                    "1952, es la norma de referencia de la OIT en materia de seguridad social. Abarca "
                    "nueve ramas: asistencia médica y prestaciones monetarias de enfermedad, de "
                    "desempleo, de vejez, en caso de accidente del trabajo y enfermedad profesional, "
                    "familiares, de maternidad, de invalidez y de sobrevivientes."
                ),
                (
                    "Para cada rama fija normas mínimas sobre la proporción de la población protegida, "
                    "el nivel y la duración de las prestaciones y las condiciones para tener derecho a "
                    "ellas. Establece además principios comunes de organización, como la financiación "
                    "colectiva, la responsabilidad general del Estado y la participación de las "
                    "personas protegidas en la administración de los regímenes."
                ),
                (
                    "Para ratificarlo, un Estado debe aceptar al menos tres de las nueve ramas, una de "
                    "las cuales como mínimo debe ser desempleo, accidentes del trabajo, vejez, "
                    "invalidez o sobrevivientes; puede aceptar otras ramas posteriormente. El Convenio "
                    "sigue abierto a la ratificación y, según la Recomendación núm. 202, orienta la "
                    "consecución progresiva de niveles más elevados de protección."
                ),
            ],
        },
        "en": {
            "title": "Social Security (Minimum Standards) Convention, 1952 (No. 102)",
            "slug": "convention-102-social-security-minimum-standards",
            "summary": [
                (
                    "Convention No. 102, adopted by the International Labour Conference in 1952, is "
                    "the ILO’s benchmark standard on social security. It covers nine branches: "
                    "medical care and sickness, unemployment, old-age, employment injury, family, "
                    "maternity, invalidity and survivors’ benefits."
                ),
                (
                    "For each branch it sets minimum standards on the share of the population "
                    "protected, the level and duration of benefits and the conditions of entitlement. "
                    "It also lays down common principles of organization, such as collective "
                    "financing, the general responsibility of the State and the participation of "
                    "protected persons in the administration of schemes."
                ),
                (
                    "To ratify it, a State must accept at least three of the nine branches, including "
                    "at least one of unemployment, employment injury, old-age, invalidity or "
                    "survivors’ benefit; further branches may be accepted later. The Convention "
                    "remains open for ratification and, under Recommendation No. 202, guides the "
                    "progressive achievement of higher levels of protection."
                ),
            ],
        },
        "fr": {
            "title": "Convention (n° 102) concernant la sécurité sociale (norme minimum), 1952",
            "slug": "convention-102-norme-minimum-securite-sociale",
            "summary": [
                (
                    "La convention n° 102, adoptée par la Conférence internationale du Travail en "
                    "1952, est la norme de référence de l’OIT en matière de sécurité sociale. Elle "
                    "couvre neuf branches : soins médicaux et indemnités de maladie, prestations de "
                    "chômage, de vieillesse, en cas d’accidents du travail et de maladies "
                    "professionnelles, familiales, de maternité, d’invalidité et de survivants."
                ),
                (
                    "Pour chaque branche, elle fixe des normes minimales concernant la part de la "
                    "population protégée, le niveau et la durée des prestations et les conditions "
                    "d’ouverture des droits. Elle énonce également des principes communs "
                    "d’organisation, tels que le financement collectif, la responsabilité générale de "
                    "l’État et la participation des personnes protégées à l’administration des "
                    "régimes."
                ),
                (
                    "Pour la ratifier, un État doit accepter au moins trois des neuf branches, dont au "
                    "moins l’une des suivantes : chômage, accidents du travail, vieillesse, invalidité "
                    "ou survivants ; d’autres branches peuvent être acceptées ultérieurement. La "
                    "convention reste ouverte à la ratification et, selon la recommandation n° 202, "
                    "guide la réalisation progressive de niveaux de protection plus élevés."
                ),
            ],
        },
    },
    {
        "key": "resource-r202",
        "type": "resources.ResourcePage",
        "parent": "resources",
        "sync": {
            "resource_type": "legal_instrument",
            "year": 2012,
            "document_language": "en",
            "authors": "",
            "reference": "R202",
            "countries": [],
            "themes": ["theme-floor", "theme-legal"],
        },
        "es": {
            "title": "Recomendación sobre los pisos de protección social, 2012 (núm. 202)",
            "slug": "recomendacion-202-pisos-proteccion-social",
            "summary": [
                (
                    "La Recomendación núm. 202, adoptada por la Conferencia Internacional del Trabajo "
                    "en junio de 2012, orienta a los Estados para establecer y mantener pisos de "
                    "protección social como elemento fundamental de sus sistemas nacionales de "
                    "seguridad social."
                ),
                (
                    "Los pisos nacionales deberían comprender al menos cuatro garantías básicas de "
                    "seguridad social definidas a nivel nacional: acceso a una atención de salud "
                    "esencial, incluida la atención de la maternidad; seguridad básica del ingreso "
                    "para los niños; seguridad básica del ingreso para las personas en edad activa que "
                    "no puedan obtener ingresos suficientes, en particular en caso de enfermedad, "
                    "desempleo, maternidad e invalidez; y seguridad básica del ingreso para las "
                    "personas de edad."
                ),
                (
                    "Propone una estrategia de extensión en dos dimensiones: garantizar el piso al "
                    "conjunto de la población (dimensión horizontal) y asegurar progresivamente "
                    "niveles más elevados de protección (dimensión vertical), guiándose por el "
                    "Convenio núm. 102. Enuncia principios como la universalidad de la protección, el "
                    "derecho a las prestaciones establecido por la legislación nacional, la "
                    "sostenibilidad financiera y el diálogo social."
                ),
            ],
        },
        "en": {
            "title": "Social Protection Floors Recommendation, 2012 (No. 202)",
            "slug": "recommendation-202-social-protection-floors",
            "summary": [
                (
                    "Recommendation No. 202, adopted by the International Labour Conference in June "
                    "2012, provides guidance to States on establishing and maintaining social "
                    "protection floors as a fundamental element of their national social security "
                    "systems."
                ),
                (
                    "National floors should comprise at least four nationally defined basic social "
                    "security guarantees: access to essential health care, including maternity care; "
                    "basic income security for children; basic income security for persons of active "
                    "age who are unable to earn sufficient income, in particular in cases of sickness, "
                    "unemployment, maternity and disability; and basic income security for older "
                    "persons."
                ),
                (
                    "It sets out a two-dimensional extension strategy: guaranteeing the floor to the "
                    "whole population (horizontal dimension) and progressively ensuring higher levels "
                    "of protection (vertical dimension), guided by Convention No. 102. It lays down "
                    "principles such as universality of protection, entitlement to benefits "
                    "prescribed by national law, financial sustainability and social dialogue."
                ),
            ],
        },
        "fr": {
            "title": "Recommandation (n° 202) sur les socles de protection sociale, 2012",
            "slug": "recommandation-202-socles-protection-sociale",
            "summary": [
                (
                    "La recommandation n° 202, adoptée par la Conférence internationale du Travail en "
                    "juin 2012, donne aux États des orientations pour établir et maintenir des socles "
                    "de protection sociale en tant qu’élément fondamental de leurs systèmes nationaux "
                    "de sécurité sociale."
                ),
                (
                    "Les socles nationaux devraient comporter au moins quatre garanties élémentaires "
                    "de sécurité sociale définies au niveau national : l’accès à des soins de santé "
                    "essentiels, y compris les soins de maternité ; une sécurité élémentaire de revenu "
                    "pour les enfants ; une sécurité élémentaire de revenu pour les personnes d’âge "
                    "actif qui ne sont pas en mesure de gagner un revenu suffisant, en particulier en "
                    "cas de maladie, de chômage, de maternité et d’invalidité ; et une sécurité "
                    "élémentaire de revenu pour les personnes âgées."
                ),
                (
                    "Elle propose une stratégie d’extension à deux dimensions : garantir le socle à "
                    "l’ensemble de la population (dimension horizontale) et assurer progressivement "
                    "des niveaux de protection plus élevés (dimension verticale), en s’inspirant de la "
                    "convention n° 102. Elle énonce des principes tels que l’universalité de la "
                    "protection, le droit aux prestations prescrit par la législation nationale, la "
                    "viabilité financière et le dialogue social."
                ),
            ],
        },
    },
    {
        "key": "resource-tz-sper",
        "type": "resources.ResourcePage",
        "parent": "resources",
        "sync": {
            "resource_type": "tool",
            "year": 2008,
            "document_language": "en",
            "authors": "",
            "countries": ["country-tz"],
            "themes": ["theme-financing"],
        },
        "es": {
            "title": "Revisión del gasto y del desempeño de la protección social (SPER) de Tanzania",
            "slug": "revision-gasto-proteccion-social-tanzania",
            "summary": [
                (
                    "La Revisión del gasto y del desempeño de la protección social (SPER, por sus "
                    "siglas en inglés) es una herramienta de la OIT para analizar de manera integral "
                    "el gasto en protección social, sus fuentes de financiamiento y el desempeño de "
                    "los distintos regímenes en términos de cobertura, suficiencia de las "
                    "prestaciones, eficiencia y equidad."
                ),
                (
                    "La SPER de Tanzania, elaborada con las autoridades nacionales hacia finales de la "
                    "década de 2000, es uno de los ejemplos de aplicación de esta metodología, junto "
                    "con la de Zambia, que la plataforma GESS presentaba en sus espacios de trabajo y "
                    "perfiles de países. Reúne un inventario de los regímenes existentes, un análisis "
                    "de su gasto y sus resultados y un presupuesto social."
                ),
                (
                    "Sus conclusiones ofrecen una base de información para el diálogo nacional sobre "
                    "la extensión de la cobertura y la financiación sostenible de la protección "
                    "social, y sirven de referencia a otros países que deseen aplicar la herramienta."
                ),
            ],
        },
        "en": {
            "title": "Social Protection Expenditure and Performance Review (SPER) of Tanzania",
            "slug": "social-protection-expenditure-review-tanzania",
            "summary": [
                (
                    "The Social Protection Expenditure and Performance Review (SPER) is an ILO tool "
                    "for a comprehensive analysis of social protection spending, its sources of "
                    "financing and the performance of the various schemes in terms of coverage, "
                    "benefit adequacy, efficiency and equity."
                ),
                (
                    "Tanzania’s SPER, prepared with the national authorities in the late 2000s, is "
                    "one of the examples of the methodology in practice, alongside Zambia’s, that the "
                    "GESS platform presented in its workspaces and country profiles. It brings "
                    "together an inventory of existing schemes, an analysis of their spending and "
                    "performance, and a social budget."
                ),
                (
                    "Its findings provide an evidence base for national dialogue on extending "
                    "coverage and on the sustainable financing of social protection, and serve as a "
                    "reference for other countries wishing to apply the tool."
                ),
            ],
        },
        "fr": {
            "title": "Revue des dépenses et de la performance de la protection sociale (SPER) de la Tanzanie",
            "slug": "revue-depenses-protection-sociale-tanzanie",
            "summary": [
                (
                    "La revue des dépenses et de la performance de la protection sociale (SPER, selon "
                    "le sigle anglais) est un outil de l’OIT permettant d’analyser de manière "
                    "globale les dépenses de protection sociale, leurs sources de financement et la "
                    "performance des différents régimes en matière de couverture, d’adéquation des "
                    "prestations, d’efficience et d’équité."
                ),
                (
                    "La SPER de la Tanzanie, réalisée avec les autorités nationales à la fin des "
                    "années 2000, est l’un des exemples d’application de cette méthodologie, avec "
                    "celle de la Zambie, que la plateforme GESS présentait dans ses espaces de travail "
                    "et ses profils de pays. Elle comprend un inventaire des régimes existants, une "
                    "analyse de leurs dépenses et de leurs résultats ainsi qu’un budget social."
                ),
                (
                    "Ses conclusions fournissent une base factuelle au dialogue national sur "
                    "l’extension de la couverture et le financement durable de la protection sociale, "
                    "et servent de référence aux autres pays souhaitant appliquer l’outil."
                ),
            ],
        },
    },
]
