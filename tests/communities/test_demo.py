"""The demo communities (communities/demo.py, demo/content/communities.yaml), as loaded for the session."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from communities.demo import DEMO_MEMBERS, read_communities
from communities.models import Access, CommunityIndexPage, CommunityPage, Membership
from tests.helpers import demo_page

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

LEVELS = {
    "community-gender": ("private", False, False),
    "community-registries": ("semi-private", False, False),
    "community-employment": ("public", False, False),
    "community-mena": ("open", False, False),
    "community-ambassadors": ("private", True, False),
    "community-uhc": ("semi-private", False, True),
}


def test_the_index_and_every_community_exist_in_three_languages_translated():
    entries, _extras = read_communities()
    assert {entry.key for entry in entries} >= {"communities", "community-ssc4c", *LEVELS}
    for entry in entries:
        spanish = demo_page(entry.key, "es")
        assert spanish.live
        for language in ("en", "fr"):
            translated = demo_page(entry.key, language)
            assert translated.live, (entry.key, language)
            assert translated.title != spanish.title
            if isinstance(spanish, CommunityPage):
                assert translated.overview and translated.overview != spanish.overview
            else:
                assert isinstance(spanish, CommunityIndexPage) and translated.intro != spanish.intro


def test_the_seed_community_has_its_concept_note_working_groups_and_life():
    community = demo_page("community-ssc4c")
    assert community.access == Access.PUBLIC
    english = demo_page("community-ssc4c", "en")
    assert "Buenos Aires Plan of Action" in english.overview
    assert "champions" in english.purpose
    assert "three times a year" in english.participation
    periods = [block.value["period"] for block in demo_page("community-ssc4c", "fr").timeline]
    assert periods[0] == "Février" and len(periods) == 7
    groups = CommunityPage.objects.child_of(community)
    assert groups.count() == 2
    parent_members = set(community.memberships.filter(state="active").values_list("user__username", flat=True))
    for group in groups:
        members = set(group.memberships.values_list("user__username", flat=True))
        assert members and members <= parent_members, group.title
    managers = community.memberships.filter(role=Membership.Role.MANAGER)
    assert set(managers.values_list("user__username", flat=True)) == {"community-manager", "specialist"}
    qa_threads = community.events.exclude(qa_thread=None).values("qa_thread")
    discussions = community.threads.exclude(pk__in=qa_threads)  # not the webinars' Q&A threads
    assert discussions.count() == 2
    assert all(thread.posts.exists() for thread in discussions)
    assert community.announcements.count() == 1
    first_post = min(thread.created_at for thread in discussions)
    assert all(m.joined_at < first_post for m in community.memberships.all())  # they joined, then wrote


def test_the_seed_community_shares_files_and_keeps_a_calendar():
    """communities/demo_files.py and demo_calendar.py, loaded for the seed's community by the demo."""
    community = demo_page("community-ssc4c").canonical()
    assert community.files.count() == 3
    assert community.file_categories.count() == 2
    series = community.webinar_series.get()
    assert series.sessions.count() == 2 and all(session.qa_thread_id for session in series.sessions.all())
    assert community.events.filter(series__isnull=True).count() == 2  # the meetings


def test_one_community_of_each_privacy_level_each_with_members_and_a_discussion():
    for key, (access, hidden, archived) in LEVELS.items():
        community = demo_page(key)
        assert (community.access, community.hidden, community.archived) == (access, hidden, archived), key
        assert community.memberships.filter(role=Membership.Role.MANAGER, state="active").exists(), key
        assert community.threads.exists(), key


def test_readers_see_what_the_privacy_allows():
    anonymous, newcomer = Client(), Client()
    newcomer.force_login(get_user_model().objects.get(username="newcomer"))
    listing = anonymous.get(demo_page("communities", "en").url).content.decode()
    assert "South-South cooperation for children" in listing
    assert "ambassadors" not in listing.lower()
    hidden = demo_page("community-ambassadors", "en").url
    assert newcomer.get(hidden).status_code == 404
    mena = demo_page("community-mena", "en")
    thread = mena.canonical().threads.first()
    assert anonymous.get(f"{mena.url}discussions/{thread.pk}/").status_code == 200
    registries = demo_page("community-registries", "en")
    assert "Ask to join" in newcomer.get(registries.url).content.decode()


def test_the_community_accounts_sign_in_on_the_public_site():
    for username, (_first, _last, _language, password) in DEMO_MEMBERS.items():
        client = Client()
        response = client.post("/en/accounts/login/", {"login": f"{username}@example.org", "password": password})
        assert response.status_code == 302, username
        assert "_auth_user_id" in client.session, username
