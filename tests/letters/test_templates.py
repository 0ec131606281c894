"""Letter texts as data: the shipped TOML files, the checker, filling (escaping) and paragraphs.

The checker (``template_problems``) is what stands between a typo in an edited letter text and
paper; each kind of mistake the README names is fed to it on its own.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from xml.sax.saxutils import unescape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop_desk.domain.countries import SUPPORTED_LANGUAGES
from workshop_desk.letters.templates import (
    KEYS,
    KINDS,
    PLACEHOLDERS,
    Block,
    LetterTemplate,
    TemplateError,
    body_parts,
    default_text,
    fill,
    parse_template,
    template_folder,
    template_problems,
)

LANGUAGES = ("en", "it", "ru", "pt_BR", "hu")
SHIPPED = [(language, kind) for language in LANGUAGES for kind in KINDS]
# The blocks each kind's text must place (README: "items listed by [[items]]" for every kind).
REQUIRED_BLOCKS = {
    "courtesy": {Block.ITEMS, Block.PAYMENT},
    "reminder": {Block.ITEMS, Block.PAYMENT},
    "second": {Block.ITEMS, Block.PAYMENT},
    "claim": {Block.ITEMS, Block.INTEREST, Block.PAYMENT},
    "installment": {Block.ITEMS, Block.INSTALLMENTS, Block.PAYMENT},
    "statement": {Block.STATEMENT, Block.ITEMS, Block.PAYMENT},
}
VALID = '''\
title = "Payment reminder"
subject = "Reminder for {customer_name}"
sending_method = ""
salutation = "Dear {customer_name},"
body = """
First paragraph.

[[items]]

Please pay {overdue_total} by {deadline}.
"""
closing = "Yours sincerely,"
'''


def with_line(key: str, value: str) -> str:
    """``VALID`` with the line of ``key`` replaced (``body`` by a one-line string)."""
    lines = VALID.split("\n")
    if key == "body":
        start = lines.index('body = """')
        end = lines.index('"""', start + 1)
        lines[start : end + 1] = [f"body = {value}"]
    else:
        lines = [f"{key} = {value}" if line.startswith(f"{key} =") else line for line in lines]
    return "\n".join(lines)


# =========================================================================== shipped files
def test_the_supported_languages_are_the_five_with_texts() -> None:
    assert set(SUPPORTED_LANGUAGES) == set(LANGUAGES)


def test_exactly_one_file_per_language_and_kind_is_shipped() -> None:
    folder = Path(template_folder())
    shipped = {(path.parent.name, path.stem) for path in folder.glob("*/*.toml")}
    assert shipped == set(SHIPPED)


@pytest.mark.parametrize(("language", "kind"), SHIPPED)
def test_a_shipped_text_has_no_problem_and_places_its_blocks(language: str, kind: str) -> None:
    text = default_text(language, kind)
    assert template_problems(text) == []
    template = parse_template(text)
    assert all(getattr(template, key).strip() or key == "sending_method" for key in KEYS)
    blocks = {part for part in body_parts(template.body) if isinstance(part, Block)}
    assert REQUIRED_BLOCKS[kind] <= blocks  # the English claim also sets out the statement (Pre-Action Protocol)
    assert "\n" not in template.subject.strip()  # the subject is one bold line


@pytest.mark.parametrize("kind", KINDS)
def test_each_language_names_a_kind_differently_from_its_other_kinds(kind: str) -> None:
    for language in LANGUAGES:
        titles = [parse_template(default_text(language, other)).title for other in KINDS]
        assert len(set(titles)) == len(KINDS), (language, titles)


def test_a_claim_is_sent_by_a_traceable_method_where_the_law_expects_it() -> None:
    """LETTERS.md: raccomandata A/R (IT), опись вложения (RU), AR (BR), tértivevény (HU)."""
    methods = {language: parse_template(default_text(language, "claim")).sending_method for language in LANGUAGES}
    assert "Raccomandata A/R" in methods["it"]
    assert "описью вложения" in methods["ru"]
    assert "(AR)" in methods["pt_BR"]
    assert "tértivevényes" in methods["hu"]


# =========================================================================== problems
def test_the_valid_example_has_no_problem() -> None:
    assert template_problems(VALID) == []
    assert parse_template(VALID) == LetterTemplate(
        "Payment reminder",
        "Reminder for {customer_name}",
        "",
        "Dear {customer_name},",
        "First paragraph.\n\n[[items]]\n\nPlease pay {overdue_total} by {deadline}.\n",
        "Yours sincerely,",
    )


def test_an_unknown_placeholder_is_reported_with_its_name_and_key() -> None:
    problems = template_problems(with_line("salutation", '"Dear {custmer_name},"'))
    assert problems == ["unknown placeholder {custmer_name} in 'salutation'"]


@pytest.mark.parametrize(
    "subject", ['"Reminder {"', '"Reminder }"', '"Reminder {Customer_Name}"', '"{ customer_name }"']
)
def test_a_stray_brace_is_reported(subject: str) -> None:
    problems = template_problems(with_line("subject", subject))
    assert problems == ["a brace in 'subject' is not part of a placeholder like {customer_name}"]


def test_a_marker_glued_to_text_is_reported() -> None:
    problems = template_problems(with_line("body", '"See the table [[items]] below."'))
    assert problems == ["a block marker must stand alone on its line: 'See the table [[items]] below.'"]


