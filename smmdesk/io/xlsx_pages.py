"""Where a printed sheet's pages break, computed from its row heights and column widths, so that
the rows that belong together (an estimate's last lines with its totals and signatures, a table's
caption with its header and first rows) print on one page, wherever Excel or LibreOffice prints it.

Every break is written as a manual one, each page taking a little less than it could (a renderer
may draw a row a point taller): the office suite then never breaks on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

PX_PER_INCH = 96
PT_PER_INCH = 72
A4_INCHES = (8.268, 11.693)  # portrait width, height
SAFETY = 0.96  # of a page's height the computed rows may fill (a renderer may draw a row taller)


@dataclass(frozen=True)
class PageGeometry:
    """A printed page of a sheet: A4 in its orientation, less its margins (inches)."""

    landscape: bool
    left: float = 0.4
    right: float = 0.4
    top: float = 0.6
    bottom: float = 0.6

    @property
    def width_px(self) -> float:
        width = A4_INCHES[1] if self.landscape else A4_INCHES[0]
        return (width - self.left - self.right) * PX_PER_INCH

    @property
    def height_pt(self) -> float:
        height = A4_INCHES[0] if self.landscape else A4_INCHES[1]
        return (height - self.top - self.bottom) * PT_PER_INCH

    def scale(self, content_px: float) -> float:
        """The print scale at which the sheet's columns fit the page across (never above 100 %)."""
        return min(1.0, self.width_px / content_px) if content_px else 1.0


def page_breaks(
    heights: Sequence[float],
    room: float,
    repeated: float = 0.0,
    kept: Sequence[tuple[int, int]] = (),
) -> list[int]:
    """The rows (0-based) each page after the first starts at, for rows of `heights` points on pages
    of `room` points (`repeated`: the header rows every later page repeats). A block of `kept`
    rows (first, last) that would straddle a break starts the next page instead, unless it is taller
    than a page (then a smaller block around the break is kept, if one is given)."""
    breaks: list[int] = []
    page_top, used = 0, 0.0
    row = 0
    while row < len(heights):
        height = heights[row]
        if used + height > room and row > page_top:
            start = row
            around = sorted(block for block in kept if block[0] < row <= block[1])
            for first, last in around:  # the widest block that fits a page, from its first row
                if first > page_top and sum(heights[first : last + 1]) + repeated <= room:
                    start = first
                    break
            breaks.append(start)
            page_top, used, row = start, repeated, start
            continue
        used += height
        row += 1
    return breaks
