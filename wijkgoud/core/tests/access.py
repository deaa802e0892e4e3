"""Core's rows of the authorization table (see test_authorization.py), and the helpers
every app's `tests/access.py` writes its rows with.

An app's `tests/access.py` defines ACCESS (URL name → who gets in), and where its URLs
take parameters EXAMPLE_KWARGS (URL name → lambda world: kwargs) and
`world(people, almere_haven) -> dict` (the objects those kwargs point at).
"""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from wijkgoud.core.models import AuditEvent
from wijkgoud.core.services import record_event
from wijkgoud.core.tasks import send_welcome_mail
from wijkgoud.core.tests.factories import PlaceFactory

PEOPLE = ["anonymous", "active_resident", "worker", "budget_holder", "admin", "outsider"]
OK = 200
REDIRECT = "redirect"


def anyone(outcome=OK) -> dict:
    return dict.fromkeys(PEOPLE, outcome)


def signed_in(outcome=OK) -> dict:
    return dict.fromkeys(PEOPLE[1:], outcome)


def only(*people: str, outcome=OK) -> dict:
    return dict.fromkeys(people, outcome)


NOBODY: dict = {}
ADMIN_RULE = only("admin")

ACCESS = {
    # Wijkgoud
    "health": anyone(),
    "core:home": anyone(),
    "core:accessibility": anyone(),
    "core:privacy": anyone(),
    "core:dashboard": signed_in(),
    "core:profile": signed_in(),
    "core:history": only("worker", "admin"),
    # allauth: signing in and out
    "account_login": {"anonymous": OK} | signed_in(REDIRECT),
    "account_logout": {"anonymous": REDIRECT} | signed_in(),
    "account_signup": {"anonymous": OK} | signed_in(REDIRECT),
    "account_inactive": anyone(),
    "account_request_login_code": {"anonymous": OK} | signed_in(REDIRECT),
    # without a code requested first there is nothing to confirm
    "account_confirm_login_code": anyone(REDIRECT),
    "account_reauthenticate": signed_in(),
    "account_request_reauthentication_code": signed_in(REDIRECT),
    "account_confirm_reauthentication_code": signed_in(REDIRECT),
    # allauth: e-mail addresses and passwords
    "account_email": signed_in(),
    "account_email_verification_sent": anyone(),
    "account_confirm_email": anyone(),  # an unknown key: a page that says so
    "account_change_password": signed_in(),
    "account_set_password": signed_in(REDIRECT),  # they have one: on to "change"
    "account_reset_password": anyone(),
    "account_reset_password_done": anyone(),
    "account_reset_password_from_key": anyone(),  # a bad key: a page that says so
    "account_reset_password_from_key_done": anyone(),
    # allauth: the second factor; changing it first asks for the password again
    "mfa_index": signed_in(),
    "mfa_authenticate": signed_in(REDIRECT),  # only during a sign-in
    "mfa_reauthenticate": only("worker", "budget_holder", "admin")
    | only("active_resident", "outsider", outcome=REDIRECT),
    "mfa_activate_totp": signed_in(REDIRECT),
    "mfa_deactivate_totp": only("worker", "budget_holder", "admin", outcome=REDIRECT),
    "mfa_generate_recovery_codes": signed_in(REDIRECT),
    # nobody in the fixtures has recovery codes: 404
    "mfa_view_recovery_codes": NOBODY,
    "mfa_download_recovery_codes": NOBODY,
    # the admin
    "admin:index": ADMIN_RULE,
    # the admin signs in through allauth (second factor included); others get 403
    "admin:login": only("admin", outcome=REDIRECT),
    "admin:logout": anyone(REDIRECT) | {"admin": 405},  # only POST signs out
    "admin:autocomplete": NOBODY,  # refused without its query parameters
    "admin:view_on_site": only("admin", outcome=REDIRECT),
    "admin:app_list": ADMIN_RULE,
    "admin:core_user_changelist": ADMIN_RULE,
    "admin:core_user_add": ADMIN_RULE,
    "admin:core_area_changelist": ADMIN_RULE,
    "admin:core_area_add": ADMIN_RULE,
    "admin:core_place_changelist": ADMIN_RULE,
    "admin:core_place_add": ADMIN_RULE,
    "admin:core_auditevent_changelist": ADMIN_RULE,
    # the audit trail and the task queue are read-only, also for the admin
    "admin:core_auditevent_add": NOBODY,
    "admin:core_auditevent_delete": NOBODY,
    "admin:django_tasks_database_dbtaskresult_add": NOBODY,
    "admin:django_tasks_database_dbtaskresult_delete": NOBODY,
}


def world(people, almere_haven) -> dict:
    """One of everything the URLs with parameters point at."""
    place = PlaceFactory(area=almere_haven)
    event = record_event(place, "place.created", actor=people["admin"])
    Group.objects.create(name="Wijkteam")
    EmailAddress.objects.create(user=people["outsider"], email="outsider@example.org")
    send_welcome_mail.enqueue(people["outsider"].pk)
    return {"place": place, "event": event, "user": people["outsider"]}


EXAMPLE_KWARGS = {
    "core:history": lambda world: {
        "content_type_id": ContentType.objects.get_for_model(world["place"]).pk,
        "object_id": world["place"].pk,
    },
    "account_confirm_email": lambda world: {"key": "no-such-key"},
    "account_reset_password_from_key": lambda world: {"uidb36": "1", "key": "no-such-key"},
    "admin:view_on_site": lambda world: {
        "content_type_id": ContentType.objects.get_for_model(AuditEvent).pk,
        "object_id": world["event"].pk,
    },
    "admin:app_list": lambda world: {"app_label": "core"},
    "admin:auth_user_password_change": lambda world: {"id": world["user"].pk},
}
