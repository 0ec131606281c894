"""Reports (issue #7): the figures of the Reports tab as of a date, and the aging report and a
customer's statement of account as PDF and CSV.

One definition of *overdue* everywhere: the aging and the over-limit figures are the positions
:func:`workshop_desk.services.accounts.accounts` gives (the overdue list's rules); the trend asks
the same allocation rule on earlier dates through :class:`workshop_desk.domain.timeline.Timeline`,
which answers exactly what :func:`workshop_desk.domain.ledger.allocate` answers on each date
(property-tested) but allocates only what changed since each customer was last paid up.

Every customer's installments and payments are read once, a chunk of customers at a time
(:func:`~workshop_desk.db.queries.account_inputs`), and serve the trend, the DSO and the letters
before the next chunk is read (the whole history at once would take hundreds of megabytes). The
aging comes from the positions (the window's snapshot, when it has them). Everything is read in
the caller's (read) transaction; :func:`report_figures` is meant for a background thread.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_desk.db.models import ContactRow, Customer, LetterRecord, PaymentKind, PaymentRow, ShopProfile
from workshop_desk.db.queries import AccountInputs, account_histories, account_inputs, customer_refs
from workshop_desk.domain.countries import SUPPORTED_LANGUAGES
from workshop_desk.domain.money import Cents, format_plain
from workshop_desk.domain.overdue import AgingBuckets, days_sales_outstanding
from workshop_desk.domain.reports import LETTER_WINDOW_DAYS, letter_outcome, trend_days
from workshop_desk.domain.timeline import Timeline
from workshop_desk.i18n.formatting import locale_for
from workshop_desk.letters.report_content import (
    AgingLine,
    AgingReportContent,
    PlanLine,
    ReportPage,
    StatementEntry,
    StatementReportContent,
)
from workshop_desk.letters.report_labels import report_labels
from workshop_desk.letters.templates import KINDS as LETTER_KINDS
from workshop_desk.services.accounts import Account, accounts
from workshop_desk.services.collections import Outcome, ladder
from workshop_desk.services.letters import _footer, _letterhead, _recipient, interest_and_charges, letter_language
from workshop_desk.services.shop import Shop, load_shop
from workshop_desk.services.statement import statement

DSO_DAYS = 90
AGING_COLUMNS = ("customer_code", "customer_name", "not_due", "d1_30", "d31_60", "d61_90", "d90_plus", "total")
STATEMENT_COLUMNS = ("date", "kind", "reference", "description", "debit", "credit", "balance", "method", "detail")
TOP_DEBTORS = 10
_CHUNK = 250  # customers read at a time, and between two progress reports, while the trend is worked out


class ReportCancelledError(Exception):
    """The progress callback of :func:`report_figures` returned False: the figures were abandoned."""


ReportCancelled = ReportCancelledError
"""The name the Reports tab knows it by (the same class)."""


@dataclass(frozen=True)
class AgingRow:
    """A customer with an open balance, and that balance by days past due."""

    customer_id: int
    code: str
    name: str
    buckets: AgingBuckets
    overdue: Cents
    """``buckets.total - buckets.not_due``: the customer's overdue amount (``AccountStatus.overdue_amount``)."""


@dataclass(frozen=True)
class MonthPoint:
    month_end: date
    overdue: Cents
    """The total overdue of all customers as of the end of that day (due before it, paid by it)."""


@dataclass(frozen=True)
class LetterEffect:
    """How often a kind of letter was followed by payment (see :func:`letter_effects` for the rules).

    Attributes:
        kind: the letter kind as stored (``courtesy``, ``reminder``, ``second``, ``claim``,
            ``installment``, ``statement`` …).
        sent: letters of this kind dated in the 12 months that end 14 days before the report's
            date (``ReportFigures.letters_from`` … ``letters_until``), so that every letter
            counted has had its 14 days.
        paid_within_14_days: of those, how many were followed within 14 days by payments that
            covered what the letter asked for.
        paid_something: of those, how many were followed within 14 days by any payment.
    """

    kind: str
    sent: int
    paid_within_14_days: int
    paid_something: int

    @property
    def share(self) -> Decimal | None:
        """``paid_within_14_days / sent`` to four places (0.4286 for 3 of 7); ``None`` when none was sent."""
        if self.sent == 0:
            return None
        return (Decimal(self.paid_within_14_days) / Decimal(self.sent)).quantize(Decimal("0.0001"), ROUND_HALF_UP)


