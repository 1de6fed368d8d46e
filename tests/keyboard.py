"""Keyboard-true screen tests: a person's keys and a person's eyes.

Keys go only to whatever ``QApplication.focusWidget()`` is at that moment, never to a widget
the test picked; a test never calls a widget's methods or sets its text. What a test reads
is what a person sees: visible labels, the text in visible fields, table cells, the active
dialog's title, plus the database.

    window = open_counter(qtbot, ctx, people.cashier)
    type_text(qtbot, "4006381333931")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_F12)
    dialog = wait_for_dialog(qtbot, "Payment")
    type_text(qtbot, "20")
    press(qtbot, Qt.Key.Key_Return)
    assert "Change 2.50" in seen(window)
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import TypeVar

from conftest import wait_idle
from helpers import PIN
from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pos_app.services.records import Actor
from pos_app.ui.context import AppContext
from pos_app.ui.main_window import WORKSPACES, MainWindow

#: The screen the keyboard trial used.
SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768
#: A taskbar or panel takes some of it.
PANEL_HEIGHT = 40

Modifier = Qt.KeyboardModifier
CTRL = Modifier.ControlModifier
SHIFT = Modifier.ShiftModifier
ALT = Modifier.AltModifier
W = TypeVar("W", bound=QWidget)
#: The customer's consent before a wallet pays (``pos_app.ui.checkout.consent_dialog``).
CONSENT_DIALOG = "walletConsentDialog"


def focused() -> QWidget:
    """Where typed keys go now; a test fails when nothing has focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has keyboard focus"
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    """Type ``text`` one key at a time into whatever has focus (focus may move between keys).
    A character beyond Latin-1 ("١", as an Arabic layout types it) is sent as the key event
    such a layout makes: no Qt key code of its own, the character as its text."""
    for char in text:
        if ord(char) < 0x100:
            qtbot.keyClick(focused(), char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Modifier.NoModifier, char)
            QApplication.sendEvent(focused(), event)


def press(qtbot: QtBot, key: Qt.Key, modifiers: Modifier = Modifier.NoModifier) -> None:
    """Press one key (with modifiers) where the focus is."""
    qtbot.keyClick(focused(), key, modifiers)


def enter(qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_Return)


def scan(qtbot: QtBot, ctx: AppContext, code: str) -> None:
    """What a scanner does: the code's digits, then Enter; then the answer is on screen."""
    type_text(qtbot, code)
    enter(qtbot)
    settle(qtbot, ctx)


def plain(text: str) -> str:
    """What a rich-text label shows, without its markup."""
    if "<" not in text:
        return html.unescape(text)
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def seen(root: QWidget) -> str:
    """Everything a person can read in ``root``: labels, fields, buttons and table cells of
    visible widgets, one per line (mnemonic ampersands dropped)."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget):
            continue
        if isinstance(widget, QLabel):
            parts.append(plain(widget.text()))
        elif isinstance(widget, QLineEdit):
            if widget.echoMode() == QLineEdit.EchoMode.Normal:
                parts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            parts.append(widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
        elif isinstance(widget, QComboBox):
            parts.append(widget.currentText())
        elif isinstance(widget, QAbstractSpinBox):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView):
            parts.extend(" | ".join(row) for row in cells(widget))
    return "\n".join(p for p in parts if p)


def seen_words(root: QWidget) -> str:
    """``seen`` with runs of white space made one space, for phrase matching."""
    return re.sub(r"\s+", " ", seen(root))


def cells(view: QAbstractItemView) -> list[list[str]]:
    """The display text of every row of a view's model (columns the view hides left out)."""
    model = view.model()
    if model is None:
        return []
    hidden: Callable[[int], bool] = getattr(view, "isColumnHidden", lambda _c: False)
    root = QModelIndex()
    # a list model's columnCount is private in PySide6: it has one column
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    rows = []
    for row in range(model.rowCount(root)):
        rows.append(
            [
                str(model.index(row, col, root).data(Qt.ItemDataRole.DisplayRole) or "")
                for col in range(columns)
                if not hidden(col)
            ]
        )
    return rows


def shown_child(root: QWidget, kind: type[W], name: str) -> W:
    """The one visible widget of that kind and name under ``root`` (a person sees one)."""
    shown = [w for w in root.findChildren(kind, name) if _visible(w)]
    assert len(shown) == 1, f"{len(shown)} visible {kind.__name__} named {name}"
    return shown[0]


