import factory

from wijkgoud.activities.tests.factories import ActivityFactory
from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.invitations.models import Invitation


class InvitationFactory(factory.django.DjangoModelFactory):
    """An invitation to an activity, waiting for an answer."""

    class Meta:
        model = Invitation

    class Params:
        coffee = factory.Trait(activity=None, coffee_where_when="Bij mij thuis, donderdag 10 uur")
        came = factory.Trait(status=Invitation.Status.CAME, came_first_time=True)
        declined = factory.Trait(status=Invitation.Status.DECLINED)
        no_answer = factory.Trait(status=Invitation.Status.NO_ANSWER)
        not_yet = factory.Trait(
            status=Invitation.Status.NOT_YET,
            remind_on=factory.Faker("date_between", start_date="+1d", end_date="+30d"),
        )

    inviter = factory.SubFactory(UserFactory)
    invitee_name = factory.Sequence(lambda n: f"Buur {n}")
    language = "nl"
    channel = Invitation.Channel.IN_PERSON
    activity = factory.SubFactory(ActivityFactory)
    occurrence = factory.LazyAttribute(
        lambda i: i.activity.occurrences.order_by("starts_at").first() if i.activity else None
    )
