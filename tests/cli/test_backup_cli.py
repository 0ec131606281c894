"""``workshop-desk backup`` and ``workshop-desk restore``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Cli = Callable[..., Any]


def test_backup_then_restore_brings_back_the_data_and_keeps_the_replaced_file(
    cli: Cli, acceptance_db: Path, tmp_path: Path
) -> None:
    before = cli("overdue", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "csv").out
    copy = tmp_path / "copy.db"
    result = cli("backup", "--db", acceptance_db, "-o", copy)
    assert result.code == 0, result.err
    assert f"Backup written and verified: {copy}" in result.out
    assert copy.stat().st_mode & 0o077 == 0
    (tmp_path / "payments.csv").write_text(
        "customer_code,date,amount,invoice_number,method,reference\nA1,2026-03-10,100.00,,cash,late cash\n",
        encoding="utf-8",
    )
    assert cli("import", "payments", tmp_path / "payments.csv", "--db", acceptance_db).code == 0
    assert cli("overdue", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "csv").out != before
    result = cli("restore", copy, "--db", acceptance_db)
    assert result.code == 0, result.err
    assert cli("overdue", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "csv").out == before
    kept = list((acceptance_db.parent / "backups").glob("acceptance-before-restore-*.db"))
    assert len(kept) == 1


def test_backup_without_a_name_goes_to_the_backups_folder(cli: Cli, acceptance_db: Path) -> None:
    result = cli("backup", "--db", acceptance_db)
    assert result.code == 0, result.err
    assert len(list((acceptance_db.parent / "backups").glob("acceptance-manual-*.db"))) == 1


def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(
    cli: Cli, acceptance_db: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all" * 200, encoding="utf-8")
    data = acceptance_db.read_bytes()
    result = cli("restore", junk, "--db", acceptance_db)
    assert result.code == 2
    assert "not a database" in result.err
    assert acceptance_db.read_bytes() == data


def test_backup_refuses_to_overwrite_a_file(cli: Cli, acceptance_db: Path, tmp_path: Path) -> None:
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"keep me")
    result = cli("backup", "--db", acceptance_db, "-o", existing)
    assert result.code == 2
    assert existing.read_bytes() == b"keep me"
