"""The bad-input sweep over the command line (issue #9): every subcommand, every option, hostile values.

The subcommands and their options are read from ``workshop-desk --help`` and each subcommand's
``--help``, so a new one (``report``) or a new option is swept without touching this file. Each
example starts from a valid, quick command line and spoils it: one option or argument gets a
hostile value, one is left out, or a hostile word is slipped in. Whatever happens, the program
must end with exit code 0 or 2 — never 1, the code of an unexpected error — print no traceback,
and when it refuses (2) say so in one line starting with ``workshop-desk`` (a refused CSV import
lists its problems first, one line each). A refusal must not have changed the shop's database.

The runs call ``workshop_desk.cli.main`` in-process, in a fresh folder per example holding a
copy of the acceptance database. Paths drawn are kept inside that folder (the tests may run as
root: an absolute hostile path could be written anywhere). NUL is left out of the values: no
command line can carry it. The ``gui`` subcommand is not swept: it opens the window.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import logging
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sweep_values import hostile_date, hostile_number, hostile_text, one_line

from workshop_desk.cli import main
from workshop_desk.db.session import open_database
from workshop_desk.services.csv_import import import_csv

ACCEPTANCE = Path(__file__).resolve().parent.parent / "acceptance" / "data"
EXPECTED_COMMANDS = {"demo", "import", "export", "overdue", "agenda", "letter", "backup", "restore", "copy"}
NOT_SWEPT = {"gui"}
AS_OF = "2026-03-15"
BASE: dict[str, tuple[dict[str, str], list[str]]] = {
    "demo": (
        {"--db": "demo.db", "--customers": "2", "--seed": "1", "--locale": "en", "--years": "1", "--today": AS_OF},
        [],
    ),
    "import": ({"--db": "shop.db"}, ["customers", "new_customers.csv"]),
    "export": ({"--db": "shop.db"}, ["customers", "out.csv"]),
    "letter": (
        {"--db": "shop.db", "--customer": "A1", "--kind": "reminder", "--lang": "it", "--date": AS_OF},
        [],
    ),
    "agenda": ({"--db": "shop.db", "--as-of": AS_OF, "--format": "table"}, []),
    "overdue": ({"--db": "shop.db", "--as-of": AS_OF, "--format": "table"}, []),
    "backup": ({"--db": "shop.db", "--output": "copy.db"}, []),
    "restore": ({"--db": "shop.db"}, ["backup.db"]),
    "copy": ({"--db": "shop.db", "--to": "copied.db"}, []),
    "report aging": ({"--db": "shop.db", "--as-of": AS_OF, "--format": "csv", "--output": "aging.csv"}, []),
    "report statement": (
        {"--db": "shop.db", "--customer": "A1", "--as-of": AS_OF, "--format": "pdf", "--output": "statement.pdf"},
        [],
    ),
}
"""A valid command line per subcommand (options by long name, then positional arguments)."""
OUTPUTS = {"letter": {"--output": "letter.pdf"}}
"""Required options whose value is a file written (kept apart so the order stays readable)."""
SWEEP = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


# --- what the help says ---------------------------------------------------------------------------


def _help(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
        main([*argv, "--help"])
    assert stop.value.code == 0
    return out.getvalue()


def _section(text: str, title: str) -> list[str]:
    lines = text.splitlines()
    if title not in lines:
        return []
    body = lines[lines.index(title) + 1 :]
    return list(itertools.takewhile(lambda line: line.strip() != "", body))


@dataclass(frozen=True)
class Option:
    name: str
    """The long name (``--as-of``), or ``#0``, ``#1`` for the positional arguments."""
    metavar: str = ""
    """What the help calls the value ('' for a flag): ``PATH``, ``YYYY-MM-DD``, ``{table,csv}``…"""


@dataclass(frozen=True)
class Command:
    name: str
    options: tuple[Option, ...] = field(default_factory=tuple)


def subcommands(*parents: str) -> list[str]:
    """The commands the help lists, nested ones as ``"report aging"`` (only the innermost)."""
    found = []
    for line in _section(_help(*parents), "positional arguments:"):
        match = re.match(r"^    ([a-z][\w-]*)\s", line + " ")
        if match:
            path = (*parents, match[1])
            found += subcommands(*path) or [" ".join(path)]
    return found


