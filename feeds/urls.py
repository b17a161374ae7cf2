"""The feeds of each language (included under the language prefix, ``config/urls.py``)."""

from django.urls import re_path

from feeds import follow, preferences, views
from feeds.sources import SECTIONS, TAG_TARGETS

SECTION = "(?P<kind>{})".format("|".join(SECTIONS))
TAG_TARGET = "(?P<kind>{})/(?P<value>[-\\w]+)".format("|".join(TAG_TARGETS))
#: Any word: an unknown content type gets the follow page's clear "nothing to follow" answer.
CONTENT_TYPE = "(?P<kind>[-\\w]+)"

urlpatterns = [
    re_path(rf"^{SECTION}/rss\.xml$", views.rss, name="section_rss"),
    re_path(rf"^{SECTION}/atom\.xml$", views.atom, name="section_atom"),
    re_path(r"^events/calendar\.ics$", views.events_calendar, name="events_calendar"),
    re_path(rf"^{TAG_TARGET}/rss\.xml$", views.rss, name="tag_rss"),
    re_path(rf"^{TAG_TARGET}/atom\.xml$", views.atom, name="tag_atom"),
]

urlpatterns += [
    re_path(rf"^{TAG_TARGET}/follow/$", follow.follow, name="feeds_follow"),
    re_path(rf"^{TAG_TARGET}/follow/member/$", follow.member_follow, name="feeds_follow_member"),
    re_path(r"^follow/confirm/(?P<token>[-:\w]+)/$", follow.confirm, name="feeds_follow_confirm"),
    re_path(rf"^{CONTENT_TYPE}/follow/$", follow.follow, name="feeds_follow_content_type"),
    re_path(rf"^{CONTENT_TYPE}/follow/member/$", follow.member_follow, name="feeds_follow_content_type_member"),
    re_path(r"^unsubscribe/(?P<token>[-:\w]+)/$", preferences.unsubscribe, name="feeds_unsubscribe"),
    re_path(r"^preferences/$", preferences.member_preferences, name="feeds_member_preferences"),
    re_path(r"^preferences/(?P<token>[-:\w]+)/$", preferences.preferences, name="feeds_preferences"),
]
