"""Reads ESC/POS bytes back the way a thermal printer would: the commands in order, the
text lines between them and the raster images (a logo). Any control byte it does not know
is an error, so a stray escape sequence (from a product or store name, say) cannot hide in
a receipt. The tests read receipts with it, and so does the README's receipt picture
(tools/receipt_picture.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

ESC, GS, LF = 0x1B, 0x1D, 0x0A


class EscposReadError(AssertionError):
    """The bytes hold something a receipt may not: an unknown command or a control byte in
    the text (an AssertionError, so that a test reading them fails)."""


#: ESC commands with one argument byte: name by their letter.
_ESC_ONE = {
    ord("t"): "codepage",
    ord("E"): "bold",
    ord("M"): "font",
    ord("a"): "align",
    ord("d"): "feed",
}


@dataclass(frozen=True)
class Raster:
    """A raster bit image (GS v 0): ``width`` x ``height`` dots, each row ``width / 8``
    bytes, most significant bit leftmost, 1 printed black."""

    width: int
    height: int
    data: bytes

    def black(self, x: int, y: int) -> bool:
        byte = self.data[y * (self.width // 8) + x // 8]
        return bool(byte & (0x80 >> (x % 8)))


@dataclass
class Printed:
    """What a printer made of the bytes: each command as (name, args), each finished line
    (decoded in the code page the receipt selected), where each line fell among the
    commands (its index in ``events``), and the images (``("image", (index,))`` events)."""

    events: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    images: list[Raster] = field(default_factory=list)

    def commands(self) -> list[str]:
        return [name for name, _ in self.events if name != "line"]

    def has(self, name: str) -> bool:
        return any(event == name for event, _ in self.events)

    def args(self, name: str) -> list[tuple[int, ...]]:
        return [args for event, args in self.events if event == name]

    def index(self, name: str) -> int:
        return next(i for i, (event, _) in enumerate(self.events) if event == name)

    def last_index(self, name: str) -> int:
        return max(i for i, (event, _) in enumerate(self.events) if event == name)


#: ESC t n -> Python codec, for the code pages a receipt may select.
CODEPAGES = {0: "cp437", 2: "cp850", 16: "cp1252", 19: "cp858"}


def _raster(data: bytes, i: int) -> tuple[Raster, int]:
    """The GS v 0 image at ``i``; the index after it."""
    width_bytes = data[i + 4] + 256 * data[i + 5]
    height = data[i + 6] + 256 * data[i + 7]
    start = i + 8
    end = start + width_bytes * height
    if end > len(data):
        raise EscposReadError(f"an image at byte {i} runs past the end of the data")
    return Raster(width_bytes * 8, height, bytes(data[start:end])), end


def read_escpos(data: bytes) -> Printed:  # noqa: PLR0912 (one branch per command)
    out = Printed()
    codec = "cp437"  # what a printer uses after ESC @
    text = bytearray()
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == LF:
            out.lines.append(text.decode(codec))
            out.events.append(("line", (len(out.lines) - 1,)))
            text.clear()
            i += 1
        elif byte == ESC:
            command = data[i + 1]
            if command == ord("@"):
                out.events.append(("init", ()))
                codec = "cp437"
                i += 2
            elif command == ord("p"):
                out.events.append(("drawer", tuple(data[i + 2 : i + 5])))
                i += 5
            elif command in _ESC_ONE:
                name, value = _ESC_ONE[command], data[i + 2]
                out.events.append((name, (value,)))
                if name == "codepage":
                    codec = CODEPAGES[value]
                i += 3
            else:
                raise EscposReadError(f"unknown ESC {command:#x} at byte {i}")
        elif byte == GS and data[i + 1 : i + 3] == b"v0":
            image, i = _raster(data, i)
            out.images.append(image)
            out.events.append(("image", (len(out.images) - 1,)))
        elif byte == GS:
            if data[i + 1] != ord("V"):
                raise EscposReadError(f"unknown GS {data[i + 1]:#x} at byte {i}")
            mode = data[i + 2]
            if mode in (0, 1, 48, 49):
                out.events.append(("cut", (mode,)))
                i += 3
            else:  # 65, 66: feed n, then cut
                out.events.append(("cut", (mode, data[i + 3])))
                i += 4
        elif byte < 0x20 or byte == 0x7F:
            raise EscposReadError(f"control byte {byte:#x} in the text at byte {i}")
        else:
            text.append(byte)
            i += 1
    if text:
        raise EscposReadError(f"text after the last line feed: {bytes(text)!r}")
    return out
