"""What the PDF writer draws with: its colours, the pictographs a font of the system can print (an
emoji where none can is a visible «[эмодзи]»), and the painter's steps for a text, a table row
and a framed picture. QtGui, as the rest of the PDF writer (DESIGN.md's one exception).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPen, QRawFont

INK = "#1f2d3d"
MUTED = "#5b6b7d"
HEADER_FILL = "#dce6f1"
RULE = "#a6a6a6"
MAX_CELL_TEXT = 600  # a cell longer than this is cut with "…", so no row outgrows a page


_PICTOGRAPH = "\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_EMOJI = re.compile(
    f"[{_PICTOGRAPH}][\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]*"
    f"(?:\u200d[{_PICTOGRAPH}][\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]*)*"
)
EMOJI_PLACEHOLDER = "[эмодзи]"  # what a pictograph prints as where no font on the system has it
_JOINERS = frozenset("\u200d\ufe0e\ufe0f") | {chr(c) for c in range(0x1F3FB, 0x1F400)}


def printable(text: str) -> str:
    """`text` as the PDF can print it: each emoji drawn by a font of the system that has it (Qt
    falls back to one: Segoe UI Emoji, Apple Color Emoji, Noto Color Emoji, Symbola…), or, where no
    font has it, a visible «[эмодзи]» instead of an empty box."""
    if not _EMOJI.search(text):
        return text
    return _EMOJI.sub(lambda m: m[0] if all(map(drawable, set(m[0]) - _JOINERS)) else EMOJI_PLACEHOLDER, text)


def drawable(char: str) -> bool:
    """Whether some font installed on the system has a glyph for `char` (a found glyph is
    remembered; a missing one is looked for again, as fonts may be added while the program runs)."""
    if char in _DRAWABLE:
        return True
    likely = ("emoji", "symbol")
    families = sorted(QFontDatabase.families(), key=lambda f: not any(w in f.lower() for w in likely))
    found = any(QRawFont.fromFont(QFont(family)).supportsCharacter(ord(char)) for family in families)
    if found:
        _DRAWABLE.add(char)
    return found


_DRAWABLE: set[str] = set()


def clip(text: str) -> str:
    return text if len(text) <= MAX_CELL_TEXT else text[: MAX_CELL_TEXT - 1] + "…"


def draw_text(painter: QPainter, font: QFont, color: str, rect: Any, flags: int, text: str) -> None:
    painter.setFont(font)
    painter.setPen(QColor(color))
    painter.drawText(rect, flags, text)


def draw_row(
    painter: QPainter,
    lefts: Sequence[float],
    widths: Sequence[float],
    top: float,
    height: float,
    pad: float,
    font: QFont,
    cells: Sequence[str],
    flags: Sequence[int],
    fill: str | None,
) -> None:
    right = lefts[-1] + widths[-1]
    if fill:
        painter.fillRect(QRectF(0, top, right, height), QColor(fill))
    painter.setFont(font)
    painter.setPen(_INK)
    inner = height - 2 * pad
    for left, width, text, flag in zip(lefts, widths, cells, flags, strict=True):
        if text:
            painter.drawText(QRectF(left + pad, top + pad, width - 2 * pad, inner), flag, text)
    painter.setPen(RULE_PEN)
    painter.drawRect(QRectF(0, top, right, height))
    painter.drawLines([QLineF(left, top, left, top + height) for left in lefts[1:]])


_INK = QColor(INK)
RULE_PEN = QPen(QColor(RULE))
RULE_PEN.setWidthF(1.0)


_FRAME_PEN = QPen(QColor("#d0d0d0"))
_FRAME_PEN.setStyle(Qt.PenStyle.DashLine)


def framed_image(painter: QPainter, image: QImage, target: QRectF, frame: QRectF) -> None:
    painter.setPen(_FRAME_PEN)
    painter.drawRect(frame)
    painter.drawImage(target, image)
