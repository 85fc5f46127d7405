"""Guards against known bugs of the Qt binding that would crash the app."""

import sys

from PySide6.QtGui import QFont, QTextOption


def test_void_methods_keep_none_alive(qapp: object) -> None:
    # PySide6 6.12.0 decrements None's refcount on every void call: on Python 3.11 the app
    # then aborts with "none_dealloc" after a few thousand layout calls.
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setPixelSize(30)
        QTextOption().setWrapMode(QTextOption.WrapMode.WrapAnywhere)
    assert sys.getrefcount(None) - before > -100
