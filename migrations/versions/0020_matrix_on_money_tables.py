"""money and stock writes follow the permission matrix on the server (issue 16, slice 4)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-10 00:20:00

Reserved in the chain while this slice is built; it changes nothing yet.
"""

from __future__ import annotations

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
