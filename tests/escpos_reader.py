"""Reads ESC/POS bytes back the way a thermal printer would: the commands in order, and
the text lines between them. Any control byte it does not know fails the test, so a stray
escape sequence (from a product or store name, say) cannot hide in a receipt."""

from __future__ import annotations

from dataclasses import dataclass, field

ESC, GS, LF = 0x1B, 0x1D, 0x0A

#: ESC commands with one argument byte: name by their letter.
_ESC_ONE = {
    ord("t"): "codepage",
    ord("E"): "bold",
    ord("M"): "font",
    ord("a"): "align",
    ord("d"): "feed",
}


@dataclass
class Printed:
    """What a printer made of the bytes: each command as (name, args), each finished line
    (decoded in the code page the receipt selected), and where each line fell among the
    commands (its index in ``events``)."""

    events: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

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
                raise AssertionError(f"unknown ESC {command:#x} at byte {i}")
        elif byte == GS:
            if data[i + 1] != ord("V"):
                raise AssertionError(f"unknown GS {data[i + 1]:#x} at byte {i}")
            mode = data[i + 2]
            if mode in (0, 1, 48, 49):
                out.events.append(("cut", (mode,)))
                i += 3
            else:  # 65, 66: feed n, then cut
                out.events.append(("cut", (mode, data[i + 3])))
                i += 4
        elif byte < 0x20 or byte == 0x7F:
            raise AssertionError(f"control byte {byte:#x} in the text at byte {i}")
        else:
            text.append(byte)
            i += 1
    assert not text, f"text after the last line feed: {bytes(text)!r}"
    return out
