"""Build the packaged program (``dist/workshop-desk/``) with PyInstaller and ``build.spec``.

Run with the project's virtual environment, on Linux or Windows::

    .venv/bin/python scripts/build_dist.py          # Linux (scripts/dev.sh dist does this, then the smoke test)
    .venv\\Scripts\\python scripts\\build_dist.py     # Windows

Steps: install the program with its ``build`` extra (PyInstaller) into this environment, compile
the translations (``python -m workshop_desk.i18n.compile``, when the project has that step), run
PyInstaller on ``build.spec`` from scratch, and say how long it took and how big the folder is.
Exit code 0 only if every step succeeded.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "workshop-desk"
TRANSLATION_STEPS = (
    # (file whose presence means the project has the step, command run with this Python)
    (ROOT / "workshop_desk" / "i18n" / "compile.py", ["-m", "workshop_desk.i18n.compile"]),
    (ROOT / "scripts" / "build_translations.py", [str(ROOT / "scripts" / "build_translations.py")]),
)


def step(title: str, arguments: list[str]) -> None:
    print(f"build_dist: {title}", flush=True)
    result = subprocess.run([sys.executable, *arguments], cwd=ROOT, check=False)
    if result.returncode != 0:
        raise SystemExit(f"build_dist: {title} failed (exit code {result.returncode})")


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def main() -> int:
    started = time.monotonic()
    step(
        "installing the program and PyInstaller (pip install -e .[build])",
        ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", ".[build]"],
    )
    for marker, command in TRANSLATION_STEPS:
        if marker.is_file():
            step("compiling the translations", command)
            break
    else:
        print("build_dist: no translation compile step in this project; the window will speak English only")
    pyinstaller_started = time.monotonic()
    step("running PyInstaller on build.spec", ["-m", "PyInstaller", "--noconfirm", "--clean", "build.spec"])
    finished = time.monotonic()
    executable = DIST / ("workshop-desk.exe" if sys.platform == "win32" else "workshop-desk")
    if not executable.is_file():
        raise SystemExit(f"build_dist: PyInstaller finished but {executable} is missing")
    size = folder_size(DIST)
    print(
        f"build_dist: built {DIST} ({size / 2**20:.0f} MiB) in {finished - started:.0f} s "
        f"(PyInstaller {finished - pyinstaller_started:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
