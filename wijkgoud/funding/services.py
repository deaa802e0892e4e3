"""Every change to an application, a budget and a grant payment.

draft → submitted → in review ⇄ questions → granted / rejected → advance paid →
accountability due → accounted → settled

Every move passes ensure_move(…, MOVES) and writes an AuditEvent. Money rules: a grant
locks its budget row (select_for_update) and never pushes `committed` above the total;
who advises never decides; nobody decides on their own application.
"""

from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import RoleAssignment, User
from wijkgoud.core.permissions import acts_in
from wijkgoud.core.services import WorkflowError, ensure_move, record_event
from wijkgoud.initiatives.models import Initiative, PlanSection
from wijkgoud.initiatives.permissions import is_in_initiative_team
from wijkgoud.payouts.services import make_payable

from .models import Application, Budget, Fund, Payment, Question

Status = Application.Status
Role = RoleAssignment.Role

MOVES: dict[str, set[str]] = {
    Status.DRAFT: {Status.SUBMITTED},
    Status.SUBMITTED: {Status.IN_REVIEW},
    Status.IN_REVIEW: {Status.QUESTIONS, Status.GRANTED, Status.REJECTED},
    Status.QUESTIONS: {Status.IN_REVIEW},
    Status.GRANTED: {Status.ADVANCE_PAID},
    Status.REJECTED: set(),
    Status.ADVANCE_PAID: {Status.ACCOUNTABILITY_DUE},
    Status.ACCOUNTABILITY_DUE: {Status.ACCOUNTED},
    Status.ACCOUNTED: {Status.SETTLED},
    Status.SETTLED: set(),
}

ACCOUNTABILITY_AFTER_END = relativedelta(months=3)
ZERO = Decimal("0.00")


def euros(amount: Decimal) -> str:
    return "€ " + number_format(amount, decimal_pos=2, use_l10n=True, force_grouping=True)


def default_accountability_date(application: Application) -> date:
    """The report is due 3 months after the end of the project."""
    return application.ends_on + ACCOUNTABILITY_AFTER_END


def _locked(application: Application) -> Application:
    return Application.objects.select_for_update().get(pk=application.pk)


def _move(application: Application, target: str, *, actor: User, data: dict | None = None):
    ensure_move(application, target, MOVES)
    application.status = target
    record_event(application, f"application.{target}", actor=actor, data=data)


def _in_team(user: User, application: Application) -> bool:
    return application.applicant_id == user.pk or is_in_initiative_team(
        user, application.initiative
    )


def _require(condition: bool, message) -> None:
    if not condition:
        raise WorkflowError(message, code="not_allowed")


def plan_summary(initiative: Initiative) -> str:
    """The plan's written sections as one text, the start of an application."""
    texts = initiative.section_texts()
    labels = dict(PlanSection.Key.choices)
    return "\n\n".join(f"{labels[key]}\n{text}" for key, text in texts.items() if text.strip())


@transaction.atomic
def create_application(initiative: Initiative, fund: Fund, *, actor: User, **fields) -> Application:
    """A draft, filled in from the plan; only a fund managed in Wijkgoud takes one here."""
    _require(fund.is_managed, _("Apply for this fund on its own website."))
    _require(is_in_initiative_team(actor, initiative), _("Only the team can apply."))
    application = Application(initiative=initiative, fund=fund, applicant=actor, **fields)
    if not application.area_id:
        application.area = initiative.areas.order_by("pk").first()
    application.full_clean()
    application.save()
    record_event(application, "application.created", actor=actor)
    return application


@transaction.atomic
def change_draft(application: Application, *, actor: User, **fields) -> Application:
    """The team changes its draft; once sent in, it stays as it was sent."""
    application = _locked(application)
    _require(_in_team(actor, application), _("Only the team can change this."))
    _require(application.status == Status.DRAFT, _("Only a draft can be changed."))
    for name, value in fields.items():
        setattr(application, name, value)
    application.full_clean()
    application.save()
    record_event(application, "application.changed", actor=actor)
    return application