@dataclass(frozen=True)
class QuickFigures:
    """The figures of the Reports tab that need no history, only the positions as of one date
    (:func:`quick_figures`): every tile but the DSO, the aging and the top debtors. The same
    attributes, with the same values, as :class:`ReportFigures` (which see)."""

    as_of: date
    currency: str
    aging_rows: tuple[AgingRow, ...]
    aging_total: AgingBuckets
    collected_this_month: Cents
    collected_last_month: Cents
    over_limit_count: int
    over_limit_balance: Cents
    over_limit_excess: Cents
    top_debtors: tuple[AgingRow, ...]
    written_off_this_year: Cents
    written_off_count: int


@dataclass(frozen=True)
class ReportFigures(QuickFigures):
    """Every figure of the Reports tab as of one date (amounts in cents of ``currency``).

    Attributes:
        aging_rows: every customer with an open balance, most overdue first (then the largest
            balance, then the code).
        aging_total: the sum of their buckets; ``aging_total.total`` is the shop's open balance.
        overdue_trend: 24 points, oldest first: the ends of the 23 months before ``as_of``'s
            month and ``as_of`` itself (the month so far — or that month's end when ``as_of`` is
            one). As of 15 March 2026: 30 April 2024 … 28 February 2026, 15 March 2026.
        dso: days sales outstanding over the 90 days to ``as_of`` (``as_of`` − 89 … ``as_of``):
            open balance on ``as_of`` ÷ what was invoiced on credit (totals less deposits, void
            invoices left out) in those days × 90; ``None`` when nothing was invoiced.
        collected_this_month: money received (payments of kind ``payment``: not write-offs or
            reschedules) from the 1st of ``as_of``'s month to ``as_of``.
        collected_last_month: the same over the whole previous month.
        over_limit_count: customers whose open balance is above their debt limit.
        over_limit_balance: the sum of those customers' open balances.
        over_limit_excess: the sum of what they owe beyond their limits.
        top_debtors: the 10 largest open balances (largest first).
        written_off_this_year: write-offs dated 1 January of ``as_of``'s year to ``as_of``.
        written_off_count: how many write-offs that is.
        letter_effects: every letter kind, in the order of the letter menu, then any other kind found.
        letters_from: the first day of the letters counted in ``letter_effects``.
        letters_until: the last day of the letters counted (``as_of`` − 14 days).
    """

    overdue_trend: tuple[MonthPoint, ...]
    dso: Decimal | None
    letter_effects: tuple[LetterEffect, ...]
    letters_from: date | None = None
    letters_until: date | None = None


class _Progress:
    def __init__(self, callback: Callable[[int, int], bool] | None, total: int) -> None:
        self.callback, self.total, self.done = callback, total, 0

    def advance(self, steps: int = 1) -> None:
        self.done = min(self.total, self.done + steps)
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise ReportCancelledError


