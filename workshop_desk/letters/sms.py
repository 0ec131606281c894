"""Short text messages (SMS) for each step of the ladder, in the five letter languages.

One text per language and letter kind, with the placeholders of the letters (``{shop_name}``,
``{overdue_total}``, ``{deadline}``, ``{shop_phone}`` …), short enough for one message of 160
characters with ordinary values. The wording is firm and polite: it names the shop, the amount,
the deadline and a phone number to call, and nothing else — no threat, no alarm, nothing a
third party glancing at the phone would learn more from than that a payment is due (UK AJA 1970
s.40, Italian privacy guidance, Russian 230-FZ, Brazilian CDC art. 42).

Dates are written in the medium form (``5 Dec 2026``) rather than the letters' long one, to
save characters. A kind without its own text (a statement) uses the reminder's.
"""

from __future__ import annotations

import re

from babel.dates import format_date

from workshop_desk.letters.content import LetterContent
from workshop_desk.letters.plain import fill_plain

SMS_KINDS = ("courtesy", "reminder", "second", "claim", "installment")
FALLBACK_KIND = "reminder"
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
"""A date that ends with a full stop (``5 дек. 2026 г.``, ``2026. dec. 5.``) before the text's own."""

SMS_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "courtesy": "{shop_name}: a friendly reminder that {next_due_amount} is due on {next_due_date}. "
        "If you have already paid, thank you. Questions: {shop_phone}",
        "reminder": "{shop_name}: our records show {overdue_total} overdue on account {customer_code}. "
        "Please pay by {deadline} or call us on {shop_phone}. Thank you.",
        "second": "{shop_name}: second reminder, {overdue_total} on account {customer_code} is still unpaid. "
        "Please pay by {deadline} or call us on {shop_phone}.",
        "claim": "{shop_name}: we have sent you a formal letter claiming {claim_total} (account {customer_code}). "
        "Please pay by {deadline} or call {shop_phone}.",
        "installment": "{shop_name}: an instalment of your payment plan is unpaid, {overdue_total} "
        "(account {customer_code}). Please pay by {deadline} or call {shop_phone}.",
    },
    "it": {
        "courtesy": "{shop_name}: le ricordiamo la scadenza di {next_due_amount} il {next_due_date}. "
        "Se ha già pagato, grazie. Info: {shop_phone}",
        "reminder": "{shop_name}: risulta scaduto l'importo di {overdue_total} (cod. cliente {customer_code}). "
        "La preghiamo di pagare entro il {deadline}. Info: {shop_phone}",
        "second": "{shop_name}: secondo sollecito, {overdue_total} ancora da saldare (cod. {customer_code}). "
        "La preghiamo di pagare entro il {deadline}. Info: {shop_phone}",
        "claim": "{shop_name}: le abbiamo inviato una messa in mora per {claim_total} (cod. {customer_code}). "
        "Termine di pagamento: {deadline}. Info: {shop_phone}",
        "installment": "{shop_name}: risulta non pagata una rata del piano di rientro, {overdue_total} "
        "(cod. {customer_code}). Pagamento entro il {deadline}. Info: {shop_phone}",
    },
    "ru": {
        "courtesy": "{shop_name}: напоминаем, что {next_due_date} наступает срок оплаты {next_due_amount}. "
        "Если Вы уже оплатили, спасибо. Тел. {shop_phone}",
        "reminder": "{shop_name}: по коду клиента {customer_code} просрочена оплата {overdue_total}. "
        "Просим оплатить до {deadline}. Тел. {shop_phone}",
        "second": "{shop_name}: повторно напоминаем о задолженности {overdue_total} (код клиента {customer_code}). "
        "Просим оплатить до {deadline}. Тел. {shop_phone}",
        "claim": "{shop_name}: Вам направлена претензия на сумму {claim_total} (код клиента {customer_code}). "
        "Срок оплаты: {deadline}. Тел. {shop_phone}",
        "installment": "{shop_name}: не оплачен платёж по графику рассрочки, {overdue_total} "
        "(код клиента {customer_code}). Просим оплатить до {deadline}. Тел. {shop_phone}",
    },
    "pt_BR": {
        "courtesy": "{shop_name}: lembramos que {next_due_amount} vence em {next_due_date}. "
        "Se já pagou, obrigado. Dúvidas: {shop_phone}",
        "reminder": "{shop_name}: consta em aberto {overdue_total} (cliente {customer_code}). "
        "Por favor, pague até {deadline} ou ligue para {shop_phone}. Obrigado.",
        "second": "{shop_name}: segundo aviso, {overdue_total} ainda em aberto (cliente {customer_code}). "
        "Por favor, pague até {deadline} ou ligue para {shop_phone}.",
        "claim": "{shop_name}: enviamos notificação extrajudicial de {claim_total} (cliente {customer_code}). "
        "Prazo: {deadline}. Dúvidas: {shop_phone}",
        "installment": "{shop_name}: parcela do seu acordo em atraso, {overdue_total} (cliente {customer_code}). "
        "Por favor, pague até {deadline}. Dúvidas: {shop_phone}",
    },
    "hu": {
        "courtesy": "{shop_name}: emlékeztetjük, hogy {next_due_amount} esedékes, határidő: {next_due_date}. "
        "Ha már fizetett, köszönjük. Tel.: {shop_phone}",
        "reminder": "{shop_name}: lejárt tartozása {overdue_total} (ügyfélszám: {customer_code}). "
        "Kérjük, rendezze. Határidő: {deadline}. Tel.: {shop_phone}",
        "second": "{shop_name}: ismételten kérjük {overdue_total} lejárt tartozása rendezését "
        "(ügyfélszám: {customer_code}). Határidő: {deadline}. Tel.: {shop_phone}",
        "claim": "{shop_name}: végső fizetési felszólítást küldtünk {claim_total} összegről "
        "(ügyfélszám: {customer_code}). Határidő: {deadline}. Tel.: {shop_phone}",
        "installment": "{shop_name}: elmaradt részlet a részletfizetési megállapodásból: {overdue_total} "
        "(ügyfélszám: {customer_code}). Határidő: {deadline}. Tel.: {shop_phone}",
    },
}


def sms_kind(kind: str | None) -> str:
    """The SMS text used for a letter kind (the reminder's for a kind without its own)."""
    return kind if kind in SMS_KINDS else FALLBACK_KIND


def sms_text(content: LetterContent) -> str:
    """The text message for the letter ``content`` describes, in its language, filled (plain text)."""
    texts = SMS_TEXTS.get(content.language, SMS_TEXTS["en"])
    values = dict(content.values)
    values["deadline"] = format_date(content.deadline, "medium", locale=content.locale)
    if content.values.get("next_due_date"):
        upcoming = [item.due_date for item in content.items if item.days_late == 0]
        if upcoming:
            values["next_due_date"] = format_date(min(upcoming), "medium", locale=content.locale)
    text = " ".join(fill_plain(texts[sms_kind(content.kind)], values).split())
    return _DOUBLE_STOP.sub(".", text)
