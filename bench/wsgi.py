"""The app as gunicorn serves it in `make bench`, with BENCH=1 also timed per request.

Adds `Server-Timing: app;dur=…, db;dur=…` (milliseconds until the response starts)
and `X-Bench-Queries` (SQL statements run). Django renders the whole response before
it calls start_response, so that moment is the end of the server's work.
"""

import os
from time import perf_counter

from django.db import connection

from wijkgoud.wsgi import application as wijkgoud_application


def timed_application(environ, start_response):
    started = perf_counter()
    queries, db_seconds = 0, 0.0

    def count_query(execute, sql, params, many, context):
        nonlocal queries, db_seconds
        query_started = perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            queries += 1
            db_seconds += perf_counter() - query_started

    def start_timed_response(status, headers, exc_info=None):
        app_ms = (perf_counter() - started) * 1000
        headers = [
            *headers,
            ("Server-Timing", f"app;dur={app_ms:.3f}, db;dur={db_seconds * 1000:.3f}"),
            ("X-Bench-Queries", str(queries)),
        ]
        return start_response(status, headers, exc_info)

    with connection.execute_wrapper(count_query):
        return wijkgoud_application(environ, start_timed_response)


application = timed_application if os.environ.get("BENCH") == "1" else wijkgoud_application
