"""Mails about applications, each in the recipient's own language (sent by the task worker)."""

from crontask import cron
from django.core.mail import EmailMessage
from django.db.models import Q
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import RoleAssignment, User
from wijkgoud.core.pdf import render_pdf

from .models import Application, Question


def _send(user: User, subject, template: str, context: dict, attachment=None) -> None:
    with translation.override(user.preferred_language):
        body = render_to_string(template, context | {"user": user})
        message = EmailMessage(subject=str(subject), body=body, to=[user.email])
        if attachment:
            name, make = attachment
            message.attach(name, make(), "application/pdf")
        message.send()


@task
def notify_submitted(application_id: int) -> None:
    """Tell the workers of the area that an application waits for their advice."""
    application = (
        Application.objects.select_related("area", "initiative", "fund")
        .filter(pk=application_id)
        .first()
    )
    if application is None:
        return
    area = application.area
    # One filter() call: the role and its area must be the same role assignment.
    workers = User.objects.filter(
        Q(role_assignments__area=area) | Q(role_assignments__area=area.parent_id),
        is_active=True,
        role_assignments__role=RoleAssignment.Role.WORKER,
    ).distinct()
    for worker in workers:
        _send(
            worker,
            _("An application waits for your advice"),
            "funding/email/submitted.txt",
            {"application": application},
        )


@task
def notify_question(question_id: int) -> None:
    """Tell the applicant there is a question about their application."""
    question = (
        Question.objects.select_related("application__applicant").filter(pk=question_id).first()
    )
    if question is None:
        return
    application = question.application
    _send(
        application.applicant,
        _("A question about your application"),
        "funding/email/question.txt",
        {"application": application, "question": question},
    )


@task
def notify_decision(application_id: int) -> None:
    """Send the applicant the decision, with the decision letter as a PDF."""
    application = (
        Application.objects.select_related("applicant", "fund", "initiative")
        .filter(pk=application_id)
        .first()
    )
    if application is None:
        return
    applicant = application.applicant

    def letter() -> bytes:
        return render_pdf("funding/letter.html", {"application": application})

    _send(
        applicant,
        _("The decision on your application"),
        "funding/email/decision.txt",
        {"application": application},
        attachment=(f"besluit-{application.pk}.pdf", letter),
    )


@cron("30 3 * * *")
@task
def open_ended_accountability() -> None:
    """Daily: the report of every paid grant whose project has ended is now due."""
    from .services import open_ended_accountability as open_due

    open_due()
