"""The ``workshop-desk`` command: the window by default, and commands for data in and out.

A thin layer: it parses arguments, opens the database, calls a service and prints the result.
Every failure the user can act on is one line on stderr and exit code 2; an unexpected failure
is logged with its traceback to the data folder and reported in one line with exit code 1.
"""

from __future__ import annotations

import argparse
import csv
import io
import logging
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO, TypeAlias

from workshop_desk import __version__
from workshop_desk.files import write_bytes_atomically
from workshop_desk.paths import default_database

if TYPE_CHECKING:  # imported late at run time: the start of the program stays fast
    from sqlalchemy import URL

    from workshop_desk.db.session import Database
    from workshop_desk.services.accounts import Account
    from workshop_desk.services.shop import Shop

EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE = 0, 1, 2
OVERDUE_COLUMNS = (
    "customer_code",
    "customer_name",
    "open_balance",
    "overdue_amount",
    "max_days_late",
    "missed_installments",
    "debt_limit",
    "over_limit",
)
log = logging.getLogger(__name__)
Target: TypeAlias = "Path | URL"
"""What ``--db`` gives: an SQLite file, or a server database's URL (``str()`` hides its password)."""


class UserError(Exception):
    """Something the user can fix; printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (plus a pointer to --help), exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, _one_line(f"{self.prog}: error: {message} (see '{self.prog} --help')") + "\n")


def _one_line(text: str) -> str:
    """``text`` with control characters escaped as Python writes them (``\\n``, ``\\x1b``).

    Messages repeat what was typed (a file name, a code); a line break or a terminal escape in it
    must not break the message into lines or recolour the terminal, and the lone surrogates Linux
    gives for a name that is not UTF-8 must not make the message unprintable.
    """
    return "".join(
        repr(char)[1:-1] if unicodedata.category(char) in ("Cc", "Cs") or char in "\u2028\u2029" else char
        for char in text
    )


def _date(text: str) -> date:
    from workshop_desk.domain.dates import DateError, parse_date
    from workshop_desk.i18n.parsing import EARLIEST, LATEST

    try:
        day = parse_date(text)
    except DateError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None
    if not EARLIEST <= day <= LATEST:  # the program's dates (and its date arithmetic) stay in this range
        raise argparse.ArgumentTypeError(f"{text.strip()!r} is not between {EARLIEST} and {LATEST}")
    return day


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not at least 1")
    return value


def _at_most(maximum: int) -> Callable[[str], int]:
    """A whole number from 1 to ``maximum``: beyond it a demo would run for hours, or overflow the calendar."""

    def read(text: str) -> int:
        value = _positive_int(text)
        if value > maximum:
            raise argparse.ArgumentTypeError(f"{text} is more than {maximum:,}")
        return value

    return read


def build_parser() -> argparse.ArgumentParser:
    from workshop_desk.domain.countries import SUPPORTED_LANGUAGES
    from workshop_desk.services.csv_formats import KINDS

    database = _Parser(add_help=False)
    database.add_argument(
        "--db",
        type=_database_argument,
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help="the shop's database file, or a database on a PostgreSQL server: postgresql://user:password@host/name "
        f"(default: the one chosen in the window's Settings, else {default_database()})",
    )
    parser = _Parser(
        prog="workshop-desk",
        parents=[database],
        description="Workshop Desk: who owes the shop money, and what to do about it today.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", parents=[database], help="open the window (the default)")
    gui.add_argument("--demo-if-empty", action="store_true", help="fill an empty database with a demo shop first")

    demo = commands.add_parser("demo", parents=[database], help="fill a database with a realistic demo shop")
    demo.add_argument("--customers", type=_at_most(100_000), default=150, metavar="N", help="how many customers (150)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed: same seed, same data (1)")
    demo.add_argument("--locale", choices=SUPPORTED_LANGUAGES, default="en", help="the shop's country (en)")
    demo.add_argument("--years", type=_at_most(50), default=3, metavar="Y", help="years of history (3)")
    demo.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the history ends (default: today); with --seed it fixes the data completely",
    )
    demo.add_argument(
        "--profile",
        choices=("standard", "busy"),
        default="standard",
        help="standard (the default), or busy: most work on payment plans and a long contact log, "
        "as the benchmark uses (tests/perf/bench.py)",
    )
    demo.add_argument("--force", action="store_true", help="add the demo shop even if the database has data")

    import_ = commands.add_parser("import", parents=[database], help="import a CSV file (all rows or none)")
    import_.add_argument("kind", choices=KINDS)
    import_.add_argument("file", type=Path)
    import_.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="payments: accept a payment identical to one already recorded",
    )

    export = commands.add_parser("export", parents=[database], help="export to a CSV file")
    export.add_argument("kind", choices=KINDS)
    export.add_argument("file", type=Path)

    from workshop_desk.letters.templates import KINDS as LETTER_KINDS

    letter = commands.add_parser(
        "letter", parents=[database], help="write a reminder, claim letter or statement to a PDF file"
    )
    letter.add_argument("--customer", required=True, metavar="CODE", help="the customer's code")
    letter.add_argument("--kind", required=True, choices=LETTER_KINDS)
    letter.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None,
                        help="the letter's language (default: the customer's, else the shop's)")  # fmt: skip
    letter.add_argument("--date", type=_date, default=None, metavar="YYYY-MM-DD", help="the letter's date (today)")
    letter.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    agenda = commands.add_parser("agenda", parents=[database], help="the day's collection actions, most urgent first")
    agenda.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD", help="default: today")
    agenda.add_argument("--format", choices=("table", "csv"), default="table")

    overdue = commands.add_parser(
        "overdue", parents=[database], help="list customers with overdue amounts or over their limit"
    )
    overdue.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD", help="default: today")
    overdue.add_argument("--format", choices=("table", "csv"), default="table")

    report = commands.add_parser(
        "report", parents=[database], help="the aging report or a customer's statement, as CSV or PDF"
    )
    reports = report.add_subparsers(dest="report", metavar="REPORT", required=True, parser_class=_Parser)
    aging = reports.add_parser(
        "aging", parents=[database], help="open balances per customer by days past due (not due, 1–30 … over 90)"
    )
    statement = reports.add_parser(
        "statement", parents=[database], help="a customer's invoices and payments with the running balance"
    )
    statement.add_argument("--customer", required=True, metavar="CODE", help="the customer's code")
    for sub in (aging, statement):
        sub.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD", help="default: today")
        sub.add_argument("--format", choices=("csv", "pdf"), required=True)
        sub.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=None,
                         help="the PDF's language (default: the shop's; a statement: the customer's)")  # fmt: skip
        sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                         help="the file to write ('-': the CSV to standard output)")  # fmt: skip

    backup = commands.add_parser("backup", parents=[database], help="a verified copy of the database")
    backup.add_argument(
        "-o", "--output", type=Path, default=None, metavar="FILE", help="default: a new file in the backups folder"
    )
    restore = commands.add_parser(
        "restore", parents=[database], help="replace the database with a backup (the current file is kept)"
    )
    restore.add_argument("backup_file", type=Path, metavar="FILE", help="the backup to bring back")

    copy = commands.add_parser(
        "copy",
        parents=[database],
        help="copy the whole shop into a new file or an empty server database (SQLite <-> PostgreSQL), verified",
        description="Copy every table of the shop at --db (only read; it must have this version's schema) into "
        "--to (a new file, or a server database without data), in one transaction, keeping the ids; then "
        "compare the row counts and money totals of both sides and print them. Nothing is kept when they differ.",
    )
    copy.add_argument(
        "--to",
        required=True,
        type=_database_argument,
        metavar="PATH|URL",
        help="a new database file, or an empty server database: postgresql://user:password@host/name",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    missing = [name for name, value in vars(args).items() if value == []]
    if missing:  # Python 3.11 reads a value of "--" as [] (https://github.com/python/cpython/issues/109475)
        parser.error(f"argument {missing[0]}: '--' is not a value; a file of that name is ./--")
    command = args.command or "gui"
    from workshop_desk.logs import start_logging

    start_logging()
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            # Linux hands over file names that are not UTF-8 as lone surrogates; printing one back
            # must not turn a finished command into an error (the interpreter's stderr does this already).
            stream.reconfigure(errors="backslashreplace")
    path: Target = getattr(args, "db", None) or _database_from_settings() or default_database()
    from workshop_desk.db.session import DatabaseError
    from workshop_desk.services.csv_import import CsvImportError, ImportCancelledError

    try:
        return _COMMANDS[command](args, path)
    except CsvImportError as error:
        for problem in error.errors:
            print(_one_line(f"{error.path}: {problem}"), file=sys.stderr)
        print(
            _one_line(f"workshop-desk: {len(error.errors)} problem(s) in {error.path}; nothing was imported."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    except ImportCancelledError:
        print("workshop-desk: cancelled; nothing was imported.", file=sys.stderr)
        return EXIT_USAGE
    except (UserError, DatabaseError) as error:
        print(_one_line(f"workshop-desk: error: {error}"), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("workshop-desk: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output (head, less) went away: not an error. Point stdout at the null
        # device so the interpreter's final flush does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:  # a path given that the system refuses: too long, a folder, no permission…
        where = f"{error.filename}: " if error.filename is not None else ""
        print(_one_line(f"workshop-desk: error: {where}{error.strerror or error}"), file=sys.stderr)
        return EXIT_USAGE
    except Exception:
        log_file = _log_unexpected()
        print(f"workshop-desk: unexpected error; the details are in {log_file}", file=sys.stderr)
        return EXIT_UNEXPECTED


def _redacted(argument: str) -> str:
    """A command-line argument as the log may show it: a database URL loses its password."""
    if "://" not in argument:
        return argument
    from workshop_desk.db.session import display_name

    name, equals, value = argument.partition("=")  # --db=postgresql://…
    return f"{name}={display_name(value)}" if equals and name.startswith("-") else display_name(argument)


def _log_unexpected() -> Path:
    from workshop_desk.logs import start_logging

    log_file = start_logging()
    log.exception("unexpected error in %s", " ".join(_redacted(argument) for argument in sys.argv))
    return log_file


def _database_argument(text: str) -> Target:
    """``--db``: a file path, or a server URL (its ``str()`` hides the password, so messages may show it)."""
    if "://" not in text:
        return Path(text)
    from workshop_desk.db.session import DatabaseError, database_target

    try:
        return database_target(text)
    except DatabaseError as error:  # argparse prints the message alone, not the text with its password
        raise argparse.ArgumentTypeError(str(error)) from None


def _database_from_settings() -> Target | None:
    """Without ``--db``: the database chosen in the settings dialog (Settings › Desk), if any."""
    from workshop_desk.ui.state import database_setting

    chosen = database_setting()
    if not chosen:
        return None
    try:
        return _database_argument(chosen)
    except argparse.ArgumentTypeError as error:  # the dialog checks it; a hand-edited settings file may not
        print(_one_line(f"workshop-desk: error: the database chosen in the settings: {error}"), file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def _open(path: Target, *, create: bool) -> Database:
    from workshop_desk.db.session import open_database

    if create and isinstance(path, Path) and path == default_database():
        path.parent.mkdir(parents=True, exist_ok=True)
    return open_database(path, create=create)


def _terminal_progress(label: str, stream: TextIO = sys.stderr) -> Callable[[int, int], bool] | None:
    """A progress callback that redraws one line on a terminal (nothing when redirected)."""
    if not stream.isatty():
        return None

    def report(done: int, total: int) -> bool:
        percent = 100 * done // total if total else 100
        end = "\n" if done >= total else ""
        stream.write(f"\r{label}: {done:,}/{total:,} ({percent}%){end}")
        stream.flush()
        return True

    return report


def _run_gui(args: argparse.Namespace, path: Target) -> int:
    from workshop_desk.app import run
    from workshop_desk.ui.recovery import recover_if_damaged

    if isinstance(path, Path) and not recover_if_damaged(path):  # a server looks after its own files
        return EXIT_USAGE
    database = _open(path, create=True)
    try:
        if getattr(args, "demo_if_empty", False):
            from workshop_desk.services.demo import load_demo_if_empty

            load_demo_if_empty(database)
        return run(database)
    finally:
        database.dispose()


def _run_demo(args: argparse.Namespace, path: Target) -> int:
    from workshop_desk.services.demo import DemoOptions, NotEmptyError, load_demo

    database = _open(path, create=True)
    try:
        options = DemoOptions(
            locale=args.locale,
            customers=args.customers,
            seed=args.seed,
            years=args.years,
            today=args.today or date.today(),
            profile=args.profile,
        )
        try:
            counts = load_demo(database, options, force=args.force, progress=_terminal_progress("demo"))
        except NotEmptyError as error:
            raise UserError(f"{path} already holds data; add --force to add a demo shop anyway ({error})") from None
    finally:
        database.dispose()
    print(
        f"Demo shop ({args.locale}) written to {path}: {counts.customers} customers, "
        f"{counts.invoices} invoices, {counts.installments} installments, {counts.payments} payments, "
        f"{counts.contacts} contact-log entries."
    )
    return EXIT_OK


def _run_import(args: argparse.Namespace, path: Target) -> int:
    from workshop_desk.services.csv_import import import_csv

    if not args.file.is_file():
        raise UserError(f"there is no file {args.file}")
    database = _open(path, create=True)
    try:
        summary = import_csv(
            database,
            args.kind,
            args.file,
            allow_duplicate_payments=args.allow_duplicates,
            progress=_terminal_progress(f"importing {args.kind}"),
        )
    except UnicodeDecodeError:
        raise UserError(f"{args.file} is not a UTF-8 text file; save it as 'CSV UTF-8'") from None
    except OSError as error:
        raise UserError(f"cannot read {args.file}: {error.strerror}") from None
    finally:
        database.dispose()
    extra = "".join(f"; {note}" for note in summary.notes)
    print(f"Imported {summary.rows} {args.kind} from {args.file}{extra}.")
    return EXIT_OK


def _run_export(args: argparse.Namespace, path: Target) -> int:
    from workshop_desk.services.csv_export import export_csv

    database = _open(path, create=False)
    try:
        count = export_csv(database, args.kind, args.file)
    except OSError as error:
        raise UserError(f"cannot write {args.file}: {error.strerror}") from None
    finally:
        database.dispose()
    print(f"Exported {count} {args.kind} to {args.file}.", file=sys.stderr)
    return EXIT_OK


def _run_overdue(args: argparse.Namespace, path: Target) -> int:
    from workshop_desk.services.accounts import overdue_accounts
    from workshop_desk.services.shop import load_shop

    as_of = args.as_of or date.today()
    database = _open(path, create=False)
    try:
        with database.read() as session:
            listed = overdue_accounts(session, as_of)
            shop = load_shop(session)
    finally:
        database.dispose()
    if args.format == "csv":
        _write_overdue_csv(listed, sys.stdout)
    else:
        _write_overdue_table(listed, shop, as_of, sys.stdout)
    return EXIT_OK


AGENDA_COLUMNS = ("customer_code", "customer_name", "step", "action", "overdue_amount", "max_days_late", "reason")


def _run_agenda(args: argparse.Namespace, path: Target) -> int:
    from workshop_desk.domain.money import format_plain
    from workshop_desk.services.collections import agenda, reason_text

    as_of = args.as_of or date.today()
    database = _open(path, create=False)
    try:
        with database.read() as session:
            items = agenda(session, as_of)
    finally:
        database.dispose()
    rows = [
        (
            item.account.customer.code, item.account.customer.name, item.step.key, item.step.action.value,
            format_plain(item.account.status.overdue_amount), str(item.account.status.max_days_late),
            reason_text(item),
        )
        for item in items
    ]  # fmt: skip
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(AGENDA_COLUMNS)
        writer.writerows(rows)
        return EXIT_OK
    print(f"Agenda for {as_of.isoformat()}: {sum(1 for item in items if item.moved_to is None)} action(s)")
    if rows:
        header = ("Code", "Customer", "Step", "Action", "Overdue", "Late", "Why")
        widths = [min(32, max(len(row[index]) for row in [header, *rows])) for index in range(len(header))]
        for row in [header, *rows]:
            print(
                "  ".join(_shorten(cell, width).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            )
    return EXIT_OK


def _write_overdue_csv(listed: list[Account], out: TextIO) -> None:
    from workshop_desk.domain.money import format_plain

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(OVERDUE_COLUMNS)
    for account in listed:
        status, customer = account.status, account.customer
        writer.writerow(
            [
                customer.code,
                customer.name,
                format_plain(status.open_balance),
                format_plain(status.overdue_amount),
                status.max_days_late,
                status.missed_installments,
                "" if customer.debt_limit is None else format_plain(customer.debt_limit),
                "true" if status.over_limit else "false",
            ]
        )


def _write_overdue_table(listed: list[Account], shop: Shop, as_of: date, out: TextIO) -> None:
    from workshop_desk.i18n.formatting import format_day, format_money

    def money(cents: int) -> str:
        return format_money(cents, shop.currency, shop.locale)

    header = ("Code", "Customer", "Open", "Overdue", "Days late", "Missed", "Limit", "")
    rows = [
        (
            account.customer.code,
            _shorten(account.customer.name, 32),
            money(account.status.open_balance),
            money(account.status.overdue_amount),
            str(account.status.max_days_late or ""),
            str(account.status.missed_installments or ""),
            "none" if account.customer.debt_limit is None else money(account.customer.debt_limit),
            "OVER LIMIT" if account.status.over_limit else "",
        )
        for account in listed
    ]
    out.write(f"Overdue as of {format_day(as_of, shop.locale, 'long')}: {len(rows)} customer(s)\n")
    if not rows:
        return
    widths = [max(len(row[index]) for row in [header, *rows]) for index in range(len(header))]
    right_aligned = {2, 3, 4, 5, 6}
    for row in [header, *rows]:
        cells = [
            cell.rjust(width) if index in right_aligned else cell.ljust(width)
            for index, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        out.write("  ".join(cells).rstrip() + "\n")
    total_overdue = sum(account.status.overdue_amount for account in listed)
    out.write(f"Total overdue: {money(total_overdue)}\n")


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _run_letter(args: argparse.Namespace, path: Target) -> int:
    from sqlalchemy import select

    from workshop_desk.db.models import Customer
    from workshop_desk.services.letters import LetterRefusedError, produce_letter

    if not args.output.parent.is_dir():
        raise UserError(f"the folder {args.output.parent} does not exist")
    database = _open(path, create=False)
    try:
        with database.write() as session:
            customer_id = session.scalar(select(Customer.id).where(Customer.code == args.customer))
            if customer_id is None:
                raise UserError(f"there is no customer with the code {args.customer}")
            try:
                letter = produce_letter(session, customer_id, args.kind, args.date or date.today(), args.lang)
            except LetterRefusedError as refusal:
                raise UserError(f"no {args.kind} letter for {args.customer}: {refusal}") from None
            write_bytes_atomically(args.output, letter.pdf)
    except OSError as error:
        raise UserError(f"cannot write {args.output}: {error.strerror}") from None
    finally:
        database.dispose()
    for warning in letter.warnings:
        print(f"workshop-desk: warning: {warning}", file=sys.stderr)
    print(f"Wrote {letter.content.template.title} ({letter.content.language}) for {args.customer} to {args.output}.")
    return EXIT_OK


def _run_backup(args: argparse.Namespace, path: Target) -> int:
    from workshop_desk.db.backups import BackupKind, make_backup

    database = _open(path, create=False)  # refuses a missing or foreign database, migrates an old one
    database.dispose()
    output: Path | None = args.output
    if output is not None and output.exists():
        raise UserError(f"{output} exists already; choose a new file name")
    if database.path is None:
        return _back_up_server(database, output)
    copy = make_backup(database.path, BackupKind.MANUAL, target=output)
    print(f"Backup written and verified: {copy}")
    return EXIT_OK


def _back_up_server(database: Database, output: Path | None) -> int:
    """``backup`` of a server database: ``pg_dump`` into a file, checked (workshop_desk/db/server_backup.py)."""
    from workshop_desk.db.server_backup import default_dump_path, dump_server
    from workshop_desk.paths import data_folder

    target = output if output is not None else default_dump_path(database.url, data_folder() / "backups")
    if output is not None and not output.parent.is_dir():
        raise UserError(f"the folder {output.parent} does not exist")
    print(f"Backing up {database.display_name} with pg_dump…", file=sys.stderr)
    dump_server(database.url, target)
    print(f"Backup written and checked: {target} (pg_dump custom format; restore it with pg_restore)")
    return EXIT_OK


def _run_restore(args: argparse.Namespace, path: Target) -> int:
    from workshop_desk.db.backups import restore
    from workshop_desk.db.session import database_target

    where = database_target(path)
    if not isinstance(where, Path):  # a server: the program does not restore it (server_backup.py says why)
        from workshop_desk.db.server_backup import restore_instructions

        raise UserError(restore_instructions(where, args.backup_file))
    kept = restore(args.backup_file, where)
    print(f"Restored {path} from {args.backup_file}.")
    if kept is not None:
        print(f"The replaced file is kept as {kept}.")
    return EXIT_OK


def _run_report(args: argparse.Namespace, path: Target) -> int:
    """``report aging|statement``: a CSV (to a file, or to standard output with ``-o -``) or a PDF."""
    import io

    from sqlalchemy import select

    from workshop_desk.db.models import Customer
    from workshop_desk.services import reports

    to_stdout = str(args.output) == "-"
    if to_stdout and args.format == "pdf":
        raise UserError("a PDF cannot be written to standard output; name a file with -o")
    if not to_stdout and not args.output.parent.is_dir():
        raise UserError(f"the folder {args.output.parent} does not exist")
    as_of = args.as_of or date.today()
    text = io.StringIO()
    pdf = b""
    database = _open(path, create=False)
    try:
        with database.read() as session:
            if args.report == "aging":
                what = f"the aging report as of {as_of.isoformat()}"
                if args.format == "csv":
                    reports.write_aging_csv(reports.aging_rows(session, as_of), text)
                else:
                    pdf = reports.render_aging_pdf(session, as_of, args.lang)
            else:
                customer_id = session.scalar(select(Customer.id).where(Customer.code == args.customer))
                if customer_id is None:
                    raise UserError(f"there is no customer with the code {args.customer}")
                what = f"the statement of {args.customer} as of {as_of.isoformat()}"
                if args.format == "csv":
                    reports.write_statement_csv(session, customer_id, as_of, text)
                else:
                    pdf = reports.render_statement_pdf(session, customer_id, as_of, args.lang)
    finally:
        database.dispose()
    if to_stdout:
        sys.stdout.write(text.getvalue())
        return EXIT_OK
    try:
        write_bytes_atomically(args.output, pdf if args.format == "pdf" else text.getvalue().encode("utf-8"))
    except OSError as error:
        raise UserError(f"cannot write {args.output}: {error.strerror}") from None
    print(f"Wrote {what} to {args.output}.", file=sys.stderr)
    return EXIT_OK


def _run_copy(args: argparse.Namespace, path: Target) -> int:
    """``copy --db SOURCE --to TARGET``: the whole shop into an empty database, verified (db/copy.py)."""
    from workshop_desk.db.copy import copy_shop
    from workshop_desk.domain.money import format_plain

    report = copy_shop(path, args.to, progress=_terminal_progress("copying rows"))
    print(f"Copied {report.source} to {report.target} in {report.seconds:.1f} s; verified, equal on both sides:")
    width = max(len(figures.table) for figures in report.figures)
    print(f"  {'table'.ljust(width)}  {'rows':>9}  money totals")
    for figures in report.figures:
        money = ", ".join(f"{name.removesuffix('_cents')} {format_plain(total)}" for name, total in figures.money)
        print(f"  {figures.table.ljust(width)}  {figures.rows:>9,}  {money}".rstrip())
    print(f"  {'all'.ljust(width)}  {report.rows:>9,}")
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, Target], int]] = {
    "backup": _run_backup,
    "copy": _run_copy,
    "restore": _run_restore,
    "gui": _run_gui,
    "demo": _run_demo,
    "import": _run_import,
    "export": _run_export,
    "overdue": _run_overdue,
    "letter": _run_letter,
    "agenda": _run_agenda,
    "report": _run_report,
}
