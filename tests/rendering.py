"""Files as their readers see them: LibreOffice opens each one in a Russian locale, recalculating
every formula on load, and renders it to PDF or saves its cells as shown; poppler reads the PDF's
text back. Tests fail on what a client would see: `###`, a cut label, a raw code, a wrong currency.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None, reason="LibreOffice or poppler is not installed"
)

# A Russian reader's LibreOffice that recalculates every formula when a file opens (its default for
# XLSX is to trust the stored values, which would hide a formula that disagrees with them).
PROFILE_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">
<value>ru-RU</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse">
<value>ru-RU</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""


def _profile(work: Path) -> list[str]:
    user = work / "lo-profile" / "user"
    if not (user / "registrymodifications.xcu").exists():
        user.mkdir(parents=True, exist_ok=True)
        (user / "registrymodifications.xcu").write_text(PROFILE_XCU, "utf-8")
    return [f"-env:UserInstallation=file://{work / 'lo-profile'}"]


def convert(paths: Iterable[Path], target: str, out: Path, work: Path) -> None:
    """One LibreOffice run converting every file (a start costs seconds, a file a fraction)."""
    assert SOFFICE is not None
    out.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(work), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    command = [SOFFICE, "--headless", *_profile(work), "--convert-to", target, "--outdir", str(out)]
    subprocess.run([*command, *map(str, paths)], check=True, capture_output=True, timeout=300, env=env)


def rendered(paths: Iterable[Path], work: Path) -> dict[Path, Path]:
    """Each file printed to PDF by LibreOffice, as a client's office suite would print it."""
    files = list(paths)
    out = work / "rendered"
    convert(files, "pdf", out, work)
    return {p: out / (p.stem + ".pdf") for p in files}


def shown_cells(path: Path, work: Path, sheet: int = 1) -> list[list[str]]:
    """The cells of one sheet (1-based) as LibreOffice shows them after recalculating: formatted."""
    out = work / f"shown-{sheet}"
    # separator, quote, UTF-8, first line, formats, Russian, quoted as text, detect numbers,
    # save as shown, formulas not exported, spaces kept, the sheet
    options = f"44,34,76,1,,1049,false,true,true,false,false,{sheet}"
    convert([path], f"csv:Text - txt - csv (StarCalc):{options}", out, work)
    produced = sorted(out.glob(path.stem + "*.csv"))
    assert produced, f"LibreOffice saved no sheet {sheet} of {path.name}"
    return list(csv.reader(produced[0].read_text("utf-8").splitlines()))


def raw_cells(path: Path, work: Path, sheet: int = 1) -> list[list[str]]:
    """The cells as recalculated values, not formatted ("save cell contents as shown" off)."""
    out = work / f"raw-{sheet}"
    options = f"44,34,76,1,,1033,false,true,false,false,false,{sheet}"
    convert([path], f"csv:Text - txt - csv (StarCalc):{options}", out, work)
    produced = sorted(out.glob(path.stem + "*.csv"))
    return list(csv.reader(produced[0].read_text("utf-8").splitlines()))


def pdf_text(pdf: Path) -> str:
    assert PDFTOTEXT is not None
    done = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return done.stdout.replace("\u00a0", " ").replace("\u202f", " ")


def pdf_pages(pdf: Path) -> list[str]:
    return pdf_text(pdf).split("\f")


RAW_CODES = re.compile(r"(?<![\w@./-])(vk|instagram|telegram|youtube|tiktok|dzen|rutube|ok)(?![\w.-])")


def render_problems(text: str, *, currency_symbol: str = "₽") -> list[str]:
    """What a client should never see on a rendered page."""
    found = []
    if "###" in text:
        line = next(line for line in text.splitlines() if "###" in line)
        found.append(f"### in: {line.strip()}")
    raw = RAW_CODES.search(text)
    if raw:
        found.append(f"a raw platform code: {raw.group(0)}")
    if currency_symbol != "₽" and "₽" in text:
        found.append("₽ in a file in another currency")
    if currency_symbol not in text:
        found.append(f"no {currency_symbol} anywhere")
    for marker in ("#VALUE!", "#DIV/0!", "#NAME?", "Err:", "#REF!"):
        if marker in text:
            found.append(f"{marker} shown")
    return found


def words_whole(text: str, labels: Iterable[str]) -> list[str]:
    """The labels whose words do not all appear whole in the text: a cut label loses a word's end
    (LibreOffice clips a text at its cell's border), a word broken across lines loses its middle."""
    missing = []
    for label in labels:
        for word in re.findall(r"[\wА-Яа-яЁё%№₽$€]+", label):
            if not re.search(rf"(?<![\wА-Яа-яЁё]){re.escape(word)}(?![\wА-Яа-яЁё])", text):
                missing.append(f"{word!r} of {label!r}")
    return missing


def words_inked(pdf: Path, page: int, word: str) -> list[float]:
    """For each `word` on `page` (1-based), the share of its box drawn dark on the printed page:
    a word LibreOffice clipped at a cell's or a column's edge is in the PDF's text but not in ink."""
    assert PDFTOTEXT is not None
    from PIL import Image

    boxes = subprocess.run(
        [PDFTOTEXT, "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    number = r'"([\d.]+)"'
    found = re.findall(rf"xMin={number} yMin={number} xMax={number} yMax={number}>{re.escape(word)}<", boxes)
    dpi, shares = 100, []
    for index, box in enumerate(found):
        x0, y0, x1, y1 = (round(float(v) * dpi / 72) for v in box)
        stem = pdf.parent / f"{pdf.stem}-ink-{page}-{index}"
        area = ["-x", str(x0), "-y", str(y0), "-W", str(max(x1 - x0, 1)), "-H", str(max(y1 - y0, 1))]
        command = ["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-gray", "-png", *area]
        subprocess.run([*command, str(pdf), str(stem)], check=True, capture_output=True)
        with Image.open(next(pdf.parent.glob(f"{stem.name}*.png"))) as picture:
            levels = picture.convert("L").histogram()  # how many pixels of each grey, black first
        shares.append(sum(levels[:128]) / sum(levels))
    return shares


def keep_copy(path: Path, folder: Path) -> None:
    """Leaves a copy for a person to look at (tests pass SMMDESK_KEEP_RENDERINGS=folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, folder / path.name)
