"""One demo account per editorial role, for local use only (README lists them)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from editorial.roles import EDITORS, MODERATORS, REVIEWERS, SPECIALISTS, translators_group_name

# username: (first name, last name, groups, preferred admin language, password)
DEMO_ACCOUNTS = {
    "specialist": ("Sofía", "Specialist", [SPECIALISTS], "es", "demo-specialist-2026"),
    "reviewer": ("Rafael", "Reviewer", [REVIEWERS], "en", "demo-reviewer-2026"),
    "translator": (
        "Thérèse",
        "Translator",
        [translators_group_name("en"), translators_group_name("fr")],
        "fr",
        "demo-translator-2026",
    ),
    "editor": ("Elena", "Editor", [EDITORS], "es", "demo-editor-2026"),
    "moderator": ("Moisés", "Moderator", [MODERATORS], "es", "demo-moderator-2026"),
}

# Trees (demo content keys) the demo specialist owns.
DEMO_OWNERSHIP = {"specialist": ["country-be", "country-ec", "country-pe"]}


def ensure_demo_accounts():
    """Create missing demo accounts (never reset an existing one); return the new usernames.

    Run after ``setup_editorial()``: the role groups must exist.
    """
    User = get_user_model()
    created = []
    for username, (first, last, group_names, language, password) in DEMO_ACCOUNTS.items():
        user, was_created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.org"},
        )
        if was_created:
            user.set_password(password)
            user.save()
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
            created.append(username)
        user.groups.add(*Group.objects.filter(name__in=group_names))
    return created