def _inside(widget: QWidget | None, root: QWidget) -> bool:
    return widget is not None and (widget is root or root.isAncestorOf(widget))


def active_dialog() -> QWidget | None:
    return QApplication.activeModalWidget()


def wait_for_dialog(qtbot: QtBot, title: str, timeout: int = 5_000) -> QWidget:
    """Wait until a modal dialog whose title contains ``title`` is up and in front (keys go
    to it), and return it."""

    def up() -> bool:
        dialog = active_dialog()
        return (
            dialog is not None
            and title.lower() in dialog.windowTitle().lower()
            and QApplication.activeWindow() is dialog  # a person types once it is in front
            and _inside(QApplication.focusWidget(), dialog)
        )

    qtbot.waitUntil(up, timeout=timeout)
    dialog = active_dialog()
    assert dialog is not None
    return dialog


def consent_asked() -> bool:
    """The customer's PIN or card is asked for a wallet payment (issue 16), ready to type."""
    dialog = active_dialog()
    if dialog is None or dialog.objectName() != CONSENT_DIALOG:
        return False
    widget = QApplication.focusWidget()
    return isinstance(widget, QLineEdit) and widget.isEnabled() and _inside(widget, dialog)


def give_consent(qtbot: QtBot, pin: str = PIN) -> None:
    """The customer types their PIN (the helpers' customers all have ``PIN``) and Enter."""
    qtbot.waitUntil(consent_asked, timeout=5_000)
    type_text(qtbot, pin)
    enter(qtbot)


def wait_no_dialog(qtbot: QtBot, timeout: int = 5_000) -> None:
    """Wait until no modal dialog is up; the customer's PIN, when a wallet payment asks
    for it, is given as the customer would (``give_consent``). Then, as a window manager
    does (the offscreen platform does not), give the activation back to the visible main
    window."""
    while True:
        qtbot.waitUntil(lambda: active_dialog() is None or consent_asked(), timeout=timeout)
        if active_dialog() is None:
            break
        give_consent(qtbot)
    if QApplication.activeWindow() is None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        if shown:
            shown[-1].activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is shown[-1], timeout=timeout)
    front = QApplication.activeWindow()
    if front is not None:  # and the keys have somewhere to go again
        qtbot.waitUntil(lambda: _inside(QApplication.focusWidget(), front), timeout=timeout)


def focus_is_in(qtbot: QtBot, root: QWidget, name: str | None = None) -> QWidget:
    """Wait until the focus is on a widget inside ``root`` (named ``name`` if given)."""

    def inside() -> bool:
        widget = QApplication.focusWidget()
        if widget is None or not (widget is root or root.isAncestorOf(widget)):
            return False
        return name is None or widget.objectName() == name

    qtbot.waitUntil(inside, timeout=5_000)
    return focused()


def open_counter(qtbot: QtBot, ctx: AppContext, actor: Actor) -> MainWindow:
    """The real main window, signed in as ``actor``, at the trial's screen size, active."""
    window = MainWindow(ctx, actor)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT - PANEL_HEIGHT)
    window.show()
    window.activateWindow()
    # A dialog the window opens by itself at once (a shift to open) may be active first.
    qtbot.waitUntil(lambda: _within(QApplication.activeWindow(), window), timeout=5_000)
    wait_idle(qtbot, ctx)
    return window


def _within(widget: QWidget | None, window: QWidget) -> bool:
    """Whether ``widget`` is ``window`` or one of its own dialogs (at any depth)."""
    while widget is not None:
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False


def go_to(qtbot: QtBot, ctx: AppContext, window: MainWindow, name: str) -> None:
    """Ctrl+<the workspace's key>, as the View menu names it."""
    key = next(spec.key for spec in WORKSPACES if spec.name == name)
    press(qtbot, Qt.Key(ord(key)), CTRL)
    settle(qtbot, ctx)
    assert getattr(window.stack.currentWidget(), "title", None) == name


def settle(qtbot: QtBot, ctx: AppContext) -> None:
    """Let every database job finish and its answer reach the screen."""
    wait_idle(qtbot, ctx)
    qtbot.wait(10)


def pick(qtbot: QtBot, ctx: AppContext, text: str) -> None:
    """In a workspace with a search field (Ctrl+F): search for ``text``, then Down onto
    the first row found, its details on screen."""
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, text)
    enter(qtbot)
    settle(qtbot, ctx)
    press(qtbot, Qt.Key.Key_Down)
    settle(qtbot, ctx)