@transaction.atomic
def submit_application(application: Application, *, actor: User) -> Application:
    """Send the draft to the neighbourhood team of its area."""
    application = _locked(application)
    _require(_in_team(actor, application), _("Only the team can send this in."))
    _require(
        application.starts_on >= timezone.localdate(),
        _("The start date has passed. Choose a new start date first."),
    )
    _move(application, Status.SUBMITTED, actor=actor)
    application.submitted_at = timezone.now()
    application.save(update_fields=["status", "submitted_at"])
    from .tasks import notify_submitted

    transaction.on_commit(lambda: notify_submitted.enqueue(application.pk))
    return application


@transaction.atomic
def start_review(application: Application, *, actor: User) -> Application:
    """A worker of the area takes the application up and will advise on it."""
    application = _locked(application)
    _require(acts_in(actor, application.area, Role.WORKER), _("Only a worker of this area can."))
    _require(not _in_team(actor, application), _("You cannot advise on your own application."))
    _move(application, Status.IN_REVIEW, actor=actor)
    application.advisor = actor
    application.save(update_fields=["status", "advisor"])
    return application


@transaction.atomic
def give_advice(application: Application, *, advice: str, text: str, actor: User) -> Application:
    """The worker's advice to the budget holder; it can be changed until the decision."""
    application = _locked(application)
    _require(
        application.status == Status.IN_REVIEW,
        _("Advice can only be given while the application is being looked at."),
    )
    _require(acts_in(actor, application.area, Role.WORKER), _("Only a worker of this area can."))
    _require(not _in_team(actor, application), _("You cannot advise on your own application."))
    application.advisor, application.advice, application.advice_text = actor, advice, text
    application.advised_at = timezone.now()
    application.save(update_fields=["advisor", "advice", "advice_text", "advised_at"])
    record_event(application, "application.advised", actor=actor, data={"advice": advice})
    return application


@transaction.atomic
def ask_question(application: Application, *, text: str, actor: User) -> Question:
    """A worker or budget holder asks the applicant something; the review waits for the answer."""
    application = _locked(application)
    _require(
        acts_in(actor, application.area, Role.WORKER, Role.BUDGET_HOLDER),
        _("Only a worker or budget holder of this area can ask."),
    )
    _move(application, Status.QUESTIONS, actor=actor)
    application.save(update_fields=["status"])
    question = Question.objects.create(application=application, asked_by=actor, text=text)
    from .tasks import notify_question

    transaction.on_commit(lambda: notify_question.enqueue(question.pk))
    return question


@transaction.atomic
def answer_question(application: Application, *, answer: str, actor: User) -> Application:
    """The team answers the open question; the review goes on."""
    application = _locked(application)
    _require(_in_team(actor, application), _("Only the team can answer."))
    question = application.questions.filter(answered_at__isnull=True).last()
    _move(application, Status.IN_REVIEW, actor=actor)
    application.save(update_fields=["status"])
    if question:
        question.answer, question.answered_by = answer, actor
        question.answered_at = timezone.now()
        question.save(update_fields=["answer", "answered_by", "answered_at"])
    return application


def budget_for(application: Application, year: int) -> Budget | None:
    """The most specific budget of the fund for this year: the area, its wijk, or all areas."""
    area = application.area
    budgets = Budget.objects.filter(fund=application.fund_id, year=year).filter(
        Q(area=area) | Q(area=area.parent_id) | Q(area__isnull=True)
    )
    order = {area.pk: 0, area.parent_id: 1, None: 2}
    return min(budgets, key=lambda budget: order[budget.area_id], default=None)


def _check_decider(application: Application, actor: User) -> None:
    _require(
        acts_in(actor, application.area, Role.BUDGET_HOLDER),
        _("Only a budget holder of this area can decide."),
    )
    _require(not _in_team(actor, application), _("You cannot decide on your own application."))
    _require(application.advised_at is not None, _("First a worker gives advice."))
    _require(
        application.advisor_id != actor.pk,
        _("You gave the advice, so someone else decides."),
    )


