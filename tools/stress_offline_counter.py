"""One counter of `make stress OFFLINE=1`: a real OS process that sells through the relay
(``tools.outage_proxy``) online while it can and offline (``services.offline.sell``)
while it cannot, and sends its outbox (``sync_once``) whenever the server answers.

    python -m tools.stress_offline_counter --config C --log L --code C1 --file F --seed N

Its log (JSON lines, each written and fsync'd before the next step, as
``tools.stress_counter`` logs) holds:

- ``{"k": "i", "mode": "online"|"offline", "uuid", "lines", "total", "pay", ...}``: a sale
  about to be sent or recorded; ``pay`` is {method: cents} as the counter means to take it.
- ``{"k": "d", "mode", "uuid", "o": "ok"|"fail"|"unknown"|"error", ...}``: its outcome. An
  ``ok`` is an acknowledged sale (online: its total and lines; offline: the receipt's
  counter number, total, lines and payments); an offline one is written only after the
  outbox has it on disk.
- ``{"k": "wallet_refused"}``: store credit asked for offline and refused (it must be,
  unless the run allows store credit offline: then only beyond the counter's lease).
- ``{"k": "lease", "customer", "remaining"}``: with ``--offline-credit``, a lease reserved
  or renewed while online (as attaching a customer at the checkout does).
- ``{"k": "sync", ...}``: a ``sync_once`` that moved something; ``{"k": "drained"}``.

An online send whose outcome is unknown (the path was cut under it) is recorded offline
with the same UUID, as the desktop app does: the sync then finds it on the server if the
first send landed, and there is one sale either way. A store-credit cart is not
(store credit waits for the server); the check resolves it by its UUID.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import traceback
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pos_app.data.database import Database
from pos_app.domain.enums import Role
from pos_app.domain.errors import DatabaseUnavailableError, PosError, ValidationError
from pos_app.domain.money import from_cents
from pos_app.services import Services, build_services
from pos_app.services.offline import STORE_CREDIT_OFFLINE, OfflineReceipt, SyncReport
from pos_app.services.records import CartLine, CheckoutRequest
from tools.stress_check import fsync_append
from tools.stress_counter import actor, classify
from tools.stress_seed import stress_consent

#: Seconds between two tries to reach the server while offline.
PROBE_EVERY = 1.0
#: Seconds between two refreshes of the catalogue's copy while online.
REFRESH_EVERY = 5.0
#: Sales sent per ``sync_once``: small, so that selling and sending interleave.
SYNC_BATCH = 25


def cents(amount: Decimal) -> int:
    return int(amount * 100)


@dataclass
class OfflineCounter:
    services: Services
    config: dict[str, Any]
    log_fd: int
    code: str
    rng: random.Random
    online: bool = True
    waiting: int = 0
    next_probe: float = 0.0
    next_refresh: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    #: Customers this counter holds a lease on (``--offline-credit``).
    leased: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.cashier = actor(self.config["cashier"], Role.CASHIER)
        self.manager = actor(self.config["manager"], Role.MANAGER)
        self.prices = {int(k): int(v) for k, v in self.config["prices"].items()}
        self.customers = [int(c) for c in self.config["customers"]]

    def log(self, record: dict[str, Any]) -> None:
        fsync_append(self.log_fd, record)

    # -- the loop --------------------------------------------------------------------------
    def step(self) -> None:
        now = time.monotonic()
        if self.online:
            if self.waiting or now >= self.next_refresh:
                self.sync()
            if self.online and now >= self.next_refresh:
                self.refresh()
        elif now >= self.next_probe:
            self.next_probe = now + PROBE_EVERY
            self.sync() if self.waiting else self.refresh()
        if self.online:
            self.online_step()
        else:
            self.offline_step()
        low, high = self.config.get("think", (0.02, 0.08))
        time.sleep(self.rng.uniform(low, high))

    def refresh(self) -> None:
        report = self.services.offline.refresh_catalogue()
        self.next_refresh = time.monotonic() + REFRESH_EVERY
        self.went(not report.unreachable)

    def sync(self) -> SyncReport:
        report = self.services.offline.sync_once(max_sales=SYNC_BATCH)
        self.waiting = report.waiting
        moved = report.sent + report.already_there + report.set_aside + report.conflicts
        if moved:
            self.log(
                {
                    "k": "sync",
                    "t": time.time(),
                    "sent": report.sent,
                    "already": report.already_there,
                    "set_aside": report.set_aside,
                    "conflicts": report.conflicts,
                    "oversold": report.oversold,
                    "waiting": report.waiting,
                }
            )
        if not report.busy:
            self.went(not report.unreachable)
        return report

    def went(self, online: bool) -> None:
        if online != self.online:
            self.log({"k": "online" if online else "offline", "t": time.time()})
            self.online = online
            self.next_probe = time.monotonic() + PROBE_EVERY

    # -- carts -----------------------------------------------------------------------------
    def cart(self) -> tuple[list[list[int]], int]:
        max_lines = int(self.config.get("max_lines", 3))
        products = self.rng.sample(sorted(self.prices), self.rng.randint(1, max_lines))
        lines = [[pid, self.rng.randint(1, 3)] for pid in products]
        return lines, sum(qty * self.prices[pid] for pid, qty in lines)

    def payment(self, total: int, wallet: bool) -> tuple[dict[str, int], dict[str, Any]]:
        """({method: cents}, the request's payment fields) for cash, card, both, or the
        whole total from a customer's wallet."""
        if wallet:
            customer = self.rng.choice(self.customers)
            paid = {"customer_id": customer, "wallet_amount": from_cents(total)}
            return {"wallet": total}, paid | {"consent": stress_consent(customer)}
        how = self.rng.choice(("cash", "cash", "card", "split"))
        if how == "split" and total < 2:
            how = "cash"
        card = total if how == "card" else self.rng.randint(1, total - 1) if how == "split" else 0
        fields: dict[str, Any] = {}
        if card:
            fields["card_amount"] = from_cents(card)
        if total - card:
            extra = self.rng.choice((0, 0, 5, 100, 1000))
            fields["cash_tendered"] = from_cents(total - card + extra)
        pay = {m: c for m, c in (("cash", total - card), ("card", card)) if c}
        return pay, fields

    def request(
        self, sale_uuid: str, lines: list[list[int]], fields: dict[str, Any]
    ) -> CheckoutRequest:
        return CheckoutRequest(
            sale_uuid=sale_uuid,
            lines=tuple(CartLine(pid, qty, from_cents(self.prices[pid])) for pid, qty in lines),
            counter=self.code,
            **fields,
        )

    # -- online ----------------------------------------------------------------------------
    def reserve(self, customer: int) -> None:
        """What attaching ``customer`` at the checkout does while online: reserve or renew
        their store credit for offline use at this counter."""
        try:
            lease = self.services.offline.reserve_credit(self.cashier, customer, self.code)
        except DatabaseUnavailableError:
            self.went(False)
            return
        except PosError:
            return
        if lease is not None:
            self.leased.add(customer)
            remaining = cents(lease.remaining)
            self.log({"k": "lease", "t": time.time(), "customer": customer, "remaining": remaining})

    def online_step(self) -> None:
        if self.config.get("offline_credit") and self.rng.random() < 0.3:
            self.reserve(self.rng.choice(self.customers))
            return
        if self.rng.random() < float(self.config.get("restock", 0.08)):
            self.restock()
            return
        lines, total = self.cart()
        wallet = self.rng.random() < float(self.config.get("online_wallet", 0.1))
        pay, fields = self.payment(total, wallet)
        sale_uuid = str(uuid.uuid4())
        intent = {"lines": lines, "total": total, "pay": pay, "customer": fields.get("customer_id")}
        self.log({"k": "i", "mode": "online", "uuid": sale_uuid, "t": time.time(), **intent})
        request = self.request(sale_uuid, lines, fields)
        outcome = "ok"
        extra: dict[str, Any] = {}
        try:
            sale = self.services.sales.checkout(self.cashier, request)
            extra = {"total": cents(sale.total), "lines": lines}
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            outcome = classify(exc)
            extra = {"err": self.error(exc, outcome)}
        self.log({"k": "d", "mode": "online", "uuid": sale_uuid, "o": outcome, **extra})
        if outcome == "ok" and wallet and self.config.get("offline_credit"):
            # A sale here may have taken back part of this counter's lease: the copy
            # follows (the checkout renews it at the next attach).
            self.reserve(int(fields["customer_id"]))
        if outcome == "unknown":
            self.went(False)
            if not wallet:  # the cashier records it offline, under the same UUID
                self.sell_offline(sale_uuid, lines, total, pay, fields, retry=True)

    def restock(self) -> None:
        product = self.rng.choice(sorted(self.prices))
        try:
            self.services.inventory.restock(
                self.manager, product, self.rng.randint(20, 200), "Stress delivery"
            )
        except DatabaseUnavailableError:
            self.went(False)
        except PosError:
            pass

    @staticmethod
    def error(exc: BaseException, outcome: str) -> str:
        text = f"{type(exc).__name__}: {exc}"
        if outcome == "error":
            text += "\n" + traceback.format_exc(limit=12)
        return text[:4000]

    # -- offline ---------------------------------------------------------------------------
    def sell(self, request: CheckoutRequest) -> OfflineReceipt:
        return self.services.offline.sell(self.cashier, request)

    def offline_step(self) -> None:
        lines, total = self.cart()
        if self.rng.random() < float(self.config.get("wallet_try", 0.05)):
            self.try_wallet(lines, total)
            return
        pay, fields = self.payment(total, wallet=False)
        self.sell_offline(str(uuid.uuid4()), lines, total, pay, fields)

    def sell_offline(
        self,
        sale_uuid: str,
        lines: list[list[int]],
        total: int,
        pay: dict[str, int],
        fields: dict[str, Any],
        retry: bool = False,
    ) -> None:
        intent = {"lines": lines, "total": total, "pay": pay, "customer": None}
        header = {"k": "i", "mode": "offline", "uuid": sale_uuid, "t": time.time()}
        self.log({**header, **intent, **({"retry": True} if retry else {})})
        try:
            receipt = self.services.offline.sell(
                self.cashier, self.request(sale_uuid, lines, fields)
            )
        except PosError as exc:
            self.log({"k": "d", "mode": "offline", "uuid": sale_uuid, "o": "fail", "err": str(exc)})
            return
        self.waiting += 1
        paid = {"cash": cents(receipt.cash), "card": cents(receipt.card)}
        self.log(
            {
                "k": "d",
                "mode": "offline",
                "uuid": sale_uuid,
                "o": "ok",
                "number": receipt.counter_number,
                "total": cents(receipt.total),
                "lines": lines,
                "paid": {m: c for m, c in paid.items() if c},
            }
        )

    def try_wallet(self, lines: list[list[int]], total: int) -> None:
        """Store credit offline: refused, with the reason, and nothing recorded. Should it
        be taken all the same, it is logged as the sale it became (the check counts its
        wallet money as overspent)."""
        pay, fields = self.payment(total, wallet=True)
        if self.config.get("offline_credit") and self.leased:
            pay, fields = self.lease_payment(total)
        sale_uuid = str(uuid.uuid4())
        intent = {"lines": lines, "total": total, "pay": pay, "customer": fields["customer_id"]}
        self.log({"k": "i", "mode": "offline", "uuid": sale_uuid, "t": time.time(), **intent})
        try:
            receipt = self.services.offline.sell(
                self.cashier, self.request(sale_uuid, lines, fields)
            )
        except ValidationError as exc:
            refused = str(exc) == STORE_CREDIT_OFFLINE or "limited to" in str(exc)
            self.log({"k": "d", "mode": "offline", "uuid": sale_uuid, "o": "fail", "err": str(exc)})
            if refused:
                self.log({"k": "wallet_refused", "t": time.time()})
            return
        self.waiting += 1
        paid = {"wallet": cents(receipt.wallet), "cash": cents(receipt.cash)}
        paid = {m: c for m, c in paid.items() if c}
        self.log(
            {
                "k": "d",
                "mode": "offline",
                "uuid": sale_uuid,
                "o": "ok",
                "number": receipt.counter_number,
                "total": cents(receipt.total),
                "lines": lines,
                "paid": paid,
            }
        )

    def lease_payment(self, total: int) -> tuple[dict[str, int], dict[str, Any]]:
        """Store credit from a customer this counter holds a lease on: what is left of
        the lease and the rest in cash, or, one time in four, the whole total (refused
        when the lease holds less)."""
        customer = self.rng.choice(sorted(self.leased))
        lease = self.services.offline.leases.of(self.code, customer)
        left = 0 if lease is None else cents(lease.remaining)
        wallet = total if self.rng.random() < 0.25 else min(total, left)
        if not wallet:
            wallet = total
        fields: dict[str, Any] = {"customer_id": customer, "wallet_amount": from_cents(wallet)}
        pay = {"wallet": wallet}
        if total > wallet:
            fields["cash_tendered"] = from_cents(total - wallet)
            pay["cash"] = total - wallet
        return pay, fields

    # -- the end ---------------------------------------------------------------------------
    def drain(self, stop_file: Path, seconds: float) -> bool:
        """Send everything waiting; True once nothing is."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not stop_file.exists():
            report = self.sync()
            if not report.unreachable and not report.busy and report.waiting == 0:
                self.log({"k": "drained", "t": time.time()})
                return True
            if report.unreachable or report.busy or not report.sent:
                time.sleep(0.5)
        return False


def run(config_path: Path, log_path: Path, code: str, file: Path, seed: int) -> int:
    config = json.loads(config_path.read_text(encoding="utf-8"))
    stop_file, drain_file = Path(config["stop_file"]), Path(config["drain_file"])
    log_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    db = Database(config["url"])
    counter = OfflineCounter(
        services=build_services(db, bcrypt_cost=10, counter_file=file),
        config=config,
        log_fd=log_fd,
        code=code,
        rng=random.Random(seed),
    )
    try:
        counter.waiting = counter.services.offline.waiting_count()
        counter.log(
            {"k": "start", "pid": os.getpid(), "t": time.time(), "waiting": counter.waiting}
        )
        counter.refresh()
        counter.log({"k": "ready", "online": counter.online, "t": time.time()})
        while not stop_file.exists() and not drain_file.exists():
            counter.step()
        if drain_file.exists():
            return 0 if counter.drain(stop_file, float(config.get("drain_seconds", 300))) else 3
        return 0
    finally:
        db.dispose()
        os.close(log_fd)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.stress_offline_counter")
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--file", type=Path, required=True, help="the counter's own file")
    parser.add_argument("--seed", type=int, required=True)
    args = parser.parse_args(argv)
    return run(args.config, args.log, args.code, args.file, args.seed)


if __name__ == "__main__":
    sys.exit(main())
