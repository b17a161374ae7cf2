"""Members of the public site (members/): an account with a verified email and a profile.

    member = MemberFactory(language="fr")          # member.user logs in with member.user.email / "pw"
    member = MemberFactory(verified=False)         # signed up, email not yet verified

Members have no group and so no admin access.
"""

import factory
from allauth.account.models import EmailAddress
from factory.django import DjangoModelFactory

from members.models import Member
from tests.factories.people import UserFactory


class MemberUserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"member{n}")


class MemberFactory(DjangoModelFactory):
    class Meta:
        model = Member
        skip_postgeneration_save = True

    user = factory.SubFactory(MemberUserFactory)
    language = "es"
    organisation = "Instituto de Seguridad Social"

    @factory.post_generation
    def verified(self, create, value, **kwargs):
        if create:
            EmailAddress.objects.create(
                user=self.user, email=self.user.email, primary=True, verified=True if value is None else value
            )
