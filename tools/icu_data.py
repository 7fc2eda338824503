"""A smaller ICU data library for the Linux bundle (used by build.spec).

PySide6's Linux wheels carry ICU 73 with the data of every locale and every legacy character set:
32 MB, a sixth of the bundle. Qt calls ICU for collation, time-zone names, case mapping and
character-set converters (the symbols libQt6Core imports); the program speaks Russian and English.
The library built here keeps the data of the root, Russian and English locales and everything
that is not per-locale (collation and normalization tables, time zones, locale metadata, converter
aliases, the converters for Cyrillic and Western code pages), and leaves out the other locales,
the other converters, the word dictionaries of CJK and South-East Asian scripts, transliteration
and character names. Windows and macOS wheels use the system's ICU: nothing to do there.

The data is ICU's "common data" package (a header, a table of contents sorted by name, 16-byte
aligned items) behind one symbol, `icudtNN_dat`; the new package goes behind the same symbol in
a library of the same soname, assembled with binutils' `as` and `ld`.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

KEPT_LOCALES = ("root", "ru", "en")
# The code pages a Russian planner meets: Windows-1251/1252, KOI8-R/U, DOS 866, ISO 8859-5.
KEPT_CONVERTERS = re.compile(r"^(ibm-5347|ibm-5348|ibm-878|ibm-1168|ibm-866|ibm-915)_")
DROPPED = re.compile(r"^(translit/|unames\.icu$|brkitr/.*\.dict$)")
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")


def _package(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and the common-data package it points at."""
    listing = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", listing, re.M)
    if found is None:
        raise ValueError(f"{library}: no ICU data symbol")
    address, size = int(found[1], 16), int(found[2], 16)
    elf = library.read_bytes()
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    entsize, count = struct.unpack_from("<HH", elf, 0x3A)
    for i in range(count):
        at = shoff + i * entsize
        sh_addr, sh_offset, sh_size = struct.unpack_from("<QQQ", elf, at + 0x10)
        no_bits = struct.unpack_from("<I", elf, at + 4)[0] == 8  # SHT_NOBITS: not in the file
        if sh_addr <= address < sh_addr + sh_size and not no_bits:
            offset = address - sh_addr + sh_offset
            return found[3], elf[offset : offset + size]
    raise ValueError(f"{library}: the ICU data symbol is in no section")


def _wanted(name: str) -> bool:
    """Whether an item (a path such as `coll/ru.res`, without the package prefix) is kept."""
    if DROPPED.match(name):
        return False
    file = name.rpartition("/")[2]
    stem, _, extension = file.rpartition(".")
    if extension == "cnv":
        return bool(KEPT_CONVERTERS.match(file))
    if extension != "res" or stem in ("pool", "res_index") or not LOCALE.match(stem):
        return True
    return stem.split("_")[0] in KEPT_LOCALES


def trimmed(package: bytes) -> bytes:
    """The common-data package with only the wanted items, in the same (sorted) order."""
    (header_size,) = struct.unpack_from("<H", package, 0)
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", package, header_size)
    toc = header_size
    entries = [struct.unpack_from("<II", package, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(package) - toc
        name = package[toc + name_at : package.index(b"\0", toc + name_at)].decode("ascii")
        if _wanted(name.partition("/")[2]):
            items.append((name.encode("ascii") + b"\0", package[toc + data_at : toc + end]))
    names_at = 4 + 8 * len(items)
    names = b"".join(name for name, _ in items)
    data_at = (names_at + len(names) + 15) // 16 * 16
    table, body, name_offset = [], bytearray(), names_at
    for name, data in items:
        table.append(struct.pack("<II", name_offset, data_at + len(body)))
        name_offset += len(name)
        body += data + b"\0" * (-len(data) % 16)
    head = struct.pack("<I", len(items)) + b"".join(table) + names
    return package[:header_size] + head + b"\0" * (data_at - len(head)) + bytes(body)


def build(library: Path, out: Path) -> Path:
    """Writes the smaller library (same soname, same symbol) to `out` and returns it."""
    symbol, package = _package(library)
    package = trimmed(package)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "data.bin").write_bytes(package)
        (work / "data.s").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{work / "data.bin"}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", str(work / "data.o"), str(work / "data.s")], check=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["ld", "-shared", "-soname", library.name, "-o", str(out), str(work / "data.o")], check=True
        )
    return out
