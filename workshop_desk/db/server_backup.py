"""Backups of a shop on a PostgreSQL server, with PostgreSQL's own tools (issue #12).

A server database is not a file the program can copy: ``workshop-desk backup`` runs ``pg_dump
--format=custom`` (one compressed file, restorable table by table with ``pg_restore``) and checks
the result by reading its table of contents back with ``pg_restore --list``.

The password never appears on a command line (another user of the PC could read it in the
process list), in the output or in the logs: the child gets it in its ``PGPASSWORD``
environment, and the database is named to it by a URL without the password.

Where the tools are missing, :class:`MissingToolError` says what to install. The daily copy at
start (:mod:`workshop_desk.db.backups`) is for SQLite files only: a server is backed up by its
administrator (``pg_dump`` on a schedule, or the server's own backups), or with this command.

Restoring into a server is not done by the program: it would replace the data under the other
desks' feet. :func:`restore_instructions` says how to do it with ``pg_restore`` once every desk
is closed.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL

from workshop_desk.db.session import DatabaseError, create_private_file, display_name

DUMP_SUFFIX = ".dump"
TIMEOUT_S = 6 * 3600


class MissingToolError(DatabaseError):
    """``pg_dump`` or ``pg_restore`` cannot be found; the message says what to install."""


def find_tool(name: str) -> Path | None:
    """``pg_dump``/``pg_restore``: on the ``PATH``, else where the PostgreSQL packages put it."""
    found = shutil.which(name)
    if found:
        return Path(found)
    patterns = [
        f"/usr/lib/postgresql/*/bin/{name}",  # Debian, Ubuntu
        f"/usr/pgsql-*/bin/{name}",  # Red Hat, Fedora
        f"/opt/homebrew/opt/postgresql*/bin/{name}",  # macOS
        f"/Applications/Postgres.app/Contents/Versions/*/bin/{name}",
    ]
    for root in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMW6432"), r"C:\Program Files"):
        if root:
            patterns.append(str(Path(root) / "PostgreSQL" / "*" / "bin" / f"{name}.exe"))
    candidates = [path for pattern in patterns for path in glob.glob(pattern)]
    if not candidates:
        return None
    return Path(max(candidates, key=_version_key))


def _version_key(path: str) -> tuple[int, ...]:
    """Newest version first: the number in the folder names (``…/15/bin``, ``…/PostgreSQL/16/bin``)."""
    numbers = [int(part) for part in Path(path).parts if part.isdigit()]
    return tuple(numbers) or (0,)


def missing_tool_message(name: str) -> str:
    return (
        f"{name} was not found, so the server database cannot be backed up from this PC. Install "
        f"PostgreSQL's client programs — Debian/Ubuntu: 'sudo apt-get install postgresql-client'; "
        f"Windows: the PostgreSQL installer from postgresql.org (the 'Command Line Tools' are enough), "
        f"then add its bin folder (e.g. C:\\Program Files\\PostgreSQL\\16\\bin) to the PATH — and run "
        f"the backup again. The server's administrator can also back it up on the server with pg_dump."
    )


def _tool(name: str) -> Path:
    found = find_tool(name)
    if found is None:
        raise MissingToolError(missing_tool_message(name))
    return found


def libpq_address(url: URL) -> str:
    """The database's address for libpq (``postgresql://user@host:port/name?…``), without the password."""
    # URL.set(password=None) would keep the password: None there means "unchanged".
    address = URL.create("postgresql", url.username, None, url.host, url.port, url.database, url.query)
    return address.render_as_string(hide_password=False)


def child_environment(url: URL) -> dict[str, str]:
    """The environment of a PostgreSQL tool run for ``url``: the password in ``PGPASSWORD``, if the URL has one."""
    environment = dict(os.environ)
    environment.pop("PGPASSWORD", None)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    return environment


def default_dump_path(url: URL, folder: Path, now: datetime | None = None) -> Path:
    """``<folder>/<database>-manual-<date-time>.dump``."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M%S-%f")
    return folder / f"{url.database}-manual-{stamp}{DUMP_SUFFIX}"


def dump_server(url: URL, target: Path) -> Path:
    """Back the server database up into the new file ``target`` and check it; returns ``target``.

    Raises:
        MissingToolError: ``pg_dump`` or ``pg_restore`` is not installed (nothing was written).
        DatabaseError: the dump or its check failed (a partial file is removed).
    """
    pg_dump, pg_restore = _tool("pg_dump"), _tool("pg_restore")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        create_private_file(target)  # pg_dump writes into it and keeps its permissions
    except FileExistsError:
        raise DatabaseError(f"{target} exists already; choose a new file name.") from None
    environment = child_environment(url)
    try:
        _run(
            [str(pg_dump), "--format=custom", "--no-password", f"--file={target}", f"--dbname={libpq_address(url)}"],
            environment,
            url,
            "pg_dump",
        )
        listing = _run([str(pg_restore), "--list", str(target)], environment, url, "pg_restore --list")
        if " TABLE DATA " not in listing:
            raise DatabaseError(f"The backup {target} holds no table data; it is not a usable backup.")
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _run(command: list[str], environment: dict[str, str], url: URL, what: str) -> str:
    try:
        result = subprocess.run(
            command, env=environment, capture_output=True, text=True, errors="replace", timeout=TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DatabaseError(f"{what} could not run ({error}).") from None
    if result.returncode != 0:
        raise DatabaseError(f"{what} failed for {display_name(url)}: {_problem(result.stderr, url)}")
    return result.stdout


def _problem(stderr: str, url: URL) -> str:
    """The tool's complaint in one line, without the password; with advice for a too-old ``pg_dump``."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    text = " ".join(lines[:3]) or "no reason given"
    if url.password:
        text = text.replace(str(url.password), "***")
    if "version mismatch" in text:
        text += " (install the client programs of the server's PostgreSQL version or newer)"
    return text.rstrip(".") + "."


def restore_instructions(url: URL, backup: Path) -> str:
    """How to bring ``backup`` back into the server database at ``url`` (the program does not do it)."""
    address = libpq_address(url)
    if backup.suffix == ".db":
        return (
            f"{backup} is a copy of an SQLite file. To put it on the server, close every desk, create a new empty "
            f"database and run: workshop-desk copy --db {backup} --to {display_name(url)} (with the new database's "
            f"name), then start the desks on it."
        )
    return (
        "The program does not restore a server database itself: the other desks would lose their work "
        "under their feet. Close Workshop Desk on every desk, then on a PC with PostgreSQL's client "
        f"programs run (with the password in the PGPASSWORD environment variable): "
        f"pg_restore --clean --if-exists --no-owner --single-transaction --dbname={address} {backup} — "
        "or restore into a new database (createdb, then the same pg_restore with its name) and start "
        "the desks with that one."
    )
