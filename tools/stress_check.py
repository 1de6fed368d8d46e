"""The checker of `make stress`: what the counters said they did, against what the database
holds.

Counters write one JSON line per operation before the call (the intent) and one after it
(the outcome), each fsync'd. ``History`` reads those logs; ``read_snapshot`` takes one
consistent read of the whole store (REPEATABLE READ on PostgreSQL; a read transaction is
already a snapshot on SQLite); ``check`` compares the two:

- every operation that returned ok is present, exactly once; every operation that failed
  is absent; an unknown one is either entirely present or entirely absent;
- every sale has all its lines, payments, stock movements and wallet entry, and matches
  the cart the counter sent; likewise refunds, top-ups and restocks;
- money is conserved to the cent: for each wallet, starting balance + top-ups - wallet
  payments + wallet refunds of the operations present = balance now, and the wallet's
  own ledger adds up to its balance;
- for each product, starting stock + restocks + returns - units sold = stock now, and the
  stock ledger adds up to the stock;
- no wallet and no stock below zero.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from pos_app.data import models

TAG = "stress:"

#: Kinds of operation a counter logs, and the key that finds each in the database.
CHECKOUT, REFUND, TOP_UP, RESTOCK, READ = "checkout", "refund", "top_up", "restock", "read"


def tag_of(reason: str) -> str | None:
    """The operation key a counter put in a ledger row's reason ("... stress:<key>")."""
    if TAG not in reason:
        return None
    return reason.rsplit(TAG, 1)[1].strip()


# -- the history the counters wrote ---------------------------------------------------------


@dataclass
class Op:
    """One call a counter made: its intent, and its outcome once known."""

    id: str
    kind: str
    key: str
    intent: dict[str, Any]
    process: str
    outcome: str | None = None  # ok, fail, unknown, error; None while in flight or killed
    error: str = ""
    result: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass
class Entity:
    """A sale, refund, top-up or restock: one or more attempts (ops) under one key."""

    kind: str
    key: str
    intent: dict[str, Any]
    ops: list[Op] = field(default_factory=list)

    def status(self, final: bool) -> str:
        """ok if any attempt returned ok; fail if every attempt failed; else unknown.

        An attempt still in flight counts as unknown; at the end (``final``) it was cut
        short by a kill."""
        outcomes = [op.outcome for op in self.ops]
        if "ok" in outcomes:
            return "ok"
        if outcomes and all(o == "fail" for o in outcomes):
            return "fail"
        if not final and any(o is None for o in outcomes):
            return "pending"
        return "unknown"


