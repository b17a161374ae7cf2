"""Demo content: regions and country profiles (Spanish source, English and French translations)."""

PAGES = [
    # ------------------------------------------------------------------
    # Regions
    # ------------------------------------------------------------------
    {
        "key": "region-americas",
        "type": "countries.RegionPage",
        "parent": "regions",
        "sync": {},
        "es": {
            "title": "América Latina y el Caribe",
            "slug": "america-latina-y-el-caribe",
            "summary": (
                "La región ha logrado avances notables en la extensión de la cobertura combinando regímenes "
                "contributivos y no contributivos, pero la informalidad sigue limitando el acceso a la protección "
                "social."
            ),
            "body": [
                (
                    "América Latina y el Caribe cuenta con algunos de los sistemas de seguridad social más antiguos "
                    "del mundo en desarrollo, pero la cobertura sigue siendo desigual. Una parte importante de la "
                    "población ocupada trabaja en la economía informal, y los trabajadores autónomos, domésticos, "
                    "rurales y migrantes encuentran dificultades persistentes para acceder a los regímenes "
                    "contributivos. A ello se suman las brechas de género, el envejecimiento de la población y la "
                    "fragmentación de los sistemas de salud y de pensiones."
                ),
                (
                    "En las dos últimas décadas, muchos países han combinado los seguros sociales con prestaciones no "
                    "contributivas: pensiones sociales para las personas mayores, programas de transferencias "
                    "condicionadas como los de Brasil, Chile y México, y seguros de salud subsidiados. Reformas como "
                    "la chilena de 2008, que articuló el pilar contributivo con un pilar solidario, han ocupado un "
                    "lugar destacado en los intercambios regionales."
                ),
                (
                    "La OIT, a través de su Oficina Regional en Lima y de sus equipos técnicos, presta asistencia en "
                    "el diagnóstico de la cobertura, los estudios actuariales, el diseño de pisos de protección social "
                    "y el fortalecimiento institucional, como en el Programa de Asistencia Técnica para la Seguridad "
                    "Social (PATSS) con el IESS de Ecuador. La formación, con el programa QUATRAIN Américas y los "
                    "cursos del Centro Internacional de Formación de la OIT en Turín, se complementa con la labor de "
                    "la AISS, que difunde buenas prácticas y directrices entre las instituciones de seguridad social "
                    "de la región."
                ),
            ],
        },
        "en": {
            "title": "Latin America and the Caribbean",
            "slug": "latin-america-and-the-caribbean",
            "summary": (
                "The region has made significant progress in extending coverage by combining contributory and "
                "non-contributory schemes, but informality continues to limit access to social protection."
            ),
            "body": [
                (
                    "Latin America and the Caribbean has some of the oldest social security systems in the developing "
                    "world, yet coverage remains uneven. A large share of the employed population works in the "
                    "informal economy, and self-employed, domestic, rural and migrant workers face persistent "
                    "difficulties in joining contributory schemes. Gender gaps, population ageing and the "
                    "fragmentation of health and pension systems add to these challenges."
                ),
                (
                    "Over the past two decades, many countries have combined social insurance with non-contributory "
                    "benefits: social pensions for older persons, conditional cash transfer programmes such as those "
                    "of Brazil, Chile and Mexico, and subsidized health insurance. Reforms such as Chile's in 2008, "
                    "which linked the contributory pillar with a solidarity pillar, have featured prominently in "
                    "regional exchanges."
                ),
                (
                    "Through its Regional Office in Lima and its technical teams, the ILO provides assistance with "
                    "coverage assessments, actuarial studies, the design of social protection floors and institutional "
                    "strengthening, as in the Technical Assistance Programme for Social Security (PATSS) with "
                    "Ecuador's IESS. Training, through the QUATRAIN Americas programme and the courses of the ILO "
                    "International Training Centre in Turin, is complemented by the work of the ISSA, which "
                    "disseminates good practices and guidelines among the region's social security institutions."
                ),
            ],
        },
        "fr": {
            "title": "Amérique latine et Caraïbes",
            "slug": "amerique-latine-et-caraibes",
            "summary": (
                "La région a beaucoup progressé dans l'extension de la couverture en associant régimes contributifs et "
                "non contributifs, mais l'informalité continue de limiter l'accès à la protection sociale."
            ),
            "body": [
                (
                    "L'Amérique latine et les Caraïbes comptent certains des plus anciens systèmes de sécurité sociale "
                    "du monde en développement, mais la couverture reste inégale. Une part importante de la population "
                    "active occupée travaille dans l'économie informelle, et les travailleurs indépendants, "
                    "domestiques, ruraux et migrants éprouvent toujours des difficultés à accéder aux régimes "
                    "contributifs. S'y ajoutent les inégalités entre hommes et femmes, le vieillissement de la "
                    "population et la fragmentation des systèmes de santé et de retraite."
                ),
                (
                    "Au cours des deux dernières décennies, de nombreux pays ont associé les assurances sociales à des "
                    "prestations non contributives : pensions sociales pour les personnes âgées, programmes de "
                    "transferts conditionnels comme ceux du Brésil, du Chili et du Mexique, et assurances maladie "
                    "subventionnées. Des réformes comme celle du Chili en 2008, qui a articulé le pilier contributif "
                    "avec un pilier solidaire, ont occupé une place de choix dans les échanges régionaux."
                ),
                (
                    "Par l'intermédiaire de son Bureau régional à Lima et de ses équipes techniques, l'OIT apporte son "
                    "appui au diagnostic de la couverture, aux études actuarielles, à la conception de socles de "
                    "protection sociale et au renforcement institutionnel, comme dans le Programme d'assistance "
                    "technique pour la sécurité sociale (PATSS) mené avec l'IESS de l'Équateur. La formation, avec le "
                    "programme QUATRAIN Amériques et les cours du Centre international de formation de l'OIT à Turin, "
                    "est complétée par l'action de l'AISS, qui diffuse bonnes pratiques et lignes directrices auprès "
                    "des institutions de sécurité sociale de la région."
                ),
            ],
        },
    },
    {
        "key": "region-africa",
        "type": "countries.RegionPage",
        "parent": "regions",
        "sync": {},
        "es": {
            "title": "África",
            "slug": "africa",
            "summary": (
                "En África, la mayoría de la población sigue sin acceso efectivo a la protección social, aunque cada "
                "vez más países adoptan estrategias nacionales y programas de transferencias sociales."
            ),
            "body": [
                (
                    "La cobertura de la seguridad social en África es, en promedio, la más baja del mundo. Los "
                    "regímenes contributivos suelen limitarse a los empleados públicos y a los asalariados del sector "
                    "formal, mientras que la gran mayoría de los trabajadores de la economía informal y de la "
                    "agricultura de subsistencia carece de protección. La escasez de espacio fiscal, la debilidad de "
                    "los sistemas de registro y de pago y la dispersión de la población rural dificultan la extensión "
                    "de la cobertura."
                ),
                (
                    "Desde el Llamamiento a la Acción de Livingstone (2006) y el Marco de Política Social de la Unión "
                    "Africana (2008), numerosos países han adoptado políticas nacionales de protección social, "
                    "ampliado sus programas de transferencias monetarias y emprendido reformas de los seguros de "
                    "salud. Las instituciones de seguridad social buscan además fórmulas adaptadas para afiliar a los "
                    "trabajadores independientes y de la economía informal."
                ),
                (
                    "La OIT apoya a los países de la región en la evaluación de sus sistemas, el costeo de pisos de "
                    "protección social y la elaboración de presupuestos sociales; las revisiones del gasto y del "
                    "desempeño de la protección social (SPER) realizadas con la OIT en Tanzanía y Zambia son ejemplos "
                    "de esta labor. La formación, en particular mediante QUATRAIN Africa, y la cooperación con la AISS "
                    "y sus foros regionales contribuyen a reforzar la gestión y la gobernanza de las instituciones."
                ),
            ],
        },
        "en": {
            "title": "Africa",
            "slug": "africa",
            "summary": (
                "In Africa, most of the population still lacks effective access to social protection, although a "
                "growing number of countries are adopting national strategies and social transfer programmes."
            ),
            "body": [
                (
                    "Social security coverage in Africa is, on average, the lowest in the world. Contributory schemes "
                    "are usually limited to public employees and wage earners in the formal sector, while the vast "
                    "majority of workers in the informal economy and in subsistence agriculture remain unprotected. "
                    "Limited fiscal space, weak registration and payment systems and a dispersed rural population make "
                    "it harder to extend coverage."
                ),
                (
                    "Since the Livingstone Call for Action (2006) and the African Union Social Policy Framework "
                    "(2008), many countries have adopted national social protection policies, scaled up their cash "
                    "transfer programmes and reformed health insurance. Social security institutions are also looking "
                    "for suitable ways of enrolling self-employed workers and workers in the informal economy."
                ),
                (
                    "The ILO supports countries in the region in assessing their systems, costing social protection "
                    "floors and preparing social budgets; the Social Protection Expenditure and Performance Reviews "
                    "(SPER) carried out with the ILO in Tanzania and Zambia are examples of this work. Training, "
                    "notably through QUATRAIN Africa, and cooperation with the ISSA and its regional forums help "
                    "strengthen the management and governance of institutions."
                ),
            ],
        },
        "fr": {
            "title": "Afrique",
            "slug": "afrique",
            "summary": (
                "En Afrique, la majorité de la population n'a toujours pas d'accès effectif à la protection sociale, "
                "même si de plus en plus de pays adoptent des stratégies nationales et des programmes de transferts "
                "sociaux."
            ),
            "body": [
                (
                    "La couverture de sécurité sociale en Afrique est, en moyenne, la plus faible du monde. Les "
                    "régimes contributifs se limitent généralement aux agents publics et aux salariés du secteur "
                    "formel, tandis que la grande majorité des travailleurs de l'économie informelle et de "
                    "l'agriculture de subsistance reste sans protection. La faiblesse de l'espace budgétaire, les "
                    "lacunes des systèmes d'immatriculation et de paiement et la dispersion de la population rurale "
                    "compliquent l'extension de la couverture."
                ),
                (
                    "Depuis l'Appel à l'action de Livingstone (2006) et le Cadre de politique sociale de l'Union "
                    "africaine (2008), de nombreux pays ont adopté des politiques nationales de protection sociale, "
                    "étendu leurs programmes de transferts monétaires et réformé l'assurance maladie. Les institutions "
                    "de sécurité sociale cherchent aussi des formules adaptées pour affilier les travailleurs "
                    "indépendants et ceux de l'économie informelle."
                ),
                (
                    "L'OIT aide les pays de la région à évaluer leurs systèmes, à chiffrer le coût des socles de "
                    "protection sociale et à élaborer des budgets sociaux ; les revues des dépenses et de la "
                    "performance de la protection sociale (SPER) réalisées avec l'OIT en Tanzanie et en Zambie en sont "
                    "des exemples. La formation, notamment grâce à QUATRAIN Afrique, et la coopération avec l'AISS et "
                    "ses forums régionaux contribuent à renforcer la gestion et la gouvernance des institutions."
                ),
            ],
        },
    },
    {
        "key": "region-europe",
        "type": "countries.RegionPage",
        "parent": "regions",
        "sync": {},
        "es": {
            "title": "Europa y Asia Central",
            "slug": "europa-y-asia-central",
            "summary": (
                "La región cuenta con sistemas de seguridad social amplios y consolidados, que afrontan el "
                "envejecimiento de la población, la sostenibilidad financiera y la protección de las nuevas formas de "
                "empleo."
            ),
            "body": [
                (
                    "En Europa occidental, la seguridad social alcanza a la gran mayoría de la población, con "
                    "regímenes maduros de pensiones, salud, desempleo y prestaciones familiares. Los principales "
                    "desafíos son el envejecimiento demográfico, la sostenibilidad financiera a largo plazo y la "
                    "cobertura de los trabajadores independientes, de las plataformas digitales y de las formas "
                    "atípicas de empleo. En Europa oriental y Asia Central, las reformas posteriores a la transición, "
                    "la informalidad y la migración laboral han dejado brechas importantes en la cobertura efectiva y "
                    "en la suficiencia de las prestaciones."
                ),
                (
                    "Los instrumentos regionales, como el Código Europeo de Seguridad Social del Consejo de Europa y "
                    "la coordinación de los sistemas de seguridad social en la Unión Europea, complementan las normas "
                    "de la OIT, en particular el Convenio sobre la seguridad social (norma mínima), 1952 (núm. 102). "
                    "Las instituciones de la región han sido pioneras en la administración electrónica, como muestra "
                    "la Base de Datos Única de la Seguridad Social de Bélgica."
                ),
                (
                    "La OIT, a través de su Oficina Regional para Europa y Asia Central y de sus equipos de trabajo "
                    "decente en Budapest y Moscú, presta asistencia en reformas de pensiones, estudios actuariales, "
                    "ratificación y aplicación de normas y diálogo social. La AISS, con sede en Ginebra, promueve la "
                    "excelencia administrativa mediante sus directrices y su Premio de Buenas Prácticas para Europa."
                ),
            ],
        },
        "en": {
            "title": "Europe and Central Asia",
            "slug": "europe-and-central-asia",
            "summary": (
                "The region has comprehensive, well-established social security systems, which face population ageing, "
                "financial sustainability and the protection of new forms of employment."
            ),
            "body": [
                (
                    "In Western Europe, social security reaches the vast majority of the population, with mature "
                    "schemes for pensions, health care, unemployment and family benefits. The main challenges are "
                    "demographic ageing, long-term financial sustainability and the coverage of self-employed and "
                    "platform workers and of non-standard forms of employment. In Eastern Europe and Central Asia, "
                    "post-transition reforms, informality and labour migration have left significant gaps in effective "
                    "coverage and in the adequacy of benefits."
                ),
                (
                    "Regional instruments, such as the Council of Europe's European Code of Social Security and the "
                    "coordination of social security systems within the European Union, complement ILO standards, in "
                    "particular the Social Security (Minimum Standards) Convention, 1952 (No. 102). The region's "
                    "institutions have pioneered e-government, as shown by Belgium's Crossroads Bank for Social "
                    "Security."
                ),
                (
                    "Through its Regional Office for Europe and Central Asia and its Decent Work Teams in Budapest and "
                    "Moscow, the ILO provides assistance with pension reforms, actuarial studies, the ratification and "
                    "application of standards, and social dialogue. The ISSA, based in Geneva, promotes administrative "
                    "excellence through its guidelines and its Good Practice Award for Europe."
                ),
            ],
        },
        "fr": {
            "title": "Europe et Asie centrale",
            "slug": "europe-et-asie-centrale",
            "summary": (
                "La région dispose de systèmes de sécurité sociale étendus et bien établis, confrontés au "
                "vieillissement de la population, à la viabilité financière et à la protection des nouvelles formes "
                "d'emploi."
            ),
            "body": [
                (
                    "En Europe occidentale, la sécurité sociale couvre la grande majorité de la population, avec des "
                    "régimes arrivés à maturité en matière de retraite, de santé, de chômage et de prestations "
                    "familiales. Les principaux défis tiennent au vieillissement démographique, à la viabilité "
                    "financière à long terme et à la couverture des travailleurs indépendants, des travailleurs des "
                    "plateformes et des formes atypiques d'emploi. En Europe orientale et en Asie centrale, les "
                    "réformes de l'après-transition, l'informalité et les migrations de travail ont laissé "
                    "d'importantes lacunes dans la couverture effective et dans le niveau des prestations."
                ),
                (
                    "Les instruments régionaux, comme le Code européen de sécurité sociale du Conseil de l'Europe et "
                    "la coordination des systèmes de sécurité sociale dans l'Union européenne, complètent les normes "
                    "de l'OIT, en particulier la convention (nº 102) concernant la sécurité sociale (norme minimum), "
                    "1952. Les institutions de la région ont été pionnières en matière d'administration électronique, "
                    "comme en témoigne la Banque Carrefour de la Sécurité Sociale de Belgique."
                ),
                (
                    "Par l'intermédiaire de son Bureau régional pour l'Europe et l'Asie centrale et de ses équipes "
                    "d'appui technique au travail décent de Budapest et de Moscou, l'OIT apporte son assistance aux "
                    "réformes des retraites, aux études actuarielles, à la ratification et à l'application des normes "
                    "et au dialogue social. L'AISS, dont le siège est à Genève, promeut l'excellence administrative "
                    "grâce à ses lignes directrices et à son Prix des bonnes pratiques pour l'Europe."
                ),
            ],
        },
    },
    {
        "key": "region-asia",
        "type": "countries.RegionPage",
        "parent": "regions",
        "sync": {},
        "es": {
            "title": "Asia y el Pacífico",
            "slug": "asia-y-el-pacifico",
            "summary": (
                "Asia y el Pacífico ha avanzado de forma importante hacia la cobertura universal, sobre todo en salud "
                "y pensiones sociales, pero persisten grandes diferencias entre países y dentro de ellos."
            ),
            "body": [
                (
                    "La región reúne países con sistemas muy diversos, desde regímenes universales consolidados hasta "
                    "sistemas incipientes centrados en los asalariados del sector formal. La elevada proporción de "
                    "empleo informal, el rápido envejecimiento de la población en varios países, la exposición a los "
                    "desastres naturales y la situación de los trabajadores migrantes figuran entre los principales "
                    "desafíos para extender la cobertura."
                ),
                (
                    "Varios países han extendido con rapidez la protección combinando regímenes contributivos y "
                    "subsidiados, como el régimen de cobertura universal de salud de Tailandia, o ampliando las "
                    "pensiones sociales. En el plano regional, la Declaración de la ASEAN sobre el fortalecimiento de "
                    "la protección social (2013) reafirmó el compromiso de extender la protección a toda la población."
                ),
                (
                    "Desde su Oficina Regional en Bangkok, la OIT apoya la evaluación de los sistemas nacionales "
                    "mediante diálogos nacionales basados en evaluaciones, el costeo de pisos de protección social, "
                    "los estudios actuariales y el fortalecimiento de la administración. La AISS organiza foros "
                    "regionales de seguridad social y acompaña a sus instituciones miembros en la aplicación de sus "
                    "directrices."
                ),
            ],
        },
        "en": {
            "title": "Asia and the Pacific",
            "slug": "asia-and-the-pacific",
            "summary": (
                "Asia and the Pacific has made major progress towards universal coverage, particularly in health care "
                "and social pensions, but large disparities remain between and within countries."
            ),
            "body": [
                (
                    "The region brings together countries with very diverse systems, from well-established universal "
                    "schemes to emerging systems focused on formal-sector wage earners. The high share of informal "
                    "employment, rapid population ageing in several countries, exposure to natural disasters and the "
                    "situation of migrant workers are among the main challenges to extending coverage."
                ),
                (
                    "Several countries have rapidly extended protection by combining contributory and subsidized "
                    "schemes, as in Thailand's universal health coverage scheme, or by expanding social pensions. At "
                    "the regional level, the ASEAN Declaration on Strengthening Social Protection (2013) reaffirmed "
                    "the commitment to extend protection to the whole population."
                ),
                (
                    "From its Regional Office in Bangkok, the ILO supports the assessment of national systems through "
                    "assessment-based national dialogues, the costing of social protection floors, actuarial studies "
                    "and the strengthening of administration. The ISSA organizes regional social security forums and "
                    "helps its member institutions apply its guidelines."
                ),
            ],
        },
        "fr": {
            "title": "Asie et Pacifique",
            "slug": "asie-et-pacifique",
            "summary": (
                "L'Asie et le Pacifique ont beaucoup progressé vers la couverture universelle, surtout en matière de "
                "santé et de pensions sociales, mais de fortes disparités subsistent entre les pays et en leur sein."
            ),
            "body": [
                (
                    "La région rassemble des pays aux systèmes très divers, des régimes universels bien établis aux "
                    "systèmes naissants centrés sur les salariés du secteur formel. La forte proportion d'emploi "
                    "informel, le vieillissement rapide de la population dans plusieurs pays, l'exposition aux "
                    "catastrophes naturelles et la situation des travailleurs migrants figurent parmi les principaux "
                    "obstacles à l'extension de la couverture."
                ),
                (
                    "Plusieurs pays ont rapidement étendu la protection en associant régimes contributifs et "
                    "subventionnés, comme le régime de couverture santé universelle de la Thaïlande, ou en développant "
                    "les pensions sociales. Au niveau régional, la Déclaration de l'ASEAN sur le renforcement de la "
                    "protection sociale (2013) a réaffirmé l'engagement d'étendre la protection à l'ensemble de la "
                    "population."
                ),
                (
                    "Depuis son Bureau régional à Bangkok, l'OIT appuie l'évaluation des systèmes nationaux au moyen "
                    "de dialogues nationaux fondés sur une évaluation, le chiffrage des socles de protection sociale, "
                    "les études actuarielles et le renforcement de l'administration. L'AISS organise des forums "
                    "régionaux de la sécurité sociale et accompagne ses institutions membres dans l'application de ses "
                    "lignes directrices."
                ),
            ],
        },
    },
    {
        "key": "region-arab-states",
        "type": "countries.RegionPage",
        "parent": "regions",
        "sync": {},
        "es": {
            "title": "Estados Árabes",
            "slug": "estados-arabes",
            "summary": (
                "En los Estados Árabes, la protección social se enfrenta a la exclusión de amplios grupos de "
                "trabajadores, en particular migrantes e informales, y a los efectos de los conflictos y las crisis "
                "humanitarias."
            ),
            "body": [
                (
                    "Los sistemas de seguridad social de la región se han centrado históricamente en los funcionarios "
                    "públicos y en los asalariados del sector formal, a menudo con regímenes de pensiones separados e "
                    "indemnizaciones de fin de servicio pagadas directamente por el empleador. Los trabajadores "
                    "migrantes, que representan una parte muy importante de la fuerza de trabajo en los países del "
                    "Golfo, así como los trabajadores informales, agrícolas y domésticos, quedan a menudo excluidos, y "
                    "las prestaciones de desempleo, maternidad y enfermedad siguen siendo limitadas en varios países."
                ),
                (
                    "Los conflictos y las crisis prolongadas, con grandes poblaciones de refugiados y desplazados, "
                    "exigen articular la ayuda humanitaria con los sistemas nacionales de protección social. Al mismo "
                    "tiempo, varios países han emprendido reformas para introducir nuevos seguros sociales, como los "
                    "de desempleo o de maternidad, o para sustituir las indemnizaciones de fin de servicio por "
                    "prestaciones periódicas."
                ),
                (
                    "La OIT, a través de su Oficina Regional para los Estados Árabes en Beirut, presta asistencia "
                    "técnica en reformas legislativas, valuaciones actuariales, extensión de la cobertura a los "
                    "trabajadores migrantes e informales y desarrollo de pisos de protección social. La AISS apoya a "
                    "las instituciones de la región en la mejora de su gobernanza y de sus servicios."
                ),
            ],
        },
        "en": {
            "title": "Arab States",
            "slug": "arab-states",
            "summary": (
                "In the Arab States, social protection is challenged by the exclusion of large groups of workers, "
                "particularly migrant and informal workers, and by the effects of conflict and humanitarian crises."
            ),
            "body": [
                (
                    "Social security systems in the region have historically focused on civil servants and "
                    "formal-sector wage earners, often with separate pension schemes and end-of-service indemnities "
                    "paid directly by the employer. Migrant workers, who make up a very large share of the labour "
                    "force in the Gulf countries, as well as informal, agricultural and domestic workers, are often "
                    "excluded, and unemployment, maternity and sickness benefits remain limited in several countries."
                ),
                (
                    "Protracted conflicts and crises, with large refugee and displaced populations, call for "
                    "humanitarian aid to be linked with national social protection systems. At the same time, several "
                    "countries have undertaken reforms to introduce new social insurance branches, such as "
                    "unemployment or maternity insurance, or to replace end-of-service indemnities with periodic "
                    "benefits."
                ),
                (
                    "Through its Regional Office for Arab States in Beirut, the ILO provides technical assistance with "
                    "legislative reform, actuarial valuations, the extension of coverage to migrant and informal "
                    "workers and the development of social protection floors. The ISSA supports the region's "
                    "institutions in improving their governance and services."
                ),
            ],
        },
        "fr": {
            "title": "États arabes",
            "slug": "etats-arabes",
            "summary": (
                "Dans les États arabes, la protection sociale se heurte à l'exclusion de larges groupes de "
                "travailleurs, notamment migrants et informels, et aux effets des conflits et des crises humanitaires."
            ),
            "body": [
                (
                    "Les systèmes de sécurité sociale de la région ont historiquement été centrés sur les "
                    "fonctionnaires et les salariés du secteur formel, souvent avec des régimes de retraite distincts "
                    "et des indemnités de fin de service versées directement par l'employeur. Les travailleurs "
                    "migrants, qui représentent une part très importante de la main-d'œuvre dans les pays du Golfe, "
                    "ainsi que les travailleurs informels, agricoles et domestiques, en sont souvent exclus, et les "
                    "prestations de chômage, de maternité et de maladie restent limitées dans plusieurs pays."
                ),
                (
                    "Les conflits et les crises prolongés, avec d'importantes populations de réfugiés et de déplacés, "
                    "imposent d'articuler l'aide humanitaire avec les systèmes nationaux de protection sociale. "
                    "Parallèlement, plusieurs pays ont engagé des réformes pour créer de nouvelles assurances "
                    "sociales, comme l'assurance chômage ou maternité, ou pour remplacer les indemnités de fin de "
                    "service par des prestations périodiques."
                ),
                (
                    "Par l'intermédiaire de son Bureau régional pour les États arabes à Beyrouth, l'OIT apporte une "
                    "assistance technique aux réformes législatives, aux évaluations actuarielles, à l'extension de la "
                    "couverture aux travailleurs migrants et informels et à la mise en place de socles de protection "
                    "sociale. L'AISS aide les institutions de la région à améliorer leur gouvernance et leurs "
                    "services."
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # Countries
    # ------------------------------------------------------------------
    {
        "key": "country-be",
        "type": "countries.CountryPage",
        "parent": "countries",
        "sync": {
            "iso_code": "BE",
            "region": "region-europe",
            "last_reviewed": "2026-09-15",
            "specialist": "specialist",
        },
        "es": {
            "title": "Bélgica",
            "slug": "belgica",
            "summary": (
                "Bélgica dispone de uno de los sistemas de seguridad social más completos de Europa, con una cobertura "
                "prácticamente universal y una administración pionera en el intercambio electrónico de datos entre "
                "instituciones."
            ),
            "coverage": [
                (
                    "El sistema belga se organiza en regímenes distintos para los trabajadores asalariados, los "
                    "trabajadores independientes y los funcionarios públicos, y abarca las pensiones, la salud y la "
                    "invalidez, el desempleo, los accidentes del trabajo, las enfermedades profesionales y las "
                    "prestaciones familiares. El seguro obligatorio de salud, gestionado a través de las mutualidades "
                    "bajo la supervisión del INAMI, cubre a la práctica totalidad de la población residente."
                ),
                (
                    "La asistencia social completa el sistema con un ingreso de integración, concedido por los centros "
                    "públicos de acción social (CPAS), y una garantía de ingresos para las personas mayores (GRAPA). "
                    "Los desafíos actuales son la financiación del envejecimiento, la suficiencia de las prestaciones "
                    "más bajas y la protección de los trabajadores con formas atípicas de empleo."
                ),
            ],
            "initiatives": [
                (
                    "<b>Base de Datos Única de la Seguridad Social (Crossroads Bank for Social Security).</b> Creada "
                    "en 1990, coordina el intercambio electrónico de datos entre unos 3 000 actores del sector social "
                    "mediante una plataforma tecnológica integrada que cumple estrictas normas de seguridad y de "
                    "protección de la privacidad. Gracias a ella se conceden automáticamente el máximo número de "
                    "prestaciones sociales y derechos derivados, sin que ciudadanos ni empleadores tengan que "
                    "presentar declaraciones."
                ),
                (
                    "<b>Simplificación administrativa.</b> Unos 800 formularios en papel se han transformado en 220 "
                    "procesos electrónicos, y los empleadores presentan en línea sus declaraciones a través del portal "
                    "integrado de la seguridad social. Los ahorros derivados de la simplificación se estiman en más de "
                    "1 000 millones de euros anuales para los empleadores."
                ),
                (
                    "<b>Reconocimiento internacional.</b> La plataforma tecnológica integrada, presentada por la Caja "
                    "Auxiliar de Prestaciones de Desempleo, obtuvo el Premio de Buenas Prácticas de la AISS – Concurso "
                    "Europa 2019. El modelo ha sido reproducido por otras áreas de gobierno y por otros países."
                ),
            ],
            "expenditure_reviews": [
                (
                    "El Comité de Estudio sobre el Envejecimiento, con el apoyo técnico de la Oficina Federal del "
                    "Plan, publica cada año proyecciones a largo plazo del gasto social en pensiones, salud, desempleo "
                    "y prestaciones familiares, que sirven de base para evaluar la sostenibilidad del sistema."
                ),
                (
                    "La gestión financiera global de los regímenes de asalariados y de independientes reparte entre "
                    "las distintas ramas los recursos procedentes de las cotizaciones, de las subvenciones del Estado "
                    "y de la financiación alternativa."
                ),
            ],
            "legal_framework": [
                (
                    "El artículo 23 de la Constitución reconoce el derecho a la seguridad social, a la protección de "
                    "la salud y a la asistencia social, médica y jurídica."
                ),
                (
                    "Las bases del sistema se establecieron con el Decreto-ley de 28 de diciembre de 1944 relativo a "
                    "la seguridad social de los trabajadores asalariados; el régimen de los trabajadores "
                    "independientes se rige por el Real Decreto n.º 38 de 27 de julio de 1967, y la ley de 15 de enero "
                    "de 1990 creó la Base de Datos Única de la Seguridad Social."
                ),
                (
                    "Bélgica ha ratificado el Convenio sobre la seguridad social (norma mínima), 1952 (núm. 102), de "
                    "la OIT y aplica los reglamentos de la Unión Europea sobre la coordinación de los sistemas de "
                    "seguridad social."
                ),
            ],
        },
        "en": {
            "title": "Belgium",
            "slug": "belgium",
            "summary": (
                "Belgium has one of the most comprehensive social security systems in Europe, with virtually universal "
                "coverage and an administration that pioneered electronic data exchange between institutions."
            ),
            "coverage": [
                (
                    "The Belgian system is organized into separate schemes for employees, self-employed workers and "
                    "civil servants, and covers pensions, health care and invalidity, unemployment, employment injury, "
                    "occupational diseases and family benefits. Compulsory health insurance, administered through the "
                    "mutual health funds under the supervision of the National Institute for Health and Disability "
                    "Insurance (INAMI), covers virtually the entire resident population."
                ),
                (
                    "Social assistance completes the system with an integration income, granted by the public social "
                    "welfare centres (CPAS), and an income guarantee for older persons (GRAPA). Current challenges "
                    "include financing the costs of ageing, the adequacy of the lowest benefits and the protection of "
                    "workers in non-standard forms of employment."
                ),
            ],
            "initiatives": [
                (
                    "<b>Crossroads Bank for Social Security.</b> Set up in 1990, it coordinates electronic data "
                    "exchange among some 3,000 social sector actors through an integrated technology platform that "
                    "meets strict security and privacy standards. As a result, the greatest possible number of social "
                    "benefits and derived rights are granted automatically, without citizens or employers having to "
                    "file declarations."
                ),
                (
                    "<b>Administrative simplification.</b> Some 800 paper forms have been turned into 220 electronic "
                    "processes, and employers file their declarations online through the integrated social security "
                    "portal. Savings from simplification are estimated at over 1 billion euros a year for employers."
                ),
                (
                    "<b>International recognition.</b> The integrated technology platform, submitted by the Auxiliary "
                    "Fund for the Payment of Unemployment Benefits, won the ISSA Good Practice Award – Europe 2019 "
                    "competition. The model has been replicated in other areas of government and in other countries."
                ),
            ],
            "expenditure_reviews": [
                (
                    "The Study Committee on Ageing, with technical support from the Federal Planning Bureau, publishes "
                    "long-term projections of social expenditure on pensions, health care, unemployment and family "
                    "benefits every year, which provide the basis for assessing the sustainability of the system."
                ),
                (
                    "The global financial management of the employee and self-employed schemes allocates resources "
                    "from contributions, state subsidies and alternative financing among the various branches."
                ),
            ],
            "legal_framework": [
                (
                    "Article 23 of the Constitution recognizes the right to social security, health protection and "
                    "social, medical and legal assistance."
                ),
                (
                    "The foundations of the system were laid by the Legislative Decree of 28 December 1944 on social "
                    "security for employees; the scheme for self-employed workers is governed by Royal Decree No. 38 "
                    "of 27 July 1967, and the Act of 15 January 1990 established the Crossroads Bank for Social "
                    "Security."
                ),
                (
                    "Belgium has ratified the ILO Social Security (Minimum Standards) Convention, 1952 (No. 102) and "
                    "applies the European Union regulations on the coordination of social security systems."
                ),
            ],
        },
        "fr": {
            "title": "Belgique",
            "slug": "belgique",
            "summary": (
                "La Belgique dispose de l'un des systèmes de sécurité sociale les plus complets d'Europe, avec une "
                "couverture quasi universelle et une administration pionnière dans l'échange électronique de données "
                "entre institutions."
            ),
            "coverage": [
                (
                    "Le système belge s'organise en régimes distincts pour les travailleurs salariés, les travailleurs "
                    "indépendants et les fonctionnaires, et couvre les pensions, les soins de santé et l'invalidité, "
                    "le chômage, les accidents du travail, les maladies professionnelles et les prestations "
                    "familiales. L'assurance soins de santé obligatoire, gérée par les mutualités sous la supervision "
                    "de l'INAMI, couvre la quasi-totalité de la population résidente."
                ),
                (
                    "L'aide sociale complète le système avec le revenu d'intégration, octroyé par les centres publics "
                    "d'action sociale (CPAS), et la garantie de revenus aux personnes âgées (GRAPA). Les défis actuels "
                    "concernent le financement du vieillissement, l'adéquation des prestations les plus faibles et la "
                    "protection des travailleurs occupant des formes atypiques d'emploi."
                ),
            ],
            "initiatives": [
                (
                    "<b>Banque Carrefour de la Sécurité Sociale.</b> Créée en 1990, elle coordonne l'échange "
                    "électronique de données entre quelque 3 000 acteurs du secteur social au moyen d'une plateforme "
                    "technologique intégrée qui respecte des normes strictes de sécurité et de protection de la vie "
                    "privée. Grâce à elle, le plus grand nombre possible de prestations sociales et de droits dérivés "
                    "sont octroyés automatiquement, sans que les citoyens ni les employeurs aient à remplir de "
                    "déclarations."
                ),
                (
                    "<b>Simplification administrative.</b> Quelque 800 formulaires papier ont été remplacés par 220 "
                    "processus électroniques, et les employeurs transmettent leurs déclarations en ligne sur le "
                    "portail intégré de la sécurité sociale. Les économies liées à la simplification sont estimées à "
                    "plus d'un milliard d'euros par an pour les employeurs."
                ),
                (
                    "<b>Reconnaissance internationale.</b> La plateforme technologique intégrée, présentée par la "
                    "Caisse auxiliaire de paiement des allocations de chômage, a remporté le Prix des bonnes pratiques "
                    "de l'AISS – Concours pour l'Europe 2019. Le modèle a été repris par d'autres domaines de "
                    "l'administration et par d'autres pays."
                ),
            ],
            "expenditure_reviews": [
                (
                    "Le Comité d'étude sur le vieillissement, avec l'appui technique du Bureau fédéral du Plan, publie "
                    "chaque année des projections à long terme des dépenses sociales de pensions, de soins de santé, "
                    "de chômage et de prestations familiales, qui servent de base à l'évaluation de la viabilité du "
                    "système."
                ),
                (
                    "La gestion financière globale des régimes des salariés et des indépendants répartit entre les "
                    "différentes branches les ressources issues des cotisations, des subventions de l'État et du "
                    "financement alternatif."
                ),
            ],
            "legal_framework": [
                (
                    "L'article 23 de la Constitution reconnaît le droit à la sécurité sociale, à la protection de la "
                    "santé et à l'aide sociale, médicale et juridique."
                ),
                (
                    "Les fondements du système ont été posés par l'arrêté-loi du 28 décembre 1944 concernant la "
                    "sécurité sociale des travailleurs salariés ; le régime des travailleurs indépendants est régi par "
                    "l'arrêté royal nº 38 du 27 juillet 1967, et la loi du 15 janvier 1990 a institué la Banque "
                    "Carrefour de la Sécurité Sociale."
                ),
                (
                    "La Belgique a ratifié la convention (nº 102) de l'OIT concernant la sécurité sociale (norme "
                    "minimum), 1952, et applique les règlements de l'Union européenne sur la coordination des systèmes "
                    "de sécurité sociale."
                ),
            ],
        },
    },
    {
        "key": "country-ec",
        "type": "countries.CountryPage",
        "parent": "countries",
        "sync": {
            "iso_code": "EC",
            "region": "region-americas",
            "last_reviewed": "2026-10-20",
            "specialist": "specialist",
        },
        "es": {
            "title": "Ecuador",
            "slug": "ecuador",
            "summary": (
                "La Constitución ecuatoriana reconoce la seguridad social como un derecho irrenunciable de todas las "
                "personas. El Instituto Ecuatoriano de Seguridad Social (IESS) administra el seguro general "
                "obligatorio y el Seguro Social Campesino."
            ),
            "coverage": [
                (
                    "El IESS protege a los trabajadores asalariados y a otros grupos afiliados frente a los riesgos de "
                    "invalidez, vejez y muerte, enfermedad y maternidad, riesgos del trabajo y cesantía. El Seguro "
                    "Social Campesino protege a la población rural dedicada a la agricultura y a la pesca artesanal, y "
                    "las Fuerzas Armadas y la Policía cuentan con sus propios institutos (ISSFA e ISSPOL). Desde 2015, "
                    "las personas que realizan trabajo no remunerado del hogar pueden afiliarse al IESS."
                ),
                (
                    "La cobertura contributiva sigue limitada por la elevada informalidad del mercado de trabajo. Los "
                    "programas no contributivos, como el Bono de Desarrollo Humano y las pensiones para personas "
                    "mayores y con discapacidad en situación de pobreza, así como la gratuidad de la red pública de "
                    "salud, contribuyen a reducir las brechas de protección."
                ),
            ],
            "initiatives": [
                (
                    "<b>Programa de Asistencia Técnica para la Seguridad Social (PATSS), 2019–2022.</b> En virtud de "
                    "un convenio de cooperación interinstitucional entre el IESS y la OIT, el programa buscó "
                    "fortalecer el diálogo social entre los actores, la gobernanza institucional y las capacidades del "
                    "recurso humano, mejorar los principales procesos del sistema de seguridad social y fortalecer la "
                    "gestión económica de los seguros administrados por el IESS."
                ),
                (
                    "<b>Resultados y lecciones.</b> La evaluación final independiente concluyó que el PATSS fue muy "
                    "pertinente, eficaz en la entrega de los productos que dependían de la asistencia técnica de la "
                    "OIT y eficiente en el uso de los recursos. Sin embargo, las movilizaciones sociales de octubre de "
                    "2019, la pandemia de COVID-19 y los cambios recurrentes en la dirección del IESS limitaron la "
                    "institucionalización de sus recomendaciones, cuya aplicación depende ahora del IESS."
                ),
                (
                    "<b>Respuesta a la pandemia.</b> En el contexto de la COVID-19, la OIT movilizó recursos "
                    "adicionales mediante tres proyectos complementarios, lo que permitió incorporar un enfoque de "
                    "género y de inclusión etaria en el apoyo al IESS."
                ),
            ],
            "expenditure_reviews": [
                (
                    "Uno de los ejes del PATSS fue el fortalecimiento de la gestión económica y actuarial de los "
                    "seguros del IESS. En su segunda fase, el programa incorporó factores de vulnerabilidad como el "
                    "género, la edad o la discapacidad en los análisis de brechas y de financiamiento de los pisos de "
                    "protección social."
                ),
                (
                    "Las valuaciones actuariales de los seguros administrados por el IESS, en particular del seguro de "
                    "invalidez, vejez y muerte, son un instrumento clave para evaluar su sostenibilidad financiera."
                ),
            ],
            "legal_framework": [
                (
                    "La Constitución de 2008 reconoce la seguridad social como derecho irrenunciable de todas las "
                    "personas (art. 34) y regula el sistema de seguridad social, el seguro universal obligatorio y el "
                    "Seguro Social Campesino (arts. 367 y siguientes)."
                ),
                (
                    "La Ley de Seguridad Social de 2001 regula el IESS y sus seguros; la Ley Orgánica para la Justicia "
                    "Laboral y Reconocimiento del Trabajo en el Hogar (2015) extendió la afiliación al trabajo no "
                    "remunerado del hogar."
                ),
                (
                    "Ecuador ha ratificado el Convenio sobre la seguridad social "
                    "(norma mínima), 1952 (núm. 102), de la OIT."
                ),
            ],
        },
        "en": {
            "title": "Ecuador",
            "slug": "ecuador",
            "summary": (
                "Ecuador's Constitution recognizes social security as an inalienable right of all persons. The "
                "Ecuadorian Social Security Institute (IESS) administers general compulsory insurance and the Peasant "
                "Social Insurance scheme."
            ),
            "coverage": [
                (
                    "The IESS protects employees and other insured groups against the risks of invalidity, old age and "
                    "death, sickness and maternity, employment injury and unemployment. The Peasant Social Insurance "
                    "scheme protects the rural population engaged in agriculture and artisanal fishing, while the "
                    "armed forces and the police have their own institutes (ISSFA and ISSPOL). Since 2015, persons "
                    "performing unpaid domestic work in their own household have been able to join the IESS."
                ),
                (
                    "Contributory coverage remains limited by widespread labour market informality. Non-contributory "
                    "programmes, such as the Human Development Grant (Bono de Desarrollo Humano) and pensions for "
                    "older persons and persons with disabilities living in poverty, together with free public health "
                    "services, help narrow protection gaps."
                ),
            ],
            "initiatives": [
                (
                    "<b>Technical Assistance Programme for Social Security (PATSS), 2019–2022.</b> Under an "
                    "inter-institutional cooperation agreement between the IESS and the ILO, the programme sought to "
                    "strengthen social dialogue among stakeholders, institutional governance and human resource "
                    "capacities, to improve the main processes of the social security system and to strengthen the "
                    "financial management of the insurance schemes administered by the IESS."
                ),
                (
                    "<b>Results and lessons.</b> The independent final evaluation found that the PATSS was highly "
                    "relevant, effective in delivering the outputs that depended on ILO technical assistance and "
                    "efficient in its use of resources. However, the social unrest of October 2019, the COVID-19 "
                    "pandemic and repeated changes in the IESS leadership limited the institutionalization of its "
                    "recommendations, whose implementation is now the responsibility of the IESS."
                ),
                (
                    "<b>Pandemic response.</b> In the context of COVID-19, the ILO mobilized additional resources "
                    "through three complementary projects, which made it possible to bring a gender and age-inclusive "
                    "approach into its support to the IESS."
                ),
            ],
            "expenditure_reviews": [
                (
                    "One of the pillars of the PATSS was strengthening the financial and actuarial management of the "
                    "IESS insurance schemes. In its second phase, the programme took vulnerability factors such as "
                    "gender, age and disability into account in its analyses of coverage gaps and of the financing of "
                    "social protection floors."
                ),
                (
                    "Actuarial valuations of the schemes administered by the IESS, in particular invalidity, old-age "
                    "and survivors' insurance, are a key tool for assessing their financial sustainability."
                ),
            ],
            "legal_framework": [
                (
                    "The 2008 Constitution recognizes social security as an inalienable right of all persons (art. 34) "
                    "and regulates the social security system, universal compulsory insurance and the Peasant Social "
                    "Insurance scheme (arts. 367 ff.)."
                ),
                (
                    "The 2001 Social Security Act governs the IESS and its insurance schemes; the 2015 Organic Act on "
                    "Labour Justice and Recognition of Work in the Home extended coverage to unpaid domestic work in "
                    "the household."
                ),
                "Ecuador has ratified the ILO Social Security (Minimum Standards) Convention, 1952 (No. 102).",
            ],
        },
        "fr": {
            "title": "Équateur",
            "slug": "equateur",
            "summary": (
                "La Constitution équatorienne reconnaît la sécurité sociale comme un droit inaliénable de toute "
                "personne. L'Institut équatorien de sécurité sociale (IESS) gère l'assurance générale obligatoire et "
                "l'Assurance sociale paysanne."
            ),
            "coverage": [
                (
                    "L'IESS protège les salariés et d'autres groupes affiliés contre les risques d'invalidité, de "
                    "vieillesse et de décès, de maladie et de maternité, les risques professionnels et le chômage. "
                    "L'Assurance sociale paysanne protège la population rurale vivant de l'agriculture et de la pêche "
                    "artisanale, tandis que les forces armées et la police disposent de leurs propres instituts (ISSFA "
                    "et ISSPOL). Depuis 2015, les personnes qui effectuent un travail domestique non rémunéré dans "
                    "leur foyer peuvent s'affilier à l'IESS."
                ),
                (
                    "La couverture contributive reste limitée par la forte informalité du marché du travail. Les "
                    "programmes non contributifs, comme la Bourse de développement humain (Bono de Desarrollo Humano) "
                    "et les pensions destinées aux personnes âgées et aux personnes handicapées vivant dans la "
                    "pauvreté, ainsi que la gratuité du réseau public de santé, contribuent à réduire les lacunes de "
                    "protection."
                ),
            ],
            "initiatives": [
                (
                    "<b>Programme d'assistance technique pour la sécurité sociale (PATSS), 2019–2022.</b> Dans le "
                    "cadre d'un accord de coopération interinstitutionnelle entre l'IESS et l'OIT, le programme visait "
                    "à renforcer le dialogue social entre les acteurs, la gouvernance institutionnelle et les "
                    "capacités du personnel, à améliorer les principaux processus du système de sécurité sociale et à "
                    "consolider la gestion financière des assurances gérées par l'IESS."
                ),
                (
                    "<b>Résultats et enseignements.</b> L'évaluation finale indépendante a conclu que le PATSS était "
                    "très pertinent, efficace dans la fourniture des produits qui dépendaient de l'assistance "
                    "technique de l'OIT et efficient dans l'utilisation des ressources. Toutefois, les mouvements "
                    "sociaux d'octobre 2019, la pandémie de COVID-19 et les changements répétés à la direction de "
                    "l'IESS ont limité l'institutionnalisation de ses recommandations, dont la mise en œuvre relève "
                    "désormais de l'IESS."
                ),
                (
                    "<b>Réponse à la pandémie.</b> Dans le contexte de la COVID-19, l'OIT a mobilisé des ressources "
                    "supplémentaires au moyen de trois projets complémentaires, ce qui a permis d'intégrer une "
                    "approche sensible au genre et à l'âge dans son appui à l'IESS."
                ),
            ],
            "expenditure_reviews": [
                (
                    "L'un des axes du PATSS était le renforcement de la gestion financière et actuarielle des "
                    "assurances de l'IESS. Dans sa seconde phase, le programme a intégré des facteurs de vulnérabilité "
                    "tels que le genre, l'âge ou le handicap dans les analyses des lacunes de couverture et du "
                    "financement des socles de protection sociale."
                ),
                (
                    "Les évaluations actuarielles des assurances gérées par l'IESS, en particulier de l'assurance "
                    "invalidité, vieillesse et décès, sont un outil essentiel pour apprécier leur viabilité "
                    "financière."
                ),
            ],
            "legal_framework": [
                (
                    "La Constitution de 2008 reconnaît la sécurité sociale comme un droit inaliénable de toute "
                    "personne (art. 34) et régit le système de sécurité sociale, l'assurance universelle obligatoire "
                    "et l'Assurance sociale paysanne (art. 367 et suivants)."
                ),
                (
                    "La loi de 2001 sur la sécurité sociale régit l'IESS et ses assurances ; la loi organique de 2015 "
                    "sur la justice du travail et la reconnaissance du travail au foyer a étendu l'affiliation au "
                    "travail domestique non rémunéré."
                ),
                (
                    "L'Équateur a ratifié la convention (nº 102) de l'OIT "
                    "concernant la sécurité sociale (norme minimum), 1952."
                ),
            ],
        },
    },
    {
        "key": "country-pe",
        "type": "countries.CountryPage",
        "parent": "countries",
        "sync": {
            "iso_code": "PE",
            "region": "region-americas",
            "last_reviewed": "2026-08-28",
            "specialist": "specialist",
        },
        "es": {
            "title": "Perú",
            "slug": "peru",
            "summary": (
                "Perú combina regímenes contributivos de salud y pensiones con programas no contributivos como el "
                "Seguro Integral de Salud (SIS) y Pensión 65, en un contexto de alta informalidad laboral."
            ),
            "coverage": [
                (
                    "La seguridad social en salud se organiza en torno al Seguro Social de Salud (EsSalud), financiado "
                    "con aportes sobre la remuneración de los trabajadores asalariados, y al Seguro Integral de Salud "
                    "(SIS), de carácter subsidiado. En pensiones coexisten el Sistema Nacional de Pensiones, "
                    "administrado por la Oficina de Normalización Previsional (ONP), y el Sistema Privado de "
                    "Pensiones, gestionado por las AFP."
                ),
                (
                    "La elevada informalidad, que afecta a una amplia mayoría de la población ocupada, limita la "
                    "cobertura contributiva, en particular de los trabajadores autónomos, domésticos y rurales. La "
                    "extensión reciente de la protección se ha apoyado sobre todo en la ampliación del SIS y en "
                    "prestaciones no contributivas para las personas mayores en situación de pobreza."
                ),
            ],
            "initiatives": [
                (
                    "<b>Curso de Lima (2008).</b> Del 20 al 31 de octubre de 2008 se celebró en Lima el curso sobre "
                    "estrategias para la extensión de la protección social a los trabajadores autónomos, domésticos y "
                    "migrantes, organizado en cooperación con el Centro de Turín, el Programa EUROsociAL Salud Empleo "
                    "y el Programa STEP. Los participantes, en su mayoría de organismos de seguridad social, "
                    "constataron que los resultados de la extensión de la cobertura a estos grupos seguían siendo "
                    "limitados."
                ),
                (
                    "<b>Pensión 65.</b> Creado en 2011, el Programa Nacional de Asistencia Solidaria Pensión 65 otorga "
                    "una subvención económica a las personas de 65 años o más en situación de pobreza extrema que no "
                    "perciben una pensión contributiva."
                ),
                (
                    "<b>Seguro Integral de Salud (SIS).</b> Dirigido inicialmente a la población en situación de "
                    "pobreza, el SIS se ha convertido en el principal instrumento de extensión de la cobertura de "
                    "salud; desde 2019 admite la afiliación de toda persona residente que no cuente con otro seguro de "
                    "salud."
                ),
            ],
            "expenditure_reviews": [
                (
                    "La OIT ha prestado asistencia técnica para estudios financieros y actuariales de EsSalud, que "
                    "analizan la sostenibilidad del seguro de salud contributivo y las opciones para mejorar su "
                    "gestión."
                ),
                (
                    "Las valuaciones actuariales del Sistema Nacional de Pensiones, a cargo de la ONP, permiten "
                    "estimar las obligaciones previsionales a cargo del Estado."
                ),
            ],
            "legal_framework": [
                (
                    "La Constitución de 1993 reconoce el derecho universal y progresivo de toda persona a la seguridad "
                    "social (art. 10) y garantiza el libre acceso a prestaciones de salud y a pensiones (art. 11)."
                ),
                (
                    "Las principales normas son el Decreto Ley 19990, que creó el Sistema Nacional de Pensiones; la "
                    "normativa del Sistema Privado de Pensiones; la Ley 26790 de Modernización de la Seguridad Social "
                    "en Salud y la Ley 29344 Marco de Aseguramiento Universal en Salud (2009)."
                ),
                "Perú ha ratificado el Convenio sobre la seguridad social (norma mínima), 1952 (núm. 102), de la OIT.",
            ],
        },
        "en": {
            "title": "Peru",
            "slug": "peru",
            "summary": (
                "Peru combines contributory health and pension schemes with non-contributory programmes such as "
                "Comprehensive Health Insurance (SIS) and Pensión 65, against a background of high labour informality."
            ),
            "coverage": [
                (
                    "Health coverage is organized around the Social Health Insurance scheme (EsSalud), financed by "
                    "contributions on employees' pay, and the subsidized Comprehensive Health Insurance scheme (SIS). "
                    "For pensions, the National Pension System, administered by the Social Security Standardization "
                    "Office (ONP), coexists with the Private Pension System run by pension fund administrators (AFPs)."
                ),
                (
                    "High informality, affecting a large majority of the employed population, limits contributory "
                    "coverage, particularly of self-employed, domestic and rural workers. Recent extension of "
                    "protection has relied mainly on the expansion of the SIS and on non-contributory benefits for "
                    "older persons living in poverty."
                ),
            ],
            "initiatives": [
                (
                    "<b>Lima course (2008).</b> From 20 to 31 October 2008, Lima hosted the course on strategies for "
                    "extending social protection to self-employed, domestic and migrant workers, organized in "
                    "cooperation with the Turin Centre, the EUROsociAL Health and Employment Programme and the STEP "
                    "Programme. Participants, most of them from social security agencies, noted that results in "
                    "extending coverage to these groups remained limited."
                ),
                (
                    "<b>Pensión 65.</b> Established in 2011, the National Solidarity Assistance Programme Pensión 65 "
                    "provides a cash allowance to persons aged 65 or over living in extreme poverty who do not receive "
                    "a contributory pension."
                ),
                (
                    "<b>Comprehensive Health Insurance (SIS).</b> Initially targeted at people living in poverty, the "
                    "SIS has become the main tool for extending health coverage; since 2019 it has been open to every "
                    "resident without other health insurance."
                ),
            ],
            "expenditure_reviews": [
                (
                    "The ILO has provided technical assistance for financial and actuarial studies of EsSalud, which "
                    "analyse the sustainability of contributory health insurance and options for improving its "
                    "management."
                ),
                (
                    "Actuarial valuations of the National Pension System, carried out by the ONP, make it possible to "
                    "estimate the State's pension liabilities."
                ),
            ],
            "legal_framework": [
                (
                    "The 1993 Constitution recognizes the universal and progressive right of every person to social "
                    "security (art. 10) and guarantees free access to health and pension benefits (art. 11)."
                ),
                (
                    "The main laws are Legislative Decree 19990, which created the National Pension System; the "
                    "legislation on the Private Pension System; Act No. 26790 on the Modernization of Social Security "
                    "in Health; and Act No. 29344, the Framework Act on Universal Health Insurance (2009)."
                ),
                "Peru has ratified the ILO Social Security (Minimum Standards) Convention, 1952 (No. 102).",
            ],
        },
        "fr": {
            "title": "Pérou",
            "slug": "perou",
            "summary": (
                "Le Pérou associe des régimes contributifs de santé et de retraite à des programmes non contributifs "
                "comme l'Assurance maladie intégrale (SIS) et Pensión 65, dans un contexte de forte informalité du "
                "travail."
            ),
            "coverage": [
                (
                    "La couverture maladie s'organise autour de l'Assurance sociale de santé (EsSalud), financée par "
                    "des cotisations sur la rémunération des salariés, et de l'Assurance maladie intégrale (SIS), "
                    "subventionnée. En matière de retraite, le Système national de pensions, géré par l'Office de "
                    "normalisation des pensions (ONP), coexiste avec le Système privé de pensions, géré par les AFP."
                ),
                (
                    "La forte informalité, qui touche une large majorité de la population active occupée, limite la "
                    "couverture contributive, notamment des travailleurs indépendants, domestiques et ruraux. "
                    "L'extension récente de la protection a surtout reposé sur l'élargissement du SIS et sur des "
                    "prestations non contributives pour les personnes âgées vivant dans la pauvreté."
                ),
            ],
            "initiatives": [
                (
                    "<b>Cours de Lima (2008).</b> Du 20 au 31 octobre 2008 s'est tenu à Lima le cours sur les "
                    "stratégies d'extension de la protection sociale aux travailleurs indépendants, domestiques et "
                    "migrants, organisé en coopération avec le Centre de Turin, le programme EUROsociAL Santé Emploi "
                    "et le programme STEP. Les participants, issus pour la plupart d'organismes de sécurité sociale, "
                    "ont constaté que les résultats de l'extension de la couverture à ces groupes restaient limités."
                ),
                (
                    "<b>Pensión 65.</b> Créé en 2011, le Programme national d'assistance solidaire Pensión 65 verse "
                    "une allocation aux personnes de 65 ans ou plus vivant dans l'extrême pauvreté qui ne perçoivent "
                    "pas de pension contributive."
                ),
                (
                    "<b>Assurance maladie intégrale (SIS).</b> D'abord destiné aux personnes pauvres, le SIS est "
                    "devenu le principal instrument d'extension de la couverture maladie ; depuis 2019, il est ouvert "
                    "à tout résident ne disposant d'aucune autre assurance maladie."
                ),
            ],
            "expenditure_reviews": [
                (
                    "L'OIT a apporté son assistance technique à des études financières et actuarielles d'EsSalud, qui "
                    "analysent la viabilité de l'assurance maladie contributive et les moyens d'en améliorer la "
                    "gestion."
                ),
                (
                    "Les évaluations actuarielles du Système national de pensions, réalisées par l'ONP, permettent "
                    "d'estimer les engagements de retraite à la charge de l'État."
                ),
            ],
            "legal_framework": [
                (
                    "La Constitution de 1993 reconnaît le droit universel et progressif de toute personne à la "
                    "sécurité sociale (art. 10) et garantit le libre accès aux prestations de santé et aux pensions "
                    "(art. 11)."
                ),
                (
                    "Les principaux textes sont le décret-loi 19990, qui a créé le Système national de pensions ; la "
                    "législation relative au Système privé de pensions ; la loi 26790 de modernisation de la sécurité "
                    "sociale en matière de santé et la loi-cadre 29344 sur l'assurance maladie universelle (2009)."
                ),
                (
                    "Le Pérou a ratifié la convention (nº 102) de l'OIT "
                    "concernant la sécurité sociale (norme minimum), 1952."
                ),
            ],
        },
    },
    {
        "key": "country-cl",
        "type": "countries.CountryPage",
        "parent": "countries",
        "sync": {
            "iso_code": "CL",
            "region": "region-americas",
            "last_reviewed": "2026-06-12",
        },
        "es": {
            "title": "Chile",
            "slug": "chile",
            "summary": (
                "Chile combina un sistema de pensiones de capitalización individual con un pilar no contributivo "
                "reforzado en 2008 y en 2022, y un sistema de salud mixto, público y privado."
            ),
            "coverage": [
                (
                    "El sistema contributivo de pensiones, basado desde 1980 en cuentas de capitalización individual "
                    "administradas por las AFP, cubre a la mayoría de los asalariados formales, pero presenta lagunas "
                    "de cotización y pensiones bajas, en particular para las mujeres y los trabajadores "
                    "independientes. Desde 2019 se incorpora gradualmente a la seguridad social a los trabajadores que "
                    "emiten boletas de honorarios."
                ),
                (
                    "Las prestaciones no contributivas, articuladas hoy en torno a la Pensión Garantizada Universal, "
                    "alcanzan a la gran mayoría de las personas mayores. En salud, el Fondo Nacional de Salud (FONASA) "
                    "cubre a la mayor parte de la población y las ISAPRE privadas al resto, con Garantías Explícitas "
                    "en Salud para un conjunto de patologías."
                ),
            ],
            "initiatives": [
                (
                    "<b>Reforma previsional de 2008.</b> La Ley 20.255 creó el Sistema de Pensiones Solidarias (Pilar "
                    "Solidario), con la Pensión Básica Solidaria y el Aporte Previsional Solidario, e introdujo "
                    "medidas en favor de las mujeres, como la bonificación por hijo. La articulación entre "
                    "prestaciones contributivas y no contributivas de esta reforma fue objeto de especial atención en "
                    "el curso de Lima de 2008."
                ),
                (
                    "<b>Pensión Garantizada Universal (PGU).</b> Creada en 2022, sustituyó a las prestaciones de vejez "
                    "del Pilar Solidario y se concede a las personas de 65 años o más que no pertenecen a los hogares "
                    "de mayores ingresos, con independencia de su historial de cotizaciones."
                ),
                (
                    "<b>Reforma de pensiones de 2025.</b> Una nueva reforma introdujo una cotización adicional a cargo "
                    "del empleador, destinada en parte a un componente de seguro social, y aumentó el monto de la PGU."
                ),
            ],
            "expenditure_reviews": [
                (
                    "La Ley 20.128 sobre Responsabilidad Fiscal (2006) creó el Fondo de Reserva de Pensiones y exige "
                    "un estudio actuarial cada tres años para evaluar su sostenibilidad frente a las obligaciones del "
                    "Estado en materia de pensiones."
                ),
                (
                    "La Dirección de Presupuestos publica proyecciones del gasto fiscal en pensiones, y la "
                    "Superintendencia de Pensiones y el Consejo Consultivo Previsional realizan el seguimiento del "
                    "sistema."
                ),
            ],
            "legal_framework": [
                (
                    "La Constitución garantiza el derecho a la seguridad social (art. 19, n.º 18) y el derecho a la "
                    "protección de la salud (art. 19, n.º 9)."
                ),
                (
                    "Las principales normas son el Decreto Ley 3.500 de 1980, que estableció el sistema de "
                    "capitalización individual; la Ley 16.744 sobre accidentes del trabajo y enfermedades "
                    "profesionales; la Ley 20.255 de 2008 y la Ley 21.419 de 2022, que creó la PGU."
                ),
            ],
        },
        "en": {
            "title": "Chile",
            "slug": "chile",
            "summary": (
                "Chile combines a funded pension system based on individual accounts with a non-contributory pillar "
                "strengthened in 2008 and 2022, and a mixed public and private health system."
            ),
            "coverage": [
                (
                    "The contributory pension system, based since 1980 on individual funded accounts managed by "
                    "pension fund administrators (AFPs), covers most formal employees but suffers from gaps in "
                    "contribution records and low pensions, particularly for women and self-employed workers. Since "
                    "2019, workers who issue fee receipts (boletas de honorarios) have been gradually brought into "
                    "social security."
                ),
                (
                    "Non-contributory benefits, now built around the Universal Guaranteed Pension, reach the vast "
                    "majority of older persons. In health care, the National Health Fund (FONASA) covers most of the "
                    "population and private ISAPRE insurers the rest, with Explicit Health Guarantees for a set of "
                    "conditions."
                ),
            ],
            "initiatives": [
                (
                    "<b>2008 pension reform.</b> Act No. 20.255 created the Solidarity Pension System (Pilar "
                    "Solidario), with the Basic Solidarity Pension and the Solidarity Pension Contribution, and "
                    "introduced measures for women, such as a bonus for each child. The way this reform linked "
                    "contributory and non-contributory benefits received particular attention at the 2008 Lima course."
                ),
                (
                    "<b>Universal Guaranteed Pension (PGU).</b> Created in 2022, it replaced the old-age benefits of "
                    "the Pilar Solidario and is granted to persons aged 65 or over who do not belong to the "
                    "highest-income households, regardless of their contribution history."
                ),
                (
                    "<b>2025 pension reform.</b> A new reform introduced an additional employer contribution, partly "
                    "allocated to a social insurance component, and raised the amount of the PGU."
                ),
            ],
            "expenditure_reviews": [
                (
                    "The Fiscal Responsibility Act No. 20.128 (2006) created the Pension Reserve Fund and requires an "
                    "actuarial study every three years to assess its sustainability in relation to the State's pension "
                    "obligations."
                ),
                (
                    "The Budget Office publishes projections of public pension spending, and the Pensions "
                    "Superintendency and the Pensions Advisory Council monitor the system."
                ),
            ],
            "legal_framework": [
                (
                    "The Constitution guarantees the right to social security (art. 19, no. 18) and the right to "
                    "health protection (art. 19, no. 9)."
                ),
                (
                    "The main laws are Decree-Law No. 3.500 of 1980, which established the individual funded system; "
                    "Act No. 16.744 on employment injuries and occupational diseases; Act No. 20.255 of 2008; and Act "
                    "No. 21.419 of 2022, which created the PGU."
                ),
            ],
        },
        "fr": {
            "title": "Chili",
            "slug": "chili",
            "summary": (
                "Le Chili associe un système de retraite par capitalisation individuelle à un pilier non contributif "
                "renforcé en 2008 et en 2022, ainsi qu'un système de santé mixte, public et privé."
            ),
            "coverage": [
                (
                    "Le système contributif de retraite, fondé depuis 1980 sur des comptes individuels de "
                    "capitalisation gérés par les AFP, couvre la plupart des salariés du secteur formel, mais présente "
                    "des lacunes de cotisation et des pensions faibles, en particulier pour les femmes et les "
                    "travailleurs indépendants. Depuis 2019, les travailleurs qui émettent des reçus d'honoraires "
                    "(boletas de honorarios) sont progressivement intégrés à la sécurité sociale."
                ),
                (
                    "Les prestations non contributives, aujourd'hui articulées autour de la Pension garantie "
                    "universelle, touchent la grande majorité des personnes âgées. En matière de santé, le Fonds "
                    "national de santé (FONASA) couvre la majeure partie de la population et les ISAPRE privées le "
                    "reste, avec des garanties explicites en santé pour un ensemble de pathologies."
                ),
            ],
            "initiatives": [
                (
                    "<b>Réforme des retraites de 2008.</b> La loi 20.255 a créé le Système de pensions solidaires "
                    "(Pilar Solidario), avec la Pension de base solidaire et l'Apport prévisionnel solidaire, et a "
                    "introduit des mesures en faveur des femmes, comme une bonification par enfant. L'articulation "
                    "entre prestations contributives et non contributives opérée par cette réforme a fait l'objet "
                    "d'une attention particulière lors du cours de Lima de 2008."
                ),
                (
                    "<b>Pension garantie universelle (PGU).</b> Créée en 2022, elle a remplacé les prestations de "
                    "vieillesse du Pilar Solidario et est accordée aux personnes de 65 ans ou plus qui n'appartiennent "
                    "pas aux ménages les plus aisés, quel que soit leur historique de cotisation."
                ),
                (
                    "<b>Réforme des retraites de 2025.</b> Une nouvelle réforme a instauré une cotisation patronale "
                    "supplémentaire, affectée en partie à une composante d'assurance sociale, et a relevé le montant "
                    "de la PGU."
                ),
            ],
            "expenditure_reviews": [
                (
                    "La loi 20.128 sur la responsabilité budgétaire (2006) a créé le Fonds de réserve des pensions et "
                    "impose une étude actuarielle tous les trois ans pour évaluer sa viabilité au regard des "
                    "engagements de retraite de l'État."
                ),
                (
                    "La Direction du budget publie des projections des dépenses publiques de retraite, et la "
                    "Surintendance des pensions et le Conseil consultatif des pensions assurent le suivi du système."
                ),
            ],
            "legal_framework": [
                (
                    "La Constitution garantit le droit à la sécurité sociale (art. 19, nº 18) et le droit à la "
                    "protection de la santé (art. 19, nº 9)."
                ),
                (
                    "Les principaux textes sont le décret-loi 3.500 de 1980, qui a instauré le système de "
                    "capitalisation individuelle ; la loi 16.744 sur les accidents du travail et les maladies "
                    "professionnelles ; la loi 20.255 de 2008 et la loi 21.419 de 2022, qui a créé la PGU."
                ),
            ],
        },
    },
    {
        "key": "country-br",
        "type": "countries.CountryPage",
        "parent": "countries",
        "sync": {
            "iso_code": "BR",
            "region": "region-americas",
            "last_reviewed": "2026-05-04",
        },
        "es": {
            "title": "Brasil",
            "slug": "brasil",
            "summary": (
                "Desde la Constitución de 1988, Brasil concibe la seguridad social como un sistema integrado de salud, "
                "previsión y asistencia social, y ha desarrollado programas de gran alcance como Bolsa Família y las "
                "pensiones rurales."
            ),
            "coverage": [
                (
                    "La Constitución de 1988 organizó la seguridad social en tres componentes: el Sistema Único de "
                    "Salud (SUS), de acceso universal y gratuito; la previsión social contributiva, administrada por "
                    "el Instituto Nacional del Seguro Social (INSS) para los trabajadores del sector privado y por "
                    "regímenes propios para los servidores públicos; y la asistencia social."
                ),
                (
                    "La cobertura contributiva se ha ampliado con regímenes simplificados, como el del "
                    "Microemprendedor Individual (MEI), y con un régimen especial para los trabajadores rurales. El "
                    "Beneficio de Prestación Continuada (BPC) garantiza un ingreso a las personas mayores y con "
                    "discapacidad de bajos ingresos. La informalidad y las desigualdades regionales siguen siendo los "
                    "principales desafíos."
                ),
            ],
            "initiatives": [
                (
                    "<b>Bolsa Família.</b> Creado en 2003 mediante la unificación de varias transferencias existentes, "
                    "el programa concede transferencias monetarias condicionadas a la asistencia escolar y al "
                    "seguimiento de salud a familias en situación de pobreza, identificadas a través del Registro "
                    "Único (Cadastro Único). Sustituido en 2021 por Auxílio Brasil, fue restablecido en 2023."
                ),
                (
                    "<b>Pensiones rurales.</b> La previsión rural permite a los pequeños agricultores, pescadores "
                    "artesanales y sus familias, considerados asegurados especiales, acceder a jubilaciones y "
                    "pensiones equivalentes al salario mínimo acreditando el ejercicio de la actividad rural. Se "
                    "reconoce ampliamente su papel en la reducción de la pobreza en el medio rural."
                ),
                (
                    "<b>Microemprendedor Individual (MEI).</b> Creado en 2008, este régimen simplificado permite a los "
                    "trabajadores independientes formalizarse y cotizar a la previsión social mediante un pago mensual "
                    "reducido."
                ),
            ],
            "expenditure_reviews": [
                (
                    "La Ley de Responsabilidad Fiscal (2000) exige que la Ley de Directrices Presupuestarias incluya "
                    "cada año una evaluación de la situación financiera y actuarial del Régimen General de Previsión "
                    "Social y de los regímenes de los servidores públicos."
                ),
                (
                    "Los regímenes propios de previsión de los servidores públicos deben realizar valuaciones "
                    "actuariales anuales para preservar su equilibrio financiero y actuarial."
                ),
            ],
            "legal_framework": [
                (
                    "La Constitución de 1988 reconoce la previsión social como derecho social (art. 6) y define la "
                    "seguridad social como un conjunto integrado de acciones en materia de salud, previsión y "
                    "asistencia social (arts. 194 a 204)."
                ),
                (
                    "Las Leyes 8.212 y 8.213 de 1991 regulan la financiación y las prestaciones de la previsión "
                    "social; la Ley Orgánica de Asistencia Social (Ley 8.742 de 1993) creó el BPC, y la Enmienda "
                    "Constitucional 103 de 2019 reformó el sistema de pensiones."
                ),
                (
                    "Brasil ratificó en 2009 el Convenio sobre la seguridad "
                    "social (norma mínima), 1952 (núm. 102), de la OIT."
                ),
            ],
        },
        "en": {
            "title": "Brazil",
            "slug": "brazil",
            "summary": (
                "Since the 1988 Constitution, Brazil has treated social security as an integrated system of health "
                "care, social insurance and social assistance, and has developed large-scale programmes such as Bolsa "
                "Família and rural pensions."
            ),
            "coverage": [
                (
                    "The 1988 Constitution organized social security into three components: the Unified Health System "
                    "(SUS), with universal and free access; contributory social insurance, administered by the "
                    "National Social Security Institute (INSS) for private-sector workers and by separate schemes for "
                    "public servants; and social assistance."
                ),
                (
                    "Contributory coverage has been extended through simplified schemes, such as that for Individual "
                    "Micro-Entrepreneurs (MEI), and through a special scheme for rural workers. The Continuous Cash "
                    "Benefit (BPC) guarantees an income to low-income older persons and persons with disabilities. "
                    "Informality and regional inequalities remain the main challenges."
                ),
            ],
            "initiatives": [
                (
                    "<b>Bolsa Família.</b> Created in 2003 by merging several existing transfers, the programme "
                    "provides cash transfers, conditional on school attendance and health check-ups, to poor families "
                    "identified through the Single Registry (Cadastro Único). Replaced in 2021 by Auxílio Brasil, it "
                    "was reinstated in 2023."
                ),
                (
                    "<b>Rural pensions.</b> The rural social insurance scheme enables smallholder farmers, artisanal "
                    "fishers and their families, classified as special insured persons, to receive retirement and "
                    "survivors' pensions equal to the minimum wage by proving that they have engaged in rural "
                    "activity. Its role in reducing rural poverty is widely recognized."
                ),
                (
                    "<b>Individual Micro-Entrepreneur (MEI).</b> Introduced in 2008, this simplified scheme allows "
                    "self-employed workers to formalize and contribute to social insurance through a reduced monthly "
                    "payment."
                ),
            ],
            "expenditure_reviews": [
                (
                    "The Fiscal Responsibility Act (2000) requires the annual Budget Guidelines Act to include an "
                    "assessment of the financial and actuarial position of the General Social Insurance Scheme and of "
                    "the public servants' schemes."
                ),
                (
                    "The public servants' own social insurance schemes must carry out annual actuarial valuations in "
                    "order to maintain their financial and actuarial balance."
                ),
            ],
            "legal_framework": [
                (
                    "The 1988 Constitution recognizes social insurance as a social right (art. 6) and defines social "
                    "security as an integrated set of actions in the fields of health, social insurance and social "
                    "assistance (arts. 194 to 204)."
                ),
                (
                    "Acts Nos. 8.212 and 8.213 of 1991 govern the financing and benefits of social insurance; the "
                    "Organic Social Assistance Act (Act No. 8.742 of 1993) created the BPC, and Constitutional "
                    "Amendment No. 103 of 2019 reformed the pension system."
                ),
                "In 2009, Brazil ratified the ILO Social Security (Minimum Standards) Convention, 1952 (No. 102).",
            ],
        },
        "fr": {
            "title": "Brésil",
            "slug": "bresil",
            "summary": (
                "Depuis la Constitution de 1988, le Brésil conçoit la sécurité sociale comme un système intégré de "
                "santé, de prévoyance et d'assistance sociale, et a mis en place des programmes de grande ampleur "
                "comme Bolsa Família et les retraites rurales."
            ),
            "coverage": [
                (
                    "La Constitution de 1988 a organisé la sécurité sociale en trois volets : le Système unique de "
                    "santé (SUS), à accès universel et gratuit ; la prévoyance sociale contributive, gérée par "
                    "l'Institut national de la sécurité sociale (INSS) pour les travailleurs du secteur privé et par "
                    "des régimes propres pour les fonctionnaires ; et l'assistance sociale."
                ),
                (
                    "La couverture contributive a été étendue grâce à des régimes simplifiés, comme celui du "
                    "microentrepreneur individuel (MEI), et à un régime spécial pour les travailleurs ruraux. La "
                    "Prestation continue en espèces (BPC) garantit un revenu aux personnes âgées et aux personnes "
                    "handicapées à faible revenu. L'informalité et les inégalités régionales restent les principaux "
                    "défis."
                ),
            ],
            "initiatives": [
                (
                    "<b>Bolsa Família.</b> Créé en 2003 par la fusion de plusieurs transferts existants, le programme "
                    "verse des transferts monétaires, conditionnés à la scolarisation et au suivi médical, aux "
                    "familles pauvres identifiées grâce au Registre unique (Cadastro Único). Remplacé en 2021 par "
                    "Auxílio Brasil, il a été rétabli en 2023."
                ),
                (
                    "<b>Retraites rurales.</b> La prévoyance rurale permet aux petits agriculteurs, aux pêcheurs "
                    "artisanaux et à leurs familles, considérés comme assurés spéciaux, de percevoir des pensions de "
                    "retraite et de survivant égales au salaire minimum en justifiant de l'exercice d'une activité "
                    "rurale. Son rôle dans la réduction de la pauvreté rurale est largement reconnu."
                ),
                (
                    "<b>Microentrepreneur individuel (MEI).</b> Créé en 2008, ce régime simplifié permet aux "
                    "travailleurs indépendants de se formaliser et de cotiser à la prévoyance sociale moyennant un "
                    "versement mensuel réduit."
                ),
            ],
            "expenditure_reviews": [
                (
                    "La loi de responsabilité budgétaire (2000) impose que la loi annuelle d'orientations budgétaires "
                    "comporte une évaluation de la situation financière et actuarielle du Régime général de prévoyance "
                    "sociale et des régimes des fonctionnaires."
                ),
                (
                    "Les régimes propres de prévoyance des fonctionnaires doivent réaliser chaque année des "
                    "évaluations actuarielles afin de préserver leur équilibre financier et actuariel."
                ),
            ],
            "legal_framework": [
                (
                    "La Constitution de 1988 reconnaît la prévoyance sociale comme un droit social (art. 6) et définit "
                    "la sécurité sociale comme un ensemble intégré d'actions en matière de santé, de prévoyance et "
                    "d'assistance sociale (art. 194 à 204)."
                ),
                (
                    "Les lois 8.212 et 8.213 de 1991 régissent le financement et les prestations de la prévoyance "
                    "sociale ; la loi organique d'assistance sociale (loi 8.742 de 1993) a créé la BPC, et "
                    "l'amendement constitutionnel nº 103 de 2019 a réformé le système de retraite."
                ),
                (
                    "En 2009, le Brésil a ratifié la convention (nº 102) de "
                    "l'OIT concernant la sécurité sociale (norme minimum), 1952."
                ),
            ],
        },
    },
    {
        "key": "country-mx",
        "type": "countries.CountryPage",
        "parent": "countries",
        "sync": {
            "iso_code": "MX",
            "region": "region-americas",
            "last_reviewed": "2026-03-18",
        },
        "es": {
            "title": "México",
            "slug": "mexico",
            "summary": (
                "México cuenta con un sistema de seguridad social fragmentado, cuyas principales instituciones son el "
                "IMSS y el ISSSTE, complementado por programas no contributivos de gran escala."
            ),
            "coverage": [
                (
                    "El Instituto Mexicano del Seguro Social (IMSS) cubre a los trabajadores asalariados del sector "
                    "privado y a sus familias; el ISSSTE protege a los trabajadores del gobierno federal, y existen "
                    "instituciones propias para las fuerzas armadas, la empresa petrolera estatal y los gobiernos de "
                    "los estados. Alrededor de la mitad de la población ocupada trabaja en la informalidad y queda "
                    "fuera de estos regímenes."
                ),
                (
                    "La población sin seguridad social accede a servicios de salud financiados con recursos públicos, "
                    "organizados sucesivamente a través del Seguro Popular, el INSABI y el IMSS-Bienestar. La Pensión "
                    "para el Bienestar de las Personas Adultas Mayores, de carácter universal desde 2019, se elevó a "
                    "rango constitucional en 2020."
                ),
            ],
            "initiatives": [
                (
                    "<b>IMSS y extensión de la cobertura.</b> Tras un programa piloto iniciado en 2019, las personas "
                    "trabajadoras del hogar se incorporaron al régimen obligatorio del IMSS, que ha ensayado también "
                    "esquemas para otros grupos difíciles de cubrir, como los trabajadores independientes."
                ),
                (
                    "<b>Transferencias condicionadas.</b> Progresa (1997), convertido después en Oportunidades (2002) "
                    "y en Prospera (2014), fue uno de los primeros programas de transferencias monetarias "
                    "condicionadas de gran escala e inspiró a numerosos países. En 2019 fue sustituido por las becas "
                    "para el bienestar Benito Juárez."
                ),
                (
                    "<b>Reforma de pensiones de 2020.</b> La reforma de la Ley del Seguro Social redujo las semanas de "
                    "cotización exigidas para obtener una pensión, aumentó gradualmente las aportaciones patronales y "
                    "mejoró la pensión garantizada."
                ),
            ],
            "expenditure_reviews": [
                (
                    "El IMSS presenta cada año al Ejecutivo Federal y al Congreso de la Unión un informe sobre su "
                    "situación financiera y sus riesgos, que incluye valuaciones actuariales de sus seguros."
                ),
                (
                    "El ISSSTE publica igualmente un informe financiero y actuarial, que alimenta el debate sobre la "
                    "sostenibilidad de los regímenes de pensiones del sector público."
                ),
            ],
            "legal_framework": [
                (
                    "La Constitución establece en su artículo 123 las bases de la seguridad social de los trabajadores "
                    "y reconoce en su artículo 4 el derecho a la protección de la salud y, desde 2020, la pensión no "
                    "contributiva de las personas adultas mayores."
                ),
                (
                    "La Ley del Seguro Social, vigente desde 1997, y la Ley del ISSSTE de 2007 regulan los principales "
                    "regímenes e introdujeron cuentas individuales para el retiro administradas por las AFORE."
                ),
                (
                    "México ha ratificado el Convenio sobre la seguridad social "
                    "(norma mínima), 1952 (núm. 102), de la OIT."
                ),
            ],
        },
        "en": {
            "title": "Mexico",
            "slug": "mexico",
            "summary": (
                "Mexico has a fragmented social security system, whose main institutions are the IMSS and the ISSSTE, "
                "complemented by large-scale non-contributory programmes."
            ),
            "coverage": [
                (
                    "The Mexican Social Security Institute (IMSS) covers private-sector employees and their families; "
                    "the ISSSTE protects federal government employees, and there are separate institutions for the "
                    "armed forces, the state oil company and state governments. About half of the employed population "
                    "works informally and falls outside these schemes."
                ),
                (
                    "People without social security have access to publicly funded health services, organized "
                    "successively through Seguro Popular, INSABI and IMSS-Bienestar. The Pension for the Well-being of "
                    "Older Persons, universal since 2019, was enshrined in the Constitution in 2020."
                ),
            ],
            "initiatives": [
                (
                    "<b>IMSS and the extension of coverage.</b> Following a pilot programme launched in 2019, domestic "
                    "workers were brought into the IMSS compulsory scheme, which has also tested arrangements for "
                    "other hard-to-cover groups, such as self-employed workers."
                ),
                (
                    "<b>Conditional cash transfers.</b> Progresa (1997), later renamed Oportunidades (2002) and then "
                    "Prospera (2014), was one of the first large-scale conditional cash transfer programmes and "
                    "inspired many countries. In 2019 it was replaced by the Benito Juárez well-being scholarships."
                ),
                (
                    "<b>2020 pension reform.</b> The reform of the Social Security Act reduced the number of "
                    "contribution weeks required to qualify for a pension, gradually increased employer contributions "
                    "and improved the guaranteed pension."
                ),
            ],
            "expenditure_reviews": [
                (
                    "Every year the IMSS submits to the Federal Executive and to Congress a report on its financial "
                    "situation and risks, which includes actuarial valuations of its insurance branches."
                ),
                (
                    "The ISSSTE likewise publishes a financial and actuarial report, which informs the debate on the "
                    "sustainability of public-sector pension schemes."
                ),
            ],
            "legal_framework": [
                (
                    "Article 123 of the Constitution lays the foundations of social security for workers, and article "
                    "4 recognizes the right to health protection and, since 2020, the non-contributory pension for "
                    "older persons."
                ),
                (
                    "The Social Security Act, in force since 1997, and the 2007 ISSSTE Act govern the main schemes and "
                    "introduced individual retirement accounts managed by AFOREs."
                ),
                "Mexico has ratified the ILO Social Security (Minimum Standards) Convention, 1952 (No. 102).",
            ],
        },
        "fr": {
            "title": "Mexique",
            "slug": "mexique",
            "summary": (
                "Le Mexique dispose d'un système de sécurité sociale fragmenté, dont les principales institutions sont "
                "l'IMSS et l'ISSSTE, complété par des programmes non contributifs de grande ampleur."
            ),
            "coverage": [
                (
                    "L'Institut mexicain de sécurité sociale (IMSS) couvre les salariés du secteur privé et leur "
                    "famille ; l'ISSSTE protège les agents de l'administration fédérale, et des institutions "
                    "distinctes existent pour les forces armées, la compagnie pétrolière publique et les gouvernements "
                    "des États. Environ la moitié de la population active occupée travaille dans l'informalité et "
                    "échappe à ces régimes."
                ),
                (
                    "Les personnes sans sécurité sociale ont accès à des services de santé financés sur fonds publics, "
                    "organisés successivement par le Seguro Popular, l'INSABI et l'IMSS-Bienestar. La Pension pour le "
                    "bien-être des personnes âgées, universelle depuis 2019, a été inscrite dans la Constitution en "
                    "2020."
                ),
            ],
            "initiatives": [
                (
                    "<b>L'IMSS et l'extension de la couverture.</b> À la suite d'un programme pilote lancé en 2019, "
                    "les travailleurs domestiques ont été intégrés au régime obligatoire de l'IMSS, qui a également "
                    "expérimenté des formules pour d'autres groupes difficiles à couvrir, comme les travailleurs "
                    "indépendants."
                ),
                (
                    "<b>Transferts conditionnels.</b> Progresa (1997), devenu ensuite Oportunidades (2002) puis "
                    "Prospera (2014), a été l'un des premiers programmes de transferts monétaires conditionnels à "
                    "grande échelle et a inspiré de nombreux pays. En 2019, il a été remplacé par les bourses pour le "
                    "bien-être Benito Juárez."
                ),
                (
                    "<b>Réforme des retraites de 2020.</b> La réforme de la loi sur la sécurité sociale a réduit le "
                    "nombre de semaines de cotisation exigées pour obtenir une pension, relevé progressivement les "
                    "cotisations patronales et amélioré la pension garantie."
                ),
            ],
            "expenditure_reviews": [
                (
                    "Chaque année, l'IMSS présente à l'exécutif fédéral et au Congrès un rapport sur sa situation "
                    "financière et ses risques, qui comprend des évaluations actuarielles de ses branches d'assurance."
                ),
                (
                    "L'ISSSTE publie également un rapport financier et actuariel, qui nourrit le débat sur la "
                    "viabilité des régimes de retraite du secteur public."
                ),
            ],
            "legal_framework": [
                (
                    "L'article 123 de la Constitution pose les bases de la sécurité sociale des travailleurs, et "
                    "l'article 4 reconnaît le droit à la protection de la santé et, depuis 2020, la pension non "
                    "contributive des personnes âgées."
                ),
                (
                    "La loi sur la sécurité sociale, en vigueur depuis 1997, et la loi de 2007 sur l'ISSSTE régissent "
                    "les principaux régimes et ont introduit des comptes individuels de retraite gérés par les AFORE."
                ),
                (
                    "Le Mexique a ratifié la convention (nº 102) de l'OIT "
                    "concernant la sécurité sociale (norme minimum), 1952."
                ),
            ],
        },
    },
    {
        "key": "country-tz",
        "type": "countries.CountryPage",
        "parent": "countries",
        "sync": {
            "iso_code": "TZ",
            "region": "region-africa",
            "last_reviewed": "2026-02-10",
        },
        "es": {
            "title": "Tanzanía",
            "slug": "tanzania",
            "summary": (
                "Tanzanía ha ampliado su protección social mediante transferencias a los hogares pobres y la reforma "
                "de sus fondos de seguridad social, con el apoyo de la OIT en el análisis del gasto y del desempeño."
            ),
            "coverage": [
                (
                    "Los regímenes contributivos de pensiones y de salud cubren principalmente a los trabajadores del "
                    "sector formal: el Fondo Nacional de Seguridad Social (NSSF) para el sector privado, el Fondo de "
                    "Seguridad Social del Servicio Público (PSSSF), resultado de la fusión de varios fondos públicos "
                    "en 2018, y el Fondo Nacional de Seguro de Salud (NHIF). Zanzíbar cuenta con su propio fondo de "
                    "seguridad social (ZSSF)."
                ),
                (
                    "La gran mayoría de la población, que trabaja en la agricultura y en la economía informal, carece "
                    "de protección contributiva. La Red Productiva de Protección Social (PSSN), gestionada por el "
                    "Fondo de Acción Social de Tanzanía (TASAF), ofrece transferencias monetarias a los hogares en "
                    "situación de pobreza extrema."
                ),
            ],
            "initiatives": [
                (
                    "<b>Revisión del gasto y del desempeño de la protección social (SPER).</b> Con el apoyo de la OIT, "
                    "Tanzanía llevó a cabo una SPER acompañada de un presupuesto social, que analizó el gasto, la "
                    "cobertura y el desempeño de los distintos regímenes y sirvió de base al diálogo nacional sobre la "
                    "extensión de la protección social."
                ),
                (
                    "<b>Pensión universal de Zanzíbar.</b> Desde 2016, Zanzíbar paga una pensión social universal a "
                    "todas las personas residentes de 70 años o más, una iniciativa pionera en África Oriental."
                ),
                (
                    "<b>Reforma de los fondos y seguro universal de salud.</b> La fusión de los fondos de pensiones "
                    "del sector público en 2018 y la ley de seguro universal de salud adoptada en 2023 buscan "
                    "racionalizar el sistema y extender la cobertura."
                ),
            ],
            "expenditure_reviews": [
                (
                    "La SPER de Tanzanía se realizó con la OIT y combinó una revisión del gasto y del desempeño de los "
                    "programas de protección social con un modelo de presupuesto social, que permite proyectar los "
                    "ingresos y gastos del sistema y estimar el costo de las opciones de extensión."
                ),
                (
                    "Los fondos de seguridad social se someten a valuaciones actuariales periódicas, especialmente "
                    "importantes para evaluar la sostenibilidad financiera tras la fusión de los fondos del sector "
                    "público."
                ),
            ],
            "legal_framework": [
                (
                    "La Constitución de 1977 compromete al Estado a adoptar las disposiciones necesarias para hacer "
                    "efectivo el derecho al bienestar social en caso de vejez, enfermedad o discapacidad (art. 11)."
                ),
                (
                    "El sector se rige por la Ley de la Autoridad Reguladora de la Seguridad Social (2008), las leyes "
                    "de los distintos fondos, entre ellas la Ley del Fondo de Seguridad Social del Servicio Público "
                    "(2018), y la Ley de Seguro Universal de Salud (2023)."
                ),
            ],
        },
        "en": {
            "title": "Tanzania",
            "slug": "tanzania",
            "summary": (
                "Tanzania has extended social protection through transfers to poor households and the reform of its "
                "social security funds, with ILO support in analysing expenditure and performance."
            ),
            "coverage": [
                (
                    "Contributory pension and health schemes mainly cover formal-sector workers: the National Social "
                    "Security Fund (NSSF) for the private sector, the Public Service Social Security Fund (PSSSF), "
                    "created in 2018 by merging several public funds, and the National Health Insurance Fund (NHIF). "
                    "Zanzibar has its own social security fund (ZSSF)."
                ),
                (
                    "The vast majority of the population, working in agriculture and in the informal economy, has no "
                    "contributory protection. The Productive Social Safety Net (PSSN), run by the Tanzania Social "
                    "Action Fund (TASAF), provides cash transfers to households living in extreme poverty."
                ),
            ],
            "initiatives": [
                (
                    "<b>Social Protection Expenditure and Performance Review (SPER).</b> With ILO support, Tanzania "
                    "carried out a SPER together with a social budget, which analysed the expenditure, coverage and "
                    "performance of the various schemes and informed the national dialogue on extending social "
                    "protection."
                ),
                (
                    "<b>Zanzibar Universal Pension.</b> Since 2016, Zanzibar has paid a universal social pension to "
                    "all residents aged 70 or over, a pioneering initiative in East Africa."
                ),
                (
                    "<b>Fund reform and universal health insurance.</b> The 2018 merger of the public-sector pension "
                    "funds and the universal health insurance law adopted in 2023 aim to rationalize the system and "
                    "extend coverage."
                ),
            ],
            "expenditure_reviews": [
                (
                    "Tanzania's SPER was carried out with the ILO and combined a review of the expenditure and "
                    "performance of social protection programmes with a social budget model, which makes it possible "
                    "to project the system's revenue and expenditure and to estimate the cost of options for "
                    "extension."
                ),
                (
                    "The social security funds undergo periodic actuarial valuations, which are particularly important "
                    "for assessing financial sustainability following the merger of the public-sector funds."
                ),
            ],
            "legal_framework": [
                (
                    "The 1977 Constitution commits the State to make appropriate provision for the realization of the "
                    "right to social welfare in old age, sickness or disability (art. 11)."
                ),
                (
                    "The sector is governed by the Social Security (Regulatory Authority) Act (2008), the laws "
                    "establishing the various funds, including the Public Service Social Security Fund Act (2018), and "
                    "the Universal Health Insurance Act (2023)."
                ),
            ],
        },
        "fr": {
            "title": "Tanzanie",
            "slug": "tanzanie",
            "summary": (
                "La Tanzanie a étendu sa protection sociale grâce à des transferts aux ménages pauvres et à la réforme "
                "de ses caisses de sécurité sociale, avec l'appui de l'OIT pour l'analyse des dépenses et de la "
                "performance."
            ),
            "coverage": [
                (
                    "Les régimes contributifs de retraite et de santé couvrent surtout les travailleurs du secteur "
                    "formel : la Caisse nationale de sécurité sociale (NSSF) pour le secteur privé, la Caisse de "
                    "sécurité sociale de la fonction publique (PSSSF), issue de la fusion de plusieurs caisses "
                    "publiques en 2018, et la Caisse nationale d'assurance maladie (NHIF). Zanzibar dispose de sa "
                    "propre caisse de sécurité sociale (ZSSF)."
                ),
                (
                    "La grande majorité de la population, qui travaille dans l'agriculture et l'économie informelle, "
                    "ne bénéficie d'aucune protection contributive. Le Filet de sécurité sociale productif (PSSN), "
                    "géré par le Fonds d'action sociale de Tanzanie (TASAF), verse des transferts monétaires aux "
                    "ménages en situation d'extrême pauvreté."
                ),
            ],
            "initiatives": [
                (
                    "<b>Revue des dépenses et de la performance de la protection sociale (SPER).</b> Avec l'appui de "
                    "l'OIT, la Tanzanie a réalisé une SPER assortie d'un budget social, qui a analysé les dépenses, la "
                    "couverture et la performance des différents régimes et a nourri le dialogue national sur "
                    "l'extension de la protection sociale."
                ),
                (
                    "<b>Pension universelle de Zanzibar.</b> Depuis 2016, Zanzibar verse une pension sociale "
                    "universelle à tous les résidents âgés de 70 ans ou plus, une initiative pionnière en Afrique de "
                    "l'Est."
                ),
                (
                    "<b>Réforme des caisses et assurance maladie universelle.</b> La fusion des caisses de retraite du "
                    "secteur public en 2018 et la loi sur l'assurance maladie universelle adoptée en 2023 visent à "
                    "rationaliser le système et à étendre la couverture."
                ),
            ],
            "expenditure_reviews": [
                (
                    "La SPER de la Tanzanie a été réalisée avec l'OIT ; elle a associé une revue des dépenses et de la "
                    "performance des programmes de protection sociale à un modèle de budget social, qui permet de "
                    "projeter les recettes et les dépenses du système et d'estimer le coût des options d'extension."
                ),
                (
                    "Les caisses de sécurité sociale font l'objet d'évaluations actuarielles périodiques, "
                    "particulièrement importantes pour apprécier leur viabilité financière depuis la fusion des "
                    "caisses du secteur public."
                ),
            ],
            "legal_framework": [
                (
                    "La Constitution de 1977 engage l'État à prendre les dispositions nécessaires pour rendre effectif "
                    "le droit à la protection sociale en cas de vieillesse, de maladie ou de handicap (art. 11)."
                ),
                (
                    "Le secteur est régi par la loi de 2008 sur l'Autorité de régulation de la sécurité sociale, les "
                    "lois portant création des différentes caisses, dont la loi de 2018 sur la Caisse de sécurité "
                    "sociale de la fonction publique, et la loi de 2023 sur l'assurance maladie universelle."
                ),
            ],
        },
    },
    {
        "key": "country-zm",
        "type": "countries.CountryPage",
        "parent": "countries",
        "sync": {
            "iso_code": "ZM",
            "region": "region-africa",
            "last_reviewed": "2025-06-30",
        },
        "es": {
            "title": "Zambia",
            "slug": "zambia",
            "summary": (
                "Zambia ha avanzado en la construcción de un sistema de protección social basado en la Autoridad del "
                "Régimen Nacional de Pensiones (NAPSA) y en el programa de transferencias sociales en efectivo, con el "
                "apoyo de la OIT en el análisis del gasto."
            ),
            "coverage": [
                (
                    "Los regímenes contributivos cubren principalmente a los trabajadores del sector formal: NAPSA "
                    "para los asalariados del sector privado y los funcionarios contratados desde su creación, el "
                    "Fondo de Pensiones del Servicio Público y el régimen de indemnización de los trabajadores por "
                    "riesgos profesionales. Desde 2019, la Autoridad de Gestión del Seguro Nacional de Salud (NHIMA) "
                    "administra un seguro de salud contributivo."
                ),
                (
                    "La gran mayoría de la población trabaja en la economía informal o en la agricultura y carece de "
                    "protección contributiva. El programa de transferencias sociales en efectivo, extendido "
                    "progresivamente a todo el país, es el principal instrumento no contributivo para los hogares "
                    "pobres y vulnerables."
                ),
            ],
            "initiatives": [
                (
                    "<b>SPER y presupuesto social.</b> Con el apoyo de la OIT, Zambia realizó una revisión del gasto y "
                    "del desempeño de la protección social (SPER), que contribuyó a la formulación de la política "
                    "nacional y a la planificación de la extensión de la cobertura."
                ),
                (
                    "<b>NAPSA y la economía informal.</b> NAPSA ha desarrollado iniciativas para extender la cobertura "
                    "a los trabajadores de la economía informal, con modalidades de afiliación y de cotización "
                    "adaptadas, en cooperación con la OIT y el sistema de las Naciones Unidas."
                ),
                (
                    "<b>Transferencias sociales en efectivo.</b> Iniciado con proyectos piloto a comienzos de los años "
                    "2000, el programa de transferencias sociales en efectivo se ha extendido a todo el país y se ha "
                    "convertido en un pilar de la política nacional de protección social."
                ),
            ],
            "expenditure_reviews": [
                (
                    "La SPER de Zambia se realizó con la OIT; analizó el gasto público y el desempeño de los programas "
                    "de protección social e incluyó un presupuesto social para proyectar el costo de las opciones de "
                    "reforma y de extensión."
                ),
                (
                    "Las valuaciones actuariales periódicas de NAPSA y los estudios de costeo realizados para el "
                    "diseño del seguro nacional de salud completan el análisis de la sostenibilidad financiera del "
                    "sistema."
                ),
            ],
            "legal_framework": [
                (
                    "La Ley del Régimen Nacional de Pensiones de 1996 creó NAPSA; la Ley del Seguro Nacional de Salud "
                    "de 2018 estableció el seguro de salud obligatorio, y la Ley de Indemnización de los Trabajadores "
                    "regula la protección frente a los riesgos profesionales."
                ),
                (
                    "La Política Nacional de Protección Social (2014) ofrece el marco estratégico del sector. La Carta "
                    "de Derechos de la Constitución no reconoce la seguridad social como derecho exigible: la "
                    "propuesta de incorporar los derechos económicos y sociales, sometida a referéndum en 2016, no fue "
                    "aprobada."
                ),
            ],
        },
        "en": {
            "title": "Zambia",
            "slug": "zambia",
            "summary": (
                "Zambia has made progress in building a social protection system based on the National Pension Scheme "
                "Authority (NAPSA) and the social cash transfer programme, with ILO support in analysing expenditure."
            ),
            "coverage": [
                (
                    "Contributory schemes mainly cover formal-sector workers: NAPSA for private-sector employees and "
                    "civil servants recruited since its creation, the Public Service Pensions Fund and the workers' "
                    "compensation scheme for employment injuries. Since 2019, the National Health Insurance Management "
                    "Authority (NHIMA) has administered a contributory health insurance scheme."
                ),
                (
                    "The vast majority of the population works in the informal economy or in agriculture and has no "
                    "contributory protection. The social cash transfer programme, gradually extended nationwide, is "
                    "the main non-contributory instrument for poor and vulnerable households."
                ),
            ],
            "initiatives": [
                (
                    "<b>SPER and social budget.</b> With ILO support, Zambia carried out a Social Protection "
                    "Expenditure and Performance Review (SPER), which contributed to the formulation of national "
                    "policy and to planning the extension of coverage."
                ),
                (
                    "<b>NAPSA and the informal economy.</b> NAPSA has developed initiatives to extend coverage to "
                    "workers in the informal economy, with adapted registration and contribution arrangements, in "
                    "cooperation with the ILO and the United Nations system."
                ),
                (
                    "<b>Social cash transfers.</b> Launched with pilot projects in the early 2000s, the social cash "
                    "transfer programme has been extended nationwide and has become a cornerstone of national social "
                    "protection policy."
                ),
            ],
            "expenditure_reviews": [
                (
                    "Zambia's SPER was carried out with the ILO; it analysed public expenditure and the performance of "
                    "social protection programmes and included a social budget to project the cost of reform and "
                    "extension options."
                ),
                (
                    "Periodic actuarial valuations of NAPSA and the costing studies carried out for the design of "
                    "national health insurance complete the analysis of the system's financial sustainability."
                ),
            ],
            "legal_framework": [
                (
                    "The National Pension Scheme Act of 1996 established NAPSA; the National Health Insurance Act of "
                    "2018 introduced compulsory health insurance, and the Workers' Compensation Act governs protection "
                    "against employment injury."
                ),
                (
                    "The National Social Protection Policy (2014) provides the strategic framework for the sector. The "
                    "Bill of Rights in the Constitution does not recognize social security as an enforceable right: a "
                    "proposal to include economic and social rights, put to a referendum in 2016, was not adopted."
                ),
            ],
        },
        "fr": {
            "title": "Zambie",
            "slug": "zambie",
            "summary": (
                "La Zambie a progressé dans la construction d'un système de protection sociale fondé sur l'Autorité du "
                "régime national de pensions (NAPSA) et sur le programme de transferts sociaux en espèces, avec "
                "l'appui de l'OIT pour l'analyse des dépenses."
            ),
            "coverage": [
                (
                    "Les régimes contributifs couvrent surtout les travailleurs du secteur formel : la NAPSA pour les "
                    "salariés du secteur privé et les fonctionnaires recrutés depuis sa création, le Fonds de pensions "
                    "de la fonction publique et le régime d'indemnisation des travailleurs pour les risques "
                    "professionnels. Depuis 2019, l'Autorité de gestion de l'assurance maladie nationale (NHIMA) "
                    "administre une assurance maladie contributive."
                ),
                (
                    "La grande majorité de la population travaille dans l'économie informelle ou dans l'agriculture et "
                    "ne bénéficie d'aucune protection contributive. Le programme de transferts sociaux en espèces, "
                    "progressivement étendu à l'ensemble du pays, est le principal instrument non contributif en "
                    "faveur des ménages pauvres et vulnérables."
                ),
            ],
            "initiatives": [
                (
                    "<b>SPER et budget social.</b> Avec l'appui de l'OIT, la Zambie a réalisé une revue des dépenses "
                    "et de la performance de la protection sociale (SPER), qui a contribué à l'élaboration de la "
                    "politique nationale et à la planification de l'extension de la couverture."
                ),
                (
                    "<b>La NAPSA et l'économie informelle.</b> La NAPSA a lancé des initiatives pour étendre la "
                    "couverture aux travailleurs de l'économie informelle, avec des modalités d'affiliation et de "
                    "cotisation adaptées, en coopération avec l'OIT et le système des Nations Unies."
                ),
                (
                    "<b>Transferts sociaux en espèces.</b> Lancé sous forme de projets pilotes au début des années "
                    "2000, le programme de transferts sociaux en espèces a été étendu à tout le pays et est devenu un "
                    "pilier de la politique nationale de protection sociale."
                ),
            ],
            "expenditure_reviews": [
                (
                    "La SPER de la Zambie a été réalisée avec l'OIT ; elle a analysé les dépenses publiques et la "
                    "performance des programmes de protection sociale et comportait un budget social permettant de "
                    "projeter le coût des options de réforme et d'extension."
                ),
                (
                    "Les évaluations actuarielles périodiques de la NAPSA et les études de coût réalisées pour la "
                    "conception de l'assurance maladie nationale complètent l'analyse de la viabilité financière du "
                    "système."
                ),
            ],
            "legal_framework": [
                (
                    "La loi de 1996 sur le régime national de pensions a créé la NAPSA ; la loi de 2018 sur "
                    "l'assurance maladie nationale a instauré l'assurance maladie obligatoire, et la loi sur "
                    "l'indemnisation des travailleurs régit la protection contre les risques professionnels."
                ),
                (
                    "La Politique nationale de protection sociale (2014) fournit le cadre stratégique du secteur. La "
                    "Charte des droits de la Constitution ne reconnaît pas la sécurité sociale comme un droit "
                    "opposable : la proposition d'y inclure les droits économiques et sociaux, soumise à référendum en "
                    "2016, n'a pas été adoptée."
                ),
            ],
        },
    },
]
