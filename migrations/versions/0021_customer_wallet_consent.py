"""a customer's PIN or card before their wallet pays (issue 16, slice 5)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-10 00:21:00

Reserved in the chain while this slice is built; it changes nothing yet.
"""

from __future__ import annotations

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
