from django.urls import path

from . import views

app_name = "initiatives"
urlpatterns = [
    path("", views.initiative_list, name="list"),
    path("new/", views.initiative_create, name="create"),
    path("<int:pk>/", views.initiative_detail, name="detail"),
    path("<int:pk>/edit/", views.initiative_edit, name="edit"),
    path("<int:pk>/team/", views.team, name="team"),
    path("<int:pk>/stage/", views.stage, name="stage"),
    path("<int:pk>/plan/", views.plan, name="plan"),
    path("<int:pk>/plan.pdf", views.plan_pdf, name="pdf"),
    path("<int:pk>/plan/<slug:key>/", views.section, name="section"),
    path("<int:pk>/plan/<slug:key>/feedback/", views.feedback, name="feedback"),
    path("<int:pk>/plan/<slug:key>/history/", views.section_history, name="section_history"),
]
