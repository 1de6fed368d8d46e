"""Settings' "Backups" tab and the daily backup at sign-in (issue 17).

A counter on a SQLite store copies the file (SQLite's online backup API, on a worker
thread: the till sells on meanwhile) into the folder chosen here, at sign-in when the
last copy is more than a day old, named by date and time, keeping the newest N, and again
when Settings closes (a folder just chosen gets its first copy then, not at the next
sign-in). "Back up now" makes a copy at once. Sign-in says in a strip over the
workspaces, never a dialog, when the last copy is more than two days old or there is
none. A PostgreSQL store is backed up on the server (pos-admin backup).

The backup service is imported when it is used: it pulls in the data layer, which the
sign-in dialog does not wait for.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import PosError
from pos_app.ui.context import BACKUP_KEEP_MAX, AppContext
from pos_app.ui.forms import InlineForm, named
from pos_app.ui.i18n import ltr, translate
from pos_app.ui.service_messages import error_text

if TYPE_CHECKING:
    from pos_app.services.backup import BackupReport

log = logging.getLogger(__name__)
FOLDER_MAX = 1000


def last_backup(ctx: AppContext) -> datetime | None:
    try:
        return datetime.fromisoformat(ctx.settings.last_backup_at)
    except ValueError:
        return None


class BackupSettings(QWidget):
    """The tab's fields; ``values`` is what Settings saves, ``None`` after saying in place
    what is wrong."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        settings = ctx.settings
        self.sqlite = bool(ctx.sqlite_path)
        self.saved_folder = settings.backup_folder
        self.form = InlineForm(self)
        self.folder = named(QLineEdit(settings.backup_folder), "backupFolder")
        self.folder.setPlaceholderText(self.tr("none; e.g. /media/usb/counter-backups"))
        self.keep = named(QSpinBox(), "backupKeep")
        self.keep.setRange(1, BACKUP_KEEP_MAX)
        self.keep.setSuffix(self.tr(" copies"))
        self.keep.setValue(settings.backup_keep)
        self.form.add("backup_folder", self.tr("Backup &folder"), self.folder, limit=FOLDER_MAX)
        self.form.add("backup_keep", self.tr("Keep the &last"), self.keep)
        if not self.sqlite:
            self.folder.setEnabled(False)
            self.keep.setEnabled(False)
        self.note = named(QLabel(self._note_text()), "backupNote")
        self.note.setWordWrap(True)
        self.now_button = named(QPushButton(self.tr("Back up &now")), "backupNow")
        self.now_button.setAutoDefault(False)  # Enter in a field still saves Settings
        self.now_button.clicked.connect(self.back_up_now)
        self.now_button.setVisible(self.sqlite)
        self.done = named(QLabel(), "backupDone")
        self.done.setWordWrap(True)
        self.done.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.note)
        layout.addWidget(self.now_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.done)
        layout.addWidget(self.form.form_error)
        layout.addStretch(1)

    def _note_text(self) -> str:
        if not self.sqlite:
            return self.tr(
                "This store's data is on a PostgreSQL server: back it up there with "
                "'pos-admin backup FILE' (see the README). Daily copies are for a store on "
                "this computer's own file."
            )
        last = last_backup(self.ctx)
        when = f"{last:%Y-%m-%d %H:%M}" if last else self.tr("none yet")
        return self.tr(
            "Once a day, at the first sign-in, this counter copies the store's file into "
            "the folder (a USB disk or another drive is best), named by date and time, "
            "and keeps the newest copies. Last backup: {0}."
        ).format(when)

    def values(self) -> dict[str, str | int | bool] | None:
        """The settings to save; None (the problem said at its field) if the folder cannot
        take the copies."""
        self.form.clear()
        if not self.sqlite:
            return {}
        if not self.form.within_limits():
            return None
        folder = self.folder.text().strip()
        # Only a folder typed here is checked: one saved before and gone since (a USB stick
        # not plugged in) must not stop the rest of Settings from being saved; the warning
        # at sign-in says the copy failed.
        if folder and folder != self.saved_folder:
            from pos_app.services.backup import check_backup_folder  # noqa: PLC0415

            try:
                folder = str(check_backup_folder(folder))
            except PosError as exc:
                self.form.show_error(error_text(exc), "backup_folder")
                return None
        return {"backup_folder": folder, "backup_keep": self.keep.value()}

    def back_up_now(self) -> None:
        """Copy the store's file into the folder typed (checked first) at once, off the UI
        thread; say where, or why not, under the button."""
        from pos_app.services.backup import check_backup_folder, daily_backup  # noqa: PLC0415

        self.form.clear()
        self.done.hide()
        folder = self.folder.text().strip()
        if not self.form.within_limits():
            return
        if not folder:
            self.form.show_error(self.tr("Type the folder to copy into first"), "backup_folder")
            return
        try:
            where = str(check_backup_folder(folder))
        except PosError as exc:
            self.form.show_error(error_text(exc), "backup_folder")
            return
        sqlite, keep, now = self.ctx.sqlite_path, self.keep.value(), datetime.now()
        self.now_button.setEnabled(False)
        self._say(self.tr("Backing up…"))
        self.ctx.tasks.read(
            lambda: daily_backup(sqlite, where, keep, now),
            lambda report: self._backed_up(report, now),
            self._failed,
        )

    def _say(self, text: str) -> None:
        self.done.setText(text)
        self.done.show()

    def _backed_up(self, report: BackupReport, now: datetime) -> None:
        self.ctx.settings.save(last_backup_at=now.isoformat(timespec="seconds"))
        log.info("backup made from Settings: %s", report.describe())
        self.note.setText(self._note_text())
        self._say(self.tr("Backed up at {0} to {1}").format(f"{now:%H:%M}", ltr(str(report.path))))
        self.now_button.setEnabled(True)
        self.now_button.setFocus()

    def _failed(self, exc: Exception) -> None:
        message = self.ctx.errors.message_for(exc)
        log.warning("backup from Settings failed: %s", message)
        self.done.hide()
        self.form.show_error(self.tr("The backup failed: {0}.").format(message))
        self.now_button.setEnabled(True)
        self.now_button.setFocus()


