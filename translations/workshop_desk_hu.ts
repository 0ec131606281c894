<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>AdjustmentError</name>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="67"/>
        <source>a payment dated after this day is recorded already</source>
        <extracomment>Shown after “It cannot be recorded:”, so lower case and without a full stop.</extracomment>
        <translation>már rögzítettek ennél későbbi dátumú befizetést</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="68"/>
        <source>the amount must be more than zero</source>
        <translation>az összegnek nullánál nagyobbnak kell lennie</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="69"/>
        <source>unknown write-off reason {reason}</source>
        <translation>ismeretlen leírási ok: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="70"/>
        <source>say why the balance is written off</source>
        <translation>adja meg a leírás okát</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="71"/>
        <source>the amount is more than the open balance</source>
        <translation>az összeg több a nyitott tartozásnál</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="72"/>
        <source>a plan has between 1 and {maximum} installments</source>
        <translation>egy terv 1–{maximum} részletből állhat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="73"/>
        <source>the first installment falls due before the reschedule date</source>
        <translation>az első részlet esedékessége korábbi az átütemezés dátumánál</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="74"/>
        <source>there is nothing to reschedule</source>
        <translation>nincs mit átütemezni</translation>
    </message>
</context>
<context>
    <name>AdjustmentTexts</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="16"/>
        <source>Hardship</source>
        <translation>Nehéz anyagi helyzet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="17"/>
        <source>Small amount</source>
        <translation>Csekély összeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="18"/>
        <source>Uncollectable</source>
        <translation>Behajthatatlan</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="19"/>
        <source>Other (say why)</source>
        <translation>Egyéb (indoklással)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="26"/>
        <source>Open balance {amount}</source>
        <translation>Nyitott tartozás: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="32"/>
        <source>of which {amount} overdue</source>
        <translation>ebből lejárt: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="42"/>
        <source>A payment dated {day} is recorded already: an adjustment cannot be dated before it.</source>
        <translation>Már rögzítettek egy {day} keltű befizetést: a leírás vagy átütemezés dátuma nem lehet ennél korábbi.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="47"/>
        <source>Enter an amount more than zero.</source>
        <translation>Nullánál nagyobb összeget adjon meg.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="49"/>
        <source>That is more than the open balance.</source>
        <translation>Ez több, mint a nyitott tartozás.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="51"/>
        <source>Say why the balance is written off.</source>
        <translation>Adja meg a leírás okát.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="53"/>
        <source>There is nothing to reschedule.</source>
        <translation>Nincs mit átütemezni.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="55"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>Az első részlet esedékessége nem lehet korábbi a mai napnál.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="58"/>
        <source>It cannot be recorded: {reason}</source>
        <translation>Nem rögzíthető: {reason}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="48"/>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="49"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="50"/>
        <source>Step</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="51"/>
        <source>Action</source>
        <translation>Teendő</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="52"/>
        <source>Overdue</source>
        <translation>Lejárt tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="53"/>
        <source>Days late</source>
        <translation>Késés (nap)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="54"/>
        <source>Due since</source>
        <translation>Mióta esedékes</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="55"/>
        <source>Why</source>
        <translation>Indok</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="41"/>
        <source>Daily</source>
        <translation>Napi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="42"/>
        <source>Monthly</source>
        <translation>Havi</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="43"/>
        <source>Before an update</source>
        <translation>Frissítés előtti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="44"/>
        <source>Before a restore</source>
        <translation>Visszaállítás előtti</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="45"/>
        <source>Made on request</source>
        <translation>Kérésre készült</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="55"/>
        <source>Backups</source>
        <translation>Biztonsági mentések</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="62"/>
        <source>A verified copy is made at the first start of each day (the last 14 days and 12 months are kept) and before every update of the program. Folder: {folder}</source>
        <translation>Ellenőrzött másolat készül minden nap az első indításkor (az utolsó 14 nap és 12 hónap másolatai maradnak meg), valamint a program minden frissítése előtt. Mappa: {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Made</source>
        <translation>Készült</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="75"/>
        <source>&amp;Back up now</source>
        <translation>Mentés &amp;most</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="76"/>
        <source>&amp;Restore the selected copy…</source>
        <translation>Kijelölt másolat &amp;visszaállítása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="77"/>
        <source>Restore from a &amp;file…</source>
        <translation>Visszaállítás &amp;fájlból…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="78"/>
        <source>&amp;Open the folder</source>
        <translation>Mappa meg&amp;nyitása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="100"/>
        <source>The shop&apos;s data is on the PostgreSQL server {server}, so this desk makes no copies of it by itself.

To make a copy, run &apos;workshop-desk backup&apos; on any desk (it uses PostgreSQL&apos;s pg_dump, checks the copy and says where it is), or let the server&apos;s administrator back the database up with the server&apos;s own tools, ideally every day.

To bring a copy back, close Workshop Desk on every desk and restore it on the server with pg_restore (&apos;workshop-desk restore&apos; shows the command).</source>
        <translation>A műhely adatai a(z) {server} PostgreSQL-szerveren vannak, ezért ez a munkaállomás magától nem készít róluk másolatot.

Másolat készítéséhez futtassa a &apos;workshop-desk backup&apos; parancsot bármelyik munkaállomáson (a PostgreSQL pg_dump programját használja, ellenőrzi a másolatot, és megmondja, hol van), vagy a szerver rendszergazdája mentse az adatbázist a szerver saját eszközeivel, lehetőleg naponta.

Egy másolat visszaállításához zárja be a Workshop Desk programot minden munkaállomáson, és állítsa vissza a szerveren a pg_restore programmal (a &apos;workshop-desk restore&apos; megmutatja a parancsot).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="133"/>
        <source>Making a copy…</source>
        <translation>Másolat készítése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="139"/>
        <source>Copy written and verified: {file}</source>
        <translation>Másolat elkészítve és ellenőrizve: {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="144"/>
        <source>The copy failed: {reason}</source>
        <translation>A másolás nem sikerült: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="153"/>
        <source>Backup to restore</source>
        <translation>Visszaállítandó biztonsági mentés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="153"/>
        <source>Databases (*.db)</source>
        <translation>Adatbázisok (*.db)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="162"/>
        <source>Restore a backup</source>
        <translation>Biztonsági mentés visszaállítása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="164"/>
        <source>Replace the shop&apos;s data with the copy {file}?

Everything entered after that copy was made will be gone from the program. The current data is kept as a copy in the backups folder, so this can be undone by restoring that copy.</source>
        <translation>Lecseréli a műhely adatait erre a másolatra: {file}?

Minden, amit a másolat elkészülte után vittek fel, eltűnik a programból. A jelenlegi adatokról másolat marad a biztonsági mentések mappájában, így a művelet annak a másolatnak a visszaállításával visszavonható.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Not restored</source>
        <translation>Nem történt visszaállítás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Nothing was changed: {reason}</source>
        <translation>Semmi sem változott: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="183"/>
        <source>Restored from {file}.</source>
        <translation>Visszaállítva innen: {file}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="185"/>
        <source>The data it replaced is kept as {file}.</source>
        <translation>A lecserélt adatok megmaradtak ezen a néven: {file}.</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="77"/>
        <source>Letters for the selected customers</source>
        <translation>Levelek a kijelölt ügyfeleknek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="89"/>
        <source>Letters for the selected customers ({count})</source>
        <translation>Levelek a kijelölt ügyfeleknek ({count})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="101"/>
        <source>Each customer&apos;s &amp;own language</source>
        <translation>Minden ügyfélnek a &amp;saját nyelvén</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="102"/>
        <source>One language &amp;for all:</source>
        <translation>&amp;Egy nyelven mindenkinek:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="114"/>
        <source>Save as PDF files in one f&amp;older:</source>
        <translation>Mentés PDF-fájlokként egy &amp;mappába:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="115"/>
        <source>&amp;Print them as one print job</source>
        <translation>&amp;Nyomtatás egyetlen nyomtatási feladatként</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="121"/>
        <source>&amp;Choose…</source>
        <translation>Tall&amp;ózás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="141"/>
        <source>&amp;Start</source>
        <translation>&amp;Indítás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="149"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="161"/>
        <source>Language:</source>
        <translation>Nyelv:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="162"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dátum:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="166"/>
        <source>Where the letters go</source>
        <translation>Hová kerüljenek a levelek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="212"/>
        <source>Folder for the letters</source>
        <translation>A levelek mappája</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="224"/>
        <source>Print letters</source>
        <translation>Levelek nyomtatása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="254"/>
        <source>Writing the letters…</source>
        <translation>Levelek készítése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="254"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="256"/>
        <source>Letters</source>
        <translation>Levelek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="290"/>
        <source>Letter {done} of {total} done: {customer}</source>
        <translation>Elkészült: {done}/{total} – {customer}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="325"/>
        <source>Letters printed as one print job: {count} (%n page(s)).</source>
        <translation>
            <numerusform>Egy nyomtatási feladatként kinyomtatott levelek: {count} (%n oldal).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="332"/>
        <source>Letters written: {count}, into {folder}</source>
        <translation>Elkészült levelek: {count}, mappa: {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="335"/>
        <source>Skipped: {count} (below, with the reason).</source>
        <translation>Kihagyva: {count} (lent, az okkal együtt).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="338"/>
        <source>Stopped: {reason}. Not done: {count}.</source>
        <translation>Leállt: {reason}. Nem készült el: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="343"/>
        <source>Cancelled. Not done: {count}.</source>
        <translation>Megszakítva. Nem készült el: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="354"/>
        <source>the text of this letter has problems ({problems}): correct it in Settings → Letter texts…</source>
        <translation>a levél szövege hibás ({problems}): javítsa itt: Beállítások → Levélszövegek…</translation>
    </message>
</context>
<context>
    <name>CollectionNames</name>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="27"/>
        <source>Courtesy reminder</source>
        <translation>Előzetes fizetési emlékeztető</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="28"/>
        <source>Phone call on the due day</source>
        <translation>Telefonhívás az esedékesség napján</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="29"/>
        <source>Payment reminder</source>
        <translation>Fizetési emlékeztető</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="30"/>
        <source>Second reminder</source>
        <translation>Második felszólítás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="31"/>
        <source>Formal claim letter</source>
        <translation>Végső fizetési felszólítás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="32"/>
        <source>Hand over to a lawyer or collector</source>
        <translation>Átadás ügyvédnek vagy követeléskezelőnek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="39"/>
        <source>Phone call</source>
        <translation>Telefonhívás</translation>
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
        <translation>Levél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="43"/>
        <source>Registered letter</source>
        <translation>Ajánlott levél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="44"/>
        <source>Hand over</source>
        <translation>Átadás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="52"/>
        <source>Visit</source>
        <translation>Látogatás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="54"/>
        <location filename="../workshop_desk/ui/collection_names.py" line="68"/>
        <source>Note</source>
        <translation>Jegyzet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="60"/>
        <source>Reached</source>
        <translation>Elérve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="61"/>
        <source>No answer</source>
        <translation>Nincs válasz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="62"/>
        <source>Promised to pay</source>
        <translation>Fizetést ígért</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="63"/>
        <source>Disputed</source>
        <translation>Vitatja</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="64"/>
        <source>Dispute resolved</source>
        <translation>Vita rendezve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="65"/>
        <source>Wrong number</source>
        <translation>Téves szám</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="66"/>
        <source>Letter printed/sent</source>
        <translation>Levél kinyomtatva/elküldve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="67"/>
        <source>Step skipped</source>
        <translation>Lépés kihagyva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="78"/>
        <source>Call the customer: say how much is overdue and since when, ask when they will pay, and note what they say.</source>
        <translation>Hívja fel az ügyfelet: mondja el, mennyi a lejárt tartozás és mióta, kérdezze meg, mikor fizet, és jegyezze fel, amit mond.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="83"/>
        <source>Send a short text message: copy the text, send it from the shop&apos;s phone, then confirm here.</source>
        <translation>Küldjön rövid SMS-t: másolja ki a szöveget, küldje el a műhely telefonjáról, majd itt erősítse meg.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="88"/>
        <source>E-mail the “{letter}”: compose the e-mail, attach the PDF it saves, send it, then confirm here.</source>
        <translation>Küldje el e-mailben a levelet („{letter}”): írja meg az e-mailt, csatolja a program által mentett PDF-et, küldje el, majd itt erősítse meg.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="90"/>
        <source>Send the customer an e-mail, then confirm here.</source>
        <translation>Küldjön e-mailt az ügyfélnek, majd itt erősítse meg.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="93"/>
        <source>Print the “{letter}” and post it (Write the letter… prepares and records it).</source>
        <translation>Nyomtassa ki a levelet („{letter}”), és adja postára (a Levél írása… gomb elkészíti és rögzíti).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="94"/>
        <location filename="../workshop_desk/ui/collection_names.py" line="98"/>
        <source>letter</source>
        <translation>levél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="97"/>
        <source>Send the “{letter}” by registered post with a return receipt, and keep the receipt: it is evidence.</source>
        <translation>Küldje el a levelet („{letter}”) ajánlott, tértivevényes küldeményként, és őrizze meg a tértivevényt: bizonyítékul szolgál.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="100"/>
        <source>Hand the account to the lawyer or collection agency, with the case file: invoices, letters sent and this contact log.</source>
        <translation>Adja át a követelést az ügyvédnek vagy a követeléskezelőnek a behajtási dossziéval együtt: számlák, elküldött levelek és ez a kapcsolattartási napló.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="111"/>
        <source>Broken promise: {amount} by {day}</source>
        <translation>Be nem tartott ígéret: {amount} {day} napjáig</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/collection_names.py" line="115"/>
        <source>Next step on the ladder, for %n unpaid item(s)</source>
        <translation>
            <numerusform>Következő behajtási lépés, %n kifizetetlen tételre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="116"/>
        <source>Next step on the ladder</source>
        <translation>Következő behajtási lépés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="127"/>
        <source>Moved to {day}: contact limit for calls</source>
        <translation>Áthelyezve {day} napra: a hívások megkeresési korlátja</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="128"/>
        <source>Moved to {day}: contact limit for messages</source>
        <translation>Áthelyezve {day} napra: az üzenetek megkeresési korlátja</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="134"/>
        <source>Moved to {day}: daily contact limit for calls ({count} of {limit})</source>
        <translation>Áthelyezve {day} napra: napi hívási korlát ({count}/{limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="136"/>
        <source>Moved to {day}: daily contact limit for messages ({count} of {limit})</source>
        <translation>Áthelyezve {day} napra: napi üzenetkorlát ({count}/{limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="138"/>
        <source>Moved to {day}: weekly contact limit for calls ({count} of {limit})</source>
        <translation>Áthelyezve {day} napra: heti hívási korlát ({count}/{limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="140"/>
        <source>Moved to {day}: weekly contact limit for messages ({count} of {limit})</source>
        <translation>Áthelyezve {day} napra: heti üzenetkorlát ({count}/{limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="142"/>
        <source>Moved to {day}: monthly contact limit for calls ({count} of {limit})</source>
        <translation>Áthelyezve {day} napra: havi hívási korlát ({count}/{limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="143"/>
        <source>Moved to {day}: monthly contact limit for messages ({count} of {limit})</source>
        <translation>Áthelyezve {day} napra: havi üzenetkorlát ({count}/{limit})</translation>
    </message>
</context>
<context>
    <name>CollectionSettings</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="48"/>
        <source>Actual days / 365</source>
        <translation>Tényleges napok / 365</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="49"/>
        <source>Actual days / 365, or 366 in a leap year</source>
        <translation>Tényleges napok / 365, szökőévben 366</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="52"/>
        <source>Actual days / 360 (a monthly rate, pro rata)</source>
        <translation>Tényleges napok / 360 (havi kamatláb, időarányosan)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="60"/>
        <source>Enter at least one rate period.</source>
        <translation>Adjon meg legalább egy kamatidőszakot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="61"/>
        <source>Two periods start on the same day: keep one of them.</source>
        <translation>Két időszak ugyanazon a napon kezdődik: csak az egyiket tartsa meg.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="64"/>
        <source>A rate must be between 0 and 100 %.</source>
        <translation>A kamatlábnak 0 és 100% között kell lennie.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="67"/>
        <source>The margin must be between −100 and 100 points.</source>
        <translation>A kamatfelárnak −100 és 100 százalékpont között kell lennie.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="70"/>
        <source>List the amounts from the smallest debt up; only the last row may have no upper bound.</source>
        <translation>Az összegeket a legkisebb tartozástól felfelé sorolja fel; csak az utolsó sorból hiányozhat a felső határ.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="74"/>
        <source>The fine must be between 0 and 100 %.</source>
        <translation>A bírságnak 0 és 100% között kell lennie.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="118"/>
        <source>These base rates come with the program, not from an official source: please check them against the official rate.</source>
        <translation>Ezek az alapkamatok a programmal érkeztek, nem hivatalos forrásból: kérjük, vesse össze őket a hivatalos kamatlábbal.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="131"/>
        <source>From</source>
        <translation>Kezdőnap</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="132"/>
        <source>Base rate %</source>
        <translation>Alapkamat (%)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="135"/>
        <source>Add period</source>
        <translation>Új időszak</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="136"/>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="160"/>
        <source>Remove</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="148"/>
        <source>For a debt under</source>
        <translation>Tartozás felső határa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="149"/>
        <source>Compensation</source>
        <translation>Költségátalány</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="153"/>
        <source>Leave the last “For a debt under” empty: it applies to any larger debt.</source>
        <translation>Az utolsó „Tartozás felső határa” mezőt hagyja üresen: az minden nagyobb tartozásra vonatkozik.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="159"/>
        <source>Add amount</source>
        <translation>Új összeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="183"/>
        <source>Base rate:</source>
        <translation>Alapkamat:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="184"/>
        <source>Margin (points):</source>
        <translation>Kamatfelár (százalékpont):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="185"/>
        <source>Day count:</source>
        <translation>Napszámítás:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="187"/>
        <source>Flat compensation:</source>
        <translation>Behajtási költségátalány:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="190"/>
        <source>One-off fine %:</source>
        <translation>Egyszeri bírság (%):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="195"/>
        <source>Legal basis ({language}):</source>
        <translation>Jogalap ({language}):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="227"/>
        <source>any amount</source>
        <translation>bármely összeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="244"/>
        <source>From {day}: {problem}</source>
        <translation>{day} kezdetű időszak: {problem}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="266"/>
        <source>Row {row}: {problem}</source>
        <translation>{row}. sor: {problem}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="323"/>
        <source>Business customers</source>
        <translation>Vállalkozások</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="326"/>
        <source>Private customers (consumers)</source>
        <translation>Magánszemélyek (fogyasztók)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="329"/>
        <source>Days given to pay or reply</source>
        <translation>Fizetési és válaszadási határidők</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="336"/>
        <source> days</source>
        <translation> nap</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="340"/>
        <source>{letter} ({country})</source>
        <translation>{letter} ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="41"/>
        <source>Phone call</source>
        <translation>Telefonhívás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="42"/>
        <source>Text message (SMS)</source>
        <translation>Szöveges üzenet (SMS)</translation>
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
        <translation>Levél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="45"/>
        <source>Registered letter</source>
        <translation>Ajánlott levél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="46"/>
        <source>Hand over (lawyer, collector)</source>
        <translation>Átadás (ügyvéd, követeléskezelő)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="52"/>
        <source>The ladder needs at least one step.</source>
        <translation>Legalább egy behajtási lépés szükséges.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="53"/>
        <source>Step {row} must come on a later day than the step before it.</source>
        <translation>{row}. lépés: későbbi napra kell esnie, mint az előtte lévő lépésnek.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="56"/>
        <source>Step {row}: the day must be within a year of the due date.</source>
        <translation>{row}. lépés: a napnak a fizetési határidőtől számított egy éven belül kell lennie.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="59"/>
        <source>Step {row} sends a letter: choose which one.</source>
        <translation>{row}. lépés: levelet küld, válassza ki, melyiket.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="62"/>
        <source>Step {row} is the same step as one above it: remove one of them.</source>
        <translation>{row}. lépés: megegyezik egy fölötte lévő lépéssel, az egyiket törölje.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="90"/>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="181"/>
        <source>Day from due date</source>
        <translation>Nap a határidőtől</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="91"/>
        <source>Action</source>
        <translation>Teendő</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="93"/>
        <source>Fee ({currency})</source>
        <translation>Költség ({currency})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="112"/>
        <source>Each unpaid installment climbs the ladder: a step falls due this many days after the due date (negative: before it). A fee is charged once, when the step is done.</source>
        <translation>Minden kifizetetlen részlet végighalad a behajtási lépéseken: egy lépés a fizetési határidő után ennyi nappal esedékes (negatív érték: előtte). A költséget egyszer, a lépés elvégzésekor számítjuk fel.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="126"/>
        <source>&amp;Add step</source>
        <translation>Lépés &amp;hozzáadása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="127"/>
        <source>&amp;Remove</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="128"/>
        <source>Move &amp;up</source>
        <translation>&amp;Feljebb</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="129"/>
        <source>Move do&amp;wn</source>
        <translation>Le&amp;jjebb</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="130"/>
        <source>Reset to &amp;default</source>
        <translation>Alapértelmezés &amp;visszaállítása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="187"/>
        <source>— none —</source>
        <translation>— nincs —</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="193"/>
        <source>no fee</source>
        <translation>nincs költség</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="255"/>
        <source>Step {row}, fee: {problem}</source>
        <translation>{row}. lépés, költség: {problem}</translation>
    </message>
</context>
<context>
    <name>CollectionSettingsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="157"/>
        <source>Collection settings</source>
        <translation>Behajtási beállítások</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="162"/>
        <source>&amp;Ladder</source>
        <translation>&amp;Lépések</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="163"/>
        <source>Contact &amp;limits</source>
        <translation>&amp;Megkeresési korlátok</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="164"/>
        <source>&amp;Interest and fees</source>
        <translation>&amp;Kamat és költségek</translation>
    </message>
</context>
<context>
    <name>ContactError</name>
    <message>
        <location filename="../workshop_desk/services/collections.py" line="330"/>
        <source>a promise needs a date from today on and an amount</source>
        <extracomment>Shown after “The contact cannot be logged:”, so lower case and without a full stop.</extracomment>
        <translation>az ígérethez mai vagy későbbi dátum és összeg szükséges</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/collections.py" line="331"/>
        <source>say what the customer disputes</source>
        <translation>írja le, mit vitat az ügyfél</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="35"/>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="36"/>
        <source>How</source>
        <translation>Csatorna</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="37"/>
        <source>Outcome</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="38"/>
        <source>Step</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="39"/>
        <source>By</source>
        <translation>Ügyintéző</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="40"/>
        <source>Note</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="87"/>
        <source>Promised to pay {amount} by {day}</source>
        <translation>Fizetést ígért: {amount} {day} napjáig</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="98"/>
        <source>Corrects the entry of {when}: {note}</source>
        <translation>Helyesbíti a bejegyzést ({when}): {note}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="118"/>
        <source>Corrected by the entry of {when}</source>
        <translation>Helyesbítette egy későbbi bejegyzés ({when})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="124"/>
        <source>A letter was recorded with this contact (see Letters)</source>
        <translation>Ehhez a bejegyzéshez levél is rögzült (lásd: Levelek)</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="92"/>
        <source>&amp;Edit…</source>
        <translation>Sz&amp;erkesztés…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="93"/>
        <source>New &amp;invoice…</source>
        <translation>Ú&amp;j számla…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="94"/>
        <source>Record &amp;payment…</source>
        <translation>Befizetés &amp;rögzítése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="107"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="108"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="109"/>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="110"/>
        <source>Tax id</source>
        <translation>Adószám</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="111"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="112"/>
        <source>Letters in</source>
        <translation>Levelek nyelve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="113"/>
        <source>Notes</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="120"/>
        <source>Contact</source>
        <translation>Elérhetőség</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="129"/>
        <source>Open balance</source>
        <translation>Nyitott tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="130"/>
        <source>Overdue</source>
        <translation>Lejárt tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="131"/>
        <source>Days late (oldest)</source>
        <translation>Legnagyobb késés (nap)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="132"/>
        <source>Missed installments</source>
        <translation>Elmaradt részletek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="133"/>
        <source>Credit</source>
        <translation>Túlfizetés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="134"/>
        <source>Late interest to date</source>
        <translation>Eddigi késedelmi kamat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="135"/>
        <source>Collection charges</source>
        <translation>Behajtási költségek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="136"/>
        <source>Debt limit</source>
        <translation>Hitelkeret</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="145"/>
        <source>Account</source>
        <translation>Folyószámla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="154"/>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="155"/>
        <source>Entry</source>
        <translation>Tétel</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="156"/>
        <source>Reference</source>
        <translation>Hivatkozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="157"/>
        <source>Details</source>
        <translation>Megnevezés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="158"/>
        <source>Charged</source>
        <translation>Terhelés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="159"/>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="169"/>
        <source>Paid</source>
        <translation>Fizetve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="160"/>
        <source>Balance</source>
        <translation>Egyenleg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="165"/>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="408"/>
        <source>Invoice</source>
        <translation>Számla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="166"/>
        <source>Installment</source>
        <translation>Részlet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="167"/>
        <source>Due</source>
        <translation>Esedékesség</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="168"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="170"/>
        <source>Unpaid</source>
        <translation>Tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="171"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="177"/>
        <source>Statement of account</source>
        <translation>Folyószámla-kivonat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="178"/>
        <source>Installments</source>
        <translation>Részletek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="179"/>
        <source>Letters</source>
        <translation>Levelek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="180"/>
        <source>Contacts</source>
        <translation>Kapcsolattartás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="194"/>
        <source>Wri&amp;te off…</source>
        <translation>Le&amp;írás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="195"/>
        <source>Give up part or all of the open balance, with a reason</source>
        <translation>A nyitott tartozás egészének vagy egy részének leírása, indoklással</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="196"/>
        <source>Re&amp;schedule…</source>
        <translation>Á&amp;tütemezés…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="197"/>
        <source>Turn the overdue balance into a new installment plan</source>
        <translation>A lejárt tartozás átalakítása új részletfizetési tervvé</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Letter</source>
        <translation>Levél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Amount claimed</source>
        <translation>Követelt összeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="228"/>
        <source>Ope&amp;n…</source>
        <translation>Me&amp;gnyitás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="229"/>
        <source>Show the letter exactly as it was sent, to print or save it again</source>
        <translation>A levél pontosan úgy, ahogy elküldték – újranyomtatáshoz vagy újbóli mentéshez</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="231"/>
        <source>&amp;Write a letter…</source>
        <translation>Le&amp;vél írása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="250"/>
        <source>Resol&amp;ve…</source>
        <translation>Ren&amp;dezés…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="251"/>
        <source>Log that the dispute is settled: the account goes back on the ladder</source>
        <translation>A vita rendezésének rögzítése: a behajtási lépések folytatódnak</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="272"/>
        <source>&amp;Log a contact…</source>
        <translation>Új bejeg&amp;yzés…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="273"/>
        <source>Record a call, visit, message or note with its outcome</source>
        <translation>Hívás, látogatás, üzenet vagy megjegyzés rögzítése az eredményével</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="275"/>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Helyesbítés…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="276"/>
        <source>Add an entry that corrects the selected one</source>
        <translation>Új bejegyzés, amely helyesbíti a kijelöltet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="283"/>
        <source>Entries are evidence and are never changed: a mistake is corrected by a new entry.</source>
        <translation>A bejegyzések bizonyítékul szolgálnak, ezért sosem módosulnak: a hibát új bejegyzés helyesbíti.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="316"/>
        <source>Select a customer on the left</source>
        <translation>Válasszon ügyfelet a bal oldali listából</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="355"/>
        <source>the shop&apos;s language</source>
        <translation>a műhely nyelve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="373"/>
        <source>no limit</source>
        <translation>korlátlan</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="376"/>
        <source>no credit (0)</source>
        <translation>nincs hitel (0)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="382"/>
        <source>{used} of {limit} used</source>
        <translation>Felhasználva: {used} / {limit}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="392"/>
        <source>Nothing overdue.</source>
        <translation>Nincs lejárt tartozás.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="409"/>
        <source>Invoice (void)</source>
        <translation>Számla (sztornózva)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="410"/>
        <source>Payment</source>
        <translation>Befizetés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="411"/>
        <source>Written off</source>
        <translation>Leírva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="412"/>
        <source>Rescheduled</source>
        <translation>Átütemezve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="420"/>
        <source>Moved to plan {number}</source>
        <translation>Áthelyezve a tervbe: {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="424"/>
        <source>{amount} in credit</source>
        <translation>{amount} túlfizetés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="452"/>
        <source>Deadline given: {day}</source>
        <translation>Megadott határidő: {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="476"/>
        <source>{letter} of {day} to {name}</source>
        <translation>{letter} – {day}, címzett: {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="501"/>
        <source>⏸ Paused until {day}: the customer promised to pay {amount}.</source>
        <translation>⏸ Szünetel {day} napjáig: az ügyfél {amount} befizetését ígérte.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="504"/>
        <source>⚑ Disputed: {reason} — the ladder waits until it is resolved.</source>
        <translation>⚑ Vitatott: {reason} — a behajtási lépések a rendezésig szünetelnek.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="505"/>
        <source>no reason given</source>
        <translation>indoklás nélkül</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="508"/>
        <source>⚖ Handed over to a lawyer or collector on {day}: no more reminders are planned.</source>
        <translation>⚖ {day} napján átadva ügyvédnek vagy követeléskezelőnek: további emlékeztetők nincsenek tervezve.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="567"/>
        <source>Cash</source>
        <translation>Készpénz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="568"/>
        <source>Card</source>
        <translation>Bankkártya</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="569"/>
        <source>Bank transfer</source>
        <translation>Átutalás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="570"/>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="578"/>
        <source>paid</source>
        <translation>fizetve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="579"/>
        <source>to pay</source>
        <translation>fizetendő</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="579"/>
        <source>part paid</source>
        <translation>részben fizetve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="580"/>
        <source>overdue</source>
        <translation>lejárt</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="581"/>
        <source>missed</source>
        <translation>elmaradt</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="587"/>
        <source>written off</source>
        <translation>leírva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="589"/>
        <source>moved</source>
        <translation>áthelyezve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="589"/>
        <source>Moved to the new plan {number}</source>
        <translation>Áthelyezve az új tervbe: {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="594"/>
        <source>{seq} of {count}</source>
        <translation>{seq}/{count}</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="93"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kód:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="95"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="96"/>
        <source>Person</source>
        <translation>Magánszemély</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="97"/>
        <source>Company</source>
        <translation>Vállalkozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="98"/>
        <source>Ta&amp;x id:</source>
        <translation>&amp;Adószám:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="99"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="100"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="101"/>
        <source>&amp;Address:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="102"/>
        <source>Postal co&amp;de:</source>
        <translation>&amp;Irányítószám:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="104"/>
        <source>C&amp;ity:</source>
        <translation>Telepü&amp;lés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="106"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="108"/>
        <source>&amp;Letters in:</source>
        <translation>Levelek n&amp;yelve:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="109"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="111"/>
        <source>no limit</source>
        <translation>korlátlan</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="113"/>
        <source>Empty: no limit. 0: no credit at all.</source>
        <translation>Üres: korlátlan. 0: semmi hitel.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="115"/>
        <source>Debt li&amp;mit:</source>
        <translation>&amp;Hitelkeret:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="116"/>
        <source>Bl&amp;ocked: no new credit</source>
        <translation>&amp;Zárolva: nincs új hitel</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="117"/>
        <source>No phone calls</source>
        <translation>Nincs hívás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="118"/>
        <source>No SMS or e-mail</source>
        <translation>Nincs SMS/e-mail</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="121"/>
        <source>from the first step</source>
        <translation>az első lépéstől</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="124"/>
        <source> days after the due date</source>
        <translation> nappal a határidő után</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="128"/>
        <source>Start:</source>
        <translation>Kezdés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="134"/>
        <source>Reminders:</source>
        <translation>Emlékeztetők:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="135"/>
        <source>No&amp;tes:</source>
        <translation>Megje&amp;gyzés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="145"/>
        <source>Two-letter country code; empty: the shop&apos;s country</source>
        <translation>Kétbetűs országkód; üresen: a műhely országa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="154"/>
        <source>Same as the shop ({language})</source>
        <translation>A műhely nyelve ({language})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="172"/>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="175"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="203"/>
        <source>New customer</source>
        <translation>Új ügyfél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="205"/>
        <source>Customer {code} — {name}</source>
        <translation>Ügyfél: {code} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="229"/>
        <source>the shop&apos;s country ({country})</source>
        <translation>a műhely országa ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="277"/>
        <source>Enter a code: every customer needs one.</source>
        <translation>Adjon meg kódot: minden ügyfélnek kell, hogy legyen.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="279"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Adja meg az ügyfél nevét.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="281"/>
        <source>The limit cannot be negative: 0 means no credit at all.</source>
        <translation>A hitelkeret nem lehet negatív: a 0 azt jelenti, hogy az ügyfél semmilyen hitelt nem kap.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="308"/>
        <source>Changed meanwhile</source>
        <translation>Időközben módosult</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="310"/>
        <source>This customer was changed by someone else meanwhile. Close this window and open the customer again to see the changes.</source>
        <translation>Az ügyfél adatait időközben valaki más módosította. Zárja be ezt az ablakot, és nyissa meg újra az ügyfelet a változások megtekintéséhez.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="323"/>
        <source>Customer {code} ({name}) already has this code.</source>
        <translation>Ezt a kódot már használja egy ügyfél: {code} ({name}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="324"/>
        <source>Customer {code} ({name}) already has this code. Open that customer?</source>
        <translation>Ezt a kódot már használja egy ügyfél: {code} ({name}). Megnyitja azt az ügyfelet?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="327"/>
        <source>Customer {code} ({name}) already has this tax id.</source>
        <translation>Ez az adószám már szerepel egy ügyfélnél: {code} ({name}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="328"/>
        <source>Customer {code} ({name}) already has this tax id. Open that customer?</source>
        <translation>Ez az adószám már szerepel egy ügyfélnél: {code} ({name}). Megnyitja azt az ügyfelet?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="334"/>
        <source>Already in use</source>
        <translation>Már használatban</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="65"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="66"/>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="67"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="68"/>
        <source>Balance</source>
        <translation>Egyenleg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="69"/>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="70"/>
        <source>Limit</source>
        <translation>Hitelkeret</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="71"/>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="30"/>
        <source>Search name, code, phone, city, plate or serial…</source>
        <translation>Keresés: név, kód, telefon, település, rendszám vagy sorozatszám…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="118"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n ügyfél</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="120"/>
        <source>{shown} of {count}</source>
        <translation>{shown} / {count}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="79"/>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Dátum kiválasztása a naptárban (Alt+Le nyíl)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="84"/>
        <source>A date like {example}; {iso} is understood too. Up and Down change it by a day.</source>
        <translation>Dátum {example} formában, de {iso} alakban is megadható. A Fel és a Le nyíl egy nappal módosítja.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="155"/>
        <source>There is no {typed} in the calendar (the date stays {day}).</source>
        <translation>A naptárban nincs ilyen nap: {typed} (a dátum {day} marad).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="157"/>
        <source>Enter a date from {first} to {last} (the date stays {day}).</source>
        <translation>{first} és {last} közötti dátumot adjon meg (a dátum {day} marad).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="159"/>
        <source>A date is needed (the date stays {day}).</source>
        <translation>Dátumot kell megadni (a dátum {day} marad).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="161"/>
        <source>Not a date: write it like {example} or {iso} (the date stays {day}).</source>
        <translation>Ez nem dátum: írja {example} vagy {iso} alakban (a dátum {day} marad).</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="64"/>
        <source>Welcome to Workshop Desk</source>
        <translation>Üdvözli a Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="82"/>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Tell the program about your shop: its name and address head every letter, its country sets the currency and the language. Or press &lt;i&gt;Load demo data&lt;/i&gt; to try the program with an invented shop first.</source>
        <translation>&lt;b&gt;Üdvözöljük!&lt;/b&gt; Adja meg a műhely adatait: a neve és a címe minden levél fejlécébe kerül, az ország pedig meghatározza a pénznemet és a nyelvet. Vagy nyomja meg a &lt;i&gt;Demóadatok betöltése&lt;/i&gt; gombot, és először egy kitalált műhellyel próbálja ki a programot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="93"/>
        <source>Shop &amp;name:</source>
        <translation>Műhely &amp;neve:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="94"/>
        <source>&amp;Address:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="95"/>
        <source>P&amp;ostal code:</source>
        <translation>Irányító&amp;szám:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="97"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Település:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="101"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="102"/>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Pénznem:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="103"/>
        <source>&amp;Language:</source>
        <translation>N&amp;yelv:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="107"/>
        <source>&amp;Tax id:</source>
        <translation>&amp;Adószám:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="108"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="109"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="110"/>
        <source>Ban&amp;k:</source>
        <translation>Ban&amp;k:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="111"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="112"/>
        <source>BI&amp;C:</source>
        <translation>B&amp;IC:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="54"/>
        <source>Other…</source>
        <translation>Egyéb…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="56"/>
        <source>code, e.g. FR</source>
        <translation>kód, pl. HU</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="124"/>
        <source>Load &amp;demo data</source>
        <translation>&amp;Demóadatok betöltése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="127"/>
        <source>Fill the program with an invented shop (150 customers with invoices and payments) in the language of the country chosen above</source>
        <translation>Egy kitalált műhely betöltése a programba (150 ügyfél számlákkal és befizetésekkel), a fent választott ország nyelvén</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="137"/>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;mentése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="107"/>
        <source>Three-letter currency code, e.g. EUR</source>
        <translation>Hárombetűs pénznemkód, pl. HUF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="109"/>
        <source>Follows from the country</source>
        <translation>Az ország határozza meg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="179"/>
        <source>Not empty any more</source>
        <translation>Már nem üres</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="181"/>
        <source>Someone else has set up this database meanwhile, so the demo was not loaded. Start the program again to see what it holds.</source>
        <translation>Időközben valaki más már beállította ezt az adatbázist, ezért a demóadatok nem töltődtek be. Indítsa újra a programot, hogy lássa, mit tartalmaz.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="130"/>
        <source>Enter the name of your shop: it heads every letter.</source>
        <translation>Adja meg a műhely nevét: ez áll minden levél fejlécében.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="134"/>
        <source>Enter the country as its two-letter code, like FR, DE or ES.</source>
        <translation>Az országot a kétbetűs kódjával adja meg, pl. HU, AT vagy DE.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="138"/>
        <source>Enter the currency as its three-letter code, like EUR or CHF.</source>
        <translation>A pénznemet a hárombetűs kódjával adja meg, pl. HUF vagy EUR.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="154"/>
        <source>This is not a valid BIC: 8 or 11 letters and digits, like UNCRITMM.</source>
        <translation>Ez nem érvényes BIC: 8 vagy 11 betű és számjegy, pl. OTPVHUHB.</translation>
    </message>
</context>
<context>
    <name>FormTexts</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="45"/>
        <source>that country</source>
        <translation>az adott ország</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="47"/>
        <source>This field cannot be empty.</source>
        <translation>Ez a mező nem maradhat üresen.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="48"/>
        <source>This is too long: please shorten it.</source>
        <translation>Ez túl hosszú: kérjük, rövidítse le.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="49"/>
        <source>The amount cannot be negative.</source>
        <translation>Az összeg nem lehet negatív.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="50"/>
        <source>Write the country as its two-letter code, like IT, GB or HU.</source>
        <translation>Az országot a kétbetűs kódjával adja meg, pl. HU, IT vagy GB.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="53"/>
        <source>This tax id has the wrong number of characters for {country}.</source>
        <translation>Az adószám karaktereinek száma {country} szabályai szerint hibás.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="56"/>
        <source>This is not written like a tax id of {country}.</source>
        <translation>Ez nem felel meg {country} adószám-formátumának.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="59"/>
        <source>The check digit of this tax id is wrong for {country}: probably a typing mistake.</source>
        <translation>Az adószám ellenőrző számjegye {country} szabályai szerint hibás: valószínűleg elírás.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="62"/>
        <source>This is not a valid e-mail address (it looks like name@example.com).</source>
        <translation>Ez nem érvényes e-mail-cím (helyes formája pl. nev@pelda.hu).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="65"/>
        <source>This is not a valid phone number: digits, spaces and + - ( ) / only, at least 6 digits.</source>
        <translation>Ez nem érvényes telefonszám: csak számjegyek, szóközök és + - ( ) / szerepelhetnek, legalább 6 számjegy.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="68"/>
        <source>This is not a valid IBAN: check the country code, the length and the check digits.</source>
        <translation>Ez nem érvényes IBAN: ellenőrizze az országkódot, a hosszt és az ellenőrző számjegyeket.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="71"/>
        <source>Hand over {name}</source>
        <translation>Átadás: {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="84"/>
        <source>Overdue {overdue}  ·  open balance {open}</source>
        <translation>Lejárt: {overdue}  ·  nyitott tartozás: {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="94"/>
        <source>⚠ This account was handed over on {day}. Handing it over again logs a new entry.</source>
        <translation>⚠ Ezt a követelést {day} napján már átadták. Az újbóli átadás új bejegyzésként kerül a naplóba.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="102"/>
        <source>To whom, and their reference (optional)</source>
        <translation>Kinek, és az ő hivatkozási számuk (nem kötelező)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="109"/>
        <source>Preparing the case file…</source>
        <translation>A behajtási dosszié készül…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="116"/>
        <source>&amp;Save case file…</source>
        <translation>&amp;Dosszié mentése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="118"/>
        <source>One PDF for the lawyer or collector: the account, the interest, the contact log and every letter</source>
        <translation>Egyetlen PDF az ügyvédnek vagy követeléskezelőnek: folyószámla, kamat, kapcsolattartási napló és minden levél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="121"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Átadás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="123"/>
        <source>Log the hand-over: the account leaves the collection ladder and is marked as handed over</source>
        <translation>Az átadás rögzítése: az ügyfél kikerül a behajtási lépésekből, és átadottként jelölődik meg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="131"/>
        <source>Before handing over</source>
        <translation>Átadás előtt</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="135"/>
        <source>&amp;Note:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="167"/>
        <source>case file</source>
        <translation>behajtási dosszié</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="173"/>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="213"/>
        <source>Save case file</source>
        <translation>Behajtási dosszié mentése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="173"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="202"/>
        <source>Case file saved as {name}.</source>
        <translation>A behajtási dosszié mentve: {name}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="214"/>
        <source>The case file could not be saved: {reason}.</source>
        <translation>A behajtási dosszié mentése nem sikerült: {reason}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="227"/>
        <source>Hand over</source>
        <translation>Átadás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="228"/>
        <source>Not every check is passed:

{checks}

Hand the account over all the same?</source>
        <translation>Nem minden ellenőrzés teljesült:

{checks}

Mégis átadja a követelést?</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="41"/>
        <source>Over the debt limit</source>
        <translation>Hitelkeret felett</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="42"/>
        <source>Missed installment</source>
        <translation>Elmaradt részlet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="43"/>
        <location filename="../workshop_desk/ui/highlights.py" line="74"/>
        <location filename="../workshop_desk/ui/highlights.py" line="100"/>
        <source>Blocked: no new credit</source>
        <translation>Zárolva: nincs új hitel</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="44"/>
        <source>Overdue</source>
        <translation>Lejárt tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="82"/>
        <source>Over limit by {excess} — limit {limit}, open {open}</source>
        <translation>Kerettúllépés: {excess} — hitelkeret: {limit}, nyitott tartozás: {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="91"/>
        <source>Installment {seq} of {count} of invoice {number}, due {due}, {unpaid} unpaid</source>
        <translation>Számla: {number}, {seq}/{count}. részlet, esedékesség: {due}, tartozás: {unpaid}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/highlights.py" line="103"/>
        <source>{amount} overdue, %n day(s) late</source>
        <translation>
            <numerusform>Lejárt: {amount}, %n nap késés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="38"/>
        <source>Invoice</source>
        <translation>Számla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="39"/>
        <source>Installment</source>
        <translation>Részlet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="40"/>
        <source>Payment</source>
        <translation>Befizetés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="41"/>
        <source>Collection charge</source>
        <translation>Behajtási költség</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="42"/>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="43"/>
        <source>Import</source>
        <translation>Importálás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="50"/>
        <source>number</source>
        <translation>sorszám</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="51"/>
        <source>customer</source>
        <translation>ügyfél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="52"/>
        <source>invoice</source>
        <translation>számla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="53"/>
        <source>issue date</source>
        <translation>kiállítás dátuma</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="54"/>
        <source>due date</source>
        <translation>fizetési határidő</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="55"/>
        <source>total</source>
        <translation>végösszeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="56"/>
        <source>deposit</source>
        <translation>előleg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="57"/>
        <source>status</source>
        <translation>állapot</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="58"/>
        <source>reason for voiding</source>
        <translation>sztornózás oka</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="59"/>
        <source>reason for credit beyond the limit</source>
        <translation>hitelkereten felüli kiállítás oka</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="60"/>
        <source>installment number</source>
        <translation>részlet sorszáma</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="61"/>
        <source>amount</source>
        <translation>összeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="62"/>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="63"/>
        <source>date</source>
        <translation>dátum</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="64"/>
        <source>kind</source>
        <translation>típus</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="65"/>
        <source>method</source>
        <translation>fizetési mód</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="66"/>
        <source>reason</source>
        <translation>indok</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="67"/>
        <source>debt limit</source>
        <translation>hitelkeret</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="68"/>
        <source>blocked</source>
        <translation>zárolva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="69"/>
        <source>handed over on</source>
        <translation>átadás dátuma</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="77"/>
        <source>open</source>
        <translation>nyitott</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="78"/>
        <source>void</source>
        <translation>sztornózott</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="79"/>
        <source>payment</source>
        <translation>befizetés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="80"/>
        <source>write-off</source>
        <translation>leírás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="81"/>
        <source>moved to a new plan</source>
        <translation>áthelyezve új tervbe</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="82"/>
        <source>cash</source>
        <translation>készpénz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="83"/>
        <source>card</source>
        <translation>bankkártya</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="84"/>
        <source>bank transfer</source>
        <translation>átutalás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="85"/>
        <source>other</source>
        <translation>egyéb</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="92"/>
        <source>added</source>
        <translation>hozzáadva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="93"/>
        <source>changed</source>
        <translation>módosítva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="94"/>
        <source>removed</source>
        <translation>törölve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="115"/>
        <source>History of {name}</source>
        <translation>Változásnapló – {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="118"/>
        <source>Every change to invoices, installments, payments, write-offs and credit terms, newest first: when, who, and the value before and after. Nobody can edit this history.</source>
        <translation>A számlák, részletek, befizetések, leírások és hitelfeltételek minden módosítása, a legújabbal kezdve: mikor, ki, és mi volt az érték előtte és utána. Ezt a naplót senki sem szerkesztheti.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>When</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>Who</source>
        <translation>Felhasználó</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>What</source>
        <translation>Tétel</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>Change</source>
        <translation>Változás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="132"/>
        <source>No changes recorded yet.</source>
        <translation>Még nincs rögzített változás.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="134"/>
        <source>E&amp;xport personal data…</source>
        <translation>Személyes adatok &amp;exportálása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="136"/>
        <source>Everything the shop holds about this customer, as a JSON file and a readable PDF</source>
        <translation>Minden adat, amelyet a műhely erről az ügyfélről tárol, JSON-fájlként és olvasható PDF-ként</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="138"/>
        <source>&amp;Erase personal data…</source>
        <translation>Személyes adatok &amp;törlése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="171"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="173"/>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="185"/>
        <source>Folder for the personal data files</source>
        <translation>A személyes adatok fájljainak mappája</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="194"/>
        <source>Personal data exported</source>
        <translation>Személyes adatok exportálva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="195"/>
        <source>Written, readable by you only:
{json}
{pdf}</source>
        <translation>Elkészült, csak Ön olvashatja:
{json}
{pdf}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="201"/>
        <source>Erase personal data</source>
        <translation>Személyes adatok törlése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="203"/>
        <source>Erase the personal data of {name}?

E-mail, phone, IBAN, notes, vehicles and the notes of the contact log are erased now. Name, tax id and address stay while the law requires the invoices to be kept; amounts and dates stay as accounting records. This cannot be undone.</source>
        <translation>Törli az ügyfél ({name}) személyes adatait?

Az e-mail-cím, a telefonszám, az IBAN, a megjegyzések, a járművek és a kapcsolattartási napló megjegyzései most törlődnek. A név, az adószám és a cím addig megmarad, amíg a jogszabály előírja a számlák megőrzését; az összegek és a dátumok számviteli nyilvántartásként megmaradnak. Ez nem vonható vissza.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="216"/>
        <source>Not erased</source>
        <translation>Nem történt törlés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="219"/>
        <source>Erased. Name, tax id and address are kept until {day}, when the invoices may be discarded.</source>
        <translation>Törölve. A név, az adószám és a cím {day} napjáig megmarad: ekkortól selejtezhetők a számlák.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="222"/>
        <source>Erased. Only amounts and dates remain, under the customer code.</source>
        <translation>Törölve. Csak az összegek és a dátumok maradnak meg, az ügyfélkód alatt.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="223"/>
        <source>Personal data erased</source>
        <translation>Személyes adatok törölve</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="135"/>
        <source>New invoice</source>
        <translation>Új számla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="153"/>
        <source>Type a code or a name</source>
        <translation>Írjon be kódot vagy nevet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="165"/>
        <source>Add…</source>
        <translation>Új…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="166"/>
        <source>Register another vehicle or device of this customer</source>
        <translation>Az ügyfél újabb járművének vagy eszközének felvétele</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="168"/>
        <source>Plate or serial number</source>
        <translation>Rendszám vagy sorozatszám</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="170"/>
        <source>Make and model, or device</source>
        <translation>Gyártmány és típus, vagy eszköz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="171"/>
        <source>Add</source>
        <translation>Hozzáadás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="179"/>
        <source>What was done (shown on the invoice and in letters)</source>
        <translation>Az elvégzett munka (megjelenik a számlán és a levelekben)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="184"/>
        <source>Payments are recorded against this invoice: to change the amounts, void it and issue a new one.</source>
        <translation>Erre a számlára már rögzítettek befizetést: az összegek módosításához sztornózza, és állítson ki újat.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="193"/>
        <source>1 = no plan: the whole amount falls due on the due date</source>
        <translation>1 = nincs részletfizetés: a teljes összeg a fizetési határidőn esedékes</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="195"/>
        <source>monthly</source>
        <translation>havonta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="196"/>
        <source>weekly</source>
        <translation>hetente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>No.</source>
        <translation>Sorsz.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>Due date</source>
        <translation>Esedékesség</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="230"/>
        <source>Issue it anyway</source>
        <translation>Kiállítás ennek ellenére</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="232"/>
        <source>Why (kept on record with the invoice)</source>
        <translation>Indoklás (a számlával együtt megőrizzük)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="233"/>
        <source>Reason:</source>
        <translation>Indok:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="244"/>
        <source>A warning only: the invoice can still be saved.</source>
        <translation>Csak figyelmeztetés: a számla ettől még menthető.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="253"/>
        <source>Reload</source>
        <translation>Újratöltés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="258"/>
        <source>Void…</source>
        <translation>Sztornó…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="283"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Ügyfél:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="284"/>
        <source>&amp;Vehicle / device:</source>
        <translation>&amp;Jármű / eszköz:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="285"/>
        <source>&amp;Number:</source>
        <translation>&amp;Sorszám:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="286"/>
        <source>&amp;Issue date:</source>
        <translation>&amp;Kiállítás dátuma:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="287"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fizetési határidő:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="288"/>
        <source>&amp;Work done:</source>
        <translation>Elvégzett &amp;munka:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="289"/>
        <source>&amp;Total:</source>
        <translation>&amp;Végösszeg:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="290"/>
        <source>&amp;Deposit:</source>
        <translation>Elő&amp;leg:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="297"/>
        <source>&amp;first due:</source>
        <translation>első &amp;esedékesség:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="304"/>
        <source>Install&amp;ments:</source>
        <translation>&amp;Részletek:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="305"/>
        <source>Installment plan</source>
        <translation>Részletfizetési terv</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="427"/>
        <source>Invoice {number}</source>
        <translation>Számla: {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="428"/>
        <source>Save the change anyway</source>
        <translation>Módosítás mentése ennek ellenére</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="466"/>
        <source>This invoice is void: {reason}</source>
        <translation>Ez a számla sztornózott: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="526"/>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="553"/>
        <source>Enter the plate or serial number.</source>
        <translation>Adja meg a rendszámot vagy a sorozatszámot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="562"/>
        <source>{vehicle} (new)</source>
        <translation>{vehicle} (új)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="651"/>
        <source>Enter the total to see the plan.</source>
        <translation>A terv megtekintéséhez adja meg a végösszeget.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="657"/>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="959"/>
        <source>The deposit is larger than the total.</source>
        <translation>Az előleg nagyobb a végösszegnél.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="670"/>
        <source>No plan: {amount} falls due on {day}.</source>
        <translation>Nincs részletfizetés: {amount} esedékes {day} napján.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="674"/>
        <source>{amount} in %n installment(s), the last on {day}.</source>
        <translation>
            <numerusform>{amount} %n részletben, az utolsó {day} napján esedékes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="678"/>
        <source>Total {total} less deposit {deposit}: {rest}</source>
        <translation>Végösszeg {total}, levonva az előleget ({deposit}): {rest}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="710"/>
        <source>This customer is blocked: no new credit.</source>
        <translation>Ez az ügyfél zárolva van: új hitel nem adható.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="713"/>
        <source>Enter the amounts to check the credit.</source>
        <translation>A hitelkeret ellenőrzéséhez adja meg az összegeket.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="736"/>
        <source>Open balance {open} + the increase {amount} = {after}</source>
        <translation>Nyitott tartozás {open} + növekmény {amount} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="738"/>
        <source>Open balance {open} + this invoice {amount} − credit {credit} = {after}</source>
        <translation>Nyitott tartozás {open} + ez a számla {amount} − túlfizetés {credit} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="740"/>
        <source>Open balance {open} + this invoice {amount} = {after}</source>
        <translation>Nyitott tartozás {open} + ez a számla {amount} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="742"/>
        <source>{figures}; no debt limit.</source>
        <translation>{figures}; a hitelkeret korlátlan.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="744"/>
        <source>{figures}, over the limit of {limit} by {excess}.</source>
        <translation>{figures}, ez {excess} összeggel meghaladja a hitelkeretet ({limit}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="749"/>
        <source>{figures}, within the limit of {limit}.</source>
        <translation>{figures}, a hitelkereten ({limit}) belül.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="772"/>
        <source>Issued over the customer&apos;s credit terms: {reason}</source>
        <translation>Az ügyfél hitelfeltételein túl kiállítva: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="800"/>
        <source>To save it, tick “{option}” and say why; or change the amounts.</source>
        <translation>A mentéshez jelölje be ezt: „{option}”, és adja meg az indokot; vagy módosítsa az összegeket.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="804"/>
        <source>Say why the invoice is issued anyway.</source>
        <translation>Adja meg, miért állítja ki mégis a számlát.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="817"/>
        <source>Choose a customer from the list.</source>
        <translation>Válasszon ügyfelet a listából.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="819"/>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="957"/>
        <source>Enter the invoice number.</source>
        <translation>Adja meg a számla sorszámát.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="917"/>
        <source>Void invoice {number}</source>
        <translation>Számla sztornózása: {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="918"/>
        <source>Why is this invoice voided? It stays on record and stops counting.</source>
        <translation>Miért sztornózza ezt a számlát? A számla megmarad a nyilvántartásban, de többé nem számít bele a tartozásba.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="945"/>
        <source>Number {taken} was taken meanwhile: {number} is the next free one. Save again.</source>
        <translation>A sorszámot ({taken}) időközben kiosztották: a következő szabad sorszám {number}. Mentsen újra.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="950"/>
        <source>Number {number} is taken: choose another.</source>
        <translation>Ez a sorszám már foglalt ({number}): válasszon másikat.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="958"/>
        <source>Amounts cannot be negative.</source>
        <translation>Az összegek nem lehetnek negatívak.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="960"/>
        <source>The due date is before the issue date.</source>
        <translation>A fizetési határidő korábbi a kiállítás dátumánál.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="963"/>
        <source>The first installment falls due before the issue date.</source>
        <translation>Az első részlet esedékessége korábbi a kiállítás dátumánál.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="967"/>
        <source>The installments do not add up to the total less the deposit.</source>
        <translation>A részletek összege nem egyezik az előleggel csökkentett végösszeggel.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="969"/>
        <source>This invoice is void: it cannot be changed.</source>
        <translation>Ez a számla sztornózott: nem módosítható.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="972"/>
        <source>An invoice stays with its customer: void it and issue a new one instead.</source>
        <translation>A számla nem tehető át másik ügyfélhez: helyette sztornózza, és állítson ki újat.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="974"/>
        <source>This invoice is void already.</source>
        <translation>Ez a számla már sztornózott.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="975"/>
        <source>Say why the invoice is voided.</source>
        <translation>Adja meg a sztornózás okát.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="978"/>
        <source>The invoice cannot be saved: {reason}</source>
        <translation>A számla nem menthető: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="983"/>
        <source>Someone else changed this invoice meanwhile. Reload it to see their changes, then edit again.</source>
        <translation>A számlát időközben valaki más módosította. Töltse be újra a változások megtekintéséhez, majd szerkessze ismét.</translation>
    </message>
</context>
<context>
    <name>InvoiceError</name>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="96"/>
        <source>the invoice needs a number</source>
        <extracomment>Shown after “The invoice cannot be saved:”, so lower case and without a full stop.</extracomment>
        <translation>a számlához sorszám szükséges</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="97"/>
        <source>amounts cannot be negative</source>
        <translation>az összegek nem lehetnek negatívak</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="98"/>
        <source>the deposit is larger than the total</source>
        <translation>az előleg nagyobb a végösszegnél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="99"/>
        <source>the due date is before the issue date</source>
        <translation>a fizetési határidő korábbi a kiállítás dátumánál</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="100"/>
        <source>the installments do not add up to the total less the deposit</source>
        <translation>a részletek összege nem egyezik az előleggel csökkentett végösszeggel</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="101"/>
        <source>an installment falls due before the invoice is issued</source>
        <translation>egy részlet esedékessége korábbi a számla kiállításánál</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="104"/>
        <source>invoice number {number} exists already</source>
        <translation>már létezik számla ezzel a sorszámmal: {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="105"/>
        <source>a void invoice cannot be changed</source>
        <translation>sztornózott számla nem módosítható</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="106"/>
        <source>an invoice stays with its customer: void it and issue a new one instead</source>
        <translation>a számla nem tehető át másik ügyfélhez: helyette sztornózza, és állítson ki újat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="109"/>
        <source>payments are recorded against this invoice: void it and issue a new one instead</source>
        <translation>erre a számlára már rögzítettek befizetést: helyette sztornózza, és állítson ki újat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="112"/>
        <source>say why the invoice is voided</source>
        <translation>adja meg a sztornózás okát</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="113"/>
        <source>the invoice is void already</source>
        <translation>a számla már sztornózott</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="30"/>
        <source>open</source>
        <translation>nyitott</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="31"/>
        <source>partly paid</source>
        <translation>részben fizetve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="32"/>
        <source>paid</source>
        <translation>fizetve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="33"/>
        <source>overdue</source>
        <translation>lejárt</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="34"/>
        <source>void</source>
        <translation>sztornózott</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="78"/>
        <source>Number</source>
        <translation>Sorszám</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="79"/>
        <source>Issued</source>
        <translation>Kiállítva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="80"/>
        <source>Due</source>
        <translation>Esedékesség</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="81"/>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="82"/>
        <source>Vehicle / device</source>
        <translation>Jármű / eszköz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="83"/>
        <source>Work</source>
        <translation>Munka</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="84"/>
        <source>Total</source>
        <translation>Végösszeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="85"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="218"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n részlet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="236"/>
        <source>Paid {paid}, unpaid {unpaid}</source>
        <translation>Fizetve: {paid}, tartozás: {unpaid}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="240"/>
        <source>Overdue {amount}</source>
        <translation>Lejárt: {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="244"/>
        <source>%n missed installment(s)</source>
        <translation>
            <numerusform>%n elmaradt részlet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="24"/>
        <source>Search number, customer, phone, plate or work…</source>
        <translation>Keresés: sorszám, ügyfél, telefon, rendszám vagy munka…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="72"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln számla</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="113"/>
        <source>Letter to {name}</source>
        <translation>Levél – {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="151"/>
        <source>&amp;Print…</source>
        <translation>&amp;Nyomtatás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="153"/>
        <source>Record the letter in the customer&apos;s history and print it (Ctrl+P)</source>
        <translation>A levél rögzítése az ügyfél előzményeiben, majd nyomtatás (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="154"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;PDF mentése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="157"/>
        <source>Record the letter in the customer&apos;s history and save it as a PDF (Ctrl+S)</source>
        <translation>A levél rögzítése az ügyfél előzményeiben, majd mentés PDF-ként (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="167"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="168"/>
        <source>&amp;Language:</source>
        <translation>N&amp;yelv:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="169"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dátum:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="239"/>
        <source>A “{kind}” cannot be written for this customer.</source>
        <translation>Ennek az ügyfélnek ilyen levél nem írható: „{kind}”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="249"/>
        <source>{problems}

Correct the text in Settings → Letter texts…</source>
        <translation>{problems}

Javítsa a szöveget itt: Beállítások → Levélszövegek…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="253"/>
        <source>The text of the “{kind}” in {language} has problems: the letter cannot be written.</source>
        <translation>Hibás a levélszöveg („{kind}”, {language}): a levél nem készíthető el.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="296"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="309"/>
        <source>Print letter</source>
        <translation>Levél nyomtatása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="310"/>
        <source>The printer could not be opened. Nothing was recorded: check the printer and try again.</source>
        <translation>A nyomtató nem érhető el. Semmi sem lett rögzítve: ellenőrizze a nyomtatót, és próbálja újra.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="321"/>
        <source>Printed, and recorded in the customer&apos;s letters.</source>
        <translation>Kinyomtatva, és rögzítve az ügyfél levelei között.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="331"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="346"/>
        <source>Save letter as PDF</source>
        <translation>Levél mentése PDF-ként</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="331"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="347"/>
        <source>The letter could not be saved in {path}: {reason}. Nothing was recorded.</source>
        <translation>A levél mentése nem sikerült ide: {path} – {reason}. Semmi sem lett rögzítve.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="353"/>
        <source>Saved as {name}, and recorded in the customer&apos;s letters.</source>
        <translation>Mentve: {name}, és rögzítve az ügyfél levelei között.</translation>
    </message>
</context>
<context>
    <name>LetterNames</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="27"/>
        <source>Courtesy reminder</source>
        <translation>Előzetes fizetési emlékeztető</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="28"/>
        <source>Payment reminder</source>
        <translation>Fizetési emlékeztető</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="29"/>
        <source>Second reminder</source>
        <translation>Második felszólítás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="30"/>
        <source>Formal claim letter</source>
        <translation>Végső fizetési felszólítás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="31"/>
        <source>Missed installment notice</source>
        <translation>Értesítés elmaradt részletről</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="32"/>
        <source>Statement of account</source>
        <translation>Folyószámla-kivonat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="45"/>
        <source>The account is paid: there is nothing to remind.</source>
        <translation>A tartozás ki van egyenlítve: nincs miről emlékeztetni.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="46"/>
        <source>Nothing is overdue on this account. A courtesy reminder or a statement of account fits instead.</source>
        <translation>Ennél az ügyfélnél nincs lejárt tartozás. Helyette előzetes fizetési emlékeztető vagy folyószámla-kivonat küldhető.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="50"/>
        <source>No installment of a payment plan is missed on this account.</source>
        <translation>Ennél az ügyfélnél egyetlen részletfizetési tervben sincs elmaradt részlet.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="53"/>
        <source>Nothing is left to fall due on this account, so there is nothing to announce. A statement of account fits instead.</source>
        <translation>Ennél az ügyfélnél már nincs jövőbeli esedékesség, így nincs mit előre jelezni. Helyette folyószámla-kivonat küldhető.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="65"/>
        <source>No reminder was sent before this claim letter (the program has no record of one). A formal claim usually follows at least one payment reminder.</source>
        <translation>E végső felszólítás előtt nem ment ki emlékeztető (a programban nincs ilyen nyilvántartva). A végső fizetési felszólítást általában legalább egy fizetési emlékeztető előzi meg.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="71"/>
        <source>No reminder was sent before this second reminder (the program has no record of one).</source>
        <translation>E második felszólítás előtt nem ment ki emlékeztető (a programban nincs ilyen nyilvántartva).</translation>
    </message>
</context>
<context>
    <name>LetterTextProblem</name>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="71"/>
        <source>the text is not valid TOML: {error}</source>
        <extracomment>A problem of a letter text the user edits in Settings → Letter texts; the quoted words are the TOML keys and placeholders of the file, which stay as they are.</extracomment>
        <translation>a szöveg nem érvényes TOML: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="72"/>
        <source>the key &apos;{key}&apos; is missing</source>
        <translation>hiányzó kulcs: &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="73"/>
        <source>the key &apos;{key}&apos; is not one of {keys}</source>
        <translation>ismeretlen kulcs: &apos;{key}&apos; (lehetséges kulcsok: {keys})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="74"/>
        <source>unknown placeholder {placeholder} in &apos;{key}&apos;</source>
        <translation>ismeretlen helyőrző: {placeholder}, itt: &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="75"/>
        <source>a brace in &apos;{key}&apos; is not part of a placeholder like {example}</source>
        <translation>helyőrzőn kívüli kapcsos zárójel itt: &apos;{key}&apos; (helyőrző pl. {example})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="78"/>
        <source>block markers such as [[items]] belong in the body, not in &apos;{key}&apos;</source>
        <translation>a blokkjelölők (pl. [[items]]) a levél törzsébe (body) valók, nem ide: &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="81"/>
        <source>unknown block [[{block}]]</source>
        <translation>ismeretlen blokk: [[{block}]]</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="82"/>
        <source>a block marker must stand alone on its line: {line}</source>
        <translation>a blokkjelölőnek külön sorban kell állnia: {line}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="83"/>
        <source>no value for {placeholder}</source>
        <translation>nincs érték ehhez: {placeholder}</translation>
    </message>
</context>
<context>
    <name>LetterTextsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="78"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="206"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="329"/>
        <source>Letter texts</source>
        <translation>Levélszövegek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="107"/>
        <source>Write {placeholders} such as {customer_name} or {deadline} where the letter fills in its figures; put blocks such as [[items]] or [[payment]] on a line of their own. Hover here for the full list.</source>
        <translation>Kapcsos zárójeles helyőrzőket, például {customer_name} vagy {deadline}, írjon oda, ahová a levél az adatait illeszti; az olyan blokkokat, mint a [[items]] vagy a [[payment]], külön sorba írja. A teljes listáért vigye ide az egérmutatót.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="114"/>
        <source>Placeholders: {names}
Blocks: {blocks}</source>
        <translation>Helyőrzők: {names}
Blokkok: {blocks}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="119"/>
        <source>This text cannot be saved:</source>
        <translation>Ez a szöveg nem menthető:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="140"/>
        <source>&amp;Reset to default…</source>
        <translation>&amp;Visszaállítás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="147"/>
        <source>&amp;Language:</source>
        <translation>N&amp;yelv:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="147"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="158"/>
        <source>&amp;Text:</source>
        <translation>&amp;Szöveg:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="206"/>
        <source>Discard your changes to this text and open the other one?</source>
        <translation>Elveti a szöveg módosításait, és megnyitja a másikat?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="237"/>
        <source>The shop&apos;s own text (edited).</source>
        <translation>A műhely saját szövege (módosított).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="237"/>
        <source>The text shipped with the program.</source>
        <translation>A program alapszövege.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="263"/>
        <source>The preview shows the last text without problems.</source>
        <translation>Az előnézet az utolsó hibátlan szöveget mutatja.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="269"/>
        <source>The letter cannot be laid out with this text: {error}</source>
        <translation>Ezzel a szöveggel a levél nem tördelhető: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="273"/>
        <source>Sample: {kind} to {customer}, as of {day}. Nothing is recorded.</source>
        <translation>Minta: {kind}, címzett: {customer}, dátum: {day} – semmi sem kerül rögzítésre.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="294"/>
        <source>Saved: new letters use this text.</source>
        <translation>Mentve: az új levelek ezt a szöveget használják.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="301"/>
        <source>Reset to default</source>
        <translation>Alapszöveg visszaállítása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="302"/>
        <source>Replace the text of the “{kind}” in {language} with the text shipped with the program?</source>
        <translation>Lecseréli a levélszöveget („{kind}”, {language}) a program alapszövegére?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="311"/>
        <source>The shipped text applies again.</source>
        <translation>Ismét az alapszöveg érvényes.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="329"/>
        <source>Close without saving your changes?</source>
        <translation>Bezárja a módosítások mentése nélkül?</translation>
    </message>
</context>
<context>
    <name>LetterWarning</name>
    <message>
        <location filename="../workshop_desk/services/letters.py" line="71"/>
        <source>no reminder was sent before this second reminder (the program has no record of one)</source>
        <translation>e második felszólítás előtt nem ment ki emlékeztető (a programban nincs ilyen nyilvántartva)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/letters.py" line="74"/>
        <source>no reminder was sent before this claim letter (the program has no record of one)</source>
        <translation>e végső felszólítás előtt nem ment ki emlékeztető (a programban nincs ilyen nyilvántartva)</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="49"/>
        <source>An action that would break a limit is moved to the first day it is allowed, and the Today list says why. The defaults are the Russian rules for collecting from private persons (230-FZ); they are a sensible courtesy anywhere.</source>
        <translation>A korlátot sértő teendő arra az első napra kerül, amikor már megengedett, és a Ma lapon látszik, miért. Az alapértékek a magánszemélyekkel szembeni követelésbehajtás orosz szabályai (230-FZ); bárhol észszerű, udvarias keretet adnak.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="61"/>
        <source>At most</source>
        <translation>Legfeljebb</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="63"/>
        <source>Phone calls:</source>
        <translation>Telefonhívás:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="64"/>
        <source>Text messages and e-mails:</source>
        <translation>SMS és e-mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="65"/>
        <source>Allowed hours</source>
        <translation>Megengedett időszak</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="67"/>
        <source>Working days:</source>
        <translation>Munkanapokon:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="69"/>
        <source>Saturdays and Sundays:</source>
        <translation>Szombaton és vasárnap:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a day</source>
        <translation>naponta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a week</source>
        <translation>hetente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a month</source>
        <translation>havonta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="111"/>
        <source>from</source>
        <translation>ettől</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="113"/>
        <source>to</source>
        <translation>eddig</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="133"/>
        <source>A day cannot allow more than a week, nor a week more than a month.</source>
        <translation>A napi korlát nem lehet nagyobb a hetinél, a heti pedig a havinál.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="135"/>
        <source>The first allowed hour must come before the last.</source>
        <translation>Az első megengedett órának korábbinak kell lennie az utolsónál.</translation>
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
        <translation>új műhely</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="66"/>
        <source>&amp;Today</source>
        <translation>&amp;Ma</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="67"/>
        <source>&amp;Customers</source>
        <translation>&amp;Ügyfelek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="68"/>
        <source>&amp;Invoices</source>
        <translation>Sz&amp;ámlák</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="69"/>
        <source>&amp;Overdue</source>
        <translation>&amp;Lejárt</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="70"/>
        <source>&amp;Reports</source>
        <translation>K&amp;imutatások</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="75"/>
        <location filename="../workshop_desk/ui/main_window.py" line="539"/>
        <source>Legend</source>
        <translation>Jelmagyarázat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="107"/>
        <source>New &amp;customer…</source>
        <translation>Új &amp;ügyfél…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="107"/>
        <source>Add a customer</source>
        <translation>Új ügyfél felvétele</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="110"/>
        <source>New &amp;invoice…</source>
        <translation>Új &amp;számla…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="110"/>
        <source>Write an invoice or work order</source>
        <translation>Számla vagy munkalap kiállítása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="113"/>
        <source>Record &amp;payment…</source>
        <translation>&amp;Befizetés rögzítése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="113"/>
        <source>Record money received</source>
        <translation>Befolyt összeg rögzítése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="116"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Levél…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="116"/>
        <source>Write a letter to the selected customer</source>
        <translation>Levél írása a kijelölt ügyfélnek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="119"/>
        <source>Letters for &amp;selected…</source>
        <translation>Levelek a ki&amp;jelölteknek…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="122"/>
        <source>Write the same kind of letter to every customer selected in the Overdue list</source>
        <translation>Azonos típusú levél írása a Lejárt listában kijelölt összes ügyfélnek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="125"/>
        <source>Letter &amp;texts…</source>
        <translation>Levél&amp;szövegek…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="125"/>
        <source>Edit the wording of the letters</source>
        <translation>A levelek szövegének szerkesztése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="127"/>
        <source>&amp;Open selected…</source>
        <translation>Kijelölt &amp;megnyitása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="128"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Frissítés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="129"/>
        <source>&amp;Find</source>
        <translation>&amp;Keresés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="131"/>
        <source>&amp;Legend of the marks</source>
        <translation>&amp;Jelmagyarázat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="132"/>
        <source>&amp;About Workshop Desk</source>
        <translation>A Workshop Desk &amp;névjegye</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="134"/>
        <source>&amp;Done…</source>
        <translation>&amp;Elvégezve…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="135"/>
        <source>Log what came of the action selected in the Today tab</source>
        <translation>A Ma lapon kijelölt teendő eredményének rögzítése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="138"/>
        <source>Compose e-&amp;mail…</source>
        <translation>E-mail í&amp;rása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="139"/>
        <source>E-mail the letter of the action selected in the Today tab</source>
        <translation>A Ma lapon kijelölt teendő levelének elküldése e-mailben</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="142"/>
        <source>Copy &amp;SMS text</source>
        <translation>&amp;SMS-szöveg másolása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="143"/>
        <source>Copy the text message of the action selected in the Today tab</source>
        <translation>A Ma lapon kijelölt teendő SMS-szövegének másolása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="145"/>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="150"/>
        <source>Customers</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="151"/>
        <source>Invoices</source>
        <translation>Számlák</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="152"/>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="153"/>
        <source>Reports</source>
        <translation>Kimutatások</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="160"/>
        <source>History and personal &amp;data…</source>
        <translation>&amp;Változásnapló és személyes adatok…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="163"/>
        <source>Every change to the customer&apos;s money and credit terms; export or erase their personal data</source>
        <translation>Az ügyfél pénzügyeinek és hitelfeltételeinek minden módosítása; személyes adatainak exportálása vagy törlése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="166"/>
        <source>&amp;Backups…</source>
        <translation>Biztonsági &amp;mentések…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="166"/>
        <source>Make a copy of the shop&apos;s data, or restore one</source>
        <translation>Másolat készítése a műhely adatairól, vagy egy másolat visszaállítása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation>S&amp;zerkesztés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="191"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Átadás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="194"/>
        <source>Check an account, save its case file, hand it over</source>
        <translation>Követelés ellenőrzése, behajtási dosszié mentése, átadás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="197"/>
        <source>&amp;Collection…</source>
        <translation>&amp;Behajtás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="197"/>
        <source>Ladder, contact limits, interest</source>
        <translation>Behajtási lépések, megkeresési korlátok, kamat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="199"/>
        <source>&amp;Account</source>
        <translation>&amp;Követelés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="203"/>
        <source>&amp;Settings…</source>
        <translation>Beállí&amp;tások…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="203"/>
        <source>Language, your name, the shop&apos;s profile</source>
        <translation>Nyelv, az Ön neve, a műhely adatai</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="205"/>
        <source>&amp;Settings</source>
        <translation>&amp;Beállítások</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="213"/>
        <source>Main</source>
        <translation>Fő eszköztár</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="240"/>
        <source>Working out who owes what…</source>
        <translation>Tartozások kiszámítása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="277"/>
        <source>As of {day}:  open {open}  ·  overdue {overdue}  ·  {over} over their limit  ·  {missed} with missed installments</source>
        <translation>Állapot ({day}):  nyitott {open}  ·  lejárt {overdue}  ·  {over} ügyfél a hitelkeret felett  ·  {missed} ügyfél elmaradt részlettel</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="393"/>
        <source>Record payment</source>
        <translation>Befizetés rögzítése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="393"/>
        <source>Select the customer who paid, then record the payment.</source>
        <translation>Jelölje ki a fizető ügyfelet, majd rögzítse a befizetést.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="425"/>
        <source>Letter</source>
        <translation>Levél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="425"/>
        <source>Select the customer to write to, then choose Letter… again.</source>
        <translation>Jelölje ki a címzett ügyfelet, majd válassza ismét a Levél… parancsot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="443"/>
        <source>Letters for selected</source>
        <translation>Levelek a kijelölteknek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="445"/>
        <source>Select the customers in the Overdue list (Ctrl+click or Shift+click selects several), then choose Letters for selected… again.</source>
        <translation>Jelölje ki az ügyfeleket a Lejárt listában (Ctrl+kattintással vagy Shift+kattintással többet is kijelölhet), majd válassza ismét a Levelek a kijelölteknek… parancsot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="469"/>
        <source>Hand over</source>
        <translation>Átadás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="469"/>
        <source>Select the customer to hand over, then choose Hand over… again.</source>
        <translation>Jelölje ki az átadandó ügyfelet, majd válassza ismét az Átadás… parancsot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="485"/>
        <source>History and personal data</source>
        <translation>Változásnapló és személyes adatok</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="486"/>
        <source>Select a customer first, then choose History and personal data… again.</source>
        <translation>Először jelöljön ki egy ügyfelet, majd válassza ismét a Változásnapló és személyes adatok… parancsot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="540"/>
        <source>&lt;p&gt;Rows are coloured &lt;b&gt;and&lt;/b&gt; marked with an icon; hover a row to read why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A sorok színesek, &lt;b&gt;és&lt;/b&gt; ikon is jelöli őket; az okért vigye az egérmutatót a sor fölé.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="550"/>
        <source>About Workshop Desk</source>
        <translation>A Workshop Desk névjegye</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="551"/>
        <source>Workshop Desk {version}
Who owes the shop money, and what to do about it today.</source>
        <translation>Workshop Desk {version}
Ki tartozik a műhelynek, és mi a mai teendő.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../workshop_desk/ui/messages.py" line="113"/>
        <source>(PDF saved in {path}, please attach it)</source>
        <translation>(A PDF mentve: {path} – kérjük, csatolja)</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="33"/>
        <source>empty = none</source>
        <translation>üres = nincs</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="39"/>
        <source>Amount in {symbol}, e.g. {example}</source>
        <translation>Összeg ({symbol}), pl. {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="70"/>
        <source>Enter an amount.</source>
        <translation>Adjon meg összeget.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="75"/>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="87"/>
        <source>The amount is too large.</source>
        <translation>Az összeg túl nagy.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="77"/>
        <source>Not an amount: write it like {example}.</source>
        <translation>Ez nem összeg: írja így: {example}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="82"/>
        <source>The amount cannot be negative.</source>
        <translation>Az összeg nem lehet negatív.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="84"/>
        <source>At most two decimals.</source>
        <translation>Legfeljebb két tizedesjegy.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="148"/>
        <source>Correct a contact with {name}</source>
        <translation>Bejegyzés helyesbítése – {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="150"/>
        <source>{step} — {name}</source>
        <translation>{step} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="151"/>
        <source>Log a contact with {name}</source>
        <translation>Kapcsolattartás rögzítése – {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="157"/>
        <source>no phone number on file</source>
        <translation>nincs megadva telefonszám</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="161"/>
        <source>Select the number to copy it</source>
        <translation>Jelölje ki a számot a másoláshoz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="209"/>
        <source>&amp;How:</source>
        <translation>&amp;Csatorna:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="224"/>
        <source>Pays &amp;by:</source>
        <translation>Ígért &amp;dátum:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="225"/>
        <source>Amo&amp;unt:</source>
        <translation>Ígért össze&amp;g:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="229"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="424"/>
        <source>No&amp;te:</source>
        <translation>Megjegy&amp;zés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="244"/>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="256"/>
        <source>Overdue: {amount}</source>
        <translation>Lejárt: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="258"/>
        <source>Nothing overdue yet</source>
        <translation>Még nincs lejárt tartozás</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="261"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n nap késés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="262"/>
        <source>Open balance: {amount}</source>
        <translation>Nyitott tartozás: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="268"/>
        <source>Step: {step}</source>
        <translation>Lépés: {step}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="274"/>
        <source>Due since {day}.</source>
        <translation>{day} óta esedékes.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="286"/>
        <source>Doing it today goes beyond the contact limit: log it only if it really happened.</source>
        <translation>Ha ma elvégzi, túllépi a megkeresési korlátot: csak akkor rögzítse, ha valóban megtörtént.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="294"/>
        <source>Handing over takes the account off the ladder for good: the program plans no more reminders for it.</source>
        <translation>Az átadással az ügyfél végleg kikerül a behajtási lépésekből: a program több emlékeztetőt nem tervez neki.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="309"/>
        <source>Entries in the contact log are evidence and are never changed. Saving adds a new entry that corrects the one of {when} ({channel}: {outcome}); say in the note what was wrong.</source>
        <translation>A kapcsolattartási napló bejegyzései bizonyítékul szolgálnak, és sosem módosulnak. A mentés új bejegyzést ad hozzá, amely helyesbíti a korábbit ({when}, {channel}: {outcome}); a megjegyzésben írja le, mi volt hibás.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="323"/>
        <source>&amp;Write the letter…</source>
        <translation>Levél &amp;írása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="324"/>
        <source>Compose e-&amp;mail…</source>
        <translation>E-mail í&amp;rása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="325"/>
        <source>&amp;Copy SMS text</source>
        <translation>SMS-szöveg má&amp;solása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="326"/>
        <source>Prepare, print or save the step&apos;s letter; it is recorded when printed</source>
        <translation>A lépéshez tartozó levél elkészítése, nyomtatása vagy mentése; nyomtatáskor rögzül</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="328"/>
        <source>Save the letter as a PDF and open your e-mail program with the message in the customer&apos;s language</source>
        <translation>A levél mentése PDF-ként, és a levelezőprogram megnyitása az üzenettel, az ügyfél nyelvén</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="330"/>
        <source>Put a short text in the customer&apos;s language on the clipboard</source>
        <translation>Rövid szöveg a vágólapra, az ügyfél nyelvén</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="351"/>
        <source>&amp;Handed over</source>
        <translation>&amp;Átadva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="351"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="365"/>
        <source>S&amp;kip this step</source>
        <translation>A lépés ki&amp;hagyása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="353"/>
        <source>&amp;E-mail sent</source>
        <translation>E-mail el&amp;küldve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="354"/>
        <source>SMS s&amp;ent</source>
        <translation>SMS el&amp;küldve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="355"/>
        <source>&amp;Letter printed/sent</source>
        <translation>&amp;Levél kinyomtatva/elküldve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="357"/>
        <source>&amp;Reached</source>
        <translation>&amp;Elérve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="358"/>
        <source>&amp;No answer</source>
        <translation>&amp;Nincs válasz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="359"/>
        <source>&amp;Promised to pay</source>
        <translation>&amp;Fizetést ígért</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="360"/>
        <source>&amp;Disputed</source>
        <translation>&amp;Vitatja</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="361"/>
        <source>Wron&amp;g number</source>
        <translation>&amp;Téves szám</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="366"/>
        <source>Only a n&amp;ote (the step stays on the list)</source>
        <translation>Csak &amp;jegyzet (a lépés a listán marad)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="368"/>
        <source>Only a n&amp;ote</source>
        <translation>Csak &amp;jegyzet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="370"/>
        <source>Dispute resol&amp;ved</source>
        <translation>Vita &amp;rendezve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="374"/>
        <source>What came of it?</source>
        <translation>Mi lett az eredménye?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="421"/>
        <source>Disputes wh&amp;at:</source>
        <translation>Kifogás t&amp;árgya:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="422"/>
        <source>Wh&amp;y skip:</source>
        <translation>Kihagyás &amp;oka:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="426"/>
        <source>Required: what the customer disputes, in their words</source>
        <translation>Kötelező: mit vitat az ügyfél, az ő szavaival</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="427"/>
        <source>Required: why this step is skipped</source>
        <translation>Kötelező: miért marad ki ez a lépés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="428"/>
        <source>How the dispute was settled</source>
        <translation>Hogyan rendeződött a vita</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="430"/>
        <source>What was said or done (optional)</source>
        <translation>Mi hangzott el, vagy mi történt (nem kötelező)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="432"/>
        <source>Required: what was wrong in the entry corrected</source>
        <translation>Kötelező: mi volt hibás a helyesbített bejegyzésben</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="452"/>
        <source>Calls are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the call can still be logged.</source>
        <translation>Telefonálni munkanapokon {start}:00 és {end}:00 között, hétvégén {weekend_start}:00 és {weekend_end}:00 között szabad (megkeresési korlátok). Most {now} van: a hívás ettől még rögzíthető.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="458"/>
        <source>Messages are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the message can still be logged.</source>
        <translation>Üzenetet munkanapokon {start}:00 és {end}:00 között, hétvégén {weekend_start}:00 és {weekend_end}:00 között szabad küldeni (megkeresési korlátok). Most {now} van: az üzenet ettől még rögzíthető.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="502"/>
        <source>The “{letter}” is recorded in the customer&apos;s letters. Save to log the step as done.</source>
        <translation>A levél („{letter}”) bekerült az ügyfél levelei közé. A Mentés gombbal naplózza a lépést elvégzettként.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="514"/>
        <source>No letter can be e-mailed: {reason}</source>
        <translation>Nem küldhető levél e-mailben: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="518"/>
        <source>The PDF could not be saved: {reason}. Nothing was recorded.</source>
        <translation>A PDF mentése nem sikerült: {reason}. Semmi sem lett rögzítve.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="530"/>
        <source>The PDF is saved in {path}. Your e-mail program opens with the message: attach the PDF, send it, then save here.</source>
        <translation>A PDF mentve ide: {path}. A levelezőprogram megnyílik az üzenettel: csatolja a PDF-et, küldje el, majd itt mentsen.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="535"/>
        <source>The PDF is saved in {path}, but no e-mail program could be opened: send it another way, then save here.</source>
        <translation>A PDF mentve ide: {path}, de levelezőprogramot nem sikerült megnyitni: küldje el más módon, majd itt mentsen.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="539"/>
        <source>The customer has no e-mail address on file: fill in the recipient.</source>
        <translation>Az ügyfélnek nincs megadott e-mail-címe: töltse ki a címzettet.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="543"/>
        <source>E-mail “{subject}” with {file}</source>
        <translation>E-mail: „{subject}”, melléklet: {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="553"/>
        <source>No text message fits: {reason}</source>
        <translation>Nincs megfelelő SMS-szöveg: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="560"/>
        <source>SMS: “{text}”</source>
        <translation>SMS: „{text}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="563"/>
        <source>Copied to the clipboard (%n character(s)): “{text}” Send it, then save here.</source>
        <translation>
            <numerusform>A vágólapra másolva (%n karakter): „{text}” Küldje el, majd itt mentsen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="625"/>
        <source>The contact cannot be logged: {reason}</source>
        <translation>A bejegyzés nem rögzíthető: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="581"/>
        <source>Choose what came of it.</source>
        <translation>Válassza ki az eredményt.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="588"/>
        <source>The day the customer will pay cannot be in the past.</source>
        <translation>Az ígért fizetési nap nem lehet a múltban.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="595"/>
        <source>Enter the amount promised.</source>
        <translation>Adja meg az ígért összeget.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="598"/>
        <source>Say what the customer disputes: the account is paused until it is resolved.</source>
        <translation>Írja le, mit vitat az ügyfél: a behajtás a rendezésig szünetel.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="601"/>
        <source>Say why the step is skipped: the log is evidence.</source>
        <translation>Írja le, miért marad ki a lépés: a napló bizonyítékul szolgál.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="603"/>
        <source>Say what was wrong in the entry you correct.</source>
        <translation>Írja le, mi volt hibás a helyesbített bejegyzésben.</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="28"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="29"/>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="30"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="31"/>
        <source>Open balance</source>
        <translation>Nyitott tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="32"/>
        <source>Overdue</source>
        <translation>Lejárt tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="33"/>
        <source>Days late</source>
        <translation>Késés (nap)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="34"/>
        <source>Missed installments</source>
        <translation>Elmaradt részletek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="35"/>
        <source>Debt limit</source>
        <translation>Hitelkeret</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="85"/>
        <source>no limit</source>
        <translation>korlátlan</translation>
    </message>
</context>
<context>
    <name>OverdueTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="28"/>
        <source>Search name, code or phone…</source>
        <translation>Keresés: név, kód vagy telefon…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="79"/>
        <source>Working out who owes what…</source>
        <translation>Tartozások kiszámítása…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="81"/>
        <source>%n customer(s) need attention</source>
        <translation>
            <numerusform>%n ügyfél igényel figyelmet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="135"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Teljes tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="138"/>
        <source>Fill in what is unpaid on the chosen invoice, or the customer&apos;s whole open balance</source>
        <translation>A kiválasztott számla kifizetetlen részének, illetve az ügyfél teljes nyitott tartozásának beírása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="144"/>
        <source>Cash</source>
        <translation>Készpénz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="145"/>
        <source>Card</source>
        <translation>Bankkártya</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="146"/>
        <source>Bank transfer</source>
        <translation>Átutalás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="147"/>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="151"/>
        <source>Receipt, transfer or card slip number (optional)</source>
        <translation>Nyugta, átutalás vagy kártyabizonylat száma (nem kötelező)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="158"/>
        <source>Invoice</source>
        <translation>Számla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="159"/>
        <source>Installment</source>
        <translation>Részlet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="160"/>
        <source>Due date</source>
        <translation>Esedékesség</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="161"/>
        <source>Unpaid before</source>
        <translation>Tartozás előtte</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="162"/>
        <source>Paid now</source>
        <translation>Most fizetve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="163"/>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="211"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Összeg:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="212"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dátum:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="213"/>
        <source>&amp;Method:</source>
        <translation>&amp;Fizetési mód:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="214"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Hivatkozás:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="215"/>
        <source>&amp;Pays:</source>
        <translation>&amp;Mit fizet:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="217"/>
        <source>What it pays</source>
        <translation>Mit egyenlít ki</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="257"/>
        <source>Payment from {name}</source>
        <translation>Befizetés – {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="262"/>
        <source>(on account: oldest first)</source>
        <translation>(folyószámlára: a legrégebbi először)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="265"/>
        <source>{number} · {unpaid} unpaid · next due {day}</source>
        <translation>{number} · tartozás: {unpaid} · következő esedékesség: {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="274"/>
        <source>{number} · nothing unpaid</source>
        <translation>{number} · nincs tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="282"/>
        <source>Open balance {amount}</source>
        <translation>Nyitott tartozás: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="284"/>
        <source>of which {amount} overdue</source>
        <translation>ebből lejárt: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="286"/>
        <source>credit {amount}</source>
        <translation>túlfizetés: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="332"/>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="417"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>A befizetés dátuma nem lehet a jövőben.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="354"/>
        <source>Enter the amount to see what it pays.</source>
        <translation>Adja meg az összeget, hogy lássa, mit egyenlít ki.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="361"/>
        <source>Nothing is owed: all of it becomes credit.</source>
        <translation>Nincs tartozás: a teljes összeg túlfizetés lesz.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="364"/>
        <source>ℹ {amount} becomes credit: it is more than the customer owes.</source>
        <translation>ℹ {amount} túlfizetés lesz: ennyivel több, mint az ügyfél tartozása.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="368"/>
        <source>Open balance after: {amount}</source>
        <translation>Nyitott tartozás utána: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="370"/>
        <source>{balance} · credit {amount}</source>
        <translation>{balance} · túlfizetés: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="379"/>
        <source>{seq} of {count}</source>
        <translation>{seq}/{count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="383"/>
        <source>settled</source>
        <translation>kiegyenlítve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="383"/>
        <source>part</source>
        <translation>részben</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="397"/>
        <source>Enter an amount.</source>
        <translation>Adjon meg összeget.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="415"/>
        <source>Enter an amount more than zero.</source>
        <translation>Nullánál nagyobb összeget adjon meg.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="416"/>
        <source>The amount is too large.</source>
        <translation>Az összeg túl nagy.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="418"/>
        <source>This invoice is not one of this customer&apos;s.</source>
        <translation>Ez a számla nem ehhez az ügyfélhez tartozik.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="420"/>
        <source>The payment cannot be recorded: {reason}</source>
        <translation>A befizetés nem rögzíthető: {reason}</translation>
    </message>
</context>
<context>
    <name>PaymentError</name>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="31"/>
        <source>the amount must be more than zero</source>
        <extracomment>Shown after “The payment cannot be recorded:”, so lower case and without a full stop.</extracomment>
        <translation>az összegnek nullánál nagyobbnak kell lennie</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="32"/>
        <source>the amount is too large</source>
        <translation>az összeg túl nagy</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="33"/>
        <source>a payment cannot be dated in the future</source>
        <translation>a befizetés dátuma nem lehet a jövőben</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="34"/>
        <source>unknown payment method {method}</source>
        <translation>ismeretlen fizetési mód: {method}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="35"/>
        <source>the invoice is not one of this customer&apos;s</source>
        <translation>a számla nem ehhez az ügyfélhez tartozik</translation>
    </message>
</context>
<context>
    <name>PercentEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="35"/>
        <source>A rate in per cent, e.g. {example}</source>
        <translation>Százalékérték, pl. {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="57"/>
        <source>Enter a rate (0 for none).</source>
        <translation>Adjon meg százalékértéket (0, ha nincs).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="62"/>
        <source>The rate is too large.</source>
        <translation>A százalékérték túl nagy.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="64"/>
        <source>Not a rate: write it like {example}.</source>
        <translation>Ez nem százalékérték: írja így: {example}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="69"/>
        <source>The rate cannot be negative.</source>
        <translation>A százalékérték nem lehet negatív.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="71"/>
        <source>At most four decimals.</source>
        <translation>Legfeljebb négy tizedesjegy.</translation>
    </message>
</context>
<context>
    <name>PrivacyError</name>
    <message>
        <location filename="../workshop_desk/services/privacy.py" line="65"/>
        <source>the customer still owes money: settle or write off the balance first</source>
        <translation>az ügyfélnek még van tartozása: előbb rendezze vagy írja le a tartozást</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="26"/>
        <source>A payment reminder was sent on {day}.</source>
        <translation>Fizetési emlékeztető ment ki {day} napján.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="27"/>
        <source>A reminder step was done on {day} (contact log).</source>
        <translation>Emlékeztető lépés történt {day} napján (kapcsolattartási napló).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="28"/>
        <source>No payment reminder or second reminder has been sent yet.</source>
        <translation>Még nem ment ki sem fizetési emlékeztető, sem második felszólítás.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="31"/>
        <source>The statement of account adds up: the customer owes {expected}.</source>
        <translation>A folyószámla-kivonat egyezik: az ügyfél tartozása {expected}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="34"/>
        <source>The statement of account ends on {found}, but the open installments come to {expected}. Check the invoices and their installments first.</source>
        <translation>A folyószámla-kivonat záró egyenlege {found}, a nyitott részletek összege viszont {expected}. Előbb ellenőrizze a számlákat és a részleteiket.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="39"/>
        <source>No open dispute.</source>
        <translation>Nincs nyitott vita.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="40"/>
        <source>The customer has disputed the debt since {day}: “{note}”. Settle the dispute first.</source>
        <translation>Az ügyfél {day} óta vitatja a tartozást: „{note}”. Előbb rendezze a vitát.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="45"/>
        <source>The statement of account adds up: the customer is {credit} in credit.</source>
        <translation>A folyószámla-kivonat egyezik: az ügyfélnek {credit} túlfizetése van.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="61"/>
        <source>A formal claim or a hand-over should follow at least one reminder: the lawyer will ask for it.</source>
        <translation>A végső fizetési felszólítást vagy az átadást legalább egy emlékeztetőnek kell megelőznie: az ügyvéd rá fog kérdezni.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="65"/>
        <source>The amount handed over must be the one the statement of account shows, to the cent.</source>
        <translation>Az átadott összegnek fillérre pontosan meg kell egyeznie a folyószámla-kivonaton szereplővel.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="68"/>
        <source>A disputed debt is not collected by a lawyer until the dispute is settled or answered.</source>
        <translation>Vitatott tartozást az ügyvéd addig nem hajt be, amíg a vitát nem rendezték, vagy a kifogásra nem válaszoltak.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="94"/>
        <source>passed</source>
        <translation>teljesült</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="96"/>
        <source>not passed</source>
        <translation>nem teljesült</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="56"/>
        <source>The shop&apos;s database is damaged</source>
        <translation>A műhely adatbázisa megsérült</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="57"/>
        <source>Workshop Desk checked {file} before opening it and found damage. It will not work on a damaged file, so that nothing is lost or miscounted.</source>
        <translation>A Workshop Desk megnyitás előtt ellenőrizte ezt a fájlt: {file}, és sérülést talált. Sérült fájllal nem dolgozik, hogy semmi ne vesszen el, és semmi ne számolódjon hibásan.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="66"/>
        <source>There is no good backup in {folder}. Keep the file as it is and ask a technician.</source>
        <translation>Ebben a mappában nincs ép biztonsági mentés: {folder}. Hagyja a fájlt változatlanul, és kérje egy szakember segítségét.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="77"/>
        <source>The newest good backup is from {when}. Restore it? Work done after that time must be entered again. The damaged file is kept in the backups folder.</source>
        <translation>A legutóbbi ép biztonsági mentés időpontja: {when}. Visszaállítja? Az azóta végzett munkát újra fel kell vinni. A sérült fájl megmarad a biztonsági mentések mappájában.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="84"/>
        <source>Restore the backup</source>
        <translation>Mentés visszaállítása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="86"/>
        <source>Quit</source>
        <translation>Kilépés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="94"/>
        <source>Restore failed</source>
        <translation>A visszaállítás nem sikerült</translation>
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
        <translation>Lejárt tartozás a hónap végén</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/report_charts.py" line="188"/>
        <source>Overdue on {day}: {amount}</source>
        <translation>Lejárt tartozás {day} napján: {amount}</translation>
    </message>
</context>
<context>
    <name>ReportRows</name>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="42"/>
        <source>Age of the debt</source>
        <translation>A tartozás kora</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="43"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="44"/>
        <source>Share</source>
        <translation>Megoszlás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="50"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="51"/>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="52"/>
        <source>Open balance</source>
        <translation>Nyitott tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="53"/>
        <source>Overdue</source>
        <translation>Lejárt tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="54"/>
        <source>Oldest debt</source>
        <translation>Legrégebbi tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="60"/>
        <source>Letter</source>
        <translation>Levél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="61"/>
        <source>Sent</source>
        <translation>Elküldve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="62"/>
        <source>Paid in full</source>
        <translation>Teljes fizetés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="63"/>
        <source>Paid something</source>
        <translation>Fizetett</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="98"/>
        <source>Total open</source>
        <translation>Nyitott összesen</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="141"/>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="154"/>
        <source>Of {sent} accounts sent this letter, {paid} paid in full and {some} paid at least something within 14 days.</source>
        <translation>{sent} ügyfél kapta meg ezt a levelet: közülük 14 napon belül {paid} teljes egészében fizetett, {some} pedig legalább valamennyit.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="36"/>
        <source>Not due yet</source>
        <translation>Még nem esedékes</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="37"/>
        <source>1–30 days late</source>
        <translation>1–30 nap késés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="38"/>
        <source>31–60 days late</source>
        <translation>31–60 nap késés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="39"/>
        <source>61–90 days late</source>
        <translation>61–90 nap késés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="40"/>
        <source>More than 90 days late</source>
        <translation>90 napnál több késés</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="183"/>
        <source>Every figure on this page is worked out as of this day</source>
        <translation>Az oldal minden adata erre a napra vonatkozik</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="185"/>
        <source>As of:</source>
        <translation>Fordulónap:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="187"/>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="188"/>
        <source>Work the figures out again from the data</source>
        <translation>Az adatok újraszámítása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="209"/>
        <source>Total open</source>
        <translation>Összes nyitott tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="209"/>
        <source>Everything customers owe, due or not</source>
        <translation>Az ügyfelek teljes tartozása, akár esedékes, akár nem</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="210"/>
        <source>Total overdue</source>
        <translation>Összes lejárt tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="210"/>
        <source>What should have been paid by now</source>
        <translation>Amit mostanáig ki kellett volna fizetni</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="212"/>
        <source>Days sales outstanding</source>
        <translation>DSO (átlagos beszedési idő, nap)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="214"/>
        <source>How many days of credit sales are still unpaid: the open balance divided by the credit sales of the last 90 days, times 90. Lower is better.</source>
        <translation>Hány napnyi halasztott fizetésű eladás kifizetetlen még: a nyitott tartozás osztva az utolsó 90 nap halasztott fizetésű eladásaival, szorozva 90-nel. Minél kisebb, annál jobb.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="218"/>
        <source>Collected this month</source>
        <translation>Befolyt ebben a hónapban</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="220"/>
        <source>Over their debt limit</source>
        <translation>Hitelkeret felett</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="220"/>
        <source>Accounts whose open balance is above their debt limit</source>
        <translation>Ügyfelek, akiknek nyitott tartozása meghaladja a hitelkeretüket</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="222"/>
        <source>Written off this year</source>
        <translation>Idei leírások</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="247"/>
        <source>Age of the open balance</source>
        <translation>Kintlévőségek korosítása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="253"/>
        <source>Aging report as P&amp;DF…</source>
        <translation>Korosítási kimutatás P&amp;DF-ben…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="254"/>
        <source>Every customer who owes money, by the age of the debt, as a PDF</source>
        <translation>Minden tartozó ügyfél, a tartozás kora szerint, PDF-ben</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="256"/>
        <source>Agin&amp;g report as CSV…</source>
        <translation>Korosítási kimutatás &amp;CSV-ben…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="258"/>
        <source>Every customer who owes money, by the age of the debt, for a spreadsheet</source>
        <translation>Minden tartozó ügyfél, a tartozás kora szerint, táblázatkezelőhöz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="276"/>
        <source>Overdue at each month end, last 24 months</source>
        <translation>Lejárt tartozás hónapvégenként, az utolsó 24 hónapban</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="281"/>
        <source>Top 10 debtors</source>
        <translation>A 10 legnagyobb adós</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="287"/>
        <source>Statement of the selected c&amp;ustomer…</source>
        <translation>Kijelölt ügyfél folyószámla-ki&amp;vonata…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="289"/>
        <source>Save the statement of account of the customer selected above, as PDF or CSV</source>
        <translation>A fent kijelölt ügyfél folyószámla-kivonatának mentése PDF- vagy CSV-fájlként</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="292"/>
        <source>Double-click a customer to open them.</source>
        <translation>Az ügyfél megnyitásához kattintson rá duplán.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="304"/>
        <source>Do the letters work?</source>
        <translation>Hatásosak a levelek?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="323"/>
        <source>Share of the open balance in each age group</source>
        <translation>A nyitott tartozás megoszlása korcsoportonként</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="473"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="490"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="525"/>
        <source>Working out the figures…</source>
        <translation>Az adatok kiszámítása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="477"/>
        <source>The figures could not be worked out.</source>
        <translation>Az adatokat nem sikerült kiszámítani.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="479"/>
        <source>Figures as of {day}</source>
        <translation>Az adatok állapota: {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="534"/>
        <source>%Ln customer(s) owe money</source>
        <translation>
            <numerusform>%Ln ügyfél tartozik</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="536"/>
        <source>{share} of the open balance</source>
        <translation>{share} a nyitott tartozásból</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="554"/>
        <source>No credit sales in the last 90 days</source>
        <translation>Az utolsó 90 napban nem volt halasztott fizetésű eladás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="557"/>
        <source>{days} days</source>
        <translation>{days} nap</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="558"/>
        <source>Against the credit sales of the last 90 days</source>
        <translation>Az utolsó 90 nap halasztott fizetésű eladásaihoz mérve</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="540"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln ügyfél</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="541"/>
        <source>{balance} open, {excess} above their limits</source>
        <translation>{balance} nyitott, ebből {excess} a hitelkereten felül</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="545"/>
        <source>Nobody is over their limit</source>
        <translation>Senki sincs a hitelkerete felett</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="547"/>
        <source>Written off in {year}</source>
        <translation>{year}. évi leírások</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="549"/>
        <source>%Ln write-off(s)</source>
        <translation>
            <numerusform>%Ln leírás</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="567"/>
        <source>Collected in {month}</source>
        <translation>Befolyt összeg – {month}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="572"/>
        <source>▲ {difference} more than in {month} ({amount})</source>
        <translation>▲ {difference} több, mint az előző hónapban ({month}: {amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="574"/>
        <source>▼ {difference} less than in {month} ({amount})</source>
        <translation>▼ {difference} kevesebb, mint az előző hónapban ({month}: {amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="576"/>
        <source>= the same as in {month} ({amount})</source>
        <translation>= ugyanannyi, mint az előző hónapban ({month}: {amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="581"/>
        <source>Payments received from the 1st of the month to the as-of date, against all of last month</source>
        <translation>A hónap 1. napjától a fordulónapig befolyt befizetések, összevetve a teljes előző hónappal</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="587"/>
        <source>How many accounts paid within 14 days after each kind of letter.</source>
        <translation>Hány ügyfél fizetett az egyes levéltípusok után 14 napon belül.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="591"/>
        <source>Letters dated {first} to {last} (each has had its 14 days). Paid in full: within 14 days the customer paid at least what the letter asked for. Paid something: any payment.</source>
        <translation>{first} és {last} között kelt levelek (mindegyiknél letelt a 14 nap). Teljes fizetés: az ügyfél 14 napon belül legalább a levélben kért összeget megfizette. Fizetett: bármekkora befizetés.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="618"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="621"/>
        <source>CSV files for a spreadsheet (*.csv)</source>
        <translation>CSV-fájlok táblázatkezelőhöz (*.csv)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="639"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="649"/>
        <source>aging report</source>
        <translation>korosítási kimutatás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="640"/>
        <source>Save aging report as PDF</source>
        <translation>Korosítási kimutatás mentése PDF-ként</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="650"/>
        <source>Save aging report as CSV</source>
        <translation>Korosítási kimutatás mentése CSV-ként</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="659"/>
        <source>Statement</source>
        <translation>Folyószámla-kivonat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="660"/>
        <source>Select a customer in the list of top debtors, then choose Statement… again.</source>
        <translation>Jelöljön ki egy ügyfelet a legnagyobb adósok listájában, majd kattintson ismét a Kijelölt ügyfél folyószámla-kivonata… gombra.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="665"/>
        <source>statement</source>
        <translation>folyószámla-kivonat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="666"/>
        <source>Save statement of account</source>
        <translation>Folyószámla-kivonat mentése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="678"/>
        <source>Saving…</source>
        <translation>Mentés…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="684"/>
        <source>Saved as {path}</source>
        <translation>Mentve: {path}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="694"/>
        <source>Not saved: {reason}</source>
        <translation>A mentés nem sikerült: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="696"/>
        <source>Export</source>
        <translation>Exportálás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="696"/>
        <source>The file could not be saved: {reason}.</source>
        <translation>A fájl mentése nem sikerült: {reason}.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="99"/>
        <source>monthly</source>
        <translation>havonta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="100"/>
        <source>weekly</source>
        <translation>hetente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>No.</source>
        <translation>Sorsz.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>Due date</source>
        <translation>Esedékesség</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="126"/>
        <source>Optional: what was agreed, with whom</source>
        <translation>Nem kötelező: miben és kivel állapodtak meg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="133"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Átütemezés…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="137"/>
        <source>Move into the new plan</source>
        <translation>Áthelyezés az új tervbe</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="147"/>
        <source>&amp;first due:</source>
        <translation>első &amp;esedékesség:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="154"/>
        <source>Install&amp;ments:</source>
        <translation>&amp;Részletek:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="156"/>
        <source>&amp;Note:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="157"/>
        <source>New installment plan</source>
        <translation>Új részletfizetési terv</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="196"/>
        <source>Reschedule — {name}</source>
        <translation>Átütemezés — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="200"/>
        <source>The &amp;overdue balance: {amount}</source>
        <translation>A &amp;lejárt tartozás: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="201"/>
        <source>The w&amp;hole open balance: {amount}</source>
        <translation>A &amp;teljes nyitott tartozás: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="239"/>
        <source>Nothing is owed: there is nothing to reschedule.</source>
        <translation>Nincs tartozás: nincs mit átütemezni.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="243"/>
        <source>{amount} falls due on {day}.</source>
        <translation>{amount} esedékes {day} napján.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="247"/>
        <source>{amount} in %n installment(s), the last on {day}.</source>
        <translation>
            <numerusform>{amount} %n részletben, az utolsó {day} napján esedékes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="267"/>
        <source>Move {amount} of the debt of {name} into a new plan of %n installment(s)?</source>
        <translation>
            <numerusform>Áthelyez {amount} összeget {name} tartozásából egy új, %n részletből álló tervbe?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="251"/>
        <source>{plan} It replaces what is open of {invoices}, which stays in the history.</source>
        <translation>{plan} Ez a következő számlák nyitott részét váltja fel: {invoices}; a számlák az előzményekben megmaradnak.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="256"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>Az első részlet esedékessége nem lehet korábbi a mai napnál.</translation>
    </message>
</context>
<context>
    <name>ScoreTexts</name>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="29"/>
        <source>the installment due was not paid on time</source>
        <translation>az esedékes részletet nem fizette meg időben</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="30"/>
        <source>{late} of %n installments not paid on time</source>
        <translation>
            <numerusform>%n részletből {late} nem időben fizetve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="32"/>
        <source>%n day(s) late on average</source>
        <translation>
            <numerusform>átlagosan %n nap késés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="34"/>
        <source>%n missed installment(s)</source>
        <translation>
            <numerusform>%n elmaradt részlet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="36"/>
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n be nem tartott fizetési ígéret</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="39"/>
        <source>{share} written off</source>
        <translation>{share} leírva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="42"/>
        <source>the installment due was paid on time</source>
        <translation>az esedékes részletet időben megfizette</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="43"/>
        <source>all %n installments paid on time</source>
        <translation>
            <numerusform>%n részlet, mind időben fizetve</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="44"/>
        <source>no payment history yet</source>
        <translation>még nincs fizetési előzmény</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="54"/>
        <source>Payment score {score}: {reasons}</source>
        <translation>Fizetési pontszám: {score} – {reasons}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="65"/>
        <source>Good payer: eligible for a discount</source>
        <translation>Jó fizető: kedvezményre jogosult</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="154"/>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="157"/>
        <source>&amp;Desk</source>
        <translation>&amp;Munkaállomás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="158"/>
        <source>S&amp;hop</source>
        <translation>Mű&amp;hely</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="159"/>
        <source>Ban&amp;k details</source>
        <translation>Ban&amp;kadatok</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="160"/>
        <source>Letter&amp;s</source>
        <translation>Le&amp;velek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="210"/>
        <source>These settings belong to this computer; the shop&apos;s data is the same at every desk.</source>
        <translation>Ezek a beállítások erre a számítógépre vonatkoznak; a műhely adatai minden munkaállomáson azonosak.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="218"/>
        <source>Interface &amp;language:</source>
        <translation>Kezelőfelület n&amp;yelve:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="220"/>
        <source>The menus and windows change to it when Workshop Desk starts again.</source>
        <translation>A menük és az ablakok a Workshop Desk következő indításakor váltanak erre a nyelvre.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="226"/>
        <source>empty: the login name, {login}</source>
        <translation>üresen: a bejelentkezési név ({login})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="230"/>
        <source>&amp;Your name:</source>
        <translation>Az Ön &amp;neve:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="233"/>
        <source>Recorded with every contact you log and every change to money or credit terms (the audit trail), so that the shop knows who did what.</source>
        <translation>Minden Ön által rögzített bejegyzéssel, valamint a pénzügyek és a hitelfeltételek minden módosításával együtt rögzül (változásnapló), hogy a műhely tudja, ki mit csinált.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="238"/>
        <source>empty: {file}</source>
        <translation>üresen: {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="242"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Adatbázis:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="245"/>
        <source>Where the shop&apos;s data is: a database file on this computer (never one in a shared folder), or the shop&apos;s PostgreSQL server as postgresql://user:password@server/database when several desks work together. Workshop Desk opens it when it starts again. The password is kept in this computer&apos;s settings and shown as ***.</source>
        <translation>Hol vannak a műhely adatai: adatbázisfájl ezen a számítógépen (soha nem megosztott mappában), vagy – ha több munkaállomás dolgozik együtt – a műhely PostgreSQL-szervere postgresql://felhasználó:jelszó@szerver/adatbázis formában. A Workshop Desk a következő indításkor nyitja meg. A jelszót ennek a számítógépnek a beállításai őrzik, és *** jelenik meg helyette.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="257"/>
        <source>Shop &amp;name:</source>
        <translation>Műhely &amp;neve:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="258"/>
        <source>&amp;Address:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="259"/>
        <source>P&amp;ostal code:</source>
        <translation>Irányító&amp;szám:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="261"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Település:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="263"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="264"/>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Pénznem:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="272"/>
        <source>&amp;Tax id:</source>
        <translation>&amp;Adószám:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="273"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="274"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="282"/>
        <source>Printed on letters, with a payment QR code where the currency has one: EPC for euros, MNB for forints, GOST for roubles, Pix for reais.</source>
        <translation>A levelekre kerül, fizetési QR-kóddal együtt, ha a pénznemhez van ilyen: EPC euróhoz, MNB forinthoz, GOST rubelhez, Pix realhoz.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="286"/>
        <source>Bank na&amp;me:</source>
        <translation>Bank &amp;neve:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="287"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="288"/>
        <source>BI&amp;C:</source>
        <translation>B&amp;IC:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="290"/>
        <source>Account &amp;number:</source>
        <translation>Számla&amp;szám:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="291"/>
        <source>Расчётный счёт: 20 digits (Russian shops)</source>
        <translation>Расчётный счёт: 20 számjegy (oroszországi műhelyeknek)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="293"/>
        <source>C&amp;orrespondent account:</source>
        <translation>K&amp;orrespondens számla:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="295"/>
        <source>Корреспондентский счёт: 20 digits (Russian shops)</source>
        <translation>Корреспондентский счёт: 20 számjegy (oroszországi műhelyeknek)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="296"/>
        <source>Pi&amp;x key:</source>
        <translation>Pi&amp;x-kulcs:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="297"/>
        <source>The shop&apos;s Pix key: CPF, CNPJ, e-mail, +55 phone or random key (Brazil)</source>
        <translation>A műhely Pix-kulcsa: CPF, CNPJ, e-mail-cím, +55-ös telefonszám vagy véletlen kulcs (Brazília)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="309"/>
        <source>Default letter &amp;language:</source>
        <translation>Levelek alapértelmezett &amp;nyelve:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="312"/>
        <source>Customers without a language of their own get their letters in this one. With the country it also sets how amounts and dates are written.</source>
        <translation>A saját nyelv nélküli ügyfelek ezen a nyelven kapják a leveleiket. Az országgal együtt ez határozza meg az összegek és a dátumok írásmódját is.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="316"/>
        <source>Si&amp;gnatory:</source>
        <translation>&amp;Aláíró:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="317"/>
        <source>who signs the letters, e.g. Anna Rossi</source>
        <translation>a leveleket aláíró személy, pl. Kovács Anna</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="318"/>
        <source>&amp;Role:</source>
        <translation>&amp;Beosztás:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="319"/>
        <source>e.g. Owner</source>
        <translation>pl. tulajdonos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="320"/>
        <source>Legal &amp;note:</source>
        <translation>&amp;Jogi megjegyzés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="321"/>
        <source>a line at the foot of each letter, e.g. the company register</source>
        <translation>egy sor minden levél alján, pl. a cégjegyzékszám</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="383"/>
        <source>The bank&apos;s BIC, or its БИК (9 digits) for the Russian payment code</source>
        <translation>A bank BIC-kódja, vagy az orosz fizetési kódhoz a БИК (9 számjegy)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="385"/>
        <source>The bank&apos;s BIC (SWIFT code), 8 or 11 letters and digits</source>
        <translation>A bank BIC-kódja (SWIFT-kód), 8 vagy 11 betű és számjegy</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="394"/>
        <source>VAT registration number</source>
        <translation>VAT-szám (brit áfaazonosító)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="395"/>
        <source>codice fiscale or partita IVA</source>
        <translation>codice fiscale vagy partita IVA</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="396"/>
        <source>ИНН, 10 or 12 digits</source>
        <translation>ИНН, 10 vagy 12 számjegy</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="397"/>
        <source>CPF or CNPJ</source>
        <translation>CPF vagy CNPJ</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="398"/>
        <source>adószám, like 12345678-2-42</source>
        <translation>magyar adószám, pl. 12345678-2-42</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="400"/>
        <source>any tax id (not checked for this country)</source>
        <translation>bármilyen adószám (ennél az országnál nincs ellenőrzés)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="418"/>
        <source>Amounts like {amount}, dates like {day}</source>
        <translation>Összegek: {amount}, dátumok: {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="422"/>
        <source>Tax id: {kind}</source>
        <translation>Adószám: {kind}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="431"/>
        <source>No late-interest rules of this country are known: the English ones apply</source>
        <translation>Az ország késedelmi kamatszabályai nem ismertek: az angol szabályok érvényesek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="433"/>
        <source>Default late interest: {business} a year from businesses, {consumer} from consumers</source>
        <translation>Alapértelmezett késedelmi kamat: évi {business} cégektől, {consumer} fogyasztóktól</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="438"/>
        <source>A claim letter gives {days} days to pay (Settings › Collection changes it)</source>
        <translation>Végső felszólítás: {days} napos határidő (módosítható: Beállítások › Behajtás)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="475"/>
        <source>Settings saved</source>
        <translation>Beállítások mentve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="488"/>
        <source>Not a database address Workshop Desk can use: write postgresql://user:password@server/database</source>
        <translation>Ezt az adatbázis-címet a Workshop Desk nem tudja használni: írja így: postgresql://felhasználó:jelszó@szerver/adatbázis</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="494"/>
        <source>Write the whole path of the file, e.g. {example}</source>
        <translation>Írja be a fájl teljes elérési útját, pl. {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="496"/>
        <source>{path} is a folder: add the name of the database file</source>
        <translation>{path} egy mappa: írja hozzá az adatbázisfájl nevét</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="498"/>
        <source>The folder {folder} does not exist</source>
        <translation>A(z) {folder} mappa nem létezik</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="529"/>
        <source>Collection rules for {country}</source>
        <translation>Behajtási szabályok – {country}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="531"/>
        <source>You have changed interest rules, fees or letter deadlines that a shop in {country} uses.

Reset them to the defaults of {country}? Yes: the defaults apply. No: your changes stay.

The ladder&apos;s steps and the contact limits stay as they are either way.</source>
        <translation>Módosította azokat a kamatszabályokat, költségeket vagy levélhatáridőket, amelyeket egy műhely itt használ: {country}.

Visszaállítja őket {country} alapértelmezéseire? Igen: az alapértelmezések érvényesek. Nem: az Ön módosításai maradnak.

A behajtási lépések és a megkeresési korlátok mindkét esetben változatlanok maradnak.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="565"/>
        <source>Restart Workshop Desk to see the new language.</source>
        <translation>Az új nyelv megjelenítéséhez indítsa újra a Workshop Desk programot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="567"/>
        <source>Workshop Desk opens the new database when it starts again.</source>
        <translation>A Workshop Desk a következő indításkor nyitja meg az új adatbázist.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="571"/>
        <source>Letters and windows opened from now on write amounts and dates the new way; the lists of the main window do after Workshop Desk is restarted.</source>
        <translation>Az ezután megnyitott levelek és ablakok már az új módon írják az összegeket és a dátumokat; a főablak listái a Workshop Desk újraindítása után.</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="142"/>
        <source>The amounts already recorded are in {currency}, so the currency cannot change: they would silently become amounts of another currency. A shop that changes currency starts a new database.</source>
        <translation>A már rögzített összegek pénzneme {currency}, ezért a pénznem nem változtatható: az összegek észrevétlenül egy másik pénznem összegeivé válnának. Ha egy műhely pénznemet vált, új adatbázist kell kezdenie.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="150"/>
        <source>This is neither a BIC (like SABRRUMM) nor the 9 digits of a БИК (like 044525225).</source>
        <translation>Ez sem BIC (pl. SABRRUMM), sem 9 számjegyű БИК (pl. 044525225) nem.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="159"/>
        <source>An account number here is 20 digits.</source>
        <translation>A számlaszám itt 20 számjegyből áll.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="161"/>
        <source>Choose one of the languages in the list.</source>
        <translation>Válasszon egy nyelvet a listából.</translation>
    </message>
</context>
<context>
    <name>StoredLetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="42"/>
        <source>The letter exactly as it was sent. Printing or saving it again records nothing new.</source>
        <translation>A levél pontosan úgy, ahogy elküldték. Az újranyomtatás vagy újbóli mentés semmi újat nem rögzít.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="48"/>
        <source>&amp;Print…</source>
        <translation>&amp;Nyomtatás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="50"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;PDF mentése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="72"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="82"/>
        <source>Print letter</source>
        <translation>Levél nyomtatása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="82"/>
        <source>The printer could not be opened: check it and try again.</source>
        <translation>A nyomtató nem érhető el: ellenőrizze, és próbálja újra.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="89"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="105"/>
        <source>Save letter as PDF</source>
        <translation>Levél mentése PDF-ként</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="91"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="106"/>
        <source>The letter could not be saved in {path}: {reason}.</source>
        <translation>A levél mentése nem sikerült ide: {path} – {reason}.</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="55"/>
        <source>Search name, code, phone or step…</source>
        <translation>Keresés: név, kód, telefon vagy lépés…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="74"/>
        <source>&amp;Done…</source>
        <translation>&amp;Elvégezve…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="75"/>
        <source>Log what came of the selected action (Enter, Ctrl+D)</source>
        <translation>A kijelölt teendő eredményének rögzítése (Enter, Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="76"/>
        <source>Compose e-&amp;mail…</source>
        <translation>E-mail í&amp;rása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="78"/>
        <source>Save the letter as a PDF and open your e-mail program with the message (Ctrl+M)</source>
        <translation>A levél mentése PDF-ként, és a levelezőprogram megnyitása az üzenettel (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="80"/>
        <source>Cop&amp;y SMS text</source>
        <translation>SMS-szö&amp;veg másolása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="82"/>
        <source>Put a short text in the customer&apos;s language on the clipboard (Ctrl+Shift+C)</source>
        <translation>Rövid szöveg a vágólapra, az ügyfél nyelvén (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="84"/>
        <source>Open c&amp;ustomer</source>
        <translation>Ügyfél me&amp;gnyitása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="86"/>
        <source>An action not done stays on the list tomorrow. Greyed actions wait for a contact limit.</source>
        <translation>Az el nem végzett teendő holnap is a listán marad. A szürke teendők egy megkeresési korlát miatt várakoznak.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="192"/>
        <source>Working out today&apos;s actions…</source>
        <translation>A mai teendők összeállítása…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="196"/>
        <source>%n action(s) for today</source>
        <translation>
            <numerusform>%n teendő mára</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="199"/>
        <source>%n moved by contact limits</source>
        <translation>
            <numerusform>%n áthelyezve a megkeresési korlátok miatt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="81"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Teljes tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="93"/>
        <source>The amount is taken off the oldest installments first. It stays in the customer&apos;s history as “Written off” and in the reports; it cannot be undone.</source>
        <translation>Az összeg először a legrégebbi részletekből kerül levonásra. Az ügyfél előzményeiben „Leírva” tételként és a kimutatásokban megmarad; nem vonható vissza.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="105"/>
        <source>Write &amp;off…</source>
        <translation>&amp;Leírás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="116"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Összeg:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="117"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Indok:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="118"/>
        <source>&amp;Note:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="148"/>
        <source>Write off — {name}</source>
        <translation>Leírás — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="157"/>
        <source>Why (required for “Other”)</source>
        <translation>Indoklás (az „Egyéb” okhoz kötelező)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="157"/>
        <source>Optional: anything worth keeping on record</source>
        <translation>Nem kötelező: bármi, amit érdemes megőrizni</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="165"/>
        <source>Open balance after the write-off: {amount}</source>
        <translation>Nyitott tartozás a leírás után: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="179"/>
        <source>Enter an amount more than zero.</source>
        <translation>Nullánál nagyobb összeget adjon meg.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="183"/>
        <source>That is more than the open balance of {open}.</source>
        <translation>Ez több, mint a nyitott tartozás ({open}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="188"/>
        <source>Say why the balance is written off.</source>
        <translation>Adja meg a leírás okát.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="200"/>
        <source>Write off {amount} of the balance of {name}? This cannot be undone.</source>
        <translation>Leír {amount} összeget {name} tartozásából? Ez nem vonható vissza.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../workshop_desk/app.py" line="157"/>
        <source>Unexpected error</source>
        <translation>Váratlan hiba</translation>
    </message>
    <message>
        <location filename="../workshop_desk/app.py" line="158"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved whole or not at all.

The details are in {log_file}; please send that file to whoever looks after this program.</source>
        <translation>Olyan hiba történt, amelyre a program nem számított. Az adatai biztonságban vannak: minden módosítás vagy teljes egészében mentődik, vagy egyáltalán nem.

A részletek itt találhatók: {log_file}; kérjük, küldje el ezt a fájlt annak, aki a programot gondozza.</translation>
    </message>
</context>
</TS>
