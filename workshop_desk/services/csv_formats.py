"""The four CSV formats (customers, invoices, installments, payments) and how a field is read.

Every file is UTF-8 (a byte-order mark is tolerated) with a header row; amounts use a dot as the
decimal separator (``1234.50``) and dates are ``YYYY-MM-DD``. The key columns of each format must
be in the header; the others may be left out (they are then empty). An unknown column is an
error, so that a misspelt header is not silently ignored.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from workshop_desk.domain.dates import DateError, parse_date
from workshop_desk.domain.money import AmountError, Cents, parse_amount
from workshop_desk.i18n.parsing import EARLIEST, LATEST


@dataclass(frozen=True)
class CsvFormat:
    kind: str
    columns: tuple[str, ...]
    required: frozenset[str]


FORMATS: dict[str, CsvFormat] = {
    "customers": CsvFormat(
        "customers",
        (
            "code",
            "name",
            "kind",
            "tax_id",
            "email",
            "phone",
            "address",
            "postal_code",
            "city",
            "country",
            "language",
            "debt_limit",
            "notes",
        ),
        frozenset({"code", "name"}),
    ),
    "invoices": CsvFormat(
        "invoices",
        ("number", "customer_code", "issue_date", "due_date", "total", "deposit", "description", "status"),
        frozenset({"number", "customer_code", "issue_date", "due_date", "total"}),
    ),
    "installments": CsvFormat(
        "installments",
        ("invoice_number", "due_date", "amount"),
        frozenset({"invoice_number", "due_date", "amount"}),
    ),
    "payments": CsvFormat(
        "payments",
        ("customer_code", "invoice_number", "date", "amount", "method", "reference"),
        frozenset({"customer_code", "date", "amount"}),
    ),
}
KINDS = tuple(FORMATS)


@dataclass(frozen=True, order=True)
class RowError:
    """Why one line of a file cannot be imported (line 1 is the header)."""

    line: int
    message: str

    def __post_init__(self) -> None:
        # A message may quote a field, and a quoted CSV field may hold line breaks; each problem is
        # printed as one line, so they are shown escaped (as repr() would show them).
        object.__setattr__(self, "message", self.message.translate(_ESCAPED_BREAKS))

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


_ESCAPED_BREAKS = {ord(char): repr(char)[1:-1] for char in "\r\n\x0b\x0c"}


class Fields:
    """One data row: typed access to its fields that records what is wrong instead of raising.

    After reading every field, ``errors`` lists the problems of the row; the values returned for
    a bad field are placeholders that are never written because the import stops.
    """

    def __init__(self, line: int, values: dict[str, str]) -> None:
        self.line = line
        self._values = values
        self.errors: list[RowError] = []

    def error(self, message: str) -> None:
        self.errors.append(RowError(self.line, message))

    def text(self, column: str, *, max_length: int, required: bool = False) -> str:
        value = self._values.get(column, "").strip()
        if required and not value:
            self.error(f"{column} is empty")
        elif len(value) > max_length:
            self.error(f"{column} is longer than {max_length} characters")
        return value

    def day(self, column: str, *, required: bool = True) -> date:
        value = self._values.get(column, "").strip()
        if not value:
            if required:
                self.error(f"{column} is empty")
            return date.min
        try:
            day = parse_date(value)
        except DateError as problem:
            self.error(f"{column} {problem}")
            return date.min
        if not EARLIEST <= day <= LATEST:  # the program's dates; date.min also stands for "unreadable" here
            self.error(f"{column} {value!r} is not between {EARLIEST} and {LATEST}")
            return date.min
        return day

    def amount(self, column: str, *, required: bool = True, positive: bool = False) -> Cents | None:
        value = self._values.get(column, "").strip()
        if not value:
            if required:
                self.error(f"{column} is empty")
                return 0
            return None
        try:
            cents = parse_amount(value)
        except AmountError as problem:
            self.error(f"{column}: {problem}")
            return 0
        if positive and cents == 0:
            self.error(f"{column} is zero")
        return cents

    def choice(self, column: str, options: tuple[str, ...], *, default: str) -> str:
        value = self._values.get(column, "").strip().lower()
        if not value:
            return default
        if value not in options:
            self.error(f"{column} {value!r} is not one of {', '.join(options)}")
            return default
        return value


def read_rows(path: Path, csv_format: CsvFormat) -> tuple[list[Fields], list[RowError]]:
    """Read ``path`` into rows; structural problems (header, field counts) come back as errors.

    The reader is strict: a stray or unclosed quote stops the reading with an error at the line
    where that record starts, instead of silently swallowing the rows after it into one field.

    Raises:
        OSError: the file cannot be opened.
        UnicodeDecodeError: the file is not UTF-8.
    """
    rows: list[Fields] = []
    errors: list[RowError] = []
    with path.open(newline="", encoding="utf-8-sig") as file:
        reader = csv.reader(file, strict=True)
        previous_end = 0
        try:
            header = next(reader, None)
            if header is None:
                return [], [RowError(1, "the file is empty (a header row is needed)")]
            names = [name.strip() for name in header]
            errors = _header_errors(names, csv_format)
            if errors:
                return [], errors
            previous_end = reader.line_num
            for values in reader:
                line = previous_end + 1
                previous_end = reader.line_num
                if not any(value.strip() for value in values):
                    continue  # a blank line, or a row of empty cells as spreadsheets write them
                if len(values) != len(names):
                    errors.append(RowError(line, f"has {len(values)} fields, the header has {len(names)}"))
                    continue
                rows.append(Fields(line, dict(zip(names, values, strict=True))))
        except csv.Error as problem:
            errors.append(RowError(previous_end + 1, _unreadable(str(problem))))
    return rows, errors


def _unreadable(problem: str) -> str:
    if "unexpected end of data" in problem:
        reason = 'a quote (") opens a field here and is never closed'
    elif "field larger than field limit" in problem:
        reason = f"a field here is longer than {csv.field_size_limit():,} characters"
    elif "expected after" in problem:
        reason = 'a quote (") stands inside a field; put the whole field in quotes and double the quote'
    else:
        reason = f"the CSV cannot be read here ({problem})"
    return f"{reason}; nothing from this line on could be read"


def _header_errors(names: list[str], csv_format: CsvFormat) -> list[RowError]:
    errors = []
    unknown = [name for name in names if name not in csv_format.columns]
    missing = sorted(csv_format.required - set(names))
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if unknown:
        errors.append(
            RowError(
                1,
                f"unknown column(s) {', '.join(unknown)}; a {csv_format.kind} file has {','.join(csv_format.columns)}",
            )
        )
    if missing:
        errors.append(RowError(1, f"missing column(s) {', '.join(missing)}"))
    if duplicated:
        errors.append(RowError(1, f"column(s) {', '.join(duplicated)} appear more than once"))
    return errors
