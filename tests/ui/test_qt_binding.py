"""Guards against defects of the Qt binding that would crash the program in daily use."""

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_into_qt_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 drops a reference to None on every call returning nothing; on Python 3.11
    the count reaches zero after a few hours of typing and the process aborts. (On 3.12+ None
    is immortal and the count does not move at all.)"""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < 50
