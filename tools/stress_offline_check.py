"""The checks of `make stress OFFLINE=1`: the counters' logs and outboxes against the
database, once every counter has drained and stopped.

- ``offline_sales``: sales the counters acknowledged offline (the outbox had them on
  disk, then the log); ``synced_sales``: those on the server, once. ``lost_sales``: an
  acknowledged sale (offline, or online ok) that is not there.
- ``duplicate_sales``: a UUID or a counter number recorded twice.
- ``money_drift_cents``: per synced offline sale, the server's total and payments
  (by method) against what the counter logged (``online_money_drift_cents``: the same for
  the online sales that said ok).
- ``oversold_flagged`` / ``oversold_unflagged``: the stock movements replayed per product
  in id order; a sale that took a product below zero must be an offline sale flagged
  oversold (``oversold_misflagged``: flagged, yet it took nothing below zero).
- ``wallet_overspend_cents``: negative wallet balances plus wallet money in offline sales
  that no credit lease covers: all of it when store credit offline is off; with it on
  (``--offline-credit``), a sale's wallet money that names no lease, and per lease what
  its sales took beyond what the lease gave (``used_cents``). ``offline_credit_cents``:
  the wallet money offline sales took within leases (reported).
- ``unknown_unresolved``: outbox rows not confirmed by the server (not synced, or synced
  under a UUID the server lacks), and online sales of unknown outcome that the lookup by
  UUID finds with other content than the counter sent.
- ``phantom_sales``: a sale on the server that no counter logged or has in its outbox.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine

from pos_app.data.counter_file import CounterFile
from pos_app.data.outbox import SYNCED, Outbox, OutboxRow

#: Counted as violations (each must be 0).
VIOLATIONS = (
    "lost_sales",
    "duplicate_sales",
    "money_drift_cents",
    "online_money_drift_cents",
    "partial_sales",
    "oversold_unflagged",
    "oversold_misflagged",
    "wallet_overspend_cents",
    "unknown_unresolved",
    "phantom_sales",
    "stock_ledger_mismatches",
    "internal_errors",
)


@dataclass
class Logs:
    """What the counters' logs say, by sale UUID and mode (online, offline)."""

    intents: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    outcomes: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    wallet_refused: int = 0
    syncs: int = 0
    #: What the syncs said: sales already there (a lost answer), set aside, conflicts.
    sync_counts: Counter[str] = field(default_factory=Counter)
    drained: set[str] = field(default_factory=set)
    torn_lines: int = 0
    errors: list[str] = field(default_factory=list)

    def read(self, code: str, path: Path) -> None:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                self.torn_lines += 1  # the last line of a killed counter, at worst
                continue
            kind = record.get("k")
            if kind == "i":
                self.intents[(record["uuid"], record["mode"])] = {**record, "code": code}
            elif kind == "d":
                self.outcomes[(record["uuid"], record["mode"])] = record
                if record["o"] == "error":
                    self.errors.append(str(record.get("err", "")).splitlines()[0])
            elif kind == "wallet_refused":
                self.wallet_refused += 1
            elif kind == "sync":
                self.syncs += 1
                for key in ("already", "set_aside", "conflicts"):
                    self.sync_counts[key] += int(record.get(key, 0))
            elif kind == "drained":
                self.drained.add(code)

    def outcome(self, sale_uuid: str, mode: str) -> str | None:
        found = self.outcomes.get((sale_uuid, mode))
        return None if found is None else str(found["o"])

    def acked_offline(self) -> dict[str, dict[str, Any]]:
        return {u: d for (u, m), d in self.outcomes.items() if m == "offline" and d["o"] == "ok"}


@dataclass
class ServerSale:
    id: int
    total: int
    customer: int | None
    lines: dict[int, int]
    payments: dict[str, int]
    counter_number: str | None = None
    oversold: bool = False


@dataclass
class Facts:
    """What the database holds at the end."""

    sales: dict[str, ServerSale]
    duplicate_uuids: int
    duplicate_numbers: int
    movements: list[tuple[int, int, int, int, int | None]]  #: id, product, qty, after, sale
    stock: dict[int, int]
    wallets: dict[int, int]
    #: Each credit lease's (reserved, used) cents (migration 0015).
    leases: dict[int, tuple[int, int]] = field(default_factory=dict)