def report_figures(
    session: Session,
    as_of: date,
    progress: Callable[[int, int], bool] | None = None,
    listed: Iterable[Account] | None = None,
) -> ReportFigures:
    """Every figure of the Reports tab as of ``as_of`` (see :class:`ReportFigures`).

    Args:
        progress: called now and then with (steps done, steps in all); returning ``False``
            stops the work.
        listed: every customer's position as of ``as_of`` if the caller has it (as for
            :func:`quick_figures`): then the positions are not worked out a second time.

    Raises:
        ReportCancelledError: ``progress`` returned ``False`` (also known as ``ReportCancelled``).
    """
    ids = list(customer_refs(session))
    tick = _Progress(progress, total=len(ids) + 4)
    tick.advance()
    listed = accounts(session, as_of) if listed is None else list(listed)
    rows = _aging_rows(listed)
    tick.advance()

    days = trend_days(as_of)
    overdue = [0] * len(days)
    dso_start = as_of - timedelta(days=DSO_DAYS)
    credit_sales = 0
    recorded, logged = _letters_sent(session, as_of)
    asked: list[Cents] = [0] * len(logged)
    logged_by_customer: dict[int, list[int]] = {}
    for index, (customer_id, *_rest) in enumerate(logged):
        logged_by_customer.setdefault(customer_id, []).append(index)
    for start in range(0, len(ids), _CHUNK):
        for customer_id, inputs in account_inputs(session, as_of, ids[start : start + _CHUNK]).items():
            if not inputs.installments and not inputs.payments:
                continue  # nothing ever owed or paid: nothing to add
            timeline = Timeline(inputs.installments, inputs.payments)
            credit_sales += timeline.invoiced_on(as_of) - timeline.invoiced_on(dso_start)
            for index, amount in enumerate(timeline.overdue_on_days(days)):
                overdue[index] += amount
            for index in logged_by_customer.get(customer_id, ()):
                _customer, _kind, day, covered = logged[index]
                asked[index] = _asked(timeline, day, covered)
        tick.advance(min(_CHUNK, len(ids) - start))

    quick = _quick_figures(session, as_of, listed, rows)
    tick.advance()
    letters_from, letters_until = letter_period(as_of)
    sent = recorded + [
        (customer_id, kind, day, amount) for (customer_id, kind, day, _), amount in zip(logged, asked, strict=True)
    ]
    effects = _letter_tally(session, as_of, sent)
    tick.advance()

    return ReportFigures(
        **{field.name: getattr(quick, field.name) for field in fields(QuickFigures)},
        overdue_trend=tuple(MonthPoint(day, amount) for day, amount in zip(days, overdue, strict=True)),
        dso=days_sales_outstanding(sum(account.status.open_balance for account in listed), credit_sales, DSO_DAYS),
        letter_effects=effects,
        letters_from=letters_from,
        letters_until=letters_until,
    )


def quick_figures(session: Session, as_of: date, listed: Iterable[Account] | None = None) -> QuickFigures:
    """The figures of :func:`report_figures` that need no history (see :class:`QuickFigures`),
    much sooner: the positions (:func:`~workshop_desk.services.accounts.accounts`) and three sums.

    Args:
        listed: every customer's position as of ``as_of`` if the caller has it (the window's
            snapshot, kept up to date): then only the three sums are read.
    """
    listed = accounts(session, as_of) if listed is None else list(listed)
    return _quick_figures(session, as_of, listed, _aging_rows(listed))


def _quick_figures(session: Session, as_of: date, listed: list[Account], rows: tuple[AgingRow, ...]) -> QuickFigures:
    first_of_month = as_of.replace(day=1)
    last_month_end = first_of_month - timedelta(days=1)
    collected_this_month, _ = _sum_of(session, PaymentKind.PAYMENT, first_of_month, as_of)
    collected_last_month, _ = _sum_of(session, PaymentKind.PAYMENT, last_month_end.replace(day=1), last_month_end)
    written_off, written_off_count = _sum_of(session, PaymentKind.WRITE_OFF, date(as_of.year, 1, 1), as_of)
    over_limit = [account.status for account in listed if account.status.over_limit]
    return QuickFigures(
        as_of=as_of,
        currency=load_shop(session).currency,
        aging_rows=rows,
        aging_total=sum((row.buckets for row in rows), AgingBuckets()),
        collected_this_month=collected_this_month,
        collected_last_month=collected_last_month,
        over_limit_count=len(over_limit),
        over_limit_balance=sum(status.open_balance for status in over_limit),
        over_limit_excess=sum(status.over_limit_by for status in over_limit),
        top_debtors=tuple(sorted(rows, key=lambda row: (-row.buckets.total, row.code))[:TOP_DEBTORS]),
        written_off_this_year=written_off,
        written_off_count=written_off_count,
    )


def aging_rows(session: Session, as_of: date) -> tuple[AgingRow, ...]:
    """Every customer with an open balance on ``as_of``, by bucket, most overdue first."""
    return _aging_rows(accounts(session, as_of))