def command_of(name: str) -> Command:
    text = _help(*name.split())
    options: list[Option] = []
    for line in _section(text, "options:"):
        match = re.match(r"^  (-.*?)(?:\s{2,}|$)", line)
        if match is None:
            continue
        forms = [form.split(" ", 1) for form in match[1].split(", ")]
        long_forms = [form for form in forms if form[0].startswith("--")]
        chosen = long_forms[0] if long_forms else forms[0]
        if chosen[0] in ("--help", "-h"):
            continue
        options.append(Option(chosen[0], chosen[1] if len(chosen) > 1 else ""))
    positionals = [line.strip() for line in _section(text, "positional arguments:") if re.match(r"^  \S", line)]
    options += [Option(f"#{index}", metavar.split()[0]) for index, metavar in enumerate(positionals)]
    return Command(name, tuple(options))


def test_the_help_lists_every_subcommand_and_its_options() -> None:
    """The sweep below reads the help: make sure it reads what is there."""
    names = {name.split()[0] for name in subcommands()}
    assert names >= EXPECTED_COMMANDS | NOT_SWEPT
    letter = {option.name: option.metavar for option in command_of("letter").options}
    assert letter == {
        "--db": "PATH|URL",
        "--customer": "CODE",
        "--kind": "{courtesy,reminder,second,claim,installment,statement}",
        "--lang": "{en,it,ru,pt_BR,hu}",
        "--date": "YYYY-MM-DD",
        "--output": "FILE.pdf",
    }
    assert [option.metavar for option in command_of("import").options if option.name.startswith("#")] == [
        "{customers,invoices,installments,payments}",
        "file",
    ]


COMMANDS = sorted(name for name in subcommands() if name.split()[0] not in NOT_SWEPT)


# --- the folder each run happens in ---------------------------------------------------------------


def _copy_database(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as from_connection, sqlite3.connect(target) as to_connection:
        from_connection.backup(to_connection)
    from_connection.close()
    to_connection.close()


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]] | None:
    """Every row of every table of the database at ``path`` (``None``: no such file)."""
    if not path.is_file():
        return None
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
    finally:
        connection.close()


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty database and one holding the acceptance data."""
    folder = tmp_path_factory.mktemp("cli-sweep-templates")
    empty = folder / "empty.db"
    open_database(empty).dispose()
    shop = folder / "shop.db"
    _copy_database(empty, shop)
    database = open_database(shop)
    try:
        for kind in ("customers", "invoices", "installments", "payments"):
            import_csv(database, kind, ACCEPTANCE / f"{kind}.csv")
    finally:
        database.dispose()
    return {"empty": empty, "shop": shop}


@dataclass
class Workspace:
    """Fresh folders, one per run, each with the files the valid command lines name."""

    root: Path
    databases: dict[str, Path]
    runs: Iterator[int] = field(default_factory=itertools.count)

    def fresh(self) -> Path:
        folder = self.root / f"run{next(self.runs)}"
        folder.mkdir()
        _copy_database(self.databases["shop"], folder / "shop.db")
        _copy_database(self.databases["shop"], folder / "backup.db")
        _copy_database(self.databases["empty"], folder / "demo.db")
        (folder / "new_customers.csv").write_text("code,name\nZ1,Zeta Motors\n", encoding="utf-8")
        (folder / "folder").mkdir()
        return folder


@pytest.fixture
def workspace(tmp_path: Path, databases: dict[str, Path]) -> Workspace:
    return Workspace(tmp_path, databases)


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, private_data_folder: Path) -> Iterator:
    """``run_cli(folder, argv)``: (exit code, stdout, stderr) of ``main(argv)`` run in ``folder``.

    The log file and the default database go to ``private_data_folder`` (tests/conftest.py).
    """
    assert os.environ["XDG_DATA_HOME"] == str(private_data_folder)
    logger = logging.getLogger("workshop_desk.cli")
    handlers = list(logger.handlers)

    def run(folder: Path, argv: list[str]) -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.chdir(folder)
        try:
            code = main(argv)
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield run
    for handler in logger.handlers[:]:
        if handler not in handlers:  # an unexpected error attaches a file handler to the logger
            logger.removeHandler(handler)
            handler.close()


# --- hostile command lines ------------------------------------------------------------------------

PATHS = (
    "", ".", "folder", "folder/", "no/such/folder/x.db", "shop.db/x", "new_customers.csv", "x" * 300,
    "x/" * 2100, "caf\udce9.db", "\udcff", "-", "--", "-x.db", " shop.db", "shop.db ", "a b.db", "a\nb.db",
    "\u202eblc.db", "🔧.db", "CON", "nul.db",
)  # fmt: skip
"""Paths: none, folders, missing folders, names too long, undecodable bytes (as Linux passes them)."""


def inside(text: str) -> str:
    """``text`` as a path inside the run's folder: no leading ``/``, no ``..``, no NUL."""
    parts = [part for part in text.replace("\x00", "").split("/") if part not in ("..",)]
    return "/".join(parts).lstrip("/") or "."


