"""What a French or Arabic store reads about files (issue 17): the product CSV import's
refusals (the file, then each row), the daily backup's and the export and import of
waiting sales. Each message is raised by the real code on real files and a real
database, must match a template, and comes out in French and Arabic with its paths,
names and figures intact; in English it stays exactly as the service wrote it."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from conftest import People
from helpers import new_product

from pos_app.data.counter_file import CounterFile
from pos_app.data.outbox import Outbox
from pos_app.domain.errors import PosError
from pos_app.services import Services
from pos_app.services.backup import backup_database, check_backup_folder, daily_backup
from pos_app.services.outbox_transfer import OutboxTransferService
from pos_app.services.product_csv import read_product_csv
from pos_app.ui.file_messages import OS_REASONS
from pos_app.ui.i18n import FSI, LRI, PDI, install_language
from pos_app.ui.service_messages import LABELS, TEMPLATES, error_text, matched, service_text

pytestmark = pytest.mark.sqlite_only  # the files are the same whatever the store's database


@pytest.fixture
def language(qapp: object) -> Iterator[Callable[[str], str]]:
    yield install_language
    install_language("en")


def refused(work: Callable[[], object]) -> str:
    with pytest.raises(PosError) as caught:
        work()
    return caught.value.message


def csv_file(folder: Path, name: str, text: str | bytes) -> str:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def csv_file_messages(folder: Path) -> list[str]:
    """Every refusal of a product CSV file as a whole."""
    return [
        refused(lambda: read_product_csv(str(folder / "missing.csv"))),
        refused(lambda: read_product_csv(str(folder))),  # a folder, not a file
        refused(
            lambda: read_product_csv(
                csv_file(folder, "latin.csv", "name\nCaf\xe9\n".encode("cp1252"))
            )
        ),
        refused(lambda: read_product_csv(csv_file(folder, "empty.csv", ""))),
        refused(lambda: read_product_csv(csv_file(folder, "colour.csv", "name,colour\n"))),
        refused(lambda: read_product_csv(csv_file(folder, "twice.csv", "name,name,price\n"))),
        refused(lambda: read_product_csv(csv_file(folder, "no-price.csv", "name,stock\n"))),
    ]


#: Rows an import refuses, each for one reason (the columns as the file names them).
BAD_ROWS: list[dict[str, object]] = [
    {"name": "", "category": "clothes", "price": "5"},
    {"name": "Cap", "category": "clothes", "price": "abc"},
    {"name": "Cap", "category": "clothes", "price": "-1"},
    {"name": "Cap", "category": "clothes", "price": "1.234"},
    {"name": "Cap", "category": "toys", "price": "5"},
    {"name": "Cap", "category": "clothes", "price": "5", "stock": "many"},
    {"name": "Cap", "category": "clothes", "price": "5", "stock": "-3"},
    {"name": "Cap", "category": "clothes", "price": "5", "active": "maybe"},
    {"name": "Cap", "category": "clothes", "price": "5", "variable_price": "perhaps"},
    {"name": "Cap", "category": "clothes", "price": "5", "variable_price": "yes"},
    {"name": "Cap", "category": "clothes", "price": "5", "barcode": "no spaces!"},
    {"name": "Cap", "category": "clothes", "price": "5", "barcode": "777"},
    {"name": "Hat", "category": "clothes", "price": "5", "barcode": "777"},
    {"name": "Cap", "category": "clothes", "price": "5", "colour": "red"},
    {"name": "Cap" * 100, "category": "clothes", "price": "5"},
    {"name": "Cap", "category": "clothes", "price": "5", "description": "x" * 5000},
]


def import_row_messages(services: Services, people: People) -> list[str]:
    """Each refused row's message, from the real import (nothing is written)."""
    report = services.inventory.import_products(people.manager, BAD_ROWS)
    assert report.imported == 0 and len(report.errors) >= len(BAD_ROWS) - 1
    new_product(services, people.manager, "Blue Mug", "4.50", 1, "1002")
    taken = services.inventory.import_products(
        people.manager, [{"name": "Cup", "category": "clothes", "price": "2", "barcode": "1002"}]
    )
    return [e.message for e in report.errors] + [e.message for e in taken.errors]


def backup_messages(db_url: str, folder: Path) -> list[str]:
    """The daily backup's refusals (the desktop's; pos-admin's restore is not shown there)."""
    store = db_url.removeprefix("sqlite:///")
    (folder / "copies").mkdir()
    taken = folder / "copies" / "taken.db"
    taken.write_text("mine")
    plain = folder / "plain.db"
    sqlite3.connect(plain).close()
    junk = folder / "junk.db"
    junk.write_text("not a database at all, " * 200)
    return [
        refused(lambda: check_backup_folder("relative/folder")),
        refused(lambda: check_backup_folder(str(folder / "nowhere"))),
        refused(lambda: daily_backup(store, str(folder / "nowhere"), 3, datetime.now())),
        refused(lambda: backup_database(db_url, taken)),
        refused(lambda: backup_database(db_url, folder / "nowhere" / "copy.db")),
        refused(lambda: backup_database(f"sqlite:///{folder / 'gone.db'}", folder / "a.db")),
        refused(lambda: backup_database(f"sqlite:///{plain}", folder / "b.db")),
        refused(lambda: backup_database(f"sqlite:///{junk}", folder / "c.db")),
        refused(lambda: backup_database("sqlite://", folder / "d.db")),
    ]


