from datetime import timedelta

import factory
from django.utils import timezone

from wijkgoud.core.tests.factories import AreaFactory, PlaceFactory, UserFactory
from wijkgoud.meetings.models import ActionItem, Idea, Lesson, Meeting, Series, Signup


class SeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Series

    title = factory.Sequence(lambda n: f"Keukenbezoeken {n}")
    created_by = factory.SubFactory(UserFactory)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    kind = Meeting.Kind.KITCHEN_VISIT
    title = factory.Sequence(lambda n: f"Kijken in de keuken {n}")
    host = factory.SubFactory(UserFactory)
    area = factory.SubFactory(AreaFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda m: m.starts_at + timedelta(hours=2))
    place = factory.SubFactory(PlaceFactory, area=factory.SelfAttribute("..area"))
    what_to_expect = "Koffie, en kijken hoe het taalcafé werkt."

    class Params:
        past = factory.Trait(
            starts_at=factory.LazyFunction(lambda: timezone.now() - timedelta(days=14))
        )


class SignupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signup

    meeting = factory.SubFactory(MeetingFactory)
    user = factory.SubFactory(UserFactory)
    role = Signup.Role.RESIDENT
    added_by = factory.LazyAttribute(lambda s: s.user or s.meeting.host)


class IdeaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Idea

    meeting = factory.SubFactory(MeetingFactory)
    text = factory.Sequence(lambda n: f"Idee {n}: samen koken")


class ActionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionItem

    idea = factory.SubFactory(IdeaFactory)
    what = factory.Sequence(lambda n: f"Actie {n}")
    first_step = "Bel de buurvrouw"
    owner = factory.SubFactory(UserFactory)
    due_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))

    class Params:
        overdue = factory.Trait(
            due_on=factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=3))
        )
        done = factory.Trait(status=ActionItem.Status.DONE, outcome="Gelukt")


class LessonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lesson

    meeting = factory.SubFactory(MeetingFactory)
    text = factory.Sequence(lambda n: f"Les {n}: vraag eerst wat iemand nodig heeft")