def value_for(option: Option) -> st.SearchStrategy[str]:
    metavar = option.metavar
    if metavar in ("PATH", "PATH|URL", "FILE", "file") or metavar.startswith("FILE."):
        values = st.one_of(st.sampled_from(PATHS), hostile_text(long=False).map(inside))
    elif metavar.startswith("YYYY"):
        values = hostile_date()
    elif metavar in ("N", "S", "Y"):
        huge = st.integers(-(10**30), 10**30).map(str)
        values = st.one_of(hostile_number(), huge, st.sampled_from(["100001", "1000000", "2147483648", "10**9", "0"]))
    elif metavar.startswith("{"):
        choices = metavar.strip("{}").split(",")
        spoilt = st.sampled_from([*[choice.upper() for choice in choices], *[f" {c}" for c in choices], "", "ALL"])
        values = st.one_of(spoilt, hostile_text(long=False))
    else:
        values = hostile_text()
    return values.map(lambda text: text.replace("\x00", ""))


def base_argv(command: Command) -> tuple[dict[str, str], list[str]]:
    options, positionals = BASE.get(command.name, ({"--db": "shop.db"}, []))
    options = {**options, **OUTPUTS.get(command.name, {})}
    known = {option.name for option in command.options}
    assert set(options) <= known, f"{command.name}: the help no longer lists {set(options) - known}"
    count = sum(1 for option in command.options if option.name.startswith("#"))
    positionals = [*positionals, *["x"] * (count - len(positionals))]
    return dict(options), positionals


@st.composite
def command_lines(draw: st.DrawFn, command: Command) -> list[str]:
    """A valid command line of ``command`` spoilt one way or another."""
    options, positionals = base_argv(command)
    mode = draw(st.sampled_from(["value", "value", "value", "value", "drop", "extra", "equals", "before"]))
    option = draw(st.sampled_from(command.options))
    extra: list[str] = []
    if mode in ("value", "equals", "before"):
        if option.name.startswith("#"):
            positionals[int(option.name[1:])] = draw(value_for(option))
        elif option.metavar:
            options[option.name] = draw(value_for(option))
        else:  # a flag: given a value it does not take, or simply given
            extra = [draw(st.sampled_from([f"{option.name}=1", f"{option.name}=", option.name]))]
    elif mode == "drop":
        if option.name.startswith("#"):
            del positionals[int(option.name[1:])]
        else:
            options.pop(option.name, None)
    else:
        extra = [draw(hostile_text(long=False).map(lambda text: text.replace("\x00", "")))]
    front: list[str] = []
    if mode == "before" and "--db" in options:  # the program-wide --db, before the subcommand
        front = ["--db", options.pop("--db")]
    argv = [*front, *command.name.split()]
    for name, value in options.items():
        argv += [f"{name}={value}"] if mode == "equals" and name == option.name else [name, value]
    argv += ["--", *positionals] if any(value.startswith("-") for value in positionals) else positionals
    position = draw(st.integers(len(command.name.split()) + len(front), len(argv)))
    return argv[:position] + extra + argv[position:]


