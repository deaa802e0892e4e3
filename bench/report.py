"""The figures as a table on the terminal and as JSON in bench/results/."""

import json
import statistics
from pathlib import Path

from .measure import Result, percentile


def figures(result: Result, floor: Result, visitor_floor: Result) -> dict:
    """`floor_ratio` compares with the floor served the same way (for a signed-in page: with
    the same person's session); `visitor_floor_ratio` with the floor for a visitor."""
    server = statistics.median(result.server_ms)
    figures = {
        "page": result.page.path,
        "as_user": result.page.as_user,
        "status": result.status,
        "requests": len(result.server_ms),
        "server_ms": {"median": server, "p90": percentile(result.server_ms, 0.9)},
        "db_ms": {"median": statistics.median(result.db_ms)},
        "client_ms": {
            "median": statistics.median(result.client_ms),
            "p90": percentile(result.client_ms, 0.9),
        },
        "queries": {"median": statistics.median(result.queries), "max": max(result.queries)},
        "html_bytes": round(statistics.median(result.html_bytes)),
        "asset_bytes": sum(result.assets.values()),
        "total_bytes": result.total_bytes,
        "assets": result.assets,
    }
    figures["floor_ratio"] = server / statistics.median(floor.server_ms)
    figures["visitor_floor_ratio"] = server / statistics.median(visitor_floor.server_ms)
    return figures


def table(rows: list[dict]) -> str:
    header = (
        f"{'page':<28} {'server ms':>9} {'p90':>7} {'x floor':>8} {'x visitor':>9} {'SQL':>5} "
        f"{'client ms':>9} {'HTML kB':>8} {'total kB':>9}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        name = row["page"] + (f" ({row['as_user']})" if row["as_user"] else "")
        queries = f"{row['queries']['median']:g}"
        if row["queries"]["max"] != row["queries"]["median"]:
            queries += "+"  # some requests ran more queries than the median
        lines.append(
            f"{name:<28} {row['server_ms']['median']:>9.2f} {row['server_ms']['p90']:>7.2f} "
            f"{row['floor_ratio']:>8.1f} {row['visitor_floor_ratio']:>9.1f} {queries:>5} "
            f"{row['client_ms']['median']:>9.2f} "
            f"{row['html_bytes'] / 1000:>8.1f} {row['total_bytes'] / 1000:>9.1f}"
        )
    return "\n".join(lines)


def operations_table(rows: list[dict]) -> str:
    """Operations that are not pages (bench/apps/*.timings): median against its target."""
    if not rows:
        return ""
    lines = [f"{'operation':<48} {'median ms':>9} {'target ms':>9}", "-" * 68]
    for row in rows:
        verdict = "" if row["median_ms"] <= row["target_ms"] else "  OVER TARGET"
        lines.append(
            f"{row['name']:<48} {row['median_ms']:>9.1f} {row['target_ms']:>9.0f}{verdict}"
        )
    return "\n".join(lines)


def write(path: Path, report: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
