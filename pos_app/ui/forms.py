"""Forms with a validation message right under the field it is about."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from pos_app.domain.errors import ValidationError


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

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
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
        return widget

    def error_label(self, name: str) -> QLabel:
        return self._fields[name][1]

    def clear(self) -> None:
        self.form_error.hide()
        self.form_error.clear()
        for _widget, error in self._fields.values():
            error.hide()
            error.clear()

    def show_error(self, exc: ValidationError | str, field: str | None = None) -> None:
        message = exc if isinstance(exc, str) else exc.message
        name = field if isinstance(exc, str) else exc.field
        if name in self._fields:
            widget, label = self._fields[name]
            label.setText(message)
            label.show()
            widget.setFocus()
        else:
            self.form_error.setText(message)
            self.form_error.show()


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """Give a widget an object name (style sheets and tests find it by that) and return it."""
    widget.setObjectName(name)
    return widget
