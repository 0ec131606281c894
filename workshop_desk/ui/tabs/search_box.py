"""The search field every tab has: filters as you type, Esc clears it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    """Emits ``search_changed(text)`` as the user types, after ``delay_ms`` of quiet (0: at once)."""

    search_changed = Signal(str)

    def __init__(self, placeholder: str, delay_ms: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.text()))
        if delay_ms:
            self.textChanged.connect(lambda _text: self._timer.start())
        else:
            self.textChanged.connect(self.search_changed.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)

    def flush(self) -> None:
        """Emit a pending search now (tests, and Enter)."""
        if self._timer.isActive():
            self._timer.stop()
            self.search_changed.emit(self.text())
