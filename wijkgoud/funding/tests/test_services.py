"""The grant cycle through its services: who may move it, what the money does, what is logged."""

from datetime import timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from pypdf import PdfReader

from wijkgoud.core.models import AuditEvent, RoleAssignment, User
from wijkgoud.core.services import WorkflowError
from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.funding import services
from wijkgoud.funding.models import Application, Budget, Payment

from .factories import ApplicationFactory, BudgetFactory, granted_application

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]
S = Application.Status
Role = RoleAssignment.Role


@pytest.fixture(autouse=True)
def _english():
    """Refusals are read in English here; mails still go out in the recipient's language."""
    with translation.override("en"):
        yield


def actions(obj) -> list[str]:
    return list(
        AuditEvent.objects.filter(object_id=str(obj.pk), content_type__model=obj._meta.model_name)
        .order_by("pk")
        .values_list("action", flat=True)
    )


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


@pytest.fixture
def draft(initiative, fund, active_resident):
    return services.create_application(
        initiative,
        fund,
        actor=active_resident,
        amount_asked=Decimal("800"),
        summary=services.plan_summary(initiative),
        starts_on=initiative.starts_on,
        ends_on=initiative.ends_on,
        iban="NL91 ABNA 0417 1643 00",
        account_holder="F. El Amrani",
    )


@pytest.fixture
def advised(draft, active_resident, worker):
    services.submit_application(draft, actor=active_resident)
    services.start_review(draft, actor=worker)
    return services.give_advice(draft, advice="grant_part", text="Goed plan.", actor=worker)


def test_a_draft_is_built_from_the_plan(draft, de_werven):
    assert draft.status == S.DRAFT
    assert draft.area == de_werven
    assert "Elke week wandelen we samen." in draft.summary
    assert actions(draft) == ["application.created"]


def test_only_the_team_can_apply(initiative, fund, outsider):
    with pytest.raises(WorkflowError):
        services.create_application(initiative, fund, actor=outsider, amount_asked=Decimal("1"))


def test_an_external_fund_takes_no_application_here(initiative, active_resident):
    from wijkgoud.funding.models import Fund

    wijkbudget = Fund.objects.get(slug="almere-wijkbudget")
    with pytest.raises(WorkflowError, match="website"):
        services.create_application(initiative, wijkbudget, actor=active_resident)


def test_sending_in_tells_the_workers_of_the_area_in_their_language(
    draft, active_resident, worker, immediate_tasks, mailoutbox, django_capture_on_commit_callbacks
):
    worker.preferred_language = "en"
    worker.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_application(draft, actor=active_resident)
    draft.refresh_from_db()
    assert draft.status == S.SUBMITTED and draft.submitted_at
    assert [m.to for m in mailoutbox] == [[worker.email]]
    assert mailoutbox[0].subject == "An application waits for your advice"
    assert "Samen wandelen" in mailoutbox[0].body


def test_a_start_date_in_the_past_cannot_be_sent_in(draft, active_resident):
    Application.objects.filter(pk=draft.pk).update(
        starts_on=timezone.localdate() - timedelta(days=1)
    )
    draft.refresh_from_db()
    with pytest.raises(WorkflowError, match="start date has passed"):
        services.submit_application(draft, actor=active_resident)


def test_only_a_worker_of_the_area_takes_it_up(draft, active_resident, budget_holder):
    services.submit_application(draft, actor=active_resident)
    with pytest.raises(WorkflowError):
        services.start_review(draft, actor=budget_holder)
    draft.refresh_from_db()
    assert draft.status == S.SUBMITTED


def test_a_worker_of_another_area_cannot_take_it_up(draft, active_resident):
    from wijkgoud.core.tests.factories import AreaFactory

    other = UserFactory(roles=[(Role.WORKER, AreaFactory())])
    services.submit_application(draft, actor=active_resident)
    with pytest.raises(WorkflowError, match="worker of this area"):
        services.start_review(draft, actor=other)


