"""Who may do what with an application and a budget (rules predicates).

The team (applicant, owner, members) writes and answers; workers of the area advise and ask;
budget holders of the area ask, decide, pay and settle; nobody acts on their own
application. Visibility itself is Application.objects.visible_to (others get a 404)."""

import rules

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.permissions import acts_in, is_admin, is_budget_holder
from wijkgoud.initiatives.permissions import is_in_initiative_team

from .models import Application

Role = RoleAssignment.Role
Status = Application.Status


@rules.predicate
def is_in_team(user, application) -> bool:
    return user.is_authenticated and (
        application.applicant_id == user.pk or is_in_initiative_team(user, application.initiative)
    )


@rules.predicate
def is_area_worker(user, application) -> bool:
    return user.is_authenticated and acts_in(user, application.area, Role.WORKER)


@rules.predicate
def is_area_budget_holder(user, application) -> bool:
    return user.is_authenticated and acts_in(user, application.area, Role.BUDGET_HOLDER)


def status_in(*statuses):
    @rules.predicate
    def predicate(user, application) -> bool:
        return application.status in statuses

    return predicate


@rules.predicate
def is_advisor(user, application) -> bool:
    return application.advisor_id == user.pk


@rules.predicate
def has_advice(user, application) -> bool:
    return application.advised_at is not None


can_view_application = is_in_team | is_area_worker | is_area_budget_holder | is_admin
can_change_application = is_in_team & status_in(Status.DRAFT)
can_start_review = is_area_worker & ~is_in_team & status_in(Status.SUBMITTED)
can_advise = is_area_worker & ~is_in_team & status_in(Status.IN_REVIEW)
can_ask_question = (
    (is_area_worker | is_area_budget_holder) & ~is_in_team & status_in(Status.IN_REVIEW)
)
can_answer = is_in_team & status_in(Status.QUESTIONS)
can_decide = (
    is_area_budget_holder & ~is_in_team & ~is_advisor & has_advice & status_in(Status.IN_REVIEW)
)
can_see_letter = can_view_application & status_in(
    Status.GRANTED,
    Status.REJECTED,
    Status.ADVANCE_PAID,
    Status.ACCOUNTABILITY_DUE,
    Status.ACCOUNTED,
    Status.SETTLED,
)
can_open_accountability = is_in_team & status_in(Status.ADVANCE_PAID)
can_report = is_in_team & status_in(Status.ACCOUNTABILITY_DUE)
can_settle = is_area_budget_holder & ~is_in_team & status_in(Status.ACCOUNTED)
can_mark_paid = is_area_budget_holder & ~is_in_team
can_see_money = is_in_team | is_area_budget_holder | is_admin
can_view_budgets = is_budget_holder | is_admin

# What the application page offers, by name (templates: can.decide and so on).
ACTIONS = {
    "change_application": can_change_application,
    "start_review": can_start_review,
    "advise": can_advise,
    "ask_question": can_ask_question,
    "answer_question": can_answer,
    "decide": can_decide,
    "view_letter": can_see_letter,
    "open_accountability": can_open_accountability,
    "report": can_report,
    "settle": can_settle,
    "mark_paid": can_mark_paid,
}

rules.add_perm("funding.view_application", can_view_application)
rules.add_perm("funding.change_application", can_change_application)
rules.add_perm("funding.start_review", can_start_review)
rules.add_perm("funding.advise", can_advise)
rules.add_perm("funding.ask_question", can_ask_question)
rules.add_perm("funding.answer_question", can_answer)
rules.add_perm("funding.decide", can_decide)
rules.add_perm("funding.view_letter", can_see_letter)
rules.add_perm("funding.open_accountability", can_open_accountability)
rules.add_perm("funding.report", can_report)
rules.add_perm("funding.settle", can_settle)
rules.add_perm("funding.mark_paid", can_mark_paid)
rules.add_perm("funding.view_budgets", can_view_budgets)
