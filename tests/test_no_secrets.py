"""After a session of use, no password or password hash is in the log, the settings
file, an export, the audit or a message shown to the user. The database password the admin
types in Settings goes to the system keyring (a real in-process backend here) and nowhere
else; a keyring that refuses it leaves it nowhere at all."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import STAFF_PASSWORD, People
from memory_keyring import MemoryKeyring, RefusingKeyring, keyring_in_place
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from pos_app.app import start
from pos_app.cli import main as pos_admin
from pos_app.db_password import SERVICE
from pos_app.domain.errors import AuthenticationError
from pos_app.services import Services
from pos_app.settings import log_dir
from pos_app.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.sqlite_only

SECRETS = ("owner-pass-1", "typo-pass-9", "s3cret-db-pass", "manager-pass-7", STAFF_PASSWORD)


def test_no_secret_is_written_anywhere(
    qtbot: QtBot,
    db_url: str,
    services: Services,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown: list[str] = []
    kept = MemoryKeyring()
    with keyring_in_place(kept):
        session(qtbot, db_url, shown)
    assert kept.entries == {(SERVICE, "pos@192.0.2.10:5432/counterpos"): "s3cret-db-pass"}
    with pytest.raises(AuthenticationError) as refused:
        services.auth.sign_in("manager1", "typo-pass-9")
    shown.append(str(refused.value))
    old = sys.stdin
    sys.stdin = io.StringIO("manager-pass-7\n")
    try:
        assert pos_admin(["user", "add", "maria", "--role", "manager", "--database", db_url]) == 0
    finally:
        sys.stdin = old
    export = tmp_path / "products.csv"
    assert pos_admin(["products", "export", str(export), "--database", db_url]) == 0
    shown.append(capsys.readouterr().out)
    audit_rows = services.audit.search(people.admin, limit=1000).items
    audit_text = "\n".join(f"{r.actor_username} {r.detail} {r.record_id}" for r in audit_rows)
    customers_csv = io.StringIO()
    csv.writer(customers_csv).writerows(
        [c.__dict__.values() for c in services.customers.search(people.admin).items]
    )

    places = {
        "log": "\n".join(p.read_text(encoding="utf-8") for p in log_dir().glob("*.log*")),
        # Qt fixes the settings file's place once per process: ask it where it wrote.
        "settings": Path(QSettings().fileName()).read_text(encoding="utf-8", errors="replace"),
        "export": export.read_text(encoding="utf-8"),
        "messages": "\n".join(shown),
        "audit": audit_text,
        "customer records": customers_csv.getvalue(),
    }
    assert "Invalid username or password" in places["messages"]
    assert "192.0.2.10" in places["settings"]  # the file was written, without the password
    assert "sign_in" in places["log"] or "signed in" in places["log"]
    assert "kept in the system keyring" in places["log"]  # the keyring path was taken
    assert "refused to keep" in places["messages"]  # and the refusing keyring's
    assert "database_password" in places["audit"]  # that it changed, not what it is
    for where, content in places.items():
        for secret in SECRETS:
            assert secret not in content, f"{secret!r} found in the {where}"
        assert "$2b$" not in content, f"a bcrypt hash found in the {where}"
    QSettings().clear()  # Qt may keep the settings path for the whole test process


def session(qtbot: QtBot, db_url: str, shown: list[str]) -> None:
    """Sign-in with a wrong password and a right one; Settings saved with the database
    password twice: once with a keyring that refuses it, once with the one in place."""
    controller = start(["--database", db_url])
    assert controller is not None
    try:
        with qtbot.waitSignal(controller.database_ready, timeout=20_000):
            pass
        dialog: Any = controller.dialog
        for password in ("typo-pass-9", STAFF_PASSWORD):
            dialog.username.setText("admin1")
            dialog.password.setText(password)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not controller.tasks.busy(), timeout=10_000)
            shown.append(dialog.form.form_error.text())
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        window = controller.window
        assert window is not None
        settings = SettingsDialog(controller.ctx, window.actor, window)  # type: ignore[arg-type]
        settings.server.setChecked(True)
        settings.host.setText("192.0.2.10")
        settings.password.setText("s3cret-db-pass")
        with keyring_in_place(RefusingKeyring()):
            settings.save()
        shown.append(settings.server_form.error_label("password").text())
        settings.save()
        qtbot.waitUntil(lambda: not controller.tasks.busy(), timeout=10_000)
        shown.append(controller.errors.last_message)
    finally:
        controller.shutdown()
