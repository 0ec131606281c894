"""Hostile input for the bad-input sweep (issue #9): odd text, numbers and dates as people (and files) send them.

Every strategy draws plain ``str``; which field it lands in decides whether it is "a number" or
"a date". The fixed lists hold the cases a generator would rarely find on its own (``1e309``,
``2026-02-30``, a right-to-left override); the generated parts add random text with control
characters, NUL, combining marks, emoji and very long strings, and mixtures of both.
"""

from __future__ import annotations

from hypothesis import strategies as st

NUMBERS = (
    "0", "-0", "-0.00", "0.00", "0.001", "-1", "-0.01", "1", "12.50", "100", "250", "1e309", "-1e309", "1E5",
    "1e-400", "1e999999999", "NaN", "nan", "sNaN", "-NaN", "Infinity", "-Infinity", "inf", "9" * 40,
    "-" + "9" * 40, "9" * 5000, "999999999.99", "1000000000.00", "1,234.5.6", "1.234,56", "1 234,56",
    "1,234.50", "1_000", "+5", "0x10", "0b1", ".5", "5.", "--5", "5-", "(5)", "$5", "€ 5", "5 €", "£1,000",
    "  7  ", "٣٤", "１２３", "\U0001d7d9", "½", "5\u00a0000", "5\u202f000,00", "−5",
    "0." + "0" * 4400 + "1", "0," + "0" * 4400 + "1",  # past Python's 4 300-digit limit for int()
)  # fmt: skip
"""Numbers too large, negative, not finite, in exponent form, in another script, or ambiguous."""

DATES = (
    "2026-02-30", "2026-02-29", "2024-02-29", "0000-00-00", "0001-01-01", "9999-12-31", "99999-01-01",
    "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-1", "26-03-15", "15/03/2026", "03/15/2026",
    "31.02.2026", "2026. 03. 15.", "2026-W10-1", "20260315", "2026-03-15T00:00", "2026-03-15 ", "1999-12-31",
    "2100-01-01", "1970-01-01", "-2026-03-15", "+2026-03-15", "٢٠٢٦-٠٣-١٥", "２０２６-０３-１５", "2026-03-15",
    "15/03/26", "32/01/2026", "00/00/0000",
)  # fmt: skip
"""Days that do not exist, lie outside any sensible range, or are written another way."""

ODD = (
    "\x00", "\x00A1", "\x07", "\x1b[31mred\x1b[0m", "\x7f", "\r", "\n", "\r\n", "\t", "\x0b", "\x0c", "\x1c",
    "\x85", "\u2028", "\u2029", "\u200b", "\u200e", "\u200f", "\u202e", "\u2066", "\u2069", "\ufeff",
    "\u00a0", "\u202f", "\ufffd", "\uffff", "\U0010ffff", "🔧", "👩\u200d🔧", "🇮🇹", "e\u0301", "Z\u0336\u0337",
    "ﬁ", "ß", "İ", "Ω", "\u0645\u0631\u062d\u0628\u0627", "שלום", "Пётр", "Ő", "'", '"', '""', ",", ";",
    "=1+1", "@SUM(A1)", "%s%n", "{0}", "{name}", "<b>x</b>", "&amp;", "\\", "NULL", "None", "' OR 1=1 --",
)  # fmt: skip
"""Control characters, bidirectional marks, emoji sequences, combining marks, quotes, format strings."""

VALID_LOOKING = ("A1", "A2", "P-001", "C0001", "cash", "card", "transfer", "open", "person", "company", "IT", "it")
"""Values that are right in some column, so that a value "valid elsewhere" lands in every column."""


def long_strings() -> st.SearchStrategy[str]:
    """Runs of one character, 100 to 20 000 long (well past every column's limit)."""
    return st.builds(
        lambda unit, count: unit * count,
        st.sampled_from(["x", "é", "9", " ", "🔧", "\u200f", "\x00", ","]),
        st.integers(100, 20_000),
    )


def generated_text(max_size: int = 40) -> st.SearchStrategy[str]:
    """Random text: any code point (NUL and control characters included, surrogates not)."""
    odd_categories = ("Cc", "Cf", "Zl", "Zp", "Zs", "Mn", "Me", "So", "Co")
    return st.text(max_size=max_size) | st.text(st.characters(categories=odd_categories), max_size=max_size)


def hostile_text(*, long: bool = True) -> st.SearchStrategy[str]:
    """Anything: fixed hostile values, random text, mixtures, and (``long``) very long strings."""
    fixed = st.sampled_from(NUMBERS + DATES + ODD + VALID_LOOKING + ("",))
    mixed = st.tuples(fixed, generated_text(8), fixed).map("".join)
    choices = [fixed, fixed, generated_text(), mixed]
    if long:
        choices.append(long_strings())
    return st.one_of(*choices)


def hostile_number() -> st.SearchStrategy[str]:
    """Mostly numbers gone wrong, sometimes anything at all."""
    return st.one_of(st.sampled_from(NUMBERS), st.sampled_from(NUMBERS), hostile_text(long=False))


def hostile_date() -> st.SearchStrategy[str]:
    """Mostly dates gone wrong, sometimes anything at all."""
    return st.one_of(st.sampled_from(DATES), st.sampled_from(DATES), hostile_text(long=False))


def one_line(text: str) -> bool:
    """Whether ``text`` shows as one line on a terminal (no line feed, carriage return, VT or FF)."""
    return not any(mark in text for mark in "\n\r\x0b\x0c")
