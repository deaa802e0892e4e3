"""A short-lived page cache for visitors without an account: the finder and activity pages
are Wijkgoud's front door. Every change to activities, dates or sign-ups moves a version
number, so a cached page is never older than the last change this server saw; the time
limit covers time passing (a date that just ended) and changes made by other servers
when the cache is not shared (no Redis)."""

import hashlib
import secrets
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse

VERSION_KEY = "activities:version"
SECONDS = 60


def version() -> str:
    found = cache.get(VERSION_KEY)
    if found is None:
        found = secrets.token_hex(8)
        cache.set(VERSION_KEY, found, None)
    return found


def changed() -> None:
    """Forget cached pages: now (this transaction's later reads) and after the commit."""
    cache.set(VERSION_KEY, secrets.token_hex(8), None)
    transaction.on_commit(lambda: cache.set(VERSION_KEY, secrets.token_hex(8), None))


def _cacheable(request) -> bool:
    # Without a session or messages cookie the page holds nothing personal.
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.user.is_authenticated
    )


def for_visitors(view):
    """Serve the same page to every visitor without an account for up to a minute."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = f"activities:page:{version()}:{path}"
        hit = cache.get(key)
        if hit is not None:
            return HttpResponse(hit, content_type="text/html; charset=utf-8")
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            cache.set(key, response.content, SECONDS)
        return response

    return wrapper
