"""Demo payouts: the paying account, a second budget holder, and one exported batch.

Runs after the expenses demo: its approved claims are the payments waiting here. The
newest stays waiting, so the list of waiting payments is not empty either.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from wijkgoud.core.demo import PASSWORD, TOTP_SECRET
from wijkgoud.core.models import Area, RoleAssignment, User

from .models import PayingAccount, PayoutBatch
from .services import create_batch, export_batch, items_for_area

# Confirms what budget@ exported: a batch is confirmed by a second person.
SECOND_BUDGET_HOLDER = ("penningmeester@wijkgoud.example", "Ayşe")


def load() -> None:
    """Create what is missing; never overwrite what a tester changed."""
    haven = Area.objects.get(cbs_code="WK003401")
    if not PayingAccount.objects.exists():
        PayingAccount.objects.create(
            name="Gemeente Almere (demo)", iban="NL91ABNA0417164300", bic="ABNANL2A"
        )
    _second_budget_holder(haven)
    holder = User.objects.get(email="budget@wijkgoud.example")
    if PayoutBatch.objects.filter(created_by=holder).exists():
        return
    waiting = list(items_for_area(haven).waiting().order_by("created_at", "pk"))
    chosen = waiting[:-1] if len(waiting) > 1 else waiting
    if chosen:
        batch = create_batch([item.pk for item in chosen], area=haven, actor=holder)
        export_batch(batch, actor=holder)


def _second_budget_holder(haven: Area) -> None:
    email, name = SECOND_BUDGET_HOLDER
    user, created = User.objects.get_or_create(email=email, defaults={"display_name": name})
    if created:
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    RoleAssignment.objects.get_or_create(
        user=user, role=RoleAssignment.Role.BUDGET_HOLDER, area=haven
    )
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, TOTP_SECRET)
