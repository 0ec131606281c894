"""The letter dialog: one letter to one customer, seen as the real PDF before it is printed or saved.

The preview is the letter the service composes and renders for the chosen kind, language and
date, in a read transaction: nothing is recorded while the user looks. Printing or saving
first *produces* the letter (:func:`~workshop_desk.services.letters.produce_letter`) in one
write transaction, so the letter on paper or on disk is exactly the one recorded in the
customer's history, and then prints or writes those recorded bytes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.files import write_bytes_atomically
from workshop_desk.i18n.qt import translated
from workshop_desk.letters.render import render_letter
from workshop_desk.letters.templates import TemplateError
from workshop_desk.services.customers import get_customer
from workshop_desk.services.letters import (
    LetterRefusedError,
    ProducedLetter,
    Refusal,
    compose_letter,
    letter_language,
    letter_warnings,
    produce_letter,
)
from workshop_desk.services.shop import Shop
from workshop_desk.ui import state
from workshop_desk.ui.dialogs.forms import set_tab_order
from workshop_desk.ui.dialogs.letter_names import (
    kind_names,
    language_names,
    pdf_file_name,
    refusal_text,
    warning_text,
)
from workshop_desk.ui.printing import PdfPrintJob, PrintError, match_paper, new_printer
from workshop_desk.ui.widgets.date_edit import DateEdit
from workshop_desk.ui.widgets.pdf_preview import PdfPreview

WARNING_STYLE = "QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #e0c060; padding: 6px; }"
DONE_STYLE = "QLabel { color: #1e5e2e; }"
PREVIEW_DELAY_MS = 250
"""Wait this long after a change before laying the letter out again (typing a date changes it often)."""
FOLDER_KEY = "letters/folder"


def remembered_folder() -> Path:
    """The folder letters were last saved in, else the user's documents folder."""
    saved = state.settings().value(FOLDER_KEY, "")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def remember_folder(folder: Path) -> None:
    state.settings().setValue(FOLDER_KEY, str(folder))


