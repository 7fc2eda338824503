"""PDF pages from HTML with QPdfWriter and QTextDocument: A4, Cyrillic fonts, "page N of M".

The one module below the UI that draws with Qt (DESIGN.md's exception): Qt's text engine
lays out Cyrillic with the system's fonts and needs no other dependency. It needs a running
QGuiApplication (the command line makes an offscreen one).
"""

from __future__ import annotations

from pathlib import Path


def write_html_pdf(
    path: Path,
    html: str,
    *,
    title: str,
    landscape: bool = True,
    footer: str = "Страница {page} из {pages}",
    font_size: float = 8.5,
) -> int:
    """Lays `html` out on A4 pages with a footer; returns the number of pages."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("smmdesk")
    writer.setResolution(144)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(12, 12, 12, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(area.width()), float(area.height())
    footer_height = writer.resolution() * 0.3

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(font_size)
    document.setDefaultFont(font)
    document.setHtml(html)
    page_height = height - footer_height
    document.setPageSize(QSizeF(width, page_height))
    pages = document.pageCount()

    painter = QPainter(writer)
    try:
        footer_font = QFont(font)
        footer_font.setPointSizeF(font_size * 0.9)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()
            painter.setFont(footer_font)
            painter.drawText(
                QRectF(0, page_height, width, footer_height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                footer.format(page=page + 1, pages=pages),
            )
    finally:
        painter.end()
    return pages
