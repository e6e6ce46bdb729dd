"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a void Qt method, and the
interpreter aborts ("none_dealloc") after a few thousand calls. pyproject.toml pins PySide6 below 6.12
for Python < 3.12; this test catches the bug if that pin is ever loosened."""

import sys

from PySide6.QtCore import QTimer


def test_void_qt_calls_do_not_eat_references_to_none():
    timer = QTimer()
    before = sys.getrefcount(None)
    for i in range(100_000):
        timer.setInterval(i % 1000)
    after = sys.getrefcount(None)
    # Other code may create a few references meanwhile; the bug removes one per call (100,000 here).
    assert after >= before - 100, f"refcount of None fell by {before - after}"
