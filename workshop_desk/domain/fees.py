"""Fixed charges a claim may add to late invoices: flat compensation and a one-off fine.

* **Flat compensation** per late invoice, for business customers where the law gives it:
  €40 in Italy (D.Lgs. 231/2002), €40 in forints in Hungary (Ptk. 6:155), and in the UK £40,
  £70 or £100 by the size of the debt (Late Payment of Commercial Debts Act).
* **Fine** (multa): a percentage of the late principal, once (2 % in Brazil, CDC art. 52 §1).

Amounts and percentages are settings with per-country defaults; this module only applies them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from workshop_desk.domain.money import Cents


@dataclass(frozen=True)
class FeeRule:
    """``tiers``: (debt below this amount, compensation) pairs in rising order; the last tier's
    threshold may be ``None`` (no upper bound). One tier with ``None`` is a flat amount."""

    tiers: tuple[tuple[Cents | None, Cents], ...] = ()
    fine_percent: Decimal = Decimal(0)

    def compensation_for(self, debt: Cents) -> Cents:
        for below, amount in self.tiers:
            if below is None or debt < below:
                return amount
        return 0


@dataclass(frozen=True, slots=True)
class FeeLine:
    kind: str  # "compensation" or "fine"
    reference: str  # the invoice number, or "" for a fine on the whole late principal
    basis: Cents  # the amount the fee is computed on
    amount: Cents


def fee_lines(late_principal_by_invoice: Mapping[str, Cents], rule: FeeRule) -> list[FeeLine]:
    """The fees for the late invoices given (invoice number → unpaid late principal)."""
    lines = [
        FeeLine("compensation", number, principal, rule.compensation_for(principal))
        for number, principal in late_principal_by_invoice.items()
        if principal > 0 and rule.compensation_for(principal)
    ]
    principal = sum(late_principal_by_invoice.values())
    if rule.fine_percent and principal > 0:
        fine = int((Decimal(principal) * rule.fine_percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        lines.append(FeeLine("fine", "", principal, fine))
    return lines
