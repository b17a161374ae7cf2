"""About and Help say only what the portal does today: accounts, proposals, comments, questions and the FAQ,
the contact form; no newsletter promise, no helpdesk."""

import re

import pytest

from tests.helpers import demo_page

# What the demo content itself says on About and Help: these tests need the demo loaded.
pytestmark = [pytest.mark.django_db, pytest.mark.demo]

# Promises of features the portal does not have yet, in each language, as the old texts wrote them.
PROMISES = {
    "es": [
        "boletín de información",
        "escriba al servicio de asistencia",
        "observatorio",
        "Una vez registrado",
        # Answers are always published (or the question declined, with a reason); the features exist today.
        "si la respuesta es útil para otros",
        "Lo que vendrá",
    ],
    "en": [
        "gathered in a newsletter",
        "A helpdesk supports",
        "observatory",
        "Once registered",
        "if the answer is useful to others",
        "What comes next",
    ],
    "fr": [
        "rassemblées dans une lettre",
        "écrivez au service d'assistance",
        "observatoire",
        "Une fois inscrit",
        "si la réponse peut servir à d'autres",
        "Ce qui viendra",
    ],
}
# Questions (on country, region and theme pages, by their button's name), the contact form (qa/), and
# comments (comments/), with how they are moderated.
SAYS_NOW = {
    "es": [
        "«Hacer una pregunta a los especialistas»",
        "«Preguntas frecuentes»",
        "formulario de contacto",
        "Un moderador lee sus primeros comentarios antes de que aparezcan",
        # The specialists' button as the page editor names it, the credit, and deleting an account.
        "«Enviar a Publicación moderada»",
        "con un enlace a su perfil público",
        "atribuidas a «antiguo miembro»",
    ],
    "en": [
        "“Ask the specialists a question”",
        "“Frequently asked questions”",
        "contact form",
        "A moderator reads your first comments before they appear",
        "“Submit to Moderated publishing”",
        "with a link to your public profile",
        "credited to “former member”",
    ],
    "fr": [
        "« Poser une question aux spécialistes »",
        "« Questions fréquentes »",
        "formulaire de contact",
        "Un modérateur lit vos premiers commentaires avant qu'ils n'apparaissent",
        "« Soumettre à Publication modérée »",
        "avec un lien vers votre profil public",
        "attribuées à « ancien membre »",
    ],
}


def text(client, key, language):
    html = client.get(demo_page(key, language).url).content.decode()
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main)).replace("&#x27;", "'")


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_about_and_help_promise_nothing_that_does_not_exist(client, language):
    for key in ("about", "help"):
        page = text(client, key, language)
        for promise in PROMISES[language]:
            assert promise not in page, (key, promise)
    for feature in SAYS_NOW[language]:
        assert feature in text(client, "help", language), feature


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_home_page_offers_no_observatory_or_online_collaboration_yet(client, language):
    home = client.get(demo_page("home", language).url).content.decode()
    # Accounts exist (members/): the header offers one, top right.
    assert re.search(r'class="account-nav".*(Crear una cuenta|Create account|Créer un compte)', home, re.S)
    # The portal's own description (the introduction and the mission; news items may tell its history).
    intro = re.search(r'<section class="hero".*?</section>', home, re.S).group(0)
    mission = re.search(r'<section class="rich-text" aria-labelledby="mission-heading">.*?</section>', home, re.S)
    home = intro + mission.group(0)
    assert not re.search(r"(observatorio|observatory|observatoire)", home, re.I)
    assert not re.search(r"(trabajo conjunto en línea al|online collaboration|travail collaboratif en ligne au)", home)
