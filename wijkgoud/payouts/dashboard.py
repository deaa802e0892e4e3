"""Payouts on "My page": what waits for a budget holder."""

from django.db.models import Count, Q, Sum

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
    to_confirm = PayoutBatch.objects.visible_to(user).filter(status=PayoutBatch.Status.EXPORTED)
    account = PayingAccount.in_use()
    if account is None or account.second_person_confirms:
        to_confirm = to_confirm.filter(~Q(exported_by=user))
    return [
        {
            "template": "payouts/includes/dashboard.html",
            "waiting": waiting,
            "to_confirm": list(to_confirm[:10]),
        }
    ]
