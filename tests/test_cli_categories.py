"""pos-admin categories: the same category rules from a terminal (issue 10, defect 19)."""

from __future__ import annotations

import pytest

from pos_app.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_categories_from_the_terminal(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    where = ["--database", db_url]
    assert run(["categories", "add", "Toys", *where], capsys) == (0, "Added category 'Toys'\n", "")
    code, _, err = run(["categories", "add", "toys", *where], capsys)
    assert (code, err) == (1, "error: Category 'Toys' already exists\n")
    code, out, _ = run(["categories", "rename", "TOYS", "Games", *where], capsys)
    assert (code, out) == (0, "Renamed 'TOYS' to 'Games' (0 products follow)\n")
    assert run(["categories", "retire", "games", *where], capsys)[:2] == (
        0,
        "Retired category 'Games'\n",
    )
    code, out, _ = run(["categories", "list", *where], capsys)
    assert code == 0
    assert "Games\tretired\t0 products" in out.splitlines()
    assert "food\tactive\t0 products" in out.splitlines()
    code, _, err = run(["categories", "retire", "nope", *where], capsys)
    assert (code, err) == (1, "error: There is no category 'nope'\n")
