"""What every workspace shares: context, the signed-in actor, an in-place message line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.services.records import Actor
from pos_app.ui.context import AppContext
from pos_app.ui.forms import named
from pos_app.ui.i18n import key_hint
from pos_app.ui.table_model import PagedLoader


class Workspace(QWidget):
    """A page of the main window. Data loads the first time it is shown (``load``), and
    again, in place, when a committed write changes what it shows (``changed``)."""

    title = "Workspace"
    #: Keyboard path in the View menu, e.g. "Ctrl+2"; set by the main window.
    shortcut = ""
    #: The change topics (``pos_app.services.changes``) of what this page shows.
    topics: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self._first_load_done = False
        #: A change it shows was committed while it was hidden.
        self.stale = False
        self.root = QVBoxLayout(self)
        self.heading = QLabel(self.title, self)
        self.heading.setObjectName("workspaceTitle")
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.heading)
        self.toolbar.addStretch(1)
        self.root.addLayout(self.toolbar)
        self.message = QLabel(self)
        self.message.setObjectName("workspaceMessage")
        self.message.setWordWrap(True)

    def finish_layout(self) -> None:
        """Put the message line at the bottom; call at the end of ``__init__``."""
        self.root.addWidget(self.message)

    def activated(self) -> None:
        if not self._first_load_done:
            self._first_load_done = True
            self.load()

    def load(self) -> None:
        """Fetch what the page shows. Called once, when it is first shown."""

    def refresh(self) -> None:
        self.load()

    def changed(self, topics: frozenset[str]) -> None:
        """A committed write (here or at another counter) changed ``topics``: if this page
        shows any of them, load it again in place now, or when it is next shown."""
        if not self._first_load_done or not topics & self.topics:
            return
        if self.isVisible():
            self.refresh_in_place(topics & self.topics)
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh_in_place(self.topics)

    def refresh_in_place(self, topics: frozenset[str]) -> None:
        """Read again what is shown without disturbing the person: the filters, sort,
        current row, selection, scroll position and focus stay. By default every paged
        table on the page reloads in place."""
        for loader in self.findChildren(PagedLoader):
            loader.refresh()

    def before_leaving(self) -> None:
        """The person is signing out or handing over the counter: keep their work safe."""

    def say(self, text: str) -> None:
        self.message.setText(text)

    def report(self, exc: Exception) -> None:
        self.ctx.errors.report(exc, label=self.message)

    def add_shortcut(
        self,
        keys: str,
        slot: Callable[[], object],
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> None:
        """``keys`` run ``slot`` at once; being on the workspace, only while it is on show.
        ``WidgetWithChildrenShortcut`` narrows that to while focus is inside it."""
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)

    def add_toolbar_button(
        self, text: str, name: str, keys: str, tip: str, slot: Callable[[], object]
    ) -> QPushButton:
        """A toolbar button running ``slot``, and ``keys`` (named in its tooltip) doing the same.

        Unlike a button's own shortcut, which clicks it after a short animation, the keys
        act at once."""
        button = named(QPushButton(text), name)
        button.setToolTip(key_hint(tip, keys))
        button.clicked.connect(slot)
        self.add_shortcut(keys, slot)
        self.toolbar.addWidget(button)
        return button

    def export_in_background(
        self, button: QAbstractButton, write: Callable[[], int], done: Callable[[int], str]
    ) -> None:
        """Run ``write`` (an export that returns how many rows it wrote) on a worker, with
        ``button`` disabled until it ends; then say ``done(count)``, or what went wrong."""
        button.setEnabled(False)

        def finished(count: int) -> None:
            button.setEnabled(True)
            self.say(done(count))

        def failed(exc: Exception) -> None:
            button.setEnabled(True)
            self.report(exc)

        self.ctx.tasks.read(write, finished, failed)
