from django.urls import path

from . import views

app_name = "meetings"
urlpatterns = [
    path("", views.meeting_list, name="list"),
    path("new/", views.meeting_create, name="create"),
    path("actions/", views.my_actions, name="my_actions"),
    path("lessons/", views.lessons, name="lessons"),
    path("<int:pk>/", views.meeting_detail, name="detail"),
    path("<int:pk>/edit/", views.meeting_edit, name="edit"),
    path("<int:pk>/meeting.ics", views.meeting_ics, name="ics"),
    path("<int:pk>/sign-up/", views.signup, name="signup"),
    path("<int:pk>/sign-off/", views.cancel_signup, name="cancel_signup"),
    path("<int:pk>/people/", views.people, name="people"),
    path("<int:pk>/guests/", views.guest_add, name="guest_add"),
    path("<int:pk>/notes/", views.notes_save, name="notes"),
    path("<int:pk>/ideas/", views.idea_add, name="idea_add"),
    path("<int:pk>/lessons/", views.lesson_add, name="lesson_add"),
    path("<int:pk>/report/", views.report, name="report"),
    path("<int:pk>/report.pdf", views.report_pdf, name="report_pdf"),
    path("sign-ups/<int:pk>/remove/", views.signup_remove, name="signup_remove"),
    path("ideas/<int:pk>/", views.idea_detail, name="idea"),
    path("ideas/<int:pk>/actions/", views.action_add, name="action_add"),
    path("ideas/<int:pk>/agree/", views.idea_agree, name="idea_agree"),
    path("ideas/<int:pk>/park/", views.idea_park, name="idea_park"),
    path("ideas/<int:pk>/reopen/", views.idea_reopen, name="idea_reopen"),
    path("actions/<int:pk>/", views.action_detail, name="action"),
    path("actions/<int:pk>/move/", views.action_move, name="action_move"),
]
