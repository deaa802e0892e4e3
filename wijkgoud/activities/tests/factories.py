from datetime import time, timedelta

import factory
from django.utils import timezone

from wijkgoud.activities import services
from wijkgoud.activities.models import Activity, ActivityText, Category, Signup
from wijkgoud.core.tests.factories import PlaceFactory, UserFactory


class ActivityFactory(factory.django.DjangoModelFactory):
    """A published weekly activity; its dates are generated after it is made."""

    class Meta:
        model = Activity
        skip_postgeneration_save = True

    class Params:
        draft = factory.Trait(status=Activity.Status.DRAFT)
        once = factory.Trait(repeat=Activity.Repeat.ONCE)

    title = factory.Sequence(lambda n: f"Koffieochtend {n}")
    summary = "Samen koffie drinken en kletsen."
    description = "Iedereen is welkom.\nDe koffie staat klaar."
    category = Category.MEETING
    organiser = factory.SubFactory(UserFactory)
    area = factory.LazyAttribute(lambda o: o.place.area)
    place = factory.SubFactory(PlaceFactory)
    status = Activity.Status.PUBLISHED
    repeat = Activity.Repeat.WEEKLY
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=1))
    start_time = time(10, 0)
    end_time = time(12, 0)
    ends_on = factory.LazyAttribute(lambda o: o.starts_on + timedelta(weeks=7))

    @factory.post_generation
    def dates(self, create, extracted, **kwargs):
        if create:
            services.generate_dates(self)


class ActivityTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActivityText

    activity = factory.SubFactory(ActivityFactory)
    language = "tr"
    title = "Kahve sabahı"  # noqa: RUF001 (Turkish dotless i)
    summary = "Birlikte kahve içip sohbet ediyoruz."
    description = "Herkes davetlidir."


class SignupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signup

    name = factory.Sequence(lambda n: f"Buur {n}")
    email = factory.Sequence(lambda n: f"buur{n}@example.org")
    people = 1
