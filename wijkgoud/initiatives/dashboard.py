"""On "My page": an active resident's initiatives with their next step (one query, two when
there are any); for workers, how many plans are in their areas (one query)."""

from django.db.models import Prefetch

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.permissions import area_ids_where_user_acts, is_active_resident, is_worker

from . import services
from .models import Initiative, PlanSection
from .views import money_page_url

Stage = Initiative.Stage
SECTIONS = PlanSection.objects.only("initiative_id", "key", "text", "is_ready")


def sections(request) -> list[dict]:
    user = request.user
    found = []
    if is_active_resident(user):
        mine = list(
            Initiative.objects.of_team(user)
            .with_line_flags()
            .exclude(stage=Stage.FINISHED)
            .prefetch_related(Prefetch("sections", queryset=SECTIONS))
            .order_by("-updated_at", "-pk")[:5]
        )
        items = []
        for initiative in mine:
            states = services.overview(initiative, list(initiative.sections.all()))
            items.append((initiative, services.next_step(initiative, states)))
        found.append(
            {
                "template": "initiatives/includes/dashboard_mine.html",
                "initiative_items": items,
                "can_add_initiative": True,
                "money_url": money_page_url(),
            }
        )
    if is_worker(user):
        areas = area_ids_where_user_acts(user, RoleAssignment.Role.WORKER)
        # Counted on the link table: distinct initiative ids only, no wide rows to sort and
        # compare, and no "pk in (…)" (PostgreSQL then reads each initiative once).
        in_areas = (
            Initiative.areas.through.objects.filter(
                area__in=areas, initiative__stage__in=[Stage.IDEA, Stage.PLAN]
            )
            .values("initiative")
            .distinct()
            .count()
        )
        found.append(
            {"template": "initiatives/includes/dashboard_worker.html", "plan_count": in_areas}
        )
    return found
