"""Entry point of the packaged program (``build.spec``): the ``workshop-desk`` command, window by default.

The same script is both executables of the Windows build: ``workshop-desk.exe`` (a console
program, for the commands) and ``WorkshopDesk.exe`` (no console window, for the desktop
shortcut). Without a console, Windows gives the program no ``stdout``/``stderr``; they are
pointed at the null device so that a message printed there cannot fail (errors still go to the
log file in the data folder).

``WORKSHOP_DESK_SMOKE_REPORT=FILE`` is for ``scripts/smoke_frozen.py`` only: as soon as the
main window is visible, its title, size, tabs and icon are written to ``FILE`` as JSON, a
picture of it beside (``FILE.png``), and the window is closed, so the test sees that the built
program really shows its window (offscreen, without anyone there).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SMOKE_REPORT = "WORKSHOP_DESK_SMOKE_REPORT"


def _quiet_missing_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life


def _report_window_when_shown(report: Path) -> None:
    """Create the application early and watch for the main window (see the module's docstring)."""
    import json

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget

    app = QApplication.instance() or QApplication(sys.argv)  # app.run() takes this one
    timer = QTimer(app)

    def check() -> None:
        shown = [widget for widget in app.topLevelWidgets() if isinstance(widget, QMainWindow) and widget.isVisible()]
        if shown:
            timer.stop()
            QTimer.singleShot(2_000, lambda: write(shown[0]))  # let the first background reads fill the lists

    def write(window: QMainWindow) -> None:
        icon = app.windowIcon().pixmap(32, 32).toImage()
        picture = window.grab().toImage()
        picture.save(str(report.with_suffix(".png")))
        colours = {
            picture.pixel(x, y)
            for x in range(0, picture.width(), max(1, picture.width() // 64))
            for y in range(0, picture.height(), max(1, picture.height() // 64))
        }
        tabs = [
            [tab_widget.tabText(index) for index in range(tab_widget.count())]
            for tab_widget in window.findChildren(QTabWidget)
        ]
        data = {
            "class": type(window).__name__,
            "title": window.windowTitle(),
            "width": window.width(),
            "height": window.height(),
            "tabs": tabs,
            "colours_sampled": len(colours),
            "icon_opaque_pixels": sum(1 for x in range(32) for y in range(32) if icon.pixelColor(x, y).alpha() > 0),
            "platform": app.platformName(),
        }
        report.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        window.close()
        QTimer.singleShot(10_000, app.quit)  # in case closing asks something

    timer.timeout.connect(check)
    timer.start(200)


def main() -> int:
    _quiet_missing_streams()
    report = os.environ.get(SMOKE_REPORT)
    if report:
        _report_window_when_shown(Path(report))
    from workshop_desk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
