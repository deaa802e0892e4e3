from django.urls import path

from . import views

app_name = "glossary"
urlpatterns = [
    path("", views.term_list, name="list"),
    path("propose/", views.term_propose, name="propose"),
    path("check/", views.check, name="check"),
    path("review/", views.review, name="review"),
    path("review/<int:pk>/accept/", views.term_accept, name="accept"),
    path("review/<int:pk>/reject/", views.term_reject, name="reject"),
    path("review/explanations/<int:pk>/accept/", views.suggestion_accept, name="suggestion_accept"),
    path("review/explanations/<int:pk>/reject/", views.suggestion_reject, name="suggestion_reject"),
    path("<slug:slug>/", views.term_detail, name="detail"),
    path("<slug:slug>/explain/", views.suggestion_create, name="suggest"),
]
