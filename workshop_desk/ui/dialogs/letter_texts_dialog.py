"""The letter texts editor: the shop's own wording for each kind of letter in each language.

A text is TOML (see ``letters/templates/README.md``): title, subject, sending method,
salutation, body with ``{placeholders}`` and ``[[blocks]]``, closing. While the user types, the
text is checked (:func:`~workshop_desk.letters.templates.template_problems`) and, half a second
after the last key, a sample letter is laid out with it: the first customer who owes money and
whose account calls for this kind of letter, else a made-up account. A text with problems
cannot be saved. Saving stores the text in the shop's database in one write transaction;
"Reset to default" removes it, so the shipped text applies again.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.i18n.qt import translated
from workshop_desk.letters.content import LetterContent
from workshop_desk.letters.render import render_letter
from workshop_desk.letters.templates import PLACEHOLDERS, Block, default_text, parse_template, template_problems
from workshop_desk.services.letter_samples import sample_content
from workshop_desk.services.letters import letter_text, reset_letter_text, save_letter_text
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.forms import set_tab_order
from workshop_desk.ui.dialogs.letter_names import kind_names, language_names
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.widgets.form import ERROR_STYLE
from workshop_desk.ui.widgets.pdf_preview import PdfPreview

PREVIEW_DELAY_MS = 500
HINT_STYLE = "color: #5f6368;"


class LetterTextsDialog(QDialog):
    """Edit, check, preview, save and reset the letter texts.

    Signals:
        text_saved(str, str): the language and kind whose text was saved or reset.
    """

    text_saved = Signal(str, str)

    def __init__(
        self, database: Database, shop: Shop, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._shop = shop
        self._today = today or date.today()
        self._samples: dict[tuple[str, str], LetterContent] = {}
        self._chosen: tuple[str, str] = ("", "")
        self.saved_text = ""
        """The text as stored (or shipped) for the language and kind chosen."""
        self.problems: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self.setWindowTitle(self.tr("Letter texts"))
        self._build()
        self._lay_out()
        self._connect()
        available = self.screen().availableGeometry()
        self.resize(min(1240, int(available.width() * 0.95)), min(860, int(available.height() * 0.9)))
        self._load()
        self.editor.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.language = QComboBox()
        for code, name in language_names().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._shop.language)))
        self.kind = QComboBox()
        for code, name in kind_names().items():
            self.kind.addItem(name, code)
        self.state_label = QLabel()
        self.state_label.setObjectName("text_state")
        self.state_label.setStyleSheet(HINT_STYLE)

        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setTabChangesFocus(True)
        self.hint = QLabel(
            self.tr(
                "Write {placeholders} such as {customer_name} or {deadline} where the letter fills in its figures; "
                "put blocks such as [[items]] or [[payment]] on a line of their own. Hover here for the full list."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setToolTip(
            self.tr("Placeholders: {names}\nBlocks: {blocks}").format(
                names=", ".join("{" + name + "}" for name in sorted(PLACEHOLDERS)),
                blocks=", ".join(f"[[{block.value}]]" for block in Block),
            )
        )
        self.problems_header = QLabel(self.tr("This text cannot be saved:"))
        self.problems_header.setObjectName("problems_header")
        self.problems_header.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("problems_list")
        self.problems_list.setWordWrap(True)
        self.problems_list.setStyleSheet(ERROR_STYLE)
        self.problems_list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.problems_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.preview_caption = QLabel()
        self.preview_caption.setWordWrap(True)
        self.preview_caption.setStyleSheet(HINT_STYLE)
        self.preview = PdfPreview()
        self.done_label = QLabel()
        self.done_label.setStyleSheet("color: #1e5e2e;")

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setDefault(True)  # Enter in the choices saves; in the text it is a new line
        self.reset_button = QPushButton(self.tr("&Reset to default…"))
        self.reset_button.setAutoDefault(False)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

    def _lay_out(self) -> None:
        choose = QHBoxLayout()
        for caption, widget in ((self.tr("&Language:"), self.language), (self.tr("&Kind:"), self.kind)):
            label = QLabel(caption)
            label.setBuddy(widget)
            choose.addWidget(label)
            choose.addWidget(widget)
            choose.addSpacing(12)
        choose.addWidget(self.state_label, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        text_label = QLabel(self.tr("&Text:"))
        text_label.setBuddy(self.editor)
        left_layout.addWidget(text_label)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.problems_header)
        left_layout.addWidget(self.problems_list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_caption)
        right_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.done_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        chain = [self.language, self.kind, self.editor, self.preview.view, self.save_button, self.reset_button]
        set_tab_order([*chain, self.close_button])

    def _connect(self) -> None:
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.editor.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset_to_default)
        self.buttons.rejected.connect(self.reject)

    # --- choosing and loading -----------------------------------------------------------------

    def chosen(self) -> tuple[str, str]:
        """The language and kind being edited."""
        return self.language.currentData(), self.kind.currentData()

    def modified(self) -> bool:
        return self.editor.toPlainText() != self.saved_text

    def _choice_changed(self) -> None:
        if self.modified() and not self._ask(
            self.tr("Letter texts"), self.tr("Discard your changes to this text and open the other one?")
        ):
            self._restore_choice()
            return
        self._load()

    def _restore_choice(self) -> None:
        language, kind = self._chosen
        for combo, value in ((self.language, language), (self.kind, kind)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    def _load(self) -> None:
        """Show the text of the language and kind chosen, as stored (or shipped)."""
        language, kind = self._chosen = self.chosen()
        with self._database.read() as session:
            text = letter_text(session, language, kind)
            if (language, kind) not in self._samples:
                self._samples[language, kind] = sample_content(session, language, kind, self._today)
        self.saved_text = text
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.done_label.clear()
        self._edited()
        self.refresh_preview()

    def _show_state(self) -> None:
        edited = self.saved_text != default_text(*self.chosen())
        self.state_label.setText(
            self.tr("The shop's own text (edited).") if edited else self.tr("The text shipped with the program.")
        )
        self.reset_button.setEnabled(edited or self.modified())

    # --- checking and previewing --------------------------------------------------------------

    def _edited(self) -> None:
        """Check the text at once; lay the sample out again once typing pauses."""
        self.done_label.clear()
        self._show_problems(template_problems(self.editor.toPlainText()))
        self._show_state()
        self._timer.start()

    def _show_problems(self, problems: list[str]) -> None:
        self.problems = problems
        self.problems_list.clear()
        self.problems_list.addItems([translated(problem) for problem in problems])
        self.problems_header.setVisible(bool(problems))
        self.problems_list.setVisible(bool(problems))
        self.save_button.setEnabled(not problems and self.modified())

    def refresh_preview(self) -> None:
        """Lay the sample letter out with the text as it is now (kept as it was while the text has problems)."""
        self._timer.stop()
        text = self.editor.toPlainText()
        if template_problems(text):
            self.preview_caption.setText(self.tr("The preview shows the last text without problems."))
            return
        sample = dataclasses.replace(self._samples[self.chosen()], template=parse_template(text))
        try:
            pdf = render_letter(sample)
        except Exception as error:  # ReportLab refuses some layouts (a word wider than the page…)
            self._show_problems([self.tr("The letter cannot be laid out with this text: {error}").format(error=error)])
            return
        self.preview.show_pdf(pdf)
        self.preview_caption.setText(
            self.tr("Sample: {kind} to {customer}, as of {day}. Nothing is recorded.").format(
                kind=self.kind.currentText(),
                customer=sample.values.get("customer_name", ""),
                day=Formats.of(self._shop).day(self._today),
            )
        )

    # --- saving and resetting -----------------------------------------------------------------

    def save(self) -> bool:
        """Store the text for the language and kind chosen (refused while it has problems)."""
        text = self.editor.toPlainText()
        problems = template_problems(text)
        if problems:
            self._show_problems(problems)
            return False
        language, kind = self.chosen()
        with self._database.write() as session:
            save_letter_text(session, language, kind, text)
        self.saved_text = text
        self._edited()
        self.done_label.setText("✓ " + self.tr("Saved: new letters use this text."))
        self.text_saved.emit(language, kind)
        return True

    def reset_to_default(self) -> bool:
        """After asking, go back to the shipped text (the shop's own text is removed)."""
        if not self._ask(
            self.tr("Reset to default"),
            self.tr("Replace the text of the “{kind}” in {language} with the text shipped with the program?").format(
                kind=self.kind.currentText(), language=self.language.currentText()
            ),
        ):
            return False
        language, kind = self.chosen()
        with self._database.write() as session:
            reset_letter_text(session, language, kind)
        self._load()
        self.done_label.setText("✓ " + self.tr("The shipped text applies again."))
        self.text_saved.emit(language, kind)
        return True

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Close and the window's close box: ask before losing an unsaved text."""
        if self.modified() and not self._ask(self.tr("Letter texts"), self.tr("Close without saving your changes?")):
            return
        super().reject()
