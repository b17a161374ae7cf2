"""The bulletin's one public URL, outside the language prefix: the bounce webhook (bulletin/bounces.py)."""

from django.urls import path

from bulletin import bounces

urlpatterns = [path("bulletin/bounces/<str:secret>/", bounces.webhook, name="bulletin_bounces")]
