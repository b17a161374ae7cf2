from django.urls import path

from qa import views

app_name = "qa"

urlpatterns = [
    path("questions/ask/<int:page_id>/", views.ask, name="ask"),
    path("contact/", views.contact, name="contact"),
]
