from django.urls import path

from comments import views

app_name = "comments"

urlpatterns = [
    path("on/<int:page_id>/", views.discussion, name="discussion"),
    path("<int:comment_id>/report/", views.report, name="report"),
]
