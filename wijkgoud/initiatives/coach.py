"""The plan coach: per plan part a question in plain words, why it matters, and an example.

The order is the order Dutch resident-initiative funds ask for (shared/DESIGN.md).
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import PlanSection

Key = PlanSection.Key


@dataclass(frozen=True)
class Step:
    key: str
    question: Promise
    why: Promise
    example: Promise

    @property
    def title(self) -> str:
        return Key(self.key).label


STEPS = [
    Step(
        Key.WHY,
        _("Why do you want to do this? What did you see or hear in the neighbourhood?"),
        _(
            "A fund first wants to know what the problem or the wish is. "
            "When you write down what you saw, others understand why your idea is needed."
        ),
        _(
            "In our street many older neighbours live alone. At the supermarket they tell us "
            "they sometimes speak to nobody for days."
        ),
    ),
    Step(
        Key.GOAL,
        _("What do you want to reach? How will you know it worked?"),
        _(
            "A clear goal helps you choose what to do. It also helps you show later "
            "what your initiative brought."
        ),
        _(
            "Every week 10 neighbours walk together. After half a year at least 5 of them "
            "also meet outside the walk."
        ),
    ),
    Step(
        Key.AUDIENCE,
        _("Who is it for? How do you reach the people who need it most?"),
        _(
            "Funds like initiatives for neighbours who do not easily join in. "
            "Think about how you invite them personally."
        ),
        _(
            "Neighbours of 65 and older in De Werven who feel lonely. We invite them at the "
            "door and through the neighbourhood team."
        ),
    ),
    Step(
        Key.ACTIVITIES,
        _("What will you do, where and how often?"),
        _("Then everyone can picture your initiative: the team, the neighbours and the fund."),
        _(
            "Every Tuesday at 10:00 we walk for an hour from Buurthuis De Werven. Afterwards "
            "we drink coffee together."
        ),
    ),
    Step(
        Key.PLANNING,
        _("When do you start, and what are the steps until the end?"),
        _(
            "With steps and dates you see in time if something is late. Some funds need "
            "your application months before you start."
        ),
        _(
            "March: invite neighbours. April: first walk. September: look back together "
            "and decide how we go on."
        ),
    ),
    Step(
        Key.SUPPORT,
        _("Who in the neighbourhood wants this? Who helps or supports you?"),
        _(
            "An idea that neighbours ask for and help with has a better chance. "
            "Funds often ask who supports it."
        ),
        _(
            "15 neighbours signed our list. The buurthuis gives us a room for coffee. "
            "The neighbourhood worker helps us invite people."
        ),
    ),
    Step(
        Key.ORGANISATION,
        _("Who does what? What could go wrong? Do you need a permit?"),
        _(
            "When tasks are clear, nobody has to do everything alone. Thinking about risks "
            "now saves trouble later."
        ),
        _(
            "Fatima keeps it going and keeps the money. Jan makes the flyers. If it rains "
            "we drink coffee inside. We do not need a permit for walking."
        ),
    ),
    Step(
        Key.BUDGET,
        _("What does it cost, and who pays what?"),
        _(
            "A fund wants to see what the money is for. Write every cost on its own line. "
            "Also write money you get from elsewhere, for example your own contribution."
        ),
        _(
            "Coffee and tea for 30 walks: € 150. Flyers: € 40. "
            "We pay € 20 ourselves; we ask the rest from the Samen Sterk Budget."
        ),
    ),
    Step(
        Key.COMMUNICATION,
        _("How do people hear about it?"),
        _(
            "The neighbours you want to reach often do not read posters. "
            "Think of personal invitations, in their own language."
        ),
        _(
            "We ring doorbells with a card in Dutch, Turkish and Arabic. "
            "We hang a poster in the supermarket and tell the neighbourhood team."
        ),
    ),
    Step(
        Key.EVALUATION,
        _("How will you look back? How does it go on after the money is spent?"),
        _(
            "Looking back shows what worked. Funds like initiatives that can go on "
            "without them later."
        ),
        _(
            "After every month we ask the walkers what they think. After half a year the "
            "group walks on its own; coffee costs € 1 per person."
        ),
    ),
]

STEP_BY_KEY = {step.key: step for step in STEPS}
KEYS = [step.key for step in STEPS]


def step_after(key: str) -> Step | None:
    """The next step in the coach, or None after the last one."""
    position = KEYS.index(key)
    return STEPS[position + 1] if position + 1 < len(STEPS) else None
