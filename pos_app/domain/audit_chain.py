"""The tamper-evident audit trail's two hashes, in pure Python (README, "Tamper-evident
audit trail").

- ``content_hash``: SHA-256 of one audit row's content, written with the row. The SQL
  function ``pos_audit_hash`` (migration 0014) computes the very same text and digest for
  the rows ``pos_record_sale`` writes; a conformance test proves they agree.
- ``link_hash``: SHA-256 of the previous link's hash, the row's id and its content hash:
  the chain (``audit_chain``) that the sealer extends in id order.

The text hashed is versioned ("pos-audit-v1") and unambiguous: every field is written as
its length in characters, a colon, and the field, each on a line of its own.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

CONTENT_VERSION = "pos-audit-v1"
CHAIN_VERSION = "pos-chain-v1"
#: The "previous hash" of the first link.
GENESIS = "0" * 64


def moment_text(moment: datetime) -> str:
    """UTC, to the microsecond, as PostgreSQL's
    ``to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`` writes it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    u = moment.astimezone(UTC)
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d}T"
        f"{u.hour:02d}:{u.minute:02d}:{u.second:02d}.{u.microsecond:06d}"
    )


def content_text(
    created_at: datetime,
    actor_id: int | None,
    actor_username: str,
    action: str,
    outcome: str,
    counter: str,
    record_type: str,
    record_id: str,
    detail: str,
) -> str:
    fields = (
        moment_text(created_at),
        "" if actor_id is None else str(int(actor_id)),
        actor_username,
        action,
        outcome,
        counter,
        record_type,
        record_id,
        detail,
    )
    return CONTENT_VERSION + "".join(f"\n{len(field)}:{field}" for field in fields)


def content_hash(
    created_at: datetime,
    actor_id: int | None,
    actor_username: str,
    action: str,
    outcome: str,
    counter: str,
    record_type: str,
    record_id: str,
    detail: str,
) -> str:
    text = content_text(
        created_at,
        actor_id,
        actor_username,
        action,
        outcome,
        counter,
        record_type,
        record_id,
        detail,
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def link_hash(previous: str, entry_id: int, content: str) -> str:
    text = f"{CHAIN_VERSION}\n{previous}\n{int(entry_id)}\n{content}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
