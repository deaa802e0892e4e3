"""The fund finder: which funds fit an initiative, and for the others every reason why not."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkgoud.initiatives.models import ApplicantKind, CostKind

from .models import Fund
from .services import euros


@dataclass
class Need:
    """What the fund finder compares with each fund."""

    amount: Decimal | None = None
    kinds: set[str] = field(default_factory=set)
    applicant_kind: str = ApplicantKind.PERSON
    starts_on: date | None = None


@dataclass
class Fit:
    fund: Fund
    reasons: list[str]

    @property
    def fits(self) -> bool:
        return not self.reasons


def lead_time_words(days: int) -> str:
    if days >= 60:
        months = round(days / 30.5)
        return ngettext("%(count)d month", "%(count)d months", months) % {"count": months}
    if days % 7 == 0:
        weeks = days // 7
        return ngettext("%(count)d week", "%(count)d weeks", weeks) % {"count": weeks}
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


def reasons_against(fund: Fund, need: Need, today: date) -> list[str]:
    """Every reason, in plain words, why this fund does not fit (empty: it fits)."""
    reasons = []
    name = fund.name
    if need.amount is not None and fund.min_amount and need.amount < fund.min_amount:
        reasons.append(
            _("%(fund)s gives at least %(min)s; you need %(amount)s.")
            % {"fund": name, "min": euros(fund.min_amount), "amount": euros(need.amount)}
        )
    if need.amount is not None and fund.max_amount and need.amount > fund.max_amount:
        reasons.append(
            _("%(fund)s gives at most %(max)s; you need %(amount)s.")
            % {"fund": name, "max": euros(fund.max_amount), "amount": euros(need.amount)}
        )
    labels = dict(CostKind.choices)
    for kind in sorted(set(fund.excluded_kinds) & need.kinds):
        reasons.append(
            _("%(fund)s does not pay for %(kind)s.")
            % {"fund": name, "kind": labels.get(kind, kind)}
        )
    if not fund.accepts(need.applicant_kind):
        if fund.accepts_foundation and not fund.accepts_group:
            reasons.append(_("%(fund)s needs a foundation or a penvoerder.") % {"fund": name})
        else:
            reasons.append(_("%(fund)s does not give money to one person.") % {"fund": name})
    if fund.deadline_on and fund.deadline_on < today:
        reasons.append(
            _("The closing date of %(fund)s (%(date)s) has passed.")
            % {"fund": name, "date": formats.date_format(fund.deadline_on)}
        )
    if (
        need.starts_on
        and fund.lead_time_days
        and (need.starts_on - today).days < fund.lead_time_days
    ):
        reasons.append(
            _("%(fund)s needs %(time)s before the start; you start on %(date)s.")
            % {
                "fund": name,
                "time": lead_time_words(fund.lead_time_days),
                "date": formats.date_format(need.starts_on),
            }
        )
    return reasons


def find_funds(need: Need, funds=None) -> list[Fit]:
    """Every shown fund with its reasons; the ones that fit first, in catalogue order."""
    today = timezone.localdate()
    funds = Fund.objects.filter(is_active=True) if funds is None else funds
    fits = [Fit(fund, reasons_against(fund, need, today)) for fund in funds]
    return sorted(fits, key=lambda fit: not fit.fits)


def need_of(initiative) -> Need:
    """What an initiative needs, from its budget lines, other funding and planning."""
    return Need(
        amount=initiative.amount_to_find or None,
        kinds=initiative.cost_kinds,
        applicant_kind=initiative.applicant_kind,
        starts_on=initiative.starts_on,
    )
