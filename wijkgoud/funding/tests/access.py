"""Funding's rows of the authorization table (see wijkgoud/core/tests/access.py)."""

from django.core.files.base import ContentFile

from wijkgoud.core.tests.access import NOBODY, anyone, only, signed_in
from wijkgoud.funding.models import Application, ReportFile
from wijkgoud.initiatives.tests.factories import InitiativeFactory

from .factories import ApplicationFactory, BudgetFactory, granted_application, samen_sterk

S = Application.Status
TEAM_AND_AREA = only("active_resident", "worker", "budget_holder", "admin")
POST_ONLY = signed_in(405)  # a GET is refused; who may POST is tested in test_views.py

ACCESS = {
    "funding:money_for_your_idea": anyone(),
    "funding:funds": anyone(),
    "funding:fund": anyone(),
    "funding:transparency": anyone(),
    "funding:finder": TEAM_AND_AREA,
    "funding:application_create": only("active_resident"),
    "funding:applications": signed_in(),
    "funding:application": TEAM_AND_AREA,
    "funding:application_edit": only("active_resident"),
    "funding:application_submit": only("active_resident"),
    "funding:application_review": POST_ONLY,
    "funding:application_advise": only("worker"),
    "funding:application_ask": only("worker", "budget_holder"),
    "funding:application_answer": only("active_resident"),
    "funding:application_decide": only("budget_holder"),
    "funding:application_letter": TEAM_AND_AREA,
    "funding:application_open_accountability": POST_ONLY,
    "funding:application_report": only("active_resident"),
    "funding:application_settle": only("budget_holder"),
    "funding:payment_paid": POST_ONLY,
    "funding:report_file": TEAM_AND_AREA,
    "funding:budgets": only("budget_holder", "admin"),
    "funding:budget": only("budget_holder", "admin"),
    "funding:budget_edit": only("budget_holder", "admin"),
    # applications change only through their own pages, also for the admin
    "admin:funding_application_add": NOBODY,
    "admin:funding_application_delete": NOBODY,
}


def world(people, almere_haven) -> dict:
    """An initiative of the active resident in De Werven, with an application in each state."""
    resident = people["active_resident"]
    initiative = InitiativeFactory(
        owner=resident, areas=[almere_haven.children.get(cbs_code="BU00340102")], plan=True
    )

    def application(**kwargs):
        return ApplicationFactory(initiative=initiative, **kwargs)

    def granted(status):
        return granted_application(status, initiative=initiative, decider=people["budget_holder"])

    accounted = granted(S.ACCOUNTED)
    report_file = ReportFile.objects.create(
        application=accounted,
        kind=ReportFile.Kind.RECEIPT,
        file=ContentFile(b"%PDF-1.4 receipt", name="bon.pdf"),
    )
    return {
        "funding_initiative": initiative,
        "fund": samen_sterk(),
        "draft": application(),
        "advised": application(advised=True, advisor=people["worker"]),
        "questions": application(questions=True),
        "granted": granted(S.GRANTED),
        "accountability_due": granted(S.ACCOUNTABILITY_DUE),
        "accounted": accounted,
        "report_file": report_file,
        "budget": BudgetFactory(area=almere_haven),
    }


EXAMPLE_KWARGS = {
    "funding:fund": lambda w: {"slug": w["fund"].slug},
    "funding:finder": lambda w: {"initiative_pk": w["funding_initiative"].pk},
    "funding:application_create": lambda w: {
        "initiative_pk": w["funding_initiative"].pk,
        "slug": w["fund"].slug,
    },
    "funding:application": lambda w: {"pk": w["advised"].pk},
    "funding:application_edit": lambda w: {"pk": w["draft"].pk},
    "funding:application_submit": lambda w: {"pk": w["draft"].pk},
    "funding:application_review": lambda w: {"pk": w["advised"].pk},
    "funding:application_advise": lambda w: {"pk": w["advised"].pk},
    "funding:application_ask": lambda w: {"pk": w["advised"].pk},
    "funding:application_answer": lambda w: {"pk": w["questions"].pk},
    "funding:application_decide": lambda w: {"pk": w["advised"].pk},
    "funding:application_letter": lambda w: {"pk": w["granted"].pk},
    "funding:application_open_accountability": lambda w: {"pk": w["granted"].pk},
    "funding:application_report": lambda w: {"pk": w["accountability_due"].pk},
    "funding:application_settle": lambda w: {"pk": w["accounted"].pk},
    "funding:payment_paid": lambda w: {"pk": w["granted"].payments.get().pk},
    "funding:report_file": lambda w: {"pk": w["report_file"].pk},
    "funding:budget": lambda w: {"pk": w["budget"].pk},
    "funding:budget_edit": lambda w: {"pk": w["budget"].pk},
}
