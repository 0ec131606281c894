"""The printed reports: the aging report (landscape) and a customer's statement of account.

Laid out like the letters and the case file (:mod:`workshop_desk.letters.render`,
:mod:`workshop_desk.letters.case_file`): the same fonts and styles, the shop's letterhead on the
first page, a running header on the others, the footer line and "page x of y" on every page,
amounts and dates through Babel in the report's locale. Tables repeat their heading row on every
page they run onto and size their columns to their content (``fitted_table``). Everything from
the database is escaped before it becomes a ``Paragraph``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop_desk.domain.overdue import AgingBuckets
from workshop_desk.domain.reports import bucket_shares
from workshop_desk.i18n.formatting import format_money
from workshop_desk.letters.case_file import Cell, _case_styles, fitted_table, letter_title
from workshop_desk.letters.fonts import register_fonts
from workshop_desk.letters.render import (
    BOTTOM,
    GRID,
    LEFT,
    RIGHT,
    SHADE,
    _numbered_canvas,
    draw_footer,
    draw_letterhead,
)
from workshop_desk.letters.report_content import (
    AgingReportContent,
    PlanLine,
    ReportPage,
    StatementEntry,
    StatementReportContent,
)
from workshop_desk.letters.report_labels import report_labels

FIRST_BODY_TOP = 44 * mm
"""Where the text starts below the letterhead on the first page."""
LATER_BODY_TOP = 26 * mm
BUCKETS = ("not_due", "d1_30", "d31_60", "d61_90", "d90_plus")


def render_aging_report(content: AgingReportContent) -> bytes:
    return AgingReportRenderer(content).render()


def render_statement_report(content: StatementReportContent) -> bytes:
    return StatementReportRenderer(content).render()


class ReportRenderer:
    """Page furniture and formatting shared by the reports; subclasses give the title and the story."""

    landscape = False

    def __init__(self, page: ReportPage) -> None:
        register_fonts()
        self.page = page
        self.words = report_labels(page.language)
        paper = LETTER if page.page_size == "LETTER" else A4
        self.page_size: tuple[float, float] = landscape(paper) if self.landscape else paper
        self.body_width = self.page_size[0] - LEFT - RIGHT
        self.styles = _case_styles()
        title = self.styles["title"]
        self.styles["report_title"] = ParagraphStyle("report_title", parent=title, fontSize=17, leading=21)

    # ------------------------------------------------------------------ to override
    def title(self) -> str:
        raise NotImplementedError

    def subject(self) -> str:
        """Who or what the report is about, for the running header and the PDF's metadata."""
        return ""

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    # ------------------------------------------------------------------ formatting
    def money(self, cents: int) -> str:
        return format_money(cents, self.page.currency, self.page.locale)

    def day(self, value: date) -> str:
        pattern = self.page.locale.date_formats["short"].pattern
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "y")  # four digits, as on the letters
        # a date never breaks across lines in a table ("2026. 03. 15." in Hungarian)
        return format_date(value, pattern, locale=self.page.locale).replace(" ", "\u00a0")

    def long_day(self, value: date) -> str:
        return format_date(value, "long", locale=self.page.locale)

    def percent(self, value: Decimal) -> str:
        """``12.5`` → ``"12.5%"`` (en), ``"12,5 %"`` (it): the locale's percent sign and spacing."""
        pattern = self.page.locale.percent_formats[None].pattern.split(";")[0].replace("#,##0", "#,##0.0")
        return format_decimal(value / 100, format=pattern, locale=self.page.locale)

    def para(self, text: str, style: str = "text") -> Paragraph:
        """A paragraph of plain text (escaped here)."""
        return Paragraph(escape(text), self.styles[style])

    def head(self, keys: list[str], numeric: set[int]) -> list[Cell]:
        return [(self.words[key], "head_right" if index in numeric else "head") for index, key in enumerate(keys)]

    # ------------------------------------------------------------------ document
    def render(self) -> bytes:
        buffer = io.BytesIO()
        height = self.page_size[1]
        subject = self.subject()
        document = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=LATER_BODY_TOP,
            bottomMargin=BOTTOM,
            title=f"{self.title()} — {subject}" if subject else self.title(),
            author=self.page.letterhead[0] if self.page.letterhead else "",
            subject=subject,
            creator="Workshop Desk",
        )

        def frame(name: str, top: float) -> Frame:
            return Frame(LEFT, BOTTOM, self.body_width, height - top - BOTTOM, id=name,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip

        document.addPageTemplates(
            [
                PageTemplate("first", [frame("first", FIRST_BODY_TOP)], onPage=self._first_page,
                             autoNextPageTemplate="later"),
                PageTemplate("later", [frame("later", LATER_BODY_TOP)], onPage=self._later_page),
            ]
        )  # fmt: skip
        document.build(self.story(), canvasmaker=_numbered_canvas(self._page_label, self.styles["footer"]))
        return buffer.getvalue()

    def _page_label(self, page: int, pages: int) -> str:
        return self.words["page"].format(page=page, pages=pages)

    def _first_page(self, canvas: Canvas, _document: Any) -> None:
        draw_letterhead(canvas, self.page.letterhead, self.page.logo, self.styles, self.page_size)
        draw_footer(canvas, self.page.footer, self.styles, self.page_size[0])

    def _later_page(self, canvas: Canvas, _document: Any) -> None:
        width, height = self.page_size
        shop = self.page.letterhead[0] if self.page.letterhead else ""
        parts = [shop, self.title(), self.subject(), self.words["as_of"].format(date=self.day(self.page.as_of))]
        header = Paragraph(escape(" · ".join(part for part in parts if part)), self.styles["running_header"])
        header.wrap(self.body_width, 20 * mm)
        header.drawOn(canvas, LEFT, height - 19 * mm)  # grows upwards when it takes two lines
        canvas.saveState()
        canvas.setStrokeColor(GRID)
        canvas.line(LEFT, height - 20 * mm, width - RIGHT, height - 20 * mm)
        canvas.restoreState()
        draw_footer(canvas, self.page.footer, self.styles, width)

    def heading(self) -> list[Flowable]:
        """The report's title and its date, under the letterhead."""
        return [
            Paragraph(escape(self.title()), self.styles["report_title"]),
            self.para(self.words["as_of"].format(date=self.long_day(self.page.as_of)), "subtitle"),
        ]

    def box(self, rows: list[list[Paragraph]], widths: list[float], *, total_row: bool = False) -> Table:
        """A small table without a heading row (facts, a summary), ``widths`` as fractions of the page."""
        table = Table(rows, colWidths=[self.body_width * share for share in widths], hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if total_row:
            commands += [("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black), ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
        table.setStyle(TableStyle(commands))
        return table


class AgingReportRenderer(ReportRenderer):
    """Open balances per customer in five buckets by days past due, with totals and shares."""

    landscape = True

    def __init__(self, content: AgingReportContent) -> None:
        super().__init__(content.page)
        self.content = content

    def title(self) -> str:
        return self.words["aging_title"]

    def story(self) -> list[Flowable]:
        content, words = self.content, self.words
        story = [
            *self.heading(),
            self.para(words["aging_subtitle"], "subtitle"),
            self.para(words["customers_count"].format(count=len(content.lines)), "subtitle"),
            Spacer(1, 5 * mm),
        ]
        if not content.lines:
            return [*story, self.para(words["no_open"].format(date=self.long_day(self.page.as_of)), "note")]
        numeric = set(range(2, 8))
        rows: list[list[Cell]] = [self.head(["code", "customer", *BUCKETS, "total"], numeric)]
        for line in content.lines:
            rows.append([(line.code, "cell"), (line.name, "cell"), *self._amounts(line.buckets, "cell_right")])
        rows.append([(words["total"], "cell_bold"), ("", "cell"), *self._amounts(content.total, "cell_bold_right")])
        shares = bucket_shares(content.total)
        if shares is not None:
            percents = [(self.percent(share), "cell_bold_right") for share in shares]
            rows.append(
                [
                    (words["share"], "cell_bold"),
                    ("", "cell"),
                    *percents,
                    (self.percent(Decimal(100)), "cell_bold_right"),
                ]
            )
        story += [
            fitted_table(rows, self.styles, self.body_width, stretch=1, total_rows=2 if shares else 1),
            Spacer(1, 3 * mm),
            self.para(words["aging_note"].format(date=self.long_day(self.page.as_of)), "note"),
        ]
        return story

    def _amounts(self, buckets: AgingBuckets, style: str) -> list[Cell]:
        """The five buckets (empty where nothing is open: the eye finds the late money) and the total."""
        amounts = (buckets.not_due, buckets.d1_30, buckets.d31_60, buckets.d61_90, buckets.d90_plus)
        return [
            *[(self.money(amount) if amount else "", style) for amount in amounts],
            (self.money(buckets.total), style),
        ]


class StatementReportRenderer(ReportRenderer):
    """A customer's statement of account: balance, every invoice and payment, every installment."""

    def __init__(self, content: StatementReportContent) -> None:
        super().__init__(content.page)
        self.content = content

    def title(self) -> str:
        return letter_title(self.page.language, "statement")

    def subject(self) -> str:
        return f"{self.content.customer_name} ({self.content.customer_code})"

    def story(self) -> list[Flowable]:
        content, words = self.content, self.words
        address = [Paragraph(f"<b>{escape(content.address[0])}</b>", self.styles["text"])] if content.address else []
        address += [self.para(line, "text") for line in content.address[1:]]
        address.append(self.para(f"{words['customer_code']}: {content.customer_code}", "text"))
        story: list[Flowable] = [*self.heading(), Spacer(1, 4 * mm), KeepTogether(address), Spacer(1, 4 * mm)]
        story += self._summary()
        sections: list[tuple[str, Callable[[], list[Flowable]]]] = [
            ("s_entries", self._entries),
            ("s_installments", self._installments),
        ]
        for key, build in sections:
            story += [CondPageBreak(35 * mm), self.para(words[key], "section"), *build()]
        return story

    def _summary(self) -> list[Flowable]:
        content, words = self.content, self.words

        def row(label: str, amount: int, style: str = "cell") -> list[Paragraph]:
            return [self.para(label, style), self.para(self.money(amount), f"{style}_right")]

        rows = [row(words["open_balance"], content.open_balance, "cell_bold")]
        rows += [row(f"– {words['overdue']}", content.overdue), row(f"– {words['not_yet_due']}", content.not_due)]
        if content.credit:
            rows.append(row(words["credit"], content.credit))
        rows.append(row(words["interest_to"].format(date=self.day(self.page.as_of)), content.interest))
        rows.append(row(words["charges"], content.charges))
        rows.append(row(words["total_with_interest"], content.total_with_interest, "cell_bold"))
        note = self.para(words["interest_note"].format(date=self.day(self.page.as_of)), "note")
        return [
            KeepTogether([self.para(words["s_summary"], "section"), self.box(rows, [0.62, 0.25], total_row=True)]),
            Spacer(1, 1.5 * mm),
            note,
            Spacer(1, 3 * mm),
        ]

    def _entries(self) -> list[Flowable]:
        entries = self.content.entries
        words = self.words
        if not entries:
            return [self.para(words["no_entries"].format(date=self.day(self.page.as_of)), "note")]
        rows: list[list[Cell]] = [
            self.head(["date", "entry", "invoice", "description", "charged", "paid", "running_balance"], {4, 5, 6})
        ]
        rows += [self._entry(entry) for entry in entries]
        rows.append(
            [
                (words["total"], "cell_bold"), ("", "cell"), ("", "cell"), ("", "cell"),
                (self.money(sum(entry.debit for entry in entries)), "cell_bold_right"),
                (self.money(sum(entry.credit for entry in entries)), "cell_bold_right"),
                (self._balance(entries[-1].balance), "cell_bold_right"),
            ]
        )  # fmt: skip
        return [fitted_table(rows, self.styles, self.body_width, stretch=3, total_rows=1), Spacer(1, 4 * mm)]

    def _entry(self, entry: StatementEntry) -> list[Cell]:
        words = self.words
        description = entry.description
        if entry.kind == "write_off":
            description = ""  # the stored text is a code; the entry's name says what it is
        elif entry.kind == "reschedule":
            description = words["moved_to"].format(plan=entry.description)
        return [
            (self.day(entry.day), "cell"),
            (words.get(f"entry_{entry.kind}", entry.kind), "cell"),
            (entry.reference, "cell"),
            (description, "cell"),
            (self.money(entry.debit) if entry.debit else "", "cell_right"),
            (self.money(entry.credit) if entry.credit else "", "cell_right"),
            (self._balance(entry.balance), "cell_right"),
        ]

    def _balance(self, balance: int) -> str:
        return self.money(balance) if balance >= 0 else self.words["in_credit"].format(amount=self.money(-balance))

    def _installments(self) -> list[Flowable]:
        lines = self.content.installments
        if not lines:
            return [self.para(self.words["no_invoices"], "note")]
        money = self.money
        rows: list[list[Cell]] = [
            self.head(["invoice", "part", "due", "amount", "paid", "unpaid", "days_late", "state"], {3, 4, 5, 6})
        ]
        for line in lines:
            item = line.item
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
                    self._state(line),
                ]
            )
        rows.append(
            [
                (self.words["total"], "cell_bold"), ("", "cell"), ("", "cell"),
                (money(sum(line.item.amount for line in lines)), "cell_bold_right"),
                (money(sum(line.item.paid for line in lines)), "cell_bold_right"),
                (money(sum(line.item.unpaid for line in lines)), "cell_bold_right"),
                ("", "cell"), ("", "cell"),
            ]
        )  # fmt: skip
        return [fitted_table(rows, self.styles, self.body_width, stretch=7, total_rows=1)]

    def _state(self, line: PlanLine) -> Cell:
        if line.settled_by == "write_off":
            return (self.words["written_off"], "cell")
        if line.settled_by == "reschedule":
            return (self.words["moved_to"].format(plan=line.detail), "cell")
        state = line.item.state
        return (self.words[f"state_{state}"], "cell_bold" if state in {"overdue", "missed"} else "cell")
