from django.urls import path

from . import views

app_name = "expenses"
urlpatterns = [
    path("", views.my_costs, name="my_costs"),
    path("pdf/", views.my_costs_pdf, name="my_costs_pdf"),
    path("mode/", views.choose_mode, name="choose_mode"),
    path("new/", views.claim_new, name="claim_new"),
    path("approvals/", views.approvals, name="approvals"),
    path("<int:pk>/", views.claim_detail, name="claim_detail"),
    path("<int:pk>/edit/", views.claim_edit, name="claim_edit"),
    path("<int:pk>/costs/new/", views.line_add, name="line_add"),
    path("<int:pk>/costs/<int:line_pk>/remove/", views.line_remove, name="line_remove"),
    path("<int:pk>/send/", views.claim_submit, name="claim_submit"),
    path("<int:pk>/decide/", views.claim_decide, name="claim_decide"),
    path("receipts/<int:pk>/", views.receipt, name="receipt"),
    path("receipts/<int:pk>/small/", views.receipt, {"thumbnail": True}, name="receipt_thumbnail"),
    path("ask/", views.spending_new, name="spending_new"),
    path("ask/<int:pk>/", views.spending_detail, name="spending_detail"),
    path("ask/<int:pk>/claim/", views.spending_claim, name="spending_claim"),
]
