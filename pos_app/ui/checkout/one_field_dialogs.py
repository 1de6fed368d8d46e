"""Dialogs of one typed field: the note of a cart being parked, the quantity of a line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_app.ui.forms import InlineForm, named
from pos_app.ui.i18n import translate

#: Longest note a parked cart carries (the database column's width).
PARK_NOTE_MAX = 200


class OneFieldDialog(QDialog):
    """One line to type, Enter to confirm; ``answer`` checks it (showing why not in place)
    and emits ``chosen``."""

    def __init__(
        self,
        title: str,
        label: str,
        field: QLineEdit,
        ok_text: str,
        *,
        limit: int | None = None,
        above: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.field = field
        layout = QVBoxLayout(self)
        if above:
            text = QLabel(above)
            text.setWordWrap(True)
            layout.addWidget(text)
        self.form = InlineForm(self)
        self.form.add(field.objectName(), label, field, limit=limit)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        field.returnPressed.connect(self._confirm)
        layout.addWidget(buttons)
        field.selectAll()
        field.setFocus()

    def _confirm(self) -> None:
        if self.form.within_limits() and self.answer(self.field.text().strip()):
            self.accept()

    def answer(self, text: str) -> bool:
        raise NotImplementedError


class ParkNoteDialog(OneFieldDialog):
    """F8: an optional note for the cart being parked ("back in 5 min", "blue coat").

    Signals: chosen(str): the note (may be empty).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        note = named(QLineEdit(), "parkNote")
        note.setPlaceholderText(
            translate("ParkNoteDialog", "Optional: who it is for, why it waits")
        )
        super().__init__(
            translate("ParkNoteDialog", "Park the cart"),
            translate("ParkNoteDialog", "&Note"),
            note,
            translate("ParkNoteDialog", "&Park"),
            limit=PARK_NOTE_MAX,
            parent=parent,
        )
        self.setObjectName("parkNoteDialog")

    def answer(self, text: str) -> bool:
        self.chosen.emit(text)
        return True


class QuantityDialog(OneFieldDialog):
    """F2: the quantity of the selected line, typed.

    Signals: chosen(int).
    """

    chosen = Signal(int)

    def __init__(
        self, product_name: str, quantity: int, maximum: int, parent: QWidget | None = None
    ) -> None:
        self.maximum = maximum
        field = named(QLineEdit(str(quantity)), "lineQuantity")
        super().__init__(
            translate("QuantityDialog", "Quantity"),
            translate("QuantityDialog", "&Quantity"),
            field,
            translate("QuantityDialog", "&Set"),
            above=product_name,
            parent=parent,
        )
        self.setObjectName("quantityDialog")

    def answer(self, text: str) -> bool:
        if not text.isdigit() or not 0 <= int(text) <= self.maximum:
            self.form.show_error(
                self.tr("Type a whole number from 0 (removes the line) to {0}").format(
                    self.maximum
                ),
                self.field.objectName(),
            )
            return False
        self.chosen.emit(int(text))
        return True
