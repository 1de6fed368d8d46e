"""Counters for `make bench`: separate processes (multiprocessing, spawn), each with its own
``Database`` and services, ringing up cash sales through ``SalesService.checkout`` as fast
as they can for a fixed time. The processes are started once and reused for every
configuration, so their start-up is not part of any figure."""

from __future__ import annotations

import multiprocessing as mp
import random
import time
import traceback
import uuid
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from typing import Any

from pos_app.data.database import Database
from pos_app.domain.enums import Role
from pos_app.domain.errors import PosError
from pos_app.services import Services, build_services
from pos_app.services.passwords import MIN_COST
from pos_app.services.records import AccountId, Actor, CartLine, CheckoutRequest

Catalogue = list[tuple[int, Decimal]]
WARM_UP_SALES = 3


def cash_cart(
    catalogue: Catalogue, lines: int, rng: random.Random, counter: str
) -> CheckoutRequest:
    """A walk-in customer paying cash for ``lines`` different products, one of each, at
    the prices the screen showed (as the checkout screen sends them)."""
    picks = sorted(rng.sample(catalogue, lines))
    return CheckoutRequest(
        sale_uuid=str(uuid.uuid4()),
        lines=tuple(CartLine(pid, 1, price) for pid, price in picks),
        counter=counter,
    )


@dataclass
class _Counter:
    """What one counter process holds between commands."""

    index: int
    db: Database | None = None
    services: Services | None = None
    actor: Actor | None = None
    catalogue: Catalogue = field(default_factory=list)

    def prepare(self, url: str, cashier: tuple[int, str, str], catalogue: Catalogue) -> None:
        if self.db is not None:
            self.db.dispose()
        self.db = Database(url)
        self.services = build_services(self.db, bcrypt_cost=MIN_COST)
        self.actor = Actor(AccountId(cashier[0]), cashier[1], Role.CASHIER, cashier[2])
        self.catalogue = catalogue
        rng = random.Random(self.index)
        for lines in (1, 5) * WARM_UP_SALES:  # connect, fill statement caches
            self.services.sales.checkout(self.actor, cash_cart(catalogue, lines, rng, "Warm-up"))

    def run(self, lines: int, duration: float, start_at: float) -> dict[str, Any]:
        assert self.services is not None
        checkout, actor = self.services.sales.checkout, self.actor
        rng = random.Random(1000 * self.index + lines)
        name = f"Bench counter {self.index + 1}"
        latencies: list[float] = []
        errors: Counter[str] = Counter()
        time.sleep(max(0.0, start_at - time.time()))
        began = time.time()
        deadline = began + duration
        while time.time() < deadline:
            request = cash_cart(self.catalogue, lines, rng, name)
            started = time.perf_counter()
            try:
                checkout(actor, request)
            except PosError as exc:
                errors[f"{type(exc).__name__}: {exc}"] += 1
                continue
            latencies.append((time.perf_counter() - started) * 1000)
        return {"began": began, "ended": time.time(), "latencies_ms": latencies, "errors": errors}


def counter_process(index: int, commands: Queue[Any], results: Queue[Any]) -> None:
    """The loop of one counter process: prepare, run, ..., stop."""
    state = _Counter(index)
    while True:
        command = commands.get()
        try:
            if command[0] == "stop":
                break
            if command[0] == "release":
                if state.db is not None:
                    state.db.dispose()
                    state.db = state.services = None
                results.put(("released", index, None))
            elif command[0] == "prepare":
                state.prepare(*command[1:])
                results.put(("ready", index, None))
            elif command[0] == "run":
                results.put(("done", index, state.run(*command[1:])))
        except Exception:
            results.put(("error", index, traceback.format_exc()))
    if state.db is not None:
        state.db.dispose()


@dataclass(frozen=True)
class RunResult:
    counters: int
    lines: int
    sales: int
    seconds: float
    latencies_ms: list[float]
    errors: dict[str, int]

    @property
    def tps(self) -> float:
        return self.sales / self.seconds if self.seconds else 0.0


class CounterPool:
    """``size`` counter processes, started once; ``run`` uses the first ``n`` of them."""

    def __init__(self, size: int) -> None:
        context = mp.get_context("spawn")
        self._results: Queue[Any] = context.Queue()
        self._commands: list[Queue[Any]] = [context.Queue() for _ in range(size)]
        self._processes: list[BaseProcess] = [
            context.Process(
                target=counter_process,
                args=(i, self._commands[i], self._results),
                name=f"bench-counter-{i + 1}",
                daemon=True,
            )
            for i in range(size)
        ]
        for process in self._processes:
            process.start()

    def _collect(self, count: int, timeout: float) -> list[Any]:
        replies = []
        for _ in range(count):
            kind, index, payload = self._results.get(timeout=timeout)
            if kind == "error":
                raise RuntimeError(f"counter {index + 1} failed:\n{payload}")
            replies.append(payload)
        return replies

    def prepare(
        self, url: str, cashier: tuple[int, str, str], catalogue: Catalogue, count: int
    ) -> None:
        for queue in self._commands[:count]:
            queue.put(("prepare", url, cashier, catalogue))
        self._collect(count, timeout=180)

    def run(self, counters: int, lines: int, duration: float) -> RunResult:
        start_at = time.time() + 0.3
        for queue in self._commands[:counters]:
            queue.put(("run", lines, duration, start_at))
        replies = self._collect(counters, timeout=duration + 120)
        latencies = [ms for reply in replies for ms in reply["latencies_ms"]]
        errors: Counter[str] = Counter()
        for reply in replies:
            errors.update(reply["errors"])
        seconds = max(r["ended"] for r in replies) - min(r["began"] for r in replies)
        return RunResult(counters, lines, len(latencies), seconds, latencies, dict(errors))

    def release(self) -> None:
        """Every counter closes its connections (and has finished starting up)."""
        for queue in self._commands:
            queue.put(("release",))
        self._collect(len(self._commands), timeout=60)

    def close(self) -> None:
        for queue in self._commands:
            queue.put(("stop",))
        for process in self._processes:
            process.join(timeout=30)
            if process.is_alive():
                process.terminate()