def outbox_messages(people: People, folder: Path) -> list[str]:
    """Export and import of waiting sales refused, from the Conflicts workspace's dialogs."""
    own = folder / "counter.sqlite"
    transfer = OutboxTransferService(CounterFile(own))
    assert Outbox(CounterFile(own)).rows(None) == []  # the file is made on first use
    manager = people.manager
    other = folder / "not-a-counter.sqlite"
    sqlite3.connect(other).close()
    text = folder / "notes.txt"
    text.write_text("a shopping list")
    exported = folder / "export.json"
    transfer.export(manager, exported)
    edited = json.loads(exported.read_text())
    edited["counter"] = "elsewhere"
    changed = folder / "edited.json"
    changed.write_text(json.dumps(edited))
    cut = folder / "cut.json"
    cut.write_text(exported.read_text()[:20])
    foreign = folder / "foreign.json"
    foreign.write_text("{}")
    return [
        refused(lambda: transfer.export(manager, "  ")),
        refused(lambda: transfer.export(manager, folder / "nowhere" / "out.json")),
        refused(lambda: transfer.export(manager, exported)),
        refused(lambda: transfer.export(manager, folder / "x.json", source=folder / "no.sqlite")),
        refused(lambda: transfer.export(manager, folder / "y.json", source=other)),
        refused(lambda: transfer.export(manager, folder / "z.json", source=text)),
        refused(lambda: transfer.import_file(manager, "")),
        refused(lambda: transfer.import_file(manager, folder / "nothing.json")),
        refused(lambda: transfer.import_file(manager, own)),
        refused(lambda: transfer.import_file(manager, cut)),
        refused(lambda: transfer.import_file(manager, foreign)),
        refused(lambda: transfer.import_file(manager, changed)),
    ]


@pytest.fixture
def messages(db_url: str, services: Services, people: People, tmp_path: Path) -> list[str]:
    for name in ("csv", "backup", "outbox"):
        (tmp_path / name).mkdir()
    return (
        csv_file_messages(tmp_path / "csv")
        + import_row_messages(services, people)
        + backup_messages(db_url, tmp_path / "backup")
        + outbox_messages(people, tmp_path / "outbox")
    )


def leaves(message: str) -> list[str]:
    """The values a translation must keep as they are: paths, names, figures (a reason
    that is itself a service's message gives its own; labels are translated)."""
    found = matched(message)
    assert found is not None, f"no template matches: {message!r}"
    kept = []
    for name, value in found[1].items():
        if name == "reason" and matched(value) is not None:
            kept += leaves(value)
        elif value not in LABELS | OS_REASONS:
            kept.append(value)
    return kept


def test_the_file_messages_print_what_the_code_says(messages: list[str]) -> None:
    """The list is what the code raises (a sample, read as a person reads it)."""
    said = "\n".join(messages)
    for expected in (
        "is not UTF-8 text; save it as CSV UTF-8",
        "Columns missing from the file: category, price",
        "Barcode 777 is also on row 12",
        "Barcode 1002 is already used",
        "Stock must be a whole number",
        "Give the backup folder's full path",
        "already exists; choose a new file name. Nothing was written",
        "holds no Counter POS data; nothing was written",
        "There is no file",
        ": nothing was imported",
        "was changed or damaged after it was exported",
    ):
        assert expected in said, expected


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_file_message_is_translated_with_its_values_intact(
    messages: list[str], language: Callable[[str], str], lang: str
) -> None:
    assert len(messages) >= 40
    kept = {message: leaves(message) for message in messages}  # each matches a template
    language(lang)
    for message, values in kept.items():
        said = service_text(message)
        template = matched(message)
        assert template is not None
        english = max(re.split(r"\{\w+\}", template[0]), key=len).strip()
        assert english not in said, said  # the English sentence is gone, not just changed
        plain = said.translate({ord(c): None for c in (LRI, FSI, PDI)})
        for value in values:
            assert value in plain, (value, said)
        if lang == "ar":
            assert re.search("[\u0600-\u06ff]", said), said
            for value in values:
                if "/" in value:  # a path keeps its direction inside the Arabic
                    assert f"{FSI}{value}{PDI}" in said, said


def test_a_refusal_within_a_refusal_is_translated_whole(
    tmp_path: Path, people: People, language: Callable[[str], str]
) -> None:
    transfer = OutboxTransferService(CounterFile(tmp_path / "counter.sqlite"))
    message = refused(lambda: transfer.import_file(people.manager, tmp_path / "gone.json"))
    assert message == f"There is no file {tmp_path / 'gone.json'}: nothing was imported"
    language("fr")
    assert service_text(message) == (
        f"Il n'y a pas de fichier {tmp_path / 'gone.json'} : rien n'a été importé"
    )


def test_english_file_messages_stay_as_the_services_wrote_them(messages: list[str]) -> None:
    for message in messages:
        assert service_text(message) == message
        assert error_text(PosError(message)) == message


def test_the_file_templates_do_not_shadow_the_others() -> None:
    for template in TEMPLATES:
        values = {name: f"v{i}x" for i, name in enumerate(re.findall(r"\{(\w+)\}", template))}
        assert matched(template.format(**values)) == (template, values), template
