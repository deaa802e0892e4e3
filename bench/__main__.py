"""`python -m bench`: page speed and size with production settings on a city-scale data set.

Prepares its own database (var/bench.sqlite3, or DATABASE_URL when its name contains
"bench"), generates the data once, serves the app with gunicorn on a free loopback port
and requests every page in bench/pages.py. Figures go to the terminal and to
bench/results/latest.json.
"""

import argparse
import os
import platform
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import asdict, replace
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path
from types import SimpleNamespace

from . import apps, database, report, server
from .data import PEOPLE, Counts
from .measure import add_assets, measure
from .pages import FLOOR, PAGES, Page

PROJECT_DIR = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # A stopped run (Ctrl-C, kill) still leaves through `finally` and stops gunicorn.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    url = database.choose_url()
    env = production_env(url)
    os.environ.update(env)  # this process writes sessions with the server's SECRET_KEY
    database.prepare(url, fresh=args.fresh)
    counts = prepare_django(Counts(args.users, args.places, args.buurten, args.events), args.seed)
    pages = PAGES + [page for module in apps.modules() for page in getattr(module, "pages", list)()]
    pages = [page for page in pages if args.only in page.path]
    cookies = {page.as_user: session_cookie(page.as_user) for page in pages if page.as_user}
    operations = [
        row
        for module in apps.modules()
        if hasattr(module, "timings") and not args.only
        for row in module.timings()
    ]

    from django.db import connections

    connections.close_all()
    log_path = PROJECT_DIR / "var" / "bench-gunicorn.log"
    rows, sizes = [], {}
    with server.running(env, workers=args.workers, log_path=log_path) as port:
        say(f"gunicorn: {args.workers} workers on 127.0.0.1:{port}, log in {log_path}")
        floors = {}
        for page in [*floor_pages(pages), *pages]:
            say(f"measuring {page.name} …")
            cookie = cookies.get(page.as_user, "")
            result, last = measure(
                port, page, cookie=cookie, warmup=args.warmup, requests=args.requests
            )
            add_assets(result, last, port, sizes)
            floors.setdefault(page.as_user, result)
            rows.append(report.figures(result, floors[page.as_user], floors[None]))
    print(report.table(rows))
    print(report.operations_table(operations))
    report.write(
        args.output, metadata(args, url, counts) | {"pages": rows, "operations": operations}
    )
    say(f"written to {args.output}")
    return 0


def floor_pages(pages: list[Page]) -> list[Page]:
    """The floor for visitors, and the same page for each person a page is measured as:
    a signed-in page is compared with the floor served the same way, with the same session
    (its lookup of the session, the user and their roles)."""
    people = dict.fromkeys(page.as_user for page in pages if page.as_user)
    return [FLOOR, *(replace(FLOOR, as_user=person) for person in people)]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    defaults = Counts()
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=defaults.users)
    parser.add_argument("--places", type=int, default=defaults.places)
    parser.add_argument(
        "--buurten", type=int, default=defaults.buurten, help="besides Almere Haven's"
    )
    parser.add_argument("--events", type=int, default=defaults.events, help="audit events")
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--fresh", action="store_true", help="throw away the data, generate anew")
    parser.add_argument("--warmup", type=int, default=20, help="requests per page, not counted")
    parser.add_argument("--requests", type=int, default=200, help="measured requests per page")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument(
        "--only", default="", help="only the pages whose path holds this text (and no operations)"
    )
    args = parser.parse_args(argv)
    if args.requests < 1 or args.warmup < 0 or args.users < 10 or args.buurten < 1:
        parser.error("need --requests ≥ 1, --warmup ≥ 0, --users ≥ 10 and --buurten ≥ 1")
    return args


def production_env(url: str) -> dict[str, str]:
    """The environment of a production server, on plain HTTP over loopback."""
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "wijkgoud.settings",
        "PRODUCTION": "true",
        "DEBUG": "false",
        "DEMO_MODE": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": url,
        "LOG_LEVEL": "WARNING",
        "BENCH": "1",
    }


def prepare_django(counts: Counts, seed: int) -> Counts:
    """Migrate, compile translations, collect static files, generate data when missing."""
    import django
    from django.core.management import call_command

    django.setup()
    from . import generate

    say("migrating, compiling messages, collecting static files …")
    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)
    # The .mo files are not in git; without them every language would show English.
    call_command(
        "compilemessages", ignore_patterns=[".venv", ".tools", "node_modules"], verbosity=0
    )
    call_command("collectstatic", interactive=False, verbosity=0)
    if generate.is_present():
        found = generate.current_counts()
        say(f"reusing the data: {asdict(found)}")
        if (found.users, found.places, found.events) != (
            counts.users,
            counts.places,
            counts.events,
        ):
            say("the data holds other counts than asked for: --fresh generates anew")
        generate_apps(seed)
        analyze()
        return found
    started = time.monotonic()
    found = generate.generate(counts, seed=seed)
    say(f"generated {asdict(found)} in {time.monotonic() - started:.1f} s")
    generate_apps(seed)
    analyze()
    return found


def analyze() -> None:
    """The planner's statistics and PostgreSQL's visibility map up to date, as autovacuum keeps
    them on a production server (a test server may run without it)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def generate_apps(seed: int) -> None:
    """Each app's data, when it is not there yet (a new app needs no --fresh)."""
    import random

    from django.db import transaction

    for module in apps.modules():
        if hasattr(module, "generate") and not module.is_present():
            started = time.monotonic()
            with transaction.atomic():
                found = module.generate(random.Random(seed))
            say(f"{module.__name__}: generated {found} in {time.monotonic() - started:.1f} s")


def session_cookie(person: str) -> str:
    """A signed-in session for one of the bench people, written straight to the store."""
    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.models import Authenticator
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    from wijkgoud.core.models import User

    user = User.objects.get(email=PEOPLE[person][0])
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    # What a real sign-in leaves in the session: the password, and the code of the second
    # factor for those who have one (the people whose role needs it, bench/generate.py).
    signed_in = SimpleNamespace(session=session)
    record_authentication(signed_in, user, "password", email=user.email)
    if totp := user.authenticator_set.filter(type=Authenticator.Type.TOTP).first():
        record_authentication(signed_in, user, "mfa", id=totp.pk, type=totp.type)
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def metadata(args: argparse.Namespace, url: str, counts: Counts) -> dict:
    import django

    def git(*command: str) -> str:
        run = subprocess.run(["git", *command], cwd=PROJECT_DIR, capture_output=True, text=True)
        return run.stdout.strip()

    return {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "git_commit": git("rev-parse", "--short", "HEAD"),
        "git_dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "database": database.describe(url),
        "data": asdict(counts),
        "run": {"warmup": args.warmup, "requests": args.requests, "workers": args.workers},
        "machine": {
            "cpus": os.cpu_count(),
            # Other work on the machine slows the figures down: look here first.
            "load_average": [round(load, 2) for load in os.getloadavg()],
            "python": platform.python_version(),
        },
        "django": django.get_version(),
        "units": "milliseconds; bytes are response bodies as sent (br or gzip), no headers",
    }


STARTED = time.monotonic()


def say(message: str) -> None:
    print(f"[{time.monotonic() - STARTED:5.1f} s] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
