"""The hand-over dialog: the checks before an account goes to a lawyer or collector, its case file, the step.

It shows the readiness checks (:func:`~workshop_desk.services.case_file.readiness`), saves the case
file (one PDF, the letters appended) in the background while the dialog stays usable, and hands
the account over: the ladder's hand-over step is logged as done, which marks the customer and
takes the account off the ladder. A failed check does not forbid it — the owner may know better —
but asks first, naming what failed.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.files import write_bytes_atomically
from workshop_desk.services.case_file import Readiness, case_file_pdf, hand_over, hand_over_summary, readiness
from workshop_desk.services.letters import letter_language
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.forms import set_tab_order
from workshop_desk.ui.dialogs.letter_dialog import DONE_STYLE, WARNING_STYLE, remember_folder, remembered_folder
from workshop_desk.ui.dialogs.letter_names import pdf_file_name
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.messages import current_user
from workshop_desk.ui.widgets.readiness_list import ReadinessList, check_text
from workshop_desk.ui.workers import run_in_background


class HandOverDialog(QDialog):
    """Hand ``customer_id`` over to a lawyer or collector, on ``today``.

    Signals:
        handed_over(int): the account was handed over (the customer's id).
        case_file_saved(str): the case file was written (its path).
        case_file_failed(str): the case file could not be written (the reason).
    """

    handed_over = Signal(int)
    case_file_saved = Signal(str)
    case_file_failed = Signal(str)

    def __init__(self, database: Database, shop: Shop, today: date, customer_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._database = database
        self._shop = shop
        self._today = today
        self._customer_id = customer_id
        self._formats = Formats.of(shop)
        self.language = letter_language("", shop)
        """The case file's language: the shop's (the lawyer works in the shop's country)."""
        with database.read() as session:
            self.summary = hand_over_summary(session, customer_id, today)
            self.readiness: Readiness = readiness(session, customer_id, today)

        self.setWindowTitle(self.tr("Hand over {name}").format(name=self.summary.name))
        self._build()
        self._lay_out()
        self._connect()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        summary, formats = self.summary, self._formats
        self.customer_title = QLabel(f"{summary.name}  ·  {summary.code}")
        self.customer_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.amounts = QLabel(
            self.tr("Overdue {overdue}  ·  open balance {open}").format(
                overdue=formats.money(summary.overdue), open=formats.money(summary.open_balance)
            )
        )
        self.already = QLabel()
        self.already.setObjectName("already_handed_over")
        self.already.setWordWrap(True)
        self.already.setStyleSheet(WARNING_STYLE)
        if summary.handed_over_on is not None:
            self.already.setText(
                self.tr("⚠ This account was handed over on {day}. Handing it over again logs a new entry.").format(
                    day=formats.day(summary.handed_over_on)
                )
            )
        self.already.setVisible(summary.handed_over_on is not None)
        self.checks = ReadinessList()
        self.checks.show_readiness(self.readiness, formats)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("To whom, and their reference (optional)"))
        self.note.setMaxLength(500)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: it just moves
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(self.fontMetrics().height())
        self.busy_label = QLabel(self.tr("Preparing the case file…"))
        self.done_label = QLabel()
        self.done_label.setObjectName("case_file_done")
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet(DONE_STYLE)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save case file…"))
        self.save_button.setToolTip(
            self.tr("One PDF for the lawyer or collector: the account, the interest, the contact log and every letter")
        )
        self.save_button.setAutoDefault(False)
        self.hand_over_button = QPushButton(self.tr("&Hand over"))
        self.hand_over_button.setToolTip(
            self.tr("Log the hand-over: the account leaves the collection ladder and is marked as handed over")
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.hand_over_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.hand_over_button.setDefault(True)

    def _lay_out(self) -> None:
        checks_box = QGroupBox(self.tr("Before handing over"))
        checks_layout = QVBoxLayout(checks_box)
        checks_layout.addWidget(self.checks)
        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy, 1)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy_row)
        self.busy_row.hide()
        self.done_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.customer_title)
        layout.addWidget(self.amounts)
        layout.addWidget(self.already)
        layout.addWidget(checks_box)
        layout.addLayout(note_row)
        layout.addStretch()
        layout.addWidget(self.busy_row)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        set_tab_order([self.note, self.save_button, self.hand_over_button, self.close_button])

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save_case_file)
        self.hand_over_button.clicked.connect(self.confirm_and_hand_over)
        self.buttons.rejected.connect(self.reject)

    # --- the case file ------------------------------------------------------------------------

    def suggested_file_name(self) -> str:
        return pdf_file_name(self.summary.code, self.tr("case file"), self._today)

    def save_case_file(self) -> None:
        """Ask where, then write the case file there in the background."""
        suggested = remembered_folder() / self.suggested_file_name()
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save case file"), str(suggested), self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        remember_folder(path.parent)
        self.save_case_file_to(path)

    def save_case_file_to(self, path: Path) -> None:
        """Write the case file to ``path`` in the background; the dialog says when it is done."""
        database, customer_id, as_of, language = self._database, self._customer_id, self._today, self.language

        def work() -> Path:
            with database.read() as session:
                pdf = case_file_pdf(session, customer_id, as_of, language)
            write_bytes_atomically(path, pdf)
            return path

        self._set_busy(True)
        run_in_background(work, self._case_file_written, self._case_file_not_written, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self.save_button.setEnabled(not busy)
        if busy:
            self.done_label.hide()

    def _case_file_written(self, path: Path) -> None:
        self._set_busy(False)
        self.done_label.setText("✓ " + self.tr("Case file saved as {name}.").format(name=path.name))
        self.done_label.show()
        self.case_file_saved.emit(str(path))

    def _case_file_not_written(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, OSError):
            raise error  # a bug: the excepthook logs it and tells the user once
        reason = error.strerror or str(error)
        QMessageBox.warning(
            self,
            self.tr("Save case file"),
            self.tr("The case file could not be saved: {reason}.").format(reason=reason),
        )
        self.case_file_failed.emit(reason)

    # --- handing over -------------------------------------------------------------------------

    def confirm_and_hand_over(self) -> bool:
        """Hand the account over, after asking if a check failed; returns whether it was handed over."""
        failed = self.readiness.failed
        if failed:
            lines = "\n".join("✗ " + check_text(check, self._formats) for check in failed)
            answer = QMessageBox.question(
                self,
                self.tr("Hand over"),
                self.tr("Not every check is passed:\n\n{checks}\n\nHand the account over all the same?").format(
                    checks=lines
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        moment = datetime.combine(self._today, datetime.now().time().replace(microsecond=0))
        with self._database.write() as session:
            hand_over(session, self._customer_id, moment, note=self.note.text(), user=current_user())
        self.handed_over.emit(self._customer_id)
        self.accept()
        return True
