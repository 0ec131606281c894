"""A throw-away PostgreSQL server for the tests that run on both engines (issue #12).

:func:`start_server` gives a :class:`PostgresServer`:

* if ``WORKSHOP_DESK_TEST_POSTGRES_URL`` names a server (a user that may create databases), the
  tests use it, creating and dropping databases of their own (``wdtest_…``) there;
* otherwise it looks for ``initdb`` (``/usr/lib/postgresql/*/bin`` as Debian installs it, or the
  ``PATH``), creates a cluster in a fresh temporary folder (in ``/dev/shm`` when there is one) —
  owned by the ``postgres`` user when the tests run as root, as PostgreSQL refuses to run as
  root — with ``trust`` authentication (but for one user that must give a password:
  :data:`PASSWORD_USER`), listening on 127.0.0.1 on a free port with its socket in that folder,
  ``fsync`` off, and starts it. :meth:`PostgresServer.stop` stops it and deletes the folder.

Each test gets a database of its own quickly: a *template* is built once per session (migrated,
perhaps filled) and copied with ``CREATE DATABASE … TEMPLATE`` (about 30 ms in memory).

When no server can be found or started, :func:`start_server` raises :class:`UnavailableError` with the
reason; the fixtures skip with "PostgreSQL not available: …", or fail when
``WORKSHOP_DESK_REQUIRE_POSTGRES=1`` (CI sets it, so CI never skips silently).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import URL, make_url

URL_VARIABLE = "WORKSHOP_DESK_TEST_POSTGRES_URL"
REQUIRE_VARIABLE = "WORKSHOP_DESK_REQUIRE_POSTGRES"
SUPERUSER = "postgres"
PASSWORD_USER, PASSWORD = "desk_with_password", "s3cret-Pa55"
"""On a cluster started here this user must give its password (everyone else is trusted)."""


class UnavailableError(Exception):
    """No PostgreSQL server for the tests; ``str(error)`` says why."""


def required() -> bool:
    return os.environ.get(REQUIRE_VARIABLE, "") not in {"", "0"}


class PostgresServer:
    """A server the tests may create and drop databases on."""

    def __init__(self, base_url: URL, *, cluster: Path | None = None, pg_ctl: list[str] | None = None) -> None:
        self.base_url = base_url.set(drivername="postgresql+psycopg")
        self.cluster = cluster
        self._pg_ctl = pg_ctl
        self._prefix = f"wdtest_{uuid.uuid4().hex[:8]}_"
        self._numbers = itertools.count(1)
        self._templates: dict[str, str] = {}
        self._created: list[str] = []
        self._admin = psycopg.connect(self._libpq(self.base_url), autocommit=True, connect_timeout=10)
        self.password_user: tuple[str, str] | None = None
        if cluster is not None:
            self._execute(
                sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
                    sql.Identifier(PASSWORD_USER), sql.Literal(PASSWORD)
                )
            )
            self.password_user = (PASSWORD_USER, PASSWORD)

    @staticmethod
    def _libpq(url: URL) -> str:
        return url.set(drivername="postgresql").render_as_string(hide_password=False)

    def url(self, name: str) -> URL:
        return self.base_url.set(database=name)

    def new_database(self, template: str | None = None) -> URL:
        """A new database: empty (no tables), or a copy of the template built under that name."""
        name = f"{self._prefix}{next(self._numbers)}"
        source = self._templates[template] if template is not None else "template0"
        self._execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'").format(
                sql.Identifier(name), sql.Identifier(source)
            )
        )
        self._created.append(name)
        return self.url(name)

    def template(self, key: str, build: Callable[[URL], object], source: str | None = None) -> None:
        """Build the template ``key`` once: ``build`` fills a new database (empty, or a copy of the
        template ``source``) at the URL it is given and closes its connections."""
        if key in self._templates:
            return
        url = self.new_database(source)
        build(url)
        self._templates[key] = str(url.database)

    def drop_database(self, url: URL) -> None:
        name = str(url.database)
        # FORCE: a test that failed before closing its connections must not block the drop
        self._execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if name in self._created:
            self._created.remove(name)

    def _execute(self, statement: sql.Composable) -> None:
        self._admin.execute(statement)

    def stop(self) -> None:
        """Drop every database made here; stop and delete a cluster started here."""
        try:
            if self.cluster is None:
                for name in list(self._created):
                    self.drop_database(self.url(name))
        finally:
            self._admin.close()
            if self.cluster is not None and self._pg_ctl is not None:
                subprocess.run(
                    [*self._pg_ctl, "-D", str(self.cluster / "data"), "-m", "immediate", "-w", "stop"],
                    capture_output=True,
                    check=False,
                    timeout=60,
                )
                shutil.rmtree(self.cluster, ignore_errors=True)


def migrated_template(server: PostgresServer) -> str:
    """The key of the server's migrated, empty template database (built once per session)."""
    from workshop_desk.db.session import open_database

    server.template("empty", lambda url: open_database(url).dispose())
    return "empty"


