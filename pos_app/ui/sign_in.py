"""Sign-in, first-run admin creation and the lock screen."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import ValidationError
from pos_app.services.records import Actor
from pos_app.ui.context import AppContext, AppSettings
from pos_app.ui.forms import InlineForm
from pos_app.ui.i18n import install_chosen_for_sign_in, install_language, system_language
from pos_app.ui.language_choice import chosen_code, language_box, name_system_choice

#: Store name and address, as the settings dialog takes them.
STORE_TEXT_MAX = 200


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(200)
    return field


class SignInDialog(QDialog):
    """Username and password. The check runs off the UI thread (bcrypt is slow).

    Signals: signed_in(object): the Actor of the person who signed in.
    """

    signed_in = Signal(object)

    def __init__(
        self,
        ctx: AppContext | None,
        parent: QWidget | None = None,
        title: str | None = None,
        settings: AppSettings | None = None,
        *,
        language_choice: bool = True,
    ) -> None:
        """With ``ctx`` None the dialog shows at once while the database opens; typing
        works, and "Sign in" is enabled by ``attach`` when the database is ready. With
        ``language_choice`` it offers this counter's language (saved, and used from the
        next window on)."""
        if language_choice:  # chosen in Settings since the last sign-in: spoken from here
            install_chosen_for_sign_in()
        super().__init__(parent)
        self._ctx = ctx
        self._title = title
        self.actor: Actor | None = None
        self.setObjectName("signInDialog")
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        self._shown = ctx.settings if ctx is not None else settings or AppSettings()
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.form = InlineForm(self)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = _password_field()
        self.password.setObjectName("password")
        self.form.add("username", self.tr("&Username"), self.username)
        self.form.add("password", self.tr("&Password"), self.password)
        self.language: QComboBox | None = None
        if language_choice:
            self.language = language_box(self._shown.language)
            self.form.add("language", self.tr("&Language"), self.language)
            self.language.currentIndexChanged.connect(self._language_chosen)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_texts()
        self.username.setFocus()
        #: Enter was pressed before the database was open: sign in as soon as it is.
        self.waiting = False
        if ctx is None:
            self.form.form_error.setText(self.tr("Opening the database…"))
            self.form.form_error.show()

    def _set_texts(self) -> None:
        """The dialog's words, in the language installed now."""
        title = self._title or self.tr("Sign in")
        shown = self._shown
        self.setWindowTitle(self.tr("Counter POS: {title}").format(title=title))
        where = self.tr("{title} at {counter}").format(title=title, counter=shown.counter_name)
        self.heading.setText(f"<h2>{escape(shown.store_name)}</h2>{escape(where)}")
        texts = {"username": self.tr("&Username"), "password": self.tr("&Password")}
        if self.language is not None:
            texts["language"] = self.tr("&Language")
            name_system_choice(self.language)
        for name, text in texts.items():
            self.form.relabel(name, text)
        self.ok_button.setText(self.tr("Sign &in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))

    def event(self, event: QEvent) -> bool:
        """After a change of language, the dialog's own words again: the button box puts
        its standard ones back ("OK") as the change reaches it, after installing."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
        return handled

    def _language_chosen(self, _index: int) -> None:
        """Saved for this counter; this dialog and the windows after it speak it."""
        assert self.language is not None
        code = chosen_code(self.language)
        self._shown.save(language=code)
        install_language(code or system_language())
        self._set_texts()

    def attach(self, ctx: AppContext) -> None:
        """The database is ready: signing in can proceed (at once, if Enter was pressed
        while it opened)."""
        self._ctx = ctx
        self.form.clear()
        if self.waiting:
            self.waiting = False
            self.submit()

    def prefill(self, username: str) -> None:
        self.username.setText(username)
        self.password.setFocus()

    def submit(self) -> None:
        ctx = self._ctx
        self.form.clear()
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self.form.show_error(self.tr("Enter your username and password"))
            return
        if ctx is None:
            self.waiting = True
            self.form.show_error(
                self.tr("Opening the database… you are signed in as soon as it is ready")
            )
            return
        counter, services = ctx.settings.counter_name, ctx.services
        # Also keeps a manager's verifier for offline overrides at this counter (issue 15)
        # and the signer's ticket for selling offline here (issue 16);
        # imported here: the services pull in SQLAlchemy, which start-up does not wait for.
        from pos_app.services.offline_overrides import signed_in_here  # noqa: PLC0415

        overrides, tickets = services.offline.overrides, services.offline.tickets
        ctx.tasks.write(
            lambda: signed_in_here(services.auth, overrides, username, password, counter, tickets),
            self._done,
            self._failed,
            disable=[self.ok_button],
        )

    def _done(self, actor: Actor) -> None:
        self.actor = actor
        self.password.clear()
        self.signed_in.emit(actor)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.password.clear()
        self.password.setFocus()
        if self._ctx is not None:
            self._ctx.errors.report(exc, label=self.form.form_error)


class FirstAdminDialog(QDialog):
    """The first start of a new store: create the admin account (no default password).

    Signals: created(object): the new StaffMember.
    """

    created = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Counter POS: set up the store"))
        self.setObjectName("firstAdminDialog")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<h2>Welcome to Counter POS</h2>Name the store (receipts show its name and "
                "address), then create the administrator account. It manages staff and "
                "settings; keep its password safe."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = InlineForm(self)
        saved = ctx.settings
        default_name = AppSettings.DEFAULT_STORE_NAME
        self.store_name = QLineEdit("" if saved.store_name == default_name else saved.store_name)
        self.store_name.setObjectName("storeName")
        self.store_name.setPlaceholderText(self.tr("as printed on receipts"))
        self.store_address = QLineEdit(saved.store_address)
        self.store_address.setObjectName("storeAddress")
        self.store_address.setPlaceholderText(self.tr("street, town (optional)"))
        form = self.form
        form.add("store_name", self.tr("&Store name"), self.store_name, limit=STORE_TEXT_MAX)
        form.add(
            "store_address", self.tr("Store &address"), self.store_address, limit=STORE_TEXT_MAX
        )
        self.name = QLineEdit()
        self.username = QLineEdit()
        self.password = _password_field()
        self.repeat = _password_field()
        for widget, name in (
            (self.name, "name"),
            (self.username, "username"),
            (self.password, "password"),
            (self.repeat, "repeat"),
        ):
            widget.setObjectName(name)
        self.form.add("name", self.tr("Your na&me"), self.name)
        self.form.add("username", self.tr("&Username"), self.username)
        self.form.add("password", self.tr("&Password (8-72)"), self.password)
        self.form.add("repeat", self.tr("&Repeat password"), self.repeat)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create administrator"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        ctx = self._ctx
        if ctx is None:
            return
        self.form.clear()
        if not self.form.within_limits():
            return
        if not self.store_name.text().strip():
            self.form.show_error(self.tr("Give the store a name: receipts show it"), "store_name")
            return
        if self.password.text() != self.repeat.text():
            self.form.show_error(self.tr("The two passwords differ"), "repeat")
            return
        name, username, password = self.name.text(), self.username.text(), self.password.text()
        self._ctx.tasks.write(
            lambda: self._ctx.services.auth.create_first_admin(username, password, name),
            self._done,
            self._failed,
            disable=[self.ok_button],
        )

    def _done(self, member: object) -> None:
        self._ctx.settings.save(
            store_name=self.store_name.text().strip(),
            store_address=self.store_address.text().strip(),
        )
        self.created.emit(member)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self.form.show_error(exc)
        else:
            self._ctx.errors.report(exc, label=self.form.form_error)


class LockDialog(SignInDialog):
    """The window is locked: the same person unlocks with their password, or another
    staff member signs in over it.

    Signals: switch_requested(): "Sign in as someone else" was chosen.
    """

    switch_requested = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        locked = QCoreApplication.translate("LockDialog", "Locked")
        super().__init__(ctx, parent, title=locked, language_choice=False)
        self.setObjectName("lockDialog")
        self.prefill(actor.username)
        self.username.setReadOnly(True)
        switch = QPushButton(self.tr("Sign in as &someone else"))
        switch.setObjectName("switchUser")
        switch.clicked.connect(self._switch)
        self.buttons.addButton(switch, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

        self._switching = False

    def explain(self, reason: str) -> None:
        """Say why the window locked (the server ended the session), above the password."""
        self.form.form_error.setText(reason)
        self.form.form_error.show()

    def _switch(self) -> None:
        self._switching = True
        self.switch_requested.emit()
        self.reject()

    def reject(self) -> None:
        # Esc does not unlock: only the password or a switch of user closes this dialog.
        if self._switching:
            super().reject()
