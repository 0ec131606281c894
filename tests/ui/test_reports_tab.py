"""The Reports tab: tiles, tables and charts from hand-built figures (Italian shop, euros), the
background work (lazy, stale answers dropped, the date recomputes), exports, and the window."""

from __future__ import annotations

import threading
from dataclasses import fields
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from today_shop import TODAY, make_shop

from workshop_desk.db.session import Database
from workshop_desk.domain.overdue import AgingBuckets
from workshop_desk.i18n.formatting import locale_for
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.reports import AgingRow, LetterEffect, MonthPoint, QuickFigures, ReportFigures
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.main_window import MainWindow
from workshop_desk.ui.tabs import reports_tab
from workshop_desk.ui.tabs.reports_tab import ReportsTab

AS_OF = date(2026, 11, 25)
ITALIAN = Formats("EUR", locale_for("it", "IT"))
PDF_FILTER = "PDF documents (*.pdf)"
CSV_FILTER = "CSV files for a spreadsheet (*.csv)"


def row(customer_id: int, code: str, name: str, *amounts: int) -> AgingRow:
    buckets = AgingBuckets(*amounts)
    return AgingRow(customer_id, code, name, buckets, buckets.total - buckets.not_due)


def month_ends(as_of: date) -> list[date]:
    ends = []
    year, month = as_of.year, as_of.month
    for _ in range(24):
        ends.append(date(year, month, 28))  # any day of the month: the tab shows the month
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(ends))


def figures(as_of: date = AS_OF, **changes) -> ReportFigures:
    """A shop with 4,000.00 € open: 1,000.00 not due, 1,234.50 1–30, 765.50 31–60, 0 61–90, 1,000.00 >90."""
    debtors = (
        row(3, "C0003", "Ferrari Luca", 0, 0, 0, 0, 1_000_00),
        row(1, "C0001", "Rossi Mario", 1_000_00, 1_234_50, 0, 0, 0),
        row(2, "C0002", "Bianchi Anna", 0, 0, 765_50, 0, 0),
    )
    values = {
        "as_of": as_of,
        "currency": "EUR",
        "aging_rows": debtors,
        "aging_total": AgingBuckets(1_000_00, 1_234_50, 765_50, 0, 1_000_00),
        "overdue_trend": tuple(MonthPoint(day, 1_000_00 * number) for number, day in enumerate(month_ends(as_of))),
        "dso": Decimal("47.3"),
        "collected_this_month": 1_500_00,
        "collected_last_month": 1_265_50,
        "over_limit_count": 2,
        "over_limit_balance": 2_234_50,
        "over_limit_excess": 234_50,
        "top_debtors": debtors,
        "written_off_this_year": 150_00,
        "written_off_count": 3,
        "letter_effects": (
            LetterEffect("courtesy", 1_250, 500, 1_000),
            LetterEffect("reminder", 8, 2, 5),
            LetterEffect("claim", 4, 3, 3),
            LetterEffect("installment", 0, 0, 0),
        ),
    }
    values.update(changes)
    return ReportFigures(**values)


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[date]:
    """Replace the service: figures for any date at once; the dates asked for, in order."""
    asked: list[date] = []

    def fake(_session, as_of: date, progress, _listed=None) -> ReportFigures:
        asked.append(as_of)
        progress(1, 2)
        progress(2, 2)
        return figures(as_of)

    monkeypatch.setattr(reports_tab, "report_figures", fake)
    return asked


@pytest.fixture
def tab(qtbot: QtBot, database: Database, computed: list[date]) -> ReportsTab:
    shown = ReportsTab(database, ITALIAN, AS_OF)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    with qtbot.waitSignal(shown.figures_shown, timeout=10_000):
        shown.show()
    return shown


def cells(model, row_number: int) -> list[str]:
    return [model.index(row_number, column).data() for column in range(model.columnCount())]


def test_nothing_is_computed_until_the_tab_is_shown(qtbot: QtBot, database: Database, computed: list[date]) -> None:
    hidden = ReportsTab(database, ITALIAN, AS_OF)
    qtbot.addWidget(hidden)
    hidden.data_changed()
    qtbot.wait(50)
    assert computed == []
    assert hidden.aging_chart is None  # QtCharts not even loaded
    with qtbot.waitSignal(hidden.figures_shown, timeout=10_000):
        hidden.show()
    assert computed == [AS_OF]


