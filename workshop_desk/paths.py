"""Where things live: the user's data folder, the default database, bundled resources.

Resources are found the same way from a source tree, an installed package and a frozen
(PyInstaller) build, so that ``build.spec`` and the code agree on one layout.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "WorkshopDesk"
DATABASE_FILENAME = "workshop-desk.db"


def data_folder() -> Path:
    """The per-user folder for the database, backups and logs (created on demand by callers)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_folder() / DATABASE_FILENAME


def package_folder() -> Path:
    """The ``workshop_desk`` package folder, inside a frozen build too."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "workshop_desk"
    return Path(__file__).resolve().parent


def resources_folder() -> Path:
    """``resources/`` beside the package (source tree) or inside the frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_folder() -> Path:
    """The compiled translations (``workshop_desk_<language>.qm``).

    ``translations/`` beside the package in the source tree, next to the ``.ts`` sources the
    build compiles them from (``python -m workshop_desk.i18n.compile``); ``translations/`` inside
    the frozen build, where ``build.spec`` must put them (with Qt's own ``qtbase_*.qm``, see
    :mod:`workshop_desk.i18n.qt`).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"
