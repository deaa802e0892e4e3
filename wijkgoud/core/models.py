"""People, roles, areas, places and the audit trail every other app builds on."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

postcode_validator = RegexValidator(
    r"^[1-9][0-9]{3} ?[A-Z]{2}$", _("Write a Dutch postcode, for example 1354 AB.")
)

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ()-]{5,18}$", _("Write a phone number, for example 06 12345678.")
)


def person_name(display_name: str, email: str) -> str:
    """How a person is called on every page: their chosen name, else the start of their
    address. Lists that read plain rows use it too, without building a User."""
    return display_name or (email or "").split("@")[0]


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """Someone with an account; e-mail is the login."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(
        _("name"),
        max_length=80,
        blank=True,
        help_text=_("How others see you. A first name is enough."),
    )
    # No choices here: the languages come from settings and may grow without a migration.
    preferred_language = models.CharField(
        _("language"), max_length=10, default=settings.LANGUAGE_CODE
    )
    phone = models.CharField(
        _("phone number"), max_length=20, blank=True, validators=[phone_validator]
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []
    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return person_name(self.display_name, self.email)

    def get_full_name(self) -> str:
        return str(self)

    def get_short_name(self) -> str:
        return str(self)


class AreaQuerySet(models.QuerySet):
    def where_user_acts(self, user, *roles: str):
        """Areas where the user holds one of these roles: a wijk held brings its buurten
        (for choices in a form; filters use the plain list, area_ids_where_user_acts)."""
        from .permissions import area_ids_where_user_acts

        return self.filter(pk__in=area_ids_where_user_acts(user, *roles))


class Area(models.Model):
    """A wijk or buurt, known by its CBS code."""

    class Kind(models.TextChoices):
        DISTRICT = "wijk", _("district")
        NEIGHBOURHOOD = "buurt", _("neighbourhood")

    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    cbs_code = models.CharField(
        _("CBS code"),
        max_length=10,
        unique=True,
        null=True,
        blank=True,
        help_text=_("For example BU00340101. Empty when CBS has no code for it."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    objects = AreaQuerySet.as_manager()

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="area_unique_name_in_parent"),
        ]

    def __str__(self) -> str:
        return self.name


class Place(models.Model):
    """A venue where things happen: a community centre, a library, a living room."""

    name = models.CharField(_("name"), max_length=120)
    street_address = models.CharField(_("street and number"), max_length=120)
    postcode = models.CharField(_("postcode"), max_length=7, validators=[postcode_validator])
    city = models.CharField(_("town"), max_length=60, default="Almere")
    area = models.ForeignKey(
        Area, verbose_name=_("area"), on_delete=models.PROTECT, related_name="places"
    )
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    notes = models.TextField(
        _("notes"), blank=True, help_text=_("For example: bell at the side door.")
    )

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class RoleAssignment(models.Model):
    """A role someone holds; workers and budget holders hold it for an area."""

    class Role(models.TextChoices):
        ACTIVE_RESIDENT = "active_resident", _("active resident")
        WORKER = "worker", _("neighbourhood worker")
        BUDGET_HOLDER = "budget_holder", _("budget holder")
        ADMIN = "admin", _("administrator")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_assignments"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    area = models.ForeignKey(
        Area,
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="role_assignments",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "area"],
                name="role_unique_per_area",
                condition=models.Q(area__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                name="role_unique_without_area",
                condition=models.Q(area__isnull=True),
            ),
            models.CheckConstraint(
                condition=~models.Q(role__in=["worker", "budget_holder"])
                | models.Q(area__isnull=False),
                name="role_worker_and_budget_holder_need_area",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.get_role_display()}" + (f" ({self.area})" if self.area else "")


class AuditEvent(models.Model):
    """One thing that happened to an object, who did it and when. Never edited."""

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.CharField(max_length=64)
    subject = GenericForeignKey("content_type", "object_id")
    action = models.CharField(_("what happened"), max_length=60)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    data = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.action} {self.content_type.model} #{self.object_id}"

    def get_absolute_url(self) -> str:
        return reverse("core:history", args=[self.content_type_id, self.object_id])
