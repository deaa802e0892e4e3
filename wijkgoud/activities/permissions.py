"""Who may organise activities and see who signed up (rules predicates)."""

import rules

from wijkgoud.core.permissions import acts_in, is_active_resident, is_admin, is_worker

__all__ = [
    "can_create_activity",
    "can_manage_activity",
    "can_translate_activity",
    "is_active_resident",
]

can_create_activity = is_active_resident | is_worker | is_admin


@rules.predicate
def is_organiser(user, activity) -> bool:
    return activity is not None and user.is_authenticated and activity.organiser_id == user.pk


@rules.predicate
def is_worker_of_area(user, activity) -> bool:
    return activity is not None and user.is_authenticated and acts_in(user, activity.area, "worker")


# Editing an activity and seeing the contact details of the people who signed up:
# the organiser, the workers of its area, and administrators.
can_manage_activity = is_organiser | is_worker_of_area | is_admin


@rules.predicate
def is_active_resident_of_area(user, activity) -> bool:
    return (
        activity is not None
        and user.is_authenticated
        and acts_in(user, activity.area, "active_resident")
    )


# Adding and improving the texts in other languages: also the active residents of the
# area, who often translate for a neighbour (they cannot change the activity itself).
can_translate_activity = can_manage_activity | is_active_resident_of_area

rules.add_perm("activities.add_activity", can_create_activity)
rules.add_perm("activities.manage_activity", can_manage_activity)
rules.add_perm("activities.translate_activity", can_translate_activity)
