from django.urls import path

from . import feeds, organiser, poster, views

app_name = "activities"
urlpatterns = [
    path("", views.finder, name="finder"),
    path("<int:pk>/", views.detail, name="detail"),
    path("dates/<int:pk>/signup/", views.signup, name="signup"),
    path("signups/<str:token>/", views.signup_done, name="signup_done"),
    path("signups/<str:token>/cancel/", views.signup_cancel, name="signup_cancel"),
    # Calendars (iCalendar)
    path("calendar.ics", feeds.all_activities, name="feed"),
    path("areas/<int:pk>/calendar.ics", feeds.area, name="area_feed"),
    path("<int:pk>/calendar.ics", feeds.activity, name="activity_feed"),
    path("dates/<int:pk>/calendar.ics", feeds.date, name="date_ics"),
    # The weekly poster
    path("areas/<int:pk>/poster/", poster.poster_form, name="poster"),
    path("areas/<int:pk>/poster.pdf", poster.poster_pdf, name="poster_pdf"),
    # For organisers
    path("mine/", organiser.mine, name="mine"),
    path("new/", organiser.create, name="create"),
    path("<int:pk>/edit/", organiser.edit, name="edit"),
    path("<int:pk>/texts/<str:language>/", organiser.texts, name="texts"),
    path("<int:pk>/publish/", organiser.publish, name="publish"),
    path("<int:pk>/cancel/", organiser.cancel, name="cancel"),
    path("dates/<int:pk>/cancel/", organiser.cancel_date, name="cancel_date"),
    path("<int:pk>/signups/", organiser.signups, name="signups"),
]
