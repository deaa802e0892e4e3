"""The texts the applicant reads — advice, questions, a decision's reasons and conditions —
get the jargon checker: "Check my text" shows plainer words and never saves."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from wijkgoud.core.models import AuditEvent
from wijkgoud.funding.forms import AdviceForm, DecisionForm, QuestionForm
from wijkgoud.funding.models import Application

from .factories import ApplicationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund", "seeded_glossary")]
S = Application.Status
JARGON = "Je krijgt binnen twee weken een beschikking."


def url(name, *args, lang="nl"):
    with translation.override(lang):
        return reverse(f"funding:{name}", args=args)


def plain_words(form, field) -> list[str]:
    advice = form.jargon_advice(field)
    return [word for finding in advice.findings for word in finding.entry.plain_words]


def test_the_advice_suggests_besluit_for_beschikking():
    form = AdviceForm({"advice": "grant", "text": JARGON, "check_text": "1"})
    assert form.is_checking
    assert "besluit" in plain_words(form, "text")


def test_a_decision_checks_its_reasons_and_conditions():
    application = ApplicationFactory(advised=True)
    data = {"decision": "reject", "reasons": JARGON, "conditions": "Het voorschot komt later."}
    form = DecisionForm(data, application=application)
    assert not form.is_checking
    assert "besluit" in plain_words(form, "reasons")
    assert "geld vooraf" in plain_words(form, "conditions")
    assert form["reasons"].field.widget.attrs["aria-describedby"] == "jargon-reasons"


def test_a_question_in_plain_words_reads_easily():
    form = QuestionForm({"text": "Hoeveel buren doen mee?"})
    assert form.jargon_advice("text").is_empty


def test_checking_the_advice_shows_the_tips_and_saves_nothing(client, worker):
    application = ApplicationFactory(in_review=True, advisor=worker)
    client.force_login(worker)
    data = {"advice": "grant", "text": JARGON, "check_text": "1"}
    response = client.post(url("application_advise", application.pk), data)
    assert response.status_code == 200
    assert "„beschikking” is een ambtelijk woord." in response.text
    assert "<strong>besluit, brief met het besluit</strong>" in response.text
    assert JARGON in response.text  # nothing typed is lost
    assert 'src="/static/glossary/glossary.js"' in response.text
    application.refresh_from_db()
    assert application.advice_text == "" and application.advised_at is None

    data["text"] = "Je krijgt binnen twee weken een besluit."
    del data["check_text"]
    response = client.post(url("application_advise", application.pk), data)
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.advice_text == "Je krijgt binnen twee weken een besluit."


def test_checking_a_question_does_not_send_it(client, worker):
    application = ApplicationFactory(in_review=True, advisor=worker)
    client.force_login(worker)
    data = {"text": "Wil je je beschikking meesturen?", "check_text": "1"}
    response = client.post(url("application_ask", application.pk), data)
    assert response.status_code == 200
    assert "besluit" in response.text
    assert not application.questions.exists()
    application.refresh_from_db()
    assert application.status == S.IN_REVIEW


def test_checking_a_decision_does_not_decide(client, budget_holder, budget):
    application = ApplicationFactory(advised=True)
    client.force_login(budget_holder)
    data = {"decision": "reject", "reasons": JARGON, "check_text": "1"}
    response = client.post(url("application_decide", application.pk, lang="en"), data)
    assert response.status_code == 200
    assert "“beschikking” is an office word." in response.text
    assert 'id="jargon-reasons"' in response.text and 'id="jargon-conditions"' in response.text
    application.refresh_from_db()
    assert application.status == S.IN_REVIEW
    assert not AuditEvent.objects.filter(action__icontains="reject").exists()

    data = {"decision": "reject", "reasons": "Dit is een eenmalig feest."}
    response = client.post(url("application_decide", application.pk, lang="en"), data)
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == S.REJECTED and application.reasons == data["reasons"]


def test_the_reasons_for_a_partial_grant_are_kept_for_the_letter(client, budget_holder, budget):
    application = ApplicationFactory(advised=True)
    client.force_login(budget_holder)
    data = {"decision": "grant", "amount": "600", "reasons": "De flyers zijn te duur."}
    assert client.post(url("application_decide", application.pk), data).status_code == 302
    application.refresh_from_db()
    assert application.amount_granted == Decimal("600")
    assert application.reasons == "De flyers zijn te duur."
