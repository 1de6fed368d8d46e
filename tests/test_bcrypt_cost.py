"""POS_BCRYPT_COST sets the work factor of new password hashes, from 10 to 16; anything
else is said in the log and the default (12) is used."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select
from test_cli import run_cli

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.services import DEFAULT_BCRYPT_COST, build_services
from pos_app.services.passwords import COST_VARIABLE

pytestmark = pytest.mark.sqlite_only


def stored_cost(db_url: str, username: str) -> int:
    db = Database(db_url)
    try:
        stored = db.read(
            lambda tx: tx.session.scalar(
                select(models.Account.password_hash).where(models.Account.username == username)
            )
        )
    finally:
        db.dispose()
    assert stored is not None
    return int(stored.split("$")[2])  # $2b$<cost>$<salt and hash>


@pytest.mark.parametrize(
    ("setting", "cost", "said"),
    [(None, DEFAULT_BCRYPT_COST, False), ("11", 11, False), (" 10 ", 10, False),
     ("9", DEFAULT_BCRYPT_COST, True), ("17", DEFAULT_BCRYPT_COST, True),
     ("eleven", DEFAULT_BCRYPT_COST, True), ("-11", DEFAULT_BCRYPT_COST, True)],
)  # fmt: skip
def test_pos_admin_hashes_a_new_password_at_the_cost_the_environment_sets(
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    setting: str | None,
    cost: int,
    said: bool,
) -> None:
    if setting is None:
        monkeypatch.delenv(COST_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(COST_VARIABLE, setting)
    with caplog.at_level(logging.WARNING, logger="pos_app.services.passwords"):
        code, out, _ = run_cli(
            ["user", "add", "maria", "--role", "manager", "--database", db_url],
            capsys,
            stdin="manager-pass-1\n",
        )
    assert code == 0, out
    assert stored_cost(db_url, "maria") == cost
    assert (f"{COST_VARIABLE}={(setting or '').strip()!r} ignored" in caplog.text) is said
    db = Database(db_url)
    try:  # whatever the cost now, the password signs in
        monkeypatch.setenv(COST_VARIABLE, "10")
        assert build_services(db).auth.sign_in("maria", "manager-pass-1").username == "maria"
    finally:
        db.dispose()