def _aging_rows(listed: Iterable[Account]) -> tuple[AgingRow, ...]:
    rows = [
        AgingRow(account.customer.id, account.customer.code, account.customer.name, account.status.aging,
                 account.status.overdue_amount)
        for account in listed
        if account.status.open_balance > 0
    ]  # fmt: skip
    return tuple(sorted(rows, key=lambda row: (-row.overdue, -row.buckets.total, row.code)))


def _sum_of(session: Session, kind: str, first: date, last: date) -> tuple[Cents, int]:
    """The sum and number of the payments of ``kind`` dated ``first`` … ``last``."""
    total, count = session.execute(
        select(func.coalesce(func.sum(PaymentRow.amount_cents), 0), func.count()).where(
            PaymentRow.kind == kind, PaymentRow.date >= first, PaymentRow.date <= last
        )
    ).one()
    return int(total), int(count)


# ---------------------------------------------------------------------- letters


def letter_period(as_of: date) -> tuple[date, date]:
    """The days whose letters :func:`letter_effects` counts: the 12 months ending 14 days before ``as_of``."""
    until = as_of - timedelta(days=LETTER_WINDOW_DAYS)
    try:
        year_before = until.replace(year=until.year - 1)
    except ValueError:  # 29 February
        year_before = until.replace(year=until.year - 1, day=28)
    return year_before + timedelta(days=1), until


def letter_effects(
    session: Session, as_of: date, timelines: Mapping[int, Timeline] | None = None
) -> tuple[LetterEffect, ...]:
    """How often each kind of letter was followed by payment, as of ``as_of``.

    **Letters counted**: those dated in :func:`letter_period` (the 12 months that end 14 days
    before ``as_of``, so every letter has had its 14 days and no payment after ``as_of`` is
    seen). A letter is either

    * a letter the program produced (a row of the ``letter`` table): it asked for the principal
      it listed (``principal_cents``; the interest and fees a claim adds are left out, so that
      every kind is measured against the same thing: the debt); or
    * a letter step of the collection ladder logged as sent (outcome ``letter_sent``) without a
      produced letter behind it — written by hand, or the demo's history — unless a later entry
      (by ``as_of``) corrects it or a produced letter of the same kind went to the customer that day: it asked
      for the unpaid part, on its day, of the installments the step covered (by the allocation
      rule), or the overdue amount when the entry names none. Its kind is the step's letter.

    **Paid within 14 days**: payments of kind ``payment`` (not write-offs or reschedules) from
    the customer dated the letter's day + 1 … + 14, at least one, adding up to at least what
    the letter asked for. A payment on the letter's own day is already reflected in what it
    asked. **Paid something**: at least one such payment. (:func:`~workshop_desk.domain.reports.letter_outcome`.)

    Args:
        timelines: the customers' timelines if the caller has them (:func:`report_figures`);
            otherwise those needed are read.
    """
    recorded, logged = _letters_sent(session, as_of)
    if timelines is None:
        needed = sorted({customer_id for customer_id, *_rest in logged})
        histories = account_histories(session, as_of) if needed else {}
        timelines = {
            customer_id: _timeline(histories[customer_id]) for customer_id in needed if customer_id in histories
        }
    sent = recorded + [
        (customer_id, kind, day, _asked(timelines.get(customer_id), day, covered))
        for customer_id, kind, day, covered in logged
    ]
    return _letter_tally(session, as_of, sent)


_Sent = tuple[int, str, date, Cents]
"""A letter counted by :func:`letter_effects`: customer, kind, day, what it asked for."""
_Logged = tuple[int, str, date, str]
"""A letter step logged as sent without a produced letter: customer, kind, day, the installments covered."""


