"""A rotating log file in the user's log directory. Never a password or a hash in it.

The file and each rotated one are 0600 in a 0700 folder (pos_app.private_files): the log
names staff and customers."""

from __future__ import annotations

import io
import logging
import logging.handlers
from pathlib import Path

from pos_app.private_files import private_file, private_folder
from pos_app.settings import log_dir

LOG_FILE = "counter-pos.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates the log file 0600 before opening it, at start and after each rotation."""

    def _open(self) -> io.TextIOWrapper:
        private_file(Path(self.baseFilename), tighten=True)
        return super()._open()


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    folder = private_folder(directory or log_dir(), tighten=directory is None)
    path = folder / LOG_FILE
    handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_pos_handler", False)]:
        root.removeHandler(old)
        old.close()
    handler._pos_handler = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    return path
