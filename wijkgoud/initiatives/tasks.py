from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from .models import SectionFeedback


@task
def send_feedback_mail(feedback_id: int) -> None:
    """Tell the owner, in their own language, that a worker gave feedback on their plan."""
    feedback = (
        SectionFeedback.objects.select_related("section__initiative__owner", "author")
        .filter(pk=feedback_id)
        .first()
    )
    if feedback is None:
        return
    owner = feedback.section.initiative.owner
    with translation.override(owner.preferred_language):
        body = render_to_string(
            "initiatives/email/feedback.txt", {"feedback": feedback, "owner": owner}
        )
        subject = _("Feedback on your plan “%(title)s”") % {
            "title": feedback.section.initiative.title
        }
        EmailMessage(subject=subject, body=body, to=[owner.email]).send()