def check_outcome(folder: Path, argv: list[str], code: int, out: str, err: str, before: dict) -> None:
    shown = f"argv={argv!r}\nexit={code}\nstderr={err!r}"
    assert code in (0, 2), f"unexpected exit code\n{shown}"
    assert "Traceback" not in err, f"a traceback reached the terminal\n{shown}"
    assert "Traceback" not in out, f"a traceback reached the terminal\n{shown}"
    lines = err.rstrip("\n").split("\n") if err else []
    if code == 2:
        assert all(one_line(line) for line in lines), f"a message breaks its line\n{shown}"
        assert lines, f"no message\n{shown}"
        assert lines[-1].startswith("workshop-desk"), f"no 'workshop-desk: …' message\n{shown}"
        problems = lines[:-1]  # only a refused CSV import lists problems above its message
        assert all(re.search(r": line \d+: ", line) for line in problems), f"more than one line\n{shown}"
        for name, rows in before.items():
            assert snapshot(folder / name) == rows, f"the refusal changed {name}\n{shown}"


@pytest.mark.parametrize("name", COMMANDS)
def test_a_spoilt_command_line_ends_in_0_or_2_with_one_line(name: str, workspace: Workspace, run_cli) -> None:
    command = command_of(name)
    options, positionals = base_argv(command)
    folder = workspace.fresh()
    valid = [*name.split(), *itertools.chain.from_iterable(options.items()), *positionals]
    assert run_cli(folder, valid)[0] == 0, f"the valid command line fails: {valid}"

    @SWEEP
    @given(argv=command_lines(command))
    def sweep(argv: list[str]) -> None:
        folder = workspace.fresh()
        before = {name: snapshot(folder / name) for name in ("shop.db", "demo.db")}
        code, out, err = run_cli(folder, argv)
        check_outcome(folder, argv, code, out, err, before)

    sweep()


# --- what the sweep found --------------------------------------------------------------------------

FOUND = {
    "demo-day-1": (["demo", "--db", "d.db", "--customers", "2", "--today", "0001-01-01"], "is not between 2000-01-01"),
    "demo-last-day": (["demo", "--db", "d.db", "--customers", "2", "--today", "9999-12-31"], "is not between"),
    "demo-years": (["demo", "--db", "d.db", "--customers", "2", "--years", "1000000"], "is more than 50"),
    "demo-customers": (["demo", "--db", "d.db", "--customers", "9" * 40], "is more than 100,000"),
    "letter-date": (
        ["letter", "--db", "shop.db", "--customer", "A1", "--kind", "reminder", "--date", "9999-12-31", "-o", "l.pdf"],
        "is not between",
    ),
    "db-name-too-long": (["overdue", "--db", "x" * 300], "File name too long"),
    "backup-into-a-file": (["backup", "--db", "shop.db", "-o", "shop.db/x"], "shop.db"),
    "restore-onto-a-folder": (["restore", "--db", "", "backup.db"], "Is a directory"),
    "export-to-a-folder": (["export", "--db", "shop.db", "customers", "."], "Is a directory"),
    "letter-to-a-folder": (
        ["letter", "--db", "shop.db", "--customer", "A1", "--kind", "reminder", "--date", AS_OF, "-o", "."],
        "Is a directory",
    ),
    "dashes-as-a-file": (["import", "customers", "--", "--"], "'--' is not a value"),
    "dashes-as-the-database": (["overdue", "--db=--"], "'--' is not a value"),
    "line-break-in-a-code": (
        ["letter", "--db", "shop.db", "--customer", "A\nB\x1b[2J", "--kind", "reminder", "-o", "l.pdf"],
        "there is no customer with the code A\\nB\\x1b[2J",
    ),
}


@pytest.mark.parametrize(("argv", "said"), FOUND.values(), ids=FOUND.keys())
def test_what_the_sweep_found_is_refused_in_one_line(
    argv: list[str], said: str, workspace: Workspace, run_cli, private_data_folder: Path
) -> None:
    folder = workspace.fresh()
    before = {name: snapshot(folder / name) for name in ("shop.db", "backup.db")}
    code, _, err = run_cli(folder, argv)
    assert (code, err.count("\n"), err.startswith("workshop-desk")) == (2, 1, True), err
    assert said in err
    assert {name: snapshot(folder / name) for name in before} == before
    assert not (folder / "d.db").exists()
    assert not (folder / "l.pdf").exists()
    assert not list(private_data_folder.rglob("*.db")), "the default database was used"


