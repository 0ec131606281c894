"""The case file: one PDF about one unpaid account, for the lawyer or collector who takes it over.

A cover page (the shop's letterhead, the debtor, the amount claimed), then the account in full
— invoices, installments, payments, the interest calculation, the letters sent, the contact log
in date order — and then every letter sent, appended page for page exactly as it was recorded.

The service (:mod:`workshop_desk.services.case_file`) fills a :class:`CaseFileContent`; this module
only lays it out, in the same fonts, margins and "page x of y" footer as the letters (ReportLab
Platypus, after :mod:`workshop_desk.letters.render`), and appends the letters with pypdf. The page
numbers count the appended letters too, and each appended page carries a small line naming the
case file and the annex, so a printed file can be put back in order. Everything the database
holds is escaped before it becomes a ``Paragraph``: a debtor named ``<Smith & Co>`` prints literally.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal
from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop_desk.domain.fees import FeeLine
from workshop_desk.domain.interest import InterestLine
from workshop_desk.i18n.formatting import format_money
from workshop_desk.letters.case_file_content import CaseFileContent
from workshop_desk.letters.case_file_labels import case_labels
from workshop_desk.letters.fonts import SANS, SERIF, register_fonts
from workshop_desk.letters.render import (
    BOTTOM,
    GRID,
    LEFT,
    RIGHT,
    SHADE,
    TOP,
    _numbered_canvas,
    _styles,
    draw_footer,
    draw_letterhead,
)
from workshop_desk.letters.templates import default_text, parse_template

CELL_PADDING = 3
COVER_BODY_TOP = 46 * mm
Cell = tuple[str, str]
"""A table cell before layout: its text (plain, escaped later) and the name of its paragraph style."""
NOT_MONEY = frozenset({"write_off", "reschedule"})


def render_case_file(content: CaseFileContent, annexes: Sequence[bytes] = ()) -> bytes:
    """The case file as PDF bytes, with the PDFs of ``annexes`` (the letters, in ``content.letters`` order) appended."""
    return CaseFileRenderer(content, annexes).render()


def letter_title(language: str, kind: str) -> str:
    """The name of a letter kind as the shipped letter of that language titles it."""
    try:
        return parse_template(default_text(language, kind)).title
    except (OSError, ValueError):
        return kind


class CaseFileRenderer:
    def __init__(self, content: CaseFileContent, annexes: Sequence[bytes]) -> None:
        register_fonts()
        self.content = content
        self.words = case_labels(content.language)
        self.page_size = LETTER if content.page_size == "LETTER" else A4
        self.body_width = self.page_size[0] - LEFT - RIGHT
        self.styles = _case_styles()
        self.annexes = [PdfReader(io.BytesIO(pdf)) for pdf in annexes]
        self.annex_pages = sum(len(reader.pages) for reader in self.annexes)

    # ------------------------------------------------------------------ formatting
    def money(self, cents: int) -> str:
        return format_money(cents, self.content.currency, self.content.locale)

    def day(self, value: date) -> str:
        pattern = self.content.locale.date_formats["short"].pattern
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "y")  # four digits on a legal document
        return format_date(value, pattern, locale=self.content.locale)

    def moment(self, value: datetime) -> str:
        return f"{self.day(value.date())}\u00a0{value:%H:%M}"  # the time stays with its day

    def word(self, prefix: str, code: str) -> str:
        """A code's word (``c_phone``), or the code itself when the file has no word for it."""
        return self.words.get(f"{prefix}_{code}", code)

    def para(self, text: str, style: str = "text") -> Paragraph:
        """A paragraph of plain text (escaped here)."""
        return Paragraph(escape(text), self.styles[style])

    # ------------------------------------------------------------------ document
    def render(self) -> bytes:
        body = self._body()
        if not self.annexes:
            return body
        writer = PdfWriter()
        writer.append(PdfReader(io.BytesIO(body)), outline_item=self.words["title"])
        page_number = len(writer.pages)
        total = page_number + self.annex_pages
        for line, reader in zip(self.content.letters, self.annexes, strict=True):
            title = self.words["annex_title"].format(
                number=line.annex, kind=letter_title(self.content.language, line.kind), date=self.day(line.letter_date)
            )
            writer.append(reader, outline_item=title, import_outline=False)
            for page in writer.pages[page_number:]:
                page_number += 1
                self._stamp(page, line.annex, self.words["page"].format(page=page_number, pages=total))
        title = f"{self.words['title']} — {self.content.debtor.code}"
        writer.add_metadata({"/Title": title, "/Creator": "Workshop Desk"})
        output = io.BytesIO()
        writer.write(output)
        return output.getvalue()

    def _stamp(self, page: Any, annex: int, page_label: str) -> None:
        """Write the case file's line (title, annex, page x of y) in the top margin of an appended page."""
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(width, height))
        canvas.setFont(SANS, 7)
        canvas.setFillColor(colors.HexColor("#555555"))
        text = self.words["stamp"].format(
            title=self.words["title"], code=self.content.debtor.code, number=annex, page=page_label
        )
        canvas.drawRightString(width - RIGHT, height - 7 * mm, text)
        canvas.save()
        page.merge_page(PdfReader(buffer).pages[0])

    def _body(self) -> bytes:
        buffer = io.BytesIO()
        height = self.page_size[1]
        content = self.content
        document = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=f"{self.words['title']} — {content.debtor.code}",
            author=content.letterhead[0] if content.letterhead else "",
            subject=content.debtor.name,
            creator="Workshop Desk",
        )

        def frame(name: str, top: float) -> Frame:
            return Frame(LEFT, BOTTOM, self.body_width, height - top - BOTTOM, id=name,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip

        document.addPageTemplates(
            [
                PageTemplate("cover", [frame("cover", COVER_BODY_TOP)], onPage=self._cover_page,
                             autoNextPageTemplate="later"),
                PageTemplate("later", [frame("later", 28 * mm)], onPage=self._later_page),
            ]
        )  # fmt: skip
        annex_pages = self.annex_pages

        def page_label(page: int, pages: int) -> str:
            return self.words["page"].format(page=page, pages=pages + annex_pages)

        document.build(self._story(), canvasmaker=_numbered_canvas(page_label, self.styles["footer"]))
        return buffer.getvalue()

    # ------------------------------------------------------------------ page furniture
    def _cover_page(self, canvas: Canvas, _document: Any) -> None:
        draw_letterhead(canvas, self.content.letterhead, self.content.logo, self.styles, self.page_size)
        self._footer(canvas)

    def _later_page(self, canvas: Canvas, _document: Any) -> None:
        width, height = self.page_size
        content = self.content
        shop = content.letterhead[0] if content.letterhead else ""
        header = f"{shop} · {self.words['title']} · {content.debtor.name} ({content.debtor.code})"
        self._draw(canvas, escape(header), "running_header", LEFT, height - 15 * mm, self.body_width)
        canvas.saveState()
        canvas.setStrokeColor(GRID)
        canvas.line(LEFT, height - 20 * mm, width - RIGHT, height - 20 * mm)
        canvas.restoreState()
        self._footer(canvas)

    def _footer(self, canvas: Canvas) -> None:
        draw_footer(canvas, self.content.footer, self.styles, self.page_size[0])

    def _draw(self, canvas: Canvas, markup: str, style: str, x: float, top: float, width: float) -> None:
        paragraph = Paragraph(markup, self.styles[style])
        _, height = paragraph.wrap(width, 200 * mm)
        paragraph.drawOn(canvas, x, top - height)

    # ------------------------------------------------------------------ story
    def _story(self) -> list[Flowable]:
        story = self._cover()
        sections = [
            ("s_invoices", self._invoices),
            ("s_installments", self._installments),
            ("s_payments", self._payments),
            ("s_interest", self._interest),
            ("s_letters", self._letters),
            ("s_contacts", self._contacts),
        ]
        for number, (key, build) in enumerate(sections, start=1):
            story += [CondPageBreak(40 * mm), self.para(f"{number}. {self.words[key]}", "section"), *build()]
        return story

    def _cover(self) -> list[Flowable]:
        content, words = self.content, self.words
        debtor = content.debtor
        story: list[Flowable] = [
            self.para(words["title"], "title"),
            self.para(words["subtitle"], "subtitle"),
            self.para(words["as_of"].format(date=self.day(content.as_of)), "subtitle"),
            Spacer(1, 8 * mm),
            self.para(words["debtor"], "cover_heading"),
        ]
        facts = [
            ("customer_code", debtor.code),
            ("name", debtor.name),
            ("kind", words["kind_company"] if debtor.kind == "company" else words["kind_person"]),
            ("tax_id", debtor.tax_id),
            ("address", "\n".join(debtor.address)),
            ("phone_full", debtor.phone),
            ("email", debtor.email),
        ]
        rows = [[self._cell(words[key], "cell_label"), self._cell(value, "cell_bold" if key == "name" else "cell")]
                for key, value in facts if value]  # fmt: skip
        story.append(self._box(rows, [0.3, 0.7]))
        if debtor.handed_over_on is not None:
            handed_over = words["handed_over"].format(date=self.day(debtor.handed_over_on))
            story += [Spacer(1, 2 * mm), self.para(handed_over, "cover_note")]
        story += [Spacer(1, 8 * mm), self.para(words["amounts"], "cover_heading")]
        amounts = [
            (words["principal_overdue"], content.principal_overdue),
            (words["interest_to"].format(date=self.day(content.as_of)), content.interest_total),
            (words["fees"], content.fees_total),
            (words["charges"], content.charges_total),
        ]
        rows = [[self._cell(label), self._cell(self.money(amount), "cell_right")] for label, amount in amounts]
        rows.append([self._cell(words["claim_total"], "cell_bold"),
                     self._cell(self.money(content.total), "cell_bold_right")])  # fmt: skip
        story.append(self._box(rows, [0.7, 0.3], total_row=True))
        notes = []
        if content.not_yet_due:
            notes.append(f"{words['not_yet_due']}: {self.money(content.not_yet_due)}")
        if content.credit:
            notes.append(f"{words['credit']}: {self.money(content.credit)}")
        story += [Spacer(1, 2 * mm), *[self.para(note, "note") for note in notes], PageBreak()]
        return story

    def _box(self, rows: list[list[Paragraph]], fractions: list[float], *, total_row: bool = False) -> Table:
        table = Table(rows, colWidths=[self.body_width * share for share in fractions], hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        if total_row:
            style += [("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black), ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
        table.setStyle(TableStyle(style))
        return table

    def _cell(self, text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), self.styles[style])

    def _head(self, keys: list[str], numeric: set[int]) -> list[Cell]:
        return [(self.words[key], "head_right" if index in numeric else "head") for index, key in enumerate(keys)]

    def _table(self, rows: list[list[Cell]], stretch: int, *, total_rows: int = 0, shaded: Sequence[int] = ()) -> Table:
        return fitted_table(rows, self.styles, self.body_width, stretch, total_rows=total_rows, shaded=shaded)

    def _empty(self, key: str) -> list[Flowable]:
        return [self.para(self.words[key], "note"), Spacer(1, 3 * mm)]

    # ------------------------------------------------------------------ sections
    def _invoices(self) -> list[Flowable]:
        lines = self.content.invoices
        if not lines:
            return self._empty("no_invoices")
        money = self.money
        counted = [line for line in lines if line.status != "void"]
        with_deposit = any(line.deposit for line in lines)  # the column only when some invoice had one
        keys = ["invoice", "issued", "due", "amount", *(["deposit"] if with_deposit else []), "unpaid", "state"]
        rows: list[list[Cell]] = [self._head([*keys, "description"], set(range(3, len(keys) - 1)))]
        for line in lines:
            deposit = [(money(line.deposit) if line.deposit else "", "cell_right")] if with_deposit else []
            rows.append(
                [
                    (line.number, "cell"),
                    (self.day(line.issue_date), "cell"),
                    (self.day(line.due_date), "cell"),
                    (money(line.total), "cell_right"),
                    *deposit,
                    (money(line.unpaid) if line.unpaid else "", "cell_right"),
                    (self.word("inv", line.status), "cell_bold" if line.status == "overdue" else "cell"),
                    (line.description, "cell"),
                ]
            )
        deposits = [(money(sum(line.deposit for line in counted)), "cell_bold_right")] if with_deposit else []
        rows.append(
            [
                (self.words["total"], "cell_bold"), ("", "cell"), ("", "cell"),
                (money(sum(line.total for line in counted)), "cell_bold_right"), *deposits,
                (money(sum(line.unpaid for line in lines)), "cell_bold_right"), ("", "cell"), ("", "cell"),
            ]
        )  # fmt: skip
        return [self._table(rows, stretch=len(keys), total_rows=1), Spacer(1, 4 * mm)]

    def _installments(self) -> list[Flowable]:
        items = self.content.installments
        if not items:
            return self._empty("no_invoices")
        money = self.money
        rows: list[list[Cell]] = [
            self._head(["invoice", "part", "due", "amount", "paid", "unpaid", "days_late", "state"], {3, 4, 5, 6})
        ]
        for item in items:
            part = self.words["part_of"].format(seq=item.seq, count=item.plan_size) if item.plan_size > 1 else "—"
            rows.append(
                [
                    (item.invoice_number, "cell"),
                    (part, "cell"),
                    (self.day(item.due_date), "cell"),
                    (money(item.amount), "cell_right"),
                    (money(item.paid) if item.paid else "", "cell_right"),
                    (money(item.unpaid) if item.unpaid else "", "cell_right"),
                    (str(item.days_late) if item.unpaid and item.days_late else "", "cell_right"),
                    (self.words[f"state_{item.state}"], "cell_bold" if item.state in {"overdue", "missed"} else "cell"),
                ]
            )
        return [self._table(rows, stretch=0), Spacer(1, 4 * mm)]

    def _payments(self) -> list[Flowable]:
        lines = self.content.payments
        if not lines:
            return self._empty("no_payments")
        rows: list[list[Cell]] = [self._head(["date", "amount", "kind_col", "method", "invoice", "reference_col"], {1})]
        shaded = []
        for index, line in enumerate(lines, start=1):
            not_money = line.kind in NOT_MONEY
            if not_money:
                shaded.append(index)
            rows.append(
                [
                    (self.day(line.day), "cell"),
                    (self.money(line.amount), "cell_bold_right" if not_money else "cell_right"),
                    (("✱ " if not_money else "") + self.word("p", line.kind), "cell_bold" if not_money else "cell"),
                    ("" if not_money else self.word("m", line.method), "cell"),
                    (line.invoice_number, "cell"),
                    (line.reference, "cell"),
                ]
            )
        received = sum(line.amount for line in lines if line.kind not in NOT_MONEY)
        rows.append([(self.words["received"], "cell_bold"), (self.money(received), "cell_bold_right"),
                     *[("", "cell")] * 4])  # fmt: skip
        flowables: list[Flowable] = []
        total_rows = 1
        if shaded:
            credited = sum(line.amount for line in lines if line.kind in NOT_MONEY)
            rows.append([(self.words["not_money"], "cell_bold"), (self.money(credited), "cell_bold_right"),
                         *[("", "cell")] * 4])  # fmt: skip
            total_rows = 2
        flowables.append(self._table(rows, stretch=5, total_rows=total_rows, shaded=shaded))
        if shaded:
            flowables.append(self.para(self.words["non_money_note"], "note"))
        return [*flowables, Spacer(1, 4 * mm)]

    def _interest(self) -> list[Flowable]:
        content, words = self.content, self.words
        flowables: list[Flowable] = []
        if content.interest_note == "not_overdue":
            flowables.append(self.para(words["no_interest"].format(date=self.day(content.as_of)), "note"))
        elif content.interest_note:
            flowables += self._empty("interest_unavailable")
        else:
            if content.interest:
                heading = words["interest_heading"].format(date=self.day(content.as_of))
                rows: list[list[Cell]] = [
                    self._head(["invoice", "period", "balance", "rate", "days", "interest"], {2, 3, 4, 5})
                ]
                rows += [self._interest_row(line) for line in content.interest]
                rows.append([(words["interest_total"], "cell_bold"), *[("", "cell")] * 4,
                             (self.money(content.interest_total), "cell_bold_right")])  # fmt: skip
                flowables += [self.para(heading, "small_heading"), self._table(rows, stretch=1, total_rows=1)]
            if content.fees:
                rows = [self._head(["item", "amount"], {1})]
                rows += [
                    [(self._fee_label(fee), "cell"), (self.money(fee.amount), "cell_right")] for fee in content.fees
                ]
                flowables += [Spacer(1, 3 * mm), self.para(words["statutory"], "small_heading"),
                              self._table(rows, stretch=0)]  # fmt: skip
            if content.interest_basis:
                flowables += [Spacer(1, 2 * mm), self.para(words["basis"].format(basis=content.interest_basis), "note")]
        if content.charges:
            rows = [self._head(["date", "item", "amount"], {2})]
            rows += [
                [(self.day(charge.day), "cell"), (words["charge_for"].format(step=charge.step), "cell"),
                 (self.money(charge.amount), "cell_right")]
                for charge in content.charges
            ]  # fmt: skip
            rows.append([(words["charges"], "cell_bold"), ("", "cell"),
                         (self.money(content.charges_total), "cell_bold_right")])  # fmt: skip
            flowables += [Spacer(1, 3 * mm), self.para(words["charges_heading"], "small_heading"),
                          KeepTogether(self._table(rows, stretch=1, total_rows=1))]  # fmt: skip
        return [*flowables, Spacer(1, 4 * mm)]

    def _fee_label(self, fee: FeeLine) -> str:
        if fee.kind == "compensation":
            return self.words["compensation"].format(number=fee.reference)
        percent = Decimal(0)
        if fee.basis:
            percent = (Decimal(fee.amount) * 100 / Decimal(fee.basis)).quantize(Decimal("0.01"))
        number = format_decimal(percent.normalize(), locale=self.content.locale)
        return self.words["fine"].format(percent=number, amount=self.money(fee.basis))

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

    def _letters(self) -> list[Flowable]:
        lines = self.content.letters
        if not lines:
            return self._empty("no_letters")
        language = self.content.language
        rows: list[list[Cell]] = [self._head(["annex", "date", "letter", "language", "deadline", "asked"], {0, 5})]
        for line in lines:
            name = Locale.parse(line.language).get_display_name(self.content.locale) or line.language
            rows.append(
                [
                    (str(line.annex), "cell_right"),
                    (self.day(line.letter_date), "cell"),
                    (letter_title(language, line.kind), "cell"),
                    (name[:1].upper() + name[1:], "cell"),
                    (self.day(line.deadline), "cell"),
                    (self.money(line.amount), "cell_right"),
                ]
            )
        return [self.para(self.words["letters_note"], "note"), self._table(rows, stretch=2), Spacer(1, 4 * mm)]

    def _contacts(self) -> list[Flowable]:
        lines = self.content.contacts
        if not lines:
            return self._empty("no_contacts")
        words = self.words
        rows: list[list[Cell]] = [self._head(["at", "channel", "step", "outcome", "note", "user"], set())]
        for line in lines:
            outcome = self.word("o", line.outcome)
            if line.promise_until is not None and line.promise_amount is not None:
                promise = words["promise"].format(
                    amount=self.money(line.promise_amount), date=self.day(line.promise_until)
                )
                outcome = f"{outcome}:\n{promise}"
            notes = []
            if line.corrects_at is not None:
                notes.append(words["correction"].format(at=self.moment(line.corrects_at)))
            if line.note:
                notes.append(line.note)
            if line.letter_annex is not None:
                notes.append(f"→ {words['letter_ref'].format(number=line.letter_annex)}")
            flagged = line.outcome in {"disputed", "promised", "dispute_resolved"}
            channel = self.word("c", line.channel)
            rows.append(
                [
                    (self.moment(line.at), "cell"),
                    (channel, "cell"),
                    ("" if line.step == channel else line.step, "cell"),  # a call's step is just "Phone call"
                    (outcome, "cell_bold" if flagged else "cell"),
                    ("\n".join(notes), "cell"),
                    (line.user, "cell"),
                ]
            )
        return [self._table(rows, stretch=4)]


def fitted_table(
    rows: list[list[Cell]],
    styles: dict[str, ParagraphStyle],
    room: float,
    stretch: int,
    *,
    total_rows: int = 0,
    shaded: Sequence[int] = (),
) -> Table:
    """A table ``room`` wide: columns as wide as their content, ``stretch`` taking what is left
    (the letters' rule).

    When the content is wider than the page, no column gets narrower than its longest word
    (headings may wrap between words); the room left over goes to each column in proportion
    to how much more it would need to fit on one line, so long notes wrap and dates do not.
    """
    first_total = len(rows) - total_rows
    # a total's label spans the empty cells after it, so it never widens the first column
    spans = {index: _label_span(rows[index]) for index in range(first_total, len(rows))}
    shortest, natural = [], []
    for column in range(len(rows[0])):
        longest_word = longest_line = 0.0
        for index, row in enumerate(rows):
            if column <= spans.get(index, -1):
                continue
            text, style_name = row[column]
            style = styles[style_name]

            def width(piece: str, style: ParagraphStyle = style) -> float:
                return float(stringWidth(piece, style.fontName, style.fontSize))

            # only plain spaces and line ends break a line (not Babel's no-break spaces)
            words = [width(word) for word in re.split(r"[ \n]+", text)]
            lines = words if index == 0 else [width(line) for line in text.split("\n")]
            longest_word, longest_line = max(longest_word, *words), max(longest_line, *lines)
        shortest.append(longest_word + 2 * CELL_PADDING + 1)
        natural.append(longest_line + 2 * CELL_PADDING + 1)
    if sum(natural) <= room:
        spare = room - sum(natural)
        widths = [width + spare / 2 * width / sum(natural) for width in natural]
        widths[stretch] += spare / 2
    elif sum(shortest) <= room:
        wanted = [line - word for line, word in zip(natural, shortest, strict=True)]
        share = (room - sum(shortest)) / sum(wanted)
        widths = [word + more * share for word, more in zip(shortest, wanted, strict=True)]
    else:
        widths = [word * room / sum(shortest) for word in shortest]
    cells = [[_cell(text, styles[style]) for text, style in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style_commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    for index in shaded:
        style_commands.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor("#f6f0e0")))
    if total_rows:
        style_commands += [
            ("LINEABOVE", (0, first_total), (-1, first_total), 0.8, colors.black),
            ("BACKGROUND", (0, first_total), (-1, -1), SHADE),
        ]
        style_commands += [("SPAN", (0, index), (last, index)) for index, last in spans.items() if last > 0]
    table.setStyle(TableStyle(style_commands))
    return table


def _cell(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _label_span(row: list[Cell]) -> int:
    """The last column a total row's label (in column 0) may span: up to the first cell with text."""
    last = 0
    while last + 1 < len(row) and not row[last + 1][0]:
        last += 1
    return last


def _case_styles() -> dict[str, ParagraphStyle]:
    """The letters' styles, plus the headings of a document that is read rather than sent."""
    styles = _styles()
    body = styles["body"]

    def style(name: str, parent: ParagraphStyle = body, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **changes)

    grey = colors.HexColor("#444444")
    styles.update(
        {
            "title": style("title", fontName=f"{SERIF}-Bold", fontSize=22, leading=27, spaceAfter=4),
            "subtitle": style("subtitle", fontName=SANS, fontSize=10, leading=14, spaceAfter=1, textColor=grey),
            "cover_heading": style("cover_heading", fontName=f"{SANS}-Bold", fontSize=11, leading=14, spaceAfter=4),
            "section": style("section", fontName=f"{SERIF}-Bold", fontSize=13, leading=17, spaceBefore=2, spaceAfter=5),
            "text": style("text", fontSize=9.5, leading=13, spaceAfter=3),
            "cover_note": style("cover_note", fontName=f"{SANS}-Bold", fontSize=9, leading=12, spaceAfter=2),
            "note": style("note", fontName=SANS, fontSize=8, leading=10.5, spaceAfter=3, textColor=grey),
            "running_header": style("running_header", fontName=SANS, fontSize=8, leading=10, spaceAfter=0,
                                    textColor=colors.HexColor("#555555")),
        }
    )  # fmt: skip
    return styles
