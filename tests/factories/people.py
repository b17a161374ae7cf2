"""Users in each editorial role, their tree ownership, and the moderated workflow.

The role groups, their permissions and the "Moderated publishing" workflow come from
``editorial.roles.setup_editorial()`` (the same code as production and the demo);
``editorial()`` runs it. Run it after the language trees exist (``build_trees`` does):
translators get their rights on their language's home page.

    specialist = SpecialistFactory(owns=[trees.country("es")])   # owner of that tree, every language
    reviewer = ReviewerFactory()
    translator = TranslatorFactory(languages=["fr"])
    editor = EditorFactory()

Each user's password is ``"pw"``; ``language`` sets the admin language (default Spanish).
``submit(page, specialist)`` and ``review(page, reviewer)`` (or ``action="reject"``) move a
page through the workflow. ``accounts(owns=[…])`` gives one user per role named as the demo
accounts ("specialist", "editor", …), for tests that follow a README journey.
"""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory
from wagtail.users.models import UserProfile

from editorial.roles import EDITORS, MODERATORS, REVIEWERS, SPECIALISTS, translators_group_name


def editorial():
    """Roles, the workflow on every tree and locale synchronisation, as ``setup_editorial`` makes them."""
    from editorial.roles import setup_editorial
    from tests.factories.locales import locales

    locales()
    return setup_editorial()


def role_group(name):
    """The role group ``name``, setting up the editorial roles first if they are missing."""
    group = Group.objects.filter(name=name).first()
    if group is None:
        editorial()
        group = Group.objects.get(name=name)
    return group


def own(user, root):
    """Make ``user`` an owner of the tree rooted at ``root`` (a country, region or theme page)."""
    from editorial.models import OwnedTree

    tree = OwnedTree.objects.filter(translation_key=root.translation_key).first()
    if tree is None:
        tree = OwnedTree(root=root)
        tree.full_clean()
        tree.save()
    tree.owners.add(user)
    return tree


def _add_roles(user, create, names):
    if create and names:
        user.groups.add(*(role_group(name) for name in names))


def _roles(*default):
    """A ``roles`` declaration whose default is ``default``."""
    return factory.PostGeneration(lambda user, create, names, **kwargs: _add_roles(user, create, names or default))


class UserFactory(DjangoModelFactory):
    """A user without a role; ``roles=[group name, …]``, ``language="fr"`` (admin language)."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = factory.LazyAttribute(lambda user: user.username.capitalize())
    last_name = "Tester"
    password = factory.django.Password("pw")

    roles = factory.PostGeneration(lambda user, create, names, **kwargs: _add_roles(user, create, names))

    @factory.post_generation
    def language(self, create, code, **kwargs):
        if create:
            profile = UserProfile.get_for_user(self)
            profile.preferred_language = code or "es"
            profile.save()


class SpecialistFactory(UserFactory):
    """A specialist; ``owns=[page, …]`` makes them an owner of those trees."""

    username = factory.Sequence(lambda n: f"specialist{n}")
    roles = _roles(SPECIALISTS)

    @factory.post_generation
    def owns(self, create, roots, **kwargs):
        for root in roots or []:
            own(self, root)


class ReviewerFactory(UserFactory):
    username = factory.Sequence(lambda n: f"reviewer{n}")
    roles = _roles(REVIEWERS)


class TranslatorFactory(UserFactory):
    """A translator into ``languages`` (default English)."""

    username = factory.Sequence(lambda n: f"translator{n}")

    @factory.post_generation
    def languages(self, create, codes, **kwargs):
        if create:
            self.groups.add(*(role_group(translators_group_name(code)) for code in codes or ["en"]))


class EditorFactory(UserFactory):
    username = factory.Sequence(lambda n: f"editor{n}")
    roles = _roles(EDITORS)


class ModeratorFactory(UserFactory):
    username = factory.Sequence(lambda n: f"moderator{n}")
    roles = _roles(MODERATORS)


def submit(page, user):
    """``user`` saves a revision of ``page`` and submits it to its workflow; returns the workflow state."""
    page.save_revision(user=user)
    return page.get_workflow().start(page, user)


def review(page, user, action="approve", comment=""):
    """``user`` approves (``action="approve"``, the page goes live) or rejects (``"reject"``) the
    task awaiting review on ``page``, as the workflow's action view does; returns the page afresh."""
    page = type(page).objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state.specific, user, action, comment=comment)
    return type(page).objects.get(pk=page.pk)


# username: (factory, first name, last name, admin language, extra factory arguments), as the demo accounts.
ACCOUNTS = {
    "specialist": (SpecialistFactory, "Sofía", "Specialist", "es", {}),
    "reviewer": (ReviewerFactory, "Rafael", "Reviewer", "en", {}),
    "translator": (TranslatorFactory, "Thérèse", "Translator", "fr", {"languages": ["en", "fr"]}),
    "editor": (EditorFactory, "Elena", "Editor", "es", {}),
    "moderator": (ModeratorFactory, "Moisés", "Moderator", "es", {}),
}


def accounts(owns=(), password="pw"):
    """One user per role, named and set up as the demo accounts of README (username = role, the
    same first names and admin languages; the translator translates into English and French),
    with ``password``; the specialist owns the trees ``owns``. Returns ``{username: user}``.

    With the demo loaded in the same session the demo users are reused, their password set to
    ``password``.
    """
    users = {}
    for username, (factory_class, first, last, language, extra) in ACCOUNTS.items():
        user = factory_class(username=username, first_name=first, last_name=last, language=language, **extra)
        user.set_password(password)
        user.save()
        users[username] = user
    for root in owns:
        own(users["specialist"], root)
    return users
