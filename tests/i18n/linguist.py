"""Reading Qt Linguist ``.ts`` files and running ``pyside6-lupdate`` for the translation tests."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workshop_desk.i18n.compile import SOURCE_FOLDER, qt_tool

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGE = ROOT / "workshop_desk"
TRANSLATED = ("it", "ru", "pt_BR", "hu")
"""The languages the translators translate in full."""
ENGLISH = "en"
"""The source language: its .ts file holds only the plural forms."""
EXPECTED_FORMS = {"en": 2, "it": 2, "pt_BR": 2, "ru": 3, "hu": 1}
"""Plural forms per language, as Qt's rules have them (Hungarian: one form for every number)."""
LITERAL_BRACES = {
    (
        "LetterTextsDialog",
        "Write {placeholders} such as {customer_name} or {deadline} where the letter fills in its figures; "
        "put blocks such as [[items]] or [[payment]] on a line of their own. Hover here for the full list.",
    ): frozenset({"customer_name", "deadline"}),
}
"""Texts shown as they are, whose braces are not placeholders of the program: the letter placeholders
the user types must stay, the word "{placeholders}" is translated like any other."""


@dataclass(frozen=True)
class Entry:
    """One ``<message>`` of a ``.ts`` file."""

    context: str
    source: str
    comment: str
    numerus: bool
    state: str
    """The translation's ``type``: ``""`` (finished), ``unfinished``, ``vanished`` or ``obsolete``."""
    forms: tuple[str, ...]
    """The translation (one item), or its numerus forms."""
    line: int

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return self.context, self.source, self.comment, self.numerus

    def where(self) -> str:
        comment = f" ({self.comment})" if self.comment else ""
        return f"{self.context}: {self.source!r}{comment}"


def ts_path(language: str) -> Path:
    return SOURCE_FOLDER / f"workshop_desk_{language}.ts"


def read_ts(path: Path) -> tuple[str, list[Entry]]:
    """The language attribute and the messages of a ``.ts`` file."""
    text = path.read_text(encoding="utf-8")
    root = ElementTree.fromstring(text)
    message_lines = iter(index + 1 for index, line in enumerate(text.splitlines()) if "<message" in line)
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message of {name} has no <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    state=translation.get("type", ""),
                    forms=forms,
                    line=next(message_lines, 0),
                )
            )
    return root.get("language", ""), entries


@cache
def code_entries() -> tuple[Entry, ...]:
    """Every text pyside6-lupdate finds in the package now (in a temporary .ts file)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "code_en.ts"
        sources = sorted(str(path) for path in PACKAGE.rglob("*.py"))
        subprocess.run(
            [str(qt_tool("lupdate")), *sources, "-silent", "-no-obsolete", "-ts", str(target)],
            check=True,
            capture_output=True,
            text=True,
        )
        return tuple(read_ts(target)[1])


@cache
def lupdate_forms(language: str) -> int:
    """How many plural forms lupdate gives a new plural message in ``language``."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "plural.py"
        source.write_text('def f(self, n):\n    return self.tr("%n file(s)", "", n)\n', encoding="utf-8")
        target = Path(folder) / f"plural_{language}.ts"
        subprocess.run(
            [str(qt_tool("lupdate")), str(source), "-silent", "-target-language", language, "-ts", str(target)],
            check=True,
            capture_output=True,
            text=True,
        )
        [entry] = read_ts(target)[1]
        return len(entry.forms)


# ------------------------------------------------------------------------------- placeholders

_NAMED = re.compile(r"\{(\w*)\}")
_NUMBERED = re.compile(r"%L?(\d)")
_PERCENT_N = re.compile(r"%L?n")
_TAG = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")


def accelerators(text: str) -> int:
    """How many keyboard accelerators (``&File``) ``text`` marks; ``&&`` is a literal ampersand."""
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def placeholder_problems(
    source: str, translation: str, *, numerus: bool, literal: frozenset[str] | None = None
) -> list[str]:
    """What the translation changes of what the program fills in or relies on (empty: nothing).

    ``literal``: the text is shown as it is (no ``format``), its braces are words the user types:
    only these must stay.
    """
    problems = []
    names = Counter(_NAMED.findall(translation))
    if literal is not None:
        if not literal <= set(names):
            problems.append(f"{sorted(literal - set(names))} must stay as they are")
    elif Counter(_NAMED.findall(source)) != names:
        problems.append(f"{{name}} placeholders differ: {sorted(names)}")
    if Counter(_NUMBERED.findall(source)) != Counter(_NUMBERED.findall(translation)):
        problems.append("%1… placeholders differ")
    if numerus and not _PERCENT_N.search(translation):
        problems.append("the number (%n) is missing")
    if not numerus and bool(_PERCENT_N.search(source)) != bool(_PERCENT_N.search(translation)):
        problems.append("%n differs")
    if accelerators(source) != accelerators(translation):
        problems.append(f"{accelerators(translation)} accelerators (&) instead of {accelerators(source)}")
    if Counter(tag.lower() for tag in _TAG.findall(source)) != Counter(
        tag.lower() for tag in _TAG.findall(translation)
    ):
        problems.append("HTML tags differ")
    return problems