@transaction.atomic
def grant_application(
    application: Application,
    *,
    amount: Decimal,
    conditions: str = "",
    reasons: str = "",
    accountability_due_on: date | None = None,
    actor: User,
) -> Application:
    """Grant all or part of the amount asked; the money is reserved in the budget at once.
    `reasons` say why only part (the letter gives them)."""
    application = _locked(application)
    ensure_move(application, Status.GRANTED, MOVES)
    _check_decider(application, actor)
    _require(amount > 0, _("The amount must be more than € 0."))
    _require(
        amount <= application.amount_asked,
        _("You cannot grant more than was asked (%(asked)s).")
        % {"asked": euros(application.amount_asked)},
    )
    due = accountability_due_on or default_accountability_date(application)
    _require(due > timezone.localdate(), _("The date for the report must be in the future."))
    found = budget_for(application, timezone.localdate().year)
    _require(found is not None, _("There is no budget of this fund for this year."))
    # The lock makes a second budget holder wait until this decision is written.
    budget = Budget.objects.select_for_update().get(pk=found.pk)
    _require(
        budget.committed + amount <= budget.total,
        _("The budget has only %(left)s left.") % {"left": euros(budget.available)},
    )
    budget.committed += amount
    budget.save(update_fields=["committed"])
    _move(application, Status.GRANTED, actor=actor, data={"amount": str(amount)})
    application.budget, application.amount_granted = budget, amount
    application.conditions, application.accountability_due_on = conditions, due
    application.reasons = reasons
    application.decided_by, application.decided_at = actor, timezone.now()
    application.save()
    add_payment(application, Payment.Kind.ADVANCE, amount, actor=actor)
    _notify_decision(application)
    return application


@transaction.atomic
def reject_application(application: Application, *, reasons: str, actor: User) -> Application:
    """Say no, with the reasons in plain words."""
    application = _locked(application)
    ensure_move(application, Status.REJECTED, MOVES)
    _check_decider(application, actor)
    _require(bool(reasons.strip()), _("Write why the application is rejected."))
    _move(application, Status.REJECTED, actor=actor)
    application.reasons = reasons
    application.decided_by, application.decided_at = actor, timezone.now()
    application.save(update_fields=["status", "reasons", "decided_by", "decided_at"])
    _notify_decision(application)
    return application


def _notify_decision(application: Application) -> None:
    from .tasks import notify_decision

    transaction.on_commit(lambda: notify_decision.enqueue(application.pk))


def add_payment(
    application: Application, kind: str, amount: Decimal, *, actor: User | None
) -> Payment:
    """A payment of the grant. Money to the applicant waits for a payout batch (the payouts
    app pays it once and then calls Payment.mark_paid); money paid back is marked by hand."""
    payment = Payment.objects.create(
        application=application,
        kind=kind,
        amount=amount,
        payee_name=application.account_holder,
        iban=application.iban,
    )
    if kind != Payment.Kind.REPAYMENT:
        make_payable(
            payment,
            amount=amount,
            payee_name=application.account_holder,
            iban=application.iban,
            description=f"{application.fund.name}: {application.initiative.title}"[:140],
            actor=actor,
            area=application.area,
        )
    return payment


@transaction.atomic
def mark_payment_paid(payment: Payment, *, actor: User | None) -> Payment:
    """The bank has paid. Paid once: a second call changes nothing and records nothing."""
    payment = Payment.objects.select_for_update().get(pk=payment.pk)
    if payment.status == Payment.Status.PAID:
        return payment
    application = _locked(payment.application)
    if actor is not None and actor.is_authenticated:
        _require(not _in_team(actor, application), _("You cannot pay out your own application."))
    payment.status, payment.paid_at = Payment.Status.PAID, timezone.now()
    payment.paid_by = actor if actor is not None and actor.is_authenticated else None
    payment.save(update_fields=["status", "paid_at", "paid_by"])
    record_event(
        payment,
        "payment.paid",
        actor=actor,
        data={"kind": payment.kind, "amount": str(payment.amount)},
    )
    if payment.kind == Payment.Kind.ADVANCE and application.status == Status.GRANTED:
        _move(application, Status.ADVANCE_PAID, actor=actor)
        application.save(update_fields=["status"])
    return payment