def test_a_half_marker_is_reported() -> None:
    assert template_problems(with_line("body", '"""\n[[items]\n"""')) == [
        "a block marker must stand alone on its line: '[[items]'"
    ]


def test_a_marker_outside_the_body_is_reported() -> None:
    problems = template_problems(with_line("closing", '"[[payment]]"'))
    assert problems == ["block markers such as [[items]] belong in the body, not in 'closing'"]


def test_an_unknown_block_is_reported() -> None:
    assert template_problems(with_line("body", '"""\n[[chart]]\n"""')) == ["unknown block [[chart]]"]


@pytest.mark.parametrize("key", KEYS)
def test_a_missing_key_is_reported(key: str) -> None:
    text = "\n".join(line for line in with_line("body", '"Text."').split("\n") if not line.startswith(f"{key} ="))
    assert template_problems(text) == [f"the key '{key}' is missing"]


def test_a_key_of_the_wrong_type_counts_as_missing() -> None:
    assert template_problems(with_line("closing", "42")) == ["the key 'closing' is missing"]


def test_an_unknown_key_is_reported() -> None:
    assert template_problems(VALID + 'signature = "x"\n') == [
        "the key 'signature' is not one of title, subject, sending_method, salutation, body, closing"
    ]


def test_text_that_is_not_toml_is_one_problem() -> None:
    [problem] = template_problems('title = "unclosed\n')
    assert problem.startswith("the text is not valid TOML:")


def test_every_problem_is_reported_at_once_and_parse_refuses_the_text() -> None:
    text = with_line("subject", '"{nope} {"')
    text = "\n".join(line for line in text.split("\n") if not line.startswith("closing ="))
    with pytest.raises(TemplateError) as caught:
        parse_template(text)
    assert caught.value.problems == [
        "the key 'closing' is missing",
        "unknown placeholder {nope} in 'subject'",
        "a brace in 'subject' is not part of a placeholder like {customer_name}",
    ]
    assert str(caught.value) == "; ".join(caught.value.problems)


def test_every_documented_placeholder_is_accepted() -> None:
    """The README's table of placeholders and the checker agree."""
    readme = (Path(template_folder()) / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Placeholders", 1)[1]
    first_cells = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    documented = {name for cell in first_cells for name in cell.split("`")[1::2]}
    assert documented == set(PLACEHOLDERS)
    body = "\n".join(f"{{{name}}}" for name in sorted(PLACEHOLDERS))
    assert template_problems(with_line("body", f'"""\n{body}\n"""')) == []


# =========================================================================== fill
def test_fill_escapes_a_hostile_value() -> None:
    assert fill("Dear {customer_name},", {"customer_name": "<Smith & Co>"}) == "Dear &lt;Smith &amp; Co&gt;,"


def test_fill_escapes_the_text_itself() -> None:
    assert fill("Smith & Sons <b>", {}) == "Smith &amp; Sons &lt;b&gt;"


def test_fill_never_expands_a_placeholder_inside_a_value() -> None:
    values = {"customer_name": "{shop_name} [[items]]", "shop_name": "SHOP"}
    assert fill("{customer_name} / {shop_name}", values) == "{shop_name} [[items]] / SHOP"


def test_fill_refuses_a_placeholder_without_a_value() -> None:
    with pytest.raises(TemplateError) as caught:
        fill("{deadline} {customer_name} {deadline}", {"customer_name": "x"})
    assert caught.value.problems == ["no value for {deadline}"]


@given(st.text())
def test_fill_makes_any_value_literal_markup_free_text(value: str) -> None:
    filled = fill("<{customer_name}>", {"customer_name": value})
    assert "<" not in filled
    assert ">" not in filled
    assert unescape(filled) == f"<{value}>"


# =========================================================================== body parts
def test_body_parts_splits_paragraphs_and_blocks_in_order() -> None:
    body = "First line\nsecond line.\n\n\n[[items]]\nRight after the table.\n\n  [[payment]]  \n\nLast."
    assert body_parts(body) == [
        "First line second line.",
        Block.ITEMS,
        "Right after the table.",
        Block.PAYMENT,
        "Last.",
    ]


def test_body_parts_keeps_list_items_on_their_own_lines() -> None:
    body = "Enclosed:\n- copy of the invoices\n• the statement\n1. reply form\n2) financial statement\nend of list"
    assert body_parts(body) == [
        "Enclosed:\n- copy of the invoices\n• the statement\n1. reply form\n2) financial statement end of list"
    ]


def test_a_dash_without_a_space_is_not_a_list_item() -> None:
    assert body_parts("Temperature\n-5 degrees and\n-well") == ["Temperature -5 degrees and -well"]


def test_an_empty_body_has_no_parts() -> None:
    assert body_parts("\n \n\n") == []


def test_every_shipped_body_fills_with_every_placeholder_known() -> None:
    values = {name: f"<{name}>" for name in PLACEHOLDERS}
    for language, kind in SHIPPED:
        data = tomllib.loads(default_text(language, kind))
        for key in KEYS:
            filled = fill(data[key], values)
            assert "{" not in filled, (language, kind, key)
            assert "}" not in filled, (language, kind, key)
