"""The bench database: its own SQLite file, or the PostgreSQL database DATABASE_URL names."""

import os
from pathlib import Path

import dj_database_url
import psycopg
from psycopg import sql

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_URL = f"sqlite:///{PROJECT_DIR / 'var' / 'bench.sqlite3'}"


def choose_url() -> str:
    """DATABASE_URL when set, else var/bench.sqlite3; never a database without "bench"."""
    url = os.environ.get("DATABASE_URL") or DEFAULT_URL
    name = Path(str(dj_database_url.parse(url)["NAME"])).name
    if "bench" not in name:
        # The bench writes 20,000 made-up people: keep them out of real data.
        raise SystemExit(
            f"The bench fills its database with generated people, so its name must contain "
            f'"bench" (got "{name}"). For example: '
            "DATABASE_URL=postgres://postgres@127.0.0.1:5432/wijkgoud_bench make bench"
        )
    return url


def describe(url: str) -> dict[str, str]:
    """Vendor, host and name, without the password."""
    config = dj_database_url.parse(url)
    vendor = config["ENGINE"].rsplit(".", 1)[-1]
    host = f"{config.get('HOST') or 'localhost'}:{config.get('PORT') or 5432}"
    return {
        "vendor": vendor,
        "name": str(config["NAME"]),
        "host": "" if vendor == "sqlite3" else host,
    }


def prepare(url: str, *, fresh: bool) -> None:
    """Create the database when missing; with `fresh`, throw the old one away first."""
    config = dj_database_url.parse(url)
    if config["ENGINE"].endswith("sqlite3"):
        path = Path(config["NAME"])
        path.parent.mkdir(parents=True, exist_ok=True)
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    connect = {
        key: value
        for key, value in {
            "host": config.get("HOST"),
            "port": config.get("PORT"),
            "user": config.get("USER"),
            "password": config.get("PASSWORD"),
        }.items()
        if value
    }
    name = config["NAME"]
    with psycopg.connect(dbname="postgres", autocommit=True, **connect) as conn:
        if fresh:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
