"""Invitation links, outside the community's page: a hidden community's page is closed until the invitee accepts."""

from django.urls import re_path
from django.views.decorators.cache import never_cache

from communities import views

app_name = "communities"

urlpatterns = [
    re_path(r"^(?P<token>[-:\w]+)/$", never_cache(views.invitation), name="invitation"),
]
