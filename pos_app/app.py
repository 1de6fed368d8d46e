"""The one wiring point: settings -> engine -> migrate -> services -> Qt."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from pos_app.domain.errors import PosError
from pos_app.logging_setup import setup_logging
from pos_app.services import build_services
from pos_app.settings import APP_NAME, choose_database, prepare_sqlite_path
from pos_app.ui.main_window import MainWindow
from pos_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


@dataclass
class Started:
    app: QApplication
    db: Database
    window: MainWindow
    tasks: TaskRunner


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pos-app", description="Counter POS desktop app")
    parser.add_argument("--database", metavar="URL", help="database to open (overrides settings)")
    return parser.parse_args(argv)


def start(argv: Sequence[str] | None = None) -> Started | None:
    """Build everything and show the window; None (after telling the user) on failure."""
    args = parse_args(argv)
    setup_logging()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "pos-app"])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    saved = QSettings().value("database/url")
    choice = choose_database(args.database, saved if isinstance(saved, str) else None)
    log.info("opening database from %s", choice.source)
    try:
        prepare_sqlite_path(choice.url)
        db = Database(choice.url)
        upgrade_to_head(db)
    except PosError as exc:
        log.error("cannot open database: %s", exc.message)
        QMessageBox.critical(None, "Counter POS", exc.message)
        return None
    tasks = TaskRunner()
    window = MainWindow(build_services(db), tasks, db.location)
    window.show()
    return Started(app, db, window, tasks)


def run(argv: Sequence[str] | None = None) -> int:
    started = start(argv)
    if started is None:
        return 1
    code = started.app.exec()
    started.tasks.wait()
    started.db.dispose()
    return code
