"""A PDF shown page after page and fitted to the width, or a message in its place.

The letter dialogs show the real PDF (what will be printed, byte for byte) with QtPdf's
:class:`QPdfView`, which renders the visible pages in the background and paints them on white.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from workshop_desk.ui.printing import load_pdf

MESSAGE_STYLE = "QLabel { background: #f3f4f6; color: #202124; padding: 24px; font-size: 11pt; }"


class PdfPreview(QStackedWidget):
    """Shows a PDF from memory (:meth:`show_pdf`) or a sentence instead (:meth:`show_message`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._data = b""
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        # Fitted to the width, a page just as tall as the view makes the scroll bar come and go for
        # ever (each toggles the width, hence the height): the event loop spins at 100 % CPU.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.message = QLabel()
        self.message.setObjectName("preview_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.addWidget(self.view)
        self.addWidget(self.message)
        self.setMinimumSize(360, 420)

    def show_pdf(self, data: bytes) -> None:
        """Show the PDF ``data`` from its first page."""
        # A new document each time: reloading the document the view shows while its renderer thread
        # is still painting the previous one leaves the page blank (seen with Qt 6.11).
        old = self.document
        self.document = load_pdf(data, self)
        self.view.setDocument(self.document)
        old.close()
        old.deleteLater()
        self._data = data
        self.view.verticalScrollBar().setValue(0)
        self.setCurrentWidget(self.view)

    def show_message(self, text: str, heading: str = "") -> None:
        """Show ``text`` (under a bold ``heading``) where the pages were; the last PDF is forgotten."""
        self.document.close()
        self._data = b""
        paragraphs = [f"<p>{html.escape(line, quote=False)}</p>" for line in text.split("\n\n") if line]
        if heading:
            title = html.escape(heading, quote=False)
            paragraphs.insert(0, f"<p style='font-size: 13pt; font-weight: 600;'>⚠ {title}</p>")
        self.message.setText("".join(paragraphs).replace("\n", "<br>"))
        self.setCurrentWidget(self.message)

    @property
    def data(self) -> bytes:
        """The PDF shown (empty while a message is shown)."""
        return self._data

    def page_count(self) -> int:
        """How many pages the PDF shown has (0 while a message is shown)."""
        return self.document.pageCount() if self._data else 0

    def showing_message(self) -> bool:
        return self.currentWidget() is self.message
