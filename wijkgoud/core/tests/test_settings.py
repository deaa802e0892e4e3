"""Production settings refuse what is only safe on a developer's machine."""

import subprocess
import sys

import pytest

PRODUCTION = {"PRODUCTION": "true", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "wijkgoud.example"}


def load_settings(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "import wijkgoud.settings"],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
    )


def test_production_settings_load_with_a_secret_key():
    assert load_settings(PRODUCTION).returncode == 0


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"DEMO_MODE": "true"}, "DEMO_MODE is refused in production"),
        ({"DEBUG": "true"}, "DEBUG must be off in production"),
        ({"SECRET_KEY": ""}, "Set SECRET_KEY"),
    ],
)
def test_production_settings_refuse_demo_debug_and_a_missing_secret(extra, message):
    result = load_settings(PRODUCTION | extra)
    assert result.returncode != 0
    assert message in result.stderr
