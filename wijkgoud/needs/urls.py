from django.urls import path

from . import moves, views

app_name = "needs"
urlpatterns = [
    path("", views.need_list, name="list"),
    path("inbox/", views.inbox, name="inbox"),
    path("ask/", views.ask, name="ask"),
    path("ask/thanks/", views.ask_done, name="ask_done"),
    path("new/", views.record, name="record"),
    path("helper/", views.helper_profile, name="helper_profile"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/move/", moves.move, name="move"),
    path("<int:pk>/hand-over/", moves.hand_over, name="hand_over"),
    path("<int:pk>/assign/", moves.assign, name="assign"),
    path("<int:pk>/match/", moves.match, name="match"),
    path("<int:pk>/follow-up/", moves.follow_up, name="follow_up"),
    path("<int:pk>/notes/", moves.note_add, name="note_add"),
]
