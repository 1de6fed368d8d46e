"""The README's receipt picture is drawn from a real sale's ESC/POS bytes, read back with
the parser the tests use: 48 columns of 12 dots (576, 80 mm paper) on a paper strip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tools.receipt_picture import DESK, SIDE, render


def test_the_receipt_picture_is_an_80_mm_strip_of_printed_paper(
    qtbot: QtBot, tmp_path: Path
) -> None:
    out = render(tmp_path / "receipt.png")

    picture = QImage(str(out))
    assert picture.width() == 576 + 2 * SIDE + 2 * DESK
    assert picture.height() > picture.width()  # a strip: longer than it is wide
    paper = picture.pixelColor(picture.width() // 2, DESK + 4)  # above the first line
    assert paper.lightness() > 240  # white paper on a darker desk
    assert picture.pixelColor(4, 4).lightness() < 220
    middle = [picture.pixelColor(x, picture.height() // 2) for x in range(picture.width())]
    assert any(colour.lightness() < 100 for colour in middle)  # printed text
