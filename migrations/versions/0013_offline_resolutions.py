"""a manager's resolution of a flagged offline sale or a conflict (issue 15)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 00:13:00

The Conflicts view lists what an outage made the server accept without settling it: an
offline sale flagged oversold or price changed (``offline_sales``, 0010) and a UUID that
came again with other content (``offline_conflicts``, 0010). A manager resolves each one
with a note; what they wrote is kept here:

- ``offline_resolutions``: one row per resolution, naming exactly one subject (a flagged
  offline sale by its sale id, or a conflict by its id; a CHECK), who resolved it, when,
  and a note that may not be blank (a CHECK). Each subject is resolved once (a UNIQUE on
  each column: two managers pressing at once get one resolution and one refusal).
  Append-only, like ``audit_entries``: a resolution is never edited or taken back in
  place; a second thought is a note elsewhere, not a rewrite.
- The audit action ``offline_resolved``: the resolution's audit row, written in the same
  transaction. SQLite rebuilds ``audit_entries`` for the new CHECK (0005's helper puts its
  append-only triggers back).

A later revision that changes the audit actions again starts from ``audit_actions()``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLE = "offline_resolutions"
NEW_AUDIT_ACTIONS = ("offline_resolved",)


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def earlier_audit_actions() -> tuple[str, ...]:
    """The audit actions allowed at 0012 (0008 set them last)."""
    v8 = _revision("0008")
    return v8._earlier_audit_actions() + v8.NEW_AUDIT_ACTIONS  # type: ignore[attr-defined,no-any-return]


def audit_actions() -> tuple[str, ...]:
    """The audit actions allowed at this revision."""
    return earlier_audit_actions() + NEW_AUDIT_ACTIONS


def _set_audit_actions(actions: tuple[str, ...]) -> None:
    _revision("0005")._audit_actions(actions)  # type: ignore[attr-defined]


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("offline_sale_id", sa.Integer(), nullable=True),
        sa.Column("conflict_id", sa.Integer(), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.CheckConstraint(
            "(offline_sale_id IS NOT NULL AND conflict_id IS NULL) "
            "OR (offline_sale_id IS NULL AND conflict_id IS NOT NULL)",
            name=op.f("ck_offline_resolutions_one_subject"),
        ),
        sa.CheckConstraint(
            "length(trim(note)) > 0", name=op.f("ck_offline_resolutions_note_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["offline_sale_id"],
            ["offline_sales.sale_id"],
            name=op.f("fk_offline_resolutions_offline_sale_id_offline_sales"),
        ),
        sa.ForeignKeyConstraint(
            ["conflict_id"],
            ["offline_conflicts.id"],
            name=op.f("fk_offline_resolutions_conflict_id_offline_conflicts"),
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"],
            ["accounts.id"],
            name=op.f("fk_offline_resolutions_resolved_by_id_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_resolutions")),
        sa.UniqueConstraint("offline_sale_id", name=op.f("uq_offline_resolutions_offline_sale_id")),
        sa.UniqueConstraint("conflict_id", name=op.f("uq_offline_resolutions_conflict_id")),
    )
    _revision("0003")._append_only(TABLE)  # type: ignore[attr-defined]
    _set_audit_actions(audit_actions())


def downgrade() -> None:
    """Refused (by the audit CHECK put back) while an ``offline_resolved`` audit row is
    kept: the audit trail is append-only, and its rows are not dropped to go down."""
    _set_audit_actions(earlier_audit_actions())
    _revision("0003")._drop_append_only(TABLE)  # type: ignore[attr-defined]
    op.drop_table(TABLE)
