"""The banner under the cart that says, never ambiguously, what became of the sale,
refund or restored cart: ok (green), error (red) or pending (amber)."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtWidgets import QLabel

from pos_app.domain.money import format_money

COLOURS = {"ok": "#15803d", "error": "#b91c1c", "pending": "#b45309"}


class OutcomeBanner(QLabel):
    """The outcome as text on a coloured band; its ``kind`` property is "ok", "error",
    "pending", or "" once cleared."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("saleOutcome")
        self.setWordWrap(True)
        self.setMinimumHeight(36)

    def show_outcome(self, text: str, kind: str) -> None:
        self.setStyleSheet(
            f"color: white; background: {COLOURS[kind]}; padding: 8px; font-size: 13pt;"
        )
        self.setText(text)
        self.setProperty("kind", kind)
        self.show()

    def clear_outcome(self) -> None:
        self.clear()
        self.setStyleSheet("")
        self.setProperty("kind", "")

    def add_change(self, change: Decimal) -> None:
        """The change to give back, in large type, under what the banner says."""
        self.setText(
            f"{self.text()}<br/><span style='font-size: 30pt; font-weight: bold;'>"
            + self.tr("Change {0}").format(format_money(change))
            + "</span>"
        )

    def add_note(self, text: str, *, warning: bool = False) -> None:
        """One more thing said about the same outcome, on a line of its own, in bold. A
        ``warning`` (a receipt not printed, a drawer that did not open) turns a green band
        amber: the sale stands, but the cashier has something to do, and a green band
        said "all is well" (the keyboard trial)."""
        self.setText(f"{self.text()}<br/><b>{escape(text)}</b>")
        if warning and self.property("kind") == "ok":
            self.setStyleSheet(self.styleSheet().replace(COLOURS["ok"], COLOURS["pending"]))
