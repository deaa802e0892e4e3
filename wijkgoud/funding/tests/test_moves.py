"""The application's full table of allowed and refused moves."""

import itertools

import pytest

from wijkgoud.core.services import WorkflowError, ensure_move
from wijkgoud.funding.models import Application
from wijkgoud.funding.services import MOVES

S = Application.Status

# Written out by hand from the issue, so a change to MOVES must be a change here too.
ALLOWED = {
    (S.DRAFT, S.SUBMITTED),
    (S.SUBMITTED, S.IN_REVIEW),
    (S.IN_REVIEW, S.QUESTIONS),
    (S.QUESTIONS, S.IN_REVIEW),
    (S.IN_REVIEW, S.GRANTED),
    (S.IN_REVIEW, S.REJECTED),
    (S.GRANTED, S.ADVANCE_PAID),
    (S.ADVANCE_PAID, S.ACCOUNTABILITY_DUE),
    (S.ACCOUNTABILITY_DUE, S.ACCOUNTED),
    (S.ACCOUNTED, S.SETTLED),
}


def test_every_status_has_a_row():
    assert set(MOVES) == set(S.values)


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S.values, S.values)))
def test_a_move_is_allowed_only_when_the_table_says_so(current, target):
    application = Application(status=current)
    if (current, target) in ALLOWED:
        ensure_move(application, target, MOVES)
    else:
        with pytest.raises(WorkflowError) as refused:
            ensure_move(application, target, MOVES)
        assert refused.value.code == "move_not_allowed"


def test_rejected_and_settled_are_the_end():
    assert MOVES[S.REJECTED] == set()
    assert MOVES[S.SETTLED] == set()
