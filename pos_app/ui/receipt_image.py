"""A thermal receipt drawn as a picture, right to left (issue 17).

An ESC/POS printer prints its text through a code page; ours is CP858, which has no
Arabic letters, and the few Arabic code pages printers have differ by model and do not
join the letters. So an Arabic receipt prints as a raster image, as the logo does: Qt
draws the receipt's lines (``receipt_layout``'s parts, as written, before the code page)
on a page as wide as the paper's dots, shaped and laid out right to left: a label on the
right, its amount on the left, each figure kept left to right. Qt paints on a QImage on
any thread, so the printer's thread draws it.
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPen, QTextOption

from pos_app.devices.receipt_layout import CENTRED, MORE, PAIR, ROW, RULE, TEXT, PrintLine

#: The font's height in dots (203 dpi: about 3 mm), a line's, and the side margins.
FONT_PX, LINE_PX, MARGIN_PX = 24, 32, 8


def _font(bold: bool) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(FONT_PX)
    font.setBold(bold)
    return font


def _option(align: Qt.AlignmentFlag, rtl: bool | None, wrap: bool = False) -> QTextOption:
    """Text at ``align`` (never mirrored), read right to left, left to right, or (None)
    in the direction of its first letter: "2 x 19.99" or a product's Latin name stays as
    written."""
    option = QTextOption(align | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)
    direction = Qt.LayoutDirection.LayoutDirectionAuto
    if rtl is not None:
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
    return option


class _Page:
    """Draws the lines one under the other; a long text wraps onto more lines."""

    def __init__(self, painter: QPainter | None, dots: int) -> None:
        self.painter, self.dots, self.y = painter, dots, 0.0
        self.width = dots - 2 * MARGIN_PX

    def line(self, line: PrintLine) -> None:
        if line.kind == MORE:
            return
        if line.kind == RULE:
            self._rule()
        elif line.kind == PAIR:
            label, value, indent = line.parts
            self._pair(label, value, int(indent) * FONT_PX // 2, line.bold)
        elif line.kind == ROW:
            self._row(line.parts)
        elif line.kind == CENTRED:
            self._text(line.parts[0], Qt.AlignmentFlag.AlignHCenter, line.bold)
        else:
            text, indent = line.parts if line.kind == TEXT and line.parts else (line.text, "0")
            self._text(text.strip(), Qt.AlignmentFlag.AlignRight, line.bold, int(indent))

    def _rule(self) -> None:
        if self.painter is not None:
            middle = self.y + LINE_PX / 2
            self.painter.setPen(QPen(Qt.GlobalColor.black, 2, Qt.PenStyle.DashLine))
            self.painter.drawLine(MARGIN_PX, int(middle), self.dots - MARGIN_PX, int(middle))
        self.y += LINE_PX

    def _text(self, text: str, align: Qt.AlignmentFlag, bold: bool, indent: int = 0) -> None:
        font = _font(bold)
        width = self.width - indent * FONT_PX // 2
        box = QFontMetricsF(font).boundingRect(
            QRectF(0, 0, width, 10_000), int(align | Qt.TextFlag.TextWordWrap), text
        )
        height = max(LINE_PX, box.height() + LINE_PX - FONT_PX)
        if self.painter is not None:
            self.painter.setFont(font)
            self.painter.setPen(Qt.GlobalColor.black)
            rect = QRectF(MARGIN_PX, self.y, width, height)
            self.painter.drawText(rect, text, _option(align, None, wrap=True))
        self.y += height

    def _pair(self, label: str, value: str, indent: int, bold: bool) -> None:
        if self.painter is not None:
            font = _font(bold)
            self.painter.setFont(font)
            self.painter.setPen(Qt.GlobalColor.black)
            value_w = QFontMetricsF(font).horizontalAdvance(value) + FONT_PX // 2
            room = max(0.0, self.width - indent - value_w)
            label_box = QRectF(MARGIN_PX + value_w, self.y, room, LINE_PX)
            value_box = QRectF(MARGIN_PX, self.y, value_w, LINE_PX)
            label = QFontMetricsF(font).elidedText(label, Qt.TextElideMode.ElideLeft, room)
            self.painter.drawText(label_box, label, _option(Qt.AlignmentFlag.AlignRight, None))
            self.painter.drawText(value_box, value, _option(Qt.AlignmentFlag.AlignLeft, False))
        self.y += LINE_PX

    def _row(self, parts: tuple[str, ...]) -> None:
        """A table's row: its label on the right, its figures in columns to the left."""
        if self.painter is not None and parts:
            font = _font(False)
            self.painter.setFont(font)
            self.painter.setPen(Qt.GlobalColor.black)
            label, values = parts[0], parts[1:]
            column = self.width / (len(values) + 2)
            label_box = QRectF(MARGIN_PX + column * len(values), self.y, column * 2, LINE_PX)
            self.painter.drawText(label_box, label, _option(Qt.AlignmentFlag.AlignRight, None))
            for i, value in enumerate(values):  # the first figure nearest the label
                box = QRectF(MARGIN_PX + column * (len(values) - 1 - i), self.y, column, LINE_PX)
                self.painter.drawText(box, value, _option(Qt.AlignmentFlag.AlignLeft, False))
        self.y += LINE_PX


def receipt_picture(lines: tuple[PrintLine, ...], dots: int) -> Image.Image:
    """``lines`` drawn right to left on a page ``dots`` wide, black on white, as a 1-bit
    image for the printer."""
    measure = _Page(None, dots)
    for line in lines:
        measure.line(line)
    height = max(1, int(measure.y) + LINE_PX)
    image = QImage(dots, height, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, False)
        page = _Page(painter, dots)
        for line in lines:
            page.line(line)
    finally:
        painter.end()
    data = bytes(image.constBits())[: image.bytesPerLine() * height]
    grey = Image.frombuffer("L", (dots, height), data, "raw", "L", image.bytesPerLine(), 1)
    return grey.point(lambda level: 255 if level > 160 else 0).convert("1")
