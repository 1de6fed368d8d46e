"""A photo-like picture of an 80 mm thermal receipt, for the README.

    python -m tools.receipt_picture docs/screenshots/receipt-80mm.png

A demo sale (VAT included, a "2 for" promotion, a discount, cash with change) is rung up
through the services on a scratch SQLite database, its receipt built as the counter's
printer gets it (pos_app.devices.escpos_receipt, with a logo), and those ESC/POS bytes are
read back with the parser the tests use (pos_app.devices.escpos_reader). What the bytes
say is drawn the way the printer would: Font A is 12 x 24 dots, 48 characters across 576
dots, bold where the bytes turn bold on, the logo's dots as they are; on white paper with
a soft shadow, cut at the end. Qt renders it offscreen; nothing here reaches a printer.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from pos_app.devices.escpos_reader import Printed, Raster, read_escpos
from pos_app.devices.escpos_receipt import receipt_bytes
from pos_app.devices.receipt_layout import PAPER_DOTS, StoreHeading
from pos_app.domain.enums import PromotionKind, Role
from pos_app.services import build_services
from pos_app.services.records import Actor, CartLine, CheckoutRequest, DiscountRequest, Sale

STORE = StoreHeading("Corner Store", "12 Market Street, Springfield")
#: Font A: 12 x 24 dots a character.
CHAR_W, LINE_H = 12, 24
#: Paper beyond the printed area on each side, the feed before the cut, the desk around.
SIDE, TOP, DESK = 36, 30, 44
PAPER = QColor("#fbfaf6")
INK = QColor(38, 38, 42)


def demo_sale(folder: Path) -> Sale:
    """A sale rung up through the services on a scratch database in ``folder``."""
    db = Database(f"sqlite:///{folder / 'demo.db'}")
    upgrade_to_head(db)
    services = build_services(db, bcrypt_cost=10, counter_file=folder / "counter.sqlite")
    member = services.auth.create_first_admin("owner", "owner-pass-1", "Store Owner")
    admin = Actor(member.id, member.username, Role.ADMIN, member.name)
    vat = services.taxes.add_rate(admin, "VAT", "20")
    reduced = services.taxes.add_rate(admin, "Reduced", "5.5")
    services.taxes.update_settings(
        admin,
        {"default_tax_rate_id": vat.id, "tax_number": "FR 40 123456789", "cash_rounding_cents": 5},
    )
    services.taxes.set_category_rate(admin, "food", reduced.id)
    add = services.inventory.add
    shirt = add(admin, name="Linen Shirt", category="clothes", price=Decimal("39.00"), stock=20)
    coffee = add(
        admin, name="Coffee beans, Ethiopia 250 g", category="food", price=Decimal("8.90"), stock=20
    )
    mug = add(admin, name="Enamel mug", category="accessories", price=Decimal("12.50"), stock=20)
    now = datetime.now(UTC)
    services.promotions.add(
        admin,
        name="2 for 15.00",
        kind=PromotionKind.MULTI_BUY,
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=30),
        product_ids=(coffee.id,),
        quantity=2,
        price="15.00",
    )
    return services.sales.checkout(
        admin,
        CheckoutRequest(
            str(uuid.uuid4()),
            (
                CartLine(shirt.id, 1),
                CartLine(coffee.id, 2),
                CartLine(mug.id, 1, discount=DiscountRequest("Chipped", percent=Decimal(10))),
            ),
            cash_tendered=Decimal("70.00"),
            counter="Counter 1",
        ),
    )


def demo_logo(path: Path) -> Path:
    """A small black-and-white logo, as a store would give its printer."""
    image = QImage(360, 72, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(Qt.GlobalColor.black, 5))
    painter.drawRoundedRect(QRectF(4, 4, 352, 64), 14, 14)
    font = QFont("DejaVu Serif")
    font.setPixelSize(34)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, 360, 72), Qt.AlignmentFlag.AlignCenter, "CORNER STORE")
    painter.end()
    image.save(str(path))
    return path


def _raster(image: Raster) -> QImage:
    out = QImage(image.width, image.height, QImage.Format.Format_ARGB32)
    out.fill(Qt.GlobalColor.transparent)
    ink = INK.rgba()
    for y in range(image.height):
        for x in range(image.width):
            if image.black(x, y):
                out.setPixel(x, y, ink)
    return out


def _height(printed: Printed, feed: int) -> int:
    lines = sum(1 for name, _ in printed.events if name == "line")
    images = sum(image.height for image in printed.images)
    return lines * LINE_H + images + feed * LINE_H


def draw(printed: Printed, dots: int) -> QImage:
    """The receipt in ``printed`` as a picture of its paper on a desk."""
    feed = sum(args[0] for name, args in printed.events if name == "feed") // 2
    paper_w, paper_h = dots + 2 * SIDE, TOP + _height(printed, feed)
    picture = QImage(paper_w + 2 * DESK, paper_h + 2 * DESK, QImage.Format.Format_ARGB32)
    desk = QLinearGradient(0, 0, picture.width(), picture.height())
    desk.setColorAt(0, QColor("#c9c2b6"))
    desk.setColorAt(1, QColor("#a99f90"))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(picture.rect(), desk)
    paper = _paper_outline(QRectF(DESK, DESK, paper_w, paper_h))
    for spread in range(14, 0, -1):  # a soft shadow, a little below and to the right
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(40, 30, 20, 7))
        painter.drawPath(paper.translated(QPointF(3 + spread / 3, 6 + spread / 2)))
    shade = QLinearGradient(DESK, 0, DESK + paper_w, 0)  # a roll curls a little at its edges
    shade.setColorAt(0, PAPER.darker(104))
    shade.setColorAt(0.08, PAPER)
    shade.setColorAt(0.92, PAPER)
    shade.setColorAt(1, PAPER.darker(105))
    painter.setBrush(shade)
    painter.drawPath(paper)

    regular = QFont("DejaVu Sans Mono")
    regular.setPixelSize(20)  # 12 pixels an advance: Font A's 12 x 24 dots
    regular.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    bold = QFont(regular)
    bold.setBold(True)
    painter.setPen(INK)
    x0, y = DESK + SIDE, DESK + TOP
    is_bold = False
    for name, args in printed.events:
        if name == "bold":
            is_bold = bool(args[0])
        elif name == "image":
            image = printed.images[args[0]]
            painter.drawImage(QPointF(x0, y), _raster(image))
            y += image.height
        elif name == "line":
            painter.setFont(bold if is_bold else regular)
            for column, char in enumerate(printed.lines[args[0]]):
                if char != " ":  # each character in its cell, as the printer places it
                    cell = QRectF(x0 + column * CHAR_W, y, CHAR_W, LINE_H)
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, char)
            y += LINE_H
    painter.end()
    return picture


def _paper_outline(rect: QRectF) -> QPainterPath:
    """The strip of paper: straight sides, a straight top (the last receipt's cut), the
    cutter's slightly ragged edge at the bottom."""
    path = QPainterPath(rect.topLeft())
    path.lineTo(rect.topRight())
    path.lineTo(rect.right(), rect.bottom())
    teeth = 40
    for tooth in range(1, teeth + 1):
        x = rect.right() - rect.width() * tooth / teeth
        path.lineTo(x, rect.bottom() - (3 if tooth % 2 else 0))
    path.closeSubpath()
    return path


def render(out: Path) -> Path:
    """Ring up the demo sale, print its receipt as bytes, read them back and draw them."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        sale = demo_sale(folder)
        data = receipt_bytes(sale, STORE, 80, logo=demo_logo(folder / "logo.png"))
    printed = read_escpos(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not draw(printed, PAPER_DOTS[80]).save(str(out)):
        raise OSError(f"cannot write {out}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the PNG to write")
    args = parser.parse_args(argv)
    print(f"saved {render(args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
