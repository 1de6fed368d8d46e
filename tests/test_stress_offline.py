"""`make stress OFFLINE=1` in small (issue 15): two counters whose path to PostgreSQL is
cut twice, one of them killed while offline with sales waiting; nothing is lost, nothing
is counted twice, the money is right to the cent, and every sale that took stock below
zero is an offline sale flagged oversold. And the checker shown to catch what it claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PgServer

from pos_app.data.outbox import OutboxRow
from tools.stress import main as stress_main
from tools.stress_offline import OfflineOptions, run_offline
from tools.stress_offline_check import VIOLATIONS, Facts, Logs, ServerSale, check

GOALS = {
    "lost_sales": 0,
    "duplicate_sales": 0,
    "money_drift_cents": 0,
    "oversold_unflagged": 0,
    "wallet_overspend_cents": 0,
    "unknown_unresolved": 0,
}


@pytest.mark.postgres
@pytest.mark.slow
def test_two_counters_cut_off_twice_and_one_killed_lose_nothing(pg_server: PgServer) -> None:
    report = run_offline(
        OfflineOptions(
            url=pg_server.url,
            counters=2,
            cuts=2,
            cut_seconds=3,
            online_seconds=3,
            warmup=2,
            kills=1,
            pg_restarts=0,
            products=8,
            stock=(3, 30),
            seed=15,
            max_seconds=240,
        )
    )
    print(json.dumps(report))
    assert report["complete"], report
    assert report["partitions"] == 2
    assert all(seconds >= 3 for seconds in report["partition_seconds"])
    assert report["kills"] == 1 and report["killed_with_waiting"][0] > 0
    assert report["offline_sales"] > 0
    assert report["synced_sales"] == report["offline_sales"]
    assert {key: report[key] for key in GOALS} == GOALS
    assert {key: report[key] for key in VIOLATIONS} == dict.fromkeys(VIOLATIONS, 0)
    assert report["oversold_flagged"] > 0  # a hot store: some stock did run out offline
    assert report["wallet_refused"] > 0
    assert report["outbox_rows"] >= report["offline_sales"]
    assert report["crashed_counters"] == 0
    assert report["violations"] == 0


def test_the_offline_sub_command_checks_its_options() -> None:
    with pytest.raises(SystemExit):
        stress_main(["offline", "--counters", "0", "--database", "postgresql://x@127.0.0.1:1/n"])


# -- the checker catches what it claims to catch -------------------------------------------


def logs_of(tmp_path: Path, *records: dict[str, object]) -> Logs:
    path = tmp_path / "C1.log"
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + '{"k": "d", "uu')
    logs = Logs()
    logs.read("C1", path)
    return logs


SALE = "11111111-1111-1111-1111-111111111111"
OFFLINE_SALE = (
    {"k": "i", "mode": "offline", "uuid": SALE, "lines": [[1, 2]], "total": 500, "pay": {}},
    {"k": "d", "mode": "offline", "uuid": SALE, "o": "ok", "number": "C1-000001", "total": 500}
    | {"lines": [[1, 2]], "paid": {"cash": 300, "card": 200}},
)


def facts(*sales: tuple[str, ServerSale], movements: int = -2, wallet: int = 0) -> Facts:
    """One product that had 1 unit, and the sales given (their movement: ``movements``)."""
    moves = [(1, 1, 1, 1, None)]
    stock = 1
    for n, (_uuid, sale) in enumerate(sales):
        stock += movements
        moves.append((n + 2, 1, movements, stock, sale.id))
    return Facts(dict(sales), 0, 0, moves, {1: stock}, {1: wallet})


def outbox_row(state: str) -> OutboxRow:
    return OutboxRow(1, "C1", 1, "C1-000001", SALE, "", 500, "{}", state, 1, "", None)


def sale(total: int = 500, cash: int = 300, oversold: bool = True, **other: int) -> ServerSale:
    payments = {"cash": cash, "card": 200, **other}
    return ServerSale(7, total, None, {1: 2}, payments, "C1-000001", oversold)


def test_a_clean_offline_sale_passes_and_counts(tmp_path: Path) -> None:
    logs = logs_of(tmp_path, *OFFLINE_SALE, {"k": "wallet_refused"})
    counts, examples = check(logs, facts((SALE, sale())), {"C1": [outbox_row("synced")]})
    assert {k: counts[k] for k in VIOLATIONS} == dict.fromkeys(VIOLATIONS, 0), examples
    assert (counts["offline_sales"], counts["synced_sales"], counts["oversold_flagged"]) == (
        1,
        1,
        1,
    )
    assert (logs.wallet_refused, logs.torn_lines) == (1, 1)


def test_a_lost_offline_sale_and_a_waiting_row_are_caught(tmp_path: Path) -> None:
    counts, _ = check(logs_of(tmp_path, *OFFLINE_SALE), facts(), {"C1": [outbox_row("waiting")]})
    assert counts["lost_sales"] == 1
    assert counts["synced_sales"] == 0
    assert counts["unknown_unresolved"] == 1


def test_a_cent_off_is_money_drift(tmp_path: Path) -> None:
    counts, _ = check(logs_of(tmp_path, *OFFLINE_SALE), facts((SALE, sale(501, 301))), {})
    assert counts["money_drift_cents"] == 2


def test_an_unflagged_sale_below_zero_and_store_credit_offline_are_caught(tmp_path: Path) -> None:
    found = sale(700, oversold=False, wallet=200)
    counts, _ = check(logs_of(tmp_path, *OFFLINE_SALE), facts((SALE, found), wallet=-50), {})
    assert counts["oversold_unflagged"] == 1
    assert counts["wallet_overspend_cents"] == 250


def test_a_sale_nobody_made_is_a_phantom(tmp_path: Path) -> None:
    other = "22222222-2222-2222-2222-222222222222"
    counts, _ = check(logs_of(tmp_path), facts((other, sale(oversold=False)), movements=0), {})
    assert counts["phantom_sales"] == 1


def test_an_online_sale_of_unknown_outcome_found_with_other_content_is_unresolved(
    tmp_path: Path,
) -> None:
    sent = {"k": "i", "mode": "online", "uuid": SALE, "lines": [[1, 2]], "total": 500}
    sent |= {"pay": {"cash": 300, "card": 200}}
    unknown = {"k": "d", "mode": "online", "uuid": SALE, "o": "unknown"}
    as_sent = ServerSale(7, 500, None, {1: 2}, {"cash": 300, "card": 200})
    other = ServerSale(7, 500, None, {1: 1}, {"cash": 300, "card": 200})
    for found, unresolved, resolved in ((as_sent, 0, 1), (other, 1, 0)):
        counts, _ = check(logs_of(tmp_path, sent, unknown), facts((SALE, found)), {})
        assert (counts["unknown_unresolved"], counts["unknown_resolved"]) == (unresolved, resolved)
    counts, _ = check(logs_of(tmp_path, sent, unknown), facts(), {})
    assert (counts["unknown_unresolved"], counts["unknown_resolved"], counts["lost_sales"]) == (
        0,
        1,
        0,
    )
