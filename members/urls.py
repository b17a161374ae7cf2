from django.urls import path

from members import views

app_name = "members"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/edit/", views.edit_profile, name="edit_profile"),
    path("profile/data.json", views.download_data, name="download_data"),
    path("profile/delete/", views.delete_account, name="delete_account"),
    path("<int:pk>/", views.public_profile, name="public_profile"),
    path("propose/", views.propose_index, name="propose_index"),
    path("propose/<slug:kind>/", views.propose, name="propose"),
]
