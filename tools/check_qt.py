"""Before `make run`: can Qt open a window on this desktop? If not, say in words which system
library is missing and which Debian/Ubuntu package brings it.

Qt aborts the process when its platform plugin cannot load ("could not load the Qt platform plugin
xcb"), naming nothing useful; this probe starts Qt in a child process, and on failure reads the
plugin's dependencies with `ldd`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

PROBE = "from PySide6.QtWidgets import QApplication; QApplication([]); print('ok')"
# The libraries Qt's xcb platform (and Qt itself) loads that a fresh desktop may lack, by package.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
CANNOT_OPEN = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


def missing_in_ldd(output: str) -> list[str]:
    """The libraries `ldd` could not find."""
    return sorted(set(NOT_FOUND.findall(output)))


def explain(stderr: str, missing: list[str]) -> str:
    """What to tell the planner (or the developer) when Qt would not start."""
    missing = sorted(set(missing) | set(CANNOT_OPEN.findall(stderr)))
    if missing:
        packages = sorted({PACKAGES.get(name, "") for name in missing} - {""})
        text = "Qt cannot open a window: the system library {names} is missing.".format(
            names=", ".join(missing)
        )
        if packages:
            text += "\nInstall it with:  sudo apt-get install " + " ".join(packages)
        return text
    if "could not connect to display" in stderr or "no Qt platform plugin could be initialized" in stderr:
        return (
            "Qt cannot reach a display: run `make run` from a desktop session (DISPLAY or WAYLAND_DISPLAY "
            "must be set), or try QT_QPA_PLATFORM=wayland."
        )
    tail = "\n".join(stderr.strip().splitlines()[-5:])
    return "Qt cannot open a window. What it said:\n" + tail


def plugin_libraries() -> list[Path]:
    """Qt's xcb platform plugin and the library behind it, inside the installed PySide6."""
    try:
        import PySide6
    except ImportError:
        return []
    root = Path(PySide6.__file__).parent / "Qt"
    return [
        p
        for p in (root / "plugins" / "platforms" / "libqxcb.so", *root.glob("lib/libQt6XcbQpa.so*"))
        if p.exists()
    ]


def missing_libraries() -> list[str]:
    if shutil.which("ldd") is None:
        return []
    found: set[str] = set()
    for library in plugin_libraries():
        output = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=False).stdout
        found.update(missing_in_ldd(output))
    return sorted(found)


def main() -> int:
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    if probe.returncode == 0:
        return 0
    print(
        explain(probe.stderr, missing_libraries() if sys.platform.startswith("linux") else []),
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
