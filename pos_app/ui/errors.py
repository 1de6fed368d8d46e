"""How failures reach a person: expected ones in place, in words they can act on and in
the counter's language (``pos_app.ui.service_messages``); bugs logged with a trace and
announced once, with where the log is. The log keeps the English message."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from pos_app.domain.errors import DatabaseUnavailableError, PosError
from pos_app.ui.forms import fit_window
from pos_app.ui.service_messages import error_text

log = logging.getLogger(__name__)


class ErrorPresenter(QObject):
    """Turns exceptions from the task runner into messages.

    Signals: database_lost(str): a call failed because the database is unreachable.
    """

    database_lost = Signal(str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_path = log_path
        self.last_message = ""

    def message_for(self, exc: BaseException) -> str:
        if isinstance(exc, PosError):
            return error_text(exc)
        if self._log_path:
            return self.tr("Something went wrong. The details are in {0}.").format(self._log_path)
        return self.tr("Something went wrong.")

    def report(
        self, exc: BaseException, parent: QWidget | None = None, label: QLabel | None = None
    ) -> str:
        """Show ``exc``: in ``label`` when given, else in a message box over ``parent``."""
        message = self.message_for(exc)
        self.last_message = message
        if isinstance(exc, DatabaseUnavailableError):
            self.database_lost.emit(message)
        if isinstance(exc, PosError):
            log.info("refused: %s", exc.message)
        else:
            log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        if label is not None:
            label.setText(message)
            label.setVisible(True)
            if label.wordWrap():
                fit_window(label)  # a message that wraps makes room, never covers a field
        elif parent is not None:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Counter POS"), message, parent=parent
            )
            box.setObjectName("errorBox")
            box.open()
        return message
