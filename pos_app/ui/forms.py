"""Forms with a validation message right under the field it is about.

Every field of an InlineForm gets, without its screen doing anything:
- a message under it that goes away as soon as the field is changed;
- a length limit (the domain's, by field name, or the one its screen set): longer input
  is kept as typed or pasted and refused in place, naming the limit, never cut short;
- a window that grows when a message wraps, instead of the message overlapping the field
  below it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain import rules
from pos_app.domain.errors import ValidationError
from pos_app.ui.i18n import translate
from pos_app.ui.service_messages import error_text

#: QLineEdit's own ceiling: ``setMaxLength`` cannot go higher.
_LINE_EDIT_CEILING = 32767

#: The domain's length limits, by the field names the forms use. A screen may pass its own
#: (``limit=``) or set ``setMaxLength`` on a line edit; either becomes a checked limit.
FIELD_LIMITS: dict[str, int] = {
    "name": rules.ACCOUNT_NAME_MAX,
    "description": rules.DESCRIPTION_MAX,
    "address": rules.ADDRESS_MAX,
    "gender": rules.GENDER_MAX,
    "reason": rules.REASON_MAX,
    "comment": rules.REVIEW_COMMENT_MAX,
    "counter": rules.COUNTER_NAME_MAX,
    "username": 32,
    "barcode": 64,
    "phone": rules.PHONE_MAX,
    "email": rules.EMAIL_MAX,
}


def too_long(label: str, limit: int, length: int) -> str:
    """The message for text over its limit, e.g. "Name can be at most 100 characters (you
    have 5,000)"."""
    text = translate("Forms", "{label} can be at most {limit:,} characters (you have {length:,})")
    return text.format(label=label, limit=limit, length=length)


def _plain_label(text: str) -> str:
    """A row label as a person reads it: no mnemonic, no "(8-72)" hint, no colon."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text).rstrip(": ")
    return text[:1].upper() + text[1:]


def _text_of(widget: QWidget) -> str | None:
    """The text typed into ``widget``, if it is a text field."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.currentText()
    return None


