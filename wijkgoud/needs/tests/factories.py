from datetime import timedelta

import factory
from django.utils import timezone

from wijkgoud.core.tests.factories import AreaFactory, UserFactory
from wijkgoud.needs.models import HelperProfile, Need

S = Need.Status


class NeedFactory(factory.django.DjangoModelFactory):
    """A need recorded by an active resident, who works on it; one trait per status."""

    class Meta:
        model = Need

    class Params:
        public = factory.Trait(
            source=Need.Source.PUBLIC,
            recorded_by=None,
            assigned_to=None,
            consent_how=Need.ConsentHow.SELF,
            share_with=Need.Sharing.WIJKTEAM,
            status=S.NEW,
        )
        shared = factory.Trait(share_with=Need.Sharing.WIJKTEAM)
        matched = factory.Trait(status=S.MATCHED)
        handed_over = factory.Trait(
            status=S.HANDED_OVER,
            share_with=Need.Sharing.WIJKTEAM,
            handed_over_to=factory.SubFactory(UserFactory),
            handover_note="Graag samen de brieven bekijken.",
            handed_over_at=factory.LazyFunction(timezone.now),
        )
        resolved = factory.Trait(status=S.RESOLVED)
        closed = factory.Trait(
            status=S.CLOSED, closed_at=factory.LazyFunction(lambda: timezone.now())
        )

    words = "Ik wil graag Nederlands oefenen."
    categories = ",language,"
    area = factory.SubFactory(AreaFactory)
    language = "ar"
    name = "Amina"
    contact_by = Need.ContactBy.PHONE
    phone = "06 12345678"
    source = Need.Source.RECORDED
    recorded_by = factory.SubFactory(UserFactory)
    assigned_to = factory.SelfAttribute("recorded_by")
    consent_given_by = "Amina"
    consent_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=1))
    consent_how = Need.ConsentHow.SPOKEN
    share_with = Need.Sharing.ONLY_ME
    status = S.PICKED_UP


class HelperProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HelperProfile
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    languages = ",nl,ar,"
    categories = ",language,"
    offer = "Ik oefen graag Nederlands met je."
    available = "dinsdagochtend"

    @factory.post_generation
    def areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.areas.set(extracted)


def en(name: str, *args) -> str:
    """The English page's URL: tests read the English texts (msgids)."""
    from django.urls import reverse
    from django.utils import translation

    with translation.override("en"):
        return reverse(name, args=args)
