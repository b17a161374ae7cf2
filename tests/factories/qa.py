"""Questions and the FAQ (qa/): a member's question on a page, a FAQ page per language.

    question = QuestionFactory(page=ecuador["es"])            # routed to the page's tree, by a new member
    faq = FaqPageFactory(parent=trees.home("fr"), title="FAQ") # the FAQ of one language

Publish an answer as the owners do with ``qa.publishing.publish_answer(question, user, text, answer)``.
"""

import factory
from factory.django import DjangoModelFactory

from editorial.ownership import owned_tree_for
from qa.models import FaqPage, Question
from tests.factories.members import MemberFactory
from tests.factories.pages import PortalPageFactory


class FaqPageFactory(PortalPageFactory):
    class Meta:
        model = FaqPage

    title = factory.Sequence(lambda n: f"Preguntas frecuentes {n}")
    intro = "Las preguntas de los miembros y sus respuestas."


class QuestionFactory(DjangoModelFactory):
    class Meta:
        model = Question

    member = factory.SubFactory(MemberFactory)
    language = factory.LazyAttribute(lambda question: question.page.locale.language_code)
    text = factory.Sequence(lambda n: f"¿Cómo se calcula la pensión mínima? ({n})")
    tree = factory.LazyAttribute(lambda question: owned_tree_for(question.page))
