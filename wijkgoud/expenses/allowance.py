"""The volunteer allowance rules: which mode a volunteer has in a year, their totals, and
whether approving a claim would break a month or year cap."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Sum
from django.db.models.functions import ExtractMonth
from django.utils.formats import localize
from django.utils.translation import gettext as _

from .models import AllowanceRule, ClaimLine, ExpenseClaim, VolunteerYear

CENT = Decimal("0.01")
COUNTED = [ExpenseClaim.Status.APPROVED, ExpenseClaim.Status.PAID]
PENDING = [ExpenseClaim.Status.SUBMITTED, ExpenseClaim.Status.QUESTIONS]


def rule_for(year: int) -> AllowanceRule | None:
    return AllowanceRule.objects.filter(year=year).first()


def volunteer_year(user, year: int) -> VolunteerYear:
    """The volunteer's choice for the year; without one: actual costs (no cap)."""
    found = VolunteerYear.objects.filter(user=user, year=year).first()
    return found or VolunteerYear(user=user, year=year, mode=VolunteerYear.Mode.ACTUAL_COSTS)


def month_totals(user, year: int, statuses=COUNTED, exclude_claim=None) -> dict[int, Decimal]:
    lines = ClaimLine.objects.filter(
        claim__claimant=user, claim__status__in=statuses, spent_on__year=year
    )
    if exclude_claim is not None:
        lines = lines.exclude(claim=exclude_claim)
    rows = (
        lines.annotate(month=ExtractMonth("spent_on")).values("month").annotate(sum=Sum("amount"))
    )
    # SQLite sums decimals as floats: back to cents.
    return {row["month"]: Decimal(row["sum"]).quantize(CENT) for row in rows}


def year_cap(setting: VolunteerYear, rule: AllowanceRule | None) -> Decimal | None:
    """The cap that applies: the year cap in allowance mode, a lower personal cap always."""
    caps = []
    if setting.mode == VolunteerYear.Mode.ALLOWANCE and rule:
        caps.append(rule.year_cap)
    if setting.personal_cap is not None:
        caps.append(setting.personal_cap)
    return min(caps) if caps else None


def hourly_cap(setting: VolunteerYear, rule: AllowanceRule) -> Decimal:
    return rule.hourly_cap_young if setting.under_21 else rule.hourly_cap_adult


def cap_warnings(claim: ExpenseClaim) -> list[str]:
    """What approving this claim would break, said plainly for the approver."""
    by_year: dict[int, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for line in claim.lines.all():
        by_year[line.spent_on.year][line.spent_on.month] += line.amount
    warnings = []
    for year, months in sorted(by_year.items()):
        setting, rule = volunteer_year(claim.claimant, year), rule_for(year)
        before = month_totals(claim.claimant, year, exclude_claim=claim)
        if setting.mode == VolunteerYear.Mode.ALLOWANCE and rule:
            for month, amount in sorted(months.items()):
                after = before.get(month, Decimal(0)) + amount
                if after > rule.month_cap:
                    warnings.append(
                        _("Month %(month)s-%(year)s: €%(after)s, above the cap of €%(cap)s.")
                        % {
                            "month": month,
                            "year": year,
                            "after": localize(after),
                            "cap": localize(rule.month_cap),
                        }
                    )
        cap = year_cap(setting, rule)
        after = sum(before.values(), Decimal(0)) + sum(months.values(), Decimal(0))
        if cap is not None and after > cap:
            warnings.append(
                _("Year %(year)s: €%(after)s, above the cap of €%(cap)s.")
                % {"year": year, "after": localize(after), "cap": localize(cap)}
            )
    return warnings


@dataclass
class Overview:
    """A volunteer's year: per month what was paid back or is on its way, and the caps."""

    year: int
    setting: VolunteerYear
    rule: AllowanceRule | None
    months: list[dict]
    counted: Decimal
    pending: Decimal
    cap: Decimal | None

    @property
    def left(self) -> Decimal | None:
        return None if self.cap is None else max(self.cap - self.counted, Decimal(0))


def overview(user, year: int) -> Overview:
    setting, rule = volunteer_year(user, year), rule_for(year)
    counted, pending = month_totals(user, year), month_totals(user, year, PENDING)
    month_cap = rule.month_cap if rule and setting.mode == VolunteerYear.Mode.ALLOWANCE else None
    months = [
        {
            "month": month,
            "counted": counted.get(month, Decimal(0)),
            "pending": pending.get(month, Decimal(0)),
            "over_cap": month_cap is not None and counted.get(month, 0) > month_cap,
        }
        for month in range(1, 13)
    ]
    return Overview(
        year,
        setting,
        rule,
        months,
        sum(counted.values(), Decimal(0)),
        sum(pending.values(), Decimal(0)),
        year_cap(setting, rule),
    )
