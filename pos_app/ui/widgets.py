"""Small widgets and helpers the workspaces share: read-only record tables, toolbar buttons,
the confirm box, date pickers, a signed count box and the Save dialog of a CSV export."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTextEdit,
    QWidget,
)

from pos_app.services.records import Page
from pos_app.ui.forms import named
from pos_app.ui.i18n import key_hint, translate
from pos_app.ui.table_model import RecordRole


# -- a count typed with its sign ------------------------------------------------------------
class SignedCountBox(QSpinBox):
    """A whole number that shows its sign ("+3", "-3") and nothing for 0, up to ``most``
    either way. A plain spin box that may not go below 0 drops a minus typed into it and
    keeps the digits: "-3" became "+3" and a restock added the three units meant to go.
    This one keeps the minus, so that the dialog refuses the number with a message."""

    def __init__(self, most: int) -> None:
        super().__init__()
        self.setRange(-most, most)

    def textFromValue(self, value: int) -> str:
        return f"{value:+d}" if value else ""

    def valueFromText(self, text: str) -> int:
        digits = text.strip()
        return int(digits) if digits not in ("", "+", "-") else 0

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = text.strip()
        if typed in ("+", "-"):
            return QValidator.State.Intermediate, text, pos
        number = typed[1:] if typed[:1] in ("+", "-") else typed
        if typed and not (number.isascii() and number.isdigit()):
            return QValidator.State.Invalid, text, pos
        if typed and abs(int(typed)) > self.maximum():
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


# -- labels --------------------------------------------------------------------------------
class ElidedLabel(QLabel):
    """One line of plain text that shows "…" where it does not fit, instead of widening its
    window or squeezing its neighbours; the whole text is its tooltip.

    ``text()`` is what is on screen; ``full_text()`` the whole of it."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text if text else "")
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4
        return QSize(min(wanted, 480), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(60, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        # before its first layout it has no width yet: keep the whole text until then
        if room <= 0:
            super().setText(self._full)
        else:
            super().setText(self.fontMetrics().elidedText(self._full, self._mode, room))


# -- tables --------------------------------------------------------------------------------
def record_table(
    model: QAbstractItemModel,
    name: str,
    parent: QWidget | None = None,
    *,
    stretch: int | None = None,
    fit: bool = False,
    tab_leaves: bool = False,
) -> QTableView:
    """A read-only table over ``model``: whole rows, one at a time, no row numbers.

    ``stretch`` is the column that takes the spare width (the last one when None); with
    ``fit`` the other columns keep to their contents instead of being resized by hand. With
    ``tab_leaves`` Tab moves on to the next widget instead of walking the cells."""
    table = named(QTableView(parent), name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(not tab_leaves)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    if fit:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def current_record(table: QTableView) -> Any:
    """The record (RecordRole) of the table's current row, or None."""
    index = table.currentIndex()
    return table.model().data(index, RecordRole) if index.isValid() else None


def empty_page(offset: int, limit: int) -> Page[Any]:
    """A fetch with nothing in it: reloading a loader with it also drops the pages still
    on their way for the previous query."""
    return Page((), 0, offset, limit)


# -- buttons and boxes ---------------------------------------------------------------------
def press_with(button: QAbstractButton, keys: QKeySequence | str) -> QShortcut:
    """``keys`` click ``button`` (after the press animation a mnemonic shows), while it is
    on show and enabled, and its underlined letter stays a key too: the button's own
    shortcut is its mnemonic, which ``setShortcut`` would replace (the manager's trial
    pressed Alt+I on "&Import…" and nothing happened)."""
    shortcut = QShortcut(QKeySequence(keys), button)
    shortcut.activated.connect(button.animateClick)
    return shortcut


def tool_button(text: str, name: str, shortcut: QKeySequence | str, tip: str) -> QPushButton:
    """A toolbar button whose shortcut (if any) is named in its tooltip."""
    button = named(QPushButton(text), name)
    keys = QKeySequence(shortcut)
    if keys.isEmpty():
        button.setToolTip(tip)
        return button
    press_with(button, keys)
    button.setToolTip(key_hint(tip, keys.toString(QKeySequence.SequenceFormat.NativeText)))
    return button


def confirm(
    parent: QWidget, title: str, text: str, action: str, on_confirm: Callable[[], None]
) -> QMessageBox:
    """Ask before something that cannot be undone; non-blocking (``open``).

    The action button is the default (Enter), Cancel is the escape (Esc)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirmBox")
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    go.setObjectName("confirmButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go)
    box.setEscapeButton(cancel)

    def clicked(button: QAbstractButton) -> None:
        if button is go:
            on_confirm()

    box.buttonClicked.connect(clicked)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def save_csv_dialog(
    parent: QWidget, caption: str, file_name: str, on_chosen: Callable[[str], None]
) -> QFileDialog:
    """Open (non-blocking) a Save dialog for a CSV file, ``file_name`` proposed;
    ``on_chosen(path)`` runs once a file is picked."""
    dialog = QFileDialog(parent, caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(translate("Widgets", "CSV files (*.csv)"))
    dialog.setDefaultSuffix("csv")
    dialog.selectFile(file_name)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


# -- dates ---------------------------------------------------------------------------------
def local_midnight(day: date) -> datetime:
    """The start of ``day`` on this computer's clock, as an aware datetime."""
    return datetime.combine(day, time.min).astimezone()


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DayEdit(QDateEdit):
    """A date field that takes a date typed as it reads. Qt moves to the next part of the
    date by itself once one is full (the 4 digits of the year); the "-" typed next would
    then skip a part, and 2026-11-20 would land as 2026-mm-11. That "-" is dropped. The
    keys start in the year whenever they come to the field (a click puts them where it
    clicked), also when a refusal sends them back to it."""

    def __init__(self, name: str, day: date) -> None:
        super().__init__(to_qdate(day))
        self.setObjectName(name)
        self.setCalendarPopup(True)
        # The date reads 2026-11-27 in Arabic too, and typing it fills year, month, day:
        # set before the format, which a right-to-left field would lay out backwards.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat("yyyy-MM-dd")
        self._moved_on = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._moved_on = False
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.setSelectedSection(QDateEdit.Section.YearSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text() == "-" and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = event.text().isdigit() and self.currentSection() != section


def date_edit(name: str, day: date) -> DayEdit:
    """A date picker with a calendar, showing ``day`` as yyyy-MM-dd, that takes a date
    typed as it reads (``DayEdit``)."""
    return DayEdit(name, day)


def keep_in_order(first: QDateEdit, last: QDateEdit) -> None:
    """Keep a period the right way round: moving one end past the other drags it along."""

    def first_changed(value: QDate) -> None:
        if value > last.date():
            last.setDate(value)

    def last_changed(value: QDate) -> None:
        if value < first.date():
            first.setDate(value)

    first.dateChanged.connect(first_changed)
    last.dateChanged.connect(last_changed)


class _DownIntoList(QObject):
    """Down in a search field goes to the first row of what it found (Up from there and
    Tab still go where they always went)."""

    def __init__(self, field: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(field)
        self.view = view
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_Down or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        model = self.view.model()
        if model is None or model.rowCount() == 0:
            return False
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.selectionModel().hasSelection():
            self.view.setCurrentIndex(model.index(0, 0))  # selects the row, as a click would
        return True


def down_into(field: QLineEdit, view: QAbstractItemView) -> None:
    """Down in ``field`` moves to ``view``'s rows, the first one chosen."""
    _DownIntoList(field, view)


#: Digits as an Arabic or Persian keyboard layout types them (٠-٩, ۰-۹), and the Arabic
#: decimal separator "٫": the digits and point the program reads.
EASTERN_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + n): str(n) for n in range(10)},
        **{chr(0x06F0 + n): str(n) for n in range(10)},
        "\u066b": ".",
    }
)


def latin_digits(*edits: QLineEdit) -> None:
    """Amounts, percents and PINs typed on an Arabic or Persian layout ("١٠٠٫٥") show and
    are read as the digits they are ("100.5"), as they are typed or pasted: the fields'
    own rule then applies as to any amount. Only these fields: a name or an address keeps
    the digits it was typed with."""
    for edit in edits:

        def edited(text: str, edit: QLineEdit = edit) -> None:
            latin = text.translate(EASTERN_DIGITS)
            if latin != text:  # one character for one: the cursor stays where it was
                cursor = edit.cursorPosition()
                edit.setText(latin)
                edit.setCursorPosition(cursor)
                edit.setModified(True)  # still the person's own figure (setText cleared it)

        edit.textEdited.connect(edited)


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` the current and selected row, scrolled into view. QTableView's own
    selectRow takes its column from the viewport's edge, which right to left, with the
    columns wider than the view, is no column at all: nothing was selected (the Arabic
    trial's newly registered customer, so Ctrl+T had nobody to top up)."""
    model = view.model()
    shown = (c for c in range(model.columnCount()) if not view.isColumnHidden(c))
    index = model.index(row, next(shown, 0))
    if not index.isValid():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    view.selectionModel().setCurrentIndex(index, flags | QItemSelectionModel.SelectionFlag.Rows)


class AltLettersAreKeys(QObject):
    """Alt with a letter is a key, never text. Qt gives an Alt+letter that no mnemonic or
    shortcut took to the field with the focus, and a line edit types its letter: the
    Arabic trial's Alt+C (a Latin key on an Arabic screen, whose mnemonics are Arabic
    letters) replaced the wallet part's 25.50 with "c". Not on macOS, where Option (Alt)
    types letters ("é") on purpose; AltGr is Ctrl+Alt on Windows and no Alt on X11."""

    _FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        held = event.modifiers()
        alt = Qt.KeyboardModifier.AltModifier
        return (
            bool(held & alt)
            and not held & Qt.KeyboardModifier.ControlModifier
            and bool(event.text().strip())
            and isinstance(watched, self._FIELDS)
        )


def guard_alt_letters(app: QApplication) -> None:
    """Install ``AltLettersAreKeys`` on the application (once; not on macOS)."""
    if sys.platform == "darwin" or app.findChild(AltLettersAreKeys, "altLettersAreKeys"):
        return
    guard = AltLettersAreKeys(app)
    guard.setObjectName("altLettersAreKeys")
    app.installEventFilter(guard)
