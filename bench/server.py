"""Start gunicorn on a free loopback port, and always stop it again."""

import http.client
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
CONFIG = Path(__file__).resolve().parent / "gunicorn.conf.py"
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@contextmanager
def running(env: dict[str, str], *, workers: int, log_path: Path) -> Iterator[int]:
    """gunicorn with bench/gunicorn.conf.py; yields its port once /health/ answers."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "--config", str(CONFIG)]
    command += ["--bind", f"{HOST}:{port}", "--workers", str(workers)]
    with log_path.open("w") as log:
        process = subprocess.Popen(
            command, cwd=PROJECT_DIR, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            _wait_until_ready(process, port, log_path)
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_ready(process: subprocess.Popen, port: int, log_path: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped at start:\n{log_path.read_text()[-3000:]}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/health/", headers={"X-Forwarded-Proto": "https"})
            status = conn.getresponse().status
            conn.close()
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer within 60 s:\n{log_path.read_text()[-3000:]}")
