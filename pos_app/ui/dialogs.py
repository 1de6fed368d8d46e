"""Dialogs shared by the workspaces."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import ValidationError
from pos_app.services.records import ManagerOverride
from pos_app.ui.context import AppContext
from pos_app.ui.forms import InlineForm
from pos_app.ui.i18n import translate

#: A form dialog is at least this wide (px).
FORM_MIN_WIDTH = 420

#: What a person types into or picks from: where a dialog's cursor starts. Buttons are not.
INPUTS = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QRadioButton,
    QCheckBox,
)


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets inside ``root`` in Tab order."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and widget not in chain:
        if root.isAncestorOf(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def takes_focus(widget: QWidget, root: QWidget) -> bool:
    """``widget`` can be tabbed to: shown, enabled, accepts Tab, not a part of another."""
    return (
        widget.isVisibleTo(root)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def first_input(root: QWidget) -> QWidget | None:
    """The first field a person would type into, in Tab order (read-only text skipped)."""
    for widget in focus_chain(root):
        if not isinstance(widget, INPUTS) or not takes_focus(widget, root):
            continue
        if isinstance(widget, QLineEdit) and widget.isReadOnly():
            continue
        return widget
    return None


def buttons_last(root: QWidget, box: QDialogButtonBox) -> None:
    """Put ``box``'s buttons after every field in Tab order (a dialog that builds its
    buttons before its fields would otherwise start on OK)."""
    buttons = [b for b in box.buttons() if isinstance(b, QAbstractButton)]
    others = [w for w in focus_chain(root) if w not in buttons and not box.isAncestorOf(w)]
    fields = [w for w in others if takes_focus(w, root)]
    previous = fields[-1] if fields else None
    for button in buttons:
        if previous is not None:
            QWidget.setTabOrder(previous, button)
        previous = button


def start_in_first_field(dialog: QWidget, preferred: QWidget | None = None) -> None:
    """When ``dialog`` shows, put the cursor in its first field (``preferred`` if given and
    usable), unless the dialog already put it in a field of its own choosing."""
    current = dialog.focusWidget()
    if current is not None and isinstance(current, INPUTS) and takes_focus(current, dialog):
        return
    target = preferred if preferred is not None and takes_focus(preferred, dialog) else None
    target = target or first_input(dialog)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def prepare_focus(dialog: QWidget) -> None:
    """For a dialog's ``showEvent``: its buttons after its fields in Tab order, and the
    cursor in its first field (see ``start_in_first_field``)."""
    for box in dialog.findChildren(QDialogButtonBox):
        buttons_last(dialog, box)
    start_in_first_field(dialog)


class FormDialog(QDialog):
    """A dialog around an InlineForm whose OK runs ``submit`` on the write lane."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        # wide enough for a field's message to read as a sentence, not a column of words
        self.setMinimumWidth(FORM_MIN_WIDTH)
        self.result_record: Any = None
        self.form = InlineForm(self)
        self.box = layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter in a field submits; the buttons are reached by Tab after the fields, and
        # Space on a field types a space instead of pressing OK. (Set once the buttons are
        # inside the dialog: before, Qt may pick another default of its own.)
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)

    def showEvent(self, event: QShowEvent) -> None:
        """The cursor starts in the first field (the buttons were made before the fields,
        so without this the Tab order, and the focus, would start on OK)."""
        buttons_last(self, self.buttons)
        names = self.form.names()
        start_in_first_field(self, self.form.widget(names[0]) if names else None)
        super().showEvent(event)

    def work(self) -> Callable[[], Any] | None:
        """The service call for the current input, or None after showing a local error."""
        raise NotImplementedError

    def submit(self) -> None:
        self.form.clear()
        if not self.form.within_limits():
            return
        call = self.work()
        if call is None:
            return
        self.ctx.tasks.write(call, self._done, self._failed, disable=[self.ok_button])

    def _done(self, record: Any) -> None:
        self.result_record = record
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self.form.show_error(exc)
        else:
            self.ctx.errors.report(exc, label=self.form.form_error)


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class ManagerFields:
    """Two more rows on a form: a manager's username and password, for an action a
    cashier may do only when a manager authorises it on the spot. The password is
    cleared as soon as it has been sent."""

    def __init__(self, form: InlineForm) -> None:
        self.username = QLineEdit()
        self.username.setObjectName("managerUser")
        self.password = password_field("managerPassword")
        form.add("manager", translate("ManagerFields", "&Manager"), self.username)
        form.add("manager_password", translate("ManagerFields", "Manager pass&word"), self.password)

    def take(self) -> ManagerOverride:
        override = ManagerOverride(self.username.text().strip(), self.password.text())
        self.password.clear()
        return override


class ManagerApprovalDialog(FormDialog):
    """A question a manager answers on the spot: their username and password authorise
    ``act(override)``, which runs on the write lane like any form."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        question: str,
        act: Callable[[ManagerOverride], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, title, parent)
        self.setObjectName("managerApprovalDialog")
        self._act = act
        text = QLabel(question)
        text.setWordWrap(True)
        self.box.insertWidget(0, text)
        self.manager = ManagerFields(self.form)
        self.ok_button.setText(self.tr("&Authorise"))

    def work(self) -> Callable[[], Any] | None:
        override, act = self.manager.take(), self._act
        return lambda: act(override)


def ask_first(
    parent: QWidget, title: str, text: str, name: str, answered: Callable[[bool], None]
) -> QMessageBox:
    """A Yes/No question, No on Enter and on Esc (Enter pressed twice must not do what was
    asked), open without blocking; ``answered(yes)`` runs once it has closed."""
    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, parent)
    box.setObjectName(name)
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def finished(answer: int) -> None:
        box.deleteLater()
        answered(answer == yes)

    box.finished.connect(finished)
    box.open()
    return box