def test_a_question_goes_to_the_applicant_and_the_answer_resumes_the_review(
    draft, active_resident, worker, immediate_tasks, mailoutbox, django_capture_on_commit_callbacks
):
    services.submit_application(draft, actor=active_resident)
    services.start_review(draft, actor=worker)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.ask_question(draft, text="Hoeveel buren doen mee?", actor=worker)
    draft.refresh_from_db()
    assert draft.status == S.QUESTIONS
    assert mailoutbox[0].to == [active_resident.email]
    assert "Hoeveel buren doen mee?" in mailoutbox[0].body
    assert mailoutbox[0].subject == "Een vraag over je aanvraag"
    services.answer_question(draft, answer="Ongeveer twaalf.", actor=active_resident)
    draft.refresh_from_db()
    assert draft.status == S.IN_REVIEW
    assert draft.questions.get().answer == "Ongeveer twaalf."


def test_a_partial_grant_reserves_the_money_and_sends_the_letter(
    advised, budget_holder, budget, immediate_tasks, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.grant_application(
            advised, amount=Decimal("600"), conditions="Stuur foto's.", actor=budget_holder
        )
    advised.refresh_from_db()
    budget.refresh_from_db()
    assert advised.status == S.GRANTED and advised.is_partial
    assert advised.budget == budget and budget.committed == Decimal("600")
    assert advised.accountability_due_on == advised.ends_on + services.ACCOUNTABILITY_AFTER_END
    payment = advised.payments.get()
    assert (payment.kind, payment.status, payment.amount) == ("advance", "to_be_paid", 600)
    letter = mailoutbox[-1]
    assert letter.to == [advised.applicant.email]
    _name, content, mimetype = letter.attachments[0]
    assert mimetype == "application/pdf"
    assert "600,00" in pdf_text(content)
    assert actions(advised)[-1] == "application.granted"


def test_a_grant_above_the_amount_asked_is_refused(advised, budget_holder, budget):
    with pytest.raises(WorkflowError, match="more than was asked"):
        services.grant_application(advised, amount=Decimal("800.01"), actor=budget_holder)


def test_a_grant_above_what_is_left_in_the_budget_is_refused(advised, budget_holder, budget):
    Budget.objects.filter(pk=budget.pk).update(committed=Decimal("4500"))
    with pytest.raises(WorkflowError, match=r"only € 500\.00 left"):
        services.grant_application(advised, amount=Decimal("600"), actor=budget_holder)
    budget.refresh_from_db()
    assert budget.committed == Decimal("4500")


def test_a_report_date_in_the_past_is_refused(advised, budget_holder, budget):
    with pytest.raises(WorkflowError, match="future"):
        services.grant_application(
            advised,
            amount=Decimal("100"),
            accountability_due_on=timezone.localdate() - timedelta(days=1),
            actor=budget_holder,
        )


def test_without_a_budget_there_is_no_grant(advised, budget_holder):
    with pytest.raises(WorkflowError, match="no budget"):
        services.grant_application(advised, amount=Decimal("100"), actor=budget_holder)


def test_the_advisor_never_decides(advised, worker, almere_haven, budget):
    RoleAssignment.objects.create(user=worker, role=Role.BUDGET_HOLDER, area=almere_haven)
    worker = User.objects.get(pk=worker.pk)  # roles are read once per request: a new one
    with pytest.raises(WorkflowError, match="someone else decides"):
        services.grant_application(advised, amount=Decimal("100"), actor=worker)


def test_nobody_decides_on_their_own_application(advised, active_resident, de_werven, budget):
    RoleAssignment.objects.create(user=active_resident, role=Role.BUDGET_HOLDER, area=de_werven)
    with pytest.raises(WorkflowError, match="your own"):
        services.grant_application(advised, amount=Decimal("100"), actor=active_resident)


def test_no_decision_before_the_advice(draft, active_resident, worker, budget_holder, budget):
    services.submit_application(draft, actor=active_resident)
    services.start_review(draft, actor=worker)
    with pytest.raises(WorkflowError, match="advice"):
        services.grant_application(draft, amount=Decimal("100"), actor=budget_holder)


def test_a_rejection_needs_reasons(advised, budget_holder):
    with pytest.raises(WorkflowError, match="why"):
        services.reject_application(advised, reasons="  ", actor=budget_holder)
    services.reject_application(advised, reasons="Eenmalig feest.", actor=budget_holder)
    advised.refresh_from_db()
    assert advised.status == S.REJECTED


def test_a_payment_is_paid_once(budget_holder):
    application = granted_application()
    payment = application.payments.get()
    payment.mark_paid(actor=budget_holder)
    payment.mark_paid(actor=budget_holder)
    payment.refresh_from_db()
    application.refresh_from_db()
    assert payment.status == "paid" and payment.paid_by == budget_holder
    assert actions(payment) == ["payment.paid"]
    assert application.status == S.ADVANCE_PAID
    assert actions(application).count("application.advance_paid") == 1


def test_the_applicant_cannot_pay_out_their_own_grant():
    application = granted_application()
    with pytest.raises(WorkflowError):
        application.payments.get().mark_paid(actor=application.applicant)


def test_the_cycle_ends_with_unspent_money_paid_back(budget_holder):
    application = granted_application(S.ADVANCE_PAID)
    applicant = application.applicant
    services.open_accountability(application, actor=applicant)
    services.submit_report(
        application, amount_spent=Decimal("450"), report="Het ging goed.", actor=applicant
    )
    services.settle_application(application, actor=budget_holder)
    application.refresh_from_db()
    assert application.status == S.SETTLED
    repayment = application.payments.get(kind=Payment.Kind.REPAYMENT)
    assert repayment.amount == Decimal("150") and repayment.status == "to_be_paid"
    assert application.budget.committed == Decimal("450")


def test_a_budget_total_below_what_is_promised_is_refused(budget, budget_holder):
    Budget.objects.filter(pk=budget.pk).update(committed=Decimal("3000"))
    with pytest.raises(WorkflowError, match="already promised"):
        services.change_budget_total(budget, total=Decimal("2999.99"), actor=budget_holder)
    services.change_budget_total(budget, total=Decimal("3000"), actor=budget_holder)
    budget.refresh_from_db()
    assert budget.total == Decimal("3000")
    assert actions(budget) == ["budget.total_changed"]


# The database keeps the money rules even when code forgets them.


def test_the_database_refuses_an_overdrawn_budget():
    budget = BudgetFactory(total=Decimal("100"))
    with pytest.raises(IntegrityError), transaction.atomic():
        Budget.objects.filter(pk=budget.pk).update(committed=Decimal("100.01"))


def test_the_database_refuses_a_grant_above_the_amount_asked():
    application = granted_application()
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=application.pk).update(amount_granted=Decimal("800.01"))


