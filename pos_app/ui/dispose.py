"""Closed dialogs deleted, once nothing they sent is still on its way."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton


def dispose_when_closed(dialog: QDialog, busy: QPushButton) -> None:
    """Delete a closed dialog later, unless its write is still running (``busy`` disabled):
    then its result still has to arrive, and it closes again when it does."""

    def finished(_result: int) -> None:
        if busy.isEnabled():
            dialog.deleteLater()

    dialog.finished.connect(finished)
