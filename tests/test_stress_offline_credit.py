"""The partition run's check with store credit offline on (issue 15, ``--offline-credit``):
wallet money an offline sale took within its lease, and the lease gave, is no overspend;
beyond what the lease gave, or outside any lease, it is."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from test_stress_offline import OFFLINE_SALE, SALE, facts, logs_of, outbox_row, sale

from tools.stress_offline_check import check

#: The logged sale, paid 200 by store credit within lease 9 and 300 in cash.
LEASE_SALE = (
    OFFLINE_SALE[0],
    {**OFFLINE_SALE[1], "paid": {"wallet": 200, "cash": 300}},
)
BODY = json.dumps({"wallet_cents": 200, "offline": {"counter_number": "C1-000001", "lease_id": 9}})


def test_credit_within_what_the_lease_gave_is_no_overspend(tmp_path: Path) -> None:
    found = sale(500, cash=300, oversold=True, wallet=200)
    found.payments.pop("card")
    known = replace(facts((SALE, found)), leases={9: (2000, 200)})
    row = replace(outbox_row("synced"), body=BODY)
    counts, examples = check(logs_of(tmp_path, *LEASE_SALE), known, {"C1": [row]})
    assert counts["wallet_overspend_cents"] == 0, examples
    assert counts["money_drift_cents"] == 0, examples
    assert counts["offline_credit_cents"] == 200


def test_credit_beyond_what_the_lease_gave_or_without_one_is_overspend(tmp_path: Path) -> None:
    found = sale(500, cash=300, oversold=True, wallet=200)
    found.payments.pop("card")
    short = replace(facts((SALE, found)), leases={9: (2000, 150)})
    row = replace(outbox_row("synced"), body=BODY)
    counts, _ = check(logs_of(tmp_path, *LEASE_SALE), short, {"C1": [row]})
    assert counts["wallet_overspend_cents"] == 50
    no_lease = replace(row, body=json.dumps({"wallet_cents": 200, "offline": {}}))
    counts, _ = check(logs_of(tmp_path, *LEASE_SALE), short, {"C1": [no_lease]})
    assert counts["wallet_overspend_cents"] == 200
