<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchLettersDialog</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="325"/>
        <source>Letters printed as one print job: {count} (%n page(s)).</source>
        <translation>
            <numerusform>Letters printed as one print job: {count} (%n page).</numerusform>
            <numerusform>Letters printed as one print job: {count} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionNames</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/collection_names.py" line="115"/>
        <source>Next step on the ladder, for %n unpaid item(s)</source>
        <translation>
            <numerusform>Next step on the ladder, for %n unpaid item</numerusform>
            <numerusform>Next step on the ladder, for %n unpaid items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="118"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/highlights.py" line="103"/>
        <source>{amount} overdue, %n day(s) late</source>
        <translation>
            <numerusform>{amount} overdue, %n day late</numerusform>
            <numerusform>{amount} overdue, %n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="674"/>
        <source>{amount} in %n installment(s), the last on {day}.</source>
        <translation>
            <numerusform>{amount} in %n installment, the last on {day}.</numerusform>
            <numerusform>{amount} in %n installments, the last on {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="218"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n installment</numerusform>
            <numerusform>%n installments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="244"/>
        <source>%n missed installment(s)</source>
        <translation>
            <numerusform>%n missed installment</numerusform>
            <numerusform>%n missed installments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="72"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="261"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="563"/>
        <source>Copied to the clipboard (%n character(s)): “{text}” Send it, then save here.</source>
        <translation>
            <numerusform>Copied to the clipboard (%n character): “{text}” Send it, then save here.</numerusform>
            <numerusform>Copied to the clipboard (%n characters): “{text}” Send it, then save here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueTab</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="81"/>
        <source>%n customer(s) need attention</source>
        <translation>
            <numerusform>%n customer needs attention</numerusform>
            <numerusform>%n customers need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="534"/>
        <source>%Ln customer(s) owe money</source>
        <translation>
            <numerusform>%Ln customer owes money</numerusform>
            <numerusform>%Ln customers owe money</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="540"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="549"/>
        <source>%Ln write-off(s)</source>
        <translation>
            <numerusform>%Ln write-off</numerusform>
            <numerusform>%Ln write-offs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="247"/>
        <source>{amount} in %n installment(s), the last on {day}.</source>
        <translation>
            <numerusform>{amount} in %n installment, the last on {day}.</numerusform>
            <numerusform>{amount} in %n installments, the last on {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="267"/>
        <source>Move {amount} of the debt of {name} into a new plan of %n installment(s)?</source>
        <translation>
            <numerusform>Move {amount} of the debt of {name} into a new plan of %n installment?</numerusform>
            <numerusform>Move {amount} of the debt of {name} into a new plan of %n installments?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreTexts</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="30"/>
        <source>{late} of %n installments not paid on time</source>
        <translation>
            <numerusform>{late} of %n installment not paid on time</numerusform>
            <numerusform>{late} of %n installments not paid on time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="32"/>
        <source>%n day(s) late on average</source>
        <translation>
            <numerusform>%n day late on average</numerusform>
            <numerusform>%n days late on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="34"/>
        <source>%n missed installment(s)</source>
        <translation>
            <numerusform>%n missed installment</numerusform>
            <numerusform>%n missed installments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="36"/>
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n broken promise</numerusform>
            <numerusform>%n broken promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="43"/>
        <source>all %n installments paid on time</source>
        <translation>
            <numerusform>%n installment paid on time</numerusform>
            <numerusform>all %n installments paid on time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="196"/>
        <source>%n action(s) for today</source>
        <translation>
            <numerusform>%n action for today</numerusform>
            <numerusform>%n actions for today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="199"/>
        <source>%n moved by contact limits</source>
        <translation>
            <numerusform>%n moved by contact limits</numerusform>
            <numerusform>%n moved by contact limits</numerusform>
        </translation>
    </message>
</context>
</TS>