class LetterDialog(QDialog):
    """Write a letter to ``customer_id``.

    Signals:
        letter_recorded(int): a letter was produced and recorded for the customer (their id).
    """

    letter_recorded = Signal(int)

    def __init__(
        self,
        database: Database,
        shop: Shop,
        today: date,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        kind: str = "reminder",
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._shop = shop
        self._today = today
        self._customer_id = customer_id
        self.refusal: Refusal | None = None
        """Why the letter chosen cannot be written (``None``: it can)."""
        self.last_produced: ProducedLetter | None = None
        with database.read() as session:
            self._customer = get_customer(session, customer_id).data
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self.setWindowTitle(self.tr("Letter to {name}").format(name=self._customer.name))
        self._build(kind)
        self._lay_out()
        self._connect()
        self._size_to_screen()
        self.refresh_preview()
        self.kind.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _build(self, kind: str) -> None:
        self.customer_title = QLabel(f"{self._customer.name}  ·  {self._customer.code}")
        self.customer_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.kind = QComboBox()
        for code, name in kind_names().items():
            self.kind.addItem(name, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.language = QComboBox()
        for code, name in language_names().items():
            self.language.addItem(name, code)
        default_language = letter_language(self._customer.language, self._shop)
        self.language.setCurrentIndex(max(0, self.language.findData(default_language)))
        self.letter_date = DateEdit(self._shop.locale)
        self.letter_date.set_day(self._today)

        self.warning = QLabel()
        self.warning.setObjectName("letter_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.preview = PdfPreview()
        self.done_label = QLabel()
        self.done_label.setObjectName("letter_done")
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet(DONE_STYLE)
        self.done_label.hide()

        self.buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.setToolTip(self.tr("Record the letter in the customer's history and print it (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(
            self.tr("Record the letter in the customer's history and save it as a PDF (Ctrl+S)")
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setDefault(True)

    def _lay_out(self) -> None:
        fields = QHBoxLayout()
        for caption, widget, stretch in (
            (self.tr("&Kind:"), self.kind, 2),
            (self.tr("&Language:"), self.language, 1),
            (self.tr("&Date:"), self.letter_date, 0),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            fields.addWidget(label)
            fields.addWidget(widget, stretch)
            fields.addSpacing(10)
        layout = QVBoxLayout(self)
        layout.addWidget(self.customer_title)
        layout.addLayout(fields)
        layout.addWidget(self.warning)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        chain = [self.kind, self.language, self.letter_date, self.preview.view, self.print_button, self.save_button]
        set_tab_order([*chain, self.close_button])

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.letter_date.dateChanged.connect(self._changed)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)

    def _size_to_screen(self) -> None:
        available = self.screen().availableGeometry()
        self.resize(min(860, int(available.width() * 0.9)), min(960, int(available.height() * 0.9)))

    # --- the preview --------------------------------------------------------------------------

    def _changed(self) -> None:
        self.done_label.hide()
        self.close_button.setDefault(False)
        self.print_button.setDefault(True)
        self._timer.start()

    def chosen(self) -> tuple[str, str, date]:
        """The kind, language and date chosen."""
        return self.kind.currentData(), self.language.currentData(), self.letter_date.day()

    def refresh_preview(self) -> None:
        """Compose and lay out the letter chosen, without recording it, and show it."""
        self._timer.stop()
        kind, language, day = self.chosen()
        try:
            with self._database.read() as session:
                content = compose_letter(session, self._customer_id, kind, day, language)
                warnings = letter_warnings(session, self._customer_id, kind, day)
        except LetterRefusedError as error:
            self._show_refusal(error.reason)
            return
        except TemplateError as error:
            self._show_text_problems(error.problems)
            return
        self._show_letter(render_letter(content), warnings)

    def _show_letter(self, pdf: bytes, warnings: tuple[str, ...]) -> None:
        self.refusal = None
        self.preview.show_pdf(pdf)
        self.warning.setText("\n".join("⚠ " + warning_text(warning) for warning in warnings))
        self.warning.setVisible(bool(warnings))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _show_refusal(self, reason: Refusal) -> None:
        self.refusal = reason
        kind_name = self.kind.currentText()
        self.preview.show_message(
            refusal_text(reason),
            heading=self.tr("A “{kind}” cannot be written for this customer.").format(kind=kind_name),
        )
        self.warning.hide()
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def _show_text_problems(self, problems: list[str]) -> None:
        """The text of this kind in this language cannot be used: say where to fix it."""
        self.refusal = None
        self.preview.show_message(
            self.tr("{problems}\n\nCorrect the text in Settings → Letter texts…").format(
                problems="\n".join(translated(problem) for problem in problems)
            ),
            heading=self.tr(
                "The text of the “{kind}” in {language} has problems: the letter cannot be written."
            ).format(kind=self.kind.currentText(), language=self.language.currentText()),
        )
        self.warning.hide()
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def warnings_shown(self) -> str:
        """The warning above the preview ('' when none)."""
        return self.warning.text() if not self.warning.isHidden() else ""

    # --- producing: printing and saving -------------------------------------------------------

    def _produce(self, path: Path | None = None) -> ProducedLetter | None:
        """Produce and record the letter chosen in one write transaction (and write it to ``path``).

        Writing the file inside the transaction means a file that cannot be written records nothing.
        Returns ``None`` (after saying why) when the account no longer calls for this letter.
        """
        kind, language, day = self.chosen()
        try:
            with self._database.write() as session:
                produced = produce_letter(session, self._customer_id, kind, day, language)
                if path is not None:
                    write_bytes_atomically(path, produced.pdf)
        except LetterRefusedError as error:  # another desk changed the account meanwhile
            self._show_refusal(error.reason)
            return None
        except TemplateError as error:  # or the letter's text
            self._show_text_problems(error.problems)
            return None
        self.last_produced = produced
        self._show_letter(produced.pdf, produced.warnings)
        self.letter_recorded.emit(self._customer_id)
        return produced

    def print_letter(self) -> None:
        """Ask for a printer, then record the letter and print it."""
        if not self.preview.data:
            return
        printer = new_printer()
        match_paper(printer, self.preview.data)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print letter"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> ProducedLetter | None:
        """Record the letter and print it on ``printer`` (opened first: if it fails, nothing is recorded)."""
        job = PdfPrintJob(printer)
        try:
            job.start()
        except PrintError:
            QMessageBox.warning(
                self,
                self.tr("Print letter"),
                self.tr("The printer could not be opened. Nothing was recorded: check the printer and try again."),
            )
            return None
        produced = None
        try:
            produced = self._produce()
            if produced is not None:
                job.add(produced.pdf)
        finally:
            job.finish()
        if produced is not None:
            self._say_done(self.tr("Printed, and recorded in the customer's letters."))
        return produced

    def save_pdf(self) -> None:
        """Ask where to save, then record the letter and write the PDF there."""
        if not self.preview.data:
            return
        kind, _language, day = self.chosen()
        suggested = remembered_folder() / pdf_file_name(self._customer.code, kind, day)
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save letter as PDF"), str(suggested), self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        remember_folder(path.parent)
        self.save_to(path)

    def save_to(self, path: Path) -> ProducedLetter | None:
        """Record the letter and write it to ``path`` (if the file cannot be written, nothing is recorded)."""
        try:
            produced = self._produce(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save letter as PDF"),
                self.tr("The letter could not be saved in {path}: {reason}. Nothing was recorded.").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return None
        if produced is not None:
            self._say_done(self.tr("Saved as {name}, and recorded in the customer's letters.").format(name=path.name))
        return produced

    def _say_done(self, text: str) -> None:
        self.done_label.setText("✓ " + text)
        self.done_label.show()
        # Enter now closes: pressing it again must not record (and print) the same letter twice.
        self.print_button.setDefault(False)
        self.close_button.setDefault(True)
