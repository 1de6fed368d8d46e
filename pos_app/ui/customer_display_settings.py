"""Settings' "Customer display" tab: whether this counter shows a customer display, and
the optional pole display's serial port (or a file). Saved with the counter's other
settings; it applies as soon as Settings closes."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_app.devices.pole_display import TARGET_MAX, checked_target
from pos_app.domain.errors import ValidationError
from pos_app.ui.context import AppContext
from pos_app.ui.forms import InlineForm, named


class CustomerDisplaySettings(QWidget):
    """The tab's fields; ``values`` is what Settings saves, ``None`` after saying in place
    what is wrong."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings = ctx.settings
        self.form = InlineForm(self)
        self.shown = named(QCheckBox(self.tr("S&how a customer display")), "customerDisplayOn")
        self.shown.setChecked(settings.customer_display)
        self.pole = named(QLineEdit(settings.pole_display), "poleDisplay")
        self.pole.setPlaceholderText(self.tr("none; or /dev/ttyUSB0, COM3:9600, a file"))
        self.form.layout.addRow("", self.shown)
        self.form.add(
            "pole_display", self.tr("&Pole display (2 x 20)"), self.pole, limit=TARGET_MAX
        )
        note = QLabel(
            self.tr(
                "The display opens full screen on a second screen when there is one, else as a "
                "window of its own. The pole display is optional: a serial port (9600 baud "
                "unless given, e.g. COM3:19200) or a device or file path. Both apply as soon "
                "as Settings closes."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(note)
        layout.addWidget(self.form.form_error)
        layout.addStretch(1)

    def values(self) -> dict[str, str | int | bool] | None:
        """The settings to save; None (the problem said at its field) if the pole display's
        port cannot be one."""
        self.form.clear()
        if not self.form.within_limits():
            return None
        try:
            target = checked_target(self.pole.text())
        except ValidationError as exc:
            self.form.show_error(exc)
            return None
        return {"customer_display": self.shown.isChecked(), "pole_display": target}
