"""PyInstaller runtime hook: point the speech layer at the eSpeak NG shipped in the bundle."""

import os
import sys


def _use_bundled_espeak() -> None:
    root = os.path.join(getattr(sys, "_MEIPASS", ""), "espeak-ng")
    if os.path.isdir(os.path.join(root, "espeak-ng-data")):
        # Overrides any outer value on purpose: eSpeak's data files must match the library
        # that reads them, and the bundle ships both from one eSpeak NG release.
        os.environ["ESPEAK_DATA_PATH"] = root


_use_bundled_espeak()
del _use_bundled_espeak
