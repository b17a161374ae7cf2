"""Communities (communities/): the index, communities and working groups, their pages, memberships.

    index = CommunityIndexPageFactory(parent=trees.home())
    community = CommunityPageFactory(parent=index, access="semi-private")   # hidden=True, archived=True
    group = CommunityPageFactory(parent=community, title="Grupo de trabajo")  # a working group
    sub = CommunitySubPageFactory(parent=community)
    manager = member_of(community, role="manager")          # a MemberFactory's user, active
    pending = member_of(community, state="pending", language="fr")

Publishing a community or sub-page sets its view restrictions (communities/privacy.py), as
the admin does; a membership keeps the community's group in step.
"""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from communities.models import CommunityIndexPage, CommunityPage, CommunitySubPage, Membership
from tests.factories.members import MemberFactory
from tests.factories.pages import PortalPageFactory


class CommunityIndexPageFactory(PortalPageFactory):
    class Meta:
        model = CommunityIndexPage

    title = "Comunidades"
    slug = factory.Sequence(lambda n: f"comunidades-{n}")
    intro = "Espacios de intercambio entre especialistas."


class CommunityPageFactory(PortalPageFactory):
    class Meta:
        model = CommunityPage

    title = factory.Sequence(lambda n: f"Comunidad {n}")
    overview = "<p>Cooperación Sur-Sur para la infancia.</p>"
    purpose = "<p>Reunir a los profesionales y compartir buenas prácticas.</p>"
    participation = "<p>Seminarios en línea tres veces al año.</p>"
    timeline = factory.LazyFunction(lambda: [("period", {"period": "Febrero", "activities": "Crear la comunidad"})])
    access = "semi-private"


class CommunitySubPageFactory(PortalPageFactory):
    class Meta:
        model = CommunitySubPage

    title = factory.Sequence(lambda n: f"Recursos {n}")
    intro = "Lecturas y seminarios."
    body = "<p>Literatura adicional.</p>"


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    community = None
    user = factory.LazyFunction(lambda: MemberFactory().user)
    role = Membership.Role.MEMBER
    state = Membership.State.ACTIVE
    joined_at = factory.LazyFunction(timezone.now)


def member_of(community, role="member", state="active", **member):
    """A new member account (``MemberFactory(**member)``) with a membership of ``community``; returns the user."""
    user = MemberFactory(**member).user
    MembershipFactory(community=community.canonical(), user=user, role=role, state=state)
    return user
