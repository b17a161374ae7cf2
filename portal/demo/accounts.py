"""One demo account per editorial role, for local use only (README lists them)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

# username: (first name, last name, group, password)
DEMO_ACCOUNTS = {
    "specialist": ("Sofía", "Specialist", "Specialists", "demo-specialist-2026"),
    "reviewer": ("Rafael", "Reviewer", "Reviewers", "demo-reviewer-2026"),
    "translator": ("Thérèse", "Translator", "Translators", "demo-translator-2026"),
    "editor": ("Elena", "Editor", "Editors", "demo-editor-2026"),
}


def ensure_demo_accounts():
    """Create missing demo accounts (never reset an existing one); return the new usernames."""
    User = get_user_model()
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    created = []
    for username, (first, last, group_name, password) in DEMO_ACCOUNTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(admin_access)
        user, was_created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.org"},
        )
        if was_created:
            user.set_password(password)
            user.save()
            created.append(username)
        user.groups.add(group)
    return created
