"""The pages `make bench` measures. A new page is one line in PAGES."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """A page to measure; `as_user` signs in as one of the bench people (see bench.data)."""

    path: str
    as_user: str | None = None
    status: int = 200

    @property
    def name(self) -> str:
        return self.path + (f" ({self.as_user})" if self.as_user else "")


# The framework floor: the smallest page (a minimal template view), served the same way in
# the same run: to visitors, and with the session of each person a page is measured as.
FLOOR = Page("/health/")

PAGES = [
    Page("/nl/"),
    Page("/en/"),
    Page("/ar/"),
    Page("/tr/"),
    Page("/pl/"),
    Page("/nl/accessibility/"),
    Page("/nl/privacy/"),
    Page("/nl/account/login/"),
    Page("/nl/dashboard/", as_user="worker"),
]
