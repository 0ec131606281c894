"""A key figure at a glance: a caption, the figure in large type, and a line or two saying more."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


class FigureTile(QFrame):
    """A framed tile; :meth:`show_figure` sets the figure and its detail (tooltip: how it is worked out)."""

    def __init__(self, caption: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure_tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#figure_tile { background: palette(base); border: 1px solid #c8c8c8; border-radius: 4px; }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # a row of tiles, one height
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #5f5f5f;")
        self.caption.setWordWrap(True)
        self.value = QLabel("…")
        self.value.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch()
        if tooltip:
            self.setToolTip(tooltip)

    def show_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def show_pending(self) -> None:
        """The figure is being worked out (the old one, if any, stays until the new one comes)."""
        if not self.value.text() or self.value.text() == "…":
            self.show_figure("…")
