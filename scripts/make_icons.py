"""Make the application icon files of the packaged program from ``resources/icons/app.svg``.

``app.ico`` (Windows: the executables' icon, 16–256 px) and ``app.png`` (256 px, for a Linux
desktop entry) are kept in git beside the SVG; run this again after changing the SVG::

    .venv/bin/python scripts/make_icons.py

Qt renders the SVG (as the window does), Pillow writes the ICO (Pillow is in the ``test`` extra).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(svg: Path, target: Path, size: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"cannot write {target}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image

    svg, png, ico = ICONS / "app.svg", ICONS / "app.png", ICONS / "app.ico"
    render_png(svg, png, 256)
    with Image.open(png) as image:
        image.save(ico, sizes=[(size, size) for size in ICO_SIZES])
    print(f"wrote {png} and {ico}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
