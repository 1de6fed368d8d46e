"""One counter of `make stress`: a real OS process that rings up random work through the
real service layer.

Before each call it appends the intent to its own log file and fsyncs it; after the call
it appends the outcome (ok, fail, or unknown when the connection was lost) and fsyncs
again. A counter killed mid-call leaves an intent with no outcome: that operation is
unknown, and the checker resolves it from the database (sale and refund UUIDs; a
"stress:<uuid>" tag in the reason of top-ups and restocks).

After an unknown checkout or refund the counter may send the very same request again
(same UUID), as the desktop app does after a lost connection: it must be recorded once.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from pos_app.data.database import Database, is_retryable
from pos_app.domain.enums import Role
from pos_app.domain.errors import DatabaseUnavailableError, PosError
from pos_app.domain.money import from_cents
from pos_app.services import Services, build_services
from pos_app.services.records import (
    AccountId,
    Actor,
    CartLine,
    CheckoutRequest,
    RefundRequest,
    ReturnLine,
    Sale,
)
from tools.stress_check import (
    CHECKOUT,
    READ,
    REFUND,
    RESTOCK,
    TAG,
    TOP_UP,
    fsync_append,
)
from tools.stress_seed import stress_consent

#: What a counter does, by weight, unless the config says otherwise.
DEFAULT_MIX = {CHECKOUT: 60, TOP_UP: 14, REFUND: 12, RESTOCK: 14}
RETRY_PROBABILITY = 0.7
ROOT = Path(__file__).resolve().parents[1]
MAX_RETRIES = 40


def classify(exc: BaseException) -> str:
    """fail: definitely nothing changed; unknown: it may or may not have committed."""
    if isinstance(exc, DatabaseUnavailableError):
        cause = exc.__cause__
        if isinstance(cause, DBAPIError) and is_retryable(cause):
            return "fail"  # conflicts retried to the limit: every attempt rolled back
        return "unknown"
    if isinstance(exc, PosError):
        return "fail"
    return "error"


@dataclass
class OwnSale:
    """A sale this counter completed, kept so that it can return some of it later."""

    sale_id: int
    uuid: str
    customer_id: int | None
    #: [line id, product id, units still returnable, unit price cents]
    lines: list[list[int]]


@dataclass
class Pending:
    """A checkout or refund whose outcome is unknown: it may be sent again, unchanged."""

    kind: str
    key: str
    intent: dict[str, Any]
    call: Callable[[], Any]
    attempts: int = 1


@dataclass
class Counter:
    services: Services
    config: dict[str, Any]
    log_fd: int
    name: str
    rng: random.Random
    cashier: Actor
    manager: Actor
    prices: dict[int, int]
    customers: list[int]
    mix: dict[str, int]
    double_send: float = 0.0
    own_sales: list[OwnSale] = field(default_factory=list)
    pending: Pending | None = None
    backoff: float = 0.0
    done: int = 0

    def log(self, record: dict[str, Any]) -> None:
        # One write per record on an O_APPEND file: lines from two threads never interleave.
        fsync_append(self.log_fd, record)

    def logged_call(
        self, kind: str, key: str, intent: dict[str, Any], call: Callable[[], Any], extra: str = ""
    ) -> tuple[str, Any]:
        """Log the intent, make the call, log the outcome: (outcome, result or None)."""
        op_id = uuid.uuid4().hex
        header = {"k": "i", "id": op_id, "op": kind, "key": key, "t": time.time()}
        if extra:
            header["send"] = extra
        self.log({**header, **intent})
        started = time.perf_counter()
        outcome, error, result, value = "ok", "", None, None
        try:
            value = call()
            result = self.describe(kind, value)
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            outcome = classify(exc)
            error = f"{type(exc).__name__}: {exc}"
            if outcome == "error":
                error += "\n" + traceback.format_exc(limit=12)
        record: dict[str, Any] = {
            "k": "d",
            "id": op_id,
            "o": outcome,
            "dt": round(time.perf_counter() - started, 6),
        }
        if error:
            record["err"] = error[:4000]
        if result:
            record["res"] = result
        self.log(record)
        return outcome, value if outcome == "ok" else None

    def run_op(self, kind: str, key: str, intent: dict[str, Any], call: Callable[[], Any]) -> Any:
        """One operation; returns its result, or None when it failed or its outcome is
        unknown. A checkout or refund may be sent twice at once (``double_send``): the
        resend of a counter that lost its connection while the first send was still
        running on the server. Both sends must get the same answer."""
        if kind in (CHECKOUT, REFUND) and self.rng.random() < self.double_send:
            outcomes = self.send_twice(kind, key, intent, call)
        else:
            outcomes = [self.logged_call(kind, key, intent, call)]
        if kind != READ:
            self.done += len(outcomes)
        values = [value for outcome, value in outcomes if outcome == "ok"]
        if values:
            self.backoff = 0.0
            self.pending = None
            return values[0]
        if all(outcome in ("unknown", "error") for outcome, _ in outcomes):
            self.backoff = min(2.0, max(0.1, self.backoff * 2))
            if kind in (CHECKOUT, REFUND) and self.rng.random() < RETRY_PROBABILITY:
                attempts = 1 if self.pending is None else self.pending.attempts + 1
                if attempts <= MAX_RETRIES:
                    self.pending = Pending(kind, key, intent, call, attempts)
                    return None
        else:
            self.backoff = 0.0
        self.pending = None
        return None

    def send_twice(
        self, kind: str, key: str, intent: dict[str, Any], call: Callable[[], Any]
    ) -> list[tuple[str, Any]]:
        results: list[tuple[str, Any]] = [("unknown", None), ("unknown", None)]
        pair = uuid.uuid4().hex[:12]

        def send(n: int) -> None:
            results[n] = self.logged_call(kind, key, intent, call, extra=f"{pair}-{n}")

        threads = [threading.Thread(target=send, args=(n,)) for n in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return results

    @staticmethod
    def describe(kind: str, value: Any) -> dict[str, Any] | None:
        if kind == CHECKOUT and isinstance(value, Sale):
            return {
                "sale_id": value.id,
                "total": int(value.total * 100),
                "lines": [[line.line_id, line.product_id, line.quantity] for line in value.lines],
            }
        return None

    # -- operations ------------------------------------------------------------------------
    def step(self) -> None:
        if self.backoff:
            time.sleep(self.backoff * self.rng.uniform(0.5, 1.0))
        if self.pending is not None:
            pending = self.pending
            value = self.run_op(pending.kind, pending.key, pending.intent, pending.call)
            if pending.kind == CHECKOUT and value is not None:
                self.remember(value)
            return
        kinds = list(self.mix)
        kind = self.rng.choices(kinds, weights=[self.mix[k] for k in kinds])[0]
        if kind == REFUND and not any(line[2] for s in self.own_sales for line in s.lines):
            kind = CHECKOUT
        {
            CHECKOUT: self.checkout,
            TOP_UP: self.top_up,
            REFUND: self.refund,
            RESTOCK: self.restock,
            READ: self.read,
        }[kind]()

    def checkout(self) -> None:
        rng = self.rng
        max_lines = int(self.config.get("max_lines", 5))
        products = rng.sample(sorted(self.prices), rng.randint(1, min(max_lines, len(self.prices))))
        lines = [[pid, rng.randint(1, int(self.config.get("max_units", 3)))] for pid in products]
        total = sum(qty * self.prices[pid] for pid, qty in lines)
        pay = rng.choice(self.config.get("payments", ["wallet", "cash", "split"]))
        if total < 2 and pay == "split":
            pay = "wallet"
        customer = rng.choice(self.customers) if pay != "cash" or rng.random() < 0.5 else None
        wallet_amount: Decimal | None = None
        cash: Decimal | None = None
        wallet = 0
        if pay == "wallet":
            wallet = total  # wallet_amount None: the whole total from the wallet
        elif pay == "cash":
            cash = from_cents(total + rng.choice([0, 0, 5, 100, 1000]))
        else:
            wallet = rng.randint(1, total - 1)
            wallet_amount = from_cents(wallet)
            cash = from_cents(total - wallet + rng.choice([0, 50]))
        sale_uuid = str(uuid.uuid4())
        request = CheckoutRequest(
            sale_uuid=sale_uuid,
            lines=tuple(
                CartLine(pid, qty, unit_price=from_cents(self.prices[pid])) for pid, qty in lines
            ),
            customer_id=customer,
            wallet_amount=wallet_amount,
            cash_tendered=cash,
            counter=self.name,
            consent=stress_consent(customer),
        )
        intent = {
            "lines": lines,
            "customer": customer,
            "wallet": wallet,
            "total": total,
            "pay": pay,
        }
        value = self.run_op(
            CHECKOUT,
            sale_uuid,
            intent,
            lambda: self.services.sales.checkout(self.cashier, request),
        )
        if value is not None:
            self.remember(value)

    def remember(self, sale: Sale) -> None:
        self.own_sales.append(
            OwnSale(
                sale.id,
                sale.uuid,
                sale.customer_id,
                [
                    [line.line_id, line.product_id, line.quantity, int(line.unit_price * 100)]
                    for line in sale.lines
                ],
            )
        )
        del self.own_sales[:-200]

    def refund(self) -> None:
        rng = self.rng
        candidates = [s for s in self.own_sales if any(line[2] for line in s.lines)]
        sale = rng.choice(candidates)
        open_lines = [line for line in sale.lines if line[2]]
        chosen = rng.sample(open_lines, rng.randint(1, min(2, len(open_lines))))
        lines = [[line[0], line[1], rng.randint(1, line[2]), line[3]] for line in chosen]
        for (_line_id, _pid, qty, _unit), line in zip(lines, chosen, strict=True):
            line[2] -= qty  # whatever the outcome: never try to return these units twice
        method = "wallet" if sale.customer_id is not None and rng.random() < 0.7 else "cash"
        refund_uuid = str(uuid.uuid4())
        request = RefundRequest(
            refund_uuid=refund_uuid,
            sale_id=sale.sale_id,
            lines=tuple(ReturnLine(line_id, qty) for line_id, _pid, qty, _unit in lines),
            method=method,
            reason=f"{TAG}{refund_uuid}",
            counter=self.name,
        )
        intent = {
            "sale": sale.uuid,
            "sale_id": sale.sale_id,
            "lines": lines,
            "method": method,
            "customer": sale.customer_id,
            "amount": sum(qty * unit for _line, _pid, qty, unit in lines),
        }
        self.run_op(
            REFUND,
            refund_uuid,
            intent,
            lambda: self.services.refunds.refund(self.manager, request),
        )

    def top_up(self) -> None:
        customer = self.rng.choice(self.customers)
        cents = self.rng.randint(500, 8000)
        tag = uuid.uuid4().hex
        self.run_op(
            TOP_UP,
            tag,
            {"customer": customer, "amount": cents},
            lambda: self.services.wallets.top_up(
                self.cashier, customer, from_cents(cents), f"Top-up {TAG}{tag}", method="cash"
            ),
        )

    def restock(self) -> None:
        product = self.rng.choice(sorted(self.prices))
        units = self.rng.randint(5, 30)
        tag = uuid.uuid4().hex
        self.run_op(
            RESTOCK,
            tag,
            {"product": product, "qty": units},
            lambda: self.services.inventory.restock(
                self.manager, product, units, f"Delivery {TAG}{tag}"
            ),
        )

    def read(self) -> None:
        if self.own_sales:
            wanted = self.own_sales[-1].uuid
            call: Callable[[], Any] = lambda: self.services.sales.find_sale(self.cashier, wanted)  # noqa: E731
        else:
            call = lambda: self.services.inventory.search(self.cashier, limit=20)  # noqa: E731
        self.run_op(READ, uuid.uuid4().hex, {}, call)


def actor(record: dict[str, Any], role: Role) -> Actor:
    return Actor(AccountId(int(record["id"])), str(record["username"]), role, "Stress")


def run_counter(
    config_path: Path,
    log_path: Path,
    name: str,
    seed: int,
    operations: int | None = None,
) -> int:
    """The counter's main loop: until the stop file appears (or ``operations`` are done)."""
    config = json.loads(config_path.read_text(encoding="utf-8"))
    stop_file = Path(config["stop_file"])
    log_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    db = Database(config["url"])
    counter = Counter(
        services=build_services(db, bcrypt_cost=10),
        config=config,
        log_fd=log_fd,
        name=name,
        rng=random.Random(seed),
        cashier=actor(config["cashier"], Role.CASHIER),
        manager=actor(config["manager"], Role.MANAGER),
        prices={int(k): int(v) for k, v in config["prices"].items()},
        customers=[int(c) for c in config["customers"]],
        mix={str(k): int(v) for k, v in config.get("mix", DEFAULT_MIX).items()},
        double_send=float(config.get("double_send", 0.0)),
    )
    counter.log({"k": "start", "pid": os.getpid(), "name": name, "t": time.time()})
    start_file = config.get("start_file")
    deadline = time.monotonic() + 120
    while start_file and not Path(start_file).exists() and time.monotonic() < deadline:
        time.sleep(0.01)  # the runs that want every process to begin together
    try:
        while not stop_file.exists():
            if operations is not None and counter.done >= operations and counter.pending is None:
                break
            counter.step()
    finally:
        db.dispose()
        os.close(log_fd)
    return 0


@dataclass
class CounterProcess:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path
    started: float
    stopped_until: float = 0.0


def spawn_counter(
    workdir: Path, name: str, seed: int, operations: int | None = None
) -> CounterProcess:
    log = workdir / f"{name}.log"
    err = (workdir / f"{name}.err").open("wb")
    command = [
        sys.executable,
        "-m",
        "tools.stress",
        "counter",
        "--config",
        str(workdir / "config.json"),
        "--log",
        str(log),
        "--name",
        name,
        "--seed",
        str(seed),
    ]
    if operations is not None:
        command += ["--operations", str(operations)]
    popen = subprocess.Popen(command, cwd=ROOT, stdout=err, stderr=subprocess.STDOUT)
    err.close()
    return CounterProcess(name, popen, log, time.monotonic())
