"""the books balance whoever connects: deferred invariants (issue 16, slice 3)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-10 00:19:00

Reserved in the chain while this slice is built; it changes nothing yet.
"""

from __future__ import annotations

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
