"""The translations are complete, right and up to date with the code.

Each ``translations/workshop_desk_<language>.ts`` must list every text the code marks (checked
with pyside6-lupdate's own reading of the code), translate every one of them (no unfinished,
vanished or obsolete entry), give plural messages the forms the language has (Russian three,
Hungarian one), and keep what the program fills in: ``{name}`` placeholders, ``%n``, keyboard
accelerators (``&``) and HTML tags. ``workshop_desk_en.ts`` holds only the English plural forms.

When a test here fails after a change to the code: run ``scripts/update_translations.sh``, then
have the new entries translated (README, "Translations").
"""

from __future__ import annotations

import re

import pytest
from linguist import (
    ENGLISH,
    EXPECTED_FORMS,
    LITERAL_BRACES,
    TRANSLATED,
    Entry,
    code_entries,
    lupdate_forms,
    placeholder_problems,
    read_ts,
    ts_path,
)

LANGUAGES = (ENGLISH, *TRANSLATED)
UP_TO_DATE = LANGUAGES
"""The languages for the up-to-date checks (every file must list every text of the code)."""


def _entries(language: str) -> list[Entry]:
    return read_ts(ts_path(language))[1]


def _listing(lines: list[str], limit: int = 40) -> str:
    more = f"\n… and {len(lines) - limit} more" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_file_names_its_language(language: str) -> None:
    declared, entries = read_ts(ts_path(language))
    assert declared == language
    assert entries


def test_the_plural_forms_expected_are_qts() -> None:
    """Russian has three plural forms, Italian and Portuguese two, Hungarian one (Qt's rules)."""
    assert {language: lupdate_forms(language) for language in LANGUAGES} == EXPECTED_FORMS


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    missing = [
        f"line {entry.line}: {entry.where()} — {entry.state or 'empty'}"
        for entry in _entries(language)
        if entry.state in {"unfinished", "vanished", "obsolete"} or not all(form.strip() for form in entry.forms)
    ]
    assert not missing, f"{len(missing)} messages of {ts_path(language).name} are not translated:\n" + _listing(missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_the_forms_of_the_language(language: str) -> None:
    expected = EXPECTED_FORMS[language]
    wrong = [
        f"line {entry.line}: {entry.where()} has {len(entry.forms)} forms"
        for entry in _entries(language)
        if entry.numerus and len(entry.forms) != expected
    ]
    assert not wrong, f"plural messages need {expected} forms in {language}:\n" + _listing(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_accelerators_and_tags(language: str) -> None:
    wrong = [
        f"line {entry.line}: {entry.where()} → {form!r}: {'; '.join(problems)}"
        for entry in _entries(language)
        if entry.state not in {"vanished", "obsolete"}
        for form in entry.forms
        if form.strip()
        and (
            problems := placeholder_problems(
                entry.source,
                form,
                numerus=entry.numerus,
                literal=LITERAL_BRACES.get((entry.context, entry.source)),
            )
        )
    ]
    assert not wrong, f"{ts_path(language).name}:\n" + _listing(wrong)


# ------------------------------------------------------------------------------- up to date


def _expected_keys(language: str) -> set[tuple[str, str, str, bool]]:
    """What the code marks, as the .ts file of ``language`` must list it (English: plurals only)."""
    return {entry.key for entry in code_entries() if language != ENGLISH or entry.numerus}


@pytest.mark.parametrize("language", UP_TO_DATE)
def test_every_text_of_the_code_is_in_the_translation_file(language: str) -> None:
    listed = {entry.key for entry in _entries(language) if entry.state not in {"vanished", "obsolete"}}
    missing = sorted(_expected_keys(language) - listed)
    lines = [f"{context}: {source!r}{' (plural)' if numerus else ''}" for context, source, _comment, numerus in missing]
    assert not missing, (
        f"{len(missing)} texts of the code are not in {ts_path(language).name} "
        "(run scripts/update_translations.sh, then translate them):\n" + _listing(lines)
    )


@pytest.mark.parametrize("language", UP_TO_DATE)
def test_the_translation_file_lists_no_text_the_code_no_longer_has(language: str) -> None:
    stale = sorted(
        entry.where()
        for entry in _entries(language)
        if entry.state not in {"vanished", "obsolete"} and entry.key not in _expected_keys(language)
    )
    assert not stale, (
        f"{ts_path(language).name} lists texts the code no longer has (run scripts/update_translations.sh):\n"
        + _listing(stale)
    )


def test_lupdate_reads_the_texts_marked_in_the_services() -> None:
    """The pure ``QT_TRANSLATE_NOOP`` of :mod:`workshop_desk.i18n.markers` is a name lupdate knows."""
    keys = {(entry.context, entry.source) for entry in code_entries()}
    assert ("InvoiceError", "the due date is before the issue date") in keys
    assert ("LetterTextProblem", "the key '{key}' is missing") in keys
    assert ("LetterWarning", "no reminder was sent before this claim letter (the program has no record of one)") in keys


def test_every_context_is_a_plain_name() -> None:
    """The context lupdate reads is the one the program asks for at run time.

    A dotted one (``QCoreApplication.ScoreTexts``) or an empty one comes from a call lupdate
    misreads (see :class:`workshop_desk.i18n.qt.TranslationContext`): its translations would never
    be found.
    """
    odd = sorted(
        {entry.where() for entry in code_entries() if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", entry.context)}
    )
    assert odd == []


def test_plural_messages_are_read_as_plural() -> None:
    """Every text with %n is a plural message (not a plain one whose number never gets its form)."""
    plain = [entry.where() for entry in code_entries() if re.search(r"%L?n", entry.source) and not entry.numerus]
    assert not plain
