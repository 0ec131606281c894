<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="76"/>
        <source>Letters for the selected customers</source>
        <translation>Lettere ai clienti selezionati</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="88"/>
        <source>Letters for the selected customers ({count})</source>
        <translation>Lettere ai clienti selezionati ({count})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="100"/>
        <source>Each customer&apos;s &amp;own language</source>
        <translation>La lingua di &amp;ogni cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="101"/>
        <source>One language &amp;for all:</source>
        <translation>Una lingua &amp;per tutti:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="113"/>
        <source>Save as PDF files in one f&amp;older:</source>
        <translation>Salva come file PDF nella &amp;cartella:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="114"/>
        <source>&amp;Print them as one print job</source>
        <translation>Stampa tutte in un &amp;unico lavoro di stampa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="120"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="140"/>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="148"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="160"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="161"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="165"/>
        <source>Where the letters go</source>
        <translation>Destinazione delle lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="211"/>
        <source>Folder for the letters</source>
        <translation>Cartella per le lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="223"/>
        <source>Print letters</source>
        <translation>Stampa lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="253"/>
        <source>Writing the letters…</source>
        <translation>Preparazione delle lettere…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="253"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="255"/>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="289"/>
        <source>Letter {done} of {total} done: {customer}</source>
        <translation>Lettera {done} di {total} pronta: {customer}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="324"/>
        <source>Letters printed as one print job: {count} ({pages} pages).</source>
        <translation>Lettere stampate in un unico lavoro di stampa: {count} (pagine: {pages}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="331"/>
        <source>Letters written: {count}, into {folder}</source>
        <translation>Lettere create: {count}, nella cartella {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="334"/>
        <source>Skipped: {count} (below, with the reason).</source>
        <translation>Saltate: {count} (qui sotto, con il motivo).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="337"/>
        <source>Stopped: {reason}. Not done: {count}.</source>
        <translation>Interrotto: {reason}. Non eseguite: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="342"/>
        <source>Cancelled. Not done: {count}.</source>
        <translation>Annullato. Non eseguite: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="353"/>
        <source>the text of this letter has problems ({problems}): correct it in Settings → Letter texts…</source>
        <translation>il testo di questa lettera contiene errori ({problems}): correggerlo in Impostazioni → Testi delle lettere…</translation>
    </message>
</context>
<context>
    <name>CollectionSettingsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="157"/>
        <source>Collection settings</source>
        <translation>Impostazioni recupero crediti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="162"/>
        <source>&amp;Ladder</source>
        <translation>&amp;Percorso di sollecito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="163"/>
        <source>Contact &amp;limits</source>
        <translation>&amp;Limiti di contatto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="164"/>
        <source>&amp;Interest and fees</source>
        <translation>&amp;Interessi e spese</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="92"/>
        <source>&amp;Edit…</source>
        <translation>Mo&amp;difica…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="93"/>
        <source>New &amp;invoice…</source>
        <translation>&amp;Nuova fattura…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="94"/>
        <source>Record &amp;payment…</source>
        <translation>Registra &amp;pagamento…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="107"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="108"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="109"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="110"/>
        <source>Tax id</source>
        <translation>P.IVA / C.F.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="111"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="112"/>
        <source>Letters in</source>
        <translation>Lingua lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="113"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="120"/>
        <source>Contact</source>
        <translation>Recapiti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="129"/>
        <source>Open balance</source>
        <translation>Saldo aperto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="130"/>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="131"/>
        <source>Days late (oldest)</source>
        <translation>Giorni di ritardo (max)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="132"/>
        <source>Missed installments</source>
        <translation>Rate insolute</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="133"/>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="134"/>
        <source>Late interest to date</source>
        <translation>Interessi di mora a oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="135"/>
        <source>Collection charges</source>
        <translation>Spese di sollecito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="136"/>
        <source>Debt limit</source>
        <translation>Fido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="145"/>
        <source>Account</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="154"/>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="155"/>
        <source>Entry</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="156"/>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="157"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="158"/>
        <source>Charged</source>
        <translation>Addebito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="159"/>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="169"/>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="160"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="165"/>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="408"/>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="166"/>
        <source>Installment</source>
        <translation>Rata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="167"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="168"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="170"/>
        <source>Unpaid</source>
        <translation>Da pagare</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="171"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="177"/>
        <source>Statement of account</source>
        <translation>Estratto conto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="178"/>
        <source>Installments</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="179"/>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="180"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="194"/>
        <source>Wri&amp;te off…</source>
        <translation>S&amp;tralcia…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="195"/>
        <source>Give up part or all of the open balance, with a reason</source>
        <translation>Rinuncia a una parte o a tutto il saldo aperto, indicando il motivo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="196"/>
        <source>Re&amp;schedule…</source>
        <translation>Piano di &amp;rientro…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="197"/>
        <source>Turn the overdue balance into a new installment plan</source>
        <translation>Trasforma il saldo scaduto in un nuovo piano di rientro a rate</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Amount claimed</source>
        <translation>Importo richiesto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="228"/>
        <source>Ope&amp;n…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="229"/>
        <source>Show the letter exactly as it was sent, to print or save it again</source>
        <translation>Mostra la lettera esattamente come è stata inviata, per ristamparla o salvarla di nuovo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="231"/>
        <source>&amp;Write a letter…</source>
        <translation>Scrivi una &amp;lettera…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="250"/>
        <source>Resol&amp;ve…</source>
        <translation>Risol&amp;vi…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="251"/>
        <source>Log that the dispute is settled: the account goes back on the ladder</source>
        <translation>Registra che la contestazione è risolta: la posizione rientra nel percorso di sollecito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="272"/>
        <source>&amp;Log a contact…</source>
        <translation>R&amp;egistra contatto…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="273"/>
        <source>Record a call, visit, message or note with its outcome</source>
        <translation>Registra una telefonata, una visita, un messaggio o una nota con il relativo esito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="275"/>
        <source>Co&amp;rrect…</source>
        <translation>Corre&amp;ggi…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="276"/>
        <source>Add an entry that corrects the selected one</source>
        <translation>Aggiunge una voce che corregge quella selezionata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="283"/>
        <source>Entries are evidence and are never changed: a mistake is corrected by a new entry.</source>
        <translation>Le voci valgono come prova e non si modificano mai: un errore si corregge con una nuova voce.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="316"/>
        <source>Select a customer on the left</source>
        <translation>Selezionare un cliente a sinistra</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="355"/>
        <source>the shop&apos;s language</source>
        <translation>lingua dell&apos;officina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="373"/>
        <source>no limit</source>
        <translation>illimitato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="376"/>
        <source>no credit (0)</source>
        <translation>nessun fido (0)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="382"/>
        <source>{used} of {limit} used</source>
        <translation>Utilizzato {used} di {limit}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="392"/>
        <source>Nothing overdue.</source>
        <translation>Niente di scaduto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="409"/>
        <source>Invoice (void)</source>
        <translation>Fattura (annullata)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="410"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="411"/>
        <source>Written off</source>
        <translation>Stralcio</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="412"/>
        <source>Rescheduled</source>
        <translation>Piano di rientro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="420"/>
        <source>Moved to plan {number}</source>
        <translation>Trasferito nel piano {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="424"/>
        <source>{amount} in credit</source>
        <translation>{amount} a credito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="452"/>
        <source>Deadline given: {day}</source>
        <translation>Termine assegnato: {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="476"/>
        <source>{letter} of {day} to {name}</source>
        <translation>{letter} del {day} a {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="501"/>
        <source>⏸ Paused until {day}: the customer promised to pay {amount}.</source>
        <translation>⏸ In pausa fino al {day}: il cliente ha promesso di pagare {amount}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="504"/>
        <source>⚑ Disputed: {reason} — the ladder waits until it is resolved.</source>
        <translation>⚑ Contestazione: {reason} — i solleciti sono sospesi finché non è risolta.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="505"/>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="508"/>
        <source>⚖ Handed over to a lawyer or collector on {day}: no more reminders are planned.</source>
        <translation>⚖ Posizione affidata a un legale o a un&apos;agenzia di recupero crediti il {day}: nessun altro sollecito previsto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="567"/>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="568"/>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="569"/>
        <source>Bank transfer</source>
        <translation>Bonifico</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="570"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="578"/>
        <source>paid</source>
        <translation>pagata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="579"/>
        <source>to pay</source>
        <translation>da pagare</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="579"/>
        <source>part paid</source>
        <translation>pagata in parte</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="580"/>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="581"/>
        <source>missed</source>
        <translation>insoluta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="587"/>
        <source>written off</source>
        <translation>stralciata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="589"/>
        <source>moved</source>
        <translation>trasferita</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="589"/>
        <source>Moved to the new plan {number}</source>
        <translation>Trasferita nel nuovo piano {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="594"/>
        <source>{seq} of {count}</source>
        <translation>{seq} di {count}</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="93"/>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="95"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="96"/>
        <source>Person</source>
        <translation>Privato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="97"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="98"/>
        <source>Ta&amp;x id:</source>
        <translation>P.I&amp;VA / C.F.:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="99"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="100"/>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefono:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="101"/>
        <source>&amp;Address:</source>
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="102"/>
        <source>Postal co&amp;de:</source>
        <translation>C&amp;AP:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="104"/>
        <source>C&amp;ity:</source>
        <translation>C&amp;ittà:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="106"/>
        <source>Co&amp;untry:</source>
        <translation>Na&amp;zione:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="108"/>
        <source>&amp;Letters in:</source>
        <translation>Lingua lette&amp;re:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="109"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="111"/>
        <source>no limit</source>
        <translation>illimitato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="113"/>
        <source>Empty: no limit. 0: no credit at all.</source>
        <translation>Vuoto: fido illimitato. 0: nessun fido.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="115"/>
        <source>Debt li&amp;mit:</source>
        <translation>&amp;Fido:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="116"/>
        <source>Bl&amp;ocked: no new credit</source>
        <translation>Bl&amp;occato: fido sospeso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="117"/>
        <source>No phone calls</source>
        <translation>Niente telefonate</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="118"/>
        <source>No SMS or e-mail</source>
        <translation>Niente SMS né e-mail</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="121"/>
        <source>from the first step</source>
        <translation>dalla prima fase</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="124"/>
        <source> days after the due date</source>
        <translation> giorni dopo la scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="128"/>
        <source>Start:</source>
        <translation>Inizio:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="131"/>
        <source>Reminders:</source>
        <translation>Solleciti:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="132"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="142"/>
        <source>Two-letter country code; empty: the shop&apos;s country</source>
        <translation>Codice nazione di due lettere; vuoto: la nazione dell&apos;officina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="151"/>
        <source>Same as the shop ({language})</source>
        <translation>Come l&apos;officina ({language})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="169"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="200"/>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="202"/>
        <source>Customer {code} — {name}</source>
        <translation>Cliente {code} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="226"/>
        <source>the shop&apos;s country ({country})</source>
        <translation>la nazione dell&apos;officina ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="274"/>
        <source>Enter a code: every customer needs one.</source>
        <translation>Inserire un codice: ogni cliente deve averne uno.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="276"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Inserire il nome del cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="278"/>
        <source>The limit cannot be negative: 0 means no credit at all.</source>
        <translation>Il fido non può essere negativo: 0 significa nessun fido.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="305"/>
        <source>Changed meanwhile</source>
        <translation>Modificato nel frattempo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="307"/>
        <source>This customer was changed by someone else meanwhile. Close this window and open the customer again to see the changes.</source>
        <translation>Nel frattempo qualcun altro ha modificato questo cliente. Chiudere questa finestra e riaprire il cliente per vedere le modifiche.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="320"/>
        <source>Customer {code} ({name}) already has this code.</source>
        <translation>Il cliente {code} ({name}) ha già questo codice.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="321"/>
        <source>Customer {code} ({name}) already has this code. Open that customer?</source>
        <translation>Il cliente {code} ({name}) ha già questo codice. Aprire quel cliente?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="324"/>
        <source>Customer {code} ({name}) already has this tax id.</source>
        <translation>Il cliente {code} ({name}) ha già questa partita IVA / codice fiscale.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="325"/>
        <source>Customer {code} ({name}) already has this tax id. Open that customer?</source>
        <translation>Il cliente {code} ({name}) ha già questa partita IVA / codice fiscale. Aprire quel cliente?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="331"/>
        <source>Already in use</source>
        <translation>Già in uso</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="30"/>
        <source>Search name, code, phone, city, plate or serial…</source>
        <translation>Cerca nome, codice, telefono, città, targa o n. di serie…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="118"/>
        <source>{count} customers</source>
        <translation>Clienti: {count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="120"/>
        <source>{shown} of {count}</source>
        <translation>{shown} di {count}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="91"/>
        <source>Welcome to Workshop Desk</source>
        <translation>Benvenuti in Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="110"/>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Tell the program about your shop: its name and address head every letter, its country sets the currency and the language. Or press &lt;i&gt;Load demo data&lt;/i&gt; to try the program with an invented shop first.</source>
        <translation>&lt;b&gt;Benvenuti!&lt;/b&gt; Inserire i dati dell&apos;officina: nome e indirizzo compaiono in testa a ogni lettera, la nazione determina valuta e lingua. Oppure premere &lt;i&gt;Carica dati demo&lt;/i&gt; per provare prima il programma con un&apos;officina di fantasia.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="121"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nome officina:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="122"/>
        <source>&amp;Address:</source>
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="123"/>
        <source>P&amp;ostal code:</source>
        <translation>CA&amp;P:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="125"/>
        <source>C&amp;ity:</source>
        <translation>C&amp;ittà:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="126"/>
        <source>Co&amp;untry:</source>
        <translation>Na&amp;zione:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="127"/>
        <source>Cu&amp;rrency:</source>
        <translation>Valu&amp;ta:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="131"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="134"/>
        <source>&amp;Tax id:</source>
        <translation>P.I&amp;VA / C.F.:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="135"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="136"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="137"/>
        <source>Ban&amp;k:</source>
        <translation>Banc&amp;a:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="138"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="139"/>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="148"/>
        <source>Other…</source>
        <translation>Altra…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="152"/>
        <source>code, e.g. FR</source>
        <translation>codice, es. FR</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="172"/>
        <source>Load &amp;demo data</source>
        <translation>Carica dati de&amp;mo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="175"/>
        <source>Fill the program with an invented shop (150 customers with invoices and payments) in the language of the country chosen above</source>
        <translation>Riempie il programma con un&apos;officina di fantasia (150 clienti con fatture e pagamenti) nella lingua della nazione scelta sopra</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="185"/>
        <source>&amp;Save profile</source>
        <translation>&amp;Salva profilo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="188"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="216"/>
        <source>Three-letter currency code, e.g. EUR</source>
        <translation>Codice valuta di tre lettere, es. EUR</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="216"/>
        <source>Follows from the country</source>
        <translation>Determinata dalla nazione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="248"/>
        <source>Not empty any more</source>
        <translation>Database non più vuoto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="250"/>
        <source>Someone else has set up this database meanwhile, so the demo was not loaded. Start the program again to see what it holds.</source>
        <translation>Nel frattempo qualcun altro ha configurato questo database, quindi la demo non è stata caricata. Riavviare il programma per vederne il contenuto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="291"/>
        <source>Enter the name of your shop: it heads every letter.</source>
        <translation>Inserire il nome dell&apos;officina: compare in testa a ogni lettera.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="293"/>
        <source>Enter the country as its two-letter code, like FR, DE or ES.</source>
        <translation>Inserire la nazione con il codice di due lettere, come FR, DE o ES.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="295"/>
        <source>Enter the currency as its three-letter code, like EUR or CHF.</source>
        <translation>Inserire la valuta con il codice di tre lettere, come EUR o CHF.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="306"/>
        <source>This is not a valid BIC: 8 or 11 letters and digits, like UNCRITMM.</source>
        <translation>BIC non valido: servono 8 o 11 lettere e cifre, come UNCRITMM.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="78"/>
        <source>Hand over {name}</source>
        <translation>Affidamento al legale — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="91"/>
        <source>Overdue {overdue}  ·  open balance {open}</source>
        <translation>Scaduto {overdue}  ·  saldo aperto {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="101"/>
        <source>⚠ This account was handed over on {day}. Handing it over again logs a new entry.</source>
        <translation>⚠ Questa posizione è già stata affidata il {day}. Affidandola di nuovo si registra una nuova voce.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="109"/>
        <source>To whom, and their reference (optional)</source>
        <translation>A chi e con quale riferimento (facoltativo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="116"/>
        <source>Preparing the case file…</source>
        <translation>Preparazione del fascicolo…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="123"/>
        <source>&amp;Save case file…</source>
        <translation>&amp;Salva fascicolo…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="125"/>
        <source>One PDF for the lawyer or collector: the account, the interest, the contact log and every letter</source>
        <translation>Un unico PDF per il legale o l&apos;agenzia di recupero: posizione, interessi, registro contatti e tutte le lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="128"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Affida</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="130"/>
        <source>Log the hand-over: the account leaves the collection ladder and is marked as handed over</source>
        <translation>Registra l&apos;affidamento: la posizione esce dal percorso di sollecito e viene segnata come affidata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="138"/>
        <source>Before handing over</source>
        <translation>Prima dell&apos;affidamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="142"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="174"/>
        <source>case file</source>
        <translation>fascicolo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="180"/>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="220"/>
        <source>Save case file</source>
        <translation>Salva fascicolo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="180"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="209"/>
        <source>Case file saved as {name}.</source>
        <translation>Fascicolo salvato come {name}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="221"/>
        <source>The case file could not be saved: {reason}.</source>
        <translation>Impossibile salvare il fascicolo: {reason}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="234"/>
        <source>Hand over</source>
        <translation>Affida al legale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="235"/>
        <source>Not every check is passed:

{checks}

Hand the account over all the same?</source>
        <translation>Non tutte le verifiche sono superate:

{checks}

Affidare comunque la posizione?</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="135"/>
        <source>New invoice</source>
        <translation>Nuova fattura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="153"/>
        <source>Type a code or a name</source>
        <translation>Digitare codice o nome</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="165"/>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="166"/>
        <source>Register another vehicle or device of this customer</source>
        <translation>Registra un altro veicolo o apparecchio del cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="168"/>
        <source>Plate or serial number</source>
        <translation>Targa o numero di serie</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="170"/>
        <source>Make and model, or device</source>
        <translation>Marca e modello, o apparecchio</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="171"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="179"/>
        <source>What was done (shown on the invoice and in letters)</source>
        <translation>Lavori eseguiti (compaiono in fattura e nelle lettere)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="184"/>
        <source>Payments are recorded against this invoice: to change the amounts, void it and issue a new one.</source>
        <translation>Su questa fattura sono registrati pagamenti: per cambiarne gli importi, annullarla ed emetterne una nuova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="193"/>
        <source>1 = no plan: the whole amount falls due on the due date</source>
        <translation>1 = nessuna rateizzazione: l&apos;intero importo scade alla data di scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="195"/>
        <source>monthly</source>
        <translation>mensili</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="196"/>
        <source>weekly</source>
        <translation>settimanali</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="230"/>
        <source>Issue it anyway</source>
        <translation>Emetti comunque</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="232"/>
        <source>Why (kept on record with the invoice)</source>
        <translation>Motivo (resta registrato con la fattura)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="233"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="244"/>
        <source>A warning only: the invoice can still be saved.</source>
        <translation>Solo un avviso: la fattura si può salvare comunque.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="253"/>
        <source>Reload</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="258"/>
        <source>Void…</source>
        <translation>Annulla fattura…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="283"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="284"/>
        <source>&amp;Vehicle / device:</source>
        <translation>&amp;Veicolo / apparecchio:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="285"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numero:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="286"/>
        <source>&amp;Issue date:</source>
        <translation>Data &amp;emissione:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="287"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="288"/>
        <source>&amp;Work done:</source>
        <translation>&amp;Lavori eseguiti:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="289"/>
        <source>&amp;Total:</source>
        <translation>&amp;Totale:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="290"/>
        <source>&amp;Deposit:</source>
        <translation>&amp;Acconto:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="297"/>
        <source>&amp;first due:</source>
        <translation>&amp;prima scadenza:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="304"/>
        <source>Install&amp;ments:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="305"/>
        <source>Installment plan</source>
        <translation>Piano rateale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="427"/>
        <source>Invoice {number}</source>
        <translation>Fattura {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="428"/>
        <source>Save the change anyway</source>
        <translation>Salva comunque la modifica</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="466"/>
        <source>This invoice is void: {reason}</source>
        <translation>Questa fattura è annullata: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="526"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="553"/>
        <source>Enter the plate or serial number.</source>
        <translation>Inserire la targa o il numero di serie.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="562"/>
        <source>{vehicle} (new)</source>
        <translation>{vehicle} (nuovo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="651"/>
        <source>Enter the total to see the plan.</source>
        <translation>Inserire il totale per vedere il piano.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="657"/>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="949"/>
        <source>The deposit is larger than the total.</source>
        <translation>L&apos;acconto supera il totale.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="670"/>
        <source>No plan: {amount} falls due on {day}.</source>
        <translation>Nessuna rateizzazione: {amount} scade il {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="674"/>
        <source>{amount} in {count} installments, the last on {day}.</source>
        <translation>{amount} in {count} rate, l&apos;ultima il {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="678"/>
        <source>Total {total} less deposit {deposit}: {rest}</source>
        <translation>Totale {total} meno acconto {deposit}: {rest}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="710"/>
        <source>This customer is blocked: no new credit.</source>
        <translation>Cliente bloccato: fido sospeso.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="713"/>
        <source>Enter the amounts to check the credit.</source>
        <translation>Inserire gli importi per verificare il fido.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="736"/>
        <source>Open balance {open} + the increase {amount} = {after}</source>
        <translation>Saldo aperto {open} + aumento {amount} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="738"/>
        <source>Open balance {open} + this invoice {amount} − credit {credit} = {after}</source>
        <translation>Saldo aperto {open} + questa fattura {amount} − credito {credit} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="740"/>
        <source>Open balance {open} + this invoice {amount} = {after}</source>
        <translation>Saldo aperto {open} + questa fattura {amount} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="742"/>
        <source>{figures}; no debt limit.</source>
        <translation>{figures}; fido illimitato.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="744"/>
        <source>{figures}, over the limit of {limit} by {excess}.</source>
        <translation>{figures}: supera il fido di {limit} di {excess}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="749"/>
        <source>{figures}, within the limit of {limit}.</source>
        <translation>{figures}, entro il fido di {limit}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="772"/>
        <source>Issued over the customer&apos;s credit terms: {reason}</source>
        <translation>Emessa in deroga al fido del cliente: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="800"/>
        <source>To save it, tick “{option}” and say why; or change the amounts.</source>
        <translation>Per salvarla, spuntare “{option}” e indicare il motivo, oppure modificare gli importi.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="804"/>
        <source>Say why the invoice is issued anyway.</source>
        <translation>Indicare perché la fattura viene emessa comunque.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="817"/>
        <source>Choose a customer from the list.</source>
        <translation>Scegliere un cliente dall&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="819"/>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="947"/>
        <source>Enter the invoice number.</source>
        <translation>Inserire il numero della fattura.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="917"/>
        <source>Void invoice {number}</source>
        <translation>Annulla fattura {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="918"/>
        <source>Why is this invoice voided? It stays on record and stops counting.</source>
        <translation>Motivo dell&apos;annullamento? La fattura resta in archivio ma non viene più conteggiata.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="932"/>
        <source>Number {taken} was taken meanwhile: {number} is the next free one. Save again.</source>
        <translation>Nel frattempo il numero {taken} è stato usato: il primo libero è {number}. Salvare di nuovo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="941"/>
        <source>Number {number} is taken: choose another.</source>
        <translation>Il numero {number} è già usato: sceglierne un altro.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="948"/>
        <source>Amounts cannot be negative.</source>
        <translation>Gli importi non possono essere negativi.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="950"/>
        <source>The due date is before the issue date.</source>
        <translation>La scadenza è precedente alla data di emissione.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="953"/>
        <source>The first installment falls due before the issue date.</source>
        <translation>La prima rata scade prima della data di emissione.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="957"/>
        <source>The installments do not add up to the total less the deposit.</source>
        <translation>La somma delle rate non corrisponde al totale meno l&apos;acconto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="959"/>
        <source>This invoice is void: it cannot be changed.</source>
        <translation>Questa fattura è annullata: non si può modificare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="962"/>
        <source>An invoice stays with its customer: void it and issue a new one instead.</source>
        <translation>Una fattura non può cambiare cliente: annullarla ed emetterne una nuova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="964"/>
        <source>This invoice is void already.</source>
        <translation>Questa fattura è già annullata.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="965"/>
        <source>Say why the invoice is voided.</source>
        <translation>Indicare il motivo dell&apos;annullamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="971"/>
        <source>The invoice cannot be saved: {reason}</source>
        <translation>Impossibile salvare la fattura: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="984"/>
        <source>Someone else changed this invoice meanwhile. Reload it to see their changes, then edit again.</source>
        <translation>Nel frattempo qualcun altro ha modificato questa fattura. Ricaricarla per vedere le modifiche, poi modificarla di nuovo.</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="24"/>
        <source>Search number, customer, phone, plate or work…</source>
        <translation>Cerca numero, cliente, telefono, targa o lavori…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="56"/>
        <source>{count} invoices</source>
        <translation>Fatture: {count}</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="111"/>
        <source>Letter to {name}</source>
        <translation>Lettera a {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="149"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="151"/>
        <source>Record the letter in the customer&apos;s history and print it (Ctrl+P)</source>
        <translation>Registra la lettera nello storico del cliente e la stampa (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="152"/>
        <source>&amp;Save PDF…</source>
        <translation>Salva &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="155"/>
        <source>Record the letter in the customer&apos;s history and save it as a PDF (Ctrl+S)</source>
        <translation>Registra la lettera nello storico del cliente e la salva in PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="165"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="167"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="237"/>
        <source>A “{kind}” cannot be written for this customer.</source>
        <translation>Per questo cliente non si può scrivere la lettera “{kind}”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="247"/>
        <source>{problems}

Correct the text in Settings → Letter texts…</source>
        <translation>{problems}

Correggere il testo in Impostazioni → Testi delle lettere…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="249"/>
        <source>The text of the “{kind}” in {language} has problems: the letter cannot be written.</source>
        <translation>Il testo della lettera “{kind}” in {language} contiene errori: impossibile scrivere la lettera.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="292"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="305"/>
        <source>Print letter</source>
        <translation>Stampa lettera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="306"/>
        <source>The printer could not be opened. Nothing was recorded: check the printer and try again.</source>
        <translation>Impossibile aprire la stampante. Non è stato registrato nulla: controllare la stampante e riprovare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="317"/>
        <source>Printed, and recorded in the customer&apos;s letters.</source>
        <translation>Stampata e registrata tra le lettere del cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="327"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="342"/>
        <source>Save letter as PDF</source>
        <translation>Salva lettera in PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="327"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="343"/>
        <source>The letter could not be saved in {path}: {reason}. Nothing was recorded.</source>
        <translation>Impossibile salvare la lettera in {path}: {reason}. Non è stato registrato nulla.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="349"/>
        <source>Saved as {name}, and recorded in the customer&apos;s letters.</source>
        <translation>Salvata come {name} e registrata tra le lettere del cliente.</translation>
    </message>
</context>
<context>
    <name>LetterTextsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="77"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="205"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="328"/>
        <source>Letter texts</source>
        <translation>Testi delle lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="106"/>
        <source>Write {placeholders} such as {customer_name} or {deadline} where the letter fills in its figures; put blocks such as [[items]] or [[payment]] on a line of their own. Hover here for the full list.</source>
        <translation>Scrivere i {segnaposto}, come {customer_name} o {deadline}, dove la lettera inserisce i suoi dati; mettere i blocchi, come [[items]] o [[payment]], su una riga a sé. Passare il mouse qui per l&apos;elenco completo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="113"/>
        <source>Placeholders: {names}
Blocks: {blocks}</source>
        <translation>Segnaposto: {names}
Blocchi: {blocks}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="118"/>
        <source>This text cannot be saved:</source>
        <translation>Impossibile salvare questo testo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="139"/>
        <source>&amp;Reset to default…</source>
        <translation>&amp;Ripristina originale…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="146"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="146"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="157"/>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="205"/>
        <source>Discard your changes to this text and open the other one?</source>
        <translation>Scartare le modifiche a questo testo e aprire l&apos;altro?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="236"/>
        <source>The shop&apos;s own text (edited).</source>
        <translation>Testo personalizzato dell&apos;officina (modificato).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="236"/>
        <source>The text shipped with the program.</source>
        <translation>Testo originale del programma.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="262"/>
        <source>The preview shows the last text without problems.</source>
        <translation>L&apos;anteprima mostra l&apos;ultimo testo senza errori.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="268"/>
        <source>The letter cannot be laid out with this text: {error}</source>
        <translation>Impossibile impaginare la lettera con questo testo: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="272"/>
        <source>Sample: {kind} to {customer}, as of {day}. Nothing is recorded.</source>
        <translation>Esempio: {kind} a {customer}, al {day}. Non viene registrato nulla.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="293"/>
        <source>Saved: new letters use this text.</source>
        <translation>Salvato: le nuove lettere useranno questo testo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="300"/>
        <source>Reset to default</source>
        <translation>Ripristina originale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="301"/>
        <source>Replace the text of the “{kind}” in {language} with the text shipped with the program?</source>
        <translation>Sostituire il testo della lettera “{kind}” in {language} con il testo originale del programma?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="310"/>
        <source>The shipped text applies again.</source>
        <translation>Si usa di nuovo il testo originale.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="328"/>
        <source>Close without saving your changes?</source>
        <translation>Chiudere senza salvare le modifiche?</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="49"/>
        <source>An action that would break a limit is moved to the first day it is allowed, and the Today list says why. The defaults are the Russian rules for collecting from private persons (230-FZ); they are a sensible courtesy anywhere.</source>
        <translation>Un&apos;azione che supererebbe un limite viene spostata al primo giorno consentito e l&apos;elenco Oggi ne indica il motivo. I valori predefiniti sono le regole russe sul recupero crediti verso i privati (legge 230-FZ): sono una cortesia ragionevole ovunque.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="61"/>
        <source>At most</source>
        <translation>Al massimo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="63"/>
        <source>Phone calls:</source>
        <translation>Telefonate:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="64"/>
        <source>Text messages and e-mails:</source>
        <translation>SMS ed e-mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="65"/>
        <source>Allowed hours</source>
        <translation>Orari consentiti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="67"/>
        <source>Working days:</source>
        <translation>Dal lunedì al venerdì:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="69"/>
        <source>Saturdays and Sundays:</source>
        <translation>Sabato e domenica:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a day</source>
        <translation>al giorno</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a week</source>
        <translation>a settimana</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a month</source>
        <translation>al mese</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="111"/>
        <source>from</source>
        <translation>dalle</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="113"/>
        <source>to</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="133"/>
        <source>A day cannot allow more than a week, nor a week more than a month.</source>
        <translation>Il limite giornaliero non può superare quello settimanale, né quello settimanale il mensile.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="135"/>
        <source>The first allowed hour must come before the last.</source>
        <translation>L&apos;ora di inizio deve precedere quella di fine.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="49"/>
        <source>Workshop Desk — {shop}</source>
        <translation>Workshop Desk — {shop}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="49"/>
        <source>new shop</source>
        <translation>nuova officina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="59"/>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="60"/>
        <source>&amp;Customers</source>
        <translation>&amp;Clienti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="61"/>
        <source>&amp;Invoices</source>
        <translation>Fatt&amp;ure</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="62"/>
        <source>&amp;Overdue</source>
        <translation>&amp;Scaduti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="67"/>
        <location filename="../workshop_desk/ui/main_window.py" line="463"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="99"/>
        <source>New &amp;customer…</source>
        <translation>Nuovo &amp;cliente…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="99"/>
        <source>Add a customer</source>
        <translation>Aggiunge un cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="102"/>
        <source>New &amp;invoice…</source>
        <translation>Nuova &amp;fattura…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="102"/>
        <source>Write an invoice or work order</source>
        <translation>Emette una fattura o un ordine di lavoro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="105"/>
        <source>Record &amp;payment…</source>
        <translation>Registra &amp;pagamento…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="105"/>
        <source>Record money received</source>
        <translation>Registra un incasso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="108"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Lettera…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="108"/>
        <source>Write a letter to the selected customer</source>
        <translation>Scrive una lettera al cliente selezionato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="111"/>
        <source>Letters for &amp;selected…</source>
        <translation>Lettere ai &amp;selezionati…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="114"/>
        <source>Write the same kind of letter to every customer selected in the Overdue list</source>
        <translation>Scrive lo stesso tipo di lettera a tutti i clienti selezionati nell&apos;elenco Scaduti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="117"/>
        <source>Letter &amp;texts…</source>
        <translation>&amp;Testi delle lettere…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="117"/>
        <source>Edit the wording of the letters</source>
        <translation>Modifica il testo delle lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="119"/>
        <source>&amp;Open selected…</source>
        <translation>&amp;Apri selezionato…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="120"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="121"/>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="123"/>
        <source>&amp;Legend of the marks</source>
        <translation>&amp;Legenda dei simboli</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="124"/>
        <source>&amp;About Workshop Desk</source>
        <translation>&amp;Informazioni su Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="126"/>
        <source>&amp;Done…</source>
        <translation>&amp;Fatto…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="127"/>
        <source>Log what came of the action selected in the Today tab</source>
        <translation>Registra l&apos;esito dell&apos;azione selezionata nella scheda Oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="130"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Prepara e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="131"/>
        <source>E-mail the letter of the action selected in the Today tab</source>
        <translation>Invia per e-mail la lettera dell&apos;azione selezionata nella scheda Oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="134"/>
        <source>Copy &amp;SMS text</source>
        <translation>Copia testo &amp;SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="135"/>
        <source>Copy the text message of the action selected in the Today tab</source>
        <translation>Copia il testo SMS dell&apos;azione selezionata nella scheda Oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="137"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="142"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="143"/>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="144"/>
        <source>Overdue</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="158"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="164"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="171"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Affida al legale…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="174"/>
        <source>Check an account, save its case file, hand it over</source>
        <translation>Verifica una posizione, ne salva il fascicolo e la affida al legale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="177"/>
        <source>&amp;Collection…</source>
        <translation>&amp;Recupero crediti…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="177"/>
        <source>Ladder, contact limits, interest</source>
        <translation>Percorso di sollecito, limiti di contatto, interessi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="179"/>
        <source>&amp;Account</source>
        <translation>&amp;Posizione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="181"/>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="188"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="214"/>
        <source>Working out who owes what…</source>
        <translation>Calcolo delle posizioni…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="241"/>
        <source>As of {day}:  open {open}  ·  overdue {overdue}  ·  {over} over their limit  ·  {missed} with missed installments</source>
        <translation>Al {day}:  aperto {open}  ·  scaduto {overdue}  ·  {over} oltre il fido  ·  {missed} con rate insolute</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="353"/>
        <source>Record payment</source>
        <translation>Registra pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="353"/>
        <source>Select the customer who paid, then record the payment.</source>
        <translation>Selezionare il cliente che ha pagato, poi registrare il pagamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="385"/>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="385"/>
        <source>Select the customer to write to, then choose Letter… again.</source>
        <translation>Selezionare il cliente a cui scrivere, poi scegliere di nuovo “Lettera…”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="403"/>
        <source>Letters for selected</source>
        <translation>Lettere ai selezionati</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="405"/>
        <source>Select the customers in the Overdue list (Ctrl+click or Shift+click selects several), then choose Letters for selected… again.</source>
        <translation>Selezionare i clienti nell&apos;elenco Scaduti (Ctrl+clic o Maiusc+clic per selezionarne più d&apos;uno), poi scegliere di nuovo “Lettere ai selezionati…”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="429"/>
        <source>Hand over</source>
        <translation>Affida al legale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="429"/>
        <source>Select the customer to hand over, then choose Hand over… again.</source>
        <translation>Selezionare il cliente da affidare, poi scegliere di nuovo “Affida al legale…”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="464"/>
        <source>&lt;p&gt;Rows are coloured &lt;b&gt;and&lt;/b&gt; marked with an icon; hover a row to read why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le righe sono colorate &lt;b&gt;e&lt;/b&gt; contrassegnate da un&apos;icona; passare il mouse su una riga per leggerne il motivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="474"/>
        <source>About Workshop Desk</source>
        <translation>Informazioni su Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="475"/>
        <source>Workshop Desk {version}
Who owes the shop money, and what to do about it today.</source>
        <translation>Workshop Desk {version}
Chi deve denaro all&apos;officina e cosa fare oggi per incassarlo.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="147"/>
        <source>Correct a contact with {name}</source>
        <translation>Correggi un contatto con {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="149"/>
        <source>{step} — {name}</source>
        <translation>{step} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="150"/>
        <source>Log a contact with {name}</source>
        <translation>Registra un contatto con {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="156"/>
        <source>no phone number on file</source>
        <translation>nessun telefono in archivio</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="160"/>
        <source>Select the number to copy it</source>
        <translation>Selezionare il numero per copiarlo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="208"/>
        <source>&amp;How:</source>
        <translation>Me&amp;zzo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="223"/>
        <source>Pays &amp;by:</source>
        <translation>Pa&amp;gherà entro:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="224"/>
        <source>Amo&amp;unt:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="228"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="423"/>
        <source>No&amp;te:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="243"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="255"/>
        <source>Overdue: {amount}</source>
        <translation>Scaduto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="257"/>
        <source>Nothing overdue yet</source>
        <translation>Ancora niente di scaduto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="260"/>
        <source>{days} days late</source>
        <translation>Ritardo: {days} gg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="261"/>
        <source>Open balance: {amount}</source>
        <translation>Saldo aperto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="267"/>
        <source>Step: {step}</source>
        <translation>Fase: {step}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="273"/>
        <source>Due since {day}.</source>
        <translation>Scaduto dal {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="285"/>
        <source>Doing it today goes beyond the contact limit: log it only if it really happened.</source>
        <translation>Eseguirla oggi supera i limiti di contatto: registrarla solo se è avvenuta davvero.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="293"/>
        <source>Handing over takes the account off the ladder for good: the program plans no more reminders for it.</source>
        <translation>Con l&apos;affidamento la posizione esce definitivamente dal percorso di sollecito: il programma non pianifica altri solleciti.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="308"/>
        <source>Entries in the contact log are evidence and are never changed. Saving adds a new entry that corrects the one of {when} ({channel}: {outcome}); say in the note what was wrong.</source>
        <translation>Le voci del registro contatti valgono come prova e non si modificano mai. Salvando si aggiunge una nuova voce che corregge quella del {when} ({channel}: {outcome}); indicare nella nota cosa era sbagliato.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="322"/>
        <source>&amp;Write the letter…</source>
        <translation>Scrivi la lette&amp;ra…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="323"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Prepara &amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="324"/>
        <source>&amp;Copy SMS text</source>
        <translation>Copia testo S&amp;MS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="325"/>
        <source>Prepare, print or save the step&apos;s letter; it is recorded when printed</source>
        <translation>Prepara, stampa o salva la lettera di questa fase; viene registrata alla stampa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="327"/>
        <source>Save the letter as a PDF and open your e-mail program with the message in the customer&apos;s language</source>
        <translation>Salva la lettera in PDF e apre il programma di posta con il messaggio nella lingua del cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="329"/>
        <source>Put a short text in the customer&apos;s language on the clipboard</source>
        <translation>Copia negli appunti un breve testo nella lingua del cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="350"/>
        <source>&amp;Handed over</source>
        <translation>&amp;Affidato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="350"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="364"/>
        <source>S&amp;kip this step</source>
        <translation>Salta &amp;questa fase</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="352"/>
        <source>&amp;E-mail sent</source>
        <translation>E-mail in&amp;viata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="353"/>
        <source>SMS s&amp;ent</source>
        <translation>SMS in&amp;viato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="354"/>
        <source>&amp;Letter printed/sent</source>
        <translation>&amp;Lettera stampata/inviata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="356"/>
        <source>&amp;Reached</source>
        <translation>&amp;Contattato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="357"/>
        <source>&amp;No answer</source>
        <translation>&amp;Non risponde</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="358"/>
        <source>&amp;Promised to pay</source>
        <translation>&amp;Promessa di pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="359"/>
        <source>&amp;Disputed</source>
        <translation>Contestazi&amp;one</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="360"/>
        <source>Wron&amp;g number</source>
        <translation>Numero err&amp;ato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="365"/>
        <source>Only a n&amp;ote (the step stays on the list)</source>
        <translation>Solo &amp;una nota (la fase resta in elenco)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="367"/>
        <source>Only a n&amp;ote</source>
        <translation>Solo &amp;una nota</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="369"/>
        <source>Dispute resol&amp;ved</source>
        <translation>Contestazione &amp;risolta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="373"/>
        <source>What came of it?</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="420"/>
        <source>Disputes wh&amp;at:</source>
        <translation>Cosa contes&amp;ta:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="421"/>
        <source>Wh&amp;y skip:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="425"/>
        <source>Required: what the customer disputes, in their words</source>
        <translation>Obbligatorio: cosa contesta il cliente, con le sue parole</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="426"/>
        <source>Required: why this step is skipped</source>
        <translation>Obbligatorio: perché si salta questa fase</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="427"/>
        <source>How the dispute was settled</source>
        <translation>Come è stata risolta la contestazione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="429"/>
        <source>What was said or done (optional)</source>
        <translation>Cosa è stato detto o fatto (facoltativo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="431"/>
        <source>Required: what was wrong in the entry corrected</source>
        <translation>Obbligatorio: cosa era sbagliato nella voce corretta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="451"/>
        <source>Calls are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the call can still be logged.</source>
        <translation>Le telefonate sono consentite dalle {start}:00 alle {end}:00 dal lunedì al venerdì e dalle {weekend_start}:00 alle {weekend_end}:00 nel fine settimana (limiti di contatto). Ora sono le {now}: la telefonata si può comunque registrare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="457"/>
        <source>Messages are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the message can still be logged.</source>
        <translation>I messaggi sono consentiti dalle {start}:00 alle {end}:00 dal lunedì al venerdì e dalle {weekend_start}:00 alle {weekend_end}:00 nel fine settimana (limiti di contatto). Ora sono le {now}: il messaggio si può comunque registrare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="501"/>
        <source>The “{letter}” is recorded in the customer&apos;s letters. Save to log the step as done.</source>
        <translation>La lettera “{letter}” è registrata tra le lettere del cliente. Salvare per segnare la fase come eseguita.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="513"/>
        <source>No letter can be e-mailed: {reason}</source>
        <translation>Nessuna lettera da inviare per e-mail: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="517"/>
        <source>The PDF could not be saved: {reason}. Nothing was recorded.</source>
        <translation>Impossibile salvare il PDF: {reason}. Non è stato registrato nulla.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="529"/>
        <source>The PDF is saved in {path}. Your e-mail program opens with the message: attach the PDF, send it, then save here.</source>
        <translation>Il PDF è salvato in {path}. Il programma di posta si apre con il messaggio: allegare il PDF, inviarlo, poi salvare qui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="534"/>
        <source>The PDF is saved in {path}, but no e-mail program could be opened: send it another way, then save here.</source>
        <translation>Il PDF è salvato in {path}, ma non è stato possibile aprire un programma di posta: inviarlo in altro modo, poi salvare qui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="538"/>
        <source>The customer has no e-mail address on file: fill in the recipient.</source>
        <translation>Il cliente non ha un indirizzo e-mail in archivio: inserire il destinatario.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="542"/>
        <source>E-mail “{subject}” with {file}</source>
        <translation>E-mail “{subject}” con allegato {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="552"/>
        <source>No text message fits: {reason}</source>
        <translation>Nessun SMS adatto: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="559"/>
        <source>SMS: “{text}”</source>
        <translation>SMS: “{text}”</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="561"/>
        <source>Copied to the clipboard ({count} characters): “{text}” Send it, then save here.</source>
        <translation>Copiato negli appunti (caratteri: {count}): “{text}” Inviarlo, poi salvare qui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="580"/>
        <source>Choose what came of it.</source>
        <translation>Scegliere l&apos;esito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="587"/>
        <source>The day the customer will pay cannot be in the past.</source>
        <translation>La data in cui il cliente pagherà non può essere nel passato.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="594"/>
        <source>Enter the amount promised.</source>
        <translation>Inserire l&apos;importo promesso.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="597"/>
        <source>Say what the customer disputes: the account is paused until it is resolved.</source>
        <translation>Indicare cosa contesta il cliente: la posizione resta sospesa finché la contestazione non è risolta.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="600"/>
        <source>Say why the step is skipped: the log is evidence.</source>
        <translation>Indicare perché si salta la fase: il registro vale come prova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="602"/>
        <source>Say what was wrong in the entry you correct.</source>
        <translation>Indicare cosa era sbagliato nella voce da correggere.</translation>
    </message>
</context>
<context>
    <name>OverdueTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="28"/>
        <source>Search name, code or phone…</source>
        <translation>Cerca nome, codice o telefono…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="79"/>
        <source>Working out who owes what…</source>
        <translation>Calcolo delle posizioni…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="81"/>
        <source>{count} customers need attention</source>
        <translation>Clienti da seguire: {count}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="134"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Tutto il saldo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="137"/>
        <source>Fill in what is unpaid on the chosen invoice, or the customer&apos;s whole open balance</source>
        <translation>Inserisce il residuo della fattura scelta, o l&apos;intero saldo aperto del cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="143"/>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="144"/>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="145"/>
        <source>Bank transfer</source>
        <translation>Bonifico</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="146"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="150"/>
        <source>Receipt, transfer or card slip number (optional)</source>
        <translation>N. di ricevuta, bonifico o scontrino POS (facoltativo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="157"/>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="158"/>
        <source>Installment</source>
        <translation>Rata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="159"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="160"/>
        <source>Unpaid before</source>
        <translation>Residuo prima</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="161"/>
        <source>Paid now</source>
        <translation>Pagato ora</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="162"/>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="210"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="211"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="212"/>
        <source>&amp;Method:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="213"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="214"/>
        <source>&amp;Pays:</source>
        <translation>Im&amp;putazione:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="216"/>
        <source>What it pays</source>
        <translation>Cosa copre</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="256"/>
        <source>Payment from {name}</source>
        <translation>Pagamento di {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="261"/>
        <source>(on account: oldest first)</source>
        <translation>(in conto: prima le scadenze più vecchie)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="264"/>
        <source>{number} · {unpaid} unpaid · next due {day}</source>
        <translation>{number} · {unpaid} da pagare · prossima scadenza {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="273"/>
        <source>{number} · nothing unpaid</source>
        <translation>{number} · niente da pagare</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="281"/>
        <source>Open balance {amount}</source>
        <translation>Saldo aperto {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="283"/>
        <source>of which {amount} overdue</source>
        <translation>di cui {amount} scaduto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="285"/>
        <source>credit {amount}</source>
        <translation>credito {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="331"/>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="417"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Un pagamento non può avere una data futura.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="353"/>
        <source>Enter the amount to see what it pays.</source>
        <translation>Inserire l&apos;importo per vedere cosa copre.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="360"/>
        <source>Nothing is owed: all of it becomes credit.</source>
        <translation>Nessun debito: tutto l&apos;importo diventa credito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="363"/>
        <source>ℹ {amount} becomes credit: it is more than the customer owes.</source>
        <translation>ℹ {amount} diventa credito: supera quanto dovuto dal cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="367"/>
        <source>Open balance after: {amount}</source>
        <translation>Saldo aperto dopo: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="369"/>
        <source>{balance} · credit {amount}</source>
        <translation>{balance} · credito {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="378"/>
        <source>{seq} of {count}</source>
        <translation>{seq} di {count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="382"/>
        <source>settled</source>
        <translation>saldata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="382"/>
        <source>part</source>
        <translation>parziale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="396"/>
        <source>Enter an amount.</source>
        <translation>Inserire un importo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="415"/>
        <source>Enter an amount more than zero.</source>
        <translation>Inserire un importo maggiore di zero.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="416"/>
        <source>The amount is too large.</source>
        <translation>L&apos;importo è troppo elevato.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="420"/>
        <source>This invoice is not one of this customer&apos;s.</source>
        <translation>Questa fattura non appartiene a questo cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="423"/>
        <source>The payment cannot be recorded: {reason}</source>
        <translation>Impossibile registrare il pagamento: {reason}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="98"/>
        <source>monthly</source>
        <translation>mensili</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="99"/>
        <source>weekly</source>
        <translation>settimanali</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="125"/>
        <source>Optional: what was agreed, with whom</source>
        <translation>Facoltativo: cosa è stato concordato e con chi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="132"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Crea piano…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="136"/>
        <source>Move into the new plan</source>
        <translation>Da trasferire nel nuovo piano</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="146"/>
        <source>&amp;first due:</source>
        <translation>&amp;prima scadenza:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="153"/>
        <source>Install&amp;ments:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="155"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="156"/>
        <source>New installment plan</source>
        <translation>Nuovo piano di rientro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="195"/>
        <source>Reschedule — {name}</source>
        <translation>Piano di rientro — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="199"/>
        <source>The &amp;overdue balance: {amount}</source>
        <translation>Il saldo &amp;scaduto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="200"/>
        <source>The w&amp;hole open balance: {amount}</source>
        <translation>&amp;Tutto il saldo aperto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="238"/>
        <source>Nothing is owed: there is nothing to reschedule.</source>
        <translation>Nessun debito: non c&apos;è nulla da rateizzare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="242"/>
        <source>{amount} falls due on {day}.</source>
        <translation>{amount} scade il {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="246"/>
        <source>{amount} in {count} installments, the last on {day}.</source>
        <translation>{amount} in {count} rate, l&apos;ultima il {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="250"/>
        <source>{plan} It replaces what is open of {invoices}, which stays in the history.</source>
        <translation>{plan} Sostituisce il residuo delle fatture {invoices}, che restano nello storico.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="255"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>La prima rata non può scadere prima di oggi.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="265"/>
        <source>Move {amount} of the debt of {name} into a new plan of {count} installments?</source>
        <translation>Trasferire {amount} del debito di {name} in un nuovo piano di rientro (numero di rate: {count})?</translation>
    </message>
</context>
<context>
    <name>StoredLetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="41"/>
        <source>The letter exactly as it was sent. Printing or saving it again records nothing new.</source>
        <translation>La lettera esattamente come è stata inviata. Ristamparla o salvarla di nuovo non registra nulla di nuovo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="47"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="49"/>
        <source>&amp;Save PDF…</source>
        <translation>Salva &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="71"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="81"/>
        <source>Print letter</source>
        <translation>Stampa lettera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="81"/>
        <source>The printer could not be opened: check it and try again.</source>
        <translation>Impossibile aprire la stampante: controllarla e riprovare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="88"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="104"/>
        <source>Save letter as PDF</source>
        <translation>Salva lettera in PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="90"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="105"/>
        <source>The letter could not be saved in {path}: {reason}.</source>
        <translation>Impossibile salvare la lettera in {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="55"/>
        <source>Search name, code, phone or step…</source>
        <translation>Cerca nome, codice, telefono o fase…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="74"/>
        <source>&amp;Done…</source>
        <translation>Fa&amp;tto…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="75"/>
        <source>Log what came of the selected action (Enter, Ctrl+D)</source>
        <translation>Registra l&apos;esito dell&apos;azione selezionata (Invio, Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="76"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Prepara &amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="78"/>
        <source>Save the letter as a PDF and open your e-mail program with the message (Ctrl+M)</source>
        <translation>Salva la lettera in PDF e apre il programma di posta con il messaggio (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="80"/>
        <source>Cop&amp;y SMS text</source>
        <translation>Copia testo S&amp;MS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="82"/>
        <source>Put a short text in the customer&apos;s language on the clipboard (Ctrl+Shift+C)</source>
        <translation>Copia negli appunti un breve testo nella lingua del cliente (Ctrl+Maiusc+C)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="84"/>
        <source>Open c&amp;ustomer</source>
        <translation>Apri c&amp;liente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="86"/>
        <source>An action not done stays on the list tomorrow. Greyed actions wait for a contact limit.</source>
        <translation>Un&apos;azione non eseguita resta in elenco domani. Le azioni in grigio attendono i limiti di contatto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="192"/>
        <source>Working out today&apos;s actions…</source>
        <translation>Calcolo delle azioni di oggi…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="196"/>
        <source>{count} actions for today</source>
        <translation>Azioni per oggi: {count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="198"/>
        <source>1 action for today</source>
        <translation>1 azione per oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="201"/>
        <source>{count} moved by contact limits</source>
        <translation>spostate per limiti di contatto: {count}</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="80"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Tutto il saldo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="92"/>
        <source>The amount is taken off the oldest installments first. It stays in the customer&apos;s history as “Written off” and in the reports; it cannot be undone.</source>
        <translation>L&apos;importo viene tolto prima dalle rate più vecchie. Resta nello storico del cliente come “Stralcio” e nei report; l&apos;operazione è irreversibile.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="104"/>
        <source>Write &amp;off…</source>
        <translation>&amp;Stralcia…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="115"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="116"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="117"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="147"/>
        <source>Write off — {name}</source>
        <translation>Stralcio — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="156"/>
        <source>Why (required for “Other”)</source>
        <translation>Motivo (obbligatorio per “Altro”)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="156"/>
        <source>Optional: anything worth keeping on record</source>
        <translation>Facoltativo: eventuali annotazioni da conservare</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="164"/>
        <source>Open balance after the write-off: {amount}</source>
        <translation>Saldo aperto dopo lo stralcio: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="178"/>
        <source>Enter an amount more than zero.</source>
        <translation>Inserire un importo maggiore di zero.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="182"/>
        <source>That is more than the open balance of {open}.</source>
        <translation>L&apos;importo supera il saldo aperto ({open}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="187"/>
        <source>Say why the balance is written off.</source>
        <translation>Indicare il motivo dello stralcio.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="199"/>
        <source>Write off {amount} of the balance of {name}? This cannot be undone.</source>
        <translation>Stralciare {amount} dal saldo di {name}? L&apos;operazione è irreversibile.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../workshop_desk/app.py" line="78"/>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/app.py" line="79"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved whole or not at all.

The details are in {log_file}; please send that file to whoever looks after this program.</source>
        <translation>Si è verificato un problema che il programma non prevedeva. I dati sono al sicuro: ogni modifica viene salvata per intero o per niente.

I dettagli sono in {log_file}; inviare quel file a chi si occupa di questo programma.</translation>
    </message>
</context>
</TS>