def test_a_file_name_that_is_not_utf8_is_printed_back_without_an_error(workspace: Workspace, run_cli) -> None:
    """Linux passes such a name as lone surrogates; printing it back failed after the import was done."""
    folder = workspace.fresh()
    name = "caf\udce9.csv"
    (folder / name).write_text("code,name\nZ2,Zed\n", encoding="utf-8")
    code, out, err = run_cli(folder, ["import", "customers", name, "--db", "shop.db"])
    assert (code, out, err) == (0, "Imported 1 customers from caf\\udce9.csv.\n", "")
    code, out, err = run_cli(folder, ["export", "customers", "caf\udce9-out.csv", "--db", "shop.db"])
    assert (code, out, err) == (0, "", "Exported 6 customers to caf\\udce9-out.csv.\n")


@pytest.mark.parametrize("name", ["x?y.db", "a%20b.db", "h#1.db", "?.db"])
def test_a_database_named_with_url_characters_is_the_file_used(name: str, workspace: Workspace, run_cli) -> None:
    """The engine's URL was an f-string: "x?y.db" wrote the shop into "x", "a%20b.db" into "a b.db"."""
    folder = workspace.fresh()
    before = set(folder.iterdir())
    argv = ["demo", "--db", name, "--customers", "2", "--years", "1", "--today", AS_OF]
    assert run_cli(folder, argv)[0] == 0
    assert run_cli(folder, ["backup", "--db", name, "-o", f"copy-{name}"])[0] == 0
    code, out, _ = run_cli(folder, ["overdue", "--db", name, "--as-of", AS_OF, "--format", "csv"])
    assert code == 0
    assert out.startswith("customer_code,")
    assert {path.name for path in set(folder.iterdir()) - before} == {name, f"copy-{name}"}
    assert snapshot(folder / name) == snapshot(folder / f"copy-{name}")
    assert snapshot(folder / name)["customer"]


# --- through a real terminal ----------------------------------------------------------------------

SUBPROCESS_CASES = [
    ["demo", "--db", "d.db", "--customers", "2", "--years", "1", "--today", "0001-01-01"],
    ["letter", "--db", "shop.db", "--customer", "A1", "--kind", "reminder", "--date", "9999-12-31", "-o", "l.pdf"],
    ["overdue", "--db", "x" * 300 + ".db"],
    ["agenda", "--db", "shop.db", "--as-of", "2026-02-30"],
    [b"import", b"customers", b"caf\xe9.csv", b"--db", b"shop.db"],
]


def test_no_traceback_reaches_the_terminal(workspace: Workspace, tmp_path: Path) -> None:
    """The real entry point, with its own interpreter and streams: exit 0 or 2, one line, no traceback."""
    folder = workspace.fresh()
    (folder / "café.csv".encode("latin-1").decode("utf-8", "surrogateescape")).write_text(
        "code,name\nZ2,Zed\n", encoding="utf-8"
    )
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "PYTHONIOENCODING": ""}
    for argv in SUBPROCESS_CASES:
        prefix = [sys.executable, "-m", "workshop_desk"]
        if isinstance(argv[0], bytes):  # a file name in Latin-1, as an old USB stick may hold
            prefix = [os.fsencode(part) for part in prefix]
        result = subprocess.run(
            [*prefix, *argv], cwd=folder, env=environment, capture_output=True, timeout=120, check=False
        )
        err = result.stderr.decode("utf-8", "replace")
        shown = f"argv={argv!r}\nexit={result.returncode}\nstderr={err}"
        assert result.returncode in (0, 2), shown
        assert "Traceback" not in err, shown
        assert len(err.rstrip("\n").split("\n")) == 1, shown
        if result.returncode == 2:
            assert err.startswith("workshop-desk"), shown
