"""Who may do what, role by role, on their own tree, a foreign tree and their tree in another locale.

Two views of the same rules: ``permissions_for_user()`` (what Wagtail's explorer, choosers,
admin search and API consult) and the admin URLs themselves, fetched as each user.
A refused URL is a 403 or a redirect away, and its response never shows the page.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

ALLOW, DENY = "allow", "deny"

# The page each target name stands for: (demo content key, language).
TARGETS = {
    "own": ("country-ec", "es"),
    "own_fr": ("country-ec", "fr"),
    "foreign": ("country-cl", "es"),
    "foreign_fr": ("country-cl", "fr"),
}

PERMISSIONS = ["can_edit", "can_add_subpage", "can_publish", "can_unpublish", "can_delete", "can_move", "can_lock"]

# role -> target -> the permissions_for_user() answers that are True (the others are False).
EXPECTED_PERMISSIONS = {
    "specialist": {"own": {"can_edit", "can_add_subpage"}, "own_fr": {"can_edit", "can_add_subpage"}},
    "translator": {"own_fr": {"can_edit"}, "foreign_fr": {"can_edit"}},
    "reviewer": {},
    "moderator": {},
    "editor": {target: set(PERMISSIONS) for target in TARGETS},
}


def admin_urls(page):
    revision = page.latest_revision
    return {
        "edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "add_subpage": reverse("wagtailadmin_pages:add_subpage", args=[page.pk]),
        "add_standard_page": reverse("wagtailadmin_pages:add", args=["home", "standardpage", page.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "revisions_view": reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]),
        "revisions_compare": reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", revision.pk]),
        "preview": reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        "copy": reverse("wagtailadmin_pages:copy", args=[page.pk]),
        "move": reverse("wagtailadmin_pages:move", args=[page.pk]),
        "delete": reverse("wagtailadmin_pages:delete", args=[page.pk]),
        "unpublish": reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        "translate": reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        "lock": reverse("wagtailadmin_pages:lock", args=[page.pk]),
    }


EDITING = {"edit", "add_subpage", "add_standard_page", "history", "revisions_view"}
EDITING |= {"revisions_compare", "preview", "copy", "translate"}
PUBLISHING = {"move", "delete", "unpublish", "lock"}

# role -> target -> the URLs that answer; every other URL is refused.
EXPECTED_URLS = {
    "specialist": {"own": EDITING, "own_fr": EDITING},
    # Translators edit what exists in their locale; they create nothing and translate nothing new.
    "translator": {
        "own_fr": EDITING - {"add_subpage", "add_standard_page", "translate"},
        "foreign_fr": EDITING - {"add_subpage", "add_standard_page", "translate"},
    },
    "reviewer": {},
    "moderator": {},
    "editor": dict.fromkeys(TARGETS, EDITING | PUBLISHING),
}

ROLES = list(EXPECTED_URLS)

POST_ONLY = {"lock"}


def answered(name, response):
    """A redirect that is the view doing its job (not a refusal)."""
    if name == "add_subpage":  # only one page type may be added: straight to its form
        return response.url.startswith("/admin/pages/add/home/standardpage/")
    return name == "lock" and Page.objects.get(pk=int(response.wsgi_request.path.split("/")[3])).locked


@pytest.fixture
def users(specialist, translator, reviewer, moderator, editor, chile_specialist):
    return {
        "specialist": specialist,
        "translator": translator,
        "reviewer": reviewer,
        "moderator": moderator,
        "editor": editor,
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("target", list(TARGETS))
def test_permissions_for_user(users, role, target, scene_page):
    page = scene_page(*TARGETS[target])
    perms = page.permissions_for_user(users[role])
    expected = EXPECTED_PERMISSIONS[role].get(target, set())
    answers = {name: getattr(perms, name)() for name in PERMISSIONS}
    assert answers == {name: name in expected for name in PERMISSIONS}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("target", list(TARGETS))
def test_admin_urls(client, users, role, target, scene_page):
    page = scene_page(*TARGETS[target])
    client.force_login(users[role])
    allowed = EXPECTED_URLS[role].get(target, set())
    wrong = {}
    for name, url in admin_urls(page).items():
        response = client.post(url) if name in POST_ONLY else client.get(url)
        body = response.content.decode()
        if name in allowed:
            if response.status_code not in (200, 302) or response.status_code == 302 and not answered(name, response):
                wrong[name] = f"expected the view, got {response.status_code} {getattr(response, 'url', '')}"
        elif response.status_code == 302:
            if str(page.pk) in response.url.split("?")[0]:
                wrong[name] = f"redirected to {response.url}, a view of the page"
        elif response.status_code != 403:
            wrong[name] = f"expected refusal, got {response.status_code}"
        elif page.title in body:
            wrong[name] = "refused but the response shows the page title"
    assert wrong == {}