def _on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever the person changes what ``widget`` holds."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(slot)
    elif isinstance(widget, QAbstractSpinBox):
        line = widget.findChild(QLineEdit)
        if line is not None:
            line.textChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen ``widget`` is on (by its centre), else the primary one.

    Not ``QWidget.screen()``: PySide makes the widget the parent of the QScreen wrapper
    that call returns, and that one wrapper is shared by every caller; once the widget
    is gone, the QScreen can go with it, and the next window made crashes in
    ``QScreen::virtualSiblings`` (a keyboard test run: an error shown in Settings,
    then a segmentation fault opening the next main window)."""
    centre = widget.mapToGlobal(widget.rect().center())
    return QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()


def fit_window(widget: QWidget) -> None:
    """Grow ``widget``'s window to what its layout needs at its width (a message that wraps
    needs more height than a window works out by itself), never past the screen: a window
    grown past the screen's bottom moves up (the trial's shift close, under the panel)."""
    window = widget.window()
    layout = window.layout()
    if layout is None or window.isMaximized() or window.isFullScreen():
        return
    layout.activate()
    width = window.width()
    needed = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(width))
    screen = screen_of(window)
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > window.height():
        window.resize(width, needed)
    if screen is not None:  # grown down past the screen's bottom: up by as much
        area, frame = screen.availableGeometry(), window.frameGeometry()
        if frame.bottom() > area.bottom():
            window.move(window.x(), max(area.top(), window.y() - (frame.bottom() - area.bottom())))


class InlineForm:
    """A QFormLayout whose rows carry a hidden error label; ``show_error`` fills the one
    named by the ValidationError's ``field``, or the form-wide label if none matches."""

    def __init__(self, parent: QWidget) -> None:
        self.layout = QFormLayout()
        self.form_error = QLabel(parent)
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        #: name -> (limit, what the message calls the field)
        self._limits: dict[str, tuple[int, str]] = {}

    def add(self, name: str, label: str, widget: QWidget, limit: int | None = None) -> QWidget:
        """Add a row. ``limit`` (characters) defaults to the line edit's max length if its
        screen set one, else the domain's limit for a field of this name."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"{name}Error")
        error.setProperty("class", "fieldError")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.layout.addRow(label, holder)
        # the label's mnemonic (&Name) must focus the input, not its focusless holder
        row_label = self.layout.labelForField(holder)
        if isinstance(row_label, QLabel):
            row_label.setBuddy(widget)
        self._fields[name] = (widget, error)
        if _text_of(widget) is not None:
            if limit is None and isinstance(widget, QLineEdit):
                own = widget.maxLength()
                limit = own if own < _LINE_EDIT_CEILING else FIELD_LIMITS.get(name)
            elif limit is None:
                limit = FIELD_LIMITS.get(name)
            if isinstance(widget, QLineEdit):
                widget.setMaxLength(_LINE_EDIT_CEILING)  # refused in place, never cut
            if limit is not None:
                self._limits[name] = (limit, _plain_label(label))
        _on_change(widget, lambda: self._changed(name))
        return widget

    def relabel(self, name: str, label: str) -> None:
        """Another text for row ``name``'s label (a translation of a shared form's)."""
        holder = self._fields[name][0].parentWidget()
        row_label = self.layout.labelForField(holder) if holder is not None else None
        if isinstance(row_label, QLabel):
            row_label.setText(label)
        if name in self._limits:
            self._limits[name] = (self._limits[name][0], _plain_label(label))

    def widget(self, name: str) -> QWidget:
        return self._fields[name][0]

    def error_label(self, name: str) -> QLabel:
        return self._fields[name][1]

    def names(self) -> list[str]:
        """The field names, in the order of the rows."""
        return list(self._fields)

    def clear(self) -> None:
        self.form_error.hide()
        self.form_error.clear()
        for _widget, error in self._fields.values():
            error.hide()
            error.clear()

    def _over_limit(self, name: str) -> str | None:
        """The message for field ``name`` when its text is over its limit."""
        if name not in self._limits:
            return None
        limit, label = self._limits[name]
        text = _text_of(self._fields[name][0]) or ""
        return too_long(label, limit, len(text)) if len(text) > limit else None

    def _changed(self, name: str) -> None:
        """A field changed: its old message is no longer true; a new length problem is."""
        message = self._over_limit(name)
        label = self._fields[name][1]
        if message is not None:
            self._say(label, message)
        elif not label.isHidden():
            label.hide()
            label.clear()

    def within_limits(self) -> bool:
        """False (the first long field named, with the focus) when text is over a limit."""
        ok = True
        for name in self._fields:
            message = self._over_limit(name)
            if message is not None:
                if ok:
                    self._fields[name][0].setFocus()
                self._say(self._fields[name][1], message)
                ok = False
        return ok

    def show_error(
        self, exc: ValidationError | str, field: str | None = None, *, focus: bool = True
    ) -> None:
        """The message under its field (the cursor goes there unless ``focus`` is False:
        a hint while the person types elsewhere), or under the form."""
        message = exc if isinstance(exc, str) else error_text(exc)
        name = field if isinstance(exc, str) else exc.field
        if name in self._fields:
            widget, label = self._fields[name]
            self._say(label, message)
            if focus:
                widget.setFocus()
        else:
            self._say(self.form_error, message)

    @staticmethod
    def _say(label: QLabel, message: str) -> None:
        label.setText(message)
        label.show()
        fit_window(label)
        # once more when the layout has settled (a window not yet shown, a new width)
        QTimer.singleShot(0, label, lambda: fit_window(label))


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """Give a widget an object name (style sheets and tests find it by that) and return it."""
    widget.setObjectName(name)
    return widget
