from django.urls import path

from . import views

app_name = "payouts"
urlpatterns = [
    path("", views.items, name="items"),
    path("batches/", views.batches, name="batches"),
    path("batches/<int:pk>/", views.batch_detail, name="batch_detail"),
    path("batches/<int:pk>/export/", views.batch_export, name="batch_export"),
    path("batches/<int:pk>/confirm/", views.batch_confirm, name="batch_confirm"),
    path("batches/<int:pk>/cancel/", views.batch_cancel, name="batch_cancel"),
    path("batches/<int:pk>/sepa.xml", views.batch_sepa, name="batch_sepa"),
    path("batches/<int:pk>/payments.csv", views.batch_csv, name="batch_csv"),
]
