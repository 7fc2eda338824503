"""The smaller ICU data library of the Linux bundle still sorts and names things in Russian."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("icu_data", ROOT / "tools" / "icu_data.py")
assert spec is not None and spec.loader is not None
icu_data = importlib.util.module_from_spec(spec)
spec.loader.exec_module(icu_data)

CHECK = """
import functools
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
ru = QLocale("ru_RU")
collator = QCollator(ru)
print(" ".join(sorted(["ж", "ёж", "еж", "Яблоко", "арбуз"], key=functools.cmp_to_key(collator.compare))))
standard, long = QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName
print(QTimeZone(b"Europe/Moscow").displayName(standard, long, ru))
print(QStringDecoder("windows-1251").isValid(), QStringDecoder("Shift_JIS").isValid())
print(ru.toUpper("ёжик"))
print(any("{library}" in line for line in open("/proc/self/maps")))
"""


def test_keeps_russian_english_and_the_shared_tables() -> None:
    kept = ["coll/ru.res", "coll/root.res", "coll/ucadata.icu", "ru_RU.res", "en_GB.res", "zone/ru.res",
            "zoneinfo64.res", "metaZones.res", "cnvalias.icu", "ibm-5347_P100-1998.cnv",
            "res_index.res", "pool.res", "brkitr/line.brk", "supplementalData.res", "units.res"]  # fmt: skip
    dropped = ["coll/de.res", "zh_Hant.res", "zone/ja.res", "brkitr/cjdict.dict", "translit/root.res",
               "unames.icu", "gb18030.cnv", "ibm-943_P15A-2003.cnv"]  # fmt: skip
    assert [name for name in kept if not icu_data._wanted(name)] == []
    assert [name for name in dropped if icu_data._wanted(name)] == []


def _wheel_library() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux wheels carry ICU")
def test_the_smaller_library_serves_qt(tmp_path: Path) -> None:
    library = _wheel_library()
    if library is None or not all(shutil.which(tool) for tool in ("nm", "as", "ld")):
        pytest.skip("needs PySide6's ICU and binutils")
    built = icu_data.build(library, tmp_path / library.name)
    assert built.stat().st_size < library.stat().st_size / 4

    env = dict(os.environ, LD_PRELOAD=str(built), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHECK.format(library=built)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    order, zone, converters, upper, loaded = done.stdout.splitlines()
    assert order == "арбуз еж ёж ж Яблоко"
    assert zone == "Москва, стандартное время"
    assert converters == "True False"  # Cyrillic code pages kept, Japanese left out
    assert upper == "ЁЖИК"
    assert loaded == "True"
