"""Renders the application icon from resources/icons/smmdesk.svg into the formats the installers
need: smmdesk.ico (Windows, 16–256 px), smmdesk.icns (macOS) and smmdesk.png (Linux, 256 px).

Run it after changing the SVG: `.venv/bin/python tools/make_icons.py`.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "smmdesk.svg")).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt's painting needs an application
    big = Image.open(io.BytesIO(render(1024))).convert("RGBA")
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "smmdesk.png")
    big.save(
        ICONS / "smmdesk.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    big.save(ICONS / "smmdesk.icns")
    for name in ("smmdesk.png", "smmdesk.ico", "smmdesk.icns"):
        print(ICONS / name, (ICONS / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
