from django.urls import path

from . import views

app_name = "invitations"
urlpatterns = [
    path("", views.mine, name="mine"),
    path("new/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/card.pdf", views.card_pdf, name="card_pdf"),
    path("<int:pk>/outcome/", views.outcome, name="outcome"),
]
