"""Letter texts as plain text, for an e-mail or a text message rather than a PDF.

:func:`workshop_desk.letters.templates.fill` escapes for ReportLab's markup (``&`` → ``&amp;``),
which is right in a PDF and wrong in an e-mail: :func:`fill_plain` fills the same placeholders
and leaves every character as it is. :func:`email_text` makes the subject and a short body of the
e-mail that carries a letter's PDF, in the letter's language, from the letter's own template
(subject, salutation, closing) and values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workshop_desk.i18n.markers import Message
from workshop_desk.letters.content import LetterContent
from workshop_desk.letters.templates import Problem, TemplateError

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

ATTACHMENT_LINES: dict[str, str] = {
    "en": "Please find attached our letter of {letter_date}: “{title}”.",
    "it": "In allegato trova la nostra lettera del {letter_date}: «{title}».",
    "ru": "Направляем Вам во вложении наше письмо от {letter_date}: «{title}».",
    "pt_BR": "Segue em anexo a nossa carta de {letter_date}: “{title}”.",
    "hu": "Mellékelten küldjük {letter_date} keltezésű levelünket: „{title}”.",
}
"""The one line of the e-mail that says what is attached, per letter language."""

PHONE_LINES: dict[str, str] = {
    "en": "If you have any questions, you can reach us on {shop_phone}.",
    "it": "Per qualsiasi chiarimento può contattarci al numero {shop_phone}.",
    "ru": "По всем вопросам Вы можете связаться с нами по телефону {shop_phone}.",
    "pt_BR": "Em caso de dúvidas, entre em contato conosco pelo telefone {shop_phone}.",
    "hu": "Kérdés esetén telefonon is elérhet minket: {shop_phone}.",
}
"""Where to call, per letter language (left out when the shop has no phone number)."""


@dataclass(frozen=True)
class EmailText:
    subject: str
    body: str


def fill_plain(text: str, values: dict[str, str]) -> str:
    """``text`` with each ``{placeholder}`` replaced by its value, nothing escaped (plain text).

    Raises:
        TemplateError: a placeholder has no value.
    """
    missing = sorted(set(_PLACEHOLDER.findall(text)) - set(values))
    if missing:
        raise TemplateError([Message(Problem.NO_VALUE, placeholder=f"{{{name}}}") for name in missing])
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], text)


def email_text(content: LetterContent) -> EmailText:
    """The subject and body of an e-mail that carries ``content``'s PDF, in the letter's language.

    The body is the letter's salutation, a line saying what is attached, where to call, the
    letter's closing and the signatory with the shop's name; one line per paragraph.
    """
    template, values = content.template, content.values
    language = content.language if content.language in ATTACHMENT_LINES else "en"
    title = fill_plain(template.title, values)
    paragraphs = [fill_plain(template.salutation, values).strip()]
    attachment = fill_plain(ATTACHMENT_LINES[language], {**values, "title": title})
    if values.get("shop_phone"):
        attachment += " " + fill_plain(PHONE_LINES[language], values)
    paragraphs.append(attachment)
    signature = [fill_plain(template.closing, values).strip(), content.signatory, values.get("shop_name", "")]
    paragraphs.append("\n".join(line for line in signature if line))
    subject = " ".join(fill_plain(template.subject, values).split())
    return EmailText(subject, "\n\n".join(paragraph for paragraph in paragraphs if paragraph))
