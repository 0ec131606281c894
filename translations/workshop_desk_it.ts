<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AdjustmentError</name>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="67"/>
        <source>a payment dated after this day is recorded already</source>
        <extracomment>Shown after “It cannot be recorded:”, so lower case and without a full stop.</extracomment>
        <translation>è già registrato un pagamento con data successiva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="68"/>
        <source>the amount must be more than zero</source>
        <translation>l&apos;importo deve essere maggiore di zero</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="69"/>
        <source>unknown write-off reason {reason}</source>
        <translation>motivo di stralcio sconosciuto: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="70"/>
        <source>say why the balance is written off</source>
        <translation>indicare il motivo dello stralcio</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="71"/>
        <source>the amount is more than the open balance</source>
        <translation>l&apos;importo supera il saldo aperto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="72"/>
        <source>a plan has between 1 and {maximum} installments</source>
        <translation>un piano prevede da 1 a {maximum} rate</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="73"/>
        <source>the first installment falls due before the reschedule date</source>
        <translation>la prima rata scade prima della data del piano di rientro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="74"/>
        <source>there is nothing to reschedule</source>
        <translation>non c&apos;è nulla da rateizzare</translation>
    </message>
</context>
<context>
    <name>AdjustmentTexts</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="16"/>
        <source>Hardship</source>
        <translation>Difficoltà economiche</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="17"/>
        <source>Small amount</source>
        <translation>Importo esiguo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="18"/>
        <source>Uncollectable</source>
        <translation>Inesigibile</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="19"/>
        <source>Other (say why)</source>
        <translation>Altro (indicare il motivo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="26"/>
        <source>Open balance {amount}</source>
        <translation>Saldo aperto {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="32"/>
        <source>of which {amount} overdue</source>
        <translation>di cui {amount} scaduto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="42"/>
        <source>A payment dated {day} is recorded already: an adjustment cannot be dated before it.</source>
        <translation>È già registrato un pagamento del {day}: l&apos;operazione non può avere una data precedente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="47"/>
        <source>Enter an amount more than zero.</source>
        <translation>Inserire un importo maggiore di zero.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="49"/>
        <source>That is more than the open balance.</source>
        <translation>L&apos;importo supera il saldo aperto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="51"/>
        <source>Say why the balance is written off.</source>
        <translation>Indicare il motivo dello stralcio.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="53"/>
        <source>There is nothing to reschedule.</source>
        <translation>Non c&apos;è nulla da rateizzare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="55"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>La prima rata non può scadere prima di oggi.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="58"/>
        <source>It cannot be recorded: {reason}</source>
        <translation>Impossibile registrare l&apos;operazione: {reason}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="48"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="49"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="50"/>
        <source>Step</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="51"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="52"/>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="53"/>
        <source>Days late</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="54"/>
        <source>Due since</source>
        <translation>Scaduto dal</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="55"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="41"/>
        <source>Daily</source>
        <translation>Giornaliera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="42"/>
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="43"/>
        <source>Before an update</source>
        <translation>Prima di un aggiornamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="44"/>
        <source>Before a restore</source>
        <translation>Prima di un ripristino</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="45"/>
        <source>Made on request</source>
        <translation>Su richiesta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="55"/>
        <source>Backups</source>
        <translation>Copie di sicurezza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="62"/>
        <source>A verified copy is made at the first start of each day (the last 14 days and 12 months are kept) and before every update of the program. Folder: {folder}</source>
        <translation>Ogni giorno, al primo avvio, viene creata una copia verificata (si conservano quelle degli ultimi 14 giorni e 12 mesi), e un&apos;altra prima di ogni aggiornamento del programma. Cartella: {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Made</source>
        <translation>Creata il</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="75"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Crea una copia ora</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="76"/>
        <source>&amp;Restore the selected copy…</source>
        <translation>&amp;Ripristina la copia selezionata…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="77"/>
        <source>Restore from a &amp;file…</source>
        <translation>Ripristina da &amp;file…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="78"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Apri la cartella</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="100"/>
        <source>The shop&apos;s data is on the PostgreSQL server {server}, so this desk makes no copies of it by itself.

To make a copy, run &apos;workshop-desk backup&apos; on any desk (it uses PostgreSQL&apos;s pg_dump, checks the copy and says where it is), or let the server&apos;s administrator back the database up with the server&apos;s own tools, ideally every day.

To bring a copy back, close Workshop Desk on every desk and restore it on the server with pg_restore (&apos;workshop-desk restore&apos; shows the command).</source>
        <translation>I dati dell&apos;officina sono sul server PostgreSQL {server}: questa postazione non ne fa copie da sola.

Per fare una copia, eseguire &apos;workshop-desk backup&apos; su una qualsiasi postazione (usa pg_dump di PostgreSQL, verifica la copia e dice dove si trova), oppure farla fare all&apos;amministratore del server con gli strumenti del server stesso, meglio se ogni giorno.

Per ripristinare una copia, chiudere Workshop Desk su tutte le postazioni e ripristinarla sul server con pg_restore (&apos;workshop-desk restore&apos; mostra il comando).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="133"/>
        <source>Making a copy…</source>
        <translation>Creazione della copia…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="139"/>
        <source>Copy written and verified: {file}</source>
        <translation>Copia creata e verificata: {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="144"/>
        <source>The copy failed: {reason}</source>
        <translation>Copia non riuscita: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="153"/>
        <source>Backup to restore</source>
        <translation>Copia di sicurezza da ripristinare</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="153"/>
        <source>Databases (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="162"/>
        <source>Restore a backup</source>
        <translation>Ripristina una copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="164"/>
        <source>Replace the shop&apos;s data with the copy {file}?

Everything entered after that copy was made will be gone from the program. The current data is kept as a copy in the backups folder, so this can be undone by restoring that copy.</source>
        <translation>Sostituire i dati dell&apos;officina con la copia {file}?

Tutto ciò che è stato inserito dopo la creazione di quella copia sparirà dal programma. I dati attuali vengono conservati come copia nella cartella delle copie di sicurezza: l&apos;operazione si può quindi annullare ripristinando quella copia.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Not restored</source>
        <translation>Ripristino non eseguito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Nothing was changed: {reason}</source>
        <translation>Non è stato modificato nulla: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="183"/>
        <source>Restored from {file}.</source>
        <translation>Dati ripristinati da {file}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="185"/>
        <source>The data it replaced is kept as {file}.</source>
        <translation>I dati sostituiti sono conservati come {file}.</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="77"/>
        <source>Letters for the selected customers</source>
        <translation>Lettere ai clienti selezionati</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="89"/>
        <source>Letters for the selected customers ({count})</source>
        <translation>Lettere ai clienti selezionati ({count})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="101"/>
        <source>Each customer&apos;s &amp;own language</source>
        <translation>La lingua di &amp;ogni cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="102"/>
        <source>One language &amp;for all:</source>
        <translation>Una lingua &amp;per tutti:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="114"/>
        <source>Save as PDF files in one f&amp;older:</source>
        <translation>Salva come file PDF nella &amp;cartella:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="115"/>
        <source>&amp;Print them as one print job</source>
        <translation>Stampa tutte in un &amp;unico lavoro di stampa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="121"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="141"/>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="149"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="161"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="162"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="166"/>
        <source>Where the letters go</source>
        <translation>Destinazione delle lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="212"/>
        <source>Folder for the letters</source>
        <translation>Cartella per le lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="224"/>
        <source>Print letters</source>
        <translation>Stampa lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="254"/>
        <source>Writing the letters…</source>
        <translation>Preparazione delle lettere…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="254"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="256"/>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="290"/>
        <source>Letter {done} of {total} done: {customer}</source>
        <translation>Lettera {done} di {total} pronta: {customer}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="325"/>
        <source>Letters printed as one print job: {count} (%n page(s)).</source>
        <translation>
            <numerusform>Lettere stampate in un unico lavoro di stampa: {count} (%n pagina).</numerusform>
            <numerusform>Lettere stampate in un unico lavoro di stampa: {count} (%n pagine).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="332"/>
        <source>Letters written: {count}, into {folder}</source>
        <translation>Lettere create: {count}, nella cartella {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="335"/>
        <source>Skipped: {count} (below, with the reason).</source>
        <translation>Saltate: {count} (qui sotto, con il motivo).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="338"/>
        <source>Stopped: {reason}. Not done: {count}.</source>
        <translation>Interrotto: {reason}. Non eseguite: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="343"/>
        <source>Cancelled. Not done: {count}.</source>
        <translation>Annullato. Non eseguite: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="354"/>
        <source>the text of this letter has problems ({problems}): correct it in Settings → Letter texts…</source>
        <translation>il testo di questa lettera contiene errori ({problems}): correggerlo in Impostazioni → Testi delle lettere…</translation>
    </message>
</context>
<context>
    <name>CollectionNames</name>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="27"/>
        <source>Courtesy reminder</source>
        <translation>Avviso di scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="28"/>
        <source>Phone call on the due day</source>
        <translation>Telefonata il giorno della scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="29"/>
        <source>Payment reminder</source>
        <translation>Sollecito di pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="30"/>
        <source>Second reminder</source>
        <translation>Secondo sollecito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="31"/>
        <source>Formal claim letter</source>
        <translation>Messa in mora</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="32"/>
        <source>Hand over to a lawyer or collector</source>
        <translation>Affidamento al legale o all&apos;agenzia di recupero</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="39"/>
        <source>Phone call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="40"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="42"/>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="43"/>
        <source>Registered letter</source>
        <translation>Raccomandata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="44"/>
        <source>Hand over</source>
        <translation>Affidamento al legale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="52"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="54"/>
        <location filename="../workshop_desk/ui/collection_names.py" line="68"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="60"/>
        <source>Reached</source>
        <translation>Contattato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="61"/>
        <source>No answer</source>
        <translation>Non risponde</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="62"/>
        <source>Promised to pay</source>
        <translation>Promessa di pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="63"/>
        <source>Disputed</source>
        <translation>Contestazione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="64"/>
        <source>Dispute resolved</source>
        <translation>Contestazione risolta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="65"/>
        <source>Wrong number</source>
        <translation>Numero errato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="66"/>
        <source>Letter printed/sent</source>
        <translation>Lettera stampata/inviata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="67"/>
        <source>Step skipped</source>
        <translation>Fase saltata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="78"/>
        <source>Call the customer: say how much is overdue and since when, ask when they will pay, and note what they say.</source>
        <translation>Telefonare al cliente: indicare l&apos;importo scaduto e da quando, chiedere quando pagherà e annotare cosa risponde.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="83"/>
        <source>Send a short text message: copy the text, send it from the shop&apos;s phone, then confirm here.</source>
        <translation>Inviare un breve SMS: copiare il testo, inviarlo dal telefono dell&apos;officina, poi confermare qui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="88"/>
        <source>E-mail the “{letter}”: compose the e-mail, attach the PDF it saves, send it, then confirm here.</source>
        <translation>Inviare per e-mail “{letter}”: preparare l&apos;e-mail, allegare il PDF salvato, inviarla, poi confermare qui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="90"/>
        <source>Send the customer an e-mail, then confirm here.</source>
        <translation>Inviare un&apos;e-mail al cliente, poi confermare qui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="93"/>
        <source>Print the “{letter}” and post it (Write the letter… prepares and records it).</source>
        <translation>Stampare e spedire per posta “{letter}” (“Scrivi la lettera…” la prepara e la registra).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="94"/>
        <location filename="../workshop_desk/ui/collection_names.py" line="98"/>
        <source>letter</source>
        <translation>lettera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="97"/>
        <source>Send the “{letter}” by registered post with a return receipt, and keep the receipt: it is evidence.</source>
        <translation>Spedire “{letter}” per raccomandata con ricevuta di ritorno e conservare la ricevuta: vale come prova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="100"/>
        <source>Hand the account to the lawyer or collection agency, with the case file: invoices, letters sent and this contact log.</source>
        <translation>Affidare la posizione al legale o all&apos;agenzia di recupero crediti, con il fascicolo: fatture, lettere inviate e questo registro contatti.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="111"/>
        <source>Broken promise: {amount} by {day}</source>
        <translation>Promessa non mantenuta: {amount} entro il {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/collection_names.py" line="115"/>
        <source>Next step on the ladder, for %n unpaid item(s)</source>
        <translation>
            <numerusform>Prossima fase del percorso di sollecito, per %n partita non pagata</numerusform>
            <numerusform>Prossima fase del percorso di sollecito, per %n partite non pagate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="116"/>
        <source>Next step on the ladder</source>
        <translation>Prossima fase del percorso di sollecito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="127"/>
        <source>Moved to {day}: contact limit for calls</source>
        <translation>Spostata al {day}: limiti di contatto per le telefonate</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="128"/>
        <source>Moved to {day}: contact limit for messages</source>
        <translation>Spostata al {day}: limiti di contatto per i messaggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="134"/>
        <source>Moved to {day}: daily contact limit for calls ({count} of {limit})</source>
        <translation>Spostata al {day}: limite giornaliero di telefonate ({count} di {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="136"/>
        <source>Moved to {day}: daily contact limit for messages ({count} of {limit})</source>
        <translation>Spostata al {day}: limite giornaliero di messaggi ({count} di {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="138"/>
        <source>Moved to {day}: weekly contact limit for calls ({count} of {limit})</source>
        <translation>Spostata al {day}: limite settimanale di telefonate ({count} di {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="140"/>
        <source>Moved to {day}: weekly contact limit for messages ({count} of {limit})</source>
        <translation>Spostata al {day}: limite settimanale di messaggi ({count} di {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="142"/>
        <source>Moved to {day}: monthly contact limit for calls ({count} of {limit})</source>
        <translation>Spostata al {day}: limite mensile di telefonate ({count} di {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="143"/>
        <source>Moved to {day}: monthly contact limit for messages ({count} of {limit})</source>
        <translation>Spostata al {day}: limite mensile di messaggi ({count} di {limit})</translation>
    </message>
</context>
<context>
    <name>CollectionSettings</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="48"/>
        <source>Actual days / 365</source>
        <translation>Giorni effettivi / 365</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="49"/>
        <source>Actual days / 365, or 366 in a leap year</source>
        <translation>Giorni effettivi / 365, o 366 negli anni bisestili</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="52"/>
        <source>Actual days / 360 (a monthly rate, pro rata)</source>
        <translation>Giorni effettivi / 360 (tasso mensile, pro rata)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="60"/>
        <source>Enter at least one rate period.</source>
        <translation>Inserire almeno un periodo con il relativo tasso.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="61"/>
        <source>Two periods start on the same day: keep one of them.</source>
        <translation>Due periodi iniziano lo stesso giorno: tenerne solo uno.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="64"/>
        <source>A rate must be between 0 and 100 %.</source>
        <translation>Un tasso deve essere compreso tra 0 e 100%.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="67"/>
        <source>The margin must be between −100 and 100 points.</source>
        <translation>La maggiorazione deve essere compresa tra −100 e 100 punti.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="70"/>
        <source>List the amounts from the smallest debt up; only the last row may have no upper bound.</source>
        <translation>Elencare gli importi partendo dal debito più piccolo; solo l&apos;ultima riga può non avere un limite superiore.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="74"/>
        <source>The fine must be between 0 and 100 %.</source>
        <translation>La penale deve essere compresa tra 0 e 100%.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="118"/>
        <source>These base rates come with the program, not from an official source: please check them against the official rate.</source>
        <translation>Questi tassi di riferimento sono forniti con il programma, non da una fonte ufficiale: verificarli con il tasso ufficiale.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="131"/>
        <source>From</source>
        <translation>Decorrenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="132"/>
        <source>Base rate %</source>
        <translation>Tasso di riferimento %</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="135"/>
        <source>Add period</source>
        <translation>Aggiungi periodo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="136"/>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="160"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="148"/>
        <source>For a debt under</source>
        <translation>Per debiti inferiori a</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="149"/>
        <source>Compensation</source>
        <translation>Risarcimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="153"/>
        <source>Leave the last “For a debt under” empty: it applies to any larger debt.</source>
        <translation>Lasciare vuoto l&apos;ultimo “Per debiti inferiori a”: vale per qualsiasi debito maggiore.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="159"/>
        <source>Add amount</source>
        <translation>Aggiungi importo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="183"/>
        <source>Base rate:</source>
        <translation>Tasso di riferimento:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="184"/>
        <source>Margin (points):</source>
        <translation>Maggiorazione (punti):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="185"/>
        <source>Day count:</source>
        <translation>Conteggio dei giorni:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="187"/>
        <source>Flat compensation:</source>
        <translation>Risarcimento forfettario:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="190"/>
        <source>One-off fine %:</source>
        <translation>Penale una tantum %:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="195"/>
        <source>Legal basis ({language}):</source>
        <translation>Riferimento normativo ({language}):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="227"/>
        <source>any amount</source>
        <translation>qualsiasi importo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="244"/>
        <source>From {day}: {problem}</source>
        <translation>Dal {day}: {problem}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="266"/>
        <source>Row {row}: {problem}</source>
        <translation>Riga {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="323"/>
        <source>Business customers</source>
        <translation>Imprese e professionisti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="326"/>
        <source>Private customers (consumers)</source>
        <translation>Clienti privati (consumatori)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="329"/>
        <source>Days given to pay or reply</source>
        <translation>Giorni concessi per pagare o rispondere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="336"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="340"/>
        <source>{letter} ({country})</source>
        <translation>{letter} ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="41"/>
        <source>Phone call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="42"/>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="44"/>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="92"/>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="45"/>
        <source>Registered letter</source>
        <translation>Raccomandata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="46"/>
        <source>Hand over (lawyer, collector)</source>
        <translation>Affidamento (legale, agenzia di recupero)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="52"/>
        <source>The ladder needs at least one step.</source>
        <translation>Il percorso di sollecito deve avere almeno una fase.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="53"/>
        <source>Step {row} must come on a later day than the step before it.</source>
        <translation>La fase {row} deve cadere in un giorno successivo a quello della fase precedente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="56"/>
        <source>Step {row}: the day must be within a year of the due date.</source>
        <translation>Fase {row}: il giorno deve essere entro un anno dalla scadenza.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="59"/>
        <source>Step {row} sends a letter: choose which one.</source>
        <translation>La fase {row} invia una lettera: scegliere quale.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="62"/>
        <source>Step {row} is the same step as one above it: remove one of them.</source>
        <translation>La fase {row} è uguale a una fase precedente: rimuoverne una.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="90"/>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="181"/>
        <source>Day from due date</source>
        <translation>Giorni dalla scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="91"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="93"/>
        <source>Fee ({currency})</source>
        <translation>Spese ({currency})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="112"/>
        <source>Each unpaid installment climbs the ladder: a step falls due this many days after the due date (negative: before it). A fee is charged once, when the step is done.</source>
        <translation>Ogni rata non pagata avanza lungo il percorso di sollecito: una fase scade dopo il numero di giorni indicato dalla scadenza (se negativo: prima). Le spese vengono addebitate una sola volta, quando la fase viene eseguita.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="126"/>
        <source>&amp;Add step</source>
        <translation>&amp;Aggiungi fase</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="127"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="128"/>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="129"/>
        <source>Move do&amp;wn</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="130"/>
        <source>Reset to &amp;default</source>
        <translation>Ripristina pre&amp;definito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="187"/>
        <source>— none —</source>
        <translation>— nessuna —</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="193"/>
        <source>no fee</source>
        <translation>nessuna spesa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="255"/>
        <source>Step {row}, fee: {problem}</source>
        <translation>Fase {row}, spese: {problem}</translation>
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
    <name>ContactError</name>
    <message>
        <location filename="../workshop_desk/services/collections.py" line="330"/>
        <source>a promise needs a date from today on and an amount</source>
        <extracomment>Shown after “The contact cannot be logged:”, so lower case and without a full stop.</extracomment>
        <translation>una promessa di pagamento richiede una data da oggi in poi e un importo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/collections.py" line="331"/>
        <source>say what the customer disputes</source>
        <translation>indicare cosa contesta il cliente</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="35"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="36"/>
        <source>How</source>
        <translation>Mezzo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="37"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="38"/>
        <source>Step</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="39"/>
        <source>By</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="40"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="87"/>
        <source>Promised to pay {amount} by {day}</source>
        <translation>Promessa di pagare {amount} entro il {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="98"/>
        <source>Corrects the entry of {when}: {note}</source>
        <translation>Corregge la voce del {when}: {note}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="118"/>
        <source>Corrected by the entry of {when}</source>
        <translation>Corretta dalla voce del {when}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="124"/>
        <source>A letter was recorded with this contact (see Letters)</source>
        <translation>Con questo contatto è stata registrata una lettera (vedere Lettere)</translation>
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
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="134"/>
        <source>Reminders:</source>
        <translation>Solleciti:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="135"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="145"/>
        <source>Two-letter country code; empty: the shop&apos;s country</source>
        <translation>Codice nazione di due lettere; vuoto: la nazione dell&apos;officina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="154"/>
        <source>Same as the shop ({language})</source>
        <translation>Come l&apos;officina ({language})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="172"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="175"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="203"/>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="205"/>
        <source>Customer {code} — {name}</source>
        <translation>Cliente {code} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="229"/>
        <source>the shop&apos;s country ({country})</source>
        <translation>la nazione dell&apos;officina ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="277"/>
        <source>Enter a code: every customer needs one.</source>
        <translation>Inserire un codice: ogni cliente deve averne uno.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="279"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Inserire il nome del cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="281"/>
        <source>The limit cannot be negative: 0 means no credit at all.</source>
        <translation>Il fido non può essere negativo: 0 significa nessun fido.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="308"/>
        <source>Changed meanwhile</source>
        <translation>Modificato nel frattempo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="310"/>
        <source>This customer was changed by someone else meanwhile. Close this window and open the customer again to see the changes.</source>
        <translation>Nel frattempo qualcun altro ha modificato questo cliente. Chiudere questa finestra e riaprire il cliente per vedere le modifiche.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="323"/>
        <source>Customer {code} ({name}) already has this code.</source>
        <translation>Il cliente {code} ({name}) ha già questo codice.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="324"/>
        <source>Customer {code} ({name}) already has this code. Open that customer?</source>
        <translation>Il cliente {code} ({name}) ha già questo codice. Aprire quel cliente?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="327"/>
        <source>Customer {code} ({name}) already has this tax id.</source>
        <translation>Il cliente {code} ({name}) ha già questa partita IVA / codice fiscale.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="328"/>
        <source>Customer {code} ({name}) already has this tax id. Open that customer?</source>
        <translation>Il cliente {code} ({name}) ha già questa partita IVA / codice fiscale. Aprire quel cliente?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="334"/>
        <source>Already in use</source>
        <translation>Già in uso</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="65"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="66"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="67"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="68"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="69"/>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="70"/>
        <source>Limit</source>
        <translation>Fido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="71"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="30"/>
        <source>Search name, code, phone, city, plate or serial…</source>
        <translation>Cerca nome, codice, telefono, città, targa o n. di serie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="118"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clienti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="120"/>
        <source>{shown} of {count}</source>
        <translation>{shown} di {count}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="79"/>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Apre il calendario per scegliere la data (Alt+Freccia giù)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="84"/>
        <source>A date like {example}; {iso} is understood too. Up and Down change it by a day.</source>
        <translation>Una data come {example}; si accetta anche {iso}. Freccia su e Freccia giù la cambiano di un giorno.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="155"/>
        <source>There is no {typed} in the calendar (the date stays {day}).</source>
        <translation>La data {typed} non esiste nel calendario (la data resta {day}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="157"/>
        <source>Enter a date from {first} to {last} (the date stays {day}).</source>
        <translation>Inserire una data dal {first} al {last} (la data resta {day}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="159"/>
        <source>A date is needed (the date stays {day}).</source>
        <translation>Inserire una data (la data resta {day}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="161"/>
        <source>Not a date: write it like {example} or {iso} (the date stays {day}).</source>
        <translation>Data non valida: scriverla come {example} o {iso} (la data resta {day}).</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="64"/>
        <source>Welcome to Workshop Desk</source>
        <translation>Benvenuti in Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="82"/>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Tell the program about your shop: its name and address head every letter, its country sets the currency and the language. Or press &lt;i&gt;Load demo data&lt;/i&gt; to try the program with an invented shop first.</source>
        <translation>&lt;b&gt;Benvenuti!&lt;/b&gt; Inserire i dati dell&apos;officina: nome e indirizzo compaiono in testa a ogni lettera, la nazione determina valuta e lingua. Oppure premere &lt;i&gt;Carica dati demo&lt;/i&gt; per provare prima il programma con un&apos;officina di fantasia.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="93"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nome officina:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="94"/>
        <source>&amp;Address:</source>
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="95"/>
        <source>P&amp;ostal code:</source>
        <translation>CA&amp;P:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="97"/>
        <source>C&amp;ity:</source>
        <translation>C&amp;ittà:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="101"/>
        <source>Co&amp;untry:</source>
        <translation>Na&amp;zione:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="102"/>
        <source>Cu&amp;rrency:</source>
        <translation>Valu&amp;ta:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="103"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="107"/>
        <source>&amp;Tax id:</source>
        <translation>P.I&amp;VA / C.F.:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="108"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="109"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="110"/>
        <source>Ban&amp;k:</source>
        <translation>Banc&amp;a:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="111"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="112"/>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="54"/>
        <source>Other…</source>
        <translation>Altra…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="56"/>
        <source>code, e.g. FR</source>
        <translation>codice, es. FR</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="124"/>
        <source>Load &amp;demo data</source>
        <translation>Carica dati de&amp;mo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="127"/>
        <source>Fill the program with an invented shop (150 customers with invoices and payments) in the language of the country chosen above</source>
        <translation>Riempie il programma con un&apos;officina di fantasia (150 clienti con fatture e pagamenti) nella lingua della nazione scelta sopra</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="137"/>
        <source>&amp;Save profile</source>
        <translation>&amp;Salva profilo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="107"/>
        <source>Three-letter currency code, e.g. EUR</source>
        <translation>Codice valuta di tre lettere, es. EUR</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="109"/>
        <source>Follows from the country</source>
        <translation>Determinata dalla nazione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="179"/>
        <source>Not empty any more</source>
        <translation>Database non più vuoto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="181"/>
        <source>Someone else has set up this database meanwhile, so the demo was not loaded. Start the program again to see what it holds.</source>
        <translation>Nel frattempo qualcun altro ha configurato questo database, quindi la demo non è stata caricata. Riavviare il programma per vederne il contenuto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="130"/>
        <source>Enter the name of your shop: it heads every letter.</source>
        <translation>Inserire il nome dell&apos;officina: compare in testa a ogni lettera.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="134"/>
        <source>Enter the country as its two-letter code, like FR, DE or ES.</source>
        <translation>Inserire la nazione con il codice di due lettere, come FR, DE o ES.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="138"/>
        <source>Enter the currency as its three-letter code, like EUR or CHF.</source>
        <translation>Inserire la valuta con il codice di tre lettere, come EUR o CHF.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="154"/>
        <source>This is not a valid BIC: 8 or 11 letters and digits, like UNCRITMM.</source>
        <translation>BIC non valido: servono 8 o 11 lettere e cifre, come UNCRITMM.</translation>
    </message>
</context>
<context>
    <name>FormTexts</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="45"/>
        <source>that country</source>
        <translation>quella indicata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="47"/>
        <source>This field cannot be empty.</source>
        <translation>Questo campo non può essere vuoto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="48"/>
        <source>This is too long: please shorten it.</source>
        <translation>Testo troppo lungo: accorciarlo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="49"/>
        <source>The amount cannot be negative.</source>
        <translation>L&apos;importo non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="50"/>
        <source>Write the country as its two-letter code, like IT, GB or HU.</source>
        <translation>Inserire la nazione con il codice di due lettere, come IT, GB o HU.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="53"/>
        <source>This tax id has the wrong number of characters for {country}.</source>
        <translation>Questa partita IVA / codice fiscale ha un numero di caratteri errato (nazione: {country}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="56"/>
        <source>This is not written like a tax id of {country}.</source>
        <translation>Il formato non è quello di una partita IVA / codice fiscale (nazione: {country}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="59"/>
        <source>The check digit of this tax id is wrong for {country}: probably a typing mistake.</source>
        <translation>La cifra di controllo di questa partita IVA / codice fiscale è errata (nazione: {country}): probabilmente un errore di battitura.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="62"/>
        <source>This is not a valid e-mail address (it looks like name@example.com).</source>
        <translation>Indirizzo e-mail non valido (deve avere la forma nome@example.com).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="65"/>
        <source>This is not a valid phone number: digits, spaces and + - ( ) / only, at least 6 digits.</source>
        <translation>Numero di telefono non valido: solo cifre, spazi e + - ( ) /, almeno 6 cifre.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="68"/>
        <source>This is not a valid IBAN: check the country code, the length and the check digits.</source>
        <translation>IBAN non valido: controllare il codice nazione, la lunghezza e le cifre di controllo.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="71"/>
        <source>Hand over {name}</source>
        <translation>Affidamento al legale — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="84"/>
        <source>Overdue {overdue}  ·  open balance {open}</source>
        <translation>Scaduto {overdue}  ·  saldo aperto {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="94"/>
        <source>⚠ This account was handed over on {day}. Handing it over again logs a new entry.</source>
        <translation>⚠ Questa posizione è già stata affidata il {day}. Affidandola di nuovo si registra una nuova voce.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="102"/>
        <source>To whom, and their reference (optional)</source>
        <translation>A chi e con quale riferimento (facoltativo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="109"/>
        <source>Preparing the case file…</source>
        <translation>Preparazione del fascicolo…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="116"/>
        <source>&amp;Save case file…</source>
        <translation>&amp;Salva fascicolo…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="118"/>
        <source>One PDF for the lawyer or collector: the account, the interest, the contact log and every letter</source>
        <translation>Un unico PDF per il legale o l&apos;agenzia di recupero: posizione, interessi, registro contatti e tutte le lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="121"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Affida</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="123"/>
        <source>Log the hand-over: the account leaves the collection ladder and is marked as handed over</source>
        <translation>Registra l&apos;affidamento: la posizione esce dal percorso di sollecito e viene segnata come affidata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="131"/>
        <source>Before handing over</source>
        <translation>Prima dell&apos;affidamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="135"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="167"/>
        <source>case file</source>
        <translation>fascicolo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="173"/>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="213"/>
        <source>Save case file</source>
        <translation>Salva fascicolo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="173"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="202"/>
        <source>Case file saved as {name}.</source>
        <translation>Fascicolo salvato come {name}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="214"/>
        <source>The case file could not be saved: {reason}.</source>
        <translation>Impossibile salvare il fascicolo: {reason}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="227"/>
        <source>Hand over</source>
        <translation>Affida al legale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="228"/>
        <source>Not every check is passed:

{checks}

Hand the account over all the same?</source>
        <translation>Non tutte le verifiche sono superate:

{checks}

Affidare comunque la posizione?</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="41"/>
        <source>Over the debt limit</source>
        <translation>Oltre il fido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="42"/>
        <source>Missed installment</source>
        <translation>Rata insoluta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="43"/>
        <location filename="../workshop_desk/ui/highlights.py" line="74"/>
        <location filename="../workshop_desk/ui/highlights.py" line="100"/>
        <source>Blocked: no new credit</source>
        <translation>Bloccato: fido sospeso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="44"/>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="82"/>
        <source>Over limit by {excess} — limit {limit}, open {open}</source>
        <translation>Oltre il fido di {excess} — fido {limit}, aperto {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="91"/>
        <source>Installment {seq} of {count} of invoice {number}, due {due}, {unpaid} unpaid</source>
        <translation>Rata {seq} di {count} della fattura {number}, scadenza {due}, da pagare {unpaid}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/highlights.py" line="103"/>
        <source>{amount} overdue, %n day(s) late</source>
        <translation>
            <numerusform>{amount} scaduto, %n giorno di ritardo</numerusform>
            <numerusform>{amount} scaduto, %n giorni di ritardo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="38"/>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="39"/>
        <source>Installment</source>
        <translation>Rata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="40"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="41"/>
        <source>Collection charge</source>
        <translation>Spesa di sollecito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="42"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="43"/>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="50"/>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="51"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="52"/>
        <source>invoice</source>
        <translation>fattura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="53"/>
        <source>issue date</source>
        <translation>data di emissione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="54"/>
        <source>due date</source>
        <translation>scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="55"/>
        <source>total</source>
        <translation>totale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="56"/>
        <source>deposit</source>
        <translation>acconto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="57"/>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="58"/>
        <source>reason for voiding</source>
        <translation>motivo dell&apos;annullamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="59"/>
        <source>reason for credit beyond the limit</source>
        <translation>motivo della deroga al fido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="60"/>
        <source>installment number</source>
        <translation>numero rata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="61"/>
        <source>amount</source>
        <translation>importo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="62"/>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="63"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="64"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="65"/>
        <source>method</source>
        <translation>modalità</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="66"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="67"/>
        <source>debt limit</source>
        <translation>fido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="68"/>
        <source>blocked</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="69"/>
        <source>handed over on</source>
        <translation>data di affidamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="77"/>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="78"/>
        <source>void</source>
        <translation>annullata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="79"/>
        <source>payment</source>
        <translation>pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="80"/>
        <source>write-off</source>
        <translation>stralcio</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="81"/>
        <source>moved to a new plan</source>
        <translation>trasferimento in un nuovo piano</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="82"/>
        <source>cash</source>
        <translation>contanti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="83"/>
        <source>card</source>
        <translation>carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="84"/>
        <source>bank transfer</source>
        <translation>bonifico</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="85"/>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="92"/>
        <source>added</source>
        <translation>creazione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="93"/>
        <source>changed</source>
        <translation>modifica</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="94"/>
        <source>removed</source>
        <translation>eliminazione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="115"/>
        <source>History of {name}</source>
        <translation>Storico di {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="118"/>
        <source>Every change to invoices, installments, payments, write-offs and credit terms, newest first: when, who, and the value before and after. Nobody can edit this history.</source>
        <translation>Tutte le modifiche a fatture, rate, pagamenti, stralci e condizioni di credito, dalla più recente: quando, chi e il valore prima e dopo. Nessuno può modificare questo storico.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="132"/>
        <source>No changes recorded yet.</source>
        <translation>Nessuna modifica registrata finora.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="134"/>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Esporta dati personali…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="136"/>
        <source>Everything the shop holds about this customer, as a JSON file and a readable PDF</source>
        <translation>Tutti i dati che l&apos;officina conserva su questo cliente, in un file JSON e in un PDF leggibile</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="138"/>
        <source>&amp;Erase personal data…</source>
        <translation>Ca&amp;ncella dati personali…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="171"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="173"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="185"/>
        <source>Folder for the personal data files</source>
        <translation>Cartella per i file dei dati personali</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="194"/>
        <source>Personal data exported</source>
        <translation>Dati personali esportati</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="195"/>
        <source>Written, readable by you only:
{json}
{pdf}</source>
        <translation>File salvati, leggibili solo dall&apos;utente corrente:
{json}
{pdf}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="201"/>
        <source>Erase personal data</source>
        <translation>Cancella dati personali</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="203"/>
        <source>Erase the personal data of {name}?

E-mail, phone, IBAN, notes, vehicles and the notes of the contact log are erased now. Name, tax id and address stay while the law requires the invoices to be kept; amounts and dates stay as accounting records. This cannot be undone.</source>
        <translation>Cancellare i dati personali di {name}?

E-mail, telefono, IBAN, note, veicoli e note del registro contatti vengono cancellati subito. Nome, P.IVA / C.F. e indirizzo restano finché la legge impone di conservare le fatture; importi e date restano come registrazioni contabili. L&apos;operazione è irreversibile.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="216"/>
        <source>Not erased</source>
        <translation>Dati non cancellati</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="219"/>
        <source>Erased. Name, tax id and address are kept until {day}, when the invoices may be discarded.</source>
        <translation>Dati cancellati. Nome, P.IVA / C.F. e indirizzo vengono conservati fino al {day}, quando le fatture potranno essere eliminate.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="222"/>
        <source>Erased. Only amounts and dates remain, under the customer code.</source>
        <translation>Dati cancellati. Restano solo importi e date, associati al codice cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="223"/>
        <source>Personal data erased</source>
        <translation>Dati personali cancellati</translation>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="959"/>
        <source>The deposit is larger than the total.</source>
        <translation>L&apos;acconto supera il totale.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="670"/>
        <source>No plan: {amount} falls due on {day}.</source>
        <translation>Nessuna rateizzazione: {amount} scade il {day}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="674"/>
        <source>{amount} in %n installment(s), the last on {day}.</source>
        <translation>
            <numerusform>{amount} in %n rata, con scadenza il {day}.</numerusform>
            <numerusform>{amount} in %n rate, l&apos;ultima il {day}.</numerusform>
        </translation>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="957"/>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="945"/>
        <source>Number {taken} was taken meanwhile: {number} is the next free one. Save again.</source>
        <translation>Nel frattempo il numero {taken} è stato usato: il primo libero è {number}. Salvare di nuovo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="950"/>
        <source>Number {number} is taken: choose another.</source>
        <translation>Il numero {number} è già usato: sceglierne un altro.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="958"/>
        <source>Amounts cannot be negative.</source>
        <translation>Gli importi non possono essere negativi.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="960"/>
        <source>The due date is before the issue date.</source>
        <translation>La scadenza è precedente alla data di emissione.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="963"/>
        <source>The first installment falls due before the issue date.</source>
        <translation>La prima rata scade prima della data di emissione.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="967"/>
        <source>The installments do not add up to the total less the deposit.</source>
        <translation>La somma delle rate non corrisponde al totale meno l&apos;acconto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="969"/>
        <source>This invoice is void: it cannot be changed.</source>
        <translation>Questa fattura è annullata: non si può modificare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="972"/>
        <source>An invoice stays with its customer: void it and issue a new one instead.</source>
        <translation>Una fattura non può cambiare cliente: annullarla ed emetterne una nuova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="974"/>
        <source>This invoice is void already.</source>
        <translation>Questa fattura è già annullata.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="975"/>
        <source>Say why the invoice is voided.</source>
        <translation>Indicare il motivo dell&apos;annullamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="978"/>
        <source>The invoice cannot be saved: {reason}</source>
        <translation>Impossibile salvare la fattura: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="983"/>
        <source>Someone else changed this invoice meanwhile. Reload it to see their changes, then edit again.</source>
        <translation>Nel frattempo qualcun altro ha modificato questa fattura. Ricaricarla per vedere le modifiche, poi modificarla di nuovo.</translation>
    </message>
</context>
<context>
    <name>InvoiceError</name>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="96"/>
        <source>the invoice needs a number</source>
        <extracomment>Shown after “The invoice cannot be saved:”, so lower case and without a full stop.</extracomment>
        <translation>la fattura deve avere un numero</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="97"/>
        <source>amounts cannot be negative</source>
        <translation>gli importi non possono essere negativi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="98"/>
        <source>the deposit is larger than the total</source>
        <translation>l&apos;acconto supera il totale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="99"/>
        <source>the due date is before the issue date</source>
        <translation>la scadenza è precedente alla data di emissione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="100"/>
        <source>the installments do not add up to the total less the deposit</source>
        <translation>la somma delle rate non corrisponde al totale meno l&apos;acconto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="101"/>
        <source>an installment falls due before the invoice is issued</source>
        <translation>una rata scade prima dell&apos;emissione della fattura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="104"/>
        <source>invoice number {number} exists already</source>
        <translation>il numero di fattura {number} esiste già</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="105"/>
        <source>a void invoice cannot be changed</source>
        <translation>una fattura annullata non si può modificare</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="106"/>
        <source>an invoice stays with its customer: void it and issue a new one instead</source>
        <translation>una fattura non può cambiare cliente: annullarla ed emetterne una nuova</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="109"/>
        <source>payments are recorded against this invoice: void it and issue a new one instead</source>
        <translation>su questa fattura sono registrati pagamenti: annullarla ed emetterne una nuova</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="112"/>
        <source>say why the invoice is voided</source>
        <translation>indicare il motivo dell&apos;annullamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="113"/>
        <source>the invoice is void already</source>
        <translation>la fattura è già annullata</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="30"/>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="31"/>
        <source>partly paid</source>
        <translation>pagata in parte</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="32"/>
        <source>paid</source>
        <translation>pagata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="33"/>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="34"/>
        <source>void</source>
        <translation>annullata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="78"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="79"/>
        <source>Issued</source>
        <translation>Emissione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="80"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="81"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="82"/>
        <source>Vehicle / device</source>
        <translation>Veicolo / apparecchio</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="83"/>
        <source>Work</source>
        <translation>Lavori</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="84"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="85"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="218"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n rata</numerusform>
            <numerusform>%n rate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="236"/>
        <source>Paid {paid}, unpaid {unpaid}</source>
        <translation>Pagato {paid}, da pagare {unpaid}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="240"/>
        <source>Overdue {amount}</source>
        <translation>Scaduto {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="244"/>
        <source>%n missed installment(s)</source>
        <translation>
            <numerusform>%n rata insoluta</numerusform>
            <numerusform>%n rate insolute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="24"/>
        <source>Search number, customer, phone, plate or work…</source>
        <translation>Cerca numero, cliente, telefono, targa o lavori…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="72"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln fattura</numerusform>
            <numerusform>%Ln fatture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="113"/>
        <source>Letter to {name}</source>
        <translation>Lettera a {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="151"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="153"/>
        <source>Record the letter in the customer&apos;s history and print it (Ctrl+P)</source>
        <translation>Registra la lettera nello storico del cliente e la stampa (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="154"/>
        <source>&amp;Save PDF…</source>
        <translation>Salva &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="157"/>
        <source>Record the letter in the customer&apos;s history and save it as a PDF (Ctrl+S)</source>
        <translation>Registra la lettera nello storico del cliente e la salva in PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="167"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="168"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="169"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="239"/>
        <source>A “{kind}” cannot be written for this customer.</source>
        <translation>Per questo cliente non si può scrivere la lettera “{kind}”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="249"/>
        <source>{problems}

Correct the text in Settings → Letter texts…</source>
        <translation>{problems}

Correggere il testo in Impostazioni → Testi delle lettere…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="253"/>
        <source>The text of the “{kind}” in {language} has problems: the letter cannot be written.</source>
        <translation>Il testo della lettera “{kind}” in {language} contiene errori: impossibile scrivere la lettera.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="296"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="309"/>
        <source>Print letter</source>
        <translation>Stampa lettera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="310"/>
        <source>The printer could not be opened. Nothing was recorded: check the printer and try again.</source>
        <translation>Impossibile aprire la stampante. Non è stato registrato nulla: controllare la stampante e riprovare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="321"/>
        <source>Printed, and recorded in the customer&apos;s letters.</source>
        <translation>Stampata e registrata tra le lettere del cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="331"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="346"/>
        <source>Save letter as PDF</source>
        <translation>Salva lettera in PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="331"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="347"/>
        <source>The letter could not be saved in {path}: {reason}. Nothing was recorded.</source>
        <translation>Impossibile salvare la lettera in {path}: {reason}. Non è stato registrato nulla.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="353"/>
        <source>Saved as {name}, and recorded in the customer&apos;s letters.</source>
        <translation>Salvata come {name} e registrata tra le lettere del cliente.</translation>
    </message>
</context>
<context>
    <name>LetterNames</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="27"/>
        <source>Courtesy reminder</source>
        <translation>Avviso di scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="28"/>
        <source>Payment reminder</source>
        <translation>Sollecito di pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="29"/>
        <source>Second reminder</source>
        <translation>Secondo sollecito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="30"/>
        <source>Formal claim letter</source>
        <translation>Messa in mora</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="31"/>
        <source>Missed installment notice</source>
        <translation>Avviso di rate insolute</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="32"/>
        <source>Statement of account</source>
        <translation>Estratto conto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="45"/>
        <source>The account is paid: there is nothing to remind.</source>
        <translation>La posizione è saldata: non c&apos;è nulla da sollecitare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="46"/>
        <source>Nothing is overdue on this account. A courtesy reminder or a statement of account fits instead.</source>
        <translation>Su questa posizione non c&apos;è nulla di scaduto. È più adatto un avviso di scadenza o un estratto conto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="50"/>
        <source>No installment of a payment plan is missed on this account.</source>
        <translation>Su questa posizione non ci sono rate insolute di un piano rateale.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="53"/>
        <source>Nothing is left to fall due on this account, so there is nothing to announce. A statement of account fits instead.</source>
        <translation>Su questa posizione non c&apos;è più nulla in scadenza, quindi non c&apos;è nulla da annunciare. È più adatto un estratto conto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="65"/>
        <source>No reminder was sent before this claim letter (the program has no record of one). A formal claim usually follows at least one payment reminder.</source>
        <translation>Prima di questa messa in mora non è stato inviato alcun sollecito (il programma non ne ha traccia). Di solito la messa in mora segue almeno un sollecito di pagamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="71"/>
        <source>No reminder was sent before this second reminder (the program has no record of one).</source>
        <translation>Prima di questo secondo sollecito non è stato inviato alcun sollecito (il programma non ne ha traccia).</translation>
    </message>
</context>
<context>
    <name>LetterTextProblem</name>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="71"/>
        <source>the text is not valid TOML: {error}</source>
        <extracomment>A problem of a letter text the user edits in Settings → Letter texts; the quoted words are the TOML keys and placeholders of the file, which stay as they are.</extracomment>
        <translation>il testo non è TOML valido: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="72"/>
        <source>the key &apos;{key}&apos; is missing</source>
        <translation>manca la chiave &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="73"/>
        <source>the key &apos;{key}&apos; is not one of {keys}</source>
        <translation>la chiave &apos;{key}&apos; non è tra quelle ammesse: {keys}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="74"/>
        <source>unknown placeholder {placeholder} in &apos;{key}&apos;</source>
        <translation>segnaposto sconosciuto {placeholder} in &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="75"/>
        <source>a brace in &apos;{key}&apos; is not part of a placeholder like {example}</source>
        <translation>una parentesi graffa in &apos;{key}&apos; non fa parte di un segnaposto come {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="78"/>
        <source>block markers such as [[items]] belong in the body, not in &apos;{key}&apos;</source>
        <translation>i blocchi come [[items]] vanno nel corpo della lettera (&apos;body&apos;), non in &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="81"/>
        <source>unknown block [[{block}]]</source>
        <translation>blocco sconosciuto [[{block}]]</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="82"/>
        <source>a block marker must stand alone on its line: {line}</source>
        <translation>un blocco deve stare da solo sulla sua riga: {line}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="83"/>
        <source>no value for {placeholder}</source>
        <translation>nessun valore per {placeholder}</translation>
    </message>
</context>
<context>
    <name>LetterTextsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="78"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="206"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="329"/>
        <source>Letter texts</source>
        <translation>Testi delle lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="107"/>
        <source>Write {placeholders} such as {customer_name} or {deadline} where the letter fills in its figures; put blocks such as [[items]] or [[payment]] on a line of their own. Hover here for the full list.</source>
        <translation>Scrivere i {segnaposto}, come {customer_name} o {deadline}, dove la lettera inserisce i suoi dati; mettere i blocchi, come [[items]] o [[payment]], su una riga a sé. Passare il mouse qui per l&apos;elenco completo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="114"/>
        <source>Placeholders: {names}
Blocks: {blocks}</source>
        <translation>Segnaposto: {names}
Blocchi: {blocks}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="119"/>
        <source>This text cannot be saved:</source>
        <translation>Impossibile salvare questo testo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="140"/>
        <source>&amp;Reset to default…</source>
        <translation>&amp;Ripristina originale…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="147"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="147"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="158"/>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="206"/>
        <source>Discard your changes to this text and open the other one?</source>
        <translation>Scartare le modifiche a questo testo e aprire l&apos;altro?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="237"/>
        <source>The shop&apos;s own text (edited).</source>
        <translation>Testo personalizzato dell&apos;officina (modificato).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="237"/>
        <source>The text shipped with the program.</source>
        <translation>Testo originale del programma.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="263"/>
        <source>The preview shows the last text without problems.</source>
        <translation>L&apos;anteprima mostra l&apos;ultimo testo senza errori.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="269"/>
        <source>The letter cannot be laid out with this text: {error}</source>
        <translation>Impossibile impaginare la lettera con questo testo: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="273"/>
        <source>Sample: {kind} to {customer}, as of {day}. Nothing is recorded.</source>
        <translation>Esempio: {kind} a {customer}, al {day}. Non viene registrato nulla.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="294"/>
        <source>Saved: new letters use this text.</source>
        <translation>Salvato: le nuove lettere useranno questo testo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="301"/>
        <source>Reset to default</source>
        <translation>Ripristina originale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="302"/>
        <source>Replace the text of the “{kind}” in {language} with the text shipped with the program?</source>
        <translation>Sostituire il testo della lettera “{kind}” in {language} con il testo originale del programma?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="311"/>
        <source>The shipped text applies again.</source>
        <translation>Si usa di nuovo il testo originale.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="329"/>
        <source>Close without saving your changes?</source>
        <translation>Chiudere senza salvare le modifiche?</translation>
    </message>
</context>
<context>
    <name>LetterWarning</name>
    <message>
        <location filename="../workshop_desk/services/letters.py" line="71"/>
        <source>no reminder was sent before this second reminder (the program has no record of one)</source>
        <translation>prima di questo secondo sollecito non è stato inviato alcun sollecito (il programma non ne ha traccia)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/letters.py" line="74"/>
        <source>no reminder was sent before this claim letter (the program has no record of one)</source>
        <translation>prima di questa messa in mora non è stato inviato alcun sollecito (il programma non ne ha traccia)</translation>
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
        <location filename="../workshop_desk/ui/main_window.py" line="53"/>
        <location filename="../workshop_desk/ui/main_window.py" line="509"/>
        <source>Workshop Desk — {shop}</source>
        <translation>Workshop Desk — {shop}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="53"/>
        <location filename="../workshop_desk/ui/main_window.py" line="509"/>
        <source>new shop</source>
        <translation>nuova officina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="66"/>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="67"/>
        <source>&amp;Customers</source>
        <translation>&amp;Clienti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="68"/>
        <source>&amp;Invoices</source>
        <translation>Fatt&amp;ure</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="69"/>
        <source>&amp;Overdue</source>
        <translation>&amp;Scaduti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="70"/>
        <source>&amp;Reports</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="75"/>
        <location filename="../workshop_desk/ui/main_window.py" line="539"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="107"/>
        <source>New &amp;customer…</source>
        <translation>Nuovo &amp;cliente…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="107"/>
        <source>Add a customer</source>
        <translation>Aggiunge un cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="110"/>
        <source>New &amp;invoice…</source>
        <translation>Nuova &amp;fattura…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="110"/>
        <source>Write an invoice or work order</source>
        <translation>Emette una fattura o un ordine di lavoro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="113"/>
        <source>Record &amp;payment…</source>
        <translation>Registra &amp;pagamento…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="113"/>
        <source>Record money received</source>
        <translation>Registra un incasso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="116"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Lettera…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="116"/>
        <source>Write a letter to the selected customer</source>
        <translation>Scrive una lettera al cliente selezionato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="119"/>
        <source>Letters for &amp;selected…</source>
        <translation>Lettere ai &amp;selezionati…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="122"/>
        <source>Write the same kind of letter to every customer selected in the Overdue list</source>
        <translation>Scrive lo stesso tipo di lettera a tutti i clienti selezionati nell&apos;elenco Scaduti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="125"/>
        <source>Letter &amp;texts…</source>
        <translation>&amp;Testi delle lettere…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="125"/>
        <source>Edit the wording of the letters</source>
        <translation>Modifica il testo delle lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="127"/>
        <source>&amp;Open selected…</source>
        <translation>&amp;Apri selezionato…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="128"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="129"/>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="131"/>
        <source>&amp;Legend of the marks</source>
        <translation>&amp;Legenda dei simboli</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="132"/>
        <source>&amp;About Workshop Desk</source>
        <translation>&amp;Informazioni su Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="134"/>
        <source>&amp;Done…</source>
        <translation>&amp;Fatto…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="135"/>
        <source>Log what came of the action selected in the Today tab</source>
        <translation>Registra l&apos;esito dell&apos;azione selezionata nella scheda Oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="138"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Prepara e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="139"/>
        <source>E-mail the letter of the action selected in the Today tab</source>
        <translation>Invia per e-mail la lettera dell&apos;azione selezionata nella scheda Oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="142"/>
        <source>Copy &amp;SMS text</source>
        <translation>Copia testo &amp;SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="143"/>
        <source>Copy the text message of the action selected in the Today tab</source>
        <translation>Copia il testo SMS dell&apos;azione selezionata nella scheda Oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="145"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="150"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="151"/>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="152"/>
        <source>Overdue</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="153"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="160"/>
        <source>History and personal &amp;data…</source>
        <translation>Storico e &amp;dati personali…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="163"/>
        <source>Every change to the customer&apos;s money and credit terms; export or erase their personal data</source>
        <translation>Tutte le modifiche agli importi e alle condizioni di credito del cliente; esporta o cancella i suoi dati personali</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="166"/>
        <source>&amp;Backups…</source>
        <translation>C&amp;opie di sicurezza…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="166"/>
        <source>Make a copy of the shop&apos;s data, or restore one</source>
        <translation>Crea una copia dei dati dell&apos;officina o ne ripristina una</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="191"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Affida al legale…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="194"/>
        <source>Check an account, save its case file, hand it over</source>
        <translation>Verifica una posizione, ne salva il fascicolo e la affida al legale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="197"/>
        <source>&amp;Collection…</source>
        <translation>&amp;Recupero crediti…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="197"/>
        <source>Ladder, contact limits, interest</source>
        <translation>Percorso di sollecito, limiti di contatto, interessi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="199"/>
        <source>&amp;Account</source>
        <translation>&amp;Posizione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="203"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="203"/>
        <source>Language, your name, the shop&apos;s profile</source>
        <translation>Lingua, nome dell&apos;operatore, dati dell&apos;officina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="205"/>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="213"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="240"/>
        <source>Working out who owes what…</source>
        <translation>Calcolo delle posizioni…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="277"/>
        <source>As of {day}:  open {open}  ·  overdue {overdue}  ·  {over} over their limit  ·  {missed} with missed installments</source>
        <translation>Al {day}:  aperto {open}  ·  scaduto {overdue}  ·  {over} oltre il fido  ·  {missed} con rate insolute</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="393"/>
        <source>Record payment</source>
        <translation>Registra pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="393"/>
        <source>Select the customer who paid, then record the payment.</source>
        <translation>Selezionare il cliente che ha pagato, poi registrare il pagamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="425"/>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="425"/>
        <source>Select the customer to write to, then choose Letter… again.</source>
        <translation>Selezionare il cliente a cui scrivere, poi scegliere di nuovo “Lettera…”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="443"/>
        <source>Letters for selected</source>
        <translation>Lettere ai selezionati</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="445"/>
        <source>Select the customers in the Overdue list (Ctrl+click or Shift+click selects several), then choose Letters for selected… again.</source>
        <translation>Selezionare i clienti nell&apos;elenco Scaduti (Ctrl+clic o Maiusc+clic per selezionarne più d&apos;uno), poi scegliere di nuovo “Lettere ai selezionati…”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="469"/>
        <source>Hand over</source>
        <translation>Affida al legale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="469"/>
        <source>Select the customer to hand over, then choose Hand over… again.</source>
        <translation>Selezionare il cliente da affidare, poi scegliere di nuovo “Affida al legale…”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="485"/>
        <source>History and personal data</source>
        <translation>Storico e dati personali</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="486"/>
        <source>Select a customer first, then choose History and personal data… again.</source>
        <translation>Selezionare prima un cliente, poi scegliere di nuovo “Storico e dati personali…”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="540"/>
        <source>&lt;p&gt;Rows are coloured &lt;b&gt;and&lt;/b&gt; marked with an icon; hover a row to read why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le righe sono colorate &lt;b&gt;e&lt;/b&gt; contrassegnate da un&apos;icona; passare il mouse su una riga per leggerne il motivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="550"/>
        <source>About Workshop Desk</source>
        <translation>Informazioni su Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="551"/>
        <source>Workshop Desk {version}
Who owes the shop money, and what to do about it today.</source>
        <translation>Workshop Desk {version}
Chi deve denaro all&apos;officina e cosa fare oggi per incassarlo.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../workshop_desk/ui/messages.py" line="113"/>
        <source>(PDF saved in {path}, please attach it)</source>
        <translation>(PDF salvato in {path}: allegarlo)</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="33"/>
        <source>empty = none</source>
        <translation>vuoto = nessuno</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="39"/>
        <source>Amount in {symbol}, e.g. {example}</source>
        <translation>Importo in {symbol}, es. {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="70"/>
        <source>Enter an amount.</source>
        <translation>Inserire un importo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="75"/>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="87"/>
        <source>The amount is too large.</source>
        <translation>L&apos;importo è troppo elevato.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="77"/>
        <source>Not an amount: write it like {example}.</source>
        <translation>Importo non valido: scriverlo come {example}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="82"/>
        <source>The amount cannot be negative.</source>
        <translation>L&apos;importo non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="84"/>
        <source>At most two decimals.</source>
        <translation>Al massimo due decimali.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="148"/>
        <source>Correct a contact with {name}</source>
        <translation>Correggi un contatto con {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="150"/>
        <source>{step} — {name}</source>
        <translation>{step} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="151"/>
        <source>Log a contact with {name}</source>
        <translation>Registra un contatto con {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="157"/>
        <source>no phone number on file</source>
        <translation>nessun telefono in archivio</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="161"/>
        <source>Select the number to copy it</source>
        <translation>Selezionare il numero per copiarlo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="209"/>
        <source>&amp;How:</source>
        <translation>Me&amp;zzo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="224"/>
        <source>Pays &amp;by:</source>
        <translation>Pa&amp;gherà entro:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="225"/>
        <source>Amo&amp;unt:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="229"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="424"/>
        <source>No&amp;te:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="244"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="256"/>
        <source>Overdue: {amount}</source>
        <translation>Scaduto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="258"/>
        <source>Nothing overdue yet</source>
        <translation>Ancora niente di scaduto</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="261"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>Ritardo: %n giorno</numerusform>
            <numerusform>Ritardo: %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="262"/>
        <source>Open balance: {amount}</source>
        <translation>Saldo aperto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="268"/>
        <source>Step: {step}</source>
        <translation>Fase: {step}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="274"/>
        <source>Due since {day}.</source>
        <translation>Scaduto dal {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="286"/>
        <source>Doing it today goes beyond the contact limit: log it only if it really happened.</source>
        <translation>Eseguirla oggi supera i limiti di contatto: registrarla solo se è avvenuta davvero.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="294"/>
        <source>Handing over takes the account off the ladder for good: the program plans no more reminders for it.</source>
        <translation>Con l&apos;affidamento la posizione esce definitivamente dal percorso di sollecito: il programma non pianifica altri solleciti.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="309"/>
        <source>Entries in the contact log are evidence and are never changed. Saving adds a new entry that corrects the one of {when} ({channel}: {outcome}); say in the note what was wrong.</source>
        <translation>Le voci del registro contatti valgono come prova e non si modificano mai. Salvando si aggiunge una nuova voce che corregge quella del {when} ({channel}: {outcome}); indicare nella nota cosa era sbagliato.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="323"/>
        <source>&amp;Write the letter…</source>
        <translation>Scrivi la lette&amp;ra…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="324"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Prepara &amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="325"/>
        <source>&amp;Copy SMS text</source>
        <translation>Copia testo S&amp;MS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="326"/>
        <source>Prepare, print or save the step&apos;s letter; it is recorded when printed</source>
        <translation>Prepara, stampa o salva la lettera di questa fase; viene registrata alla stampa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="328"/>
        <source>Save the letter as a PDF and open your e-mail program with the message in the customer&apos;s language</source>
        <translation>Salva la lettera in PDF e apre il programma di posta con il messaggio nella lingua del cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="330"/>
        <source>Put a short text in the customer&apos;s language on the clipboard</source>
        <translation>Copia negli appunti un breve testo nella lingua del cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="351"/>
        <source>&amp;Handed over</source>
        <translation>&amp;Affidato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="351"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="365"/>
        <source>S&amp;kip this step</source>
        <translation>Salta &amp;questa fase</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="353"/>
        <source>&amp;E-mail sent</source>
        <translation>E-mail in&amp;viata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="354"/>
        <source>SMS s&amp;ent</source>
        <translation>SMS in&amp;viato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="355"/>
        <source>&amp;Letter printed/sent</source>
        <translation>&amp;Lettera stampata/inviata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="357"/>
        <source>&amp;Reached</source>
        <translation>&amp;Contattato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="358"/>
        <source>&amp;No answer</source>
        <translation>&amp;Non risponde</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="359"/>
        <source>&amp;Promised to pay</source>
        <translation>&amp;Promessa di pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="360"/>
        <source>&amp;Disputed</source>
        <translation>Contestazi&amp;one</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="361"/>
        <source>Wron&amp;g number</source>
        <translation>Numero err&amp;ato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="366"/>
        <source>Only a n&amp;ote (the step stays on the list)</source>
        <translation>Solo &amp;una nota (la fase resta in elenco)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="368"/>
        <source>Only a n&amp;ote</source>
        <translation>Solo &amp;una nota</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="370"/>
        <source>Dispute resol&amp;ved</source>
        <translation>Contestazione &amp;risolta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="374"/>
        <source>What came of it?</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="421"/>
        <source>Disputes wh&amp;at:</source>
        <translation>Cosa contes&amp;ta:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="422"/>
        <source>Wh&amp;y skip:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="426"/>
        <source>Required: what the customer disputes, in their words</source>
        <translation>Obbligatorio: cosa contesta il cliente, con le sue parole</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="427"/>
        <source>Required: why this step is skipped</source>
        <translation>Obbligatorio: perché si salta questa fase</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="428"/>
        <source>How the dispute was settled</source>
        <translation>Come è stata risolta la contestazione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="430"/>
        <source>What was said or done (optional)</source>
        <translation>Cosa è stato detto o fatto (facoltativo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="432"/>
        <source>Required: what was wrong in the entry corrected</source>
        <translation>Obbligatorio: cosa era sbagliato nella voce corretta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="452"/>
        <source>Calls are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the call can still be logged.</source>
        <translation>Le telefonate sono consentite dalle {start}:00 alle {end}:00 dal lunedì al venerdì e dalle {weekend_start}:00 alle {weekend_end}:00 nel fine settimana (limiti di contatto). Ora sono le {now}: la telefonata si può comunque registrare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="458"/>
        <source>Messages are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the message can still be logged.</source>
        <translation>I messaggi sono consentiti dalle {start}:00 alle {end}:00 dal lunedì al venerdì e dalle {weekend_start}:00 alle {weekend_end}:00 nel fine settimana (limiti di contatto). Ora sono le {now}: il messaggio si può comunque registrare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="502"/>
        <source>The “{letter}” is recorded in the customer&apos;s letters. Save to log the step as done.</source>
        <translation>La lettera “{letter}” è registrata tra le lettere del cliente. Salvare per segnare la fase come eseguita.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="514"/>
        <source>No letter can be e-mailed: {reason}</source>
        <translation>Nessuna lettera da inviare per e-mail: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="518"/>
        <source>The PDF could not be saved: {reason}. Nothing was recorded.</source>
        <translation>Impossibile salvare il PDF: {reason}. Non è stato registrato nulla.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="530"/>
        <source>The PDF is saved in {path}. Your e-mail program opens with the message: attach the PDF, send it, then save here.</source>
        <translation>Il PDF è salvato in {path}. Il programma di posta si apre con il messaggio: allegare il PDF, inviarlo, poi salvare qui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="535"/>
        <source>The PDF is saved in {path}, but no e-mail program could be opened: send it another way, then save here.</source>
        <translation>Il PDF è salvato in {path}, ma non è stato possibile aprire un programma di posta: inviarlo in altro modo, poi salvare qui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="539"/>
        <source>The customer has no e-mail address on file: fill in the recipient.</source>
        <translation>Il cliente non ha un indirizzo e-mail in archivio: inserire il destinatario.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="543"/>
        <source>E-mail “{subject}” with {file}</source>
        <translation>E-mail “{subject}” con allegato {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="553"/>
        <source>No text message fits: {reason}</source>
        <translation>Nessun SMS adatto: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="560"/>
        <source>SMS: “{text}”</source>
        <translation>SMS: “{text}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="563"/>
        <source>Copied to the clipboard (%n character(s)): “{text}” Send it, then save here.</source>
        <translation>
            <numerusform>Copiato negli appunti (%n carattere): “{text}” Inviarlo, poi salvare qui.</numerusform>
            <numerusform>Copiato negli appunti (%n caratteri): “{text}” Inviarlo, poi salvare qui.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="625"/>
        <source>The contact cannot be logged: {reason}</source>
        <translation>Impossibile registrare il contatto: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="581"/>
        <source>Choose what came of it.</source>
        <translation>Scegliere l&apos;esito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="588"/>
        <source>The day the customer will pay cannot be in the past.</source>
        <translation>La data in cui il cliente pagherà non può essere nel passato.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="595"/>
        <source>Enter the amount promised.</source>
        <translation>Inserire l&apos;importo promesso.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="598"/>
        <source>Say what the customer disputes: the account is paused until it is resolved.</source>
        <translation>Indicare cosa contesta il cliente: la posizione resta sospesa finché la contestazione non è risolta.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="601"/>
        <source>Say why the step is skipped: the log is evidence.</source>
        <translation>Indicare perché si salta la fase: il registro vale come prova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="603"/>
        <source>Say what was wrong in the entry you correct.</source>
        <translation>Indicare cosa era sbagliato nella voce da correggere.</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="28"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="29"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="30"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="31"/>
        <source>Open balance</source>
        <translation>Saldo aperto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="32"/>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="33"/>
        <source>Days late</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="34"/>
        <source>Missed installments</source>
        <translation>Rate insolute</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="35"/>
        <source>Debt limit</source>
        <translation>Fido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="85"/>
        <source>no limit</source>
        <translation>illimitato</translation>
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
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="81"/>
        <source>%n customer(s) need attention</source>
        <translation>
            <numerusform>%n cliente da seguire</numerusform>
            <numerusform>%n clienti da seguire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="135"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Tutto il saldo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="138"/>
        <source>Fill in what is unpaid on the chosen invoice, or the customer&apos;s whole open balance</source>
        <translation>Inserisce il residuo della fattura scelta, o l&apos;intero saldo aperto del cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="144"/>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="145"/>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="146"/>
        <source>Bank transfer</source>
        <translation>Bonifico</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="147"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="151"/>
        <source>Receipt, transfer or card slip number (optional)</source>
        <translation>N. di ricevuta, bonifico o scontrino POS (facoltativo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="158"/>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="159"/>
        <source>Installment</source>
        <translation>Rata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="160"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="161"/>
        <source>Unpaid before</source>
        <translation>Residuo prima</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="162"/>
        <source>Paid now</source>
        <translation>Pagato ora</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="163"/>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="211"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="212"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="213"/>
        <source>&amp;Method:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="214"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="215"/>
        <source>&amp;Pays:</source>
        <translation>Im&amp;putazione:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="217"/>
        <source>What it pays</source>
        <translation>Cosa copre</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="257"/>
        <source>Payment from {name}</source>
        <translation>Pagamento di {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="262"/>
        <source>(on account: oldest first)</source>
        <translation>(in conto: prima le scadenze più vecchie)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="265"/>
        <source>{number} · {unpaid} unpaid · next due {day}</source>
        <translation>{number} · {unpaid} da pagare · prossima scadenza {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="274"/>
        <source>{number} · nothing unpaid</source>
        <translation>{number} · niente da pagare</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="282"/>
        <source>Open balance {amount}</source>
        <translation>Saldo aperto {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="284"/>
        <source>of which {amount} overdue</source>
        <translation>di cui {amount} scaduto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="286"/>
        <source>credit {amount}</source>
        <translation>credito {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="332"/>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="417"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Un pagamento non può avere una data futura.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="354"/>
        <source>Enter the amount to see what it pays.</source>
        <translation>Inserire l&apos;importo per vedere cosa copre.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="361"/>
        <source>Nothing is owed: all of it becomes credit.</source>
        <translation>Nessun debito: tutto l&apos;importo diventa credito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="364"/>
        <source>ℹ {amount} becomes credit: it is more than the customer owes.</source>
        <translation>ℹ {amount} diventa credito: supera quanto dovuto dal cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="368"/>
        <source>Open balance after: {amount}</source>
        <translation>Saldo aperto dopo: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="370"/>
        <source>{balance} · credit {amount}</source>
        <translation>{balance} · credito {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="379"/>
        <source>{seq} of {count}</source>
        <translation>{seq} di {count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="383"/>
        <source>settled</source>
        <translation>saldata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="383"/>
        <source>part</source>
        <translation>parziale</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="397"/>
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
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="418"/>
        <source>This invoice is not one of this customer&apos;s.</source>
        <translation>Questa fattura non appartiene a questo cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="420"/>
        <source>The payment cannot be recorded: {reason}</source>
        <translation>Impossibile registrare il pagamento: {reason}</translation>
    </message>
</context>
<context>
    <name>PaymentError</name>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="31"/>
        <source>the amount must be more than zero</source>
        <extracomment>Shown after “The payment cannot be recorded:”, so lower case and without a full stop.</extracomment>
        <translation>l&apos;importo deve essere maggiore di zero</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="32"/>
        <source>the amount is too large</source>
        <translation>l&apos;importo è troppo elevato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="33"/>
        <source>a payment cannot be dated in the future</source>
        <translation>un pagamento non può avere una data futura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="34"/>
        <source>unknown payment method {method}</source>
        <translation>modalità di pagamento sconosciuta: {method}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="35"/>
        <source>the invoice is not one of this customer&apos;s</source>
        <translation>la fattura non appartiene a questo cliente</translation>
    </message>
</context>
<context>
    <name>PercentEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="35"/>
        <source>A rate in per cent, e.g. {example}</source>
        <translation>Tasso in percentuale, es. {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="57"/>
        <source>Enter a rate (0 for none).</source>
        <translation>Inserire un tasso (0 per nessuno).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="62"/>
        <source>The rate is too large.</source>
        <translation>Il tasso è troppo elevato.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="64"/>
        <source>Not a rate: write it like {example}.</source>
        <translation>Tasso non valido: scriverlo come {example}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="69"/>
        <source>The rate cannot be negative.</source>
        <translation>Il tasso non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="71"/>
        <source>At most four decimals.</source>
        <translation>Al massimo quattro decimali.</translation>
    </message>
</context>
<context>
    <name>PrivacyError</name>
    <message>
        <location filename="../workshop_desk/services/privacy.py" line="65"/>
        <source>the customer still owes money: settle or write off the balance first</source>
        <translation>il cliente ha ancora un debito: prima il saldo va pagato o stralciato</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="26"/>
        <source>A payment reminder was sent on {day}.</source>
        <translation>Il {day} è stato inviato un sollecito di pagamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="27"/>
        <source>A reminder step was done on {day} (contact log).</source>
        <translation>Il {day} è stata eseguita una fase di sollecito (registro contatti).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="28"/>
        <source>No payment reminder or second reminder has been sent yet.</source>
        <translation>Non è stato ancora inviato alcun sollecito di pagamento né un secondo sollecito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="31"/>
        <source>The statement of account adds up: the customer owes {expected}.</source>
        <translation>L&apos;estratto conto quadra: il cliente deve {expected}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="34"/>
        <source>The statement of account ends on {found}, but the open installments come to {expected}. Check the invoices and their installments first.</source>
        <translation>L&apos;estratto conto chiude a {found}, ma le rate aperte ammontano a {expected}. Verificare prima le fatture e le relative rate.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="39"/>
        <source>No open dispute.</source>
        <translation>Nessuna contestazione aperta.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="40"/>
        <source>The customer has disputed the debt since {day}: “{note}”. Settle the dispute first.</source>
        <translation>Il cliente contesta il debito dal {day}: “{note}”. Risolvere prima la contestazione.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="45"/>
        <source>The statement of account adds up: the customer is {credit} in credit.</source>
        <translation>L&apos;estratto conto quadra: il cliente ha un credito di {credit}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="61"/>
        <source>A formal claim or a hand-over should follow at least one reminder: the lawyer will ask for it.</source>
        <translation>La messa in mora o l&apos;affidamento dovrebbero seguire almeno un sollecito: il legale lo chiederà.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="65"/>
        <source>The amount handed over must be the one the statement of account shows, to the cent.</source>
        <translation>L&apos;importo affidato deve coincidere al centesimo con quello dell&apos;estratto conto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="68"/>
        <source>A disputed debt is not collected by a lawyer until the dispute is settled or answered.</source>
        <translation>Un legale non recupera un debito contestato finché la contestazione non è risolta o riscontrata.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="94"/>
        <source>passed</source>
        <translation>superata</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="96"/>
        <source>not passed</source>
        <translation>non superata</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="56"/>
        <source>The shop&apos;s database is damaged</source>
        <translation>Il database dell&apos;officina è danneggiato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="57"/>
        <source>Workshop Desk checked {file} before opening it and found damage. It will not work on a damaged file, so that nothing is lost or miscounted.</source>
        <translation>Workshop Desk ha controllato {file} prima di aprirlo e ha rilevato dei danni. Il programma non lavora su un file danneggiato, per evitare perdite di dati o conteggi errati.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="66"/>
        <source>There is no good backup in {folder}. Keep the file as it is and ask a technician.</source>
        <translation>In {folder} non c&apos;è nessuna copia di sicurezza integra. Conservare il file così com&apos;è e rivolgersi a un tecnico.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="77"/>
        <source>The newest good backup is from {when}. Restore it? Work done after that time must be entered again. The damaged file is kept in the backups folder.</source>
        <translation>La copia di sicurezza integra più recente risale a {when}. Ripristinarla? Il lavoro svolto dopo quel momento dovrà essere inserito di nuovo. Il file danneggiato viene conservato nella cartella delle copie di sicurezza.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="84"/>
        <source>Restore the backup</source>
        <translation>Ripristina la copia</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="86"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="94"/>
        <source>Restore failed</source>
        <translation>Ripristino non riuscito</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/report_charts.py" line="126"/>
        <source>{bucket}: {amount} ({share})</source>
        <translation>{bucket}: {amount} ({share})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/report_charts.py" line="144"/>
        <source>Overdue at the month end</source>
        <translation>Scaduto a fine mese</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/report_charts.py" line="188"/>
        <source>Overdue on {day}: {amount}</source>
        <translation>Scaduto al {day}: {amount}</translation>
    </message>
</context>
<context>
    <name>ReportRows</name>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="42"/>
        <source>Age of the debt</source>
        <translation>Anzianità del debito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="43"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="44"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="50"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="51"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="52"/>
        <source>Open balance</source>
        <translation>Saldo aperto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="53"/>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="54"/>
        <source>Oldest debt</source>
        <translation>Debito più vecchio</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="60"/>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="61"/>
        <source>Sent</source>
        <translation>Inviate</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="62"/>
        <source>Paid in full</source>
        <translation>Pagato per intero</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="63"/>
        <source>Paid something</source>
        <translation>Almeno un pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="98"/>
        <source>Total open</source>
        <translation>Totale aperto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="141"/>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="154"/>
        <source>Of {sent} accounts sent this letter, {paid} paid in full and {some} paid at least something within 14 days.</source>
        <translation>Posizioni che hanno ricevuto questa lettera: {sent}. Entro 14 giorni hanno pagato per intero: {paid}; hanno pagato almeno qualcosa: {some}.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="36"/>
        <source>Not due yet</source>
        <translation>A scadere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="37"/>
        <source>1–30 days late</source>
        <translation>1–30 giorni di ritardo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="38"/>
        <source>31–60 days late</source>
        <translation>31–60 giorni di ritardo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="39"/>
        <source>61–90 days late</source>
        <translation>61–90 giorni di ritardo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="40"/>
        <source>More than 90 days late</source>
        <translation>Oltre 90 giorni di ritardo</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="183"/>
        <source>Every figure on this page is worked out as of this day</source>
        <translation>Tutti i dati di questa pagina sono calcolati a questa data</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="185"/>
        <source>As of:</source>
        <translation>Situazione al:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="187"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="188"/>
        <source>Work the figures out again from the data</source>
        <translation>Ricalcola i valori a partire dai dati</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="209"/>
        <source>Total open</source>
        <translation>Totale aperto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="209"/>
        <source>Everything customers owe, due or not</source>
        <translation>Tutto quanto dovuto dai clienti, scaduto o a scadere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="210"/>
        <source>Total overdue</source>
        <translation>Totale scaduto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="210"/>
        <source>What should have been paid by now</source>
        <translation>Quanto avrebbe già dovuto essere pagato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="212"/>
        <source>Days sales outstanding</source>
        <translation>DSO (giorni medi di incasso)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="214"/>
        <source>How many days of credit sales are still unpaid: the open balance divided by the credit sales of the last 90 days, times 90. Lower is better.</source>
        <translation>Quanti giorni di vendite a credito restano da incassare: il saldo aperto diviso per le vendite a credito degli ultimi 90 giorni, moltiplicato per 90. Più è basso, meglio è.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="218"/>
        <source>Collected this month</source>
        <translation>Incassato questo mese</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="220"/>
        <source>Over their debt limit</source>
        <translation>Oltre il fido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="220"/>
        <source>Accounts whose open balance is above their debt limit</source>
        <translation>Posizioni con saldo aperto superiore al fido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="222"/>
        <source>Written off this year</source>
        <translation>Stralciato quest&apos;anno</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="247"/>
        <source>Age of the open balance</source>
        <translation>Anzianità del saldo aperto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="253"/>
        <source>Aging report as P&amp;DF…</source>
        <translation>Scadenzario in P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="254"/>
        <source>Every customer who owes money, by the age of the debt, as a PDF</source>
        <translation>Tutti i clienti con un debito, per anzianità del debito, in PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="256"/>
        <source>Agin&amp;g report as CSV…</source>
        <translation>Scaden&amp;zario in CSV…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="258"/>
        <source>Every customer who owes money, by the age of the debt, for a spreadsheet</source>
        <translation>Tutti i clienti con un debito, per anzianità del debito, per un foglio di calcolo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="276"/>
        <source>Overdue at each month end, last 24 months</source>
        <translation>Scaduto a fine mese, ultimi 24 mesi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="281"/>
        <source>Top 10 debtors</source>
        <translation>I 10 maggiori debitori</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="287"/>
        <source>Statement of the selected c&amp;ustomer…</source>
        <translation>&amp;Estratto conto del cliente selezionato…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="289"/>
        <source>Save the statement of account of the customer selected above, as PDF or CSV</source>
        <translation>Salva l&apos;estratto conto del cliente selezionato sopra, in PDF o CSV</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="292"/>
        <source>Double-click a customer to open them.</source>
        <translation>Fare doppio clic su un cliente per aprirlo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="304"/>
        <source>Do the letters work?</source>
        <translation>Efficacia delle lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="323"/>
        <source>Share of the open balance in each age group</source>
        <translation>Quota del saldo aperto per fascia di anzianità</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="473"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="490"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="525"/>
        <source>Working out the figures…</source>
        <translation>Calcolo dei dati…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="477"/>
        <source>The figures could not be worked out.</source>
        <translation>Impossibile calcolare i dati.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="479"/>
        <source>Figures as of {day}</source>
        <translation>Dati al {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="534"/>
        <source>%Ln customer(s) owe money</source>
        <translation>
            <numerusform>%Ln cliente debitore</numerusform>
            <numerusform>%Ln clienti debitori</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="536"/>
        <source>{share} of the open balance</source>
        <translation>{share} del saldo aperto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="554"/>
        <source>No credit sales in the last 90 days</source>
        <translation>Nessuna vendita a credito negli ultimi 90 giorni</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="557"/>
        <source>{days} days</source>
        <translation>{days} giorni</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="558"/>
        <source>Against the credit sales of the last 90 days</source>
        <translation>Rispetto alle vendite a credito degli ultimi 90 giorni</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="540"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln posizione</numerusform>
            <numerusform>%Ln posizioni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="541"/>
        <source>{balance} open, {excess} above their limits</source>
        <translation>Aperto {balance}, oltre il fido {excess}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="545"/>
        <source>Nobody is over their limit</source>
        <translation>Nessun cliente oltre il fido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="547"/>
        <source>Written off in {year}</source>
        <translation>Stralciato nel {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="549"/>
        <source>%Ln write-off(s)</source>
        <translation>
            <numerusform>%Ln stralcio</numerusform>
            <numerusform>%Ln stralci</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="567"/>
        <source>Collected in {month}</source>
        <translation>Incassato a {month}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="572"/>
        <source>▲ {difference} more than in {month} ({amount})</source>
        <translation>▲ {difference} in più rispetto a {month} ({amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="574"/>
        <source>▼ {difference} less than in {month} ({amount})</source>
        <translation>▼ {difference} in meno rispetto a {month} ({amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="576"/>
        <source>= the same as in {month} ({amount})</source>
        <translation>= invariato rispetto a {month} ({amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="581"/>
        <source>Payments received from the 1st of the month to the as-of date, against all of last month</source>
        <translation>Pagamenti ricevuti dal 1° del mese alla data della situazione, rispetto a tutto il mese precedente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="587"/>
        <source>How many accounts paid within 14 days after each kind of letter.</source>
        <translation>Quante posizioni hanno pagato entro 14 giorni da ciascun tipo di lettera.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="591"/>
        <source>Letters dated {first} to {last} (each has had its 14 days). Paid in full: within 14 days the customer paid at least what the letter asked for. Paid something: any payment.</source>
        <translation>Lettere datate dal {first} al {last} (per ognuna sono trascorsi i 14 giorni). Pagato per intero: entro 14 giorni il cliente ha pagato almeno quanto richiesto dalla lettera. Almeno un pagamento: qualsiasi pagamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="618"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="621"/>
        <source>CSV files for a spreadsheet (*.csv)</source>
        <translation>File CSV per fogli di calcolo (*.csv)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="639"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="649"/>
        <source>aging report</source>
        <translation>scadenzario</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="640"/>
        <source>Save aging report as PDF</source>
        <translation>Salva scadenzario in PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="650"/>
        <source>Save aging report as CSV</source>
        <translation>Salva scadenzario in CSV</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="659"/>
        <source>Statement</source>
        <translation>Estratto conto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="660"/>
        <source>Select a customer in the list of top debtors, then choose Statement… again.</source>
        <translation>Selezionare un cliente nell&apos;elenco dei maggiori debitori, poi scegliere di nuovo “Estratto conto del cliente selezionato…”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="665"/>
        <source>statement</source>
        <translation>estratto conto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="666"/>
        <source>Save statement of account</source>
        <translation>Salva estratto conto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="678"/>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="684"/>
        <source>Saved as {path}</source>
        <translation>Salvato come {path}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="694"/>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="696"/>
        <source>Export</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="696"/>
        <source>The file could not be saved: {reason}.</source>
        <translation>Impossibile salvare il file: {reason}.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="99"/>
        <source>monthly</source>
        <translation>mensili</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="100"/>
        <source>weekly</source>
        <translation>settimanali</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="126"/>
        <source>Optional: what was agreed, with whom</source>
        <translation>Facoltativo: cosa è stato concordato e con chi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="133"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Crea piano…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="137"/>
        <source>Move into the new plan</source>
        <translation>Da trasferire nel nuovo piano</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="147"/>
        <source>&amp;first due:</source>
        <translation>&amp;prima scadenza:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="154"/>
        <source>Install&amp;ments:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="156"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="157"/>
        <source>New installment plan</source>
        <translation>Nuovo piano di rientro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="196"/>
        <source>Reschedule — {name}</source>
        <translation>Piano di rientro — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="200"/>
        <source>The &amp;overdue balance: {amount}</source>
        <translation>Il saldo &amp;scaduto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="201"/>
        <source>The w&amp;hole open balance: {amount}</source>
        <translation>&amp;Tutto il saldo aperto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="239"/>
        <source>Nothing is owed: there is nothing to reschedule.</source>
        <translation>Nessun debito: non c&apos;è nulla da rateizzare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="243"/>
        <source>{amount} falls due on {day}.</source>
        <translation>{amount} scade il {day}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="247"/>
        <source>{amount} in %n installment(s), the last on {day}.</source>
        <translation>
            <numerusform>{amount} in %n rata, con scadenza il {day}.</numerusform>
            <numerusform>{amount} in %n rate, l&apos;ultima il {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="267"/>
        <source>Move {amount} of the debt of {name} into a new plan of %n installment(s)?</source>
        <translation>
            <numerusform>Trasferire {amount} del debito di {name} in un nuovo piano di rientro di %n rata?</numerusform>
            <numerusform>Trasferire {amount} del debito di {name} in un nuovo piano di rientro di %n rate?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="251"/>
        <source>{plan} It replaces what is open of {invoices}, which stays in the history.</source>
        <translation>{plan} Sostituisce il residuo delle fatture {invoices}, che restano nello storico.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="256"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>La prima rata non può scadere prima di oggi.</translation>
    </message>
</context>
<context>
    <name>ScoreTexts</name>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="29"/>
        <source>the installment due was not paid on time</source>
        <translation>la rata dovuta non è stata pagata puntualmente</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="30"/>
        <source>{late} of %n installments not paid on time</source>
        <translation>
            <numerusform>rate non pagate puntualmente: {late} su %n</numerusform>
            <numerusform>rate non pagate puntualmente: {late} su %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="32"/>
        <source>%n day(s) late on average</source>
        <translation>
            <numerusform>in media %n giorno di ritardo</numerusform>
            <numerusform>in media %n giorni di ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="34"/>
        <source>%n missed installment(s)</source>
        <translation>
            <numerusform>%n rata insoluta</numerusform>
            <numerusform>%n rate insolute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="36"/>
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n promessa non mantenuta</numerusform>
            <numerusform>%n promesse non mantenute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="39"/>
        <source>{share} written off</source>
        <translation>{share} stralciato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="42"/>
        <source>the installment due was paid on time</source>
        <translation>la rata dovuta è stata pagata puntualmente</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="43"/>
        <source>all %n installments paid on time</source>
        <translation>
            <numerusform>%n rata pagata puntualmente</numerusform>
            <numerusform>tutte le %n rate pagate puntualmente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="44"/>
        <source>no payment history yet</source>
        <translation>ancora nessuno storico dei pagamenti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="54"/>
        <source>Payment score {score}: {reasons}</source>
        <translation>Punteggio pagamenti {score}: {reasons}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="65"/>
        <source>Good payer: eligible for a discount</source>
        <translation>Buon pagatore: può ricevere uno sconto</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="154"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="157"/>
        <source>&amp;Desk</source>
        <translation>&amp;Postazione</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="158"/>
        <source>S&amp;hop</source>
        <translation>&amp;Officina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="159"/>
        <source>Ban&amp;k details</source>
        <translation>Dati &amp;bancari</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="160"/>
        <source>Letter&amp;s</source>
        <translation>&amp;Lettere</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="210"/>
        <source>These settings belong to this computer; the shop&apos;s data is the same at every desk.</source>
        <translation>Queste impostazioni valgono solo per questo computer; i dati dell&apos;officina sono gli stessi su ogni postazione.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="218"/>
        <source>Interface &amp;language:</source>
        <translation>Lingua dell&apos;&amp;interfaccia:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="220"/>
        <source>The menus and windows change to it when Workshop Desk starts again.</source>
        <translation>Menu e finestre passano a questa lingua al prossimo avvio di Workshop Desk.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="226"/>
        <source>empty: the login name, {login}</source>
        <translation>vuoto: il nome utente del computer, {login}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="230"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Nome operatore:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="233"/>
        <source>Recorded with every contact you log and every change to money or credit terms (the audit trail), so that the shop knows who did what.</source>
        <translation>Viene registrato con ogni contatto e ogni modifica a importi o condizioni di credito (lo storico delle modifiche), così l&apos;officina sa chi ha fatto cosa.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="238"/>
        <source>empty: {file}</source>
        <translation>vuoto: {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="242"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="245"/>
        <source>Where the shop&apos;s data is: a database file on this computer (never one in a shared folder), or the shop&apos;s PostgreSQL server as postgresql://user:password@server/database when several desks work together. Workshop Desk opens it when it starts again. The password is kept in this computer&apos;s settings and shown as ***.</source>
        <translation>Dove sono i dati dell&apos;officina: un file di database su questo computer (mai in una cartella condivisa), oppure il server PostgreSQL dell&apos;officina come postgresql://utente:password@server/database quando lavorano insieme più postazioni. Workshop Desk lo apre al prossimo avvio. La password resta nelle impostazioni di questo computer e appare come ***.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="257"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nome officina:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="258"/>
        <source>&amp;Address:</source>
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="259"/>
        <source>P&amp;ostal code:</source>
        <translation>C&amp;AP:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="261"/>
        <source>C&amp;ity:</source>
        <translation>C&amp;ittà:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="263"/>
        <source>Co&amp;untry:</source>
        <translation>Na&amp;zione:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="264"/>
        <source>Cu&amp;rrency:</source>
        <translation>Valu&amp;ta:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="272"/>
        <source>&amp;Tax id:</source>
        <translation>P.I&amp;VA / C.F.:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="273"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="274"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="282"/>
        <source>Printed on letters, with a payment QR code where the currency has one: EPC for euros, MNB for forints, GOST for roubles, Pix for reais.</source>
        <translation>Stampati sulle lettere, con un codice QR di pagamento se la valuta ne prevede uno: EPC per l&apos;euro, MNB per il fiorino, GOST per il rublo, Pix per il real.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="286"/>
        <source>Bank na&amp;me:</source>
        <translation>&amp;Nome banca:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="287"/>
        <source>I&amp;BAN:</source>
        <translation>IB&amp;AN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="288"/>
        <source>BI&amp;C:</source>
        <translation>B&amp;IC:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="290"/>
        <source>Account &amp;number:</source>
        <translation>N&amp;umero di conto:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="291"/>
        <source>Расчётный счёт: 20 digits (Russian shops)</source>
        <translation>Расчётный счёт: 20 cifre (officine russe)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="293"/>
        <source>C&amp;orrespondent account:</source>
        <translation>Conto &amp;corrispondente:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="295"/>
        <source>Корреспондентский счёт: 20 digits (Russian shops)</source>
        <translation>Корреспондентский счёт: 20 cifre (officine russe)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="296"/>
        <source>Pi&amp;x key:</source>
        <translation>Chiave Pi&amp;x:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="297"/>
        <source>The shop&apos;s Pix key: CPF, CNPJ, e-mail, +55 phone or random key (Brazil)</source>
        <translation>Chiave Pix dell&apos;officina: CPF, CNPJ, e-mail, telefono +55 o chiave casuale (Brasile)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="309"/>
        <source>Default letter &amp;language:</source>
        <translation>Lingua pre&amp;definita delle lettere:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="312"/>
        <source>Customers without a language of their own get their letters in this one. With the country it also sets how amounts and dates are written.</source>
        <translation>I clienti senza una lingua propria ricevono le lettere in questa lingua. Insieme alla nazione determina anche il formato di importi e date.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="316"/>
        <source>Si&amp;gnatory:</source>
        <translation>&amp;Firmatario:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="317"/>
        <source>who signs the letters, e.g. Anna Rossi</source>
        <translation>chi firma le lettere, es. Anna Rossi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="318"/>
        <source>&amp;Role:</source>
        <translation>&amp;Qualifica:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="319"/>
        <source>e.g. Owner</source>
        <translation>es. Titolare</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="320"/>
        <source>Legal &amp;note:</source>
        <translation>&amp;Nota legale:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="321"/>
        <source>a line at the foot of each letter, e.g. the company register</source>
        <translation>una riga a piè di ogni lettera, es. l&apos;iscrizione al Registro delle imprese</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="383"/>
        <source>The bank&apos;s BIC, or its БИК (9 digits) for the Russian payment code</source>
        <translation>Il BIC della banca, o il suo БИК (9 cifre) per il codice di pagamento russo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="385"/>
        <source>The bank&apos;s BIC (SWIFT code), 8 or 11 letters and digits</source>
        <translation>Il BIC (codice SWIFT) della banca, 8 o 11 lettere e cifre</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="394"/>
        <source>VAT registration number</source>
        <translation>VAT registration number (partita IVA britannica)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="395"/>
        <source>codice fiscale or partita IVA</source>
        <translation>codice fiscale o partita IVA</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="396"/>
        <source>ИНН, 10 or 12 digits</source>
        <translation>ИНН, 10 o 12 cifre</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="397"/>
        <source>CPF or CNPJ</source>
        <translation>CPF o CNPJ</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="398"/>
        <source>adószám, like 12345678-2-42</source>
        <translation>adószám, come 12345678-2-42</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="400"/>
        <source>any tax id (not checked for this country)</source>
        <translation>qualsiasi identificativo fiscale (non verificato per questa nazione)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="418"/>
        <source>Amounts like {amount}, dates like {day}</source>
        <translation>Importi come {amount}, date come {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="422"/>
        <source>Tax id: {kind}</source>
        <translation>P.IVA / C.F.: {kind}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="431"/>
        <source>No late-interest rules of this country are known: the English ones apply</source>
        <translation>Le regole sugli interessi di mora di questa nazione non sono note: si applicano quelle inglesi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="433"/>
        <source>Default late interest: {business} a year from businesses, {consumer} from consumers</source>
        <translation>Interessi di mora predefiniti: {business} annui per le imprese, {consumer} per i consumatori</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="438"/>
        <source>A claim letter gives {days} days to pay (Settings › Collection changes it)</source>
        <translation>La messa in mora concede {days} giorni per pagare (modificabile in Impostazioni › Recupero crediti)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="475"/>
        <source>Settings saved</source>
        <translation>Impostazioni salvate</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="488"/>
        <source>Not a database address Workshop Desk can use: write postgresql://user:password@server/database</source>
        <translation>Non è un indirizzo di database utilizzabile da Workshop Desk: scrivere postgresql://utente:password@server/database</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="494"/>
        <source>Write the whole path of the file, e.g. {example}</source>
        <translation>Scrivere il percorso completo del file, ad es. {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="496"/>
        <source>{path} is a folder: add the name of the database file</source>
        <translation>{path} è una cartella: aggiungere il nome del file di database</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="498"/>
        <source>The folder {folder} does not exist</source>
        <translation>La cartella {folder} non esiste</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="529"/>
        <source>Collection rules for {country}</source>
        <translation>Regole di recupero crediti: {country}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="531"/>
        <source>You have changed interest rules, fees or letter deadlines that a shop in {country} uses.

Reset them to the defaults of {country}? Yes: the defaults apply. No: your changes stay.

The ladder&apos;s steps and the contact limits stay as they are either way.</source>
        <translation>Sono state modificate regole sugli interessi, spese o termini delle lettere che usa un&apos;officina della nazione scelta ({country}).

Ripristinare i valori predefiniti ({country})? Sì: si applicano i valori predefiniti. No: le modifiche restano.

In entrambi i casi le fasi del percorso di sollecito e i limiti di contatto restano invariati.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="565"/>
        <source>Restart Workshop Desk to see the new language.</source>
        <translation>Riavviare Workshop Desk per vedere la nuova lingua.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="567"/>
        <source>Workshop Desk opens the new database when it starts again.</source>
        <translation>Workshop Desk apre il nuovo database al prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="571"/>
        <source>Letters and windows opened from now on write amounts and dates the new way; the lists of the main window do after Workshop Desk is restarted.</source>
        <translation>Le lettere e le finestre aperte da ora in poi scrivono importi e date nel nuovo formato; gli elenchi della finestra principale lo faranno dopo il riavvio di Workshop Desk.</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="142"/>
        <source>The amounts already recorded are in {currency}, so the currency cannot change: they would silently become amounts of another currency. A shop that changes currency starts a new database.</source>
        <translation>Gli importi già registrati sono in {currency}, quindi la valuta non può cambiare: diventerebbero senza alcun avviso importi in un&apos;altra valuta. Un&apos;officina che cambia valuta inizia un nuovo database.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="150"/>
        <source>This is neither a BIC (like SABRRUMM) nor the 9 digits of a БИК (like 044525225).</source>
        <translation>Non è né un BIC (come SABRRUMM) né un БИК di 9 cifre (come 044525225).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="159"/>
        <source>An account number here is 20 digits.</source>
        <translation>In questa nazione il numero di conto ha 20 cifre.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="161"/>
        <source>Choose one of the languages in the list.</source>
        <translation>Scegliere una delle lingue dell&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>StoredLetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="42"/>
        <source>The letter exactly as it was sent. Printing or saving it again records nothing new.</source>
        <translation>La lettera esattamente come è stata inviata. Ristamparla o salvarla di nuovo non registra nulla di nuovo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="48"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="50"/>
        <source>&amp;Save PDF…</source>
        <translation>Salva &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="72"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="82"/>
        <source>Print letter</source>
        <translation>Stampa lettera</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="82"/>
        <source>The printer could not be opened: check it and try again.</source>
        <translation>Impossibile aprire la stampante: controllarla e riprovare.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="89"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="105"/>
        <source>Save letter as PDF</source>
        <translation>Salva lettera in PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="91"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="106"/>
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
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="196"/>
        <source>%n action(s) for today</source>
        <translation>
            <numerusform>%n azione per oggi</numerusform>
            <numerusform>%n azioni per oggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="199"/>
        <source>%n moved by contact limits</source>
        <translation>
            <numerusform>%n spostata per limiti di contatto</numerusform>
            <numerusform>%n spostate per limiti di contatto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="81"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Tutto il saldo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="93"/>
        <source>The amount is taken off the oldest installments first. It stays in the customer&apos;s history as “Written off” and in the reports; it cannot be undone.</source>
        <translation>L&apos;importo viene tolto prima dalle rate più vecchie. Resta nello storico del cliente come “Stralcio” e nei report; l&apos;operazione è irreversibile.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="105"/>
        <source>Write &amp;off…</source>
        <translation>&amp;Stralcia…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="116"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="117"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="118"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="148"/>
        <source>Write off — {name}</source>
        <translation>Stralcio — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="157"/>
        <source>Why (required for “Other”)</source>
        <translation>Motivo (obbligatorio per “Altro”)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="157"/>
        <source>Optional: anything worth keeping on record</source>
        <translation>Facoltativo: eventuali annotazioni da conservare</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="165"/>
        <source>Open balance after the write-off: {amount}</source>
        <translation>Saldo aperto dopo lo stralcio: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="179"/>
        <source>Enter an amount more than zero.</source>
        <translation>Inserire un importo maggiore di zero.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="183"/>
        <source>That is more than the open balance of {open}.</source>
        <translation>L&apos;importo supera il saldo aperto ({open}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="188"/>
        <source>Say why the balance is written off.</source>
        <translation>Indicare il motivo dello stralcio.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="200"/>
        <source>Write off {amount} of the balance of {name}? This cannot be undone.</source>
        <translation>Stralciare {amount} dal saldo di {name}? L&apos;operazione è irreversibile.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../workshop_desk/app.py" line="157"/>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/app.py" line="158"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved whole or not at all.

The details are in {log_file}; please send that file to whoever looks after this program.</source>
        <translation>Si è verificato un problema che il programma non prevedeva. I dati sono al sicuro: ogni modifica viene salvata per intero o per niente.

I dettagli sono in {log_file}; inviare quel file a chi si occupa di questo programma.</translation>
    </message>
</context>
</TS>
