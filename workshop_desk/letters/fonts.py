"""The fonts letters are set in, shipped in ``resources/fonts`` and registered with ReportLab once.

ReportLab's built-in Helvetica has no Cyrillic and no ő/ű; DejaVu covers Latin, Cyrillic and
the ₽ and № signs, and the non-breaking spaces Babel puts in numbers. Serif for the text (a
formal letter), Sans for tables and small print.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop_desk.paths import resources_folder

SERIF = "WDSerif"
SANS = "WDSans"

_FILES = {
    SERIF: "DejaVuSerif.ttf",
    f"{SERIF}-Bold": "DejaVuSerif-Bold.ttf",
    f"{SERIF}-Italic": "DejaVuSerif-Italic.ttf",
    f"{SERIF}-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    SANS: "DejaVuSans.ttf",
    f"{SANS}-Bold": "DejaVuSans-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the shipped fonts (idempotent), with bold/italic mapping for ``<b>``/``<i>``."""
    folder = resources_folder() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, f"{SERIF}-Bold")
    addMapping(SERIF, 0, 1, f"{SERIF}-Italic")
    addMapping(SERIF, 1, 1, f"{SERIF}-BoldItalic")
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, f"{SANS}-Bold")
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, f"{SANS}-Bold")
