"""Small constructors so that each test reads like the account it describes."""

from __future__ import annotations

from datetime import date
from itertools import count

from workshop_desk.domain.ledger import Installment, Payment

_keys = count(1)


def invoice(
    number: str,
    issued: date,
    parts: list[tuple[date, int]],
    *,
    invoice_key: int | None = None,
    void: bool = False,
) -> list[Installment]:
    """The installments of one invoice: ``parts`` is [(due date, cents), …] in plan order."""
    key = invoice_key if invoice_key is not None else next(_keys)
    return [
        Installment(
            key=next(_keys) + 10_000,
            invoice_key=key,
            invoice_number=number,
            issue_date=issued,
            due_date=due,
            amount=amount,
            seq=seq,
            void=void,
        )
        for seq, (due, amount) in enumerate(parts, start=1)
    ]


def payment(paid_on: date, amount: int, tied_to: list[Installment] | None = None, *, key: int | None = None) -> Payment:
    return Payment(
        key=key if key is not None else next(_keys) + 100_000,
        date=paid_on,
        amount=amount,
        invoice_key=tied_to[0].invoice_key if tied_to else None,
    )
