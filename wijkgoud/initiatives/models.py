"""Initiatives of residents and their plan: sections, milestones, budget lines, other funding.

Stage flow: idea → plan → running → finished (allowed moves in services.STAGE_MOVES).
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Area, RoleAssignment
from wijkgoud.core.permissions import area_ids_where_user_acts

ZERO = Decimal("0.00")


def _cents(amount) -> Decimal:
    """SQLite sums decimals without their places; always two, like the fields."""
    return Decimal(amount or 0).quantize(ZERO)


class CostKind(models.TextChoices):
    """Kinds of cost a budget line can be; funds say which kinds they pay for."""

    MATERIALS = "materials", _("materials")
    FOOD_AND_DRINKS = "food_and_drinks", _("food and drinks")
    ROOM_HIRE = "room_hire", _("room hire")
    PUBLICITY = "publicity", _("publicity")
    VOLUNTEER_ALLOWANCE = "volunteer_allowance", _("volunteer allowance")
    HIRING = "hiring", _("hiring people or things")
    OTHER = "other", _("other costs")


class ApplicantKind(models.TextChoices):
    """Who applies for money for the initiative; funds say whom they accept."""

    PERSON = "person", _("one person")
    INFORMAL_GROUP = "informal_group", _("a group of residents (no foundation)")
    FOUNDATION = "foundation", _("a foundation or association")
    PENVOERDER = "penvoerder", _("a group with a foundation that applies for us (penvoerder)")


class InitiativeQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Initiatives the user may read: team, workers and budget holders of its areas, admins."""
        if not user.is_authenticated:
            return self.none()
        from wijkgoud.core.permissions import is_admin

        if is_admin(user):
            return self
        areas = area_ids_where_user_acts(
            user, RoleAssignment.Role.WORKER, RoleAssignment.Role.BUDGET_HOLDER
        )
        return self.filter(
            Q(owner=user)
            | Q(pk__in=Initiative.team.through.objects.filter(user=user).values("initiative"))
            | Q(pk__in=Initiative.areas.through.objects.filter(area__in=areas).values("initiative"))
        )

    def of_team(self, user):
        """Initiatives the user owns or is in the team of."""
        return self.filter(
            Q(owner=user)
            | Q(pk__in=Initiative.team.through.objects.filter(user=user).values("initiative"))
        )

    def with_line_flags(self):
        """Annotate has_budget_lines and has_milestones: a part with lines has been started."""
        return self.annotate(
            has_budget_lines=models.Exists(
                BudgetLine.objects.filter(initiative=models.OuterRef("pk"))
            ),
            has_milestones=models.Exists(
                Milestone.objects.filter(initiative=models.OuterRef("pk"))
            ),
        )

    def with_budget_total(self):
        """Annotate `budget_sum` (the total of the budget lines) in the same query."""
        lines = (
            BudgetLine.objects.filter(initiative=models.OuterRef("pk"))
            .order_by()
            .values("initiative")
            .annotate(total=Sum("amount"))
            .values("total")
        )
        return self.annotate(
            budget_sum=Coalesce(
                models.Subquery(lines, output_field=models.DecimalField()),
                models.Value(ZERO),
                output_field=models.DecimalField(max_digits=12, decimal_places=2),
            )
        )


