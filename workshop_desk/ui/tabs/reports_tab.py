"""The Reports tab: how much is owed, how old it is, and whether the collection work pays off.

Everything is as of the date in the "As of" field (the window's day unless the owner picks
another). The figures (:func:`~workshop_desk.services.reports.report_figures`) read the whole
ledger, so they are worked out in the background: the tab paints at once saying so, with a
progress bar, and shows them when they come — in two steps: first the figures that need only
today's positions (:func:`~workshop_desk.services.reports.quick_figures`: the tiles but DSO, the
aging, the top debtors; from the window's snapshot, so in a few milliseconds — only when the
snapshot is up to date and as of the same day), then the rest (DSO, trend, letters), which say they are being worked out
meanwhile. An answer for a date no longer asked for is dropped (and its work told to stop).
Nothing is computed before the tab is first shown; when the data changes while the tab is
hidden, the figures are worked out again the next time it shows.

From the top: key figure tiles, the aging of the open balance (table and stacked bar), overdue
at each of the last 24 month ends (line chart), the ten biggest debtors (a double click opens the
customer), and how many accounts paid after each kind of letter. The aging report and the
statement of the selected debtor are exported as PDF or CSV, written in the background too.
QtCharts is imported the first time the tab is shown, so start-up does not pay for it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.ui import report_export
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.models import report_rows
from workshop_desk.ui.models.rows_model import RowsModel
from workshop_desk.ui.report_texts import decimal_number, month_name, percent, share
from workshop_desk.ui.widgets.date_edit import DateEdit
from workshop_desk.ui.widgets.figure_tile import FigureTile
from workshop_desk.ui.widgets.tables import configure_list, fit_columns
from workshop_desk.ui.workers import run_in_background

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from workshop_desk.services.accounts import Account
    from workshop_desk.services.reports import QuickFigures, ReportFigures
    from workshop_desk.ui.widgets.report_charts import AgingChart, TrendChart

DATE_SETTLE_MS = 350
"""Wait this long after the last change of the date before working the figures out (typing a date)."""
START_AT_THE_LATEST_MS = 150
"""Start the work this long after a refresh even if the status line was not painted."""


def report_figures(
    session: Session, as_of: date, progress: Callable[[int, int], bool], listed: Sequence[Account] | None = None
) -> ReportFigures:
    """The service the tab asks (imported late: it brings the PDF renderer with it)."""
    from workshop_desk.services.reports import report_figures as figures_of

    return figures_of(session, as_of, progress, listed)


def quick_figures(session: Session, as_of: date, listed: Sequence[Account]) -> QuickFigures:
    """The first, quick step of the figures (imported late, as :func:`report_figures`)."""
    from workshop_desk.services.reports import quick_figures as quick_of

    return quick_of(session, as_of, listed)


def _is_full(figures: QuickFigures) -> TypeGuard[ReportFigures]:
    from workshop_desk.services.reports import ReportFigures

    return isinstance(figures, ReportFigures)


def _is_cancelled(error: BaseException) -> bool:
    from workshop_desk.services.reports import ReportCancelled

    return isinstance(error, ReportCancelled)


class _ProgressRelay(QObject):
    """Carries progress from the worker to the GUI thread (a queued signal)."""

    progressed = Signal(int, int, int)  # generation, done, total


class ReportsTab(QWidget):
    """Signals:
    ``quick_figures_shown`` when the quick figures (tiles but DSO, aging, top debtors) are on screen;
    ``figures_shown`` when all the figures just worked out are on screen;
    ``customer_activated(int)`` on a double click (or Enter) on a top debtor (opens the customer);
    ``exported(str)`` when an export was written (its path);
    ``export_failed(str)`` when it could not be (why).
    """

    quick_figures_shown = Signal()
    figures_shown = Signal()
    customer_activated = Signal(int)
    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(
        self,
        database: Database,
        formats: Formats,
        today: date,
        parent: QWidget | None = None,
        *,
        positions: Callable[[date], Sequence[Account] | None] | None = None,
    ) -> None:
        """``positions(as_of)``: every customer's position as of that day if the caller has it up to
        date at once (the window's snapshot), else ``None`` (they are then read)."""
        super().__init__(parent)
        self._database = database
        self._positions = positions
        self._formats = formats
        self._today = today
        self._generation = 0
        self._cancel: threading.Event | None = None
        self._stale = True
        self._working = False
        self._exports_running = 0
        self._start_after_paint = 0
        """The request waiting for the status line to be painted before its work starts (0: none)."""
        self._next_step: Callable[[int], None] = self._start
        """What that request does next: the quick step, or the full one once the quick figures are shown."""
        self.figures: QuickFigures | None = None
        """The figures on screen: :class:`ReportFigures`, or only the quick ones while the rest is worked out."""
        self.aging_chart: AgingChart | None = None
        self.trend_chart: TrendChart | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(DATE_SETTLE_MS)
        self._settle.timeout.connect(self.refresh)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(self._build_top_row())
        layout.addLayout(self._build_tiles())
        layout.addWidget(self._build_aging())
        layout.addWidget(self._build_trend())
        bottom = QHBoxLayout()
        bottom.addWidget(self._build_debtors(), 3)
        bottom.addWidget(self._build_letters(), 2)
        layout.addLayout(bottom)
        layout.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._show_state()

    # ---------------------------------------------------------------- building

    def _build_top_row(self) -> QHBoxLayout:
        self.as_of_edit = DateEdit(self._formats.locale)
        self.as_of_edit.set_day(self._today)
        self.as_of_edit.setToolTip(self.tr("Every figure on this page is worked out as of this day"))
        self.as_of_edit.dateChanged.connect(lambda _day: self._settle.start())
        as_of_label = QLabel(self.tr("As of:"))
        as_of_label.setBuddy(self.as_of_edit)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Work the figures out again from the data"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status_label = QLabel()
        self.status_label.installEventFilter(self)  # the work starts once it says so on screen
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.done_label = QLabel()
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(as_of_label)
        row.addWidget(self.as_of_edit)
        row.addWidget(self.refresh_button)
        row.addSpacing(12)
        row.addWidget(self.status_label)
        row.addWidget(self.progress)
        row.addStretch()
        row.addWidget(self.done_label)
        return row

    def _build_tiles(self) -> QGridLayout:
        self.open_tile = FigureTile(self.tr("Total open"), self.tr("Everything customers owe, due or not"))
        self.overdue_tile = FigureTile(self.tr("Total overdue"), self.tr("What should have been paid by now"))
        self.dso_tile = FigureTile(
            self.tr("Days sales outstanding"),
            self.tr(
                "How many days of credit sales are still unpaid: the open balance divided by the credit "
                "sales of the last 90 days, times 90. Lower is better."
            ),
        )
        self.collected_tile = FigureTile(self.tr("Collected this month"))
        self.limit_tile = FigureTile(
            self.tr("Over their debt limit"), self.tr("Accounts whose open balance is above their debt limit")
        )
        self.written_off_tile = FigureTile(self.tr("Written off this year"))
        self.tiles = [
            self.open_tile,
            self.overdue_tile,
            self.dso_tile,
            self.collected_tile,
            self.limit_tile,
            self.written_off_tile,
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for column, tile in enumerate(self.tiles):
            grid.addWidget(tile, 0, column)
            grid.setColumnStretch(column, 1)
        return grid

    def _table(self, model: RowsModel, stretch_column: int) -> QTableView:
        table = QTableView()
        table.setModel(model)
        configure_list(table, stretch_column=stretch_column)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def _build_aging(self) -> QGroupBox:
        box = QGroupBox(self.tr("Age of the open balance"))
        self.aging_model = RowsModel(report_rows.aging_headers(), self)
        self.aging_table = self._table(self.aging_model, 0)
        self.aging_table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.aging_table.setMinimumWidth(400)
        _fit_height(self.aging_table, 6)
        self.aging_pdf_button = QPushButton(self.tr("Aging report as P&DF…"))
        self.aging_pdf_button.setToolTip(self.tr("Every customer who owes money, by the age of the debt, as a PDF"))
        self.aging_pdf_button.clicked.connect(self.export_aging_pdf)
        self.aging_csv_button = QPushButton(self.tr("Agin&g report as CSV…"))
        self.aging_csv_button.setToolTip(
            self.tr("Every customer who owes money, by the age of the debt, for a spreadsheet")
        )
        self.aging_csv_button.clicked.connect(self.export_aging_csv)
        buttons = QHBoxLayout()
        buttons.addWidget(self.aging_pdf_button)
        buttons.addWidget(self.aging_csv_button)
        buttons.addStretch()
        left = QVBoxLayout()
        left.addWidget(self.aging_table)
        left.addLayout(buttons)
        left.addStretch()
        self.aging_chart_place = QVBoxLayout()
        row = QHBoxLayout(box)
        row.addLayout(left, 0)
        row.addLayout(self.aging_chart_place, 1)
        return box

    def _build_trend(self) -> QGroupBox:
        box = QGroupBox(self.tr("Overdue at each month end, last 24 months"))
        self.trend_chart_place = QVBoxLayout(box)
        return box

    def _build_debtors(self) -> QGroupBox:
        box = QGroupBox(self.tr("Top 10 debtors"))
        self.debtors_model = RowsModel(report_rows.debtor_headers(), self)
        self.debtors_table = self._table(self.debtors_model, 1)
        _fit_height(self.debtors_table, 10)
        self.debtors_table.activated.connect(self._debtor_activated)
        self.debtors_table.selectionModel().selectionChanged.connect(lambda *_: self._enable_exports())
        self.statement_button = QPushButton(self.tr("Statement of the selected c&ustomer…"))
        self.statement_button.setToolTip(
            self.tr("Save the statement of account of the customer selected above, as PDF or CSV")
        )
        self.statement_button.clicked.connect(self.export_statement)
        hint = QLabel(self.tr("Double-click a customer to open them."))
        hint.setStyleSheet("color: #5f5f5f;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.statement_button)
        buttons.addStretch()
        buttons.addWidget(hint)
        layout = QVBoxLayout(box)
        layout.addWidget(self.debtors_table)
        layout.addLayout(buttons)
        return box

    def _build_letters(self) -> QGroupBox:
        box = QGroupBox(self.tr("Do the letters work?"))
        self.letters_model = RowsModel(report_rows.letter_headers(), self)
        self.letters_table = self._table(self.letters_model, 0)
        self.letters_table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        _fit_height(self.letters_table, 6)
        self.letters_hint = QLabel()
        self.letters_hint.setWordWrap(True)
        self.letters_hint.setStyleSheet("color: #5f5f5f;")
        layout = QVBoxLayout(box)
        layout.addWidget(self.letters_table)
        layout.addWidget(self.letters_hint)
        layout.addStretch()
        return box

    def _build_charts(self) -> None:
        """Make the charts (the first time the tab is shown: QtCharts is loaded only then)."""
        from workshop_desk.ui.widgets.report_charts import AgingChart, TrendChart

        self.aging_chart = AgingChart(self._formats)
        self.aging_chart.setToolTip(self.tr("Share of the open balance in each age group"))
        self.aging_chart_place.addWidget(self.aging_chart)
        self.trend_chart = TrendChart(self._formats)
        self.trend_chart_place.addWidget(self.trend_chart)
        if self.figures is not None:
            self._fill_charts(self.figures)

    # ---------------------------------------------------------------- working the figures out

    @property
    def as_of(self) -> date:
        return self.as_of_edit.day()

    @property
    def working(self) -> bool:
        return self._working

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.aging_chart is None:
            self._build_charts()
        if self._stale:  # never worked out, or the data changed while hidden (a run under way is stopped)
            self.refresh()

    def data_changed(self, today: date | None = None) -> None:
        """The shop's data (or the window's day) changed: work the figures out again now if the tab is
        shown, else the next time it is. A field still showing the old day moves to the new one."""
        if today is not None and today != self._today:
            if self.as_of_edit.day() == self._today:
                self.as_of_edit.blockSignals(True)
                self.as_of_edit.set_day(today)
                self.as_of_edit.blockSignals(False)
            self._today = today
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Work the figures out for the as-of date in the background (an older request is dropped).

        A shown tab first paints that it is working, then starts: the work holds Python's GIL most
        of the time, and the window's painting needs it too.
        """
        self._settle.stop()
        if self._cancel is not None:
            self._cancel.set()  # the older request's answer would be dropped anyway: let it stop
        self._generation += 1
        self._stale = False
        self._working = True
        self._cancel = threading.Event()
        self.progress.setRange(0, 0)  # busy until the first progress report
        self._show_state()
        self._then(self._start)

    def _then(self, step: Callable[[int], None]) -> None:
        """Start ``step`` of the current request once the status line is painted (at once when hidden)."""
        if self.isVisible():
            self._start_after_paint, self._next_step = self._generation, step
            self.status_label.update()
            QTimer.singleShot(START_AT_THE_LATEST_MS, self._start_pending)  # if no paint comes (scrolled away)
        else:
            step(self._generation)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.status_label and event.type() == QEvent.Type.Paint and self._start_after_paint:
            QTimer.singleShot(0, self._start_pending)  # once this paint is done
        return super().eventFilter(watched, event)

    def _start_pending(self) -> None:
        generation, self._start_after_paint = self._start_after_paint, 0
        if generation == self._generation:
            self._next_step(generation)

    def _start(self, generation: int) -> None:
        """The quick step: the figures that need only the positions as of the day — when the window
        has them (its snapshot); reading them would only delay the full figures, which read them too."""
        database, as_of = self._database, self.as_of
        listed = self._positions(as_of) if self._positions is not None else None
        if listed is None:
            self._start_full(generation)
            return

        def work() -> QuickFigures:
            with database.read() as session:
                return quick_figures(session, as_of, listed)

        run_in_background(
            work,
            lambda figures: self._quick_computed(generation, figures),
            lambda error: self._failed(generation, error),
            owner=self,
        )

    def _quick_computed(self, generation: int, figures: QuickFigures) -> None:
        if generation != self._generation or not self._working:
            return  # an answer for a date no longer asked for
        self.show_quick_figures(figures)
        self._then(self._start_full)

    def _start_full(self, generation: int) -> None:
        database, as_of, relay, cancel = self._database, self.as_of, self._relay, self._cancel
        assert cancel is not None
        listed = self._positions(as_of) if self._positions is not None else None  # the snapshot's, if current
        last = [-1]

        def progress(done: int, total: int) -> bool:
            if cancel.is_set():
                return False
            step = done * 100 // total if total else 0
            if step != last[0]:
                last[0] = step
                with contextlib.suppress(RuntimeError):  # the tab is gone: nobody is watching
                    relay.progressed.emit(generation, done, total)
            return True

        def work() -> ReportFigures:
            with database.read() as session:
                return report_figures(session, as_of, progress, listed)

        run_in_background(
            work,
            lambda figures: self._computed(generation, figures),
            lambda error: self._failed(generation, error),
            owner=self,
        )

    def _progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and self._working and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _computed(self, generation: int, figures: ReportFigures) -> None:
        if generation != self._generation:
            return  # an answer for a date no longer asked for
        self._working = False
        self._cancel = None
        self.show_figures(figures)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or _is_cancelled(error):
            return
        self._working = False
        self._cancel = None
        self._stale = True  # try again on the next show or refresh
        self._show_state(failed=True)
        raise error  # the excepthook logs it and tells the user once

    def _show_state(self, *, failed: bool = False) -> None:
        self.progress.setVisible(self._working)
        if self._working:
            self.status_label.setText(self.tr("Working out the figures…"))
            for tile in self.tiles:
                tile.show_pending()
        elif failed:
            self.status_label.setText(self.tr("The figures could not be worked out."))
        elif self.figures is not None:
            self.status_label.setText(self.tr("Figures as of {day}").format(day=self._formats.day(self.figures.as_of)))
        else:
            self.status_label.setText("")
        self._enable_exports()

    # ---------------------------------------------------------------- showing them

    def show_quick_figures(self, figures: QuickFigures) -> None:
        """Put the quick figures on screen; DSO, the trend and the letters say they are being worked out."""
        self.figures = figures
        self._fill_quick(figures)
        working = self.tr("Working out the figures…")
        self.dso_tile.show_figure("…")
        self.letters_model.set_rows([])
        self.letters_hint.setText(working)
        self._fill_charts(figures)
        self._enable_exports()
        self.quick_figures_shown.emit()

    def show_figures(self, figures: ReportFigures) -> None:
        """Put ``figures`` on screen (tiles, tables, charts)."""
        self.figures = figures
        self._fill_quick(figures)
        self._fill_dso(figures)
        self.letters_model.set_rows(report_rows.letter_rows(figures, self._formats))
        self._fill_letters_hint(figures)
        self.letters_table.resizeColumnToContents(1)
        self._fill_charts(figures)
        self._show_state()
        self.figures_shown.emit()

    def _fill_quick(self, figures: QuickFigures) -> None:
        self._fill_tiles(figures)
        self.aging_model.set_rows(report_rows.aging_rows(figures, self._formats))
        self.debtors_model.set_rows(report_rows.debtor_rows(figures, self._formats))
        for table, stretch in ((self.aging_table, 0), (self.debtors_table, 1)):
            fit_columns(table, stretch_column=stretch)

    def _fill_charts(self, figures: QuickFigures) -> None:
        if self.aging_chart is None or self.trend_chart is None:
            return
        self.aging_chart.show_aging(figures.aging_total)
        if _is_full(figures):
            self.trend_chart.chart().setTitle("")
            self.trend_chart.show_trend(figures.overdue_trend)
        else:  # the quick figures only: the trend is being worked out
            self.trend_chart.chart().setTitle(self.tr("Working out the figures…"))
            self.trend_chart.show_trend(())

    def _fill_tiles(self, figures: QuickFigures) -> None:
        """Every tile but DSO (:meth:`_fill_dso`)."""
        money, locale = self._formats.money, self._formats.locale
        total = figures.aging_total.total
        overdue = total - figures.aging_total.not_due
        owing = len(figures.aging_rows)  # %Ln: digits grouped as the window's language does ("1.421")
        self.open_tile.show_figure(money(total), self.tr("%Ln customer(s) owe money", "", owing))
        self.overdue_tile.show_figure(
            money(overdue), self.tr("{share} of the open balance").format(share=percent(share(overdue, total), locale))
        )
        self._fill_collected(figures)
        self.limit_tile.show_figure(
            self.tr("%Ln account(s)", "", figures.over_limit_count),
            self.tr("{balance} open, {excess} above their limits").format(
                balance=money(figures.over_limit_balance), excess=money(figures.over_limit_excess)
            )
            if figures.over_limit_count
            else self.tr("Nobody is over their limit"),
        )
        self.written_off_tile.caption.setText(self.tr("Written off in {year}").format(year=figures.as_of.year))
        self.written_off_tile.show_figure(
            money(figures.written_off_this_year), self.tr("%Ln write-off(s)", "", figures.written_off_count)
        )

    def _fill_dso(self, figures: ReportFigures) -> None:
        if figures.dso is None:
            self.dso_tile.show_figure("—", self.tr("No credit sales in the last 90 days"))
        else:
            self.dso_tile.show_figure(
                self.tr("{days} days").format(days=decimal_number(figures.dso, self._formats.locale)),
                self.tr("Against the credit sales of the last 90 days"),
            )

    def _fill_collected(self, figures: QuickFigures) -> None:
        """This month against last month, with the difference in words and an arrow (not colour alone)."""
        money, locale = self._formats.money, self._formats.locale
        this_month = figures.as_of.replace(day=1)
        last_month = (this_month - timedelta(days=1)).replace(day=1)
        self.collected_tile.caption.setText(
            self.tr("Collected in {month}").format(month=month_name(this_month, locale))
        )
        now, before = figures.collected_this_month, figures.collected_last_month
        last_name = month_name(last_month, locale)
        if now > before:
            detail = self.tr("▲ {difference} more than in {month} ({amount})")
        elif now < before:
            detail = self.tr("▼ {difference} less than in {month} ({amount})")
        else:
            detail = self.tr("= the same as in {month} ({amount})")
        self.collected_tile.show_figure(
            money(now), detail.format(difference=money(abs(now - before)), month=last_name, amount=money(before))
        )
        self.collected_tile.setToolTip(
            self.tr("Payments received from the 1st of the month to the as-of date, against all of last month")
        )

    def _fill_letters_hint(self, figures: ReportFigures) -> None:
        """Which letters the table counts: those old enough to have had their 14 days."""
        if figures.letters_from is None or figures.letters_until is None:
            self.letters_hint.setText(self.tr("How many accounts paid within 14 days after each kind of letter."))
            return
        self.letters_hint.setText(
            self.tr(
                "Letters dated {first} to {last} (each has had its 14 days). Paid in full: within 14 days "
                "the customer paid at least what the letter asked for. Paid something: any payment."
            ).format(first=self._formats.day(figures.letters_from), last=self._formats.day(figures.letters_until))
        )

    # ---------------------------------------------------------------- the debtors

    def selected_customer_id(self) -> int | None:
        """The top debtor selected, if any."""
        rows = self.debtors_table.selectionModel().selectedRows()
        if not rows or self.figures is None:
            return None
        return self.figures.top_debtors[rows[0].row()].customer_id

    def _debtor_activated(self, index: QModelIndex) -> None:
        if self.figures is not None and index.isValid():
            self.customer_activated.emit(self.figures.top_debtors[index.row()].customer_id)

    # ---------------------------------------------------------------- exports

    def _enable_exports(self) -> None:
        ready = self.figures is not None and not self._exports_running  # one file at a time
        self.aging_pdf_button.setEnabled(ready)
        self.aging_csv_button.setEnabled(ready)
        self.statement_button.setEnabled(ready and self.selected_customer_id() is not None)

    def _pdf_files(self) -> str:
        return self.tr("PDF documents (*.pdf)")

    def _csv_files(self) -> str:
        return self.tr("CSV files for a spreadsheet (*.csv)")

    def _ask_path(self, title: str, suggested: str, filters: str) -> Path | None:
        from workshop_desk.ui.dialogs.letter_dialog import remember_folder, remembered_folder

        name, chosen = QFileDialog.getSaveFileName(self, title, str(remembered_folder() / suggested), filters)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".csv"):
            path = path.with_name(path.name + (".csv" if "*.csv" in chosen else ".pdf"))  # as the filter chosen
        remember_folder(path.parent)
        return path

    def export_aging_pdf(self) -> None:
        if self.figures is None:
            return
        as_of = self.figures.as_of
        name = report_export.file_name(self.tr("aging report"), as_of.isoformat(), suffix=".pdf")
        path = self._ask_path(self.tr("Save aging report as PDF"), name, self._pdf_files())
        if path is not None:
            database = self._database
            self._export(lambda: report_export.aging_pdf(database, as_of, path))

    def export_aging_csv(self) -> None:
        if self.figures is None:
            return
        figures = self.figures
        name = report_export.file_name(self.tr("aging report"), figures.as_of.isoformat(), suffix=".csv")
        path = self._ask_path(self.tr("Save aging report as CSV"), name, self._csv_files())
        if path is not None:
            self._export(lambda: report_export.aging_csv(figures.aging_rows, path))

    def export_statement(self) -> None:
        customer_id = self.selected_customer_id()
        if self.figures is None or customer_id is None:
            QMessageBox.information(
                self,
                self.tr("Statement"),
                self.tr("Select a customer in the list of top debtors, then choose Statement… again."),
            )
            return
        as_of = self.figures.as_of
        debtor = next(row for row in self.figures.top_debtors if row.customer_id == customer_id)
        name = report_export.file_name(debtor.code, self.tr("statement"), as_of.isoformat(), suffix=".pdf")
        path = self._ask_path(self.tr("Save statement of account"), name, f"{self._pdf_files()};;{self._csv_files()}")
        if path is None:
            return
        database = self._database
        if path.suffix.lower() == ".csv":
            self._export(lambda: report_export.statement_csv(database, customer_id, as_of, path))
        else:
            self._export(lambda: report_export.statement_pdf(database, customer_id, as_of, path))

    def _export(self, work: Callable[[], Path]) -> None:
        self._exports_running += 1
        self._enable_exports()
        self._say(self.tr("Saving…"))
        run_in_background(work, self._exported, self._not_exported, owner=self)

    def _exported(self, path: Any) -> None:
        self._exports_running -= 1
        self._enable_exports()
        self._say("✓ " + self.tr("Saved as {path}").format(path=path))
        self.exported.emit(str(path))

    def _not_exported(self, error: BaseException) -> None:
        self._exports_running -= 1
        self._enable_exports()
        if not isinstance(error, OSError):
            self._say("")
            raise error  # a bug: the excepthook logs it and tells the user once
        reason = error.strerror or str(error)
        self._say(self.tr("Not saved: {reason}").format(reason=reason))
        QMessageBox.warning(
            self, self.tr("Export"), self.tr("The file could not be saved: {reason}.").format(reason=reason)
        )
        self.export_failed.emit(reason)

    def _say(self, text: str) -> None:
        """Tell what an export did: in the window's status bar when there is one."""
        self.done_label.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)


def _fit_height(table: QTableView, rows: int) -> None:
    """Make ``table`` exactly tall enough for ``rows`` rows: the page scrolls, not the table."""
    header = table.horizontalHeader().sizeHint().height()
    height = header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
    table.setFixedHeight(height)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
