"""The main window. Until the workspaces land it shows where the data lives and what is
in it, read through the task runner."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from pos_app.domain.errors import PosError
from pos_app.services import Services
from pos_app.services.records import Actor, Health
from pos_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self, services: Services, tasks: TaskRunner, location: str, actor: Actor | None = None
    ) -> None:
        super().__init__()
        self._services = services
        self._tasks = tasks
        self._actor = actor or Actor.system()
        self.setWindowTitle("Counter POS")
        self.resize(960, 640)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        title = QLabel("<h1>Counter POS</h1>", body)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel("Reading the database…", body)
        self.summary.setObjectName("summary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addStretch(2)
        self.setCentralWidget(body)

        self.database_label = QLabel(f"Database: {location}", self)
        self.statusBar().addPermanentWidget(self.database_label)

        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu("&File").addAction(quit_action)

        self.refresh()

    def refresh(self) -> None:
        self._tasks.read(
            lambda: self._services.health.check(self._actor), self._show_health, self._show_error
        )

    def _show_health(self, health: Health) -> None:
        if health.ok:
            self.summary.setText(
                f"{health.products} products · {health.customers} customers · {health.sales} sales"
            )
        else:
            self.summary.setText(health.error or "The database is not ready")

    def _show_error(self, exc: Exception) -> None:
        if isinstance(exc, PosError):
            self.summary.setText(exc.message)
        else:
            log.error("unexpected error", exc_info=exc)
            self.summary.setText("Something went wrong; see the log")
