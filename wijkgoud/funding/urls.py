from django.urls import path

from . import views

app_name = "funding"
urlpatterns = [
    path("money-for-your-idea/", views.money_for_your_idea, name="money_for_your_idea"),
    path("funds/", views.fund_list, name="funds"),
    path("funds/<slug:slug>/", views.fund_detail, name="fund"),
    path("transparency/", views.transparency, name="transparency"),
    path("finder/<int:initiative_pk>/", views.finder, name="finder"),
    path(
        "apply/<int:initiative_pk>/<slug:slug>/",
        views.application_create,
        name="application_create",
    ),
    path("applications/", views.application_list, name="applications"),
    path("applications/<int:pk>/", views.application_detail, name="application"),
    path("applications/<int:pk>/edit/", views.application_edit, name="application_edit"),
    path("applications/<int:pk>/send/", views.application_submit, name="application_submit"),
    path("applications/<int:pk>/review/", views.application_review, name="application_review"),
    path("applications/<int:pk>/advice/", views.application_advise, name="application_advise"),
    path("applications/<int:pk>/question/", views.application_ask, name="application_ask"),
    path("applications/<int:pk>/answer/", views.application_answer, name="application_answer"),
    path("applications/<int:pk>/decide/", views.application_decide, name="application_decide"),
    path("applications/<int:pk>/letter/", views.application_letter, name="application_letter"),
    path(
        "applications/<int:pk>/report/start/",
        views.application_open_accountability,
        name="application_open_accountability",
    ),
    path("applications/<int:pk>/report/", views.application_report, name="application_report"),
    path("applications/<int:pk>/settle/", views.application_settle, name="application_settle"),
    path("payments/<int:pk>/paid/", views.payment_mark_paid, name="payment_paid"),
    path("files/<int:pk>/", views.report_file, name="report_file"),
    path("budgets/", views.budget_list, name="budgets"),
    path("budgets/<int:pk>/", views.budget_detail, name="budget"),
    path("budgets/<int:pk>/edit/", views.budget_edit, name="budget_edit"),
]
