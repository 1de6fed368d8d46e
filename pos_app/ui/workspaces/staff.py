"""Staff (admin): add staff with a role, change a role, deactivate and reactivate, reset a
password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from pos_app.domain.enums import Role
from pos_app.services.changes import STAFF
from pos_app.services.records import Actor, StaffMember
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog, password_field
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.table_model import Column, RecordRole, RecordTableModel
from pos_app.ui.widgets import press_with, select_row
from pos_app.ui.workspaces.base import Workspace

STAFF_COLUMNS: list[Column[StaffMember]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Username"), lambda m: m.username),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda m: m.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda m: m.role),
    Column(QT_TRANSLATE_NOOP("Columns", "Active"), lambda m: m.active),
    Column(QT_TRANSLATE_NOOP("Columns", "Since"), lambda m: m.created_at),
]


class StaffDialog(FormDialog):
    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add staff member"), parent)
        self._actor = actor
        self.username = named(QLineEdit(), "username")
        self.name = named(QLineEdit(), "name")
        self.role = named(QComboBox(), "role")
        for role in ("cashier", "manager", "admin"):
            self.role.addItem(translate("Roles", role), role)
        self.password = password_field("password")
        # A slip in a password nobody sees would leave an account nobody can open.
        self.repeat = password_field("repeat")
        self.form.add("username", self.tr("&Username"), self.username)
        self.form.add("name", self.tr("&Name"), self.name)
        self.form.add("role", self.tr("&Role"), self.role)
        self.form.add("password", self.tr("&Password"), self.password)
        self.form.add("repeat", self.tr("Rep&eat password"), self.repeat)

    def work(self) -> Callable[[], Any] | None:
        if self.password.text() != self.repeat.text():
            self.form.show_error(self.tr("The two passwords differ"), "repeat")
            return None
        values = dict(
            username=self.username.text(),
            name=self.name.text(),
            role=str(self.role.currentData()),
            password=self.password.text(),
        )
        return lambda: self.ctx.services.staff.create(self._actor, **values)


class ChangeRoleDialog(FormDialog):
    """Give a staff member another role (audited; the last active admin keeps theirs)."""

    def __init__(
        self, ctx: AppContext, actor: Actor, member: StaffMember, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Change the role of {0}").format(member.username), parent)
        self._actor = actor
        self._member = member
        self.role = named(QComboBox(), "role")
        for role in Role:
            if role.is_staff:
                self.role.addItem(translate("Roles", role.value), role.value)
        self.role.setCurrentIndex(max(self.role.findData(member.role.value), 0))
        self.form.layout.addRow(
            self.tr("Now"), QLabel(f"{member.name}: {translate('Roles', member.role.value)}")
        )
        self.form.add("role", self.tr("New &role"), self.role)
        self.role.setFocus()

    def work(self) -> Callable[[], Any] | None:
        role, member_id = str(self.role.currentData()), self._member.id
        if role == self._member.role.value:
            self.form.show_error(
                self.tr("{0} is already {1}").format(
                    self._member.username, translate("Roles", role)
                ),
                "role",
            )
            return None
        return lambda: self.ctx.services.staff.set_role(self._actor, member_id, role)


class ResetPasswordDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, actor: Actor, member: StaffMember, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Reset the password of {0}").format(member.username), parent)
        self._actor = actor
        self._member = member
        self.password = password_field("password")
        self.repeat = password_field("repeat")
        self.form.add("password", self.tr("New &password"), self.password)
        self.form.add("repeat", self.tr("&Repeat"), self.repeat)

    def work(self) -> Callable[[], Any] | None:
        if self.password.text() != self.repeat.text():
            self.form.show_error(self.tr("The two passwords differ"), "repeat")
            return None
        password, member_id = self.password.text(), self._member.id
        return lambda: self.ctx.services.staff.reset_password(self._actor, member_id, password)


class StaffWorkspace(Workspace):
    title = "Staff"
    topics = frozenset({STAFF})

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__(ctx, actor)
        #: The member to select when the list is next read (one just added or changed).
        self._wanted: int | None = None
        self.model: RecordTableModel[StaffMember] = RecordTableModel(STAFF_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setObjectName("staffTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.add_button = named(QPushButton(self.tr("&Add staff…")), "addStaff")
        press_with(self.add_button, QKeySequence(QKeySequence.StandardKey.New))
        self.add_button.setToolTip(self.tr("Add a staff member (Ctrl+N)"))
        self.toggle_button = named(QPushButton(self.tr("&Deactivate")), "toggleActive")
        self.role_button = named(QPushButton(self.tr("Change r&ole…")), "changeRole")
        self.role_button.setToolTip(self.tr("Give the staff member another role"))
        self.reset_button = named(QPushButton(self.tr("&Reset password…")), "resetPassword")
        self.unlock_button = named(QPushButton(self.tr("&Unlock")), "unlockAccount")
        self.unlock_button.setToolTip(self.tr("Lift a lockout after too many failed sign-ins"))
        for button in (
            self.add_button,
            self.role_button,
            self.toggle_button,
            self.reset_button,
            self.unlock_button,
        ):
            self.toolbar.addWidget(button)
        self.role_button.clicked.connect(self.change_role)
        self.add_button.clicked.connect(self.add_staff)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.root.addWidget(self.table, 1)
        self.finish_layout()
        self._selection_changed()

    def selected(self) -> StaffMember | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record: StaffMember = self.model.data(index, RecordRole)
        return record

    def _selection_changed(self, *_: object) -> None:
        member = self.selected()
        self.toggle_button.setEnabled(member is not None)
        self.role_button.setEnabled(member is not None)
        self.reset_button.setEnabled(member is not None)
        self.unlock_button.setEnabled(member is not None)
        if member is not None:
            self.toggle_button.setText(
                self.tr("Reac&tivate") if not member.active else self.tr("&Deactivate")
            )

    def load(self) -> None:
        self.table.setFocus()  # arrows pick a member, then the buttons' keys act on them
        self.ctx.tasks.read(
            lambda: self.ctx.services.staff.list(self.actor), self._show, self.report
        )

    def refresh_in_place(self, topics: frozenset[str]) -> None:
        staff, actor = self.ctx.services.staff, self.actor
        self.ctx.tasks.read(lambda: staff.list(actor), self._show_in_place, self.report)

    def _show_in_place(self, members: tuple[StaffMember, ...]) -> None:
        self.model.update_rows(members)
        self._selection_changed()

    def _show(self, members: tuple[StaffMember, ...]) -> None:
        """The list afresh; the member just added or changed is selected, else the one
        selected before (the full-day trial added a member and Alt+R offered to reset the
        admin's own password: the selection had stayed on the admin)."""
        before = self.selected()
        wanted = self._wanted or (before.id if before else None)
        self._wanted = None
        self.model.set_rows(members)
        self.table.resizeColumnsToContents()
        ids: list[int] = [m.id for m in members]
        if members:
            select_row(self.table, ids.index(wanted) if wanted in ids else 0)
        self._selection_changed()

    def add_staff(self) -> None:
        dialog = StaffDialog(self.ctx, self.actor, self)
        dialog.accepted.connect(
            lambda: self._changed(dialog.result_record, self.tr("{0} was added"))
        )
        dialog.open()

    def change_role(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = ChangeRoleDialog(self.ctx, self.actor, member, self)
        dialog.accepted.connect(
            lambda: self._changed(
                dialog.result_record,
                self.tr("{0} was made {1}").format(
                    "{0}", translate("Roles", dialog.result_record.role.value)
                ),
            )
        )
        dialog.open()

    def reset_password(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = ResetPasswordDialog(self.ctx, self.actor, member, self)
        dialog.accepted.connect(
            lambda: self.say(self.tr("Password of {0} was reset").format(member.username))
        )
        dialog.open()

    def unlock(self) -> None:
        member = self.selected()
        if member is None:
            return
        services, actor = self.ctx.services, self.actor
        self.ctx.tasks.write(
            lambda: services.staff.unlock(actor, member.id),
            lambda _none: self.say(self.tr("{0} can sign in again").format(member.username)),
            self.report,
            disable=[self.unlock_button],
        )

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None:
            return
        self.ctx.tasks.write(
            lambda: self.ctx.services.staff.set_active(self.actor, member.id, not member.active),
            lambda new: self._changed(
                new,
                self.tr("{0} was reactivated") if new.active else self.tr("{0} was deactivated"),
            ),
            self.report,
            disable=[self.toggle_button],
        )

    def _changed(self, member: StaffMember, said: str) -> None:
        """Say ``said`` (its {0} the username) and read the staff again, ``member``
        selected."""
        self.say(said.format(member.username))
        self._wanted = member.id
        self.load()
