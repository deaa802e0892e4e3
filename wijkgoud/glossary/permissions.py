"""Who may do what in the glossary: everyone reads, anyone signed in proposes,
workers and admins decide."""

import rules

from wijkgoud.core.permissions import is_admin, is_worker

can_review = is_worker | is_admin
can_propose = rules.is_authenticated

rules.add_perm("glossary.review", can_review)
rules.add_perm("glossary.propose", can_propose)