class Initiative(models.Model):
    """A residents' idea on its way to a plan, money and a running project; always has an owner."""

    class Stage(models.TextChoices):
        IDEA = "idea", _("idea")
        PLAN = "plan", _("plan")
        RUNNING = "running", _("running")
        FINISHED = "finished", _("finished")

    title = models.CharField(_("title"), max_length=120)
    summary = models.CharField(
        _("in one sentence"),
        max_length=280,
        blank=True,
        help_text=_("For example: A weekly walk with neighbours who feel alone."),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.PROTECT,
        related_name="owned_initiatives",
        help_text=_("The person who keeps it going."),
    )
    team = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("team"),
        blank=True,
        related_name="initiative_teams",
    )
    areas = models.ManyToManyField(Area, verbose_name=_("areas"), related_name="initiatives")
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.IDEA)
    applicant_kind = models.CharField(
        _("who applies for money"),
        max_length=20,
        choices=ApplicantKind.choices,
        default=ApplicantKind.PERSON,
    )
    penvoerder_name = models.CharField(
        _("name of the foundation that applies for you"),
        max_length=120,
        blank=True,
        help_text=_("Only when a foundation applies for your group (a penvoerder)."),
    )
    starts_on = models.DateField(_("planned start"), null=True, blank=True)
    ends_on = models.DateField(_("planned end"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = InitiativeQuerySet.as_manager()

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        ordering = ["-updated_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=models.F("starts_on")),
                name="initiative_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(stage__in=["idea", "plan", "running", "finished"]),
                name="initiative_stage_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("initiatives:detail", args=[self.pk])

    @property
    def budget_total(self) -> Decimal:
        """The sum of the budget lines (annotated by with_budget_total, prefetched, or queried)."""
        if hasattr(self, "budget_sum"):
            total = self.budget_sum
        elif "budget_lines" in getattr(self, "_prefetched_objects_cache", {}):
            total = sum((line.amount for line in self.budget_lines.all()), ZERO)
        else:
            total = self.budget_lines.aggregate(total=Sum("amount"))["total"]
        return _cents(total)

    @property
    def other_funding_total(self) -> Decimal:
        """The sum of the other funding lines (own contribution, other funds, sponsors)."""
        if "other_funding" in getattr(self, "_prefetched_objects_cache", {}):
            return _cents(sum((line.amount for line in self.other_funding.all()), ZERO))
        return _cents(self.other_funding.aggregate(total=Sum("amount"))["total"])

    @property
    def amount_to_find(self) -> Decimal:
        """What is still needed: the budget minus the other funding, never below zero."""
        return max(self.budget_total - self.other_funding_total, ZERO)

    @property
    def cost_kinds(self) -> set[str]:
        """The kinds of cost (CostKind values) in the budget lines."""
        return {line.kind for line in self.budget_lines.all()}

    def section_texts(self) -> dict[str, str]:
        """The plan as {section key: text}, every key present (empty when not written)."""
        texts = dict.fromkeys(PlanSection.Key.values, "")
        texts.update({s.key: s.text for s in self.sections.all()})
        return texts


class PlanSection(models.Model):
    """One part of an initiative's plan, in the order Dutch resident-initiative funds ask for."""

    class Key(models.TextChoices):
        WHY = "why", _("Why")
        GOAL = "goal", _("Goal and results")
        AUDIENCE = "audience", _("Who it is for")
        ACTIVITIES = "activities", _("What we do")
        PLANNING = "planning", _("Planning")
        SUPPORT = "support", _("Support in the neighbourhood")
        ORGANISATION = "organisation", _("Who does what, risks and permits")
        BUDGET = "budget", _("Budget and other funding")
        COMMUNICATION = "communication", _("Communication")
        EVALUATION = "evaluation", _("Evaluation and continuity")

    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="sections", verbose_name=_("initiative")
    )
    key = models.CharField(_("part"), max_length=20, choices=Key.choices)
    text = models.TextField(_("text"), blank=True)
    is_ready = models.BooleanField(_("this part is ready"), default=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("plan part")
        verbose_name_plural = _("plan parts")
        constraints = [
            models.UniqueConstraint(fields=["initiative", "key"], name="plan_section_unique_key"),
        ]

    def __str__(self) -> str:
        return f"{self.initiative}: {self.get_key_display()}"

    def get_absolute_url(self) -> str:
        return reverse("initiatives:section", args=[self.initiative_id, self.key])


class PlanVersion(models.Model):
    """A saved state of one plan section: who changed it, when, and the text it then had."""

    section = models.ForeignKey(
        PlanSection, on_delete=models.CASCADE, related_name="versions", verbose_name=_("part")
    )
    text = models.TextField(_("text"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("plan version")
        verbose_name_plural = _("plan versions")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.section} ({self.created_at:%Y-%m-%d %H:%M})"


class SectionFeedback(models.Model):
    """A worker's comment on one section of a plan, for the initiative's team."""

    section = models.ForeignKey(
        PlanSection, on_delete=models.CASCADE, related_name="feedback", verbose_name=_("part")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("from"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("feedback"), max_length=4000)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.section}: {self.text[:40]}"


class Milestone(models.Model):
    """A step in the planning of an initiative, with the date it should be done."""

    initiative = models.ForeignKey(
        Initiative,
        on_delete=models.CASCADE,
        related_name="milestones",
        verbose_name=_("initiative"),
    )
    title = models.CharField(_("what"), max_length=200)
    due_on = models.DateField(_("when"))
    is_done = models.BooleanField(_("done"), default=False)

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["due_on", "pk"]

    def __str__(self) -> str:
        return f"{self.due_on}: {self.title}"


class BudgetLine(models.Model):
    """One cost in an initiative's budget: what, which kind of cost, how much (always > 0)."""

    Kind = CostKind

    initiative = models.ForeignKey(
        Initiative,
        on_delete=models.CASCADE,
        related_name="budget_lines",
        verbose_name=_("initiative"),
    )
    description = models.CharField(_("what"), max_length=200)
    kind = models.CharField(_("kind of cost"), max_length=30, choices=CostKind.choices)
    amount = models.DecimalField(_("amount (€)"), max_digits=10, decimal_places=2)

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="budget_line_amount_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.description}: € {self.amount}"


class OtherFunding(models.Model):
    """Money from elsewhere that covers part of the budget (own contribution, a sponsor, a fund)."""

    initiative = models.ForeignKey(
        Initiative,
        on_delete=models.CASCADE,
        related_name="other_funding",
        verbose_name=_("initiative"),
    )
    source = models.CharField(_("from whom"), max_length=200)
    amount = models.DecimalField(_("amount (€)"), max_digits=10, decimal_places=2)
    is_promised = models.BooleanField(_("already promised"), default=False)

    class Meta:
        verbose_name = _("other funding")
        verbose_name_plural = _("other funding")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="other_funding_amount_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.source}: € {self.amount}"