class BackupAtSignIn:
    """At sign-in on a SQLite store: the warning on the status bar, and the day's copy."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        self.ctx = ctx
        # A strip over the workspaces, under the connection banner: read at a glance,
        # wrapped rather than squeezing the status bar, and never taking the keyboard.
        self.label = named(QLabel(), "backupWarning")
        self.label.setWordWrap(True)
        self.label.setMargin(6)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label.hide()
        body = window.centralWidget()
        layout = body.layout() if body is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(1, self.label)
        else:
            window.statusBar().addWidget(self.label, 1)
        self.warning: str | None = None
        self.copying = False

    def start(self, now: datetime | None = None) -> None:
        """At sign-in, and again when Settings closes: say whether a copy is overdue, and
        make the day's copy if one is due and a folder is set."""
        if not self.ctx.sqlite_path or self.copying:  # a PostgreSQL store: on the server
            return
        from pos_app.services.backup import backup_due, backup_warning  # noqa: PLC0415

        now = now or datetime.now()
        settings, last = self.ctx.settings, last_backup(self.ctx)
        self.warning = None
        if backup_warning(last, now) is not None:  # the service decides; this says it
            self.warning = (
                translate("BackupAtSignIn", "No backup of this store's data has been made")
                if last is None
                else translate(
                    "BackupAtSignIn", "The last backup of this store's data is {0} days old ({1})"
                ).format((now - last).days, ltr(f"{last:%Y-%m-%d %H:%M}"))
            )
        folder = settings.backup_folder
        if not self.warning:
            self.label.hide()  # a copy made since (Settings' Back up now) answered it
        else:
            then = (
                translate("BackupAtSignIn", "; making one now…")
                if folder
                else translate("BackupAtSignIn", ": choose a folder in Settings > Backups")
            )
            self._say(self.warning + then)
        if not folder or not backup_due(last, now):
            return
        sqlite, keep = self.ctx.sqlite_path, settings.backup_keep

        def copy() -> BackupReport:
            from pos_app.services.backup import daily_backup  # noqa: PLC0415

            return daily_backup(sqlite, folder, keep, now)

        self.copying = True
        self.ctx.tasks.read(copy, lambda report: self._done(report, now), self._failed)

    def _say(self, text: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)
        self.label.show()

    def _done(self, report: BackupReport, now: datetime) -> None:
        self.copying = False
        self.ctx.settings.save(last_backup_at=now.isoformat(timespec="seconds"))
        log.info("daily backup: %s", report.describe())
        if self.warning:  # said at sign-in: say it is dealt with
            done = translate("BackupAtSignIn", "Backed up at {0} to {1}")
            self._say(done.format(f"{now:%H:%M}", report.path))

    def _failed(self, exc: Exception) -> None:
        self.copying = False
        message = self.ctx.errors.message_for(exc)
        log.warning("daily backup failed: %s", message)
        failed = translate("BackupAtSignIn", "The daily backup failed: {0}.").format(message)
        self._say(f"{failed} {self.warning or ''}".strip())
