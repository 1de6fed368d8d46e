"""the most change a sale gives is the store currency's own (issue 16)

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-16 00:31:00

0020 made ``pos_record_sale`` refuse a cash part whose tendered amount leaves more than
``CHANGE_MAX_CENTS`` (1,000.00) of change, as Python did: a slip, never a note. But the
store's other limits are written for a dollar-sized unit and scaled by the currency
(``pos_app.domain.currency.Currency.scale``), and this one was not: a yen store could
give at most 1,000 yen (about seven dollars) of change, so a customer paying 3,500 yen
with a 10,000 yen note was refused, by Python and by the server.

PostgreSQL (SQLite: nothing to do; Python scales it now, ``pos_app.domain.tender_rules``).
``pos_record_sale`` v14 = v13 (0025) with the bound ``CHANGE_MAX_CENTS`` times the scale
of the store's currency (store setting ``currency``; ``SCALES``, a copy of Python's
table that a conformance test compares; 1 for USD or a store that never set one). The
scale is read only for an amount already over the unscaled bound, so a sale that gives
ordinary change costs nothing more. Replaced in place, as 0024 did: owner and grants stay.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

#: ``pos_app.domain.tender_rules.CHANGE_MAX_CENTS``.
CHANGE_MAX_CENTS = 100_000
CURRENCY_SETTING = "currency"
#: ``Currency.scale`` of each of ``pos_app.domain.currency.CURRENCIES`` above 1.
SCALES = {
    "AED": 10,
    "SAR": 10,
    "MAD": 10,
    "CNY": 10,
    "EGP": 100,
    "TRY": 100,
    "INR": 100,
    "JPY": 1_000,
    "KRW": 10_000,
    "IQD": 10_000,
    "LBP": 100_000,
    "SYP": 100_000,
}


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


V13_TENDERED = f"           OR p_tendered_cents > p_cash_cents + {CHANGE_MAX_CENTS}))"
_CASES = " ".join(f"WHEN '{code}' THEN {scale}" for code, scale in SCALES.items())
V14_TENDERED = (
    f"           OR (p_tendered_cents > p_cash_cents + {CHANGE_MAX_CENTS}\n"
    f"               AND p_tendered_cents > p_cash_cents + {CHANGE_MAX_CENTS}::bigint * coalesce(\n"
    f"                   (SELECT CASE s.value {_CASES} ELSE 1 END FROM store_settings AS s\n"
    f"                     WHERE s.key = '{CURRENCY_SETTING}'), 1))))"
)


def record_sale_v14(v13: str) -> str:
    """``v13`` (0025's ``pos_record_sale``) with the change bound in the store's currency."""
    return _revision("0007")._replaced(  # type: ignore[attr-defined,no-any-return]
        v13, (V13_TENDERED, V14_TENDERED)
    )


def _record_sale_v13() -> str:
    v13 = _revision("0025")
    return v13.record_sale_v13(v13._record_sale_v12())  # type: ignore[attr-defined,no-any-return]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    in_place = _revision("0024")._replaced_in_place  # type: ignore[attr-defined]
    op.execute(in_place(record_sale_v14(_record_sale_v13())))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    in_place = _revision("0024")._replaced_in_place  # type: ignore[attr-defined]
    op.execute(in_place(_record_sale_v13()))