def read_facts(engine: Engine) -> Facts:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, uuid, total_cents, customer_id FROM sales")).all()
        by_id = {int(r[0]): ServerSale(int(r[0]), int(r[2]), r[3], {}, {}) for r in rows}
        uuids = Counter(str(r[1]) for r in rows)
        for sale_id, product, qty in conn.execute(
            text("SELECT sale_id, product_id, quantity FROM sale_lines")
        ):
            lines = by_id[int(sale_id)].lines
            lines[int(product)] = lines.get(int(product), 0) + int(qty)
        for sale_id, method, amount in conn.execute(
            text("SELECT sale_id, method, amount_cents FROM sale_payments")
        ):
            payments = by_id[int(sale_id)].payments
            payments[str(method)] = payments.get(str(method), 0) + int(amount)
        numbers: Counter[str] = Counter()
        for sale_id, number, oversold in conn.execute(
            text("SELECT sale_id, counter_number, oversold FROM offline_sales")
        ):
            by_id[int(sale_id)].counter_number = str(number)
            by_id[int(sale_id)].oversold = bool(oversold)
            numbers[str(number)] += 1
        movements = [
            (int(a), int(b), int(c), int(d), None if e is None else int(e))
            for a, b, c, d, e in conn.execute(
                text(
                    "SELECT id, product_id, quantity, stock_after, sale_id "
                    "FROM stock_movements ORDER BY id"
                )
            )
        ]
        stock = {int(a): int(b) for a, b in conn.execute(text("SELECT id, stock FROM products"))}
        wallets = {
            int(a): int(b) for a, b in conn.execute(text("SELECT id, balance_cents FROM wallets"))
        }
        leases = {
            int(a): (int(b), int(c))
            for a, b, c in conn.execute(
                text("SELECT id, reserved_cents, used_cents FROM credit_leases")
            )
        }
    return Facts(
        sales={str(r[1]): by_id[int(r[0])] for r in rows},
        duplicate_uuids=sum(n - 1 for n in uuids.values() if n > 1),
        duplicate_numbers=sum(n - 1 for n in numbers.values() if n > 1),
        movements=movements,
        stock=stock,
        wallets=wallets,
        leases=leases,
    )


def outbox_rows(files: dict[str, Path]) -> dict[str, list[OutboxRow]]:
    """Every row of every counter's outbox, by counter code."""
    return {code: Outbox(CounterFile(path)).rows(None, 10**9) for code, path in files.items()}


