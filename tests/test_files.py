"""Exported files: whole or absent, readable by the user only, with safe names."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_desk.files import name_part, partial_file, write_bytes_atomically


def test_a_written_file_is_complete_and_private(tmp_path: Path) -> None:
    target = write_bytes_atomically(tmp_path / "C0012 claim.pdf", b"%PDF-1.4 whole")
    assert target.read_bytes() == b"%PDF-1.4 whole"
    assert target.stat().st_mode & 0o077 == 0
    assert [path.name for path in tmp_path.iterdir()] == ["C0012 claim.pdf"]


def test_a_failure_halfway_leaves_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "aging.csv"
    target.write_text("old report", encoding="utf-8")

    def write_half() -> None:
        with partial_file(target) as partial:
            partial.write_text("half a rep", encoding="utf-8")
            raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError):
        write_half()
    assert target.read_text(encoding="utf-8") == "old report"
    assert [path.name for path in tmp_path.iterdir()] == ["aging.csv"]


def test_a_folder_is_not_a_file_name(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_bytes_atomically(Path("."), b"x")


def test_name_parts_lose_what_a_file_system_refuses() -> None:
    assert name_part('A/B:C*D?"E"<F>|G', "x") == "A_B_C_D__E__F__G"
    assert name_part(" .. ", "customer") == "customer"
