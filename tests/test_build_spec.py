"""``build.spec`` (the packaged program) agrees with the source tree, checked without building.

Building takes minutes and is checked by ``scripts/smoke_frozen.py`` (``scripts/dev.sh dist``);
these checks read the spec as text, so that a new resource folder, a newly used Qt module or a
newly imported library that the spec would leave out fails the normal test run instead of the
shop's PC.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
PACKAGE = ROOT / "workshop_desk"


def _spec_value(name: str) -> object:
    """The value of a top-level ``NAME = <literal>`` of build.spec."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(target, "id", None) == name for target in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec has no literal {name}")


def _data_folders() -> list[str]:
    folders = _spec_value("DATA_FOLDERS")
    assert isinstance(folders, list)
    return folders


def _is_covered(path: Path, folders: list[str]) -> bool:
    relative = path.relative_to(ROOT).as_posix()
    return any(relative.startswith(folder.rstrip("/") + "/") for folder in folders)


def _source_files(folder: Path) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".pyo"}
    ]


def _imported_modules() -> set[str]:
    names: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return names


def test_the_spec_is_python() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"))


def test_every_data_folder_exists() -> None:
    missing = [folder for folder in _data_folders() if not (ROOT / folder).is_dir()]
    assert missing == []


@pytest.mark.parametrize("top", ["workshop_desk", "resources"])
def test_every_resource_file_is_bundled(top: str) -> None:
    """Each file the program may read from disk (anything but Python modules) is under a DATA_FOLDERS entry."""
    folders = _data_folders()
    forgotten = [
        str(path.relative_to(ROOT))
        for path in _source_files(ROOT / top)
        if path.suffix != ".py" and not _is_covered(path, folders)
    ]
    assert forgotten == [], "add their folders to DATA_FOLDERS in build.spec"


def test_the_alembic_scripts_are_bundled_as_files() -> None:
    """Alembic reads env.py and versions/*.py from the migrations folder, not from the import system."""
    from workshop_desk.db.migrate import MIGRATIONS_FOLDER

    folders = _data_folders()
    scripts = [MIGRATIONS_FOLDER / "env.py", *sorted((MIGRATIONS_FOLDER / "versions").glob("*.py"))]
    assert len(scripts) > 1
    assert [str(path) for path in scripts if not _is_covered(path, folders)] == []


def test_the_bundle_layout_is_the_one_paths_looks_in() -> None:
    """Folders land at their source-tree place inside the bundle, which is what workshop_desk/paths.py expects."""
    text = SPEC.read_text(encoding="utf-8")
    assert "str(path.parent.relative_to(ROOT))" in text
    assert '"translations"' in text  # paths.translations_folder() inside the bundle


def test_no_used_qt_module_is_excluded() -> None:
    excluded = {f"PySide6.{module}" for module in _spec_value("QT_EXCLUDED_MODULES")}  # type: ignore[union-attr]
    used = {name for name in _imported_modules() if name.startswith("PySide6.")}
    assert used, "the package imports no Qt module: the check below would prove nothing"
    assert sorted(used & excluded) == [], "remove them from QT_EXCLUDED_MODULES in build.spec"


def test_no_used_library_is_excluded() -> None:
    excluded = set(_spec_value("PYTHON_EXCLUDES"))  # type: ignore[arg-type]
    used = _imported_modules()
    clashes = sorted(
        name for name in used for gone in excluded if name == gone or name.startswith(gone + ".")
    )  # fmt: skip
    assert clashes == [], "remove them from PYTHON_EXCLUDES in build.spec"


def test_qt_and_babel_data_cover_every_language() -> None:
    from workshop_desk.domain.countries import SUPPORTED_LANGUAGES

    qt_languages = set(_spec_value("LANGUAGES"))  # type: ignore[arg-type]
    babel_languages = set(_spec_value("BABEL_LANGUAGES"))  # type: ignore[arg-type]
    assert qt_languages == set(SUPPORTED_LANGUAGES) - {"en"}
    assert {language.split("_")[0] for language in SUPPORTED_LANGUAGES} <= babel_languages


def test_the_spec_names_no_machine_s_folders() -> None:
    """The same spec builds on Windows: no absolute paths, no backslashes, no Linux-only file names."""
    constants = [
        node.value
        for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    suspicious = [
        text
        for text in constants
        if text.startswith(("/", "~")) or "\\" in text or re.match(r"^[A-Za-z]:", text) or text.endswith(".so")
    ]
    assert suspicious == []


def test_the_entry_point_and_icon_exist() -> None:
    assert (ROOT / "scripts" / "frozen_main.py").is_file()
    assert (ROOT / "resources" / "icons" / "app.ico").is_file()


def test_pyinstaller_is_only_a_build_dependency() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    extras = project["optional-dependencies"]
    assert any(requirement.startswith("pyinstaller") for requirement in extras["build"])
    for group in (project["dependencies"], *(value for key, value in extras.items() if key != "build")):
        assert not any(requirement.lower().startswith("pyinstaller") for requirement in group)