def test_the_database_refuses_an_advisor_who_decides():
    application = granted_application()
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=application.pk).update(decided_by=application.advisor)


def test_the_database_refuses_a_decider_who_applied():
    application = granted_application()
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=application.pk).update(decided_by=application.applicant)


def test_the_database_refuses_an_amount_of_zero():
    with pytest.raises(IntegrityError), transaction.atomic():
        ApplicationFactory(amount_asked=Decimal("0"))


def test_the_database_refuses_a_second_advance():
    application = granted_application()
    with pytest.raises(IntegrityError), transaction.atomic():
        Payment.objects.create(
            application=application,
            kind="advance",
            amount=1,
            payee_name="x",
            iban="NL91ABNA0417164300",
        )


def test_only_workers_of_the_area_get_the_mail(
    draft, active_resident, worker, immediate_tasks, mailoutbox, django_capture_on_commit_callbacks
):
    from wijkgoud.core.tests.factories import AreaFactory

    # A worker elsewhere who lives in De Werven as an active resident is not told.
    UserFactory(
        roles=[(Role.WORKER, AreaFactory()), (Role.ACTIVE_RESIDENT, draft.area)],
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_application(draft, actor=active_resident)
    assert [m.to for m in mailoutbox] == [[worker.email]]


def test_a_draft_can_be_changed_by_the_team_and_not_after_sending(draft, active_resident):
    services.change_draft(draft, actor=active_resident, amount_asked=Decimal("750"))
    draft.refresh_from_db()
    assert draft.amount_asked == Decimal("750")
    assert actions(draft)[-1] == "application.changed"
    services.submit_application(draft, actor=active_resident)
    with pytest.raises(WorkflowError, match="Only a draft"):
        services.change_draft(draft, actor=active_resident, amount_asked=Decimal("5"))
