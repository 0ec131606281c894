"""A recorded letter, shown again as it was sent, to print or save once more.

The dialog shows the stored PDF (:func:`~workshop_desk.services.letters.stored_letter`) and
prints or saves those same bytes: a reprint is identical to the original and records nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.files import write_bytes_atomically
from workshop_desk.ui.dialogs.letter_dialog import remember_folder, remembered_folder
from workshop_desk.ui.printing import PrintError, match_paper, new_printer, print_pdfs
from workshop_desk.ui.widgets.pdf_preview import PdfPreview


class StoredLetterDialog(QDialog):
    """Show ``pdf`` (a recorded letter) under ``title``; print it or save it as ``file_name``."""

    def __init__(self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self._file_name = file_name
        self.setWindowTitle(title)
        self.heading = QLabel(title)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.note = QLabel(
            self.tr("The letter exactly as it was sent. Printing or saving it again records nothing new.")
        )
        self.note.setWordWrap(True)
        self.preview = PdfPreview()
        self.preview.show_pdf(pdf)
        self.buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        available = self.screen().availableGeometry()
        self.resize(min(820, int(available.width() * 0.9)), min(940, int(available.height() * 0.9)))

    def print_letter(self) -> None:
        printer = new_printer()
        match_paper(printer, self.pdf)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print letter"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the stored letter on ``printer``; returns the pages printed (0 if it could not)."""
        try:
            return print_pdfs(printer, [self.pdf])
        except PrintError:
            QMessageBox.warning(
                self, self.tr("Print letter"), self.tr("The printer could not be opened: check it and try again.")
            )
            return 0

    def save_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save letter as PDF"),
            str(remembered_folder() / self._file_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if name:
            path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
            remember_folder(path.parent)
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the stored letter to ``path``; returns whether it was written."""
        try:
            write_bytes_atomically(path, self.pdf)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save letter as PDF"),
                self.tr("The letter could not be saved in {path}: {reason}.").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return False
        return True
