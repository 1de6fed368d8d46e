"""Where staff accounts stand now, read for a counter's offline overrides (issue 15): the
username, role, whether active and any lockout, by account id or username. Never the
password hash: only these non-secret columns are selected (issue 16 may withhold the
hash column from counters altogether)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pos_app.data.models import Account
from pos_app.data.repositories.base import Repository

_STANDING = (Account.id, Account.username, Account.role, Account.active, Account.locked_until)


@dataclass(frozen=True)
class Standing:
    account_id: int
    username: str
    role: str
    active: bool
    locked_until: datetime | None

    def usable(self, now: datetime) -> bool:
        """Active and not locked out at ``now``."""
        return self.active and (self.locked_until is None or self.locked_until <= now)


class StaffStanding(Repository):
    def of(self, account_ids: Iterable[int]) -> dict[int, Standing]:
        wanted = sorted({int(a) for a in account_ids})
        if not wanted:
            return {}
        rows = self.session.execute(select(*_STANDING).where(Account.id.in_(wanted)))
        return {
            int(r[0]): Standing(int(r[0]), str(r[1]), str(r[2]), bool(r[3]), r[4]) for r in rows
        }

    def by_username(self, username: str) -> Standing | None:
        row = self.session.execute(select(*_STANDING).where(Account.username == username)).first()
        return (
            None
            if row is None
            else Standing(int(row[0]), str(row[1]), str(row[2]), bool(row[3]), row[4])
        )
