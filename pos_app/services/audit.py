"""Reading the audit trail, recording what happens outside the services, and its chain:
sealing and verifying (README, "Tamper-evident audit trail")."""

from __future__ import annotations

import logging
import re
from datetime import datetime

from pos_app.data import audit_seal
from pos_app.data.audit_seal import ChainHead, ChainReport, Sealed
from pos_app.data.database import Database, UnexpectedDatabaseError
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import PosError, ValidationError
from pos_app.services.audit_log import record, to_record
from pos_app.services.base import Service, check_page
from pos_app.services.paging import check_after, read_keyed
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor, AuditRecord, Page

log = logging.getLogger(__name__)
#: A head as ``audit verify`` prints it and a person writes it down: "ID:HASH", the hash
#: shortened to 8 hex digits or more.
_HEAD = re.compile(r"\s*(\d{1,18})\s*:\s*([0-9a-fA-F]{8,64})\s*")


def parse_head(text: str) -> ChainHead:
    """``"1234:9f86d081..."`` -> the head it names; refused clearly otherwise."""
    found = _HEAD.fullmatch(text or "")
    if found is None:
        raise ValidationError(
            f"Not a chain head: {text!r} (expected ID:HASH as audit verify prints it, "
            "with at least 8 hex digits of the hash)"
        )
    return ChainHead(int(found.group(1)), found.group(2).lower())


#: What a close seals at most (a few seconds): the first seal after the upgrade to 0014
#: finds every older row unsealed; the rest wait for the next close or audit seal.
SEAL_AT_CLOSE = 50_000


def seal_quietly(db: Database) -> Sealed | None:
    """Extend the audit chain after a close; a failure is logged, never the close's."""
    try:
        sealed = audit_seal.seal(db, most=SEAL_AT_CLOSE)
    except (PosError, UnexpectedDatabaseError):
        log.warning("the audit chain was not sealed this time", exc_info=True)
        return None
    # The log is on the counter, away from the server: one more place the head is kept.
    if sealed.head is not None:
        log.info("audit chain head %s:%s", sealed.head.entry_id, sealed.head.chain_hash)
    return sealed


class AuditService(Service):
    """Read the trail (admin) and record what happens outside the services (sign-out and
    settings are handled by the desktop app)."""

    def search(
        self,
        actor: Actor | None,
        *,
        username: str = "",
        action: object = None,
        record_ref: str = "",
        since: datetime | None = None,
        until: datetime | None = None,
        offset: int = 0,
        limit: int = 100,
        after: object = None,
    ) -> Page[AuditRecord]:
        """Newest first. ``record_ref`` is "type" or "type:id", e.g. "sale:<uuid>".
        ``after``: a page's ``next_after``, for the page that follows it."""
        authorize(actor, Op.AUDIT_READ)
        first, size = check_page(offset, limit)
        name = rules.optional_text(username, "username", "User", 64)
        kind = None
        if action not in (None, ""):
            kind = rules.choice(AuditAction, action, "action", "Action").value
        ref = rules.optional_text(record_ref, "record", "Record", 100)
        since = rules.optional_moment(since, "since", "From")
        until = rules.optional_moment(until, "until", "Until")
        start = check_after(after, "id", True, 1)
        return read_keyed(
            self._read_page,
            first,
            size,
            lambda tx: tx.audit.page(name, kind, ref, since, until, first, size, start),
            lambda tx, rows: map(to_record, rows),
            lambda row: (row.id,),
            "id",
            True,
        )

    def seal(self, actor: Actor | None) -> Sealed:
        """Link the audit rows written since the last seal into the chain (admin)."""
        authorize(actor, Op.AUDIT_READ)
        return audit_seal.seal(self._db)

    def verify(
        self, actor: Actor | None, *, expected: object = None, seal: object = True
    ) -> ChainReport:
        """Seal (unless ``seal`` is false), then walk the whole chain: the first broken
        link, or that it is whole. ``expected``: a head recorded earlier (a ChainHead, or
        its text "ID:HASH"), which the chain must still hold."""
        authorize(actor, Op.AUDIT_READ)
        if isinstance(expected, str):
            expected = parse_head(expected)
        elif expected is not None and not isinstance(expected, ChainHead):
            raise ValidationError("Not a chain head (expected ID:HASH as audit verify prints it)")
        if not isinstance(seal, bool):
            raise ValidationError("Seal first: yes or no")
        if seal:
            audit_seal.seal(self._db)
        return audit_seal.verify(self._db, expected)

    def settings_changed(self, actor: Actor | None, keys: list[str]) -> None:
        """Record which settings an admin changed (names only, never values)."""
        checked = authorize(actor, Op.SETTINGS_CHANGE)
        given = rules.sequence(keys, "keys", "Settings", 50)
        names = ", ".join(sorted(rules.required_text(k, "keys", "Setting", 64) for k in given))
        self._db.write(lambda tx: record(tx, checked, AuditAction.SETTINGS_CHANGE, detail=names))