def start_server() -> PostgresServer:
    """The server named by the environment, else a throw-away cluster started here.

    Raises:
        UnavailableError: why neither is possible.
    """
    given = os.environ.get(URL_VARIABLE)
    if given:
        url = make_url(given)
        try:
            return PostgresServer(url)
        except psycopg.Error as error:
            raise UnavailableError(f"{URL_VARIABLE} names a server that refuses ({_first_line(error)})") from None
    return _start_cluster()


def find_bin_folder() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: Debian's newest, else the ``PATH``'s."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(Path(path).parts[-3].split(".")[0])
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _start_cluster() -> PostgresServer:
    folder = find_bin_folder()
    if folder is None:
        raise UnavailableError("no initdb found (install the postgresql package, or set " + URL_VARIABLE + ")")
    as_user: list[str] = []
    # in memory where Linux offers it: creating a database per test is ten times faster than on disk
    memory = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    cluster = Path(tempfile.mkdtemp(prefix="workshop-desk-pg-", dir=memory))
    try:
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
            runuser = shutil.which("runuser")
            if runuser is None:
                raise UnavailableError("running as root and runuser is missing (PostgreSQL refuses to run as root)")
            shutil.chown(cluster, user=SUPERUSER)
            as_user = [runuser, "-u", SUPERUSER, "--"]
        data = cluster / "data"
        _run(
            [
                *as_user,
                str(folder / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                # a UTF-8 character type: lower() and ILIKE then fold Cyrillic and accented letters
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            "initdb",
        )
        # the password user must authenticate (tests of refusals and of logs without passwords)
        hba = data / "pg_hba.conf"
        hba.write_text(f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())  # keeps its owner
        port = _free_port()
        options = (
            f"-p {port} -k {cluster} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        pg_ctl = [*as_user, str(folder / "pg_ctl")]
        _run(
            [*pg_ctl, "-D", str(data), "-o", options, "-l", str(cluster / "server.log"), "-w", "start"], "pg_ctl start"
        )
        url = URL.create("postgresql+psycopg", username=SUPERUSER, host="127.0.0.1", port=port, database="postgres")
        deadline = time.monotonic() + 20
        while True:
            try:
                return PostgresServer(url, cluster=cluster, pg_ctl=pg_ctl)
            except psycopg.OperationalError as error:
                if time.monotonic() > deadline:
                    reason = _first_line(error)
                    raise UnavailableError(f"the server started but refuses connections ({reason})") from None
                time.sleep(0.1)
    except BaseException:
        if as_user or (cluster / "data" / "postmaster.pid").exists():
            subprocess.run(
                [*as_user, str(folder / "pg_ctl"), "-D", str(cluster / "data"), "-m", "immediate", "stop"],
                capture_output=True,
                check=False,
            )
        shutil.rmtree(cluster, ignore_errors=True)
        raise


def _run(command: list[str], what: str) -> None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise UnavailableError(f"{what} could not run ({error})") from None
    if result.returncode != 0:
        message = (result.stderr or result.stdout).strip().splitlines()
        raise UnavailableError(f"{what} failed ({message[-1] if message else result.returncode})")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
