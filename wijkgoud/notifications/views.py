from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .forms import MailPreferenceForm
from .models import Notification

PER_PAGE = 20


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    # No select_related: the text comes from kind + params and the link is stored, so a page
    # costs the same few queries whatever is in it.
    found = Notification.objects.visible_to(request.user).only(
        "kind", "params", "url", "created_at", "read_at"
    )
    page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
    unread = services.unread_count(request.user)
    return render(request, "notifications/inbox.html", {"page": page, "unread": unread})


@login_required
@require_POST
def open_notification(request: HttpRequest, pk: int) -> HttpResponse:
    notification = get_object_or_404(Notification.objects.visible_to(request.user), pk=pk)
    services.mark_read(notification)
    # The url was stored by our own code, but a stored link is still never followed off-site.
    if not url_has_allowed_host_and_scheme(notification.url, allowed_hosts=None):
        return redirect("notifications:inbox")
    return redirect(notification.link)


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    if services.mark_all_read(request.user):
        messages.success(request, _("All your messages are marked as read."))
    return redirect("notifications:inbox")


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    current = services.mail_mode(request.user)
    form = MailPreferenceForm(request.POST or None, initial={"mode": current})
    if request.method == "POST" and form.is_valid():
        services.set_mail_mode(request.user, form.cleaned_data["mode"])
        messages.success(request, _("Your choice for mails is saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})
