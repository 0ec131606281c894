"""The escalation ladder, day by day, against dates worked out by hand."""

from datetime import date, timedelta

from workshop_desk.domain.dunning import (
    DEFAULT_LADDER,
    AccountHistory,
    Action,
    CustomerRules,
    OpenItem,
    Pause,
    Promise,
    StepDone,
    due_action,
)

DUE = date(2026, 3, 10)
ITEM = OpenItem(1, DUE, 100_00)
KEYS = [step.key for step in DEFAULT_LADDER]


def step_on(day: date, done: tuple[StepDone, ...] = (), items: tuple[OpenItem, ...] = (ITEM,), **history) -> str | None:
    action = due_action(items, AccountHistory(steps_done=done, **history), day)
    return action.step.key if action.step else None


def done(key: str, on: date, item: int = 1) -> StepDone:
    return StepDone(item, KEYS.index(key), on)


def test_the_ladder_day_by_day_with_a_late_call() -> None:
    """Due 10 March. Courtesy −3 → 7 Mar; call on the due day, done only on the 12th; then each
    step keeps its gap from the one before: reminder 13th, second 19th, claim 27th, hand over 11 Apr."""
    assert step_on(date(2026, 3, 6)) is None
    assert step_on(date(2026, 3, 7)) == "courtesy"
    history = (done("courtesy", date(2026, 3, 7)),)
    assert step_on(date(2026, 3, 9), history) is None
    for day in (date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 12)):  # not done: it stays
        assert step_on(day, history) == "due_call"
    history += (done("due_call", date(2026, 3, 12)),)
    assert step_on(date(2026, 3, 12), history) is None
    assert step_on(date(2026, 3, 13), history) == "reminder"  # max(11 Mar, 12 Mar + 1)
    history += (done("reminder", date(2026, 3, 13)),)
    assert step_on(date(2026, 3, 18), history) is None
    assert step_on(date(2026, 3, 19), history) == "second"  # max(17 Mar, 13 Mar + 6)
    history += (done("second", date(2026, 3, 19)),)
    assert step_on(date(2026, 3, 26), history) is None
    assert step_on(date(2026, 3, 27), history) == "claim"  # max(25 Mar, 19 Mar + 8)
    history += (done("claim", date(2026, 3, 27)),)
    assert step_on(date(2026, 4, 10), history) is None
    assert step_on(date(2026, 4, 11), history) == "hand_over"  # max(9 Apr, 27 Mar + 15)


def test_a_courtesy_reminder_lapses_on_the_due_date() -> None:
    assert step_on(date(2026, 3, 9)) == "courtesy"
    assert step_on(date(2026, 3, 10)) == "due_call"  # on the due day the call replaces it


def test_an_account_taken_up_late_climbs_one_step_at_a_time() -> None:
    day = DUE + timedelta(days=60)
    assert step_on(day) == "due_call"
    assert step_on(day + timedelta(days=1), (done("due_call", day),)) == "reminder"
    assert step_on(day + timedelta(days=3), (done("due_call", day), done("reminder", day + timedelta(days=1)))) is None


def test_one_action_a_day_covers_every_overdue_item() -> None:
    old = OpenItem(1, date(2026, 1, 10), 50_00)
    new = OpenItem(2, date(2026, 3, 9), 70_00)
    history = AccountHistory(
        steps_done=(
            done("due_call", date(2026, 1, 10)),
            done("reminder", date(2026, 1, 11)),
            done("second", date(2026, 1, 17)),
        )
    )
    action = due_action([old, new], history, date(2026, 3, 10))
    assert action.step is not None
    assert action.step.key == "claim"  # the most advanced step due
    assert action.covered == ((1, KEYS.index("claim")), (2, KEYS.index("due_call")))


def test_a_paid_account_gets_nothing_and_a_partly_paid_one_still_does() -> None:
    assert due_action([OpenItem(1, DUE, 0)], AccountHistory(), date(2026, 3, 20)).step is None
    part = due_action([OpenItem(1, DUE, 1)], AccountHistory(), date(2026, 3, 20))
    assert part.step is not None
    assert part.step.key == "due_call"