def test_the_tab_says_it_is_working_before_the_figures_come(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def slow(_session, as_of: date, progress, _listed=None) -> ReportFigures:
        progress(1, 4)
        release.wait(10)
        return figures(as_of)

    monkeypatch.setattr(reports_tab, "report_figures", slow)
    waiting = ReportsTab(database, ITALIAN, AS_OF)
    qtbot.addWidget(waiting)
    waiting.show()
    assert waiting.status_label.text() == "Working out the figures…"
    assert waiting.progress.isVisibleTo(waiting)
    assert waiting.open_tile.value.text() == "…"
    assert not waiting.aging_csv_button.isEnabled()
    qtbot.waitUntil(lambda: waiting.progress.maximum() == 4 and waiting.progress.value() == 1, timeout=5_000)
    with qtbot.waitSignal(waiting.figures_shown, timeout=10_000):
        release.set()
    assert waiting.status_label.text() == "Figures as of 25 nov 2026"
    assert not waiting.progress.isVisibleTo(waiting)


def test_tiles_show_the_key_figures_in_the_shops_locale(tab: ReportsTab) -> None:
    def tile(found) -> tuple[str, str, str]:
        return found.caption.text(), found.value.text(), found.detail.text()

    assert tile(tab.open_tile) == ("Total open", "4.000,00\xa0€", "3 customers owe money")
    assert tile(tab.overdue_tile) == ("Total overdue", "3.000,00\xa0€", "75,0% of the open balance")
    assert tile(tab.dso_tile)[1] == "47,3 days"
    assert tile(tab.collected_tile) == (
        "Collected in novembre 2026",
        "1.500,00\xa0€",
        "▲ 234,50\xa0€ more than in ottobre 2026 (1.265,50\xa0€)",
    )
    assert tile(tab.limit_tile) == (
        "Over their debt limit",
        "2 accounts",
        "2.234,50\xa0€ open, 234,50\xa0€ above their limits",
    )
    assert tile(tab.written_off_tile) == ("Written off in 2026", "150,00\xa0€", "3 write-offs")


def test_collected_less_than_last_month_says_so_in_words(tab: ReportsTab) -> None:
    tab.show_figures(figures(collected_this_month=1_000_00, collected_last_month=1_500_00, dso=None))
    assert tab.collected_tile.detail.text() == "▼ 500,00\xa0€ less than in ottobre 2026 (1.500,00\xa0€)"
    assert tab.dso_tile.value.text() == "—"
    tab.show_figures(figures(collected_this_month=0, collected_last_month=0))
    assert tab.collected_tile.detail.text().startswith("= the same as in ottobre 2026")


def test_aging_table_has_the_buckets_their_amounts_and_shares(tab: ReportsTab) -> None:
    model = tab.aging_model
    assert [cells(model, number) for number in range(model.rowCount())] == [
        ["Not due yet", "1.000,00\xa0€", "25,0%"],
        ["1–30 days late", "1.234,50\xa0€", "30,9%"],
        ["31–60 days late", "765,50\xa0€", "19,1%"],
        ["61–90 days late", "0,00\xa0€", "0,0%"],
        ["More than 90 days late", "1.000,00\xa0€", "25,0%"],
        ["Total open", "4.000,00\xa0€", "100,0%"],
    ]


def test_aging_chart_is_one_bar_in_five_labelled_segments(tab: ReportsTab) -> None:
    chart = tab.aging_chart
    assert chart is not None
    assert len(chart.sets) == 5
    assert [bar_set.label() for bar_set in chart.sets] == [cells(tab.aging_model, n)[0] for n in range(5)]
    assert chart.values() == pytest.approx([25.0, 30.9, 19.1, 0.0, 25.0])
    assert all(bar_set.count() == 1 for bar_set in chart.sets)
    assert chart.series.isLabelsVisible()
    colours = {bar_set.color().name() for bar_set in chart.sets}
    assert len(colours) == 5


def test_trend_chart_has_24_month_ends_with_money_on_the_axis(tab: ReportsTab) -> None:
    chart = tab.trend_chart
    assert chart is not None
    assert chart.values() == pytest.approx([1_000.0 * number for number in range(24)])
    months = chart.months.categoriesLabels()
    assert months[-1] == "nov 26"  # the latest month is always named, in Italian
    assert "ago 26" in months
    money = chart.money.categoriesLabels()
    assert money[0] == "0,00\xa0€"
    assert all(label.endswith("€") for label in money)
    assert chart.money.max() >= 23_000


def test_top_debtors_list_and_a_double_click_opens_the_customer(qtbot: QtBot, tab: ReportsTab) -> None:
    model = tab.debtors_model
    assert [cells(model, number) for number in range(model.rowCount())] == [
        ["C0003", "Ferrari Luca", "1.000,00\xa0€", "1.000,00\xa0€", "More than 90 days late"],
        ["C0001", "Rossi Mario", "2.234,50\xa0€", "1.234,50\xa0€", "1–30 days late"],
        ["C0002", "Bianchi Anna", "765,50\xa0€", "765,50\xa0€", "31–60 days late"],
    ]
    assert not tab.statement_button.isEnabled()
    tab.debtors_table.selectRow(1)
    assert tab.selected_customer_id() == 1
    assert tab.statement_button.isEnabled()
    with qtbot.waitSignal(tab.customer_activated) as opened:
        tab.debtors_table.activated.emit(model.index(1, 0))
    assert opened.args == [1]


def test_letter_effects_in_counts_and_percentages(tab: ReportsTab) -> None:
    model = tab.letters_model
    assert [cells(model, number) for number in range(model.rowCount())] == [
        ["Courtesy reminder", "1.250", "500 (40,0%)", "1.000 (80,0%)"],  # counts grouped as Italians write them
        ["Payment reminder", "8", "2 (25,0%)", "5 (62,5%)"],
        ["Formal claim letter", "4", "3 (75,0%)", "3 (75,0%)"],
        ["Missed installment notice", "0", "—", "—"],  # none sent: no share to speak of
    ]


def test_the_letters_counted_are_named_by_their_dates(tab: ReportsTab) -> None:
    assert "14 days" in tab.letters_hint.text()
    tab.show_figures(figures(letters_from=date(2025, 11, 12), letters_until=date(2026, 11, 11)))
    assert tab.letters_hint.text().startswith("Letters dated 12 nov 2025 to 11 nov 2026")


def test_an_answer_for_an_older_date_arriving_late_is_dropped(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = date(2026, 6, 30)
    release = threading.Event()
    started = threading.Event()
    told_to_stop: list[bool] = []

    def fake(_session, as_of: date, progress, _listed=None) -> ReportFigures:
        if as_of == older:
            started.set()
            release.wait(10)  # answers after the newer request…
            told_to_stop.append(progress(1, 2) is False)  # …although told to stop
        return figures(as_of)

    monkeypatch.setattr(reports_tab, "report_figures", fake)
    stale = ReportsTab(database, ITALIAN, older, positions=lambda _day: [])
    qtbot.addWidget(stale)
    stale.show()
    qtbot.waitUntil(started.is_set, timeout=5_000)  # the work starts once "Working…" is painted
    stale.as_of_edit.set_day(AS_OF)
    with qtbot.waitSignal(stale.figures_shown, timeout=10_000):
        stale.refresh()
    assert stale.figures is not None
    assert stale.figures.as_of == AS_OF
    shown = []
    stale.figures_shown.connect(lambda: shown.append(stale.figures.as_of))
    release.set()
    QThreadPool.globalInstance().waitForDone(5_000)
    qtbot.wait(100)
    assert told_to_stop == [True]
    assert shown == []
    assert stale.figures.as_of == AS_OF
    assert stale.status_label.text() == "Figures as of 25 nov 2026"


def test_changing_the_as_of_date_works_the_figures_out_again(qtbot: QtBot, tab: ReportsTab, computed) -> None:
    with qtbot.waitSignal(tab.figures_shown, timeout=10_000):
        tab.as_of_edit.set_day(date(2026, 3, 31))
    assert computed == [AS_OF, date(2026, 3, 31)]
    assert tab.figures.as_of == date(2026, 3, 31)
    assert tab.collected_tile.caption.text() == "Collected in marzo 2026"
    assert tab.trend_chart.months.categoriesLabels()[-1] == "mar 26"


def test_data_changes_recompute_now_if_shown_else_on_the_next_show(
    qtbot: QtBot, tab: ReportsTab, computed: list[date]
) -> None:
    with qtbot.waitSignal(tab.figures_shown, timeout=10_000):
        tab.data_changed()
    assert computed == [AS_OF, AS_OF]
    tab.hide()
    tab.data_changed(today=date(2026, 11, 26))  # the day turned: the field follows
    qtbot.wait(50)
    assert computed == [AS_OF, AS_OF]
    with qtbot.waitSignal(tab.figures_shown, timeout=10_000):
        tab.show()
    assert computed[-1] == date(2026, 11, 26)


def test_aging_report_as_csv_is_written_where_the_user_chose(
    qtbot: QtBot, tab: ReportsTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    offered = []

    def choose(_parent, _title, suggested, filters):
        offered.append((Path(suggested).name, filters))
        return str(folder / "aging"), CSV_FILTER  # no suffix typed: the filter chosen gives it

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with qtbot.waitSignal(tab.exported, timeout=10_000) as written:
        tab.aging_csv_button.click()
    assert offered == [("aging report 2026-11-25.csv", CSV_FILTER)]
    assert written.args == [str(folder / "aging.csv")]
    text = (folder / "aging.csv").read_text(encoding="utf-8")
    assert text.splitlines() == [
        "customer_code,customer_name,not_due,d1_30,d31_60,d61_90,d90_plus,total",
        "C0001,Rossi Mario,1000.00,1234.50,0.00,0.00,0.00,2234.50",
        "C0002,Bianchi Anna,0.00,0.00,765.50,0.00,0.00,765.50",
        "C0003,Ferrari Luca,0.00,0.00,0.00,0.00,1000.00,1000.00",
    ]
    assert [path.name for path in folder.iterdir()] == ["aging.csv"]  # no partial file left
    assert "aging.csv" in tab.done_label.text()


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot, tab: ReportsTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    missing = tmp_path / "no such folder" / "aging.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(missing), CSV_FILTER))
    with qtbot.waitSignal(tab.export_failed, timeout=10_000):
        tab.export_aging_csv()
    assert warned
    assert "could not be saved" in warned[0]
    assert not missing.parent.exists()


def test_statement_asks_for_pdf_or_csv(qtbot: QtBot, tab: ReportsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: offered.append(args[2:]) or ("", ""))
    tab.debtors_table.selectRow(0)
    tab.statement_button.click()
    assert Path(offered[0][0]).name == "C0003 statement 2026-11-25.pdf"
    assert offered[0][1] == f"{PDF_FILTER};;{CSV_FILTER}"


def quick_of(full: ReportFigures) -> QuickFigures:
    return QuickFigures(**{field.name: getattr(full, field.name) for field in fields(QuickFigures)})


def test_the_quick_figures_show_while_the_rest_is_worked_out(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def slow(_session, as_of: date, progress, _listed=None) -> ReportFigures:
        progress(1, 4)
        release.wait(10)
        return figures(as_of)

    monkeypatch.setattr(reports_tab, "quick_figures", lambda _session, as_of, _listed: quick_of(figures(as_of)))
    monkeypatch.setattr(reports_tab, "report_figures", slow)
    waiting = ReportsTab(database, ITALIAN, AS_OF, positions=lambda _day: [])  # as the window's snapshot
    qtbot.addWidget(waiting)
    waiting.resize(1280, 800)
    with qtbot.waitSignal(waiting.quick_figures_shown, timeout=10_000):
        waiting.show()
    assert waiting.open_tile.value.text() == "4.000,00\xa0€"
    assert waiting.overdue_tile.value.text() == "3.000,00\xa0€"
    assert waiting.limit_tile.value.text() == "2 accounts"
    assert waiting.written_off_tile.value.text() == "150,00\xa0€"
    assert waiting.collected_tile.value.text() == "1.500,00\xa0€"
    assert cells(waiting.aging_model, 5)[1] == "4.000,00\xa0€"
    assert cells(waiting.debtors_model, 0)[:2] == ["C0003", "Ferrari Luca"]
    assert waiting.aging_chart.values() == pytest.approx([25.0, 30.9, 19.1, 0.0, 25.0], abs=0.05)
    assert waiting.aging_csv_button.isEnabled()  # the aging is all there
    # the rest says it is being worked out
    assert waiting.dso_tile.value.text() == "…"
    assert waiting.trend_chart.values() == []
    assert waiting.trend_chart.chart().title() == "Working out the figures…"
    assert waiting.letters_model.rowCount() == 0
    assert waiting.letters_hint.text() == "Working out the figures…"
    assert waiting.status_label.text() == "Working out the figures…"
    assert waiting.progress.isVisibleTo(waiting)
    assert waiting.working
    qtbot.waitUntil(lambda: waiting.progress.maximum() == 4 and waiting.progress.value() == 1, timeout=5_000)
    with qtbot.waitSignal(waiting.figures_shown, timeout=10_000):
        release.set()
    assert waiting.dso_tile.value.text() == "47,3 days"
    assert len(waiting.trend_chart.values()) == 24
    assert waiting.trend_chart.chart().title() == ""
    assert waiting.letters_model.rowCount() == 4
    assert waiting.status_label.text() == "Figures as of 25 nov 2026"
    assert not waiting.progress.isVisibleTo(waiting)


def test_quick_figures_for_an_older_date_arriving_late_are_dropped(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = date(2026, 6, 30)
    release = threading.Event()
    started = threading.Event()
    fully: list[date] = []

    def quick(_session, as_of: date, _listed) -> QuickFigures:
        if as_of == older:
            started.set()
            release.wait(10)  # answers after the newer request
        return quick_of(figures(as_of))

    def full(_session, as_of: date, _progress, _listed=None) -> ReportFigures:
        fully.append(as_of)
        return figures(as_of)

    monkeypatch.setattr(reports_tab, "quick_figures", quick)
    monkeypatch.setattr(reports_tab, "report_figures", full)
    stale = ReportsTab(database, ITALIAN, older, positions=lambda _day: [])
    qtbot.addWidget(stale)
    stale.show()
    qtbot.waitUntil(started.is_set, timeout=5_000)
    stale.as_of_edit.set_day(AS_OF)
    with qtbot.waitSignal(stale.figures_shown, timeout=10_000):
        stale.refresh()
    shown: list[object] = []
    stale.quick_figures_shown.connect(lambda: shown.append(stale.figures))
    stale.figures_shown.connect(lambda: shown.append(stale.figures))
    release.set()
    QThreadPool.globalInstance().waitForDone(5_000)
    qtbot.wait(100)
    assert shown == []
    assert fully == [AS_OF]  # the older date's full figures were never even started
    assert stale.figures == figures(AS_OF)
    assert stale.trend_chart.chart().title() == ""
    assert stale.status_label.text() == "Figures as of 25 nov 2026"


# ---------------------------------------------------------------- on a real shop, through the window


@pytest.fixture
def window(qtbot: QtBot, database: Database):
    ids = make_shop(database)
    shown = MainWindow(database, TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.snapshot_ready, timeout=10_000):
        shown.show()
    shown.ids = ids
    return shown


def test_the_window_shows_the_reports_of_a_real_shop(qtbot: QtBot, window, tmp_path: Path, monkeypatch) -> None:
    """Six customers owing £2,400.00 on 25 Nov 2026 (tests/ui/today_shop.py), through the real service."""
    tab = window.reports_tab
    assert tab.figures is None  # nothing worked out while hidden
    [action] = [action for action in window.actions() if action.shortcut().toString() == "Ctrl+4"]
    assert action.text() == "Reports"
    with qtbot.waitSignal(tab.figures_shown, timeout=20_000):
        action.trigger()
    assert window.tabs.currentWidget() is tab
    assert tab.open_tile.value.text() == "£2,400.00"
    assert tab.overdue_tile.value.text() == "£2,250.00"  # Souza's £150.00 falls due on 27 Nov
    assert [cells(tab.aging_model, row)[1:] for row in range(6)] == [
        ["£150.00", "6.3%"],
        ["£1,350.00", "56.3%"],  # 5, 10, 15 and 24 days late
        ["£900.00", "37.5%"],  # Whitfield, 55 days
        ["£0.00", "0.0%"],
        ["£0.00", "0.0%"],
        ["£2,400.00", "100.0%"],
    ]
    assert cells(tab.debtors_model, 0)[:3] == ["C0002", "Whitfield Garage Ltd", "£900.00"]
    assert len(tab.trend_chart.values()) == 24
    assert tab.trend_chart.values()[-1] == pytest.approx(2_250.0)
    assert tab.aging_chart.values() == pytest.approx([6.3, 56.3, 37.5, 0.0, 0.0])

    tab.debtors_table.selectRow(0)
    assert window.current_customer_id() == window.ids["C0002"]  # Ctrl+L writes to the debtor selected here
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "aging.pdf"), PDF_FILTER))
    with qtbot.waitSignal(tab.exported, timeout=20_000):
        tab.aging_pdf_button.click()
        assert not tab.aging_pdf_button.isEnabled()  # one file at a time
        assert tab.done_label.text() == "Saving…"
    assert tab.aging_pdf_button.isEnabled()
    assert (tmp_path / "aging.pdf").read_bytes().startswith(b"%PDF")
    assert "aging.pdf" in window.statusBar().currentMessage()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "whitfield.csv"), CSV_FILTER))
    with qtbot.waitSignal(tab.exported, timeout=20_000):
        tab.statement_button.click()
    lines = (tmp_path / "whitfield.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("date,kind,reference")
    assert "2026-0102" in lines[1]  # Whitfield's invoice

    with qtbot.waitSignal(window.customers_tab.table.selectionModel().selectionChanged, timeout=5_000):
        tab.debtors_table.activated.emit(tab.debtors_model.index(0, 0))
    assert window.tabs.currentWidget() is window.customers_tab
    assert window.customers_tab.selected_customer_id() == window.ids["C0002"]


def test_a_payment_recorded_elsewhere_reaches_the_reports_when_shown_again(qtbot: QtBot, window) -> None:
    tab = window.reports_tab
    with qtbot.waitSignal(tab.figures_shown, timeout=20_000):
        window.tabs.setCurrentWidget(tab)
    window.tabs.setCurrentWidget(window.overdue_tab)
    with window._database.write() as session:
        record_payment(session, PaymentData(window.ids["C0002"], TODAY, 900_00, "cash", "", None), TODAY)
    window.changed([window.ids["C0002"]])
    assert tab.open_tile.value.text() == "£2,400.00"  # hidden: not worked out yet
    with qtbot.waitSignal(tab.figures_shown, timeout=20_000):
        window.tabs.setCurrentWidget(tab)
    assert tab.open_tile.value.text() == "£1,500.00"
    assert tab.collected_tile.value.text() == "£900.00"


def test_the_window_hands_its_snapshot_to_the_quick_figures(qtbot: QtBot, window, monkeypatch) -> None:
    """As of the snapshot's day the quick figures come from it; as of another day only the full ones come."""
    handed: list[int] = []
    real = reports_tab.quick_figures

    def spy(session, as_of: date, listed):
        handed.append(len(listed))
        return real(session, as_of, listed)

    monkeypatch.setattr(reports_tab, "quick_figures", spy)
    tab = window.reports_tab
    with qtbot.waitSignal(tab.figures_shown, timeout=20_000):
        window.tabs.setCurrentWidget(tab)
    assert handed == [len(window.snapshot.accounts)]
    assert tab.open_tile.value.text() == "£2,400.00"
    with qtbot.waitSignal(tab.figures_shown, timeout=20_000):
        tab.as_of_edit.set_day(TODAY - timedelta(days=1))
    assert handed == [len(window.snapshot.accounts)]
