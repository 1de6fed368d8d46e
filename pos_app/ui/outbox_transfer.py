"""The last resort, from the Conflicts workspace (issue 15): "Export waiting sales…"
writes the sales a counter file holds that the server has not confirmed to one file, and
"Import waiting sales…" adds such a file's sales to this counter's outbox, from where the
sync sends them (``services.outbox_transfer``). Each asks for plain paths, typed, as the
backup folder is: a USB disk's path works as well as any."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pos_app.services.outbox_transfer import PATH_MAX, ExportReport, ImportReport
from pos_app.services.records import Actor
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog
from pos_app.ui.forms import named
from pos_app.ui.i18n import translate

EXPORT_KEYS = "Ctrl+Shift+E"
IMPORT_KEYS = "Ctrl+I"


def suggested_export(counter: str) -> str:
    """A new file in the home folder, named by the counter and the time."""
    name = f"waiting-sales-{counter or 'counter'}-{datetime.now():%Y%m%d-%H%M}.json"
    return str(Path.home() / name)


class PathDialog(FormDialog):
    """A dialog of typed paths whose OK runs the transfer; ``said`` words its result."""

    def __init__(self, ctx: AppContext, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(ctx, title, parent)
        words = named(QLabel(intro), "outboxIntro")
        words.setWordWrap(True)
        self.box.insertWidget(0, words)

    def _field(self, name: str, label: str, text: str, object_name: str) -> QLineEdit:
        field = named(QLineEdit(text), object_name)
        self.form.add(name, label, field, limit=PATH_MAX)
        return field

    @staticmethod
    def said(record: Any) -> str:
        raise NotImplementedError


class ExportOutboxDialog(PathDialog):
    """Where to write, and which counter file to read (this counter's by default)."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("OutboxTransfer", "Export waiting sales"),
            translate(
                "OutboxTransfer",
                "Writes every sale of a counter file that the server has not confirmed to one "
                "file, to import at another counter. The counter file is not changed.",
            ),
            parent,
        )
        self.setObjectName("exportOutboxDialog")
        self._actor = actor
        counter = ctx.settings.counter_name
        self.path = self._field(
            "path",
            translate("OutboxTransfer", "&Write to"),
            suggested_export(counter),
            "exportPath",
        )
        self._own = ctx.services.outbox_transfer.own_file
        self.source = self._field(
            "source",
            translate("OutboxTransfer", "From the &counter file"),
            self._own,
            "exportSource",
        )
        self.ok_button.setText(translate("OutboxTransfer", "E&xport"))

    def work(self) -> Callable[[], Any] | None:
        transfer, actor = self.ctx.services.outbox_transfer, self._actor
        path, source = self.path.text(), self.source.text().strip()
        counter = self.ctx.settings.counter_name if source == self._own else ""
        return lambda: transfer.export(actor, path, source=source, counter=counter)

    @staticmethod
    def said(record: Any) -> str:
        return exported_text(record)


class ImportOutboxDialog(PathDialog):
    """The exported file to add to this counter's outbox."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("OutboxTransfer", "Import waiting sales"),
            translate(
                "OutboxTransfer",
                "Adds the sales of another counter's export to this counter's, to be sent to "
                "the server with their own numbers. A sale already here is not added again.",
            ),
            parent,
        )
        self.setObjectName("importOutboxDialog")
        self._actor = actor
        self.path = self._field(
            "path", translate("OutboxTransfer", "&Exported file"), "", "importPath"
        )
        self.ok_button.setText(translate("OutboxTransfer", "&Import"))

    def work(self) -> Callable[[], Any] | None:
        transfer, actor, path = self.ctx.services.outbox_transfer, self._actor, self.path.text()
        return lambda: transfer.import_file(actor, path)

    @staticmethod
    def said(record: Any) -> str:
        return imported_text(record)


def exported_text(report: ExportReport) -> str:
    return translate(
        "OutboxTransfer", "Exported to {0}: {1} sales not on the server, {2} waiting to be sent"
    ).format(report.path, report.sales, report.waiting)


def imported_text(report: ImportReport) -> str:
    return translate(
        "OutboxTransfer",
        "Imported from {0}: {1} sales of counter {2}, {3} to be sent; {4} were here already",
    ).format(report.path, len(report.added), report.counter, report.waiting, report.already)


def open_dialog(dialog: PathDialog, done: Callable[[str], object], back: QWidget) -> None:
    """Open ``dialog``; once its work is done, ``done`` gets what it did, in words; focus
    goes ``back`` when it closes."""
    dialog.accepted.connect(lambda: done(dialog.said(dialog.result_record)))
    dialog.finished.connect(lambda _code: back.setFocus())
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


#: The Conflicts workspace's buttons: (text, object name, keys, tip, dialog).
Opener = Callable[[AppContext, Actor, QWidget | None], PathDialog]
ACTIONS: tuple[tuple[Callable[[], str], str, str, Callable[[], str], Opener], ...] = (
    (
        lambda: translate("OutboxTransfer", "E&xport waiting sales…"),
        "exportOutbox",
        EXPORT_KEYS,
        lambda: translate(
            "OutboxTransfer", "Write a counter's sales not yet on the server to a file"
        ),
        ExportOutboxDialog,
    ),
    (
        lambda: translate("OutboxTransfer", "&Import waiting sales…"),
        "importOutbox",
        IMPORT_KEYS,
        lambda: translate("OutboxTransfer", "Add another counter's exported sales, to send them"),
        ImportOutboxDialog,
    ),
)
