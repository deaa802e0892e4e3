from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, translate_url
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token

from . import permissions
from .forms import ProfileForm
from .plugins import app_modules
from .services import events_for


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html")


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    user = request.user
    context = {
        "is_active_resident": permissions.is_active_resident(user),
        "is_worker": permissions.is_worker(user),
        "is_budget_holder": permissions.is_budget_holder(user),
        "is_admin": permissions.is_admin(user),
        "role_assignments": permissions.role_assignments_of(user),
        # Each app's dashboard.py: sections(request) -> [{"template": ..., **its context}].
        "sections": [s for module in app_modules("dashboard") for s in module.sections(request)],
    }
    return render(request, "core/dashboard.html", context)


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details are saved."))
        # Show the page again in the language just chosen.
        return redirect(translate_url(reverse("core:profile"), request.user.preferred_language))
    return render(request, "core/profile.html", {"form": form})


@login_required
def history(request: HttpRequest, content_type_id: int, object_id: str) -> HttpResponse:
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model = content_type.model_class()
    if model is None:
        raise Http404
    try:
        obj = get_object_or_404(model, pk=object_id)
    except (ValueError, ValidationError):  # an id of the wrong type, e.g. typed by hand
        raise Http404 from None
    if not request.user.has_perm("core.view_history", obj):
        raise PermissionDenied
    return render(request, "core/history.html", {"object": obj, "events": events_for(obj)})


def health(request: HttpRequest) -> HttpResponse:
    """For load balancers and monitoring; also the framework floor in `make bench`."""
    return render(request, "core/health.html")


def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "core/accessibility.html")


def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "core/privacy.html")


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "403.html", status=403)


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "404.html", status=404)


def too_many_requests(request: HttpRequest, exception=None) -> HttpResponse:
    """Shown when a public form is sent too often (django-ratelimit and allauth)."""
    return render(request, "429.html", status=429)


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