@transaction.atomic
def open_accountability(application: Application, *, actor: User | None) -> Application:
    """The project has ended (or the team says it is done): now the report is due."""
    application = _locked(application)
    if actor is not None:
        _require(_in_team(actor, application), _("Only the team can do this."))
    _move(application, Status.ACCOUNTABILITY_DUE, actor=actor)
    application.save(update_fields=["status"])
    return application


def open_ended_accountability() -> int:
    """Daily: every paid grant whose project has ended now owes its report. Returns how many."""
    ended = Application.objects.filter(status=Status.ADVANCE_PAID, ends_on__lt=timezone.localdate())
    count = 0
    for application in ended.iterator():
        open_accountability(application, actor=None)
        count += 1
    return count


@transaction.atomic
def submit_report(
    application: Application,
    *,
    amount_spent: Decimal,
    report: str,
    files: list[tuple[str, object]] = (),
    actor: User,
) -> Application:
    """The team shows what was spent and done: the amount, a short report, receipts, photos."""
    application = _locked(application)
    _require(_in_team(actor, application), _("Only the team can send the report."))
    _require(amount_spent >= 0, _("The amount cannot be below € 0."))
    _move(application, Status.ACCOUNTED, actor=actor, data={"amount_spent": str(amount_spent)})
    application.amount_spent, application.report = amount_spent, report
    application.accounted_at = timezone.now()
    application.save(update_fields=["status", "amount_spent", "report", "accounted_at"])
    for kind, file in files:
        application.files.create(kind=kind, file=file, uploaded_by=actor)
    return application


@transaction.atomic
def settle_application(application: Application, *, actor: User) -> Application:
    """Close the grant: what was not spent goes back into the budget and is paid back,
    what was spent above the advance (up to the grant) is paid out."""
    application = _locked(application)
    ensure_move(application, Status.SETTLED, MOVES)
    _require(
        acts_in(actor, application.area, Role.BUDGET_HOLDER),
        _("Only a budget holder of this area can settle."),
    )
    _require(not _in_team(actor, application), _("You cannot settle your own application."))
    used = min(application.amount_spent, application.amount_granted)
    advanced = sum(
        (p.amount for p in application.payments.filter(kind=Payment.Kind.ADVANCE, status="paid")),
        ZERO,
    )
    budget = Budget.objects.select_for_update().get(pk=application.budget_id)
    budget.committed -= application.amount_granted - used
    budget.save(update_fields=["committed"])
    kind = Payment.Kind.SETTLEMENT if used > advanced else Payment.Kind.REPAYMENT
    if used != advanced:
        add_payment(application, kind, abs(used - advanced), actor=actor)
    _move(application, Status.SETTLED, actor=actor, data={"used": str(used)})
    application.settled_at = timezone.now()
    application.save(update_fields=["status", "settled_at"])
    return application


@transaction.atomic
def change_budget_total(budget: Budget, *, total: Decimal, actor: User) -> Budget:
    """A new total, never below what is already promised."""
    budget = Budget.objects.select_for_update().get(pk=budget.pk)
    _require(
        total >= budget.committed,
        _("The total cannot be below what is already promised (%(committed)s).")
        % {"committed": euros(budget.committed)},
    )
    record_event(
        budget,
        "budget.total_changed",
        actor=actor,
        data={"from": str(budget.total), "to": str(total)},
    )
    budget.total = total
    budget.save(update_fields=["total"])
    return budget
