"""Letter texts as data: loading, checking and filling the per-language TOML files.

See ``templates/README.md`` for the format. A text is checked before it is used or saved
(:func:`template_problems`): it must parse, have every key, use only known placeholders and
block markers. Filling escapes the values for ReportLab's paragraph markup, so a customer named
``<Smith & Co>`` prints literally and can never inject markup.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from xml.sax.saxutils import escape

from workshop_desk.i18n.markers import QT_TRANSLATE_NOOP, Message
from workshop_desk.paths import package_folder

KINDS = ("courtesy", "reminder", "second", "claim", "installment", "statement")
KEYS = ("title", "subject", "sending_method", "salutation", "body", "closing")
PLACEHOLDERS = frozenset(
    {
        "shop_name", "shop_address", "shop_postal_code", "shop_city", "shop_phone", "shop_email", "shop_tax_id",
        "signatory", "signatory_role", "customer_name", "customer_code", "customer_tax_id", "letter_date",
        "deadline", "deadline_days", "open_total", "overdue_total", "interest_total", "fees_total", "claim_total",
        "invoice_numbers", "oldest_due_date", "max_days_late", "missed_count", "next_due_date", "next_due_amount",
        "interest_basis", "payment_reference", "iban",
    }
)  # fmt: skip
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_MARKER_LINE = re.compile(r"^\s*\[\[([a-z_]+)\]\]\s*$")
_LIST_ITEM = re.compile(r"^\s*([-–•*]|\d+[.)])\s")


class Block(StrEnum):
    """The tables and boxes a body places with a ``[[name]]`` line."""

    ITEMS = "items"
    INTEREST = "interest"
    PAYMENT = "payment"
    STATEMENT = "statement"
    INSTALLMENTS = "installments"


@dataclass(frozen=True)
class LetterTemplate:
    title: str
    subject: str
    sending_method: str
    salutation: str
    body: str
    closing: str


class TemplateError(ValueError):
    """The text cannot be used; ``problems`` lists why (:class:`~workshop_desk.i18n.markers.Message`
    values: English as strings, translated by the window)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class Problem:
    """What can be wrong with a letter text (the templates of :func:`template_problems`'s messages)."""

    #: A problem of a letter text the user edits in Settings → Letter texts; the quoted words are
    #: the TOML keys and placeholders of the file, which stay as they are.
    NOT_TOML = QT_TRANSLATE_NOOP("LetterTextProblem", "the text is not valid TOML: {error}")
    KEY_MISSING = QT_TRANSLATE_NOOP("LetterTextProblem", "the key '{key}' is missing")
    KEY_UNKNOWN = QT_TRANSLATE_NOOP("LetterTextProblem", "the key '{key}' is not one of {keys}")
    PLACEHOLDER_UNKNOWN = QT_TRANSLATE_NOOP("LetterTextProblem", "unknown placeholder {placeholder} in '{key}'")
    STRAY_BRACE = QT_TRANSLATE_NOOP(
        "LetterTextProblem", "a brace in '{key}' is not part of a placeholder like {example}"
    )
    BLOCK_OUTSIDE_BODY = QT_TRANSLATE_NOOP(
        "LetterTextProblem", "block markers such as [[items]] belong in the body, not in '{key}'"
    )
    BLOCK_UNKNOWN = QT_TRANSLATE_NOOP("LetterTextProblem", "unknown block [[{block}]]")
    MARKER_NOT_ALONE = QT_TRANSLATE_NOOP("LetterTextProblem", "a block marker must stand alone on its line: {line}")
    NO_VALUE = QT_TRANSLATE_NOOP("LetterTextProblem", "no value for {placeholder}")


def template_folder() -> str:
    return str(package_folder() / "letters" / "templates")


@cache
def default_text(language: str, kind: str) -> str:
    """The shipped TOML text of a kind in a language."""
    path = package_folder() / "letters" / "templates" / language / f"{kind}.toml"
    return path.read_text(encoding="utf-8")


def template_problems(text: str) -> list[str]:
    """Everything wrong with a letter text (empty when it can be used)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return [Message(Problem.NOT_TOML, error=str(error))]
    problems: list[str] = [Message(Problem.KEY_MISSING, key=key) for key in KEYS if not isinstance(data.get(key), str)]
    problems += [Message(Problem.KEY_UNKNOWN, key=key, keys=", ".join(KEYS)) for key in data if key not in KEYS]
    for key in KEYS:
        value = data.get(key)
        if not isinstance(value, str):
            continue
        for name in _PLACEHOLDER.findall(value):
            if name not in PLACEHOLDERS:
                problems.append(Message(Problem.PLACEHOLDER_UNKNOWN, placeholder=f"{{{name}}}", key=key))
        stripped = _PLACEHOLDER.sub("", value)
        if "{" in stripped or "}" in stripped:
            problems.append(Message(Problem.STRAY_BRACE, key=key, example="{customer_name}"))
        if key != "body" and "[[" in value:
            problems.append(Message(Problem.BLOCK_OUTSIDE_BODY, key=key))
    for line in str(data.get("body", "")).splitlines():
        marker = _MARKER_LINE.match(line)
        if marker and marker.group(1) not in tuple(Block):
            problems.append(Message(Problem.BLOCK_UNKNOWN, block=marker.group(1)))
        elif not marker and ("[[" in line or "]]" in line):
            problems.append(Message(Problem.MARKER_NOT_ALONE, line=repr(line.strip())))
    return problems


def parse_template(text: str) -> LetterTemplate:
    """Read a letter text. Raises :class:`TemplateError` with every problem found."""
    problems = template_problems(text)
    if problems:
        raise TemplateError(problems)
    data = tomllib.loads(text)
    return LetterTemplate(*(data[key] for key in KEYS))


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each ``{placeholder}`` replaced by its value, escaped for ReportLab markup.

    The text itself is escaped too (an ``&`` in a letter is just an ampersand).
    """
    missing = sorted(set(_PLACEHOLDER.findall(text)) - set(values))
    if missing:
        raise TemplateError([Message(Problem.NO_VALUE, placeholder=f"{{{name}}}") for name in missing])
    parts = _PLACEHOLDER.split(text)
    # split() alternates literal text and placeholder names
    return "".join(escape(part) if index % 2 == 0 else escape(values[part]) for index, part in enumerate(parts))


def body_parts(body: str) -> list[str | Block]:
    """The body as paragraphs (text) and blocks, in order.

    Paragraphs are separated by blank lines; inside one, lines are joined by spaces, except list
    items (lines starting with ``-``, ``•`` or ``1.``), which keep a line break (``\n``).
    """
    parts: list[str | Block] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            text = paragraph[0].strip()
            for line in paragraph[1:]:
                # a list item ("- copy of the invoices", "1. …") keeps its own line
                text += ("\n" if _LIST_ITEM.match(line) else " ") + line.strip()
            parts.append(text)
            paragraph.clear()

    for line in body.splitlines():
        marker = _MARKER_LINE.match(line)
        if marker:
            end_paragraph()
            parts.append(Block(marker.group(1)))
        elif not line.strip():
            end_paragraph()
        else:
            paragraph.append(line)
    end_paragraph()
    return parts
