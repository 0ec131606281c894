"""The payment behaviour score in words: its reasons, the one-line explanation, the good-payer mark.

The domain gives reason codes with numbers (:mod:`workshop_desk.domain.scoring`); this module says
them in the user's language, the biggest factors first.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import format_percent

from workshop_desk.domain.scoring import Reason, ReasonCode, Score
from workshop_desk.i18n.qt import TranslationContext

GOOD_PAYER_MARK = "★"
REASONS_SHOWN = 3
"""How many reasons the one-line explanation names."""
ScoreTexts = TranslationContext("ScoreTexts")
"""The texts of the score (see :class:`~workshop_desk.i18n.qt.TranslationContext`)."""


def reason_text(reason: Reason, locale: Locale) -> str:
    """One reason in words: ``"3 missed installments"``."""
    code, value, total = reason.code, reason.value, reason.total
    if code is ReasonCode.PAID_LATE:
        if total == 1:
            return ScoreTexts.tr("the installment due was not paid on time")
        return ScoreTexts.tr("{late} of %n installments not paid on time", "", total).format(late=value)
    if code is ReasonCode.DAYS_LATE:
        return ScoreTexts.tr("%n day(s) late on average", "", value)
    if code is ReasonCode.MISSED:
        return ScoreTexts.tr("%n missed installment(s)", "", value)
    if code is ReasonCode.BROKEN_PROMISES:
        return ScoreTexts.tr("%n broken promise(s)", "", value)
    if code is ReasonCode.WRITTEN_OFF:
        share = format_percent(Decimal(value) / 100, locale=locale)
        return ScoreTexts.tr("{share} written off").format(share=share)
    if code is ReasonCode.ON_TIME:
        if total == 1:
            return ScoreTexts.tr("the installment due was paid on time")
        return ScoreTexts.tr("all %n installments paid on time", "", total)
    return ScoreTexts.tr("no payment history yet")


def explanation(score: Score, locale: Locale) -> str:
    """The biggest factors of a score in one line: ``"3 missed installments, 1 broken promise"``."""
    return ", ".join(reason_text(reason, locale) for reason in score.reasons[:REASONS_SHOWN])


def score_line(score: Score, locale: Locale) -> str:
    """``"Payment score 42: 3 missed installments, 1 broken promise"``."""
    return ScoreTexts.tr("Payment score {score}: {reasons}").format(
        score=score.value, reasons=explanation(score, locale)
    )


def score_cell(score: Score) -> str:
    """The score as the customers list shows it: ``"★ 92"`` for a good payer, else ``"67"``."""
    return f"{GOOD_PAYER_MARK} {score.value}" if score.good_payer else str(score.value)


def good_payer_tip() -> str:
    return ScoreTexts.tr("Good payer: eligible for a discount")


def score_tooltip(score: Score, locale: Locale) -> str:
    """The score's tooltip: the good-payer note (if any) above the explanation."""
    lines = [good_payer_tip()] if score.good_payer else []
    return "\n".join([*lines, score_line(score, locale)])
