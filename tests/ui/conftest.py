"""What every window test shares: the English the receptionist reads, plural forms included.

English is the source language, but ``"%n customer(s)"`` reads "1 customer" / "2 customers" only
through ``translations/workshop_desk_en.ts``, which the program installs under every language
(:mod:`workshop_desk.i18n.qt`). It is compiled here, into a temporary folder, so the tests do not
depend on the build step having run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from workshop_desk.i18n.compile import SOURCE_FOLDER, compile_ts


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[QTranslator]:
    compiled: Path = tmp_path_factory.mktemp("translations") / "workshop_desk_en.qm"
    compile_ts(SOURCE_FOLDER / "workshop_desk_en.ts", compiled)
    translator = QTranslator()
    assert translator.load(str(compiled)), compiled
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
