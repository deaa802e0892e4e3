"""Payouts on "My page": what waits for a budget holder, in two queries."""

from django.db.models import Count, Exists, Q, Sum

from wijkgoud.core.permissions import is_budget_holder

from .models import PayableItem, PayingAccount, PayoutBatch


def sections(request) -> list[dict]:
    user = request.user
    if not is_budget_holder(user):
        return []
    waiting = (
        PayableItem.objects.visible_to(user)
        .waiting()
        .aggregate(count=Count("pk"), total=Sum("amount"))
    )
    # Not the batches they exported themselves, unless the account lets one person do both.
    one_person_may = PayingAccount.objects.filter(is_active=True, second_person_confirms=False)
    to_confirm = PayoutBatch.objects.visible_to(user).filter(
        Q(status=PayoutBatch.Status.EXPORTED) & (~Q(exported_by=user) | Exists(one_person_may))
    )
    return [
        {
            "template": "payouts/includes/dashboard.html",
            "waiting": waiting,
            "to_confirm": list(to_confirm[:10]),
        }
    ]
