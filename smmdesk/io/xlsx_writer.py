"""A small, fast XLSX writer for what reports need: sheets of styled rows (text, numbers, dates),
frozen header rows, column widths, print setup with repeated title rows, and PNG pictures.

openpyxl builds an XML element per cell in pure Python, about 20 µs a cell; a campaign report of
thousands of publications has ~100,000 cells. This writes the same SpreadsheetML as text, in
about a tenth of the time. Text is always written as text (an inline string), never as a formula.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from smmdesk.io.atomic import atomic_output
from smmdesk.io.safe_text import fit_cell

EXCEL_EPOCH = dt.date(1899, 12, 30)
EMU_PER_PX = 9525
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 forbids

# Styles a cell can have: (font, fill, border, number format, alignment) by name.
FONTS = ['<font><sz val="11"/><name val="Calibri"/></font>',
         '<font><b/><sz val="11"/><name val="Calibri"/></font>',
         '<font><b/><sz val="14"/><name val="Calibri"/></font>',
         '<font><i/><sz val="11"/><name val="Calibri"/></font>',
         '<font><b/><sz val="12"/><name val="Calibri"/></font>']  # fmt: skip
FONT = {"plain": 0, "bold": 1, "title": 2, "italic": 3, "caption": 4}
NUMBER_FORMATS = {"text": 0, "count": 3, "money": 164, "percent": 165, "date": 166}
CUSTOM_FORMATS = {164: '#,##0.00 "₽"', 165: '0.00" %"', 166: "DD.MM.YYYY"}


@dataclass(frozen=True)
class Style:
    font: str = "plain"
    number: str = "text"
    border: bool = False
    fill: bool = False  # the light blue of header rows
    wrap: bool = False
    center: bool = False


@dataclass
class Sheet:
    name: str
    widths: list[float] = field(default_factory=list)
    rows: list[tuple[list[tuple[Any, Style | None]], float | None]] = field(default_factory=list)
    frozen_rows: int = 0  # rows kept in view when scrolling
    print_title_row: int | None = None  # repeated at the top of every printed page (1-based)
    pictures: list[tuple[int, bytes, int, int]] = field(default_factory=list)  # (row, png, width, height)

    def add(self, cells: list[tuple[Any, Style | None]], height: float | None = None) -> int:
        """Appends a row of (value, style) cells; returns its number (1-based)."""
        self.rows.append((cells, height))
        return len(self.rows)


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(65 + remainder) + name
    return name


class _Styles:
    def __init__(self) -> None:
        self.index: dict[Style, int] = {Style(): 0}

    def of(self, style: Style | None) -> int:
        if style is None:
            return 0
        found = self.index.get(style)
        if found is None:
            found = self.index[style] = len(self.index)
        return found

    def xml(self) -> str:
        formats = "".join(
            f"<numFmt numFmtId={quoteattr(str(k))} formatCode={quoteattr(v)}/>"
            for k, v in CUSTOM_FORMATS.items()
        )
        xfs = []
        for style in self.index:
            number = NUMBER_FORMATS[style.number]
            align = ""
            if style.wrap or style.center or style.border:
                align = '<alignment vertical="{}"{}{}/>'.format(
                    "center" if style.center else "top",
                    ' horizontal="center"' if style.center else "",
                    ' wrapText="1"' if style.wrap else "",
                )
            xfs.append(
                f'<xf numFmtId="{number}" fontId="{FONT[style.font]}" fillId="{2 if style.fill else 0}" '
                f'borderId="{1 if style.border else 0}" xfId="0" applyNumberFormat="1" applyFont="1" '
                f'applyFill="1" applyBorder="1" applyAlignment="1">{align}</xf>'
            )
        side = '<{0} style="thin"><color rgb="FFA6A6A6"/></{0}>'
        border = (
            "<border>"
            + "".join(side.format(s) for s in ("left", "right", "top", "bottom"))
            + "<diagonal/></border>"
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<numFmts count="{len(CUSTOM_FORMATS)}">{formats}</numFmts>'
            f'<fonts count="{len(FONTS)}">{"".join(FONTS)}</fonts>'
            '<fills count="3"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill>'
            '<fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F1"/><bgColor indexed="64"/>'
            "</patternFill></fill></fills>"
            f'<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>{border}</borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        )


def _text(value: str) -> str:
    return escape(fit_cell(_NOT_XML.sub("", value)))


def _cell_xml(ref: str, value: Any, style: int) -> str:
    s = f' s="{style}"' if style else ""
    if value is None or value == "":
        return f'<c r="{ref}"{s}/>' if style else ""
    if isinstance(value, str):
        return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_text(value)}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f'<c r="{ref}"{s}><v>{(value - EXCEL_EPOCH).days}</v></c>'
    if isinstance(value, Decimal):
        return f'<c r="{ref}"{s}><v>{format(value, "f")}</v></c>'
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def _sheet_xml(sheet: Sheet, styles: _Styles, drawing: bool) -> str:
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0">'
    ]
    if sheet.frozen_rows:
        top = sheet.frozen_rows + 1
        parts.append(
            f'<pane ySplit="{sheet.frozen_rows}" topLeftCell="A{top}" activePane="bottomLeft" '
            'state="frozen"/>'
            f'<selection pane="bottomLeft" activeCell="A{top}" sqref="A{top}"/>'
        )
    parts.append('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>')
    if sheet.widths:
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
            for i, w in enumerate(sheet.widths, start=1)
        )
        parts.append(f"<cols>{cols}</cols>")
    parts.append("<sheetData>")
    letters = [_column(i) for i in range(max((len(cells) for cells, _ in sheet.rows), default=0))]
    for number, (cells, height) in enumerate(sheet.rows, start=1):
        size = f' ht="{height}" customHeight="1"' if height else ""
        body = "".join(
            _cell_xml(f"{letters[i]}{number}", value, styles.of(style))
            for i, (value, style) in enumerate(cells)
        )
        parts.append(f'<row r="{number}"{size}>{body}</row>')
    parts.append(
        '</sheetData><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    )
    if drawing:
        parts.append('<drawing r:id="rId1"/>')
    parts.append("</worksheet>")
    return "".join(parts)


def _drawing_xml(pictures: list[tuple[int, bytes, int, int]]) -> str:
    anchors = []
    for n, (row, _, width, height) in enumerate(pictures, start=1):
        cx, cy = width * EMU_PER_PX, height * EMU_PER_PX
        anchors.append(
            "<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff>"
            f"<xdr:row>{row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
            f'<xdr:ext cx="{cx}" cy="{cy}"/><xdr:pic><xdr:nvPicPr>'
            f'<xdr:cNvPr id="{n + 1}" name="Picture {n}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/>'
            f'</xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId{n}"/><a:stretch><a:fillRect/>'
            f'</a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/>'
            "</xdr:oneCellAnchor>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + "".join(anchors)
        + "</xdr:wsDr>"
    )


def _rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{i}" Type="{t}" Target={quoteattr(target)}/>' for i, t, target in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'
    )


REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE = "application/vnd.openxmlformats-officedocument."
MAIN = OFFICE + "spreadsheetml."
PACKAGE = "application/vnd.openxmlformats-package."
CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"


def write_xlsx(path: Path, sheets: list[Sheet], title: str = "") -> None:
    """Writes the workbook to `path` through the atomic writer: a failure leaves the earlier file."""
    styles = _Styles()
    files: dict[str, str | bytes] = {}
    overrides = [
        ("/xl/workbook.xml", MAIN + "sheet.main+xml"),
        ("/xl/styles.xml", MAIN + "styles+xml"),
        ("/docProps/core.xml", PACKAGE + "core-properties+xml"),
        ("/docProps/app.xml", OFFICE + "extended-properties+xml"),
    ]
    images = 0
    drawings = 0
    defined = []
    for number, sheet in enumerate(sheets, start=1):
        drawing = bool(sheet.pictures)
        files[f"xl/worksheets/sheet{number}.xml"] = _sheet_xml(sheet, styles, drawing)
        overrides.append((f"/xl/worksheets/sheet{number}.xml", MAIN + "worksheet+xml"))
        if sheet.print_title_row:
            row = sheet.print_title_row
            defined.append(
                f'<definedName name="_xlnm.Print_Titles" localSheetId="{number - 1}">'
                f"{_text(_quoted_sheet(sheet.name))}!${row}:${row}</definedName>"
            )
        if drawing:
            drawings += 1
            files[f"xl/worksheets/_rels/sheet{number}.xml.rels"] = _rels(
                [("rId1", REL + "drawing", f"../drawings/drawing{drawings}.xml")]
            )
            files[f"xl/drawings/drawing{drawings}.xml"] = _drawing_xml(sheet.pictures)
            overrides.append(
                (
                    f"/xl/drawings/drawing{drawings}.xml",
                    OFFICE + "drawing+xml",
                )
            )
            links = []
            for n, (_, png, _, _) in enumerate(sheet.pictures, start=1):
                images += 1
                files[f"xl/media/image{images}.png"] = png
                links.append((f"rId{n}", REL + "image", f"../media/image{images}.png"))
            files[f"xl/drawings/_rels/drawing{drawings}.xml.rels"] = _rels(links)
    sheet_list = "".join(
        f'<sheet name={quoteattr(s.name[:31])} sheetId="{n}" r:id="rId{n}"/>'
        for n, s in enumerate(sheets, start=1)
    )
    names = f"<definedNames>{''.join(defined)}</definedNames>" if defined else ""
    files["xl/workbook.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<bookViews><workbookView/></bookViews><sheets>{sheet_list}</sheets>{names}</workbook>"
    )
    workbook_rels = [
        (f"rId{n}", REL + "worksheet", f"worksheets/sheet{n}.xml") for n in range(1, len(sheets) + 1)
    ]
    workbook_rels.append((f"rId{len(sheets) + 1}", REL + "styles", "styles.xml"))
    files["xl/_rels/workbook.xml.rels"] = _rels(workbook_rels)
    files["xl/styles.xml"] = styles.xml()
    files["_rels/.rels"] = _rels([
        ("rId1", REL + "officeDocument", "xl/workbook.xml"),
        ("rId2", CORE_PROPERTIES, "docProps/core.xml"),
        ("rId3", REL + "extended-properties", "docProps/app.xml"),
    ])  # fmt: skip
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    files["docProps/core.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        "<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{_text(title)}</dc:title><dc:creator>smmdesk</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created></cp:coreProperties>'
    )
    files["docProps/app.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>smmdesk</Application></Properties>"
    )
    types = "".join(f"<Override PartName={quoteattr(p)} ContentType={quoteattr(t)}/>" for p, t in overrides)
    files["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f"{types}</Types>"
    )
    with atomic_output(path) as temp:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=5) as archive:
            archive.writestr("[Content_Types].xml", files.pop("[Content_Types].xml"))
            for name, data in files.items():
                archive.writestr(name, data)


def _quoted_sheet(name: str) -> str:
    return "'" + name[:31].replace("'", "''") + "'"
