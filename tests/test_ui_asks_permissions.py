"""The screens ask the permission matrix; they never decide by role themselves (issue 11:
"permissions asked, never re-derived"). Hiding a button is a convenience; the services
decide, and they read the same matrix."""

from __future__ import annotations

import re
from pathlib import Path

from pos_app.domain.enums import Role
from pos_app.services.permissions import MANAGER_OVERRIDE, Op, allowed, needs_override
from pos_app.ui.main_window import WORKSPACES

UI = Path(__file__).resolve().parents[1] / "pos_app" / "ui"
#: A role named, or an actor's role compared: the screen deciding for itself.
ROLE_DECISION = re.compile(
    r"Role\.(CUSTOMER|CASHIER|MANAGER|ADMIN)\b|\.role\s+(is|is not|==|!=|in|not in)\s"
)


def test_no_screen_names_a_role_or_compares_one() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ROLE_DECISION.search(line)
    ]
    assert found == []


def test_override_is_the_matrix_s_word() -> None:
    for role in Role:
        for op in Op:
            expected = role is Role.CASHIER and op in MANAGER_OVERRIDE
            assert needs_override(role, op) is expected, (role, op)
            assert not (needs_override(role, op) and allowed(role, op)), (role, op)


def test_each_role_sees_the_workspaces_it_saw_before() -> None:
    seen = {role: [spec.name for spec in WORKSPACES if spec.shown_to(role)] for role in Role}
    assert seen == {
        Role.CUSTOMER: ["My account"],
        Role.CASHIER: ["Checkout", "Customers", "Inventory", "Sales"],
        Role.MANAGER: [
            "Checkout",
            "Customers",
            "Inventory",
            "Reviews",
            "Sales",
            "Pricing",
            "Conflicts",
        ],
        Role.ADMIN: [
            "Checkout",
            "Customers",
            "Inventory",
            "Reviews",
            "Sales",
            "Staff",
            "Audit",
            "Pricing",
            "Conflicts",
        ],
    }
