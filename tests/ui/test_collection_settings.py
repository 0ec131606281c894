"""The collection settings dialog: edits saved in one go and read back by the program; bad input kept
open with a message next to the field; an interest override reaching the claim letter."""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from letter_shop import SHOP, TODAY, make_shop
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from workshop_desk.db.session import Database
from workshop_desk.domain.dunning import DEFAULT_LADDER, Action, LadderStep
from workshop_desk.domain.interest import DayCount
from workshop_desk.services.collection_settings import deadline_days, regime_for
from workshop_desk.services.collections import ContactLimits, contact_limits, ladder, save_ladder
from workshop_desk.services.letters import compose_letter
from workshop_desk.ui.dialogs.collection_settings_dialog import CollectionSettingsDialog
from workshop_desk.ui.main_window import MainWindow


@pytest.fixture
def customers(database: Database) -> dict[str, int]:
    return make_shop(database)


@pytest.fixture
def dialog(qtbot: QtBot, database: Database, customers: dict[str, int]) -> CollectionSettingsDialog:
    shown = CollectionSettingsDialog(database, SHOP)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def press_ok(dialog: CollectionSettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def saved_ladder(database: Database) -> tuple[LadderStep, ...]:
    with database.read() as session:
        return ladder(session)


def test_the_dialog_shows_the_settings_in_force(dialog: CollectionSettingsDialog) -> None:
    page = dialog.ladder_page
    assert page.table.rowCount() == len(DEFAULT_LADDER)
    assert [page.offset_box(row).value() for row in range(page.table.rowCount())] == [-3, 0, 1, 7, 15, 30]
    assert page.action_box(5).currentData() == "hand_over"
    assert page.letter_box(4).currentData() == "claim"
    assert [box.value() for box in dialog.limits_page.calls] == [1, 2, 8]
    business, consumer = dialog.interest_page.boxes()
    assert business.objectName() == "GB.company"
    assert business.margin.text() == "8.00"
    assert consumer.periods.rowCount() == 1
    assert dialog.interest_page.deadlines["claim"].value() == 30


def test_changed_offsets_and_a_fee_are_saved_and_read_back(
    dialog: CollectionSettingsDialog, database: Database
) -> None:
    page = dialog.ladder_page
    page.offset_box(2).setValue(3)  # the reminder on day 3
    page.offset_box(3).setValue(10)  # the second reminder on day 10
    page.fee_edit(3).setText("7.50")
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    steps = saved_ladder(database)
    assert [step.offset for step in steps] == [-3, 0, 3, 10, 15, 30]
    assert steps[3] == LadderStep("second", 10, Action.LETTER, "second", 750)
    assert [step.key for step in steps] == [step.key for step in DEFAULT_LADDER]  # keys stay stable


def test_a_new_step_gets_a_key_from_its_letter_and_steps_move(
    dialog: CollectionSettingsDialog, database: Database
) -> None:
    page = dialog.ladder_page
    page.table.selectRow(3)  # after the second reminder (day 7)
    page.add_step()
    assert page.offset_box(4).value() == 14
    page.action_box(4).setCurrentIndex(page.action_box(4).findData("letter"))
    page.letter_box(4).setCurrentIndex(page.letter_box(4).findData("second"))
    page.table.selectRow(0)
    page.remove_step()  # no courtesy reminder
    page.table.selectRow(0)
    page.move_step(1)  # the phone call after the reminder …
    page.offset_box(0).setValue(1)
    page.offset_box(1).setValue(2)  # … a day later
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(step.key, step.offset) for step in saved_ladder(database)] == [
        ("reminder", 1), ("due_call", 2), ("second", 7), ("second_2", 14), ("claim", 15), ("hand_over", 30)
    ]  # fmt: skip


def test_reset_to_default_puts_the_shipped_ladder_back(
    qtbot: QtBot, database: Database, customers: dict[str, int]
) -> None:
    with database.write() as session:
        save_ladder(session, (LadderStep("call", 2, Action.PHONE),))
    dialog = CollectionSettingsDialog(database, SHOP)
    qtbot.addWidget(dialog)
    assert dialog.ladder_page.table.rowCount() == 1
    dialog.ladder_page.reset_to_default()
    press_ok(dialog)
    assert saved_ladder(database) == DEFAULT_LADDER


def test_offsets_out_of_order_are_refused_next_to_the_table(
    dialog: CollectionSettingsDialog, database: Database
) -> None:
    dialog.tabs.setCurrentIndex(dialog.TAB_INTEREST)
    dialog.ladder_page.offset_box(1).setValue(-5)  # the call before the courtesy e-mail
    press_ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == dialog.TAB_LADDER
    assert dialog.ladder_page.message.text() == "⚠ Step 2 must come on a later day than the step before it."
    assert saved_ladder(database) == DEFAULT_LADDER


