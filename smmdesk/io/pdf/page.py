"""A page flow for the PDF writer: the A4 writer laid out against, units and fonts, the cursor that
breaks pages, and the text blocks (paragraphs, headings, "label: value" pairs). `PdfDocument`
adds tables, totals, pictures and the output on top of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from smmdesk.io.pdf.paint import INK, draw_text, printable

Step = Callable[[QPainter], None]


class PdfPage:
    """The pages built top to bottom: the cursor `y` on the last page, the steps drawn on each."""

    def __init__(
        self,
        path: Path,
        *,
        title: str,
        landscape: bool = True,
        font_size: float = 8.5,
        footer: str = "Страница {page} из {pages}",
    ) -> None:

        self.path = path
        self.footer = footer
        self.title = title
        self.landscape = landscape
        # Laid out against a writer that never opens a file; `finish` draws into the atomic writer's
        # temporary file with an identical one, so the measurements hold.
        self._layout_buffer = QBuffer()
        self.writer = self._new_writer(self._layout_buffer)
        area = self.writer.pageLayout().paintRectPixels(self.writer.resolution())
        self.width = float(area.width())
        self.footer_height = self.mm(7)
        self.header_height = self.mm(8)  # the running header of the pages after the first
        self.page_height = float(area.height()) - self.footer_height
        self.font = QFont()
        self.font.setPointSizeF(font_size)
        self.pages: list[list[Step]] = [[]]
        self.y = 0.0
        self._metrics: dict[str, QFontMetricsF] = {}

    def _new_writer(self, target: str | QBuffer) -> QPdfWriter:
        writer = QPdfWriter(target)
        writer.setTitle(self.title)
        writer.setCreator("smmdesk")
        writer.setResolution(144)
        orientation = (
            QPageLayout.Orientation.Landscape if self.landscape else QPageLayout.Orientation.Portrait
        )
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                orientation,
                QMarginsF(12, 12, 12, 10),
                QPageLayout.Unit.Millimeter,
            )
        )
        return writer

    # --- units and fonts -----------------------------------------------------------------------------

    def mm(self, value: float) -> float:
        return value * self.writer.resolution() / 25.4

    def font_of(self, *, bold: bool = False, scale: float = 1.0) -> QFont:
        font = QFont(self.font)
        font.setBold(bold)
        font.setPointSizeF(self.font.pointSizeF() * scale)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        found = self._metrics.get(font.key())
        if found is None:
            found = self._metrics[font.key()] = QFontMetricsF(font, self.writer)
        return found

    def _text_height(self, font: QFont, width: float, text: str, flags: int) -> float:
        metrics = self.metrics(font)
        if not text:
            return metrics.height()
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    # --- flow ------------------------------------------------------------------------------------------

    def _room(self, height: float) -> None:
        """Starts a new page unless `height` fits below the cursor (a page's first item always fits)."""
        if self.y > self.top and self.y + height > self.page_height:
            self.new_page()

    def new_page(self) -> None:
        """Starts a page (the current one when nothing is on it yet)."""
        if self.pages[-1]:
            self.pages.append([])
        self.y = self.header_height if len(self.pages) > 1 else 0.0

    def keep(self, height: float) -> None:
        """Starts a new page unless a block of `height` fits on this one (a totals block with the
        signatures, a caption with its picture)."""
        self._room(height)

    @property
    def top(self) -> float:
        """Where the current page's content starts."""
        return self.header_height if len(self.pages) > 1 else 0.0

    def _draw(self, step: Step) -> None:
        self.pages[-1].append(step)

    def _place(self, font: QFont, rect: Any, flags: int, text: str, color: str = INK) -> None:
        self._draw(lambda painter: draw_text(painter, font, color, rect, flags, text))

    def space(self, mm: float) -> None:
        self.y += self.mm(mm)

    def text(
        self,
        text: str,
        *,
        bold: bool = False,
        scale: float = 1.0,
        right: bool = False,
        color: str = INK,
        before_mm: float = 0.0,
    ) -> None:
        """A paragraph across the page's width."""
        text = printable(text)
        flags = int(
            Qt.TextFlag.TextWordWrap | (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
        )
        font = self.font_of(bold=bold, scale=scale)
        height = self._text_height(font, self.width, text, flags)
        self.y += self.mm(before_mm)
        self._room(height)
        rect = QRectF(0, self.y, self.width, height)
        self._place(font, rect, flags, text, color)
        self.y += height + self.mm(1)

    def text_height(
        self, text: str, *, bold: bool = False, scale: float = 1.0, before_mm: float = 0.0
    ) -> float:
        """How much of the page `text(...)` with these settings takes."""
        text = printable(text)
        flags = int(Qt.TextFlag.TextWordWrap)
        font = self.font_of(bold=bold, scale=scale)
        return self.mm(before_mm) + self._text_height(font, self.width, text, flags) + self.mm(1)

    def heading(self, text: str) -> None:
        self.text(text, bold=True, scale=1.75)
        self.space(1.5)

    def pairs(self, rows: Sequence[tuple[str, str]]) -> None:
        """A block of "label: value" lines with the labels in bold, in one column."""
        rows = [(printable(label), printable(value)) for label, value in rows]

        bold, plain = self.font_of(bold=True), self.font_of()
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        label_width = max((self._single_width(bold, label + ":") for label, _ in rows), default=0) + self.mm(
            3
        )
        value_width = self.width - label_width
        for label, value in rows:
            height = max(
                self._text_height(bold, label_width, label + ":", flags),
                self._text_height(plain, value_width, value, flags),
            )
            self._room(height)
            self._place(bold, QRectF(0, self.y, label_width, height), flags, label + ":")
            self._place(plain, QRectF(label_width, self.y, value_width, height), flags, value)
            self.y += height + self.mm(0.6)

    def _single_width(self, font: QFont, text: str) -> float:
        return self.metrics(font).horizontalAdvance(text)

