"""The feeds of each language (included under the language prefix, ``config/urls.py``)."""

from django.urls import re_path

from feeds import follow, views
from feeds.sources import SECTIONS, TAG_TARGETS

SECTION = "(?P<kind>{})".format("|".join(SECTIONS))
TAG_TARGET = "(?P<kind>{})/(?P<value>[-\\w]+)".format("|".join(TAG_TARGETS))

urlpatterns = [
    re_path(rf"^{SECTION}/rss\.xml$", views.rss, name="section_rss"),
    re_path(rf"^{SECTION}/atom\.xml$", views.atom, name="section_atom"),
    re_path(r"^events/calendar\.ics$", views.events_calendar, name="events_calendar"),
    re_path(rf"^{TAG_TARGET}/rss\.xml$", views.rss, name="tag_rss"),
    re_path(rf"^{TAG_TARGET}/atom\.xml$", views.atom, name="tag_atom"),
]

urlpatterns += [
    re_path(rf"^{TAG_TARGET}/follow/$", follow.follow, name="feeds_follow"),
    re_path(r"^follow/confirm/(?P<token>[-:\w]+)/$", follow.confirm, name="feeds_follow_confirm"),
    re_path(r"^unsubscribe/(?P<token>[-:\w]+)/$", follow.unsubscribe, name="feeds_unsubscribe"),
]
