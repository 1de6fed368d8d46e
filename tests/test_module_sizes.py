"""Size limits that keep the code readable: no module in pos_app over 500 lines, and the
unit of work (pos_app/data/transaction.py) a thin object of at most 150."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pos_app"
MODULE_MAX = 500
TRANSACTION_MAX = 150


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_500_lines() -> None:
    too_long = {
        str(path.relative_to(PACKAGE)): _lines(path)
        for path in sorted(PACKAGE.rglob("*.py"))
        if _lines(path) > MODULE_MAX
    }
    assert too_long == {}


def test_the_transaction_is_thin() -> None:
    assert _lines(PACKAGE / "data" / "transaction.py") <= TRANSACTION_MAX