def _letters_sent(session: Session, as_of: date) -> tuple[list[_Sent], list[_Logged]]:
    """The letters :func:`letter_effects` counts: those produced, and those only logged (one a
    customer, kind and day; what they asked for needs the customer's timeline)."""
    since, until = letter_period(as_of)
    recorded_letters = select(
        LetterRecord.customer_id, LetterRecord.kind, LetterRecord.letter_date, LetterRecord.principal_cents
    ).where(LetterRecord.letter_date.between(since, until))
    recorded = [
        (customer_id, kind, day, int(principal))
        for customer_id, kind, day, principal in session.execute(recorded_letters)
    ]
    seen = {(customer_id, kind, day) for customer_id, kind, day, _ in recorded}

    letter_steps = {step.key: step.letter for step in ladder(session) if step.letter}
    corrected = select(ContactRow.corrects_id).where(ContactRow.corrects_id.is_not(None), ContactRow.day <= as_of)
    logged_steps = select(ContactRow.customer_id, ContactRow.day, ContactRow.step_key, ContactRow.covered).where(
        ContactRow.outcome == Outcome.LETTER_SENT,
        ContactRow.letter_id.is_(None),
        ContactRow.day.between(since, until),
        ContactRow.id.not_in(corrected),
    )
    logged: list[_Logged] = []
    for customer_id, day, step_key, covered in session.execute(logged_steps):
        kind = letter_steps.get(step_key) or step_key
        if (kind in letter_steps.values() or kind in LETTER_KINDS) and (customer_id, kind, day) not in seen:
            seen.add((customer_id, kind, day))
            logged.append((customer_id, kind, day, covered))
    return recorded, logged


def _letter_tally(session: Session, as_of: date, sent: list[_Sent]) -> tuple[LetterEffect, ...]:
    """How many of the ``sent`` letters of each kind were followed by payment (:func:`letter_effects`)."""
    since, _until = letter_period(as_of)
    received: dict[int, list[tuple[date, Cents]]] = {}
    payments = select(PaymentRow.customer_id, PaymentRow.date, PaymentRow.amount_cents).where(
        PaymentRow.kind == PaymentKind.PAYMENT, PaymentRow.date > since, PaymentRow.date <= as_of
    )
    for customer_id, day, amount in session.execute(payments):
        received.setdefault(customer_id, []).append((day, amount))
    counts: dict[str, list[int]] = {kind: [0, 0, 0] for kind in LETTER_KINDS}
    for customer_id, kind, day, asked in sent:
        outcome = letter_outcome(day, asked, received.get(customer_id, ()))
        tally = counts.setdefault(kind, [0, 0, 0])
        tally[0] += 1
        tally[1] += outcome.paid_in_full
        tally[2] += outcome.paid_something
    order = [*LETTER_KINDS, *sorted(set(counts) - set(LETTER_KINDS))]
    return tuple(LetterEffect(kind, *counts[kind]) for kind in order)


def _timeline(inputs: AccountInputs) -> Timeline:
    return Timeline(inputs.installments, inputs.payments)


def _asked(timeline: Timeline | None, day: date, covered: str) -> Cents:
    """What a letter logged in the contact log asked for: the unpaid part of the installments it covered."""
    if timeline is None:
        return 0
    keys = [int(pair[0]) for pair in json.loads(covered)] if covered else []
    if not keys:
        return timeline.overdue_on(day)
    unpaid = timeline.unpaid_on(day)
    return sum(unpaid.get(key, 0) for key in keys)


# ---------------------------------------------------------------------- CSV


def write_aging_csv(rows: Iterable[AgingRow], out: TextIO) -> None:
    """The aging as CSV, one customer a line sorted by code, plain amounts (``1234.50``), no total line.

    Columns: ``customer_code,customer_name,not_due,d1_30,d31_60,d61_90,d90_plus,total``.
    """
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(AGING_COLUMNS)
    for row in sorted(rows, key=lambda row: row.code):
        buckets = row.buckets
        amounts = (buckets.not_due, buckets.d1_30, buckets.d31_60, buckets.d61_90, buckets.d90_plus, buckets.total)
        writer.writerow([row.code, row.name, *(format_plain(amount) for amount in amounts)])


