"""My page: for workers the questions waiting for them, for active residents the questions
they brought (one query each; none for people neither concerns)."""

from django.utils import timezone

from wijkgoud.core.permissions import is_active_resident, is_worker

from . import selectors

SHOWN = 5


def sections(request) -> list[dict]:
    user = request.user
    found = []
    if is_worker(user):
        waiting = list(selectors.waiting_for(user)[: SHOWN + 1])
        found.append(
            {"template": "needs/dashboard_worker.html", "waiting": waiting[:SHOWN],
             "more": len(waiting) > SHOWN}
        )  # fmt: skip
    if is_active_resident(user):
        brought = list(selectors.brought_by(user)[: SHOWN + 1])
        found.append(
            {"template": "needs/dashboard_resident.html", "brought": brought[:SHOWN],
             "more": len(brought) > SHOWN, "today": timezone.localdate()}
        )  # fmt: skip
    return found
