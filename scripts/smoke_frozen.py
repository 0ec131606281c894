"""Smoke test of the packaged program (``dist/workshop-desk/``, built by ``scripts/build_dist.py``).

Run with the project's virtual environment (it uses pypdf and the source tree to compare)::

    .venv/bin/python scripts/smoke_frozen.py                 # Linux (scripts/dev.sh dist runs it after the build)
    .venv\\Scripts\\python scripts\\smoke_frozen.py            # Windows

Everything runs on a fresh temporary folder that stands in for the user's home and data folders,
with Qt offscreen (no display needed), and checks that the built program:

1. says the version of ``pyproject.toml``;
2. carries the compiled translations (ours and Qt's ``qtbase_*``);
3. opens its window: ``gui --demo-if-empty`` with no ``--db`` creates the database in the (fresh)
   data folder, migrates it with Alembic to the newest schema, fills the demo shop and shows the
   main window (reported by the program itself, see ``WORKSHOP_DESK_SMOKE_REPORT`` in
   ``scripts/frozen_main.py``; a picture of it is kept as ``window.png``), then closes cleanly;
4. makes the same demo shop and prints the same overdue list (Babel's money and dates) as the
   source tree, in English, Italian, Russian, Brazilian Portuguese and Hungarian;
5. writes a Russian reminder and claim letter whose PDF holds the Russian template's title and
   Cyrillic text in the shipped DejaVu fonts, the payment QR code, and the same text as the
   letters the source tree writes.

Exit code 0 when every check passed; otherwise 1, with one line per failed check.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXECUTABLE = "workshop-desk.exe" if sys.platform == "win32" else "workshop-desk"
LOCALES = ("en", "it", "ru", "pt_BR", "hu")
TODAY = "2025-03-31"
DEMO = ["--customers", "12", "--years", "1", "--seed", "3", "--today", TODAY]


class Smoke:
    def __init__(self, dist: Path, temp: Path) -> None:
        self.executable = dist / EXECUTABLE
        self.bundle = dist / "_internal"
        self.temp = temp
        self.failures: list[str] = []
        self.passed = 0
        home = temp / "home"
        self.env = {
            **os.environ,
            "HOME": str(home),
            "USERPROFILE": str(home),
            "XDG_DATA_HOME": str(temp / "data"),
            "XDG_CONFIG_HOME": str(temp / "config"),
            "XDG_CACHE_HOME": str(temp / "cache"),
            "XDG_STATE_HOME": str(temp / "state"),
            "LOCALAPPDATA": str(temp / "data"),
            "APPDATA": str(temp / "config"),
            "WIN_PD_OVERRIDE_LOCAL_APPDATA": str(temp / "data"),  # platformdirs asks Windows, not LOCALAPPDATA
            "WIN_PD_OVERRIDE_APPDATA": str(temp / "config"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8",
            "LC_CTYPE": "C.UTF-8",  # Qt wants a UTF-8 locale (and says so on stderr otherwise)
        }
        for name in ("WORKSHOP_DESK_SMOKE_REPORT", "PYTHONPATH", "PYTHONHOME"):
            self.env.pop(name, None)
        home.mkdir()

    # --- helpers -------------------------------------------------------------------------------

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"  ok   {what}")
        else:
            self.failures.append(f"{what}{': ' + detail if detail else ''}")
            print(f"  FAIL {what}{': ' + detail if detail else ''}")
        return ok

    def run(self, *arguments: str, frozen: bool = True, timeout: float = 120, extra_env: dict[str, str] | None = None):
        command = [str(self.executable)] if frozen else [sys.executable, "-m", "workshop_desk"]
        env = {**self.env, **(extra_env or {})}
        if not frozen:
            env["PYTHONPATH"] = str(ROOT)
        started = time.monotonic()
        try:
            result = subprocess.run(
                [*command, *arguments],
                cwd=self.temp,
                env=env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as expired:
            result = subprocess.CompletedProcess(expired.cmd, -9, str(expired.stdout or ""), "timed out")
        result.seconds = time.monotonic() - started  # type: ignore[attr-defined]
        return result

    def ran(self, result, what: str) -> bool:
        detail = f"exit code {result.returncode}; stderr: {result.stderr.strip()[-1500:]}"
        return self.check(result.returncode == 0, what, "" if result.returncode == 0 else detail)

    # --- the checks ----------------------------------------------------------------------------

    def version(self) -> None:
        print("version")
        with (ROOT / "pyproject.toml").open("rb") as file:
            expected = tomllib.load(file)["project"]["version"]
        result = self.run("--version")
        self.ran(result, "--version runs")
        self.check(result.stdout.strip() == f"workshop-desk {expected}", f"--version says {expected}", result.stdout)

    def bundled_files(self) -> None:
        print("bundled files")
        folder = self.bundle / "translations"
        ours = sorted(path.stem + ".qm" for path in (ROOT / "translations").glob("workshop_desk_*.ts"))
        for name in [*ours, *(f"qtbase_{language}.qm" for language in ("it", "ru", "pt_BR", "hu"))]:
            self.check((folder / name).is_file(), f"translations/{name} is in the bundle")
        for name in ("DejaVuSans.ttf", "DejaVuSerif.ttf", "LICENSE-DejaVu.txt"):
            self.check(
                (self.bundle / "resources" / "fonts" / name).is_file(), f"resources/fonts/{name} is in the bundle"
            )

    def window(self) -> None:
        print("window (gui --demo-if-empty on a fresh data folder, offscreen)")
        usage = self.run("--help").stdout  # "--db PATH … (default: <data folder>/workshop-desk.db)", wrapped
        default = "".join(usage[usage.find("(default:") :].split())
        inside = "".join(str(self.temp).split()) in default
        if not self.check(inside, "the default database is in the temporary data folder", default[:300]):
            return  # never open the real data folder of whoever runs this
        report = self.temp / "window.json"
        result = self.run(
            "gui",
            "--demo-if-empty",
            timeout=180,
            extra_env={"WORKSHOP_DESK_SMOKE_REPORT": str(report), "LANG": "ru_RU.UTF-8", "LANGUAGE": "ru"},
        )
        self.ran(result, f"the window opened and closed cleanly ({result.seconds:.1f} s)")
        unexpected = [line for line in result.stderr.splitlines() if "Traceback" in line or "unexpected error" in line]
        self.check(not unexpected, "no error on stderr", "\n".join(unexpected))
        databases = sorted(self.temp.rglob("workshop-desk.db"))
        if self.check(len(databases) == 1, "the database was created in the data folder", str(databases)):
            database = databases[0]
            print(f"       {database.relative_to(self.temp)}")
            self.check(self.schema_is_current(database), "its schema is at the newest Alembic revision")
        if not self.check(report.is_file(), "the program reported its main window"):
            return
        shown = json.loads(report.read_text(encoding="utf-8"))
        print(f"       {json.dumps(shown, ensure_ascii=False)}")
        self.check(shown["class"] == "MainWindow", "the main window was shown", shown["class"])
        self.check(shown["width"] > 300 and shown["height"] > 200, "it has a usable size")
        self.check(any(shown["tabs"]), "it has its tabs")
        self.check(shown["colours_sampled"] > 5, "it was painted (more than a few colours)")
        self.check(shown["icon_opaque_pixels"] > 200, "the SVG application icon renders (Qt's SVG plugin is there)")

    def schema_is_current(self, database: Path) -> bool:
        from workshop_desk.db.migrate import HEAD_REVISION

        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
        return row is not None and row[0] == HEAD_REVISION

    def demo_and_babel(self) -> None:
        print(f"demo shops and overdue lists (Babel) in {', '.join(LOCALES)}, built vs source")
        for locale in LOCALES:
            frozen_db, source_db = self.temp / f"{locale}.db", self.temp / f"source-{locale}.db"
            if not self.ran(self.run("demo", "--db", str(frozen_db), "--locale", locale, *DEMO), f"demo {locale}"):
                continue
            self.ran(self.run("demo", "--db", str(source_db), "--locale", locale, *DEMO, frozen=False),
                     f"demo {locale} (source)")  # fmt: skip
            frozen = self.run("overdue", "--db", str(frozen_db), "--as-of", TODAY)
            source = self.run("overdue", "--db", str(source_db), "--as-of", TODAY, frozen=False)
            self.ran(frozen, f"overdue {locale}")
            lines = frozen.stdout.splitlines()
            print("       " + " / ".join(lines[:1] + lines[2:3] + lines[-1:]))
            self.check(frozen.stdout == source.stdout and bool(lines), f"overdue {locale}: same text as the source")

    def letters(self) -> None:
        print("Russian letters (fonts, templates, QR code)")
        overdue = self.run("overdue", "--db", str(self.temp / "ru.db"), "--as-of", TODAY, "--format", "csv")
        rows = [line.split(",") for line in overdue.stdout.splitlines()[1:]]
        if not self.check(bool(rows), "the Russian demo shop has a customer with money overdue", overdue.stderr):
            return
        customer = rows[0][0]
        for kind in ("reminder", "claim"):
            pdf, source_pdf = self.temp / f"{kind}-ru.pdf", self.temp / f"source-{kind}-ru.pdf"
            arguments = ["--customer", customer, "--kind", kind, "--lang", "ru", "--date", TODAY]
            result = self.run("letter", "--db", str(self.temp / "ru.db"), *arguments, "-o", str(pdf))
            if not self.ran(result, f"letter --kind {kind} --lang ru for {customer}") or not pdf.is_file():
                continue
            print(f"       {result.stdout.strip()}")
            self.run("letter", "--db", str(self.temp / "source-ru.db"), *arguments, "-o", str(source_pdf), frozen=False)
            self.check_pdf(pdf, source_pdf, kind)

    def check_pdf(self, pdf: Path, source_pdf: Path, kind: str) -> None:
        from pypdf import PdfReader

        with (ROOT / "workshop_desk" / "letters" / "templates" / "ru" / f"{kind}.toml").open("rb") as file:
            title = tomllib.load(file)["title"]
        reader = PdfReader(pdf)
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        cyrillic = sum(1 for character in text if "а" <= character.lower() <= "я" or character in "ёЁ")
        fonts, images = set(), 0
        for page in reader.pages:
            resources = page["/Resources"]
            for font in resources.get("/Font", {}).values():
                fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1].lstrip("/"))
            for item in resources.get("/XObject", {}).values():
                images += item.get_object().get("/Subtype") == "/Image"
        print(
            f"       {len(reader.pages)} page(s), {cyrillic} Cyrillic letters, fonts {sorted(fonts)}, {images} image(s)"
        )
        self.check(title in text, f"{pdf.name} holds the Russian title «{title}»")
        self.check(cyrillic > 200, f"{pdf.name} is Cyrillic text", f"only {cyrillic} Cyrillic letters")
        self.check({"DejaVuSerif", "DejaVuSans"} <= fonts, f"{pdf.name} is set in the shipped DejaVu fonts", str(fonts))
        self.check(images >= 1, f"{pdf.name} has the payment QR code")
        if source_pdf.is_file():
            source_text = "\n".join(page.extract_text() or "" for page in PdfReader(source_pdf).pages)
            self.check(text == source_text, f"{pdf.name}: same text as the source tree's letter")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of the packaged program (dist/workshop-desk).")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "workshop-desk", help="the built folder")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (window.png, the PDFs)")
    options = parser.parse_args(argv)
    if not (options.dist / EXECUTABLE).is_file():
        print(f"smoke_frozen: FAILED: {options.dist / EXECUTABLE} does not exist; build it first", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    temp = Path(tempfile.mkdtemp(prefix="workshop-desk-smoke-"))
    smoke = Smoke(options.dist, temp)
    started = time.monotonic()
    try:
        for step in (smoke.version, smoke.bundled_files, smoke.window, smoke.demo_and_babel, smoke.letters):
            try:
                step()
            except Exception as error:  # a check that could not even run is a failure, the others go on
                smoke.check(False, f"{step.__name__} ran", f"{type(error).__name__}: {error}")
    finally:
        if options.keep:
            print(f"smoke_frozen: kept {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)
    seconds = time.monotonic() - started
    if smoke.failures:
        print(
            f"smoke_frozen: FAILED {len(smoke.failures)} of {len(smoke.failures) + smoke.passed} checks:",
            file=sys.stderr,
        )
        for failure in smoke.failures:
            lines = failure.splitlines()
            print(f"  - {lines[0]}" + (f" … {lines[-1]}" if len(lines) > 1 else ""), file=sys.stderr)
        return 1
    print(f"smoke_frozen: {smoke.passed} passed, 0 failed ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
