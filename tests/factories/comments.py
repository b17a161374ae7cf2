"""Reader comments (comments/).

comment = CommentFactory(page=news_page)                     # published, by a new member
CommentFactory(page=page, state=Comment.HELD, member=member)  # awaiting moderation
CommentFactory(page=page, parent=comment)                     # a reply
"""

import factory
from factory.django import DjangoModelFactory

from comments.models import Comment, Report
from tests.factories.members import MemberFactory


class CommentFactory(DjangoModelFactory):
    class Meta:
        model = Comment

    page = None  # required: the page commented on
    member = factory.SubFactory(MemberFactory)
    text = factory.Sequence(lambda n: f"Comentario número {n}.")
    language = "es"
    state = Comment.PUBLISHED


class ReportFactory(DjangoModelFactory):
    class Meta:
        model = Report

    comment = factory.SubFactory(CommentFactory)
    member = factory.SubFactory(MemberFactory)
    reason = "Publicidad."
