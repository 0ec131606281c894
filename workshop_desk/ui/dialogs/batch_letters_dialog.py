"""The batch letters dialog: one kind of letter for every customer selected in the overdue list.

The user chooses the kind, the language (each customer's own, or one for all), the date and
where the letters go: PDF files in one folder, or one print job. The letters are produced in the
background (:class:`~workshop_desk.ui.letter_batch.LetterBatch`), each recorded in a transaction
of its own, with a progress window that can cancel; the window never freezes. At the end the
dialog says what was done and lists the accounts skipped, with the reason.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.i18n.qt import translated
from workshop_desk.letters.templates import TemplateError
from workshop_desk.services.customers import get_customer
from workshop_desk.services.letters import Refusal
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.forms import left_aligned, set_tab_order
from workshop_desk.ui.dialogs.letter_dialog import remember_folder, remembered_folder
from workshop_desk.ui.dialogs.letter_names import kind_names, language_names, refusal_text
from workshop_desk.ui.letter_batch import BatchCustomer, BatchOutcome, BatchRequest, LetterBatch
from workshop_desk.ui.printing import new_printer
from workshop_desk.ui.widgets.date_edit import DateEdit
from workshop_desk.ui.widgets.form import ERROR_STYLE

SUMMARY_STYLE = "QLabel { background: #eef6ee; border: 1px solid #9cc79c; padding: 6px; }"


class BatchLettersDialog(QDialog):
    """Letters of one kind for ``customer_ids``.

    Signals:
        letters_recorded(list): the ids of the customers who got a letter (after each batch).
    """

    letters_recorded = Signal(list)

    def __init__(
        self, database: Database, shop: Shop, today: date, customer_ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._shop = shop
        self.batch: LetterBatch | None = None
        self.progress: QProgressDialog | None = None
        self.outcome: BatchOutcome | None = None
        with database.read() as session:
            records = [(customer_id, get_customer(session, customer_id).data) for customer_id in customer_ids]
        self.customers = tuple(BatchCustomer(customer_id, data.code, data.name) for customer_id, data in records)

        self.setWindowTitle(self.tr("Letters for the selected customers"))
        self._build(today)
        self._lay_out()
        self._connect()
        self._output_changed()
        self._language_rule_changed()
        self.resize(620, 640)
        self.kind.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _build(self, today: date) -> None:
        self.heading = QLabel(self.tr("Letters for the selected customers ({count})").format(count=len(self.customers)))
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.customer_list = QListWidget()
        self.customer_list.addItems([f"{customer.code}  {customer.name}" for customer in self.customers])
        self.customer_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.customer_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.customer_list.setMaximumHeight(self.fontMetrics().height() * 6)

        self.kind = QComboBox()
        for code, name in kind_names().items():
            self.kind.addItem(name, code)
        self.kind.setCurrentIndex(self.kind.findData("reminder"))
        self.own_language = QRadioButton(self.tr("Each customer's &own language"))
        self.one_language = QRadioButton(self.tr("One language &for all:"))
        self.own_language.setChecked(True)
        self.language = QComboBox()
        for code, name in language_names().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._shop.language)))
        self.language_rule = QButtonGroup(self)
        self.language_rule.addButton(self.own_language)
        self.language_rule.addButton(self.one_language)
        self.letter_date = DateEdit(self._shop.locale)
        self.letter_date.set_day(today)

        self.to_folder = QRadioButton(self.tr("Save as PDF files in one f&older:"))
        self.to_printer = QRadioButton(self.tr("&Print them as one print job"))
        self.to_folder.setChecked(True)
        self.output = QButtonGroup(self)
        self.output.addButton(self.to_folder)
        self.output.addButton(self.to_printer)
        self.folder = QLineEdit(str(remembered_folder()))
        self.choose_folder_button = QPushButton(self.tr("&Choose…"))
        self.choose_folder_button.setAutoDefault(False)

        self.summary = QLabel()
        self.summary.setObjectName("batch_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(SUMMARY_STYLE)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()
        self.skipped_list = QListWidget()
        self.skipped_list.setObjectName("batch_skipped")
        self.skipped_list.setWordWrap(True)
        self.skipped_list.setMaximumHeight(self.fontMetrics().height() * 8)
        self.skipped_list.hide()
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, left_aligned(self.kind))
        languages = QWidget()
        language_rows = QVBoxLayout(languages)
        language_rows.setContentsMargins(0, 0, 0, 0)
        language_rows.addWidget(self.own_language)
        one_row = QHBoxLayout()
        one_row.addWidget(self.one_language)
        one_row.addWidget(self.language)
        one_row.addStretch()
        language_rows.addLayout(one_row)
        form.addRow(self.tr("Language:"), languages)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.letter_date)
        form.addRow(date_label, left_aligned(self.letter_date))

        output_box = QGroupBox(self.tr("Where the letters go"))
        output_layout = QVBoxLayout(output_box)
        output_layout.addWidget(self.to_folder)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(24, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder_button)
        output_layout.addLayout(folder_row)
        output_layout.addWidget(self.to_printer)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.customer_list)
        layout.addLayout(form)
        layout.addWidget(output_box)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped_list)
        layout.addStretch()
        layout.addWidget(self.buttons)
        set_tab_order(
            [
                self.kind, self.own_language, self.one_language, self.language, self.letter_date, self.to_folder,
                self.folder, self.choose_folder_button, self.to_printer, self.start_button, self.close_button,
            ]
        )  # fmt: skip

    def _connect(self) -> None:
        self.output.buttonToggled.connect(lambda *_: self._output_changed())
        self.language_rule.buttonToggled.connect(lambda *_: self._language_rule_changed())
        self.choose_folder_button.clicked.connect(self.choose_folder)
        self.start_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

    def _output_changed(self) -> None:
        to_folder = self.to_folder.isChecked()
        self.folder.setEnabled(to_folder)
        self.choose_folder_button.setEnabled(to_folder)

    def _language_rule_changed(self) -> None:
        self.language.setEnabled(self.one_language.isChecked())

    # --- starting -----------------------------------------------------------------------------

    def choose_folder(self) -> Path | None:
        """Ask for the folder the letters go into; returns it (``None``: the user cancelled)."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"), self.folder.text())
        if not chosen:
            return None
        self.folder.setText(chosen)
        return Path(chosen)

    def start(self) -> None:
        """Ask where the letters go if needed (folder or printer), then run the batch."""
        self.message.hide()
        if self.to_printer.isChecked():
            printer = new_printer()
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print letters"))
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.run_batch(printer=printer)
            return
        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
        if folder is None or not folder.is_dir():
            folder = self.choose_folder()
        if folder is not None:
            remember_folder(folder)
            self.run_batch(folder=folder)

    def run_batch(self, *, folder: Path | None = None, printer: QPrinter | None = None) -> LetterBatch:
        """Produce the letters into ``folder`` or onto ``printer`` in the background."""
        request = BatchRequest(
            customers=self.customers,
            kind=self.kind.currentData(),
            language=self.language.currentData() if self.one_language.isChecked() else None,
            letter_date=self.letter_date.day(),
            folder=folder,
            printer=printer,
        )
        self.outcome = None
        self.summary.hide()
        self.skipped_list.hide()
        self._set_running(True)
        self.batch = LetterBatch(self._database, request)
        self.batch.progressed.connect(self._progressed)
        self.batch.finished.connect(self._finished)
        self.batch.failed.connect(self._failed)
        self.progress = QProgressDialog(
            self.tr("Writing the letters…"), self.tr("Cancel"), 0, len(self.customers), self
        )
        self.progress.setWindowTitle(self.tr("Letters"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.batch.cancel)
        self.progress.setValue(0)
        self.batch.start()
        return self.batch

    def running(self) -> bool:
        return self.batch is not None and self.outcome is None

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.kind, self.own_language, self.one_language, self.letter_date, self.to_folder, self.to_printer,
            self.start_button, self.close_button,
        ):  # fmt: skip
            widget.setEnabled(not running)
        if running:
            self.language.setEnabled(False)
            self.folder.setEnabled(False)
            self.choose_folder_button.setEnabled(False)
        else:
            self._output_changed()
            self._language_rule_changed()

    # --- progress and outcome -----------------------------------------------------------------

    def _progressed(self, done: int, customer: str) -> None:
        progress = self.progress
        if progress is None or progress.wasCanceled():
            return
        progress.setLabelText(
            self.tr("Letter {done} of {total} done: {customer}").format(
                done=done, total=len(self.customers), customer=customer
            )
        )
        progress.setValue(done)  # last: a modal progress window handles pending events here (the end, too)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, outcome: BatchOutcome) -> None:
        self.outcome = outcome
        self._close_progress()
        self._set_running(False)
        self._show_outcome(outcome)
        # Enter now closes: a second press must not write the same letters again.
        self.start_button.setDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        if outcome.written:
            self.letters_recorded.emit([customer.id for customer, _name in outcome.written])

    def _failed(self, error: BaseException) -> None:
        self.outcome = BatchOutcome(total=len(self.customers), stopped_by=str(error))
        self._close_progress()
        self._set_running(False)
        raise error  # the excepthook logs it and tells the user once

    def _show_outcome(self, outcome: BatchOutcome) -> None:
        request = self.batch.request if self.batch is not None else None
        lines = []
        if request is not None and request.printer is not None:
            lines.append(
                self.tr("Letters printed as one print job: {count} (%n page(s)).", "", outcome.pages).format(
                    count=len(outcome.written)
                )
            )
        else:
            folder = request.folder if request is not None else ""
            lines.append(
                self.tr("Letters written: {count}, into {folder}").format(count=len(outcome.written), folder=folder)
            )
        if outcome.skipped:
            lines.append(self.tr("Skipped: {count} (below, with the reason).").format(count=len(outcome.skipped)))
        if outcome.stopped_by:
            lines.append(
                self.tr("Stopped: {reason}. Not done: {count}.").format(
                    reason=outcome.stopped_by, count=outcome.not_done
                )
            )
        elif outcome.cancelled:
            lines.append(self.tr("Cancelled. Not done: {count}.").format(count=outcome.not_done))
        self.summary.setText("\n".join(lines))
        self.summary.show()
        self.skipped_list.clear()
        for customer, reason in outcome.skipped:
            self.skipped_list.addItem(f"{customer.code}  {customer.name} — {self._reason(reason)}")
        self.skipped_list.setVisible(bool(outcome.skipped))

    def _reason(self, reason: Refusal | TemplateError) -> str:
        if isinstance(reason, TemplateError):
            return self.tr(
                "the text of this letter has problems ({problems}): correct it in Settings → Letter texts…"
            ).format(problems="; ".join(translated(problem) for problem in reason.problems))
        return refusal_text(reason)

    def summary_text(self) -> str:
        """The summary shown after the last batch, with the skipped accounts ('' before any)."""
        if self.summary.isHidden():
            return ""
        skipped = [self.skipped_list.item(row).text() for row in range(self.skipped_list.count())]
        return "\n".join([self.summary.text(), *skipped])

    # --- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.running():
            if self.batch is not None:
                self.batch.cancel()  # stop first: the summary then says what was done
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running():
            if self.batch is not None:
                self.batch.cancel()
            event.ignore()
            return
        super().closeEvent(event)