def write_statement_csv(session: Session, customer_id: int, as_of: date, out: TextIO) -> None:
    """A customer's statement as CSV: every invoice and payment up to ``as_of`` with the running balance.

    Columns: ``date,kind,reference,description,debit,credit,balance,method,detail`` — ``kind`` is
    ``invoice``, ``void``, ``payment``, ``write_off`` or ``reschedule``; ``reference`` the invoice
    number (a payment's: the invoice it was tied to); ``detail`` a write-off's reason code or the
    plan a reschedule moved the debt to. Amounts are plain (``1234.50``); a negative balance is
    money the shop owes the customer.

    Raises:
        sqlalchemy.orm.exc.NoResultFound: no customer has this id.
    """
    customer = session.get_one(Customer, customer_id)
    result = statement(session, customer_id, as_of, customer.debt_limit_cents)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(STATEMENT_COLUMNS)
    for line in result.lines:
        writer.writerow(
            [line.day.isoformat(), line.kind, line.reference, line.description, format_plain(line.debit),
             format_plain(line.credit), format_plain(line.balance), line.method, line.detail]
        )  # fmt: skip


# ---------------------------------------------------------------------- PDF


def render_aging_pdf(session: Session, as_of: date, language: str | None = None) -> bytes:
    """The aging report as of ``as_of`` as a PDF, in ``language`` (default: the shop's letters' language).

    Raises:
        ValueError: an unknown language.
    """
    shop = load_shop(session)
    page = _page(session, shop, as_of, language or shop.language)
    rows = aging_rows(session, as_of)
    lines = tuple(AgingLine(row.code, row.name, row.buckets) for row in rows)
    total = sum((row.buckets for row in rows), AgingBuckets())
    from workshop_desk.letters.reports import render_aging_report

    return render_aging_report(AgingReportContent(page, lines, total))


def render_statement_pdf(session: Session, customer_id: int, as_of: date, language: str | None = None) -> bytes:
    """A customer's statement of account as of ``as_of`` as a PDF, in ``language`` (default: the
    customer's language, else the shop's): balance with late interest and charges to date, every
    invoice and payment with the running balance, every installment with its state.

    Raises:
        ValueError: an unknown language.
        sqlalchemy.orm.exc.NoResultFound: no customer has this id.
    """
    if language is not None and language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    shop = load_shop(session)
    customer = session.get_one(Customer, customer_id)
    language = letter_language(customer.language, shop, language)
    page = _page(session, shop, as_of, language)
    result = statement(session, customer_id, as_of, customer.debt_limit_cents)
    interest, charges = interest_and_charges(session, customer_id, as_of)
    from workshop_desk.services.case_file import _installments  # late: it brings the PDF renderer with it

    ordered = sorted(result.installments, key=lambda status: (status.installment.issue_date,
                     status.installment.invoice_number, status.installment.seq))  # fmt: skip
    plan = tuple(
        PlanLine(_installments((status,))[0], *result.settled_by.get(status.installment.key, ("", "")))
        for status in ordered
    )
    entries = tuple(
        StatementEntry(line.day, line.kind, line.reference,
                       line.detail if line.kind == PaymentKind.RESCHEDULE else line.description,
                       line.debit, line.credit, line.balance)
        for line in result.lines
    )  # fmt: skip
    content = StatementReportContent(
        page=page,
        customer_code=customer.code,
        customer_name=customer.name,
        address=_recipient(customer, shop, report_labels(language), language),
        entries=entries,
        installments=plan,
        open_balance=result.status.open_balance,
        overdue=result.status.overdue_amount,
        credit=result.status.credit,
        interest=interest,
        charges=charges,
    )
    from workshop_desk.letters.reports import render_statement_report

    return render_statement_report(content)


def _page(session: Session, shop: Shop, as_of: date, language: str) -> ReportPage:
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    words = report_labels(language)
    return ReportPage(
        language=language,
        locale=locale_for(language, shop.country),
        currency=shop.currency,
        as_of=as_of,
        letterhead=_letterhead(shop, words),
        footer=_footer(shop, words),
        page_size="LETTER" if shop.country == "US" else "A4",
        logo=session.scalar(select(ShopProfile.logo).where(ShopProfile.id == 1)),
    )
