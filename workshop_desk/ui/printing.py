"""Printing letters: the pages of recorded PDFs onto a printer, exactly as they were recorded.

The PDF is what is kept (:class:`~workshop_desk.db.models.LetterRecord`), so printing renders
its pages with QtPdf rather than laying the letter out again. Each page is rendered at 300 dpi
(a ``HighResolution`` printer is 1200 dpi: a page image at that resolution takes ~540 MB), put
on white (``QPdfDocument.render`` leaves the paper transparent) and scaled onto the whole sheet:
the letter has its own margins, and the address must land in the envelope window.

Several letters printed as one job (a batch) go through one :class:`PdfPrintJob`, page after
page. Nothing here touches widgets, so a batch may print from a worker thread (QPainter may
paint on a QPrinter outside the GUI thread).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300
POINTS_PER_INCH = 72


class PrintError(OSError):
    """The printer (or the PDF file a printer writes) cannot be opened."""


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A document over ``data``, read from memory (the buffer lives as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def page_image(document: QPdfDocument, page: int, dpi: int = PRINT_DPI) -> QImage:
    """Page ``page`` of ``document`` at ``dpi``, on white paper."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image


def match_paper(printer: QPrinter, data: bytes) -> None:
    """Offer the paper of the letter's first page (A4, US Letter) as the printer's paper."""
    document = load_pdf(data)
    try:
        if document.pageCount():
            size = document.pagePointSize(0)
            # A standard size when the points match one (within Qt's fuzzy tolerance).
            page_size = QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point)
            printer.setPageSize(page_size)
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    finally:
        document.close()  # no parent: Python deletes it (a worker thread has no event loop for deleteLater)


def new_printer() -> QPrinter:
    """A printer set up for letters: the whole sheet is ours (the PDF carries its margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    return printer


class PdfPrintJob:
    """Pages of one or more PDFs onto one printer, one after the other (one print job).

    Use :meth:`add` for each PDF, then :meth:`finish` (also after an error or a cancel: it
    closes the job with the pages printed so far).
    """

    def __init__(self, printer: QPrinter) -> None:
        self._printer = printer
        self._painter: QPainter | None = None
        self.pages = 0

    def start(self) -> None:
        """Open the printer now (otherwise the first page opens it).

        Raises:
            PrintError: the printer or its output file cannot be opened.
        """
        if self._painter is None:
            self._printer.setFullPage(True)
            painter = QPainter()
            if not painter.begin(self._printer):
                raise PrintError("the printer could not be opened")
            self._painter = painter

    def add(self, data: bytes) -> int:
        """Print every page of the PDF ``data``; returns how many pages it had."""
        document = load_pdf(data)
        try:
            count = document.pageCount()
            for page in range(count):
                if self._painter is None:
                    self.start()
                elif self.pages:
                    self._printer.newPage()
                self._draw(page_image(document, page))
                self.pages += 1
            return count
        finally:
            document.close()  # no parent: Python deletes it (a worker thread has no event loop for deleteLater)

    def _draw(self, image: QImage) -> None:
        assert self._painter is not None
        area = QRectF(self._painter.viewport())
        scale = min(area.width() / image.width(), area.height() / image.height())
        target = QRectF(area.x(), area.y(), image.width() * scale, image.height() * scale)
        self._painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._painter.drawImage(target, image)

    def finish(self) -> None:
        """End the job: the printer (or the PDF file) receives what was added."""
        if self._painter is not None:
            self._painter.end()
            self._painter = None


def print_pdfs(printer: QPrinter, pdfs: Iterable[bytes]) -> int:
    """Print the PDFs in ``pdfs`` as one job on ``printer``; returns the number of pages printed.

    Raises:
        PrintError: the printer or its output file cannot be opened.
    """
    job = PdfPrintJob(printer)
    try:
        job.start()
        for data in pdfs:
            job.add(data)
    finally:
        job.finish()
    return job.pages
