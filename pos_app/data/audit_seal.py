"""The audit chain (README, "Tamper-evident audit trail"): the sealer that links audit rows
into ``audit_chain`` in id order, and the verifier that walks it.

A sale writes its audit row with the row's own content hash and nothing else: no sale
waits for a chain head. The sealer runs at a shift's close, at a day's close and at
``pos-admin audit verify``; the rows written since its last run are the weak window.

Which rows may be sealed: on PostgreSQL, ids come from a sequence in call order while
transactions commit in any order, so a row with a lower id may still be on its way when
a higher one is visible. ``pos_audit_safe_head()`` (migration 0014, SECURITY DEFINER)
takes a SHARE lock on ``audit_entries`` for a moment: it waits for every transaction
that has inserted an audit row to end (at most ``lock_timeout``, 500 ms: a sale waits no
longer than that, once per seal) and returns the largest id then; every row up to it is
committed or never will be. SQLite has one writer at a time: the largest id is safe.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, insert, select, text
from sqlalchemy.exc import DBAPIError

from pos_app.data.audit_models import AuditChainLink, AuditEntry
from pos_app.data.database import Database
from pos_app.data.models import Base, UTCDateTime, utcnow
from pos_app.data.transaction import Transaction
from pos_app.domain.audit_chain import GENESIS, content_hash, link_hash

_CHAIN = Base.metadata.tables[AuditChainLink.__tablename__]
_UNNEST = text(
    "INSERT INTO audit_chain (entry_id, content_hash, chain_hash, sealed_at) "
    "SELECT i, c, h, :at FROM unnest(CAST(:ids AS integer[]), CAST(:contents AS text[]), "
    "CAST(:chains AS text[])) AS l(i, c, h)"
).bindparams(bindparam("at", type_=UTCDateTime()))
#: Rows sealed (or verified) per transaction.
BATCH = 5000
#: pg_advisory_xact_lock key: one sealer at a time ("pos-seal" as a number).
SEALER_LOCK = 0x706F732D7365616C


@dataclass(frozen=True)
class ChainHead:
    """The last link: the audit row it seals and its chain hash. Kept outside the database
    (printed, written down), it is what makes a rewrite by the owner detectable."""

    entry_id: int
    chain_hash: str


@dataclass(frozen=True)
class Sealed:
    rows: int
    head: ChainHead | None
    #: True when the sealer could not wait for the writers in flight (a long transaction
    #: holds an audit row): nothing new was sealed this time.
    postponed: bool = False


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    problem: str


@dataclass(frozen=True)
class ChainReport:
    #: Links checked and whole (all of them, or those before the first broken one).
    links: int
    head: ChainHead | None
    #: Rows written since the last seal (above the head).
    unsealed: int
    #: The first broken link, by entry id; None: the chain is whole.
    broken: ChainBreak | None


def _safe_head(db: Database) -> int | None:
    if db.backend == "sqlite":
        return db.read(lambda tx: int(tx.session.scalar(select(func.max(AuditEntry.id))) or 0))
    with db.translate_errors():
        try:
            with db.engine.begin() as connection:
                return int(connection.execute(text("SELECT pos_audit_safe_head()")).scalar_one())
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "55P03":  # lock_not_available
                return None
            raise


def _last_link(tx: Transaction) -> AuditChainLink | None:
    query = select(AuditChainLink).order_by(AuditChainLink.entry_id.desc()).limit(1)
    return tx.session.scalar(query)


def _seal_batch(tx: Transaction, head: int) -> tuple[int, ChainHead | None]:
    on_postgresql = tx.session.get_bind().dialect.name == "postgresql"
    if on_postgresql:
        tx.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEALER_LOCK})
    last = _last_link(tx)
    after, previous = (last.entry_id, last.chain_hash) if last else (0, GENESIS)
    rows = tx.session.execute(
        select(AuditEntry.id, AuditEntry.content_hash)
        .where(AuditEntry.id > after, AuditEntry.id <= head)
        .order_by(AuditEntry.id)
        .limit(BATCH)
    ).all()
    now = utcnow()
    links: list[dict[str, Any]] = []
    for entry_id, digest in rows:
        previous = link_hash(previous, entry_id, digest)
        links.append(
            {
                "entry_id": entry_id,
                "content_hash": digest,
                "chain_hash": previous,
                "sealed_at": now,
            }
        )
    if links and on_postgresql:  # one statement: row by row took 50 microseconds a row
        tx.session.execute(
            _UNNEST,
            {
                "ids": [link["entry_id"] for link in links],
                "contents": [link["content_hash"] for link in links],
                "chains": [link["chain_hash"] for link in links],
                "at": now,
            },
        )
    elif links:
        tx.session.connection().execute(insert(_CHAIN), links)
    end = ChainHead(int(links[-1]["entry_id"]), previous) if links else None
    if end is None and last is not None:
        end = ChainHead(last.entry_id, last.chain_hash)
    return len(links), end


def seal(db: Database, most: int | None = None) -> Sealed:
    """Link every audit row up to the safe head into the chain, oldest first (``most``:
    at most about that many this time; the rest wait for the next seal). Rows are linked
    with the content hash they were written with; a row whose content no longer matches
    it is linked all the same, and ``verify`` names it for ever after."""
    head = _safe_head(db)
    if head is None:
        return Sealed(0, db.read(_head), postponed=True)
    total = 0
    while True:
        count, end = db.write(lambda tx: _seal_batch(tx, head))
        total += count
        if count < BATCH or (most is not None and total >= most):
            return Sealed(total, end)


def _head(tx: Transaction) -> ChainHead | None:
    last = _last_link(tx)
    return ChainHead(last.entry_id, last.chain_hash) if last else None


def head(db: Database) -> ChainHead | None:
    return db.read(_head)


_CONTENT = (
    AuditEntry.created_at,
    AuditEntry.actor_id,
    AuditEntry.actor_username,
    AuditEntry.action,
    AuditEntry.outcome,
    AuditEntry.counter,
    AuditEntry.record_type,
    AuditEntry.record_id,
    AuditEntry.detail,
)


@dataclass(frozen=True)
class _Link:
    entry_id: int
    content_hash: str
    chain_hash: str
    #: The entry's content (``_CONTENT``) and its stored hash; None: the row is gone.
    entry: tuple[Any, ...] | None


def _hash_of(content: Sequence[Any]) -> str:
    return content_hash(*content[:9])


def _page(tx: Transaction, after: int) -> list[_Link]:
    query = (
        select(
            AuditChainLink.entry_id,
            AuditChainLink.content_hash,
            AuditChainLink.chain_hash,
            AuditEntry.id,
            *_CONTENT,
            AuditEntry.content_hash,
        )
        .outerjoin(AuditEntry, AuditEntry.id == AuditChainLink.entry_id)
        .where(AuditChainLink.entry_id > after)
        .order_by(AuditChainLink.entry_id)
        .limit(BATCH)
    )
    return [
        _Link(row[0], row[1], row[2], tuple(row[4:]) if row[3] is not None else None)
        for row in tx.session.execute(query)
    ]


def _linked(db: Database) -> Iterator[_Link]:
    """Every link in entry order, a page at a time."""
    after = 0
    while True:
        links = db.read(lambda tx, after=after: _page(tx, after))  # type: ignore[misc]
        yield from links
        if len(links) < BATCH:
            return
        after = links[-1].entry_id


def _link_problem(link: _Link, previous: str) -> str:
    if link.entry is None:
        return "the audit row was removed after it was sealed"
    actual = _hash_of(link.entry)
    if actual != link.content_hash:
        if actual == link.entry[9]:
            return "the audit row was changed after it was sealed (its hash was redone too)"
        return "the audit row was changed after it was sealed"
    if link_hash(previous, link.entry_id, link.content_hash) != link.chain_hash:
        return "the chain's link was rewritten (its hash does not follow the previous link)"
    return ""


def _walk(db: Database) -> tuple[int, ChainHead | None, ChainBreak | None]:
    previous, count, end = GENESIS, 0, None
    for link in _linked(db):
        problem = _link_problem(link, previous)
        if problem:
            return count, end, ChainBreak(link.entry_id, problem)
        previous, count = link.chain_hash, count + 1
        end = ChainHead(link.entry_id, link.chain_hash)
    return count, end, None


def _outside(tx: Transaction, head_id: int) -> tuple[ChainBreak | None, int]:
    """The first row below the head that the chain skips (written or slipped in after the
    seal), or the first unsealed row whose content does not match its own hash; and how
    many rows are unsealed."""
    skipped = tx.session.scalar(
        select(AuditEntry.id)
        .outerjoin(AuditChainLink, AuditChainLink.entry_id == AuditEntry.id)
        .where(AuditChainLink.entry_id.is_(None), AuditEntry.id <= head_id)
        .order_by(AuditEntry.id)
        .limit(1)
    )
    found = None
    if skipped is not None:
        found = ChainBreak(skipped, "the audit row is not in the chain, but rows after it are")
    unsealed = 0
    for row in tx.session.execute(
        select(*_CONTENT, AuditEntry.content_hash, AuditEntry.id)
        .where(AuditEntry.id > head_id)
        .order_by(AuditEntry.id)
    ):
        unsealed += 1
        if found is None and _hash_of(row) != row[9]:
            found = ChainBreak(int(row[10]), "the audit row does not match its own hash")
    return found, unsealed


def verify(db: Database, expected: ChainHead | None = None) -> ChainReport:
    """Walk the chain from its first link; report the first broken link, by entry id.
    ``expected``: a head recorded earlier (its hash may be shortened to a prefix): the
    chain must still have that link with that hash."""
    count, end, broken = _walk(db)
    if broken is not None:  # the links past the break are still the chain's
        end = head(db)
    head_id = end.entry_id if end else 0
    skipped, unsealed = db.read(lambda tx: _outside(tx, head_id))
    if skipped is not None and (broken is None or skipped.entry_id < broken.entry_id):
        broken = skipped
    if expected is not None:
        mismatch = db.read(lambda tx: _expected_problem(tx, expected))
        if mismatch is not None and (broken is None or mismatch.entry_id < broken.entry_id):
            broken = mismatch
    return ChainReport(count, end, unsealed, broken)


#: The largest id an audit row can have (the column is a 4-byte integer): a recorded head
#: past it names no row, and asking the server for it would be refused as out of range.
LARGEST_ENTRY_ID = 2**31 - 1


def _expected_problem(tx: Transaction, expected: ChainHead) -> ChainBreak | None:
    link = None
    if 0 < expected.entry_id <= LARGEST_ENTRY_ID:
        link = tx.session.get(AuditChainLink, expected.entry_id)
    if link is None:
        return ChainBreak(expected.entry_id, "the recorded head is no longer in the chain")
    if not link.chain_hash.startswith(expected.chain_hash.lower()):
        return ChainBreak(
            expected.entry_id,
            "the chain was rebuilt: its hash here is not the one recorded "
            f"({link.chain_hash[:16]}..., recorded {expected.chain_hash[:16]}...)",
        )
    return None
