"""Shared workflow helpers: the audit trail and the one check every status move passes."""

from collections.abc import Mapping

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import AuditEvent, User


class WorkflowError(ValidationError):
    """A move or change the rules do not allow; its message is shown to the user."""


def ensure_move(obj: models.Model, target: str, moves: Mapping[str, set[str]]) -> None:
    """Refuse a status change that the allowed-moves dict does not list."""
    if target not in moves.get(obj.status, set()):
        raise WorkflowError(
            _("This cannot go from “%(current)s” to “%(target)s”."),
            params={"current": _label(obj, obj.status), "target": _label(obj, target)},
            code="move_not_allowed",
        )


def _label(obj: models.Model, status: str) -> str:
    return dict(obj._meta.get_field("status").choices).get(status, status)


def record_event(
    obj: models.Model, action: str, *, actor: User | None, data: dict | None = None
) -> AuditEvent:
    """Write one AuditEvent: what happened to obj, by whom."""
    return AuditEvent.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        action=action,
        actor=actor if actor and actor.is_authenticated else None,
        data=data or {},
    )


def events_for(obj: models.Model):
    """The history of one object, newest first."""
    return AuditEvent.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
    ).select_related("actor")
