"""Laying out a letter with ReportLab's Platypus: letterhead, window-envelope address, body,
tables, payment box with QR code, signature, and a footer with "page x of y" on every page.

One renderer class with small steps (after pretix's invoice renderer): fonts → styles → story →
page templates. The PDF is built in memory. Every piece of text that comes from the database or
a letter text is escaped before it becomes a ``Paragraph`` (see ``templates.fill``), so nothing a
customer types can change the layout.

Geometry: the recipient's address sits in the window of a DL/C5 window envelope (DIN 5008 form
B: 20 mm from the left, 45–90 mm from the top), with the shop's return address on a small line
above it and the sending method ("Raccomandata A/R") above that.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop_desk.domain.interest import InterestLine
from workshop_desk.i18n.formatting import format_money
from workshop_desk.letters.content import ItemRow, LetterContent
from workshop_desk.letters.fonts import SANS, SERIF, register_fonts
from workshop_desk.letters.labels import labels
from workshop_desk.letters.templates import Block, body_parts, fill

LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 15 * mm, 22 * mm
CELL_PADDING = 3
MIN_WRAP_WIDTH = 18 * mm
BOLD_DETAILS = frozenset({"iban", "amount_to_pay"})
Cell = tuple[str, str]
"""A table cell before layout: its text and the name of its paragraph style."""
WINDOW_LEFT, WINDOW_TOP, WINDOW_WIDTH, WINDOW_HEIGHT = 20 * mm, 45 * mm, 85 * mm, 45 * mm
FIRST_BODY_TOP = 100 * mm
GRID = colors.HexColor("#b8bec4")
SHADE = colors.HexColor("#eef1f4")


def render_letter(content: LetterContent) -> bytes:
    return LetterRenderer(content).render()


class LetterRenderer:
    def __init__(self, content: LetterContent) -> None:
        register_fonts()
        self.content = content
        self.words = labels(content.language)
        self.page_size = LETTER if content.page_size == "LETTER" else A4
        self.styles = _styles()

    # ------------------------------------------------------------------ formatting
    def money(self, cents: int) -> str:
        return format_money(cents, self.content.currency, self.content.locale)

    def day(self, value: date) -> str:
        pattern = self.content.locale.date_formats["short"].pattern
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "y")  # always four digits on a legal document
        return format_date(value, pattern, locale=self.content.locale)

    def text(self, template_text: str) -> str:
        """A letter text with its placeholders filled (escaped), line breaks kept."""
        return fill(template_text, self.content.values).replace("\n", "<br/>")

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, self.styles[style])

    def cell(self, text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text), self.styles[style])

    # ------------------------------------------------------------------ document
    def render(self) -> bytes:
        buffer = io.BytesIO()
        width, height = self.page_size
        document = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=f"{self.content.template.title} — {self.content.customer_code}",
            author=self.content.letterhead[0] if self.content.letterhead else "",
            subject=self.content.values.get("customer_name", ""),
            creator="Workshop Desk",
        )
        body_width = width - LEFT - RIGHT
        first = Frame(
            LEFT,
            BOTTOM,
            body_width,
            height - FIRST_BODY_TOP - BOTTOM,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = Frame(
            LEFT,
            BOTTOM,
            body_width,
            height - 28 * mm - BOTTOM,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        document.addPageTemplates(
            [
                PageTemplate("first", [first], onPage=self._first_page, autoNextPageTemplate="later"),
                PageTemplate("later", [later], onPage=self._later_page),
            ]
        )
        self.body_width = body_width
        document.build(self._story(), canvasmaker=_numbered_canvas(self._page_label, self.styles["footer"]))
        return buffer.getvalue()

    def _page_label(self, page: int, pages: int) -> str:
        return self.words["page"].format(page=page, pages=pages)

    # ------------------------------------------------------------------ page furniture
    def _first_page(self, canvas: Canvas, _document: Any) -> None:
        width, height = self.page_size
        self._letterhead(canvas, width, height)
        window_x, window_y = WINDOW_LEFT, height - WINDOW_TOP
        sending = self.content.template.sending_method.strip()
        if sending:
            self._draw_paragraph(canvas, f"<b>{self.text(sending)}</b>", "sending", window_x, window_y + 5 * mm)
        return_line = " · ".join(part for part in self.content.letterhead[:3] if part)
        self._draw_paragraph(canvas, escape(return_line), "return_address", window_x, window_y - 1 * mm)
        address = "<br/>".join(escape(line) for line in self.content.recipient)
        self._draw_paragraph(canvas, address, "address", window_x, window_y - 7 * mm, WINDOW_WIDTH)
        self._footer(canvas, width)

    def _later_page(self, canvas: Canvas, _document: Any) -> None:
        width, height = self.page_size
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        header = (
            f"{self.content.letterhead[0]} · {self.content.template.title} · {self.content.values['customer_name']}"
        )
        canvas.drawString(LEFT, height - 18 * mm, header[:120])
        canvas.setStrokeColor(GRID)
        canvas.line(LEFT, height - 20 * mm, width - RIGHT, height - 20 * mm)
        canvas.restoreState()
        self._footer(canvas, width)

    def _letterhead(self, canvas: Canvas, width: float, height: float) -> None:
        draw_letterhead(canvas, self.content.letterhead, self.content.logo, self.styles, (width, height))

    def _footer(self, canvas: Canvas, width: float) -> None:
        draw_footer(canvas, self.content.footer, self.styles, width)

    def _draw_paragraph(
        self, canvas: Canvas, markup: str, style: str, x: float, top: float, width: float = 120 * mm
    ) -> None:
        paragraph = Paragraph(markup, self.styles[style])
        _, height = paragraph.wrap(width, 200 * mm)
        paragraph.drawOn(canvas, x, top - height)

    # ------------------------------------------------------------------ story
    def _story(self) -> list[Flowable]:
        content, words = self.content, self.words
        place_date = ", ".join(part for part in (content.city, content.values["letter_date"]) if part)
        story: list[Flowable] = [
            self.para(escape(place_date), "place_date"),
            self.para(f"{escape(words['customer_code'])}: {escape(content.customer_code)}", "reference"),
            Spacer(1, 4 * mm),
            self.para(self._subject(), "subject"),
            Spacer(1, 3 * mm),
            self.para(self.text(content.template.salutation)),
        ]
        builders: dict[Block, Callable[[], list[Flowable]]] = {
            Block.ITEMS: self._items_block,
            Block.INTEREST: self._interest_block,
            Block.PAYMENT: self._payment_block,
            Block.STATEMENT: self._statement_block,
            Block.INSTALLMENTS: self._plan_block,
        }
        for part in body_parts(content.template.body):
            if isinstance(part, Block):
                story += builders[part]()
            else:
                story.append(self.para(self.text(part)))
        # The signature never stands alone on a page: it keeps the last paragraph or box with it.
        tail: list[Flowable] = []
        while story and isinstance(story[-1], Spacer):
            tail.insert(0, story.pop())
        if story:
            tail.insert(0, story.pop())
        story.append(KeepTogether(tail + self._signature()))
        return story

    def _subject(self) -> str:
        prefix = self.words.get("subject_prefix", "")
        subject = self.text(self.content.template.subject)
        return f"{escape(prefix)} {subject}".strip()

    def _signature(self) -> list[Flowable]:
        content = self.content
        return [
            Spacer(1, 2 * mm),
            self.para(self.text(content.template.closing)),
            Spacer(1, 12 * mm),
            self.para(f"<b>{escape(content.signatory)}</b>" if content.signatory else "", "signature"),
            self.para(escape(content.signatory_role), "signature"),
            self.para(escape(content.letterhead[0]), "signature"),
        ]

    # ------------------------------------------------------------------ blocks
    def _table(self, rows: list[list[Cell]], stretch: int, *, total_row: bool = False) -> Table:
        """A table whose columns are as wide as their content, one column taking what is left.

        Headings may wrap between words, never inside one; when the content is wider than the
        page, every column shrinks in proportion and the text wraps.

        A cell that fits its column is a plain string, set in its style's font by the table's
        style commands; only a cell that must wrap becomes a ``Paragraph``. A statement of
        account has thousands of cells and a ``Paragraph`` costs a markup parse, a line break
        and a wrap for each (issue #10: a claim letter took 350 ms, nearly all of it there).
        """
        measured = [
            [stringWidth(text, self.styles[name].fontName, self.styles[name].fontSize) for text, name in row]
            for row in rows
        ]
        natural = []
        for column in range(len(rows[0])):
            heading, head_style = rows[0][column][0], self.styles[rows[0][column][1]]
            words = [stringWidth(word, head_style.fontName, head_style.fontSize) for word in heading.split()]
            widest = max([0.0, *words, *(widths[column] for widths in measured[1:])])
            natural.append(widest + 2 * CELL_PADDING + 1)
        spare = self.body_width - sum(natural)
        if spare >= 0:  # half to the column that reads best wide, half spread so numbers breathe
            natural = [width + spare / 2 * width / sum(natural) for width in natural]
            natural[stretch] += spare / 2
        else:  # too wide: the text column wraps first; dates and amounts keep their width
            natural[stretch] = max(natural[stretch] + spare, MIN_WRAP_WIDTH)
            if sum(natural) > self.body_width:
                natural = [width * self.body_width / sum(natural) for width in natural]
        room = [width - 2 * CELL_PADDING for width in natural]
        cells: list[list[str | Paragraph]] = [
            [
                text if width <= room[column] else Paragraph(escape(text), self.styles[name])
                for column, ((text, name), width) in enumerate(zip(row, widths, strict=True))
            ]
            for row, widths in zip(rows, measured, strict=True)
        ]
        table = Table(cells, colWidths=natural, repeatRows=1, hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        style += self._cell_fonts(rows)
        if total_row:
            style += [("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black), ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
        table.setStyle(TableStyle(style))
        return table

    def _cell_fonts(self, rows: list[list[Cell]]) -> list[tuple[Any, ...]]:
        """Font, size, leading, colour and alignment of the plain-string cells, as table style
        commands: one set per run of cells of the same style down a column (a few per table)."""
        commands: list[tuple[Any, ...]] = []
        for column in range(len(rows[0])):
            first = 0
            for index in range(1, len(rows) + 1):
                if index < len(rows) and rows[index][column][1] == rows[first][column][1]:
                    continue
                style = self.styles[rows[first][column][1]]
                start, end = (column, first), (column, index - 1)
                commands += [
                    ("FONT", start, end, style.fontName, style.fontSize, style.leading),
                    ("TEXTCOLOR", start, end, style.textColor),
                    ("ALIGN", start, end, "RIGHT" if style.alignment == TA_RIGHT else "LEFT"),
                ]
                first = index
        return commands

    def _head(self, keys: list[str], numeric: set[int]) -> list[Cell]:
        return [(self.words[key], "head_right" if index in numeric else "head") for index, key in enumerate(keys)]

    def _part(self, row: ItemRow) -> str:
        return self.words["part_of"].format(seq=row.seq, count=row.plan_size) if row.plan_size > 1 else "—"

    def _items_block(self) -> list[Flowable]:
        rows = self.content.items
        if not rows:
            return []
        money = self.money
        table: list[list[Cell]] = [
            self._head(["invoice", "issued", "part", "due", "amount", "unpaid", "days_late"], {4, 5, 6})
        ]
        for row in rows:
            table.append(
                [
                    (row.invoice_number, "cell"),
                    (self.day(row.issue_date), "cell"),
                    (self._part(row), "cell"),
                    (self.day(row.due_date), "cell"),
                    (money(row.amount), "cell_right"),
                    (money(row.unpaid), "cell_right"),
                    (str(row.days_late) if row.days_late else "", "cell_right"),
                ]
            )
        total = money(sum(row.unpaid for row in rows))
        table.append(
            [(self.words["total"], "cell_bold"), *[("", "cell")] * 4, (total, "cell_bold_right"), ("", "cell")]
        )
        return [Spacer(1, 1 * mm), self._table(table, stretch=0, total_row=True), Spacer(1, 3 * mm)]

    def _interest_block(self) -> list[Flowable]:
        content = self.content
        if content.kind != "claim" and not content.interest and not content.fees:
            return []
        flowables: list[Flowable] = []
        if content.interest:
            heading = self.words["interest_heading"].format(date=self.day(content.letter_date))
            table: list[list[Cell]] = [
                self._head(["invoice", "period", "balance", "rate", "days", "interest"], {2, 3, 4, 5})
            ]
            table += [self._interest_row(line) for line in content.interest]
            flowables += [self.para(f"<b>{escape(heading)}</b>", "small_heading"), self._table(table, stretch=1)]
        summary = [
            [self.cell(self.words["principal"]), self.cell(self.money(content.principal), "cell_right")],
            [self.cell(self.words["interest_total"]), self.cell(self.money(content.interest_total), "cell_right")],
        ]
        for fee in content.fees:
            if fee.kind == "compensation":
                label = self.words["compensation"].format(number=fee.reference)
            elif fee.kind == "charge":
                label = self.words["charge"].format(step=self.words.get(f"step_{fee.reference}", fee.reference))
            else:
                amount = self.money(fee.basis)
                label = self.words["fine"].format(percent=self._number(fee.basis, fee.amount), amount=amount)
            summary.append([self.cell(label), self.cell(self.money(fee.amount), "cell_right")])
        summary.append(
            [
                self.cell(self.words["claim_total"], "cell_bold"),
                self.cell(self.money(content.claim_total), "cell_bold_right"),
            ]
        )
        box = Table(summary, colWidths=[self.body_width * 0.55, self.body_width * 0.2], hAlign="RIGHT")
        box.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -2), 0.3, GRID),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                    ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        flowables += [Spacer(1, 2 * mm), KeepTogether(box), Spacer(1, 3 * mm)]
        return flowables

    def _number(self, basis: int, amount: int) -> str:
        percent = (Decimal(amount) * 100 / Decimal(basis)).quantize(Decimal("0.01")) if basis else Decimal(0)
        return format_decimal(percent.normalize(), locale=self.content.locale)

    def _interest_row(self, line: InterestLine) -> list[Cell]:
        rate = format_decimal(line.rate.normalize(), format="#,##0.00##", locale=self.content.locale) + "\u00a0%"
        return [
            (line.reference, "cell"),
            (f"{self.day(line.first_day)} – {self.day(line.last_day)}", "cell"),
            (self.money(line.balance), "cell_right"),
            (rate, "cell_right"),
            (f"{line.days}/{line.divisor}", "cell_right"),
            (self.money(line.amount), "cell_right"),
        ]

    def _payment_block(self) -> list[Flowable]:
        payment = self.content.payment
        if payment is None:
            return []
        words = self.words
        details: list[tuple[str, str]] = [("payee", payment.payee)]
        for key, value in (
            ("bank", payment.bank_name),
            ("iban", payment.iban),
            ("bic", payment.bic),
            ("account", payment.account_number),
            ("correspondent_account", payment.correspondent_account),
            ("pix_key", payment.pix_key),
            ("reference", payment.reference),
        ):
            if value:
                details.append((key, value))
        if payment.amount:
            details.append(("amount_to_pay", self.money(payment.amount)))
        rows = [
            [
                self.cell(words[key] + ":", "cell_label"),
                self.cell(value, "cell_bold" if key in BOLD_DETAILS else "cell"),
            ]
            for key, value in details
        ]
        inner = Table(rows, colWidths=[self.body_width * 0.24, self.body_width * 0.46], hAlign="LEFT")
        inner.setStyle(
            TableStyle(
                [
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        right: list[Any] = []
        if payment.qr_payload:
            from workshop_desk.letters.payment_qr import qr_image_png

            image = Image(io.BytesIO(qr_image_png(payment.qr_payload, scale=6)), width=30 * mm, height=30 * mm)
            right = [image, self.cell(words["scan"], "qr_caption")]
        box = Table([[inner, right]], colWidths=[self.body_width * 0.72, self.body_width * 0.28], hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7f9fa")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (1, 0), (1, 0), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (0, 0), 8),
                ]
            )
        )
        heading = self.para(f"<b>{escape(words['payment_heading'])}</b>", "small_heading")
        return [Spacer(1, 1 * mm), KeepTogether([heading, box]), Spacer(1, 3 * mm)]

    def _statement_block(self) -> list[Flowable]:
        rows = self.content.statement
        if not rows:
            return []
        words, money = self.words, self.money
        table: list[list[Cell]] = [
            self._head(["date", "entry", "invoice", "charged", "paid", "running_balance"], {3, 4, 5})
        ]
        for row in rows:
            balance = money(row.balance) if row.balance >= 0 else words["in_credit"].format(amount=money(-row.balance))
            table.append(
                [
                    (self.day(row.day), "cell"),
                    (words[f"entry_{row.kind}"], "cell"),
                    (row.reference, "cell"),
                    (money(row.debit) if row.debit else "", "cell_right"),
                    (money(row.credit) if row.credit else "", "cell_right"),
                    (balance, "cell_right"),
                ]
            )
        return [Spacer(1, 1 * mm), self._table(table, stretch=2), Spacer(1, 3 * mm)]

    def _plan_block(self) -> list[Flowable]:
        rows = self.content.plan
        if not rows:
            return []
        money = self.money
        table: list[list[Cell]] = [
            self._head(["invoice", "part", "due", "amount", "paid", "unpaid", "state"], {3, 4, 5})
        ]
        for row in rows:
            table.append(
                [
                    (row.invoice_number, "cell"),
                    (self._part(row), "cell"),
                    (self.day(row.due_date), "cell"),
                    (money(row.amount), "cell_right"),
                    (money(row.paid) if row.paid else "", "cell_right"),
                    (money(row.unpaid) if row.unpaid else "", "cell_right"),
                    (self.words[f"state_{row.state}"], "cell_bold" if row.state == "missed" else "cell"),
                ]
            )
        return [Spacer(1, 1 * mm), self._table(table, stretch=6), Spacer(1, 3 * mm)]


def draw_letterhead(
    canvas: Canvas,
    lines: Sequence[str],
    logo: bytes | None,
    styles: dict[str, ParagraphStyle],
    page_size: tuple[float, float],
) -> None:
    """The shop's name and details at the top left, its logo at the right, and a rule below (first pages)."""
    width, height = page_size
    top = height - TOP
    room = width - LEFT - RIGHT - 45 * mm
    _draw(canvas, Paragraph(escape(lines[0]) if lines else "", styles["shop_name"]), LEFT, top, room)
    details = "<br/>".join(escape(line) for line in lines[1:])
    _draw(canvas, Paragraph(details, styles["shop_details"]), LEFT, top - 8 * mm, room)
    if logo:
        image = Image(io.BytesIO(logo))
        scale = min(40 * mm / image.imageWidth, 22 * mm / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        image.drawOn(canvas, width - RIGHT - image.drawWidth, top - image.drawHeight)
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, height - 38 * mm, width - RIGHT, height - 38 * mm)
    canvas.restoreState()


def draw_footer(canvas: Canvas, text: str, styles: dict[str, ParagraphStyle], page_width: float) -> None:
    """A rule and the shop's footer line at the bottom of a page (the page number goes at its right)."""
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.line(LEFT, BOTTOM - 5 * mm, page_width - RIGHT, BOTTOM - 5 * mm)
    canvas.restoreState()
    _draw(
        canvas, Paragraph(escape(text), styles["footer"]), LEFT, BOTTOM - 6.5 * mm, page_width - LEFT - RIGHT - 35 * mm
    )


def _draw(canvas: Canvas, paragraph: Paragraph, x: float, top: float, width: float) -> None:
    _, height = paragraph.wrap(width, 200 * mm)
    paragraph.drawOn(canvas, x, top - height)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SERIF, fontSize=10, leading=13.6, spaceAfter=6, alignment=TA_LEFT)

    def style(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    cell = style("cell", fontName=SANS, fontSize=8.5, leading=10.5, spaceAfter=0)
    return {
        "body": base,
        "shop_name": style("shop_name", fontName=f"{SERIF}-Bold", fontSize=15, leading=18, spaceAfter=0),
        "shop_details": style(
            "shop_details", fontName=SANS, fontSize=8, leading=10.5, spaceAfter=0, textColor=colors.HexColor("#333333")
        ),
        "sending": style("sending", fontName=SANS, fontSize=8.5, leading=10, spaceAfter=0),
        "return_address": style(
            "return_address", fontName=SANS, fontSize=6.5, leading=8, spaceAfter=0, textColor=colors.HexColor("#555555")
        ),
        "address": style("address", fontSize=11, leading=14, spaceAfter=0),
        "place_date": style("place_date", alignment=TA_RIGHT, spaceAfter=2),
        "reference": style("reference", fontName=SANS, fontSize=8.5, leading=11, spaceAfter=0),
        "subject": style("subject", fontName=f"{SERIF}-Bold", fontSize=11, leading=15, spaceAfter=4),
        "small_heading": style("small_heading", fontName=SANS, fontSize=9, leading=12, spaceAfter=3),
        "signature": style("signature", spaceAfter=0),
        "footer": style(
            "footer", fontName=SANS, fontSize=7, leading=8.5, spaceAfter=0, textColor=colors.HexColor("#555555")
        ),
        "cell": cell,
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=f"{SANS}-Bold"),
        "cell_bold_right": ParagraphStyle("cell_bold_right", parent=cell, fontName=f"{SANS}-Bold", alignment=TA_RIGHT),
        "cell_label": ParagraphStyle("cell_label", parent=cell, textColor=colors.HexColor("#444444")),
        "head": ParagraphStyle("head", parent=cell, fontName=f"{SANS}-Bold", fontSize=8),
        "head_right": ParagraphStyle(
            "head_right", parent=cell, fontName=f"{SANS}-Bold", fontSize=8, alignment=TA_RIGHT
        ),
        "qr_caption": ParagraphStyle("qr_caption", parent=cell, fontSize=7, leading=8.5, alignment=1),
    }


def _numbered_canvas(label: Callable[[int, int], str], style: ParagraphStyle) -> type[Canvas]:
    """A canvas that writes "page x of y" on every page once the number of pages is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for page in self._pages:
                self.__dict__.update(page)
                self.setFont(style.fontName, style.fontSize)
                self.setFillColor(style.textColor)
                width = self._pagesize[0]
                self.drawRightString(
                    width - RIGHT, BOTTOM - 6.5 * mm - style.fontSize, label(self._pageNumber, len(self._pages))
                )
                super().showPage()
            super().save()

    return NumberedCanvas