class History:
    """Every operation of every counter, read incrementally from their log files."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._offsets: dict[Path, int] = {}
        self._partial: dict[Path, bytes] = {}
        self.ops: dict[str, Op] = {}
        self.entities: dict[tuple[str, str], Entity] = {}
        self.processes: dict[str, dict[str, Any]] = {}
        self.bad_lines = 0

    def update(self) -> None:
        for path in sorted(self.directory.glob("*.log")):
            self._read(path)

    def _read(self, path: Path) -> None:
        offset = self._offsets.get(path, 0)
        try:
            with path.open("rb") as handle:
                handle.seek(offset)
                data = handle.read()
        except FileNotFoundError:
            return
        if not data:
            return
        self._offsets[path] = offset + len(data)
        data = self._partial.pop(path, b"") + data
        lines = data.split(b"\n")
        if lines[-1]:
            self._partial[path] = lines[-1]  # a line still being written
        for line in lines[:-1]:
            if line:
                self._record(path.stem, line)

    def _record(self, process: str, line: bytes) -> None:
        try:
            record = json.loads(line)
        except ValueError:
            self.bad_lines += 1
            return
        kind = record.get("k")
        if kind == "start":
            self.processes[process] = record
        elif kind == "i":
            op = Op(
                id=record["id"],
                kind=record["op"],
                key=str(record.get("key", record["id"])),
                intent=record,
                process=process,
            )
            self.ops[op.id] = op
            if op.kind != READ:
                entity = self.entities.get((op.kind, op.key))
                if entity is None:
                    entity = Entity(op.kind, op.key, record)
                    self.entities[(op.kind, op.key)] = entity
                entity.ops.append(op)
        elif kind == "d":
            found = self.ops.get(record["id"])
            if found is None:
                self.bad_lines += 1
                return
            found.outcome = record["o"]
            found.error = record.get("err", "")
            found.result = record.get("res") or {}
            found.seconds = float(record.get("dt", 0.0))

    # -- tallies -----------------------------------------------------------------------------
    def op_counts(self, final: bool) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for op in self.ops.values():
            if op.outcome in ("ok", "fail"):
                counts[op.outcome] += 1
            elif op.outcome is None and not final:
                counts["in_flight"] += 1
            else:
                counts["unknown"] += 1
                if op.outcome == "error":
                    counts["internal_errors"] += 1
                elif op.outcome is None:
                    counts["killed_in_flight"] += 1
                else:
                    counts["lost_connection"] += 1
        counts["operations"] = len(self.ops)
        return dict(counts)

    def by_kind(self) -> dict[str, dict[str, int]]:
        table: dict[str, Counter[str]] = defaultdict(Counter)
        for op in self.ops.values():
            table[op.kind][op.outcome or "unknown"] += 1
        return {kind: dict(counts) for kind, counts in sorted(table.items())}

    def failure_reasons(self, limit: int = 8) -> dict[str, int]:
        reasons: Counter[str] = Counter()
        for op in self.ops.values():
            if op.outcome in ("fail", "unknown", "error") and op.error:
                reasons[op.error.split(":", 1)[0]] += 1
        return dict(reasons.most_common(limit))

    def double_sends(self) -> dict[str, int]:
        """Requests sent twice at once: how many, and how many got two different answers."""
        sent = disagreed = 0
        for entity in self.entities.values():
            pairs: dict[str, list[str]] = defaultdict(list)
            for op in entity.ops:
                if "send" in op.intent and op.outcome in ("ok", "fail"):
                    pairs[str(op.intent["send"]).rsplit("-", 1)[0]].append(op.outcome)
            for outcomes in pairs.values():
                if len(outcomes) == 2:
                    sent += 1
                    disagreed += outcomes[0] != outcomes[1]
        return {"double_sends": sent, "double_send_disagreements": disagreed}

    def internal_errors(self, limit: int = 5) -> list[str]:
        return [op.error for op in self.ops.values() if op.outcome == "error"][:limit]

    def latency_ms(self, kind: str, quantile: float) -> float | None:
        values = sorted(
            op.seconds for op in self.ops.values() if op.kind == kind and op.outcome == "ok"
        )
        if not values:
            return None
        return round(values[min(len(values) - 1, int(quantile * len(values)))] * 1000, 1)


# -- the database side ---------------------------------------------------------------------


@dataclass
class SaleFacts:
    id: int
    customer_id: int | None
    total: int
    #: product id -> units, summed over the sale's lines
    lines: dict[int, int] = field(default_factory=dict)
    lines_total: int = 0
    line_count: int = 0
    payments: dict[str, int] = field(default_factory=dict)
    payment_rows: int = 0
    #: product id -> units moved by the sale's stock movements (negative)
    movements: dict[int, int] = field(default_factory=dict)
    wallet_entries: list[int] = field(default_factory=list)


@dataclass
class RefundFacts:
    id: int
    sale_id: int
    method: str
    amount: int
    #: sale line id -> units
    lines: dict[int, int] = field(default_factory=dict)
    lines_amount: int = 0


@dataclass
class Snapshot:
    wallets: dict[int, int]
    wallet_ledger: dict[int, int]
    stock: dict[int, int]
    stock_ledger: dict[int, int]
    sales: dict[str, SaleFacts]
    duplicate_sale_uuids: int
    refunds: dict[str, RefundFacts]
    #: tag -> [(kind, account id, cents)] of wallet entries that carry "stress:<tag>"
    tagged_wallet: dict[str, list[tuple[str, int, int]]]
    #: tag -> [(kind, product id, units)] of stock movements that carry "stress:<tag>"
    tagged_stock: dict[str, list[tuple[str, int, int]]]


def read_snapshot(engine: Engine) -> Snapshot:  # noqa: PLR0912 - every invariant checked in one place
    """One consistent read of everything the checker needs."""
    if engine.dialect.name == "postgresql":
        bind = engine.execution_options(isolation_level="REPEATABLE READ")
    else:
        bind = engine.execution_options(pos_read_only=True)
    with bind.connect() as conn, conn.begin():
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        w, e, p, m = models.Wallet, models.WalletEntry, models.Product, models.StockMovement
        wallets = {int(a): int(b) for a, b in conn.execute(select(w.account_id, w.balance_cents))}
        wallet_ledger = {
            int(a): int(b)
            for a, b in conn.execute(
                select(w.account_id, func.sum(e.amount_cents))
                .join(e, e.wallet_id == w.id)
                .group_by(w.account_id)
            )
        }
        stock = {int(a): int(b) for a, b in conn.execute(select(p.id, p.stock))}
        stock_ledger = {
            int(a): int(b)
            for a, b in conn.execute(
                select(m.product_id, func.sum(m.quantity)).group_by(m.product_id)
            )
        }
        s = models.Sale
        by_id: dict[int, SaleFacts] = {}
        sales: dict[str, SaleFacts] = {}
        uuid_counts: Counter[str] = Counter()
        for sid, uuid, customer, total in conn.execute(
            select(s.id, s.uuid, s.customer_id, s.total_cents)
        ):
            facts = SaleFacts(int(sid), None if customer is None else int(customer), int(total))
            by_id[facts.id] = facts
            sales[str(uuid)] = facts
            uuid_counts[str(uuid)] += 1
        sl = models.SaleLine
        for sid, pid, qty, total in conn.execute(
            select(sl.sale_id, sl.product_id, sl.quantity, sl.line_total_cents)
        ):
            facts = by_id[int(sid)]
            facts.lines[int(pid)] = facts.lines.get(int(pid), 0) + int(qty)
            facts.lines_total += int(total)
            facts.line_count += 1
        sp = models.SalePayment
        for sid, method, amount in conn.execute(select(sp.sale_id, sp.method, sp.amount_cents)):
            facts = by_id[int(sid)]
            facts.payments[str(method)] = facts.payments.get(str(method), 0) + int(amount)
            facts.payment_rows += 1
        for moved_sale, pid, qty in conn.execute(
            select(m.sale_id, m.product_id, m.quantity).where(
                m.sale_id.is_not(None), m.kind == "sale"
            )
        ):
            facts = by_id[int(moved_sale or 0)]
            facts.movements[int(pid)] = facts.movements.get(int(pid), 0) + int(qty)
        for paid_sale, amount in conn.execute(
            select(e.sale_id, e.amount_cents).where(e.sale_id.is_not(None), e.kind == "purchase")
        ):
            by_id[int(paid_sale or 0)].wallet_entries.append(int(amount))
        r, rl = models.Refund, models.RefundLine
        refunds_by_id: dict[int, RefundFacts] = {}
        refunds: dict[str, RefundFacts] = {}
        for rid, uuid, sid, method, amount in conn.execute(
            select(r.id, r.uuid, r.sale_id, r.method, r.amount_cents)
        ):
            refund = RefundFacts(int(rid), int(sid), str(method), int(amount))
            refunds_by_id[refund.id] = refund
            refunds[str(uuid)] = refund
        for rid, line_id, qty, amount in conn.execute(
            select(rl.refund_id, rl.sale_line_id, rl.quantity, rl.amount_cents)
        ):
            refund = refunds_by_id[int(rid)]
            refund.lines[int(line_id)] = refund.lines.get(int(line_id), 0) + int(qty)
            refund.lines_amount += int(amount)
        tagged_wallet: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        for kind, account, amount, reason in conn.execute(
            select(e.kind, w.account_id, e.amount_cents, e.reason)
            .join(w, w.id == e.wallet_id)
            .where(e.reason.like(f"%{TAG}%"))
        ):
            tag = tag_of(str(reason))
            if tag:
                tagged_wallet[tag].append((str(kind), int(account), int(amount)))
        tagged_stock: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        for kind, pid, qty, reason in conn.execute(
            select(m.kind, m.product_id, m.quantity, m.reason).where(m.reason.like(f"%{TAG}%"))
        ):
            tag = tag_of(str(reason))
            if tag:
                tagged_stock[tag].append((str(kind), int(pid), int(qty)))
    return Snapshot(
        wallets=wallets,
        wallet_ledger=wallet_ledger,
        stock=stock,
        stock_ledger=stock_ledger,
        sales=sales,
        duplicate_sale_uuids=sum(1 for n in uuid_counts.values() if n > 1),
        refunds=refunds,
        tagged_wallet=dict(tagged_wallet),
        tagged_stock=dict(tagged_stock),
    )


# -- the checks ----------------------------------------------------------------------------

VIOLATION_KEYS = (
    "unknown_unresolved",
    "oversold_units",
    "negative_wallets",
    "negative_stock",
    "money_drift_cents",
    "stock_drift_units",
    "ledger_mismatches",
    "duplicate_sales",
    "duplicate_operations",
    "partial_sales",
    "partial_operations",
    "lost_sales",
    "lost_operations",
    "failed_but_present",
    "phantom_records",
    "internal_errors",
)


@dataclass
class Verdict:
    """What one check found; every count in VIOLATION_KEYS must be 0."""

    counts: dict[str, int]
    resolved: dict[str, int]
    examples: list[str]

    @property
    def violations(self) -> int:
        return sum(self.counts.get(key, 0) for key in VIOLATION_KEYS)


def _sale_problems(facts: SaleFacts, intent: dict[str, Any]) -> list[str]:
    """Why a recorded sale is not the whole of the cart the counter sent (empty: it is)."""
    problems = []
    wanted = {int(pid): int(qty) for pid, qty in intent["lines"]}
    wallet = int(intent["wallet"])
    total = int(intent["total"])
    if facts.line_count == 0:
        problems.append("no lines")
    if facts.lines != wanted:
        problems.append(f"lines {facts.lines} != cart {wanted}")
    if facts.total != total or facts.lines_total != facts.total:
        problems.append(f"total {facts.total} (lines {facts.lines_total}) != cart {total}")
    expected_payments = {
        method: cents for method, cents in (("wallet", wallet), ("cash", total - wallet)) if cents
    }
    if facts.payments != expected_payments or facts.payment_rows != len(expected_payments):
        problems.append(f"payments {facts.payments} != {expected_payments}")
    if facts.movements != {pid: -qty for pid, qty in wanted.items()}:
        problems.append(f"stock movements {facts.movements} != cart {wanted}")
    expected_entries = [-wallet] if wallet else []
    if facts.wallet_entries != expected_entries:
        problems.append(f"wallet entries {facts.wallet_entries} != {expected_entries}")
    if facts.customer_id != intent.get("customer"):
        problems.append(f"customer {facts.customer_id} != {intent.get('customer')}")
    return problems


def _refund_problems(
    facts: RefundFacts,
    intent: dict[str, Any],
    wallet_rows: list[tuple[str, int, int]],
    stock_rows: list[tuple[str, int, int]],
    sales: dict[str, SaleFacts],
) -> list[str]:
    problems = []
    wanted = {int(line_id): int(qty) for line_id, _pid, qty, _unit in intent["lines"]}
    per_product: Counter[int] = Counter()
    for _line_id, pid, qty, _unit in intent["lines"]:
        per_product[int(pid)] += int(qty)
    amount = int(intent["amount"])
    sale = sales.get(str(intent["sale"]))
    if sale is None or sale.id != facts.sale_id:
        problems.append("refund of a sale that is not there")
    if facts.lines != wanted or facts.amount != amount or facts.lines_amount != amount:
        problems.append(f"lines {facts.lines} amount {facts.amount} != {wanted} {amount}")
    if facts.method != intent["method"]:
        problems.append(f"method {facts.method} != {intent['method']}")
    returned: Counter[int] = Counter()
    for kind, pid, qty in stock_rows:
        if kind == "return":
            returned[pid] += qty
    if returned != per_product:
        problems.append(f"returned stock {dict(returned)} != {dict(per_product)}")
    credits = [(account, cents) for kind, account, cents in wallet_rows if kind == "refund"]
    expected = [(int(intent["customer"]), amount)] if intent["method"] == "wallet" else []
    if credits != expected:
        problems.append(f"wallet credits {credits} != {expected}")
    return problems


def check(  # noqa: PLR0912, PLR0915 - every invariant checked in one place
    snapshot: Snapshot,
    baseline: Snapshot,
    history: History,
    *,
    ok_before: set[tuple[str, str]] | None = None,
    final: bool = False,
) -> Verdict:
    """Compare a snapshot with the history.

    ``ok_before``: keys of entities whose ok was logged before the snapshot began (they
    must be in it). At the end (``final``) every ok entity must be present and every
    entity has a definite status: ok, fail, or unknown resolved by looking it up.
    """
    counts: Counter[str] = Counter()
    resolved: Counter[str] = Counter()
    examples: list[str] = []

    def flag(name: str, text: str, n: int = 1) -> None:
        counts[name] += n
        if len(examples) < 12:
            examples.append(f"{name}: {text}")

    expected_wallets = dict(baseline.wallets)
    expected_stock = dict(baseline.stock)
    seen_sales: set[str] = set()
    seen_refunds: set[str] = set()
    seen_tags: set[str] = set()

    for (kind, key), entity in history.entities.items():
        status = entity.status(final)
        must_be_present = status == "ok" and (ok_before is None or (kind, key) in ok_before)
        intent = entity.intent
        present = False
        intact = True
        if kind == CHECKOUT:
            facts = snapshot.sales.get(key)
            present = facts is not None
            if facts is not None:
                seen_sales.add(key)
                problems = _sale_problems(facts, intent)
                if problems:
                    intact = False
                    flag("partial_sales", f"sale {key}: {'; '.join(problems)}")
                customer = intent.get("customer")
                if customer is not None and intent["wallet"]:
                    expected_wallets[customer] = expected_wallets.get(customer, 0) - int(
                        intent["wallet"]
                    )
                for pid, qty in intent["lines"]:
                    expected_stock[int(pid)] = expected_stock.get(int(pid), 0) - int(qty)
            if must_be_present and not present:
                flag("lost_sales", f"sale {key} returned ok but is not recorded")
        elif kind == REFUND:
            refund = snapshot.refunds.get(key)
            present = refund is not None
            if refund is not None:
                seen_refunds.add(key)
                seen_tags.add(key)
                problems = _refund_problems(
                    refund,
                    intent,
                    snapshot.tagged_wallet.get(key, []),
                    snapshot.tagged_stock.get(key, []),
                    snapshot.sales,
                )
                if problems:
                    intact = False
                    flag("partial_operations", f"refund {key}: {'; '.join(problems)}")
                if intent["method"] == "wallet":
                    customer = int(intent["customer"])
                    expected_wallets[customer] = expected_wallets.get(customer, 0) + int(
                        intent["amount"]
                    )
                for _line, pid, qty, _unit in intent["lines"]:
                    expected_stock[int(pid)] = expected_stock.get(int(pid), 0) + int(qty)
            if must_be_present and not present:
                flag("lost_operations", f"refund {key} returned ok but is not recorded")
        elif kind in (TOP_UP, RESTOCK):
            if kind == TOP_UP:
                rows = [r for r in snapshot.tagged_wallet.get(key, []) if r[0] == "top_up"]
                want = ("top_up", int(intent["customer"]), int(intent["amount"]))
            else:
                rows = [r for r in snapshot.tagged_stock.get(key, []) if r[0] == "restock"]
                want = ("restock", int(intent["product"]), int(intent["qty"]))
            present = bool(rows)
            if rows:
                seen_tags.add(key)
                if len(rows) > 1:
                    intact = False
                    flag("duplicate_operations", f"{kind} {key} applied {len(rows)} times")
                if any(row != want for row in rows):
                    intact = False
                    flag("partial_operations", f"{kind} {key}: {rows} != {want}")
                target, amount = want[1], want[2]
                book = expected_wallets if kind == TOP_UP else expected_stock
                book[target] = book.get(target, 0) + amount
            if must_be_present and not present:
                flag("lost_operations", f"{kind} {key} returned ok but is not recorded")
        # A refund whose lines still have units to return cannot fail for a reason that a
        # second send of it could change: any send that said "failed" about a refund that
        # is recorded told the cashier "no" about money that was paid out.
        failed = [op for op in entity.ops if op.outcome == "fail"]
        if present and (status == "fail" or (kind == REFUND and failed)):
            flag("failed_but_present", f"{kind} {key} failed ({failed[-1].error}) yet is there")
        if status == "unknown":
            if not intact:
                counts["unknown_unresolved"] += 1
            else:
                resolved[f"{kind}_{'present' if present else 'absent'}"] += 1

    # Records nobody asked for.
    for key in snapshot.sales.keys() - seen_sales:
        flag("phantom_records", f"sale {key} is not in any counter's log")
    for key in snapshot.refunds.keys() - seen_refunds:
        flag("phantom_records", f"refund {key} is not in any counter's log")
    for key in (snapshot.tagged_wallet.keys() | snapshot.tagged_stock.keys()) - seen_tags:
        flag("phantom_records", f"ledger rows tagged {key} are not in any counter's log")
    if snapshot.duplicate_sale_uuids:
        flag("duplicate_sales", "a sale UUID is recorded twice", snapshot.duplicate_sale_uuids)

    # Conservation, per wallet and per product.
    for account, balance in snapshot.wallets.items():
        want_balance = expected_wallets.get(account, 0)
        if balance != want_balance:
            flag(
                "money_drift_cents",
                f"wallet of #{account}: {balance} != {want_balance}",
                abs(balance - want_balance),
            )
        if balance < 0:
            flag("negative_wallets", f"wallet of #{account} at {balance}")
        if snapshot.wallet_ledger.get(account, 0) != balance:
            flag(
                "ledger_mismatches",
                f"wallet #{account}: ledger "
                f"{snapshot.wallet_ledger.get(account, 0)} != balance {balance}",
            )
    for product, units in snapshot.stock.items():
        want_units = expected_stock.get(product, 0)
        if units != want_units:
            flag(
                "stock_drift_units",
                f"product #{product}: {units} != {want_units}",
                abs(units - want_units),
            )
        if want_units > units:
            counts["oversold_units"] += want_units - units
        if units < 0:
            counts["oversold_units"] += -units
            flag("negative_stock", f"product #{product} at {units}")
        if snapshot.stock_ledger.get(product, 0) != units:
            flag(
                "ledger_mismatches",
                f"product #{product}: ledger "
                f"{snapshot.stock_ledger.get(product, 0)} != stock {units}",
            )
    counts["internal_errors"] = history.op_counts(final).get("internal_errors", 0)
    return Verdict({k: counts.get(k, 0) for k in VIOLATION_KEYS}, dict(resolved), examples)


def fsync_append(fd: int, record: dict[str, Any]) -> None:
    """One JSON line, written and flushed to the disk before returning."""
    os.write(fd, (json.dumps(record, separators=(",", ":")) + "\n").encode())
    os.fsync(fd)
