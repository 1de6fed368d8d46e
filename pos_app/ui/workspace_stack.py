"""The signed-in person's workspaces, each built the first time it is needed, and the
list that names them with their keys.

Building every page a role may see took about a quarter of a second at each sign-in, unlock
as someone else and switch of user on a 2-core counter, most of it for pages the cashier
never opens in that session. ``WorkspaceStack`` is the window's mapping from a workspace's
name to its page: the stack holds an empty placeholder for each until the page is shown or
asked for by name (``stack["Inventory"]``), which builds it in the placeholder's place.
What must reach every page that exists (a change committed elsewhere, going offline, the
window closing) goes to ``built()`` only: a page built later loads what is current then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

if TYPE_CHECKING:
    from pos_app.ui.workspaces.base import Workspace


class WorkspaceStack(Mapping[str, "Workspace"]):
    """``names`` in menu order; ``build(name)`` makes one page, ``ready(name, page)`` is
    told once it is in the stack."""

    def __init__(
        self,
        stack: QStackedWidget,
        names: list[str],
        build: Callable[[str], Workspace],
        ready: Callable[[str, Workspace], None],
    ) -> None:
        self._stack = stack
        self._build = build
        self._ready = ready
        self._built: dict[str, Workspace] = {}
        self._slots: dict[str, QWidget] = {}
        for name in names:
            placeholder = QWidget(stack)
            stack.addWidget(placeholder)
            self._slots[name] = placeholder

    def __getitem__(self, name: str) -> Workspace:
        page = self._built.get(name)
        if page is not None:
            return page
        placeholder = self._slots[name]  # KeyError: not a page of this role
        page = self._build(name)
        at = self._stack.indexOf(placeholder)
        current = self._stack.currentWidget() is placeholder
        self._stack.insertWidget(at, page)
        if current:
            self._stack.setCurrentWidget(page)
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built[name] = page
        self._ready(name, page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)

    def built(self) -> list[tuple[str, Workspace]]:
        """The pages that exist, in menu order."""
        return [(name, self._built[name]) for name in self._slots if name in self._built]


class ShortcutColumnDelegate(QStyledItemDelegate):
    """Paints an item "Name\tCtrl+3" as the name on the left and its keys, dimmer, on the
    right edge of the list (the list never scrolls sideways)."""

    def _split(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        name, _, keys = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\t")
        return name, keys

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListWidget) else hint.width()
        return QSize(min(hint.width(), width), hint.height())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        name, keys = self._split(index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        view = item.widget
        if isinstance(view, QListWidget):
            item.rect.setWidth(view.viewport().width())
        item.text = name
        style = view.style() if view is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, view)
        if keys:
            painter.save()
            color = item.palette.color(QPalette.ColorRole.Text)
            selected = bool(item.state & QStyle.StateFlag.State_Selected)
            if selected:
                color = item.palette.color(QPalette.ColorRole.HighlightedText)
            color.setAlpha(170)
            painter.setPen(color)
            smaller = QFont(item.font)
            smaller.setPointSizeF(max(7.0, smaller.pointSizeF() * 0.8))
            painter.setFont(smaller)
            area = item.rect.adjusted(0, 0, -10, 0)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(area, int(align), keys)
            painter.restore()
