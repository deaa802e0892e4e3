"""Glossary terms: an official or jargon word, its plain meaning, and better explanations."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def split_words(value: str) -> list[str]:
    """'besluit, brief van de gemeente' → ['besluit', 'brief van de gemeente']."""
    return [part.strip() for part in value.split(",") if part.strip()]


class TermQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(status=Term.Status.ACCEPTED)

    def visible_to(self, user):
        """Accepted terms for everyone; a proposal for who proposed it and for reviewers."""
        from .permissions import can_review

        if can_review(user):
            return self.exclude(status=Term.Status.REJECTED) | self.filter(proposed_by=user)
        if user.is_authenticated:
            return self.filter(models.Q(status=Term.Status.ACCEPTED) | models.Q(proposed_by=user))
        return self.accepted()


class Term(models.Model):
    """A word from the municipality or the neighbourhood team, explained in plain words."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        ACCEPTED = "accepted", _("accepted")
        REJECTED = "rejected", _("not accepted")

    class Kind(models.TextChoices):
        JARGON = "jargon", _("jargon: there is a plainer word")
        OFFICIAL = "official", _("official word: explain it when you use it")

    word = models.CharField(_("word"), max_length=80)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.JARGON)
    variants = models.CharField(
        _("other forms"),
        max_length=300,
        blank=True,
        help_text=_(
            "Forms we do not find by ourselves, separated by commas. For example: in beeld heeft."
        ),
    )
    meaning = models.TextField(_("what it means, in plain Dutch"))
    example = models.TextField(_("example sentence"), blank=True)
    plain_words = models.CharField(
        _("everyday words"),
        max_length=300,
        blank=True,
        help_text=_("Words people use instead, separated by commas."),
    )
    # {"en": "...", "ar": "..."}: a language added later needs no migration.
    translations = models.JSONField(_("meaning in other languages"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)  # pages notice a changed meaning

    objects = TermQuerySet.as_manager()

    class Meta:
        verbose_name = _("glossary word")
        verbose_name_plural = _("glossary words")
        ordering = [Lower("word")]
        constraints = [
            models.UniqueConstraint(
                Lower("word"),
                condition=models.Q(status="accepted"),
                name="term_one_accepted_entry_per_word",
            ),
            models.CheckConstraint(
                condition=models.Q(status="proposed") | models.Q(decided_at__isnull=False),
                name="term_decided_has_date",
            ),
        ]

    def __str__(self) -> str:
        return self.word

    def get_absolute_url(self) -> str:
        return reverse("glossary:detail", args=[self.slug])

    @property
    def plain_word_list(self) -> list[str]:
        return split_words(self.plain_words)

    def meaning_in(self, language: str) -> tuple[str, str]:
        """The meaning in this language, else in Dutch; with the language it is in."""
        if language != "nl" and self.translations.get(language):
            return self.translations[language], language
        return self.meaning, "nl"


class Suggestion(models.Model):
    """Someone's better explanation of a term, in Dutch or in another UI language."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        ACCEPTED = "accepted", _("accepted")
        REJECTED = "rejected", _("not accepted")

    term = models.ForeignKey(
        Term, verbose_name=_("word"), on_delete=models.CASCADE, related_name="suggestions"
    )
    language = models.CharField(_("language"), max_length=10, default="nl")
    meaning = models.TextField(_("your explanation"))
    example = models.TextField(_("example sentence"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("better explanation")
        verbose_name_plural = _("better explanations")
        ordering = ["created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="proposed") | models.Q(decided_at__isnull=False),
                name="suggestion_decided_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.term} ({self.language})"
