"""Files only this computer's user reads: 0600 files in 0700 folders (issue 16).

The log, the settings file, the SQLite store (and its ``-wal`` and ``-shm``, which SQLite
creates with the main file's mode), the counter's own file and the backup copies hold
customers' personal data, staff names and the store's takings: other accounts on the
same computer must not read them. Each is created here, before whatever writes it opens
it, with the mode given to ``os.open`` or ``mkdir`` and then set again with ``chmod``, so
that the result does not depend on the process's umask.

On Windows the modes mean nothing (the user's profile folders are private already): the
files and folders are still created, and the mode change is skipped. No Qt and no
SQLAlchemy here: every layer may use it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
#: POSIX file modes apply; on Windows ``chmod`` only sets the read-only flag.
POSIX = os.name == "posix"


def _set_mode(path: Path, mode: int) -> None:
    if POSIX:
        os.chmod(path, mode)


def private_folder(folder: Path, *, tighten: bool = False) -> Path:
    """``folder``, each missing folder on the way created 0700. An existing one is left as
    it is unless ``tighten`` (the app's own folders: data, log, settings), when it is made
    0700 too: an older version made them 0755."""
    missing = []
    at = folder
    while not at.exists() and at != at.parent:
        missing.append(at)
        at = at.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another program made it meanwhile
            path.mkdir(mode=FOLDER_MODE)
            _set_mode(path, FOLDER_MODE)
    if tighten and not missing and folder.is_dir():
        _set_mode(folder, FOLDER_MODE)
    return folder


def private_file(path: Path, *, tighten: bool = False) -> Path:
    """``path`` created empty and 0600 when missing (its folder must exist). An existing
    file is left as it is unless ``tighten`` (a file only this app writes), when it is
    made 0600 too."""
    try:
        handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        if tighten:
            _set_mode(path, FILE_MODE)
        return path
    os.close(handle)
    _set_mode(path, FILE_MODE)
    return path
