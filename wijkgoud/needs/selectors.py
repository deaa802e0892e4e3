"""Reading needs: the worker's inbox, the resident's list, and the matching suggestions."""

from django.db.models import Min, Q
from django.utils import timezone

from wijkgoud.activities.models import Activity, Category
from wijkgoud.core.models import RoleAssignment, User
from wijkgoud.core.permissions import area_ids_where_user_acts

from .models import HelperProfile, Need

S = Need.Status


def worker_areas(user):
    return area_ids_where_user_acts(user, RoleAssignment.Role.WORKER)


def handovers_for(user):
    """Hand-overs waiting for this worker to accept them."""
    return Need.objects.filter(status=S.HANDED_OVER, handed_over_to=user)


def new_public_needs_for(user):
    """New needs neighbours sent to the wijkteam of an area where this user is a worker."""
    return Need.objects.filter(
        status=S.NEW, share_with=Need.Sharing.WIJKTEAM, area__in=worker_areas(user)
    )


def waiting_for(user):
    """The worker's inbox in one query: hand-overs to accept and new needs of their areas."""
    return (
        Need.objects.filter(
            Q(status=S.HANDED_OVER, handed_over_to=user)
            | Q(status=S.NEW, share_with=Need.Sharing.WIJKTEAM, area__in=worker_areas(user))
        )
        .select_related("area", "recorded_by")
        .order_by("created_at", "pk")
    )


def brought_by(user):
    """Needs this person recorded and that are not closed, with their follow-ups."""
    return (
        Need.objects.filter(recorded_by=user, anonymised_at=None)
        .exclude(status=S.CLOSED)
        .select_related("assigned_to", "handed_over_to")
        .order_by("follow_up_on", "-created_at")
    )


def workers_of(area):
    """Who a need of this area can be handed over to: workers of the area or its wijk."""
    held = Q(role_assignments__area=area)
    if area.parent_id:
        held |= Q(role_assignments__area_id=area.parent_id)
    return (
        User.objects.filter(held, role_assignments__role=RoleAssignment.Role.WORKER, is_active=True)
        .distinct()
        .order_by("display_name", "email")
    )


def _near(area) -> Q:
    """The same buurt, or the wijk around it."""
    return Q(area=area) | Q(area_id=area.parent_id) if area.parent_id else Q(area=area)


ACTIVITY_CATEGORIES = set(Category.values)


def suggested_activities(need: Need, limit: int = 5) -> list[Activity]:
    """Published activities with a coming date, near the need's area, in its language,
    of its categories; those on a day that suits the neighbour first. One query."""
    categories = [c for c in need.category_codes if c in ACTIVITY_CATEGORIES]
    activities = (
        Activity.objects.filter(_near(need.area), status=Activity.Status.PUBLISHED)
        .filter(spoken_languages__contains=f",{need.language},")
        .annotate(
            next_at=Min(
                "occurrences__starts_at",
                filter=Q(
                    occurrences__starts_at__gte=timezone.now(), occurrences__cancelled_at=None
                ),
            )
        )
        .filter(next_at__isnull=False)
        .select_related("place")
        .order_by("next_at", "pk")
    )
    if categories:
        activities = activities.filter(category__in=categories)
    found = list(activities[: limit * 3])
    days = set(need.day_codes)
    for activity in found:
        activity.suits_day = str(timezone.localtime(activity.next_at).isoweekday()) in days
    found.sort(key=lambda a: not a.suits_day)  # stable: the soonest first within each group
    return found[:limit]


def suggested_helpers(need: Need, limit: int = 5) -> list[HelperProfile]:
    """Active residents who offered help in the need's language and area; those who help
    with its categories first. One query (areas are not read back)."""
    area_ids = [need.area_id] + ([need.area.parent_id] if need.area.parent_id else [])
    profiles = (
        HelperProfile.objects.filter(
            active=True,
            languages__contains=f",{need.language},",
            areas__in=area_ids,
            user__is_active=True,
        )
        .exclude(user_id__in=[pk for pk in (need.assigned_to_id, need.recorded_by_id) if pk])
        .select_related("user")
        .distinct()
        .order_by("user__display_name", "pk")
    )
    found = list(profiles[: limit * 3])
    wanted = set(need.category_codes)
    found.sort(key=lambda p: -len(wanted & set(p.category_codes)))
    return found[:limit]
