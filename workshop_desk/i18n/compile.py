"""Compiling the translations: the ``.ts`` sources in ``translations/`` into the ``.qm`` files the program loads.

``python -m workshop_desk.i18n.compile`` writes ``translations/workshop_desk_<language>.qm`` beside
each source, where :func:`workshop_desk.paths.translations_folder` finds them in a source tree.
``scripts/dev.sh`` runs it before ``run`` and ``test``; the packaged build runs it before
PyInstaller and bundles the ``.qm`` files (they are build outputs, not kept in git).

It uses the ``lrelease`` that comes with PySide6 (the program behind ``pyside6-lrelease``), so a
fresh virtual environment needs nothing more.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from workshop_desk.paths import translations_folder

SOURCE_FOLDER = Path(__file__).resolve().parent.parent.parent / "translations"
"""``translations/`` of the source tree: the ``.ts`` files the translators edit."""
CATALOG_PREFIX = "workshop_desk_"


def qt_tool(name: str) -> Path:
    """The path of a Qt tool shipped in the PySide6 wheel (``lrelease``, ``lupdate``)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def compile_ts(source: Path, target: Path) -> None:
    """Compile one ``.ts`` file into ``target`` (a ``.qm`` file), unfinished translations included.

    Raises:
        subprocess.CalledProcessError: lrelease refused the file (it is not valid XML, say); its
            output is in the error's ``stdout``.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
        text=True,
    )


def compile_all(source: Path = SOURCE_FOLDER, target: Path | None = None) -> tuple[list[Path], list[str]]:
    """Compile every ``workshop_desk_*.ts`` of ``source`` into ``target`` (default: where the program looks).

    Returns the ``.qm`` files written and a line for each source that could not be compiled (the
    others are compiled all the same: one translator's half-saved file does not stop the rest).
    """
    target = translations_folder() if target is None else target
    written: list[Path] = []
    failures: list[str] = []
    for ts in sorted(source.glob(f"{CATALOG_PREFIX}*.ts")):
        qm = target / f"{ts.stem}.qm"
        try:
            compile_ts(ts, qm)
        except (OSError, subprocess.CalledProcessError) as error:
            detail = getattr(error, "stdout", "") or getattr(error, "stderr", "") or str(error)
            failures.append(f"{ts.name}: {detail.strip()}")
        else:
            written.append(qm)
    return written, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m workshop_desk.i18n.compile", description="Compile translations/*.ts into .qm files."
    )
    parser.add_argument("--source", type=Path, default=SOURCE_FOLDER, help="folder of the .ts files")
    parser.add_argument("--target", type=Path, default=None, help="folder for the .qm files (default: beside them)")
    options = parser.parse_args(argv)
    written, failures = compile_all(options.source, options.target)
    for failure in failures:
        print(f"cannot compile {failure}", file=sys.stderr)
    where = options.target or translations_folder()
    print(f"{len(written)} translations compiled into {where}")
    return 1 if failures or not written else 0


if __name__ == "__main__":
    sys.exit(main())
