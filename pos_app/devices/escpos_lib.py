"""python-escpos, imported once its printer database has a home.

On import python-escpos reads its printer database (a 1 MB YAML file: half a second
here, on the first receipt of every start) and keeps the parsed copy in the folder
ESCPOS_CAPABILITIES_PICKLE_DIR names, or else in a new temporary folder each time. It
also makes that temporary folder when it is not used (python-escpos 3.1 evaluates the
default eagerly) and never removes it. Here the parsed copy is kept in the user's cache
folder, so it is parsed once, and the unused folder is made in a folder of this
process's own there and removed with it, so the system's temporary folder does not gain
one per start.

python-escpos writes its copy in place, so a process that starts while another writes it
reads half a file (three test workers on a new machine did: "EOFError: Ran out of
input"). So the copy is written in a folder of this process's own and then put in place
whole, and a copy that cannot be read (a crash while writing it) is parsed again. A cache
folder that cannot be made, or one the environment names, leaves python-escpos to its
own way.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
import pickle
import platform
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from pos_app.settings import cache_dir

PICKLE_DIR_ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"
#: The name python-escpos gives its parsed copy.
PICKLE_NAME = f"{platform.python_version()}.capabilities.pickle"


def _cache_folder() -> Path | None:
    if PICKLE_DIR_ENV in os.environ:
        return None
    try:
        folder = cache_dir() / "escpos"
        (folder / "scratch").mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def _import_printer(pickle_dir: Path | None) -> ModuleType:
    if pickle_dir is not None:
        os.environ[PICKLE_DIR_ENV] = str(pickle_dir)
    return importlib.import_module("escpos.printer")


def _current(kept: Path) -> bool:
    """Whether the kept copy is there and no older than the database it was parsed from
    (python-escpos would otherwise write it again in place)."""
    try:
        spec = importlib.util.find_spec("escpos")  # found, not imported
        if spec is None or spec.origin is None:
            return False
        database = Path(spec.origin).with_name("capabilities.json")
        return kept.stat().st_mtime >= database.stat().st_mtime
    except OSError:
        return False


def _forget_escpos() -> None:
    for name in [n for n in sys.modules if n == "escpos" or n.startswith("escpos.")]:
        del sys.modules[name]


def _load() -> ModuleType:
    folder = _cache_folder()
    if folder is None:
        return _import_printer(None)
    kept = folder / PICKLE_NAME
    own = Path(tempfile.mkdtemp(dir=folder / "scratch"))
    # The folder python-escpos makes and never uses lands in this process's own, and goes
    # with it: another program's, maybe still empty, is never touched (a CI run's four
    # programs starting together removed one another's before its copy was written).
    system_temp, tempfile.tempdir = tempfile.tempdir, str(own)
    try:
        if _current(kept):
            try:
                return _import_printer(folder)
            except (EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
                _forget_escpos()  # half a copy: parse the database again, below
        printer = _import_printer(own)
        with contextlib.suppress(OSError):
            os.replace(own / PICKLE_NAME, kept)
        return printer
    finally:
        tempfile.tempdir = system_temp
        os.environ.pop(PICKLE_DIR_ENV, None)  # not handed on to programs this one starts
        shutil.rmtree(own, ignore_errors=True)


if TYPE_CHECKING:
    from escpos import printer as escpos_printer
else:
    escpos_printer = _load()
from escpos.exceptions import Error as EscposError  # noqa: E402 (after the printer's import)

__all__ = ["EscposError", "escpos_printer"]
