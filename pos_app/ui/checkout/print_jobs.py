"""The printer's thread's side of the checkout's receipts (``receipt_printing``): one
job at a time, each reporting plain values only (a sale, a reason as text), and the
language the receipts print in."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QRunnable

from pos_app.domain.errors import PosError
from pos_app.services.offline_receipt import OfflineSale
from pos_app.services.receipt_queue import ReceiptQueueError
from pos_app.services.records import Sale
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.receipt_words import drawn_right_to_left, receipt_say
from pos_app.ui.service_messages import error_text

log = logging.getLogger(__name__)

#: What a job's failure says when it is no PosError (the details go to the log).
CRASHED = QT_TRANSLATE_NOOP("Printing", "the printer's driver failed; the details are in the log")
NO_PRINTER = QT_TRANSLATE_NOOP("Printing", "This counter has no receipt printer (Settings)")


def nothing() -> object:
    """What a job holds once it has started its work."""
    return None


def failure_text(exc: Exception, what: str) -> str:
    """What a job's exception says to the cashier; logged with its traceback when it is
    not one the app expects (on the printer's thread: the exception stays there)."""
    if isinstance(exc, PosError):
        return error_text(exc)
    log.error("%s crashed", what, exc_info=(type(exc), exc, exc.__traceback__))
    return CRASHED


def receipt_language() -> dict[str, object]:
    """How this counter's receipts speak: its language's words, and for a language the
    printer's code page lacks (Arabic), drawn as a picture."""
    if drawn_right_to_left():
        from pos_app.ui.receipt_image import receipt_picture  # noqa: PLC0415

        return {"say": receipt_say, "picture": receipt_picture}
    return {"say": receipt_say}


#: What the queue keeps, read back to print: a sale, or a sale recorded offline.
Printable = Sale | OfflineSale


def label(key: int, counter: str) -> str:
    """How the log names a queued receipt: "sale 12", or an offline sale's number."""
    from pos_app.services.offline_receipt import number_of  # noqa: PLC0415

    return number_of(counter, key) if key < 0 else f"sale {key}"


def shown_label(key: int, counter: str) -> str:
    """How the screen names a queued receipt, in the counter's language."""
    if key < 0:
        return label(key, counter)
    return translate("Printing", "sale {0}").format(key)


class Said(PosError):
    """A failure already put in words (and logged) on the printer's thread."""


@dataclass(frozen=True)
class Outcome:
    """A job's answer: what it returns, or why it failed (text only)."""

    value: object = None
    failure: str | None = None


class PrintJob(QRunnable):
    """Runs one job on the printer's thread and reports by id. It lets go of its work
    before it reports, and it reports only plain values."""

    def __init__(self, job_id: int, work: Callable[[], object], what: str, owner: QObject) -> None:
        super().__init__()
        self._id, self._work, self._what, self._owner = job_id, work, what, owner

    def run(self) -> None:
        work, self._work = self._work, nothing
        try:
            outcome = Outcome(value=work())
        except Exception as exc:  # said on the screen's thread, which decides what to show
            outcome = Outcome(failure=failure_text(exc, self._what))
        del work
        try:
            self._owner.finished_job.emit(self._id, outcome)  # type: ignore[attr-defined]
        except RuntimeError:  # the screen closed while the receipt printed
            if shiboken6.isValid(self._owner):
                raise


def keep(write: Callable[[], None]) -> None:
    """A write to the queue after printing: if the counter's file fails now, the receipt
    (printed or not) is what counts; said in the log."""
    try:
        write()
    except ReceiptQueueError as exc:
        log.error("%s", exc)