@dataclass
class Check:
    logs: Logs
    facts: Facts
    outboxes: dict[str, list[OutboxRow]]
    counts: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def flag(self, key: str, what: str, n: int = 1) -> None:
        self.counts[key] += n
        if len(self.examples) < 12:
            self.examples.append(f"{key}: {what}")

    def run(self) -> dict[str, Any]:
        self.offline()
        self.online()
        self.outbox()
        self.oversold()
        self.wallets()
        self.phantoms()
        self.counts["duplicate_sales"] += self.facts.duplicate_uuids + self.facts.duplicate_numbers
        self.counts["internal_errors"] += len(self.logs.errors)
        return {key: self.counts[key] for key in (*VIOLATIONS, *REPORTED)}

    def offline(self) -> None:
        for sale_uuid, done in self.logs.acked_offline().items():
            self.counts["offline_sales"] += 1
            found = self.facts.sales.get(sale_uuid)
            if found is None:
                self.flag("lost_sales", f"offline sale {done.get('number')} {sale_uuid}")
                continue
            self.counts["synced_sales"] += 1
            if found.counter_number not in (None, done.get("number")):
                self.flag("duplicate_sales", f"{sale_uuid} is {found.counter_number} on the server")
            drift = abs(found.total - int(done["total"]))
            paid: dict[str, int] = done.get("paid", {})
            for method in set(paid) | set(found.payments):
                drift += abs(found.payments.get(method, 0) - int(paid.get(method, 0)))
            if drift:
                self.flag("money_drift_cents", f"{sale_uuid}: {found} != {done}", drift)
            lines = done.get("lines", [])
            if found.lines != {int(p): int(q) for p, q in lines}:
                self.flag("partial_sales", f"{sale_uuid}: lines {found.lines} != {lines}")
            if (sale_uuid, "online") in self.logs.intents and found.counter_number is None:
                self.counts["answer_lost_resolved"] += 1  # the online send had landed

    def online(self) -> None:
        fallback = self.logs.acked_offline()
        for (sale_uuid, mode), intent in self.logs.intents.items():
            if mode != "online":
                continue
            outcome = self.logs.outcome(sale_uuid, mode)
            found = self.facts.sales.get(sale_uuid)
            self.counts[f"online_{outcome or 'in_flight'}"] += 1
            if outcome == "ok" and found is None:
                self.flag("lost_sales", f"online sale {sale_uuid} said ok")
            unknown = outcome in (None, "unknown")
            if found is None or sale_uuid in fallback:
                # Absent: nothing was charged. Recorded offline: checked there.
                self.counts["unknown_resolved"] += unknown
                continue
            drift = abs(found.total - int(intent["total"]))
            for method in set(intent["pay"]) | set(found.payments):
                drift += abs(found.payments.get(method, 0) - int(intent["pay"].get(method, 0)))
            intact = not drift and found.lines == {int(p): int(q) for p, q in intent["lines"]}
            if outcome == "ok" and drift:
                self.flag("online_money_drift_cents", f"{sale_uuid}: {found} != {intent}", drift)
            elif outcome == "ok" and not intact:
                self.flag("partial_sales", f"{sale_uuid}: lines {found.lines} != {intent}")
            elif outcome != "ok" and not intact:
                self.flag("unknown_unresolved", f"online {sale_uuid} ({outcome}) is {found}")
            elif unknown:
                self.counts["unknown_resolved"] += 1

    def outbox(self) -> None:
        acked = self.logs.acked_offline()
        for code, rows in self.outboxes.items():
            for row in rows:
                self.counts["outbox_rows"] += 1
                if row.state != SYNCED:
                    self.flag("unknown_unresolved", f"{code} {row.counter_number} is {row.state}")
                elif row.sale_uuid not in self.facts.sales:
                    self.flag("unknown_unresolved", f"{row.counter_number} synced, not there")
                elif row.sale_uuid not in acked:
                    # Recorded, then killed before the log had it: no one was told it was
                    # sold; it is on the server once all the same.
                    self.counts["unacknowledged_synced"] += 1

    def oversold(self) -> None:
        running: dict[int, int] = defaultdict(int)
        below: set[int] = set()
        for _id, product, qty, after, sale_id in self.facts.movements:
            running[product] += qty
            if running[product] != after:
                self.flag(
                    "stock_ledger_mismatches", f"movement {_id}: {running[product]} != {after}"
                )
            if sale_id is not None and qty < 0 and running[product] < 0:
                below.add(sale_id)
        for product, units in self.facts.stock.items():
            if running[product] != units:
                self.flag("stock_ledger_mismatches", f"product {product}: {units} != ledger")
        for sale in self.facts.sales.values():
            if sale.id in below and sale.oversold and sale.counter_number is not None:
                self.counts["oversold_flagged"] += 1
            elif sale.id in below:
                self.flag("oversold_unflagged", f"sale #{sale.id} took stock below zero")
            elif sale.oversold:
                self.flag("oversold_misflagged", f"sale #{sale.id} flagged, nothing below zero")

    def wallets(self) -> None:
        for wallet, balance in self.facts.wallets.items():
            if balance < 0:
                self.flag("wallet_overspend_cents", f"wallet #{wallet} at {balance}", -balance)
        within = self.lease_spending()
        for sale_uuid, sale in self.facts.sales.items():
            if sale_uuid in within:
                continue
            if sale.counter_number is not None and sale.payments.get("wallet"):
                self.flag(
                    "wallet_overspend_cents",
                    f"offline sale {sale_uuid} took store credit outside a lease",
                    sale.payments["wallet"],
                )

    def lease_spending(self) -> set[str]:
        """The offline sales that took store credit within a lease; flags what a lease's
        sales took beyond what it gave."""
        spent: Counter[int] = Counter()
        within: set[str] = set()
        for rows in self.outboxes.values():
            for row in rows:
                body = json.loads(row.body)
                lease = (body.get("offline") or {}).get("lease_id")
                if lease is not None and body.get("wallet_cents"):
                    spent[int(lease)] += int(body["wallet_cents"])
                    within.add(row.sale_uuid)
        self.counts["offline_credit_cents"] += sum(spent.values())
        for lease, cents in spent.items():
            _reserved, used = self.facts.leases.get(lease, (0, 0))
            if cents > used:
                self.flag(
                    "wallet_overspend_cents", f"lease #{lease}: {cents} > {used}", cents - used
                )
        return within

    def phantoms(self) -> None:
        known = {u for u, _mode in self.logs.intents}
        known |= {row.sale_uuid for rows in self.outboxes.values() for row in rows}
        for sale_uuid in self.facts.sales.keys() - known:
            self.flag("phantom_sales", f"sale {sale_uuid} is in no log and no outbox")


#: Reported, not violations.
REPORTED = (
    "offline_sales",
    "synced_sales",
    "oversold_flagged",
    "outbox_rows",
    "unacknowledged_synced",
    "answer_lost_resolved",
    "online_ok",
    "online_fail",
    "online_unknown",
    "online_in_flight",
    "unknown_resolved",
    "offline_credit_cents",
)


def check(
    logs: Logs, facts: Facts, outboxes: dict[str, list[OutboxRow]]
) -> tuple[dict[str, Any], list[str]]:
    """The counts (VIOLATIONS must all be 0) and a few examples of what broke."""
    checker = Check(logs, facts, outboxes)
    counts = checker.run()
    return counts, checker.examples + logs.errors[:3]
