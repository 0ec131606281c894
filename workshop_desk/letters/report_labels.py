"""The fixed words of the printed reports (aging report, statement of account), per language.

Words the letters or the case file already have (invoice, due, paid, state, late interest to a
date, collection charges, page x of y…) come from :mod:`workshop_desk.letters.labels` and
:mod:`workshop_desk.letters.case_file_labels`, so a statement says what the letters say; these
are the words only the reports need, written the way a bookkeeper of each country puts them.
"""

from __future__ import annotations

from workshop_desk.letters.case_file_labels import case_labels

REPORT_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "aging_title": "Aged receivables",
        "aging_subtitle": "Open balances by days past the due date",
        "as_of": "As of {date}",
        "customers_count": "Customers with an open balance: {count}",
        "code": "Code",
        "customer": "Customer",
        "not_due": "Not yet due",
        "d1_30": "1–30 days",
        "d31_60": "31–60 days",
        "d61_90": "61–90 days",
        "d90_plus": "Over 90 days",
        "share": "Share of total",
        "aging_note": (
            "Days past due are counted from the due date of each installment; an installment due on "
            "{date} is not yet due. Payments are applied as the statements apply them."
        ),
        "no_open": "No customer has an open balance on {date}.",
        "s_entries": "Invoices and payments",
        "s_summary": "Balance",
        "open_balance": "Open balance",
        "overdue": "of which overdue",
        "not_yet_due": "of which not yet due",
        "credit": "Overpayment (in your favour)",
        "total_with_interest": "Total including interest and charges",
        "interest_note": (
            "Late interest and collection charges are not invoiced: they are shown as they stand on {date}."
        ),
        "no_entries": "No invoices or payments up to {date}.",
        "moved_to": "moved to plan {plan}",
        "written_off": "written off",
    },
    "it": {
        "aging_title": "Scadenzario crediti – analisi per anzianità",
        "aging_subtitle": "Partite aperte per giorni di ritardo rispetto alla scadenza",
        "as_of": "Situazione al {date}",
        "customers_count": "Clienti con saldo aperto: {count}",
        "code": "Codice",
        "customer": "Cliente",
        "not_due": "A scadere",
        "d1_30": "1–30 gg",
        "d31_60": "31–60 gg",
        "d61_90": "61–90 gg",
        "d90_plus": "Oltre 90 gg",
        "share": "Incidenza sul totale",
        "aging_note": (
            "I giorni di ritardo decorrono dalla scadenza di ciascuna rata; una rata in scadenza il "
            "{date} è ancora a scadere. I pagamenti sono imputati come negli estratti conto."
        ),
        "no_open": "Nessun cliente ha partite aperte al {date}.",
        "s_entries": "Fatture e pagamenti",
        "s_summary": "Saldo",
        "open_balance": "Saldo aperto",
        "overdue": "di cui scaduto",
        "not_yet_due": "di cui a scadere",
        "credit": "Eccedenza di pagamento a Suo favore",
        "total_with_interest": "Totale comprensivo di interessi e spese",
        "interest_note": (
            "Gli interessi di mora e le spese di sollecito non sono fatturati: sono indicati come maturati al {date}."
        ),
        "no_entries": "Nessuna fattura e nessun pagamento fino al {date}.",
        "moved_to": "trasferita nel piano {plan}",
        "written_off": "stralciata",
    },
    "ru": {
        "aging_title": "Анализ дебиторской задолженности по срокам",
        "aging_subtitle": "Непогашенные суммы по количеству дней просрочки",
        "as_of": "По состоянию на {date}",
        "customers_count": "Клиентов с задолженностью: {count}",
        "code": "Код",
        "customer": "Клиент",
        "not_due": "Срок не наступил",
        "d1_30": "1–30 дн.",
        "d31_60": "31–60 дн.",
        "d61_90": "61–90 дн.",
        "d90_plus": "Свыше 90 дн.",
        "share": "Доля в общей сумме",
        "aging_note": (
            "Дни просрочки считаются от срока оплаты каждого платежа; платёж со сроком {date} "
            "ещё не просрочен. Оплаты зачтены так же, как в выписках по счетам клиентов."
        ),
        "no_open": "На {date} задолженности нет ни у одного клиента.",
        "s_entries": "Счета и оплаты",
        "s_summary": "Сальдо",
        "open_balance": "Задолженность",
        "overdue": "в т. ч. просроченная",
        "not_yet_due": "в т. ч. срок оплаты не наступил",
        "credit": "Переплата в вашу пользу",
        "total_with_interest": "Итого с процентами и расходами",
        "interest_note": (
            "Проценты и расходы на взыскание в счета не включаются: указаны суммы, начисленные на {date}."
        ),
        "no_entries": "По {date} счетов и оплат нет.",
        "moved_to": "перенесён в график {plan}",
        "written_off": "списан",
    },
    "pt_BR": {
        "aging_title": "Relatório de vencimentos (aging) de contas a receber",
        "aging_subtitle": "Saldos em aberto por dias de atraso em relação ao vencimento",
        "as_of": "Posição em {date}",
        "customers_count": "Clientes com saldo em aberto: {count}",
        "code": "Código",
        "customer": "Cliente",
        "not_due": "A vencer",
        "d1_30": "1–30 dias",
        "d31_60": "31–60 dias",
        "d61_90": "61–90 dias",
        "d90_plus": "Acima de 90 dias",
        "share": "Participação no total",
        "aging_note": (
            "Os dias de atraso contam a partir do vencimento de cada parcela; uma parcela que vence em "
            "{date} ainda está a vencer. Os pagamentos são baixados como nos extratos."
        ),
        "no_open": "Nenhum cliente tem saldo em aberto em {date}.",
        "s_entries": "Notas e pagamentos",
        "s_summary": "Saldo",
        "open_balance": "Saldo em aberto",
        "overdue": "dos quais vencidos",
        "not_yet_due": "dos quais a vencer",
        "credit": "Crédito a seu favor (pagamento a maior)",
        "total_with_interest": "Total com juros e encargos",
        "interest_note": ("Juros de mora e despesas de cobrança não são faturados: aparecem como estão em {date}."),
        "no_entries": "Nenhuma nota ou pagamento até {date}.",
        "moved_to": "transferida para o plano {plan}",
        "written_off": "baixada",
    },
    "hu": {
        "aging_title": "Kintlévőségek korosítása",
        "aging_subtitle": "Nyitott tételek a fizetési határidő óta eltelt napok szerint",
        "as_of": "Fordulónap: {date}",
        "customers_count": "Nyitott egyenlegű ügyfelek: {count}",
        "code": "Kód",
        "customer": "Ügyfél",
        "not_due": "Nem lejárt",
        "d1_30": "1–30 nap",
        "d31_60": "31–60 nap",
        "d61_90": "61–90 nap",
        "d90_plus": "90 napon túl",
        "share": "Megoszlás",
        "aging_note": (
            "A késedelmes napok száma az egyes részletek esedékességétől számít; a {date} napján esedékes "
            "részlet még nem lejárt. A befizetések elszámolása a folyószámla-kivonatokéval azonos."
        ),
        "no_open": "{date} napján egyik ügyfélnek sincs nyitott egyenlege.",
        "s_entries": "Számlák és befizetések",
        "s_summary": "Egyenleg",
        "open_balance": "Nyitott egyenleg",
        "overdue": "ebből lejárt",
        "not_yet_due": "ebből nem lejárt",
        "credit": "Túlfizetés az Ön javára",
        "total_with_interest": "Összesen kamattal és költségekkel",
        "interest_note": (
            "A késedelmi kamatot és a behajtási költségeket nem számlázzuk: a {date} napján fennálló összegük látható."
        ),
        "no_entries": "{date} napjáig nincs számla és befizetés.",
        "moved_to": "átvezetve a(z) {plan} részletfizetésbe",
        "written_off": "leírva",
    },
}


def report_labels(language: str) -> dict[str, str]:
    """The letters' and the case file's words, and the reports' own, in ``language`` (English if unknown)."""
    return {**case_labels(language), **REPORT_LABELS.get(language, REPORT_LABELS["en"])}
