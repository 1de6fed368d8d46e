"""kill -9 of a real counter process loses nothing on screen (issue 10, defect 2).

A real app process signs in and rings up a cart by keys; it is killed with SIGKILL (what a
power cut does to the process); the next start at that counter brings the cart back, with
its customer, and says so."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD, People
from helpers import new_customer, new_product

from pos_app.services import Services

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]
DRIVER = Path(__file__).with_name("counter_driver.py")


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("POS_DATABASE_URL", None)
    return env


def test_a_cart_on_screen_survives_kill_9_and_comes_back_with_its_customer(
    db_url: str, services: Services, people: People, tmp_path: Path
) -> None:
    new_product(services, people.manager, "Green T-Shirt", "19.99", 5, "1001")
    new_product(services, people.manager, "Blue Mug", "4.50", 5, "1002", "accessories")
    new_customer(services, people.cashier, "johndoe", "5.00")
    env = _env(tmp_path / "counter-home")
    command = [sys.executable, str(DRIVER), "ring", db_url, "cashier1", STAFF_PASSWORD]
    command += ["1001", "1002", "1001", "--customer", "johndoe"]
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as ring:
        try:
            assert ring.stdout is not None
            line = ring.stdout.readline()
            assert line.startswith("READY "), line
            assert json.loads(line[len("READY ") :]) == [
                ["Green T-Shirt", "2"],
                ["Blue Mug", "1"],
            ]
            os.kill(ring.pid, signal.SIGKILL)
            assert ring.wait(timeout=30) == -signal.SIGKILL
        finally:
            if ring.poll() is None:
                ring.kill()

    look = subprocess.run(
        [sys.executable, str(DRIVER), "look", db_url, "manager1", STAFF_PASSWORD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert look.returncode == 0, look.stderr[-3000:]
    shown = json.loads(look.stdout.strip().splitlines()[-1])
    assert shown["rows"] == [["Green T-Shirt", "2"], ["Blue Mug", "1"]]
    assert "Cart brought back" in shown["seen"]
    assert "Johndoe (johndoe)" in shown["seen"]
