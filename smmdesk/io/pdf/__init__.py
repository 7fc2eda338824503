"""A4 PDF documents drawn with QPdfWriter: headings, key–value blocks, long tables whose header
repeats on every page, totals, pictures, a running header with the document's title on every page
after the first, and "page N of M" at the foot of each page.

Pages break as a careful typist would break them: no table starts at a page's foot with fewer than
three of its rows, the lines before a totals block (and the block itself, with the signatures) stay
together, and a picture is never split.

The one module below the UI that draws with Qt (DESIGN.md's exception): Qt's text engine
lays out Cyrillic with the system's fonts and needs no other dependency. It needs a running
QGuiApplication (the command line makes an offscreen one). Everything is laid out first, as
drawing steps per page, and drawn at the end, when the number of pages is known; a table of
thousands of rows costs a measurement and a drawing per cell, nothing more.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QBuffer, QLineF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPdfWriter

from smmdesk.domain.errors import FileWriteError
from smmdesk.io.atomic import atomic_output
from smmdesk.io.pdf.page import PdfPage
from smmdesk.io.pdf.paint import (
    EMOJI_PLACEHOLDER,
    HEADER_FILL,
    INK,
    MUTED,
    RULE_PEN,
    clip,
    draw_row,
    draw_text,
    framed_image,
    printable,
)

__all__ = ["EMOJI_PLACEHOLDER", "INK", "MUTED", "Column", "PdfDocument", "printable"]

MIN_ROWS_AT_FOOT = 3  # a table starts on a new page rather than with fewer rows at the foot
LAST_ROWS_KEPT = 2  # rows of a table that go over with the block that must follow it

@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the table's width, relative to the other columns
    numeric: bool = False  # right-aligned, as wide as its longest figure
    fit: bool = False  # as wide as its longest value (dates), never wrapped

    @property
    def fitted(self) -> bool:
        return self.numeric or self.fit




class PdfDocument(PdfPage):
    """Builds the pages top to bottom; `finish()` writes the file and returns the page count."""

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        *,
        bold_rows: Collection[int] = (),
        shaded_rows: Collection[int] = (),
        font_scale: float | None = None,
        keep_with_next: float = 0.0,
        caption: str = "",
        caption_scale: float = 1.25,
        keep_whole: bool = False,
    ) -> None:
        """A table as wide as the page under its `caption`; its header row is repeated at the top of
        every page. A wide table (more than 12 columns) is set a little smaller unless `font_scale`
        says otherwise. `keep_with_next` is the height of a block that must follow the table's last
        rows on their page (the totals and the signatures): those rows go over with it when it does
        not fit. A table to `keep_whole` (a report's KPIs) that fits on a page is never split: it
        goes over whole, caption and all."""

        scale = font_scale or (0.85 if len(columns) > 12 else 1.0)
        bold, plain = self.font_of(bold=True, scale=scale), self.font_of(scale=scale)
        pad = self.mm(1)
        titles = [printable(c.title) for c in columns]
        cells_of = [[printable(clip(str(text))) for text in row] for row in rows]
        caption = printable(caption)
        widths, fitted = self._column_widths(columns, cells_of, bold, pad)
        lefts = [sum(widths[:i]) for i in range(len(widths))]
        inner = [w - 2 * pad for w in widths]
        top_left, top_right = (
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
            Qt.AlignmentFlag.AlignTop,
        )
        aligns = [int(top_right | Qt.AlignmentFlag.AlignRight if c.numeric else top_left) for c in columns]

        def lay_out(
            font: QFont, cells: Sequence[str], alignments: Sequence[int], header: bool = False
        ) -> tuple[float, list[int]]:
            metrics = self.metrics(font)
            line = metrics.height()
            placed = [
                (line, a) if fit and not header else self._wrapped(metrics, w, text, a)  # a fitted one fits
                for w, text, a, fit in zip(inner, cells, alignments, fitted, strict=True)
            ]
            return max(h for h, _ in placed) + 2 * pad, [f for _, f in placed]

        header_flags_in = [int(Qt.AlignmentFlag.AlignCenter)] * len(titles)
        header_height, header_flags = lay_out(bold, titles, header_flags_in, header=True)

        def put_row(
            font: QFont, cells: Sequence[str], height: float, flags: list[int], fill: str | None
        ) -> None:
            top = self.y
            self._draw(lambda p: draw_row(p, lefts, widths, top, height, pad, font, cells, flags, fill))
            self.y += height

        bold_set, shaded_set = set(bold_rows), set(shaded_rows)
        laid = [lay_out(bold if i in bold_set else plain, cells, aligns) for i, cells in enumerate(cells_of)]
        heights = [height for height, _ in laid]
        above = self.text_height(caption, bold=True, scale=caption_scale, before_mm=4) if caption else 0.0
        whole = above + header_height + sum(heights) + self.mm(2)
        fresh = self.page_height - self.header_height
        kept_whole = keep_whole and whole <= fresh
        if kept_whole:  # on this page, or all of it on the next (with what follows, when that fits too)
            self._room(whole + keep_with_next if whole + keep_with_next <= fresh else whole)
        else:
            self._room(above + header_height + sum(heights[:MIN_ROWS_AT_FOOT]))
        if caption:
            self.text(caption, bold=True, scale=caption_scale, before_mm=4 if self.y > self.top else 0)
        put_row(bold, titles, header_height, header_flags, HEADER_FILL)
        kept_from = len(heights)
        if keep_with_next and not kept_whole:
            kept_from = max(len(heights) - LAST_ROWS_KEPT, 0)
        for index, cells in enumerate(cells_of):
            height, flags = laid[index]
            breaking = self.y + height > self.page_height
            if index == kept_from and index > 0 and not breaking:
                # The last rows and the block after them go over together when they do not fit here.
                rest = sum(heights[index:]) + keep_with_next + self.mm(2)
                fresh = self.page_height - self.header_height - header_height
                breaking = self.y + rest > self.page_height and rest <= fresh
            if breaking:
                self.new_page()
                put_row(bold, titles, header_height, header_flags, HEADER_FILL)
            put_row(bold if index in bold_set else plain, cells, height, flags,
                    HEADER_FILL if index in shaded_set else None)  # fmt: skip
        self.y += self.mm(2)

    def _column_widths(
        self, columns: Sequence[Column], rows: Sequence[Sequence[str]], font: QFont, pad: float
    ) -> tuple[list[float], list[bool]]:
        """Numeric columns as wide as their longest figure (a number is never broken), text columns
        sharing the rest by weight; no column narrower than the longest word of its title. Also says
        which columns hold every value on one line."""

        metrics = self.metrics(font)

        def widest(texts: Iterable[str]) -> float:
            return max((metrics.horizontalAdvance(t) for t in set(texts)), default=0.0) + 2 * pad + 2

        least = [widest(c.title.split()) for c in columns]
        for i, column in enumerate(columns):
            if column.fitted:
                least[i] = max(least[i], widest(str(row[i]) for row in rows))
        fixed = sum(w for w, c in zip(least, columns, strict=True) if c.fitted)
        text_weight = sum(c.weight for c in columns if not c.fitted)
        rest = self.width - fixed
        widths = [
            least[i] if c.fitted else max(least[i], rest * c.weight / (text_weight or 1.0))
            for i, c in enumerate(columns)
        ]
        total = sum(widths)
        fits = [c.fitted for c in columns]
        if total > self.width:  # too many columns for the page: everything gives way in proportion
            widths = [w * self.width / total for w in widths]
            fits = [False] * len(columns)
        elif not text_weight:  # all of them fitted to their content: they share out what is left
            widths = [w * self.width / total for w in widths]
        return widths, fits

    @staticmethod
    def _wrapped(metrics: QFontMetricsF, width: float, text: str, align: int) -> tuple[float, int]:
        """A cell's height and drawing flags: one line when it fits, else wrapped at words, or
        anywhere when a word is too long for the column."""
        if not text or ("\n" not in text and metrics.horizontalAdvance(text) <= width):
            return metrics.height(), align
        flags = align | int(Qt.TextFlag.TextWordWrap)
        box = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text)
        if box.width() > width + 0.5:
            flags = align | int(Qt.TextFlag.TextWrapAnywhere)
            box = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text)
        return box.height(), flags

    def totals_height(self, rows: Sequence[tuple[str, str]], *, emphasize_last: bool = True) -> float:
        rows = [(printable(label), value) for label, value in rows]
        label_width = self.width * 0.55
        flags_label = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignRight)
        total = 0.0
        for index, (label, _) in enumerate(rows):
            grand = emphasize_last and index == len(rows) - 1
            font = self.font_of(bold=True, scale=1.3 if grand else 1.0)
            total += self._text_height(font, label_width, label, flags_label) + self.mm(1)
        return total

    def totals(self, rows: Sequence[tuple[str, str]], *, emphasize_last: bool = True) -> None:
        """Labelled amounts at the right edge, the last one larger."""
        rows = [(printable(label), value) for label, value in rows]
        value_width = self.mm(40)
        label_width = self.width * 0.55
        left = self.width - value_width - label_width
        flags_label = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignRight)
        flags_value = int(Qt.AlignmentFlag.AlignRight)
        for index, (label, value) in enumerate(rows):
            grand = emphasize_last and index == len(rows) - 1
            font = self.font_of(bold=True, scale=1.3 if grand else 1.0)
            height = self._text_height(font, label_width, label, flags_label) + self.mm(1)
            self._room(height)
            self._place(font, QRectF(left, self.y, label_width, height), flags_label, label)
            self._place(font, QRectF(left + label_width, self.y, value_width, height), flags_value, value)
            self.y += height

    def picture(self, png: bytes, *, width_fraction: float = 1.0, caption: str = "") -> None:
        """A picture (a chart, as PNG) at a share of the page's width, kept on one page with its
        caption above it."""
        image = QImage.fromData(png)
        width = self.width * width_fraction
        height = width * image.height() / max(image.width(), 1)
        above = self.text_height(caption, bold=True, scale=1.25, before_mm=3) if caption else 0.0
        room = self.page_height - self.header_height - above - self.mm(2)
        if height > room:
            width, height = width * room / height, room
        self._room(above + height)
        if caption:
            self.text(caption, bold=True, scale=1.25, before_mm=3 if self.y > self.top else 0)
        rect = QRectF(0, self.y, width, height)
        self._draw(lambda p: p.drawImage(rect, image))
        self.y += height + self.mm(2)

    def image_grid(
        self,
        cells: Sequence[tuple[bytes, str]],
        *,
        columns: int,
        image_mm: float,
        caption_scale: float = 0.9,
    ) -> None:
        """Pictures (PNG) in a grid, `columns` across, each `image_mm` wide with its caption (lines
        split by "\\n") centred under it, in a light frame to cut along; a row never breaks across
        pages. Labels to print: QR codes with their short links."""
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)  # never wrapped
        cell_width = self.width / columns
        pad = self.mm(2)
        # A caption line (a link to type) is kept whole: the font gets smaller until the widest fits.
        font = self.font_of(scale=caption_scale)
        cells = [(png, printable(caption)) for png, caption in cells]
        lines = {line for _, caption in cells for line in caption.split("\n")}
        widest = max((self._single_width(font, line) for line in lines), default=0.0)
        if widest > cell_width - 2 * pad:
            scale = max(caption_scale * (cell_width - 2 * pad) / widest * 0.95, 0.5)
            font = self.font_of(scale=scale)
        side = min(self.mm(image_mm), cell_width - 2 * pad)
        for start in range(0, len(cells), columns):
            row = cells[start : start + columns]
            captions = [self._text_height(font, cell_width - 2 * pad, text, flags) for _, text in row]
            height = pad + side + self.mm(1) + max(captions) + pad
            self._room(height)
            top = self.y
            for index, (png, caption) in enumerate(row):
                left = index * cell_width
                image = QImage.fromData(png)
                target = QRectF(left + (cell_width - side) / 2, top + pad, side, side)
                text_rect = QRectF(
                    left + pad, top + pad + side + self.mm(1), cell_width - 2 * pad, captions[index]
                )
                frame = QRectF(left, top, cell_width, height)
                self._draw(partial(framed_image, image=image, target=target, frame=frame))
                self._place(font, text_rect, flags, caption)
            self.y += height

    # --- output ----------------------------------------------------------------------------------------

    def finish(self) -> int:
        """Draws every page with its footer into memory, then writes the file through the atomic
        writer; returns the number of pages.

        Drawn into memory because QPdfWriter says nothing of why a file failed: written by Python,
        the disk's own reason (no space, an input/output error, read-only) reaches the person.
        Raises FileWriteError (with that reason) when the file cannot be written."""
        count = len(self.pages)
        buffer = QBuffer()
        buffer.open(QBuffer.OpenModeFlag.WriteOnly)
        writer = self._new_writer(buffer)
        painter = QPainter()
        if not painter.begin(writer):
            raise FileWriteError.not_written(self.path, "the PDF could not be started")
        try:
            self._draw_pages(painter, writer, count)
        finally:
            finished = painter.end()
            del writer
            buffer.close()
        if not finished:
            raise FileWriteError.not_written(self.path, "the PDF could not be finished")
        with atomic_output(self.path) as temp:
            temp.write_bytes(bytes(buffer.data().data()))
        return count

    def _draw_pages(self, painter: QPainter, writer: QPdfWriter, count: int) -> None:
        """Each page's steps, its footer, and on the pages after the first the running header."""
        footer_font = self.font_of(scale=0.9)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        footer_rect = QRectF(0, self.page_height, self.width, self.footer_height)
        header_flags = int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
        )
        header_rule = self.header_height - self.mm(3)
        header_rect = QRectF(0, 0, self.width, header_rule - self.mm(0.5))
        for number, steps in enumerate(self.pages, start=1):
            if number > 1:
                writer.newPage()
            for step in steps:
                step(painter)
            if number > 1:
                draw_text(painter, footer_font, MUTED, header_rect, header_flags, printable(self.title))
                painter.setPen(RULE_PEN)
                painter.drawLine(QLineF(0, header_rule, self.width, header_rule))
            footer = self.footer.format(page=number, pages=count)
            draw_text(painter, footer_font, INK, footer_rect, flags, footer)


