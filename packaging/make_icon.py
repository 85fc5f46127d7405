"""Render packaging/icon.svg into assets/: icon.svg (a copy), icon.png (256 px) and icon.ico.

Run it after editing the SVG: `.venv/bin/python packaging/make_icon.py`. The results are
committed, so a build needs no SVG tooling.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "packaging" / "icon.svg"


def main() -> int:
    """Write the three icon files; exit 1 if Qt cannot render or write one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - painting text-free SVGs still needs one
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not a valid SVG", file=sys.stderr)
        return 1
    assets = ROOT / "assets"
    assets.mkdir(exist_ok=True)
    shutil.copyfile(SOURCE, assets / "icon.svg")
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    for name in ("icon.png", "icon.ico"):
        if not image.save(str(assets / name)):
            print(f"cannot write {assets / name}", file=sys.stderr)
            return 1
        print(assets / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
