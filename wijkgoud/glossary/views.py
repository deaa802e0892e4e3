from string import ascii_lowercase

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from wijkgoud.core.services import WorkflowError

from . import services
from .checker import check_text
from .forms import CheckForm, SuggestionForm, TermForm
from .models import Suggestion, Term
from .permissions import can_review


def term_list(request: HttpRequest) -> HttpResponse:
    """All accepted words: search, or pick a letter."""
    query = request.GET.get("q", "").strip()[:100]
    letter = request.GET.get("letter", "")[:1].lower()
    language = get_language()
    terms = Term.objects.accepted()
    if query:
        found = Q(word__icontains=query) | Q(plain_words__icontains=query)
        found |= Q(meaning__icontains=query)
        if language != "nl":  # a reader may search in their own language too
            found |= Q(**{f"translations__{language}__icontains": query})
        terms = terms.filter(found)
    elif letter in ascii_lowercase and letter:
        terms = terms.filter(word__istartswith=letter)
    page = Paginator(terms.only("word", "slug", "meaning", "translations"), 50).get_page(
        request.GET.get("page")
    )
    url = reverse("glossary:detail", args=["SLUG"]).replace("SLUG", "{}")  # one reverse, not 50
    rows = [(term, url.format(term.slug), *term.meaning_in(language)) for term in page]
    context = {"page": page, "rows": rows, "query": query, "letter": letter,
               "letters": ascii_lowercase, "can_review": can_review(request.user)}  # fmt: skip
    return render(request, "glossary/term_list.html", context)


def term_detail(request: HttpRequest, slug: str) -> HttpResponse:
    term = get_object_or_404(
        Term.objects.visible_to(request.user).select_related("proposed_by"), slug=slug
    )
    meaning, meaning_language = term.meaning_in(get_language())
    context = {"term": term, "meaning": meaning, "meaning_language": meaning_language}
    return render(request, "glossary/term_detail.html", context)


@login_required
def term_propose(request: HttpRequest) -> HttpResponse:
    form = TermForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not form.is_checking:
        term = services.propose_term(actor=request.user, **form.cleaned_data)
        messages.success(request, _("Thank you. A neighbourhood worker will look at your word."))
        return redirect(term)
    return render(request, "glossary/term_form.html", {"form": form})


@login_required
def suggestion_create(request: HttpRequest, slug: str) -> HttpResponse:
    term = get_object_or_404(Term.objects.accepted(), slug=slug)
    form = SuggestionForm(request.POST or None, initial={"language": get_language()})
    if request.method == "POST" and form.is_valid() and not form.is_checking:
        services.propose_explanation(term, actor=request.user, **form.cleaned_data)
        messages.success(
            request, _("Thank you. A neighbourhood worker will look at your explanation.")
        )
        return redirect(term)
    return render(request, "glossary/suggestion_form.html", {"form": form, "term": term})


@login_required
def review(request: HttpRequest) -> HttpResponse:
    if not can_review(request.user):
        raise PermissionDenied
    terms = Term.objects.filter(status=Term.Status.PROPOSED).select_related("proposed_by")
    suggestions = (
        Suggestion.objects.filter(status=Suggestion.Status.PROPOSED)
        .select_related("term", "proposed_by")
        .order_by("created_at")
    )
    context = {"terms": terms, "suggestions": suggestions}
    return render(request, "glossary/review.html", context)


def _decide(request: HttpRequest, model, pk: int, service, done: str) -> HttpResponse:
    if not can_review(request.user):
        raise PermissionDenied
    obj = get_object_or_404(model, pk=pk)
    try:
        service(obj, actor=request.user)
    except WorkflowError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect("glossary:review")


@login_required
@require_POST
def term_accept(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(request, Term, pk, services.accept_term, _("The word is in the glossary now."))


@login_required
@require_POST
def term_reject(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(request, Term, pk, services.reject_term, _("The word is not taken in."))


@login_required
@require_POST
def suggestion_accept(request: HttpRequest, pk: int) -> HttpResponse:
    done = _("The new explanation is used now.")
    return _decide(request, Suggestion, pk, services.accept_explanation, done)


@login_required
@require_POST
def suggestion_reject(request: HttpRequest, pk: int) -> HttpResponse:
    done = _("The old explanation stays.")
    return _decide(request, Suggestion, pk, services.reject_explanation, done)


@ratelimit(key="ip", rate="120/m", block=True)
def check(request: HttpRequest) -> HttpResponse:
    """The checker's advice on a text. A whole page without JavaScript; with it, only the
    advice (the script asks with ?fragment=1 while someone types)."""
    form = CheckForm(request.POST or request.GET or None)
    advice = check_text(form.data.get("text", "")) if form.is_bound else None
    context = {"form": form, "advice": advice, "advice_id": request.GET.get("for", "")}
    if request.GET.get("fragment") or request.POST.get("fragment"):
        return render(request, "glossary/includes/advice.html", context)
    return render(request, "glossary/check.html", context)
