"""Checkout: the cashier's screen. The full checkout lands with its own issue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pos_app.services.records import Actor
from pos_app.ui.context import AppContext
from pos_app.ui.workspaces.base import Workspace


class CheckoutWorkspace(Workspace):
    title = "Checkout"

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__(ctx, actor)
        note = QLabel("The checkout screen is on its way: scanning, cart, wallet and cash payment.")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        self.root.addWidget(note, 1)
        self.finish_layout()
