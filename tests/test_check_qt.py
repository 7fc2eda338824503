"""`make run` names the system library Qt misses, in words, with the package to install."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("check_qt", ROOT / "tools" / "check_qt.py")
assert spec is not None and spec.loader is not None
check_qt = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_qt)

LDD = """\tlinux-vdso.so.1 (0x00007ffc)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""
QT_ABORT = (
    "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.\n"
    'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.\n'
    "This application failed to start because no Qt platform plugin could be initialized.\n"
)


def test_the_missing_libraries_are_named_with_their_package() -> None:
    missing = check_qt.missing_in_ldd(LDD)
    assert missing == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    text = check_qt.explain(QT_ABORT, missing)
    assert "libxcb-cursor.so.0" in text and "libxkbcommon-x11.so.0" in text
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in text


def test_a_library_python_could_not_load_is_named_too() -> None:
    stderr = "ImportError: libEGL.so.1: cannot open shared object file: No such file or directory"
    assert "sudo apt-get install libegl1" in check_qt.explain(stderr, [])


def test_no_display_is_said_in_words() -> None:
    text = check_qt.explain("qt.qpa.xcb: could not connect to display \n" + QT_ABORT, [])
    assert "cannot reach a display" in text and "DISPLAY" in text


def probe(platform: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_qt.py")],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": platform, "HOME": str(ROOT)},
        check=False,
    )


def test_the_probe_passes_where_qt_starts() -> None:
    result = probe("offscreen")
    assert result.returncode == 0 and result.stderr == "", result.stderr


def test_the_probe_says_why_when_qt_cannot_start() -> None:
    result = probe("xcb")  # no DISPLAY in this environment: Qt's xcb plugin cannot connect
    assert result.returncode == 1
    assert result.stderr.startswith("Qt cannot") and "Traceback" not in result.stderr