def test_a_promise_pauses_then_a_kept_promise_needs_nothing_more() -> None:
    history = (done("due_call", DUE), done("reminder", date(2026, 3, 11)))
    promise = Promise(made_on=date(2026, 3, 16), until=date(2026, 3, 25), amount=100_00)
    paused = due_action([ITEM], AccountHistory(steps_done=history, promises=(promise,)), date(2026, 3, 20))
    assert (paused.paused, paused.paused_until, paused.step) == (Pause.PROMISE, date(2026, 3, 25), None)
    kept = AccountHistory(steps_done=history, promises=(promise,), paid_since={date(2026, 3, 24): 100_00})
    assert due_action([OpenItem(1, DUE, 0)], kept, date(2026, 3, 26)).step is None
    assert due_action([OpenItem(1, DUE, 0)], kept, date(2026, 3, 26)).broken_promise is None


def test_a_broken_promise_puts_the_account_back_first_with_its_next_step() -> None:
    history = (done("due_call", DUE), done("reminder", date(2026, 3, 11)))
    promise = Promise(made_on=date(2026, 3, 16), until=date(2026, 3, 25), amount=100_00)
    broken = due_action(
        [ITEM],
        AccountHistory(steps_done=history, promises=(promise,), paid_since={date(2026, 3, 24): 40_00}),
        date(2026, 3, 26),
    )
    assert broken.broken_promise == promise
    assert broken.step is not None
    assert broken.step.key == "second"
    followed = AccountHistory(steps_done=(*history, done("second", date(2026, 3, 26))), promises=(promise,))
    assert due_action([ITEM], followed, date(2026, 3, 27)).broken_promise is None


def test_a_dispute_pauses_and_a_hand_over_stops_the_ladder() -> None:
    assert due_action([ITEM], AccountHistory(dispute_open=True), date(2026, 4, 1)).paused is Pause.DISPUTE
    assert due_action([ITEM], AccountHistory(handed_over=True), date(2026, 4, 1)).paused is Pause.HANDED_OVER


def test_customer_exceptions_no_calls_and_a_later_start() -> None:
    no_calls = CustomerRules(no_actions=frozenset({Action.PHONE}))
    assert due_action([ITEM], AccountHistory(), date(2026, 3, 11), rules=no_calls).step.key == "reminder"
    later = CustomerRules(start_offset=7)
    assert due_action([ITEM], AccountHistory(), date(2026, 3, 16), rules=later).step is None
    assert due_action([ITEM], AccountHistory(), date(2026, 3, 17), rules=later).step.key == "second"


def test_the_last_promise_counts_and_any_follow_up_ends_a_broken_one() -> None:
    first = Promise(made_on=date(2026, 3, 16), until=date(2026, 3, 18), amount=100_00)
    second = Promise(made_on=date(2026, 3, 16), until=date(2026, 3, 25), amount=100_00)  # called back same day
    paused = due_action([ITEM], AccountHistory(promises=(first, second)), date(2026, 3, 20))
    assert (paused.paused, paused.paused_until) == (Pause.PROMISE, date(2026, 3, 25))
    broken = due_action([ITEM], AccountHistory(promises=(first,)), date(2026, 3, 20))
    assert broken.broken_promise == first
    called = AccountHistory(promises=(first,), contacted=(date(2026, 3, 19),))
    assert due_action([ITEM], called, date(2026, 3, 20)).broken_promise is None


def test_no_courtesy_note_for_an_account_already_being_chased() -> None:
    """Installment 1 (due 10 Mar) has had its claim letter on 27 Mar; installment 2 falls due on
    10 Apr. On 7 Apr its courtesy step would be due, but the account is overdue: nothing that day;
    on 10 Apr the call for the new installment, the next day the old one's hand-over."""
    chased = (
        done("courtesy", date(2026, 3, 7)),
        done("due_call", date(2026, 3, 10)),
        done("reminder", date(2026, 3, 11)),
        done("second", date(2026, 3, 17)),
        done("claim", date(2026, 3, 27)),
    )
    items = (ITEM, OpenItem(2, date(2026, 4, 10), 100_00))
    assert step_on(date(2026, 4, 7), chased, items) is None
    assert step_on(date(2026, 4, 10), chased, items) == "due_call"
    assert step_on(date(2026, 4, 11), chased, items) == "hand_over"  # max(9 Apr, 27 Mar + 15)
    only_new = (OpenItem(2, date(2026, 4, 10), 100_00),)
    assert step_on(date(2026, 4, 7), (), only_new) == "courtesy"
