"""A rotating log file in the user's log directory. Never a password or a hash in it."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from pos_app.settings import log_dir

LOG_FILE = "counter-pos.log"


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
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
