"""My invitations, inviting someone, the card (screen, PDF, WhatsApp) and the outcome."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Q, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wijkgoud.activities.models import Activity, attach_texts
from wijkgoud.core.pdf import pdf_response
from wijkgoud.core.permissions import area_ids_where_user_acts
from wijkgoud.core.services import WorkflowError

from . import cards, services
from .forms import ChooseForm, InvitationForm, OutcomeForm
from .models import Invitation
from .permissions import can_invite, can_record_outcome

S = Invitation.Status
# My invitations shows the newest of each chain, what needs doing first; beyond this many
# (a page an old phone still shows quickly) the oldest of those who came or said no are left off.
MOST_SHOWN = 60
WEEK_CHOICES = [1, 2, 3, 4, 6, 8, 12]


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")


def _invitation(request: HttpRequest, pk: int) -> Invitation:
    """The invitation if the user may see it (the inviter, an admin); a 404 for others."""
    queryset = Invitation.objects.visible_to(request.user).select_related(
        "inviter", "activity__place", "occurrence", "need", "previous"
    )
    return get_object_or_404(queryset, pk=pk)


def _ensure_can_invite(request: HttpRequest) -> None:
    if not can_invite(request.user):
        raise PermissionDenied


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    _ensure_can_invite(request)
    today = timezone.localdate()
    heads = list(
        Invitation.objects.heads()
        .filter(inviter=request.user)
        .annotate(priority=_priority(today))
        .order_by("priority", "-created_at", "-pk")
        .select_related("activity", "occurrence", "need")[:MOST_SHOWN]
    )
    attach_texts([i.activity for i in heads if i.activity], [(get_language() or "nl")[:2]])
    groups = {key: [] for key in ["again", "waiting", "later", "came", "declined"]}
    for invitation in heads:
        invitation.moves = services.MOVES[invitation.status]
        groups[_group(invitation, today)].append(invitation)
    context = {"groups": groups, "reach": services.reach(request.user), "today": today}
    context["more"] = len(heads) == MOST_SHOWN
    return render(request, "invitations/invitation_list.html", context)


def _priority(today) -> Case:
    """Invite again, waiting for an answer, reminder later, came, said no."""
    return Case(
        When(status=S.NO_ANSWER, then=0),
        When(status=S.NOT_YET, remind_on__lte=today, then=0),
        When(status=S.SENT, then=1),
        When(status=S.NOT_YET, then=2),
        When(status=S.CAME, then=3),
        default=4,
    )


def _group(invitation: Invitation, today) -> str:
    if invitation.status == S.NO_ANSWER or (
        invitation.status == S.NOT_YET and invitation.remind_on <= today
    ):
        return "again"
    return {S.SENT: "waiting", S.NOT_YET: "later", S.CAME: "came"}.get(
        invitation.status, "declined"
    )


@login_required
def create(request: HttpRequest) -> HttpResponse:
    """?activity=…&need=… prefill; ?again=… invites the same person again; ?coffee=1 is
    "come and have coffee with me". Without an activity: choose one first."""
    _ensure_can_invite(request)
    previous = _get_int(request, "again", Invitation.objects.filter(inviter=request.user))
    need = _need(request) or (previous.need if previous else None)
    activity = _get_int(request, "activity", Activity.objects.filter(status="published"))
    coffee = "coffee" in request.GET
    if previous and not activity and not coffee and previous.status != S.CAME:
        # Not yet, no answer: the same activity again (if it still runs), or coffee again.
        coffee = previous.is_coffee
        activity = previous.activity if previous.activity_id else None
        if activity and activity.status != Activity.Status.PUBLISHED:
            activity = None
    if activity is None and not coffee:
        return _choose(request, previous, need)
    initial = _initial(previous, need)
    form = InvitationForm(request.POST or None, activity=activity, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.invite(
                actor=request.user, previous=previous, activity=activity, need=need,
                **form.cleaned_data,
            )  # fmt: skip
        except WorkflowError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(previous.followed_by)
        messages.success(request, _("Your invitation is ready. Show it, print it or send it."))
        return redirect(invitation)
    context = {"form": form, "activity": activity, "previous": previous, "need": need}
    return render(request, "invitations/invitation_form.html", context)


def _get_int(request: HttpRequest, name: str, queryset):
    value = request.GET.get(name, "")
    return queryset.filter(pk=value).first() if value.isdigit() else None


def _need(request: HttpRequest):
    """A need named in the link, only when the user may see it; otherwise it is ignored."""
    from wijkgoud.needs.models import Need

    return _get_int(request, "need", Need.objects.visible_to(request.user))


def _initial(previous: Invitation | None, need) -> dict:
    initial = {"language": (get_language() or "nl")[:2], "company": ""}
    if need and not previous:  # the neighbour of the question: their name and language
        initial["invitee_name"] = need.name[:40]
        if need.language in dict(settings.LANGUAGES):
            initial["language"] = need.language
    if previous:
        fields = ["invitee_name", "language", "channel", "company", "pick_up_at"]
        initial |= {name: getattr(previous, name) for name in fields}
        initial["coffee_where_when"] = previous.coffee_where_when
    return initial


def _choose(request: HttpRequest, previous: Invitation | None, need) -> HttpResponse:
    """Step one: the activities near the inviter, or a search; or coffee together."""
    form = ChooseForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    activities = Activity.objects.filter(status=Activity.Status.PUBLISHED).select_related("place")
    if query:
        activities = activities.filter(title__icontains=query)
    else:
        areas = area_ids_where_user_acts(request.user, "active_resident", "worker")
        activities = activities.filter(Q(area__in=areas) | Q(organiser=request.user))
    activities = list(activities.order_by("title")[:30])
    attach_texts(activities, [(get_language() or "nl")[:2]])
    keep = {"again": previous.pk if previous else "", "need": need.pk if need else ""}
    context = {"form": form, "activities": activities, "keep": keep, "previous": previous}
    context |= {"need": need, "query": query}
    return render(request, "invitations/choose_activity.html", context)


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = _invitation(request, pk)
    card = cards.card(invitation, _base_url(request))
    context = {
        "invitation": invitation,
        "card": card,
        "whatsapp_url": cards.whatsapp_url(cards.whatsapp_text(invitation, _base_url(request))),
        "can_record": can_record_outcome(request.user, invitation),
        "followed_by": Invitation.objects.filter(previous=invitation).first(),
        "is_due": invitation.status == S.NOT_YET and invitation.remind_on <= timezone.localdate(),
        "moves": services.MOVES[invitation.status],
        "week_choices": WEEK_CHOICES,
    }
    return render(request, "invitations/invitation_detail.html", context)


@login_required
def card_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = _invitation(request, pk)
    pdf = cards.card_pdf(invitation, _base_url(request))
    return pdf_response(pdf, f"invitation-{invitation.pk}.pdf")


@login_required
@require_POST
def outcome(request: HttpRequest, pk: int) -> HttpResponse:
    """One tap: came, not yet (with a reminder after N weeks), said no, no answer."""
    invitation = _invitation(request, pk)
    if not can_record_outcome(request.user, invitation):
        raise PermissionDenied
    back = "invitations:mine" if request.POST.get("back") == "mine" else invitation
    form = OutcomeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose how many weeks: a number from 1 to 12."))
        return redirect(back)
    data = form.cleaned_data
    try:
        invitation = services.record_outcome(
            invitation, data["status"], actor=request.user, weeks=data["weeks"] or 3
        )
    except WorkflowError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(back)
    messages.success(request, _outcome_message(invitation))
    return redirect(back)


def _outcome_message(invitation: Invitation) -> str:
    name = invitation.invitee_name
    if invitation.status == S.CAME:
        if invitation.came_first_time:
            return _("Wonderful: %(name)s came for the first time! Thank you.") % {"name": name}
        return _("Wonderful: %(name)s came! Thank you.") % {"name": name}
    if invitation.status == S.NOT_YET:
        when = date_format(invitation.remind_on, "l j F")
        return _("We will remind you on %(date)s to invite %(name)s again.") % {
            "date": when,
            "name": name,
        }
    if invitation.status == S.DECLINED:
        return _("Thank you for asking. A no is fine too.")
    return _("Noted. You can try again, maybe in another way.")
