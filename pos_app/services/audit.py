"""Reading the audit trail, and recording what happens outside the services."""

from __future__ import annotations

from datetime import datetime

from pos_app.domain import rules
from pos_app.domain.enums import AuditAction
from pos_app.services.audit_log import record, to_record
from pos_app.services.base import Service, check_page
from pos_app.services.paging import check_after, read_keyed
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor, AuditRecord, Page


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

    def settings_changed(self, actor: Actor | None, keys: list[str]) -> None:
        """Record which settings an admin changed (names only, never values)."""
        checked = authorize(actor, Op.SETTINGS_CHANGE)
        given = rules.sequence(keys, "keys", "Settings", 50)
        names = ", ".join(sorted(rules.required_text(k, "keys", "Setting", 64) for k in given))
        self._db.write(lambda tx: record(tx, checked, AuditAction.SETTINGS_CHANGE, detail=names))
