"""Dialogs shared by the workspaces."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_app.domain.errors import ValidationError
from pos_app.services.records import ManagerOverride
from pos_app.ui.context import AppContext
from pos_app.ui.forms import InlineForm


class FormDialog(QDialog):
    """A dialog around an InlineForm whose OK runs ``submit`` on the write lane."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
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

    def work(self) -> Callable[[], Any] | None:
        """The service call for the current input, or None after showing a local error."""
        raise NotImplementedError

    def submit(self) -> None:
        self.form.clear()
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
        form.add("manager", "&Manager", self.username)
        form.add("manager_password", "Manager pass&word", self.password)

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
        self.ok_button.setText("&Authorise")

    def work(self) -> Callable[[], Any] | None:
        override, act = self.manager.take(), self._act
        return lambda: act(override)
