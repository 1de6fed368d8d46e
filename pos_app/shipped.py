"""The files that ship with the program beside its code: the schema migrations and the
resources (style sheet, icon).

A clone keeps them at the top of the repository (``migrations/``, ``resources/``); the
wheel carries them inside the package as ``pos_app/_migrations`` and
``pos_app/_resources`` (pyproject.toml maps the one onto the other), and so does the
desktop bundle (``make dist``). One function finds them in every case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

PACKAGE = Path(__file__).resolve().parent


def shipped_dir(name: Literal["migrations", "resources"]) -> Path:
    """``pos_app/_<name>`` where the program is installed, else the clone's ``<name>/``."""
    inside = PACKAGE / f"_{name}"
    if inside.is_dir():
        return inside
    beside = PACKAGE.parent / name
    return beside if beside.is_dir() else inside
