"""The command line with a shop on a PostgreSQL server (issue #12): ``copy``, ``backup``, ``restore``.

The test server trusts its local users, so a password in the URL is accepted and ignored: the
tests give one (``s3cret-pw``) to check that it never reaches the output, the log or a command line.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from postgres_server import PostgresServer

from workshop_desk.db import server_backup
from workshop_desk.db.session import open_database
from workshop_desk.services.accounts import overdue_accounts

Cli = Callable[..., Any]
PASSWORD = "s3cret-pw"
AS_OF = "2026-03-15"


@pytest.fixture
def server_url(postgres: PostgresServer) -> Iterator[str]:
    """An empty database on the test server, as a URL with a password."""
    url = postgres.new_database().set(password=PASSWORD)
    yield url.render_as_string(hide_password=False)
    postgres.drop_database(url)


def log_text(folder: Path) -> str:
    return "".join(path.read_text(encoding="utf-8") for path in folder.rglob("*.log"))


def overdue_csv(cli: Cli, where: object) -> str:
    result = cli("overdue", "--db", where, "--as-of", AS_OF, "--format", "csv")
    assert result.code == 0, result.err
    return str(result.out)


def test_copy_to_a_new_file_prints_the_verified_figures(cli: Cli, acceptance_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    result = cli("copy", "--db", acceptance_db, "--to", target)
    assert result.code == 0, result.err
    assert f"Copied {acceptance_db} to {target}" in result.out
    assert "verified" in result.out
    lines = {line.split()[0]: line.split()[1:] for line in result.out.splitlines()[2:]}
    assert lines["customer"][0] == "5"
    assert lines["payment"][:3] == [lines["payment"][0], "amount", lines["payment"][2]]
    assert overdue_csv(cli, target) == overdue_csv(cli, acceptance_db)


def test_copy_to_the_server_and_back_gives_the_same_overdue_list_and_never_prints_the_password(
    cli: Cli, acceptance_db: Path, server_url: str, tmp_path: Path, cli_private_data_folder: Path
) -> None:
    there = cli("copy", "--db", acceptance_db, "--to", server_url)
    assert there.code == 0, there.err
    back = tmp_path / "back.db"
    again = cli("copy", "--db", server_url, "--to", back)
    assert again.code == 0, again.err
    assert overdue_csv(cli, server_url) == overdue_csv(cli, acceptance_db) == overdue_csv(cli, back)
    assert "***@" in there.out
    for output in (there.out, there.err, again.out, again.err, log_text(cli_private_data_folder)):
        assert PASSWORD not in output


def test_copy_into_a_target_holding_data_is_refused(cli: Cli, acceptance_db: Path, server_url: str) -> None:
    assert cli("copy", "--db", acceptance_db, "--to", server_url).code == 0
    result = cli("copy", "--db", acceptance_db, "--to", server_url)
    assert result.code == 2
    assert "holds data already" in result.err
    assert "nothing was copied" in result.err
    assert PASSWORD not in result.err
    database = open_database(server_url, create=False)
    try:
        with database.read() as session:
            assert len(overdue_accounts(session, date(2026, 3, 15))) > 0
    finally:
        database.dispose()


def test_backup_of_a_server_runs_pg_dump_with_the_password_in_its_environment_only(
    cli: Cli,
    acceptance_db: Path,
    server_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli_private_data_folder: Path,
) -> None:
    assert cli("copy", "--db", acceptance_db, "--to", server_url).code == 0
    runs: list[tuple[list[str], str | None]] = []
    real_run = subprocess.run

    def watched(command: list[str], **options: Any) -> Any:
        runs.append((command, options["env"].get("PGPASSWORD")))
        return real_run(command, **options)

    monkeypatch.setattr(subprocess, "run", watched)  # the module server_backup calls
    dump = tmp_path / "shop.dump"
    result = cli("backup", "--db", server_url, "-o", dump)
    assert result.code == 0, result.err
    assert f"Backup written and checked: {dump}" in result.out
    assert dump.stat().st_mode & 0o077 == 0
    assert [Path(command[0]).name for command, _password in runs] == ["pg_dump", "pg_restore"]
    assert "--format=custom" in runs[0][0]
    assert all(PASSWORD not in " ".join(command) and password == PASSWORD for command, password in runs)
    listing = real_run(["pg_restore", "--list", str(dump)], capture_output=True, text=True, check=True).stdout
    assert "TABLE DATA public payment" in listing
    for output in (result.out, result.err, log_text(cli_private_data_folder)):
        assert PASSWORD not in output


def test_backup_of_a_server_without_a_name_goes_to_the_data_folder(
    cli: Cli, acceptance_db: Path, server_url: str, cli_private_data_folder: Path
) -> None:
    assert cli("copy", "--db", acceptance_db, "--to", server_url).code == 0
    result = cli("backup", "--db", server_url)
    assert result.code == 0, result.err
    made = list(cli_private_data_folder.rglob("backups/*-manual-*.dump"))
    assert len(made) == 1
    assert str(made[0]) in result.out


def test_backup_without_pg_dump_says_what_to_install(
    cli: Cli, acceptance_db: Path, server_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("copy", "--db", acceptance_db, "--to", server_url).code == 0
    monkeypatch.setattr(server_backup, "find_tool", lambda _name: None)
    result = cli("backup", "--db", server_url, "-o", tmp_path / "shop.dump")
    assert result.code == 2
    assert "pg_dump was not found" in result.err
    assert "postgresql-client" in result.err
    assert "PostgreSQL installer" in result.err
    assert not (tmp_path / "shop.dump").exists()


def test_restore_on_a_server_explains_pg_restore_instead_of_doing_it(
    cli: Cli, acceptance_db: Path, server_url: str, tmp_path: Path
) -> None:
    assert cli("copy", "--db", acceptance_db, "--to", server_url).code == 0
    before = overdue_csv(cli, server_url)
    result = cli("restore", tmp_path / "shop.dump", "--db", server_url)
    assert result.code == 2
    assert "pg_restore --clean --if-exists" in result.err
    assert "Close Workshop Desk on every desk" in result.err
    assert PASSWORD not in result.err
    assert overdue_csv(cli, server_url) == before


def test_without_db_the_database_chosen_in_the_settings_is_used(cli: Cli, acceptance_db: Path, server_url: str) -> None:
    from workshop_desk.ui.state import save_database_setting

    assert cli("copy", "--db", acceptance_db, "--to", server_url).code == 0
    expected = overdue_csv(cli, acceptance_db)
    save_database_setting(server_url)  # what Settings › Desk › Database stores
    result = cli("overdue", "--as-of", AS_OF, "--format", "csv")
    assert result.code == 0, result.err
    assert result.out == expected
    save_database_setting(str(acceptance_db))
    assert cli("overdue", "--as-of", AS_OF, "--format", "csv").out == expected
    save_database_setting("mysql://shop@server/officina")  # edited by hand: refused, not replaced by another
    result = cli("overdue", "--as-of", AS_OF, "--format", "csv")
    assert result.code == 2
    assert "the database chosen in the settings" in result.err


def test_restore_of_a_file_copy_on_a_server_points_to_copy(cli: Cli, acceptance_db: Path, server_url: str) -> None:
    result = cli("restore", acceptance_db, "--db", server_url)
    assert result.code == 2
    assert f"workshop-desk copy --db {acceptance_db} --to postgresql+psycopg://" in result.err
    assert ":***@" in result.err
    assert PASSWORD not in result.err