def test_a_letter_step_without_a_letter_and_a_bad_fee_are_refused(dialog: CollectionSettingsDialog) -> None:
    page = dialog.ladder_page
    page.fee_edit(0).setText("12.3.4")
    press_ok(dialog)
    assert page.message.text().startswith("⚠ Step 1, fee: Not an amount")
    page.fee_edit(0).setText("")
    page.letter_box(2).setCurrentIndex(0)  # the reminder letter sends … nothing
    press_ok(dialog)
    assert page.message.text() == "⚠ Step 3 sends a letter: choose which one."
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_contact_limits_are_saved_in_the_shape_the_agenda_reads(
    dialog: CollectionSettingsDialog, database: Database
) -> None:
    page = dialog.limits_page
    for box, value in zip(page.calls, (2, 3, 10), strict=True):
        box.setValue(value)
    page.weekend_hours[1].setValue(18)
    press_ok(dialog)
    with database.read() as session:
        assert contact_limits(session) == ContactLimits((2, 3, 10), (2, 4, 16), (8, 22), (9, 18))


def test_bad_limits_are_refused_next_to_the_field(dialog: CollectionSettingsDialog, database: Database) -> None:
    page = dialog.limits_page
    page.messages[0].setValue(9)  # nine a day, but only four a week
    page.weekday_hours[0].setValue(23)
    press_ok(dialog)
    assert dialog.tabs.currentIndex() == dialog.TAB_LIMITS
    assert page.counts_form.message("messages") == "A day cannot allow more than a week, nor a week more than a month."
    assert page.hours_form.message("weekday_hours") == "The first allowed hour must come before the last."
    assert page.counts_form.message("calls") == ""
    with database.read() as session:
        assert contact_limits(session) == ContactLimits()


def test_an_interest_override_changes_the_claim_letter(
    dialog: CollectionSettingsDialog, database: Database, customers: dict[str, int]
) -> None:
    with database.read() as session:
        before = compose_letter(session, customers["late"], "claim", TODAY)
    assert {line.rate for line in before.interest} == {Decimal(8)}  # county court rate for a person
    consumer = dialog.interest_page.consumer
    consumer.periods.cellWidget(0, 1).setText("4")
    consumer.margin.setText("0.5")
    consumer.day_count.setCurrentIndex(consumer.day_count.findData("actual/360"))
    dialog.interest_page.deadlines["claim"].setValue(21)
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with database.read() as session:
        after = compose_letter(session, customers["late"], "claim", TODAY)
        assert regime_for(session, "GB", "person").interest.day_count is DayCount.ACTUAL_360
        assert deadline_days(session, "GB", "claim") == 21
    assert {(line.rate, line.divisor) for line in after.interest} == {(Decimal("4.5"), 360)}
    days = sum(line.days for line in after.interest)
    expected = (Decimal(60000) * Decimal("0.045") * days / 360).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    assert after.interest_total == expected == 413  # £600.00 × 4.5 % × 55 / 360 = £4.125 → £4.13
    assert after.interest_total < before.interest_total
    assert after.deadline == TODAY + timedelta(days=21)


def test_a_bad_rate_is_refused_next_to_its_field(dialog: CollectionSettingsDialog, database: Database) -> None:
    business = dialog.interest_page.business
    business.periods.cellWidget(0, 1).setText("abc")
    business.fine.setText("101")
    press_ok(dialog)
    assert dialog.tabs.currentIndex() == dialog.TAB_INTEREST
    assert business.form.message("periods") == "From 01/01/2024: Not a rate: write it like 2.15."
    assert business.periods.selectionModel().selectedRows()[0].row() == 0  # shown, though scrolled away
    business.periods.cellWidget(0, 1).setText("5.25")
    press_ok(dialog)
    assert business.form.message("periods") == ""
    assert business.form.message("fine_percent") == "The fine must be between 0 and 100 %."
    assert dialog.result() != QDialog.DialogCode.Accepted
    with database.read() as session:
        assert regime_for(session, "GB", "company").fees.fine_percent == 0


def test_unconfirmed_rates_ask_to_be_checked(dialog: CollectionSettingsDialog) -> None:
    business, consumer = dialog.interest_page.boxes()
    assert not business.check_note.isHidden()  # Bank of England rates shipped without a source
    assert "please check them against the official rate" in business.check_note.text()
    assert consumer.check_note.isHidden()  # the 8 % of the County Courts Act is a fixed rate


def test_the_settings_menu_opens_the_dialog(qtbot: QtBot, database: Database, customers: dict[str, int]) -> None:
    window = MainWindow(database, TODAY)
    qtbot.addWidget(window)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert window.collection_settings_action in menus["&Settings"].actions()
    assert window.collection_settings_action.text() == "&Collection…"
