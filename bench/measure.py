"""Request each page over loopback and sum up speed, SQL queries and compressed size."""

import gzip
import http.client
import math
import statistics
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import brotli

from .pages import Page
from .server import HOST

HEADERS = {
    "Accept": "text/html,*/*",
    "Accept-Encoding": "br, gzip",
    "User-Agent": "wijkgoud-bench",
    # The settings trust this header from the proxy: the app behaves as behind HTTPS.
    "X-Forwarded-Proto": "https",
}


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    client_ms: float

    @property
    def text(self) -> str:
        encoding = self.headers.get("Content-Encoding", "")
        if encoding == "gzip":
            return gzip.decompress(self.body).decode()
        if encoding == "br":
            return brotli.decompress(self.body).decode()
        return self.body.decode()

    def server_timing(self) -> dict[str, float]:
        """`app;dur=1.2, db;dur=0.3` → {"app": 1.2, "db": 0.3}."""
        timings = {}
        for part in self.headers.get("Server-Timing", "").split(","):
            name, _, duration = part.strip().partition(";dur=")
            if duration:
                timings[name] = float(duration)
        return timings


@dataclass
class Result:
    page: Page
    status: int
    server_ms: list[float] = field(default_factory=list)
    db_ms: list[float] = field(default_factory=list)
    client_ms: list[float] = field(default_factory=list)
    queries: list[int] = field(default_factory=list)
    html_bytes: list[int] = field(default_factory=list)
    assets: dict[str, int] = field(default_factory=dict)

    @property
    def total_bytes(self) -> int:
        return round(statistics.median(self.html_bytes)) + sum(self.assets.values())


def get(port: int, path: str, cookie: str = "") -> Response:
    headers = HEADERS | ({"Cookie": cookie} if cookie else {})
    started = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    elapsed = (time.perf_counter() - started) * 1000
    return Response(response.status, response.headers, body, elapsed)


def measure(
    port: int, page: Page, *, cookie: str, warmup: int, requests: int
) -> tuple[Result, Response]:
    """Warm up, then time `requests` requests; also returns the last response."""
    for _n in range(warmup):
        _check(page, get(port, page.path, cookie))
    result = Result(page, page.status)
    for _n in range(requests):
        response = _check(page, get(port, page.path, cookie))
        timing = response.server_timing()
        result.server_ms.append(timing["app"])
        result.db_ms.append(timing["db"])
        result.client_ms.append(response.client_ms)
        result.queries.append(int(response.headers["X-Bench-Queries"]))
        result.html_bytes.append(len(response.body))
    return result, response


def add_assets(result: Result, response: Response, port: int, sizes: dict[str, int]) -> None:
    """The page's own CSS, JS, icons and images, each fetched once per run."""
    parser = AssetParser()
    parser.feed(response.text)
    for url in parser.urls:
        absolute = urljoin(f"http://{HOST}:{port}{result.page.path}", url)
        parts = urlsplit(absolute)
        if (parts.hostname, parts.port) != (HOST, port):
            continue  # another origin: the design allows none, so it shows up as missing
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path not in sizes:
            asset = get(port, path)
            if asset.status != 200:
                raise RuntimeError(f"{path} (on {result.page.path}) answered {asset.status}")
            sizes[path] = len(asset.body)
        result.assets[path] = sizes[path]


def _check(page: Page, response: Response) -> Response:
    if response.status != page.status:
        where = response.headers.get("Location", "")
        raise RuntimeError(f"{page.name} answered {response.status} {where}".strip())
    return response


class AssetParser(HTMLParser):
    """Collects stylesheet and icon links, script sources and image sources."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        rel = set((found.get("rel") or "").lower().split())
        if tag == "link" and rel & {"stylesheet", "icon"}:
            url = found.get("href")
        elif tag in {"script", "img"}:
            url = found.get("src")
        else:
            return
        if url and not url.startswith("data:") and url not in self.urls:
            self.urls.append(url)


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: p90 is the value 90 % of requests stay at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def median_ms(operation, *, repeat: int = 10, warmup: int = 1) -> float:
    """The median wall time of operation() in milliseconds, after `warmup` untimed runs."""
    for _ in range(warmup):
        operation()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        operation()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
