<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="76"/>
        <source>Letters for the selected customers</source>
        <translation>Levelek a kijelölt ügyfeleknek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="88"/>
        <source>Letters for the selected customers ({count})</source>
        <translation>Levelek a kijelölt ügyfeleknek ({count})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="100"/>
        <source>Each customer&apos;s &amp;own language</source>
        <translation>Minden ügyfélnek a &amp;saját nyelvén</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="101"/>
        <source>One language &amp;for all:</source>
        <translation>&amp;Egy nyelven mindenkinek:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="113"/>
        <source>Save as PDF files in one f&amp;older:</source>
        <translation>Mentés PDF-fájlokként egy &amp;mappába:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="114"/>
        <source>&amp;Print them as one print job</source>
        <translation>&amp;Nyomtatás egyetlen nyomtatási feladatként</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="120"/>
        <source>&amp;Choose…</source>
        <translation>Tall&amp;ózás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="140"/>
        <source>&amp;Start</source>
        <translation>&amp;Indítás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="148"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="160"/>
        <source>Language:</source>
        <translation>Nyelv:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="161"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dátum:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="165"/>
        <source>Where the letters go</source>
        <translation>Hová kerüljenek a levelek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="211"/>
        <source>Folder for the letters</source>
        <translation>A levelek mappája</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="223"/>
        <source>Print letters</source>
        <translation>Levelek nyomtatása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="253"/>
        <source>Writing the letters…</source>
        <translation>Levelek készítése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="253"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="255"/>
        <source>Letters</source>
        <translation>Levelek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="289"/>
        <source>Letter {done} of {total} done: {customer}</source>
        <translation>Elkészült: {done}/{total} – {customer}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="324"/>
        <source>Letters printed as one print job: {count} ({pages} pages).</source>
        <translation>Egy nyomtatási feladatként kinyomtatott levelek: {count} ({pages} oldal).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="331"/>
        <source>Letters written: {count}, into {folder}</source>
        <translation>Elkészült levelek: {count}, mappa: {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="334"/>
        <source>Skipped: {count} (below, with the reason).</source>
        <translation>Kihagyva: {count} (lent, az okkal együtt).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="337"/>
        <source>Stopped: {reason}. Not done: {count}.</source>
        <translation>Leállt: {reason}. Nem készült el: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="342"/>
        <source>Cancelled. Not done: {count}.</source>
        <translation>Megszakítva. Nem készült el: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="353"/>
        <source>the text of this letter has problems ({problems}): correct it in Settings → Letter texts…</source>
        <translation>a levél szövege hibás ({problems}): javítsa itt: Beállítások → Levélszövegek…</translation>
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
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="131"/>
        <source>Reminders:</source>
        <translation>Emlékeztetők:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="132"/>
        <source>No&amp;tes:</source>
        <translation>Megje&amp;gyzés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="142"/>
        <source>Two-letter country code; empty: the shop&apos;s country</source>
        <translation>Kétbetűs országkód; üresen: a műhely országa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="151"/>
        <source>Same as the shop ({language})</source>
        <translation>A műhely nyelve ({language})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="169"/>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="200"/>
        <source>New customer</source>
        <translation>Új ügyfél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="202"/>
        <source>Customer {code} — {name}</source>
        <translation>Ügyfél: {code} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="226"/>
        <source>the shop&apos;s country ({country})</source>
        <translation>a műhely országa ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="274"/>
        <source>Enter a code: every customer needs one.</source>
        <translation>Adjon meg kódot: minden ügyfélnek kell, hogy legyen.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="276"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Adja meg az ügyfél nevét.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="278"/>
        <source>The limit cannot be negative: 0 means no credit at all.</source>
        <translation>A hitelkeret nem lehet negatív: a 0 azt jelenti, hogy az ügyfél semmilyen hitelt nem kap.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="305"/>
        <source>Changed meanwhile</source>
        <translation>Időközben módosult</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="307"/>
        <source>This customer was changed by someone else meanwhile. Close this window and open the customer again to see the changes.</source>
        <translation>Az ügyfél adatait időközben valaki más módosította. Zárja be ezt az ablakot, és nyissa meg újra az ügyfelet a változások megtekintéséhez.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="320"/>
        <source>Customer {code} ({name}) already has this code.</source>
        <translation>Ezt a kódot már használja egy ügyfél: {code} ({name}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="321"/>
        <source>Customer {code} ({name}) already has this code. Open that customer?</source>
        <translation>Ezt a kódot már használja egy ügyfél: {code} ({name}). Megnyitja azt az ügyfelet?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="324"/>
        <source>Customer {code} ({name}) already has this tax id.</source>
        <translation>Ez az adószám már szerepel egy ügyfélnél: {code} ({name}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="325"/>
        <source>Customer {code} ({name}) already has this tax id. Open that customer?</source>
        <translation>Ez az adószám már szerepel egy ügyfélnél: {code} ({name}). Megnyitja azt az ügyfelet?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="331"/>
        <source>Already in use</source>
        <translation>Már használatban</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="30"/>
        <source>Search name, code, phone, city, plate or serial…</source>
        <translation>Keresés: név, kód, telefon, település, rendszám vagy sorozatszám…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="118"/>
        <source>{count} customers</source>
        <translation>{count} ügyfél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="120"/>
        <source>{shown} of {count}</source>
        <translation>{shown} / {count}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="91"/>
        <source>Welcome to Workshop Desk</source>
        <translation>Üdvözli a Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="110"/>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Tell the program about your shop: its name and address head every letter, its country sets the currency and the language. Or press &lt;i&gt;Load demo data&lt;/i&gt; to try the program with an invented shop first.</source>
        <translation>&lt;b&gt;Üdvözöljük!&lt;/b&gt; Adja meg a műhely adatait: a neve és a címe minden levél fejlécébe kerül, az ország pedig meghatározza a pénznemet és a nyelvet. Vagy nyomja meg a &lt;i&gt;Demóadatok betöltése&lt;/i&gt; gombot, és először egy kitalált műhellyel próbálja ki a programot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="121"/>
        <source>Shop &amp;name:</source>
        <translation>Műhely &amp;neve:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="122"/>
        <source>&amp;Address:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="123"/>
        <source>P&amp;ostal code:</source>
        <translation>Irányító&amp;szám:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="125"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Település:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="126"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="127"/>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Pénznem:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="131"/>
        <source>&amp;Language:</source>
        <translation>N&amp;yelv:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="134"/>
        <source>&amp;Tax id:</source>
        <translation>&amp;Adószám:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="135"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="136"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="137"/>
        <source>Ban&amp;k:</source>
        <translation>Ban&amp;k:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="138"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="139"/>
        <source>BI&amp;C:</source>
        <translation>B&amp;IC:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="148"/>
        <source>Other…</source>
        <translation>Egyéb…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="152"/>
        <source>code, e.g. FR</source>
        <translation>kód, pl. HU</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="172"/>
        <source>Load &amp;demo data</source>
        <translation>&amp;Demóadatok betöltése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="175"/>
        <source>Fill the program with an invented shop (150 customers with invoices and payments) in the language of the country chosen above</source>
        <translation>Egy kitalált műhely betöltése a programba (150 ügyfél számlákkal és befizetésekkel), a fent választott ország nyelvén</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="185"/>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;mentése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="188"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="216"/>
        <source>Three-letter currency code, e.g. EUR</source>
        <translation>Hárombetűs pénznemkód, pl. HUF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="216"/>
        <source>Follows from the country</source>
        <translation>Az ország határozza meg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="248"/>
        <source>Not empty any more</source>
        <translation>Már nem üres</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="250"/>
        <source>Someone else has set up this database meanwhile, so the demo was not loaded. Start the program again to see what it holds.</source>
        <translation>Időközben valaki más már beállította ezt az adatbázist, ezért a demóadatok nem töltődtek be. Indítsa újra a programot, hogy lássa, mit tartalmaz.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="291"/>
        <source>Enter the name of your shop: it heads every letter.</source>
        <translation>Adja meg a műhely nevét: ez áll minden levél fejlécében.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="293"/>
        <source>Enter the country as its two-letter code, like FR, DE or ES.</source>
        <translation>Az országot a kétbetűs kódjával adja meg, pl. HU, AT vagy DE.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="295"/>
        <source>Enter the currency as its three-letter code, like EUR or CHF.</source>
        <translation>A pénznemet a hárombetűs kódjával adja meg, pl. HUF vagy EUR.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="306"/>
        <source>This is not a valid BIC: 8 or 11 letters and digits, like UNCRITMM.</source>
        <translation>Ez nem érvényes BIC: 8 vagy 11 betű és számjegy, pl. OTPVHUHB.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="78"/>
        <source>Hand over {name}</source>
        <translation>Átadás: {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="91"/>
        <source>Overdue {overdue}  ·  open balance {open}</source>
        <translation>Lejárt: {overdue}  ·  nyitott tartozás: {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="101"/>
        <source>⚠ This account was handed over on {day}. Handing it over again logs a new entry.</source>
        <translation>⚠ Ezt a követelést {day} napján már átadták. Az újbóli átadás új bejegyzésként kerül a naplóba.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="109"/>
        <source>To whom, and their reference (optional)</source>
        <translation>Kinek, és az ő hivatkozási számuk (nem kötelező)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="116"/>
        <source>Preparing the case file…</source>
        <translation>A behajtási dosszié készül…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="123"/>
        <source>&amp;Save case file…</source>
        <translation>&amp;Dosszié mentése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="125"/>
        <source>One PDF for the lawyer or collector: the account, the interest, the contact log and every letter</source>
        <translation>Egyetlen PDF az ügyvédnek vagy követeléskezelőnek: folyószámla, kamat, kapcsolattartási napló és minden levél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="128"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Átadás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="130"/>
        <source>Log the hand-over: the account leaves the collection ladder and is marked as handed over</source>
        <translation>Az átadás rögzítése: az ügyfél kikerül a behajtási lépésekből, és átadottként jelölődik meg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="138"/>
        <source>Before handing over</source>
        <translation>Átadás előtt</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="142"/>
        <source>&amp;Note:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="174"/>
        <source>case file</source>
        <translation>behajtási dosszié</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="180"/>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="220"/>
        <source>Save case file</source>
        <translation>Behajtási dosszié mentése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="180"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="209"/>
        <source>Case file saved as {name}.</source>
        <translation>A behajtási dosszié mentve: {name}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="221"/>
        <source>The case file could not be saved: {reason}.</source>
        <translation>A behajtási dosszié mentése nem sikerült: {reason}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="234"/>
        <source>Hand over</source>
        <translation>Átadás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="235"/>
        <source>Not every check is passed:

{checks}

Hand the account over all the same?</source>
        <translation>Nem minden ellenőrzés teljesült:

{checks}

Mégis átadja a követelést?</translation>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="949"/>
        <source>The deposit is larger than the total.</source>
        <translation>Az előleg nagyobb a végösszegnél.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="670"/>
        <source>No plan: {amount} falls due on {day}.</source>
        <translation>Nincs részletfizetés: {amount} esedékes {day} napján.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="674"/>
        <source>{amount} in {count} installments, the last on {day}.</source>
        <translation>{amount} {count} részletben, az utolsó {day} napján esedékes.</translation>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="947"/>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="932"/>
        <source>Number {taken} was taken meanwhile: {number} is the next free one. Save again.</source>
        <translation>A sorszámot ({taken}) időközben kiosztották: a következő szabad sorszám {number}. Mentsen újra.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="941"/>
        <source>Number {number} is taken: choose another.</source>
        <translation>Ez a sorszám már foglalt ({number}): válasszon másikat.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="948"/>
        <source>Amounts cannot be negative.</source>
        <translation>Az összegek nem lehetnek negatívak.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="950"/>
        <source>The due date is before the issue date.</source>
        <translation>A fizetési határidő korábbi a kiállítás dátumánál.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="953"/>
        <source>The first installment falls due before the issue date.</source>
        <translation>Az első részlet esedékessége korábbi a kiállítás dátumánál.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="957"/>
        <source>The installments do not add up to the total less the deposit.</source>
        <translation>A részletek összege nem egyezik az előleggel csökkentett végösszeggel.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="959"/>
        <source>This invoice is void: it cannot be changed.</source>
        <translation>Ez a számla sztornózott: nem módosítható.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="962"/>
        <source>An invoice stays with its customer: void it and issue a new one instead.</source>
        <translation>A számla nem tehető át másik ügyfélhez: helyette sztornózza, és állítson ki újat.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="964"/>
        <source>This invoice is void already.</source>
        <translation>Ez a számla már sztornózott.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="965"/>
        <source>Say why the invoice is voided.</source>
        <translation>Adja meg a sztornózás okát.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="971"/>
        <source>The invoice cannot be saved: {reason}</source>
        <translation>A számla nem menthető: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="984"/>
        <source>Someone else changed this invoice meanwhile. Reload it to see their changes, then edit again.</source>
        <translation>A számlát időközben valaki más módosította. Töltse be újra a változások megtekintéséhez, majd szerkessze ismét.</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="24"/>
        <source>Search number, customer, phone, plate or work…</source>
        <translation>Keresés: sorszám, ügyfél, telefon, rendszám vagy munka…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="56"/>
        <source>{count} invoices</source>
        <translation>{count} számla</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="111"/>
        <source>Letter to {name}</source>
        <translation>Levél – {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="149"/>
        <source>&amp;Print…</source>
        <translation>&amp;Nyomtatás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="151"/>
        <source>Record the letter in the customer&apos;s history and print it (Ctrl+P)</source>
        <translation>A levél rögzítése az ügyfél előzményeiben, majd nyomtatás (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="152"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;PDF mentése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="155"/>
        <source>Record the letter in the customer&apos;s history and save it as a PDF (Ctrl+S)</source>
        <translation>A levél rögzítése az ügyfél előzményeiben, majd mentés PDF-ként (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="165"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>N&amp;yelv:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="167"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dátum:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="237"/>
        <source>A “{kind}” cannot be written for this customer.</source>
        <translation>Ennek az ügyfélnek ilyen levél nem írható: „{kind}”.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="247"/>
        <source>{problems}

Correct the text in Settings → Letter texts…</source>
        <translation>{problems}

Javítsa a szöveget itt: Beállítások → Levélszövegek…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="249"/>
        <source>The text of the “{kind}” in {language} has problems: the letter cannot be written.</source>
        <translation>Hibás a levélszöveg („{kind}”, {language}): a levél nem készíthető el.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="292"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="305"/>
        <source>Print letter</source>
        <translation>Levél nyomtatása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="306"/>
        <source>The printer could not be opened. Nothing was recorded: check the printer and try again.</source>
        <translation>A nyomtató nem érhető el. Semmi sem lett rögzítve: ellenőrizze a nyomtatót, és próbálja újra.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="317"/>
        <source>Printed, and recorded in the customer&apos;s letters.</source>
        <translation>Kinyomtatva, és rögzítve az ügyfél levelei között.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="327"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="342"/>
        <source>Save letter as PDF</source>
        <translation>Levél mentése PDF-ként</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="327"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="343"/>
        <source>The letter could not be saved in {path}: {reason}. Nothing was recorded.</source>
        <translation>A levél mentése nem sikerült ide: {path} – {reason}. Semmi sem lett rögzítve.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="349"/>
        <source>Saved as {name}, and recorded in the customer&apos;s letters.</source>
        <translation>Mentve: {name}, és rögzítve az ügyfél levelei között.</translation>
    </message>
</context>
<context>
    <name>LetterTextsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="77"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="205"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="328"/>
        <source>Letter texts</source>
        <translation>Levélszövegek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="106"/>
        <source>Write {placeholders} such as {customer_name} or {deadline} where the letter fills in its figures; put blocks such as [[items]] or [[payment]] on a line of their own. Hover here for the full list.</source>
        <translation>Kapcsos zárójeles helyőrzőket, például {customer_name} vagy {deadline}, írjon oda, ahová a levél az adatait illeszti; az olyan blokkokat, mint a [[items]] vagy a [[payment]], külön sorba írja. A teljes listáért vigye ide az egérmutatót.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="113"/>
        <source>Placeholders: {names}
Blocks: {blocks}</source>
        <translation>Helyőrzők: {names}
Blokkok: {blocks}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="118"/>
        <source>This text cannot be saved:</source>
        <translation>Ez a szöveg nem menthető:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="139"/>
        <source>&amp;Reset to default…</source>
        <translation>&amp;Visszaállítás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="146"/>
        <source>&amp;Language:</source>
        <translation>N&amp;yelv:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="146"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="157"/>
        <source>&amp;Text:</source>
        <translation>&amp;Szöveg:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="205"/>
        <source>Discard your changes to this text and open the other one?</source>
        <translation>Elveti a szöveg módosításait, és megnyitja a másikat?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="236"/>
        <source>The shop&apos;s own text (edited).</source>
        <translation>A műhely saját szövege (módosított).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="236"/>
        <source>The text shipped with the program.</source>
        <translation>A program alapszövege.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="262"/>
        <source>The preview shows the last text without problems.</source>
        <translation>Az előnézet az utolsó hibátlan szöveget mutatja.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="268"/>
        <source>The letter cannot be laid out with this text: {error}</source>
        <translation>Ezzel a szöveggel a levél nem tördelhető: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="272"/>
        <source>Sample: {kind} to {customer}, as of {day}. Nothing is recorded.</source>
        <translation>Minta: {kind}, címzett: {customer}, dátum: {day} – semmi sem kerül rögzítésre.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="293"/>
        <source>Saved: new letters use this text.</source>
        <translation>Mentve: az új levelek ezt a szöveget használják.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="300"/>
        <source>Reset to default</source>
        <translation>Alapszöveg visszaállítása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="301"/>
        <source>Replace the text of the “{kind}” in {language} with the text shipped with the program?</source>
        <translation>Lecseréli a levélszöveget („{kind}”, {language}) a program alapszövegére?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="310"/>
        <source>The shipped text applies again.</source>
        <translation>Ismét az alapszöveg érvényes.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="328"/>
        <source>Close without saving your changes?</source>
        <translation>Bezárja a módosítások mentése nélkül?</translation>
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
        <location filename="../workshop_desk/ui/main_window.py" line="49"/>
        <source>Workshop Desk — {shop}</source>
        <translation>Workshop Desk — {shop}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="49"/>
        <source>new shop</source>
        <translation>új műhely</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="59"/>
        <source>&amp;Today</source>
        <translation>&amp;Ma</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="60"/>
        <source>&amp;Customers</source>
        <translation>&amp;Ügyfelek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="61"/>
        <source>&amp;Invoices</source>
        <translation>Sz&amp;ámlák</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="62"/>
        <source>&amp;Overdue</source>
        <translation>&amp;Lejárt</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="67"/>
        <location filename="../workshop_desk/ui/main_window.py" line="463"/>
        <source>Legend</source>
        <translation>Jelmagyarázat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="99"/>
        <source>New &amp;customer…</source>
        <translation>Új &amp;ügyfél…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="99"/>
        <source>Add a customer</source>
        <translation>Új ügyfél felvétele</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="102"/>
        <source>New &amp;invoice…</source>
        <translation>Új &amp;számla…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="102"/>
        <source>Write an invoice or work order</source>
        <translation>Számla vagy munkalap kiállítása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="105"/>
        <source>Record &amp;payment…</source>
        <translation>&amp;Befizetés rögzítése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="105"/>
        <source>Record money received</source>
        <translation>Befolyt összeg rögzítése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="108"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Levél…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="108"/>
        <source>Write a letter to the selected customer</source>
        <translation>Levél írása a kijelölt ügyfélnek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="111"/>
        <source>Letters for &amp;selected…</source>
        <translation>Levelek a ki&amp;jelölteknek…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="114"/>
        <source>Write the same kind of letter to every customer selected in the Overdue list</source>
        <translation>Azonos típusú levél írása a Lejárt listában kijelölt összes ügyfélnek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="117"/>
        <source>Letter &amp;texts…</source>
        <translation>Levél&amp;szövegek…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="117"/>
        <source>Edit the wording of the letters</source>
        <translation>A levelek szövegének szerkesztése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="119"/>
        <source>&amp;Open selected…</source>
        <translation>Kijelölt &amp;megnyitása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="120"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Frissítés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="121"/>
        <source>&amp;Find</source>
        <translation>&amp;Keresés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="123"/>
        <source>&amp;Legend of the marks</source>
        <translation>&amp;Jelmagyarázat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="124"/>
        <source>&amp;About Workshop Desk</source>
        <translation>A Workshop Desk &amp;névjegye</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="126"/>
        <source>&amp;Done…</source>
        <translation>&amp;Elvégezve…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="127"/>
        <source>Log what came of the action selected in the Today tab</source>
        <translation>A Ma lapon kijelölt teendő eredményének rögzítése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="130"/>
        <source>Compose e-&amp;mail…</source>
        <translation>E-mail í&amp;rása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="131"/>
        <source>E-mail the letter of the action selected in the Today tab</source>
        <translation>A Ma lapon kijelölt teendő levelének elküldése e-mailben</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="134"/>
        <source>Copy &amp;SMS text</source>
        <translation>&amp;SMS-szöveg másolása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="135"/>
        <source>Copy the text message of the action selected in the Today tab</source>
        <translation>A Ma lapon kijelölt teendő SMS-szövegének másolása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="137"/>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="142"/>
        <source>Customers</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="143"/>
        <source>Invoices</source>
        <translation>Számlák</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="144"/>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="158"/>
        <source>&amp;Edit</source>
        <translation>S&amp;zerkesztés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="164"/>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="171"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Átadás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="174"/>
        <source>Check an account, save its case file, hand it over</source>
        <translation>Követelés ellenőrzése, behajtási dosszié mentése, átadás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="177"/>
        <source>&amp;Collection…</source>
        <translation>&amp;Behajtás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="177"/>
        <source>Ladder, contact limits, interest</source>
        <translation>Behajtási lépések, megkeresési korlátok, kamat</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="179"/>
        <source>&amp;Account</source>
        <translation>&amp;Követelés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="181"/>
        <source>&amp;Settings</source>
        <translation>&amp;Beállítások</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="188"/>
        <source>Main</source>
        <translation>Fő eszköztár</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="214"/>
        <source>Working out who owes what…</source>
        <translation>Tartozások kiszámítása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="241"/>
        <source>As of {day}:  open {open}  ·  overdue {overdue}  ·  {over} over their limit  ·  {missed} with missed installments</source>
        <translation>Állapot ({day}):  nyitott {open}  ·  lejárt {overdue}  ·  {over} ügyfél a hitelkeret felett  ·  {missed} ügyfél elmaradt részlettel</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="353"/>
        <source>Record payment</source>
        <translation>Befizetés rögzítése</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="353"/>
        <source>Select the customer who paid, then record the payment.</source>
        <translation>Jelölje ki a fizető ügyfelet, majd rögzítse a befizetést.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="385"/>
        <source>Letter</source>
        <translation>Levél</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="385"/>
        <source>Select the customer to write to, then choose Letter… again.</source>
        <translation>Jelölje ki a címzett ügyfelet, majd válassza ismét a Levél… parancsot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="403"/>
        <source>Letters for selected</source>
        <translation>Levelek a kijelölteknek</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="405"/>
        <source>Select the customers in the Overdue list (Ctrl+click or Shift+click selects several), then choose Letters for selected… again.</source>
        <translation>Jelölje ki az ügyfeleket a Lejárt listában (Ctrl+kattintással vagy Shift+kattintással többet is kijelölhet), majd válassza ismét a Levelek a kijelölteknek… parancsot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="429"/>
        <source>Hand over</source>
        <translation>Átadás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="429"/>
        <source>Select the customer to hand over, then choose Hand over… again.</source>
        <translation>Jelölje ki az átadandó ügyfelet, majd válassza ismét az Átadás… parancsot.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="464"/>
        <source>&lt;p&gt;Rows are coloured &lt;b&gt;and&lt;/b&gt; marked with an icon; hover a row to read why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A sorok színesek, &lt;b&gt;és&lt;/b&gt; ikon is jelöli őket; az okért vigye az egérmutatót a sor fölé.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="474"/>
        <source>About Workshop Desk</source>
        <translation>A Workshop Desk névjegye</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="475"/>
        <source>Workshop Desk {version}
Who owes the shop money, and what to do about it today.</source>
        <translation>Workshop Desk {version}
Ki tartozik a műhelynek, és mi a mai teendő.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="147"/>
        <source>Correct a contact with {name}</source>
        <translation>Bejegyzés helyesbítése – {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="149"/>
        <source>{step} — {name}</source>
        <translation>{step} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="150"/>
        <source>Log a contact with {name}</source>
        <translation>Kapcsolattartás rögzítése – {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="156"/>
        <source>no phone number on file</source>
        <translation>nincs megadva telefonszám</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="160"/>
        <source>Select the number to copy it</source>
        <translation>Jelölje ki a számot a másoláshoz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="208"/>
        <source>&amp;How:</source>
        <translation>&amp;Csatorna:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="223"/>
        <source>Pays &amp;by:</source>
        <translation>Ígért &amp;dátum:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="224"/>
        <source>Amo&amp;unt:</source>
        <translation>Ígért össze&amp;g:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="228"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="423"/>
        <source>No&amp;te:</source>
        <translation>Megjegy&amp;zés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="243"/>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="255"/>
        <source>Overdue: {amount}</source>
        <translation>Lejárt: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="257"/>
        <source>Nothing overdue yet</source>
        <translation>Még nincs lejárt tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="260"/>
        <source>{days} days late</source>
        <translation>{days} nap késés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="261"/>
        <source>Open balance: {amount}</source>
        <translation>Nyitott tartozás: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="267"/>
        <source>Step: {step}</source>
        <translation>Lépés: {step}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="273"/>
        <source>Due since {day}.</source>
        <translation>{day} óta esedékes.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="285"/>
        <source>Doing it today goes beyond the contact limit: log it only if it really happened.</source>
        <translation>Ha ma elvégzi, túllépi a megkeresési korlátot: csak akkor rögzítse, ha valóban megtörtént.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="293"/>
        <source>Handing over takes the account off the ladder for good: the program plans no more reminders for it.</source>
        <translation>Az átadással az ügyfél végleg kikerül a behajtási lépésekből: a program több emlékeztetőt nem tervez neki.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="308"/>
        <source>Entries in the contact log are evidence and are never changed. Saving adds a new entry that corrects the one of {when} ({channel}: {outcome}); say in the note what was wrong.</source>
        <translation>A kapcsolattartási napló bejegyzései bizonyítékul szolgálnak, és sosem módosulnak. A mentés új bejegyzést ad hozzá, amely helyesbíti a korábbit ({when}, {channel}: {outcome}); a megjegyzésben írja le, mi volt hibás.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="322"/>
        <source>&amp;Write the letter…</source>
        <translation>Levél &amp;írása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="323"/>
        <source>Compose e-&amp;mail…</source>
        <translation>E-mail í&amp;rása…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="324"/>
        <source>&amp;Copy SMS text</source>
        <translation>SMS-szöveg má&amp;solása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="325"/>
        <source>Prepare, print or save the step&apos;s letter; it is recorded when printed</source>
        <translation>A lépéshez tartozó levél elkészítése, nyomtatása vagy mentése; nyomtatáskor rögzül</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="327"/>
        <source>Save the letter as a PDF and open your e-mail program with the message in the customer&apos;s language</source>
        <translation>A levél mentése PDF-ként, és a levelezőprogram megnyitása az üzenettel, az ügyfél nyelvén</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="329"/>
        <source>Put a short text in the customer&apos;s language on the clipboard</source>
        <translation>Rövid szöveg a vágólapra, az ügyfél nyelvén</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="350"/>
        <source>&amp;Handed over</source>
        <translation>&amp;Átadva</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="350"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="364"/>
        <source>S&amp;kip this step</source>
        <translation>A lépés ki&amp;hagyása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="352"/>
        <source>&amp;E-mail sent</source>
        <translation>E-mail el&amp;küldve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="353"/>
        <source>SMS s&amp;ent</source>
        <translation>SMS el&amp;küldve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="354"/>
        <source>&amp;Letter printed/sent</source>
        <translation>&amp;Levél kinyomtatva/elküldve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="356"/>
        <source>&amp;Reached</source>
        <translation>&amp;Elérve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="357"/>
        <source>&amp;No answer</source>
        <translation>&amp;Nincs válasz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="358"/>
        <source>&amp;Promised to pay</source>
        <translation>&amp;Fizetést ígért</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="359"/>
        <source>&amp;Disputed</source>
        <translation>&amp;Vitatja</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="360"/>
        <source>Wron&amp;g number</source>
        <translation>&amp;Téves szám</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="365"/>
        <source>Only a n&amp;ote (the step stays on the list)</source>
        <translation>Csak &amp;jegyzet (a lépés a listán marad)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="367"/>
        <source>Only a n&amp;ote</source>
        <translation>Csak &amp;jegyzet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="369"/>
        <source>Dispute resol&amp;ved</source>
        <translation>Vita &amp;rendezve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="373"/>
        <source>What came of it?</source>
        <translation>Mi lett az eredménye?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="420"/>
        <source>Disputes wh&amp;at:</source>
        <translation>Kifogás t&amp;árgya:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="421"/>
        <source>Wh&amp;y skip:</source>
        <translation>Kihagyás &amp;oka:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="425"/>
        <source>Required: what the customer disputes, in their words</source>
        <translation>Kötelező: mit vitat az ügyfél, az ő szavaival</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="426"/>
        <source>Required: why this step is skipped</source>
        <translation>Kötelező: miért marad ki ez a lépés</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="427"/>
        <source>How the dispute was settled</source>
        <translation>Hogyan rendeződött a vita</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="429"/>
        <source>What was said or done (optional)</source>
        <translation>Mi hangzott el, vagy mi történt (nem kötelező)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="431"/>
        <source>Required: what was wrong in the entry corrected</source>
        <translation>Kötelező: mi volt hibás a helyesbített bejegyzésben</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="451"/>
        <source>Calls are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the call can still be logged.</source>
        <translation>Telefonálni munkanapokon {start}:00 és {end}:00 között, hétvégén {weekend_start}:00 és {weekend_end}:00 között szabad (megkeresési korlátok). Most {now} van: a hívás ettől még rögzíthető.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="457"/>
        <source>Messages are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the message can still be logged.</source>
        <translation>Üzenetet munkanapokon {start}:00 és {end}:00 között, hétvégén {weekend_start}:00 és {weekend_end}:00 között szabad küldeni (megkeresési korlátok). Most {now} van: az üzenet ettől még rögzíthető.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="501"/>
        <source>The “{letter}” is recorded in the customer&apos;s letters. Save to log the step as done.</source>
        <translation>A levél („{letter}”) bekerült az ügyfél levelei közé. A Mentés gombbal naplózza a lépést elvégzettként.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="513"/>
        <source>No letter can be e-mailed: {reason}</source>
        <translation>Nem küldhető levél e-mailben: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="517"/>
        <source>The PDF could not be saved: {reason}. Nothing was recorded.</source>
        <translation>A PDF mentése nem sikerült: {reason}. Semmi sem lett rögzítve.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="529"/>
        <source>The PDF is saved in {path}. Your e-mail program opens with the message: attach the PDF, send it, then save here.</source>
        <translation>A PDF mentve ide: {path}. A levelezőprogram megnyílik az üzenettel: csatolja a PDF-et, küldje el, majd itt mentsen.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="534"/>
        <source>The PDF is saved in {path}, but no e-mail program could be opened: send it another way, then save here.</source>
        <translation>A PDF mentve ide: {path}, de levelezőprogramot nem sikerült megnyitni: küldje el más módon, majd itt mentsen.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="538"/>
        <source>The customer has no e-mail address on file: fill in the recipient.</source>
        <translation>Az ügyfélnek nincs megadott e-mail-címe: töltse ki a címzettet.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="542"/>
        <source>E-mail “{subject}” with {file}</source>
        <translation>E-mail: „{subject}”, melléklet: {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="552"/>
        <source>No text message fits: {reason}</source>
        <translation>Nincs megfelelő SMS-szöveg: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="559"/>
        <source>SMS: “{text}”</source>
        <translation>SMS: „{text}”</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="561"/>
        <source>Copied to the clipboard ({count} characters): “{text}” Send it, then save here.</source>
        <translation>A vágólapra másolva ({count} karakter): „{text}” Küldje el, majd itt mentsen.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="580"/>
        <source>Choose what came of it.</source>
        <translation>Válassza ki az eredményt.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="587"/>
        <source>The day the customer will pay cannot be in the past.</source>
        <translation>Az ígért fizetési nap nem lehet a múltban.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="594"/>
        <source>Enter the amount promised.</source>
        <translation>Adja meg az ígért összeget.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="597"/>
        <source>Say what the customer disputes: the account is paused until it is resolved.</source>
        <translation>Írja le, mit vitat az ügyfél: a behajtás a rendezésig szünetel.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="600"/>
        <source>Say why the step is skipped: the log is evidence.</source>
        <translation>Írja le, miért marad ki a lépés: a napló bizonyítékul szolgál.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="602"/>
        <source>Say what was wrong in the entry you correct.</source>
        <translation>Írja le, mi volt hibás a helyesbített bejegyzésben.</translation>
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
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="81"/>
        <source>{count} customers need attention</source>
        <translation>{count} ügyfél igényel figyelmet</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="134"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Teljes tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="137"/>
        <source>Fill in what is unpaid on the chosen invoice, or the customer&apos;s whole open balance</source>
        <translation>A kiválasztott számla kifizetetlen részének, illetve az ügyfél teljes nyitott tartozásának beírása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="143"/>
        <source>Cash</source>
        <translation>Készpénz</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="144"/>
        <source>Card</source>
        <translation>Bankkártya</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="145"/>
        <source>Bank transfer</source>
        <translation>Átutalás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="146"/>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="150"/>
        <source>Receipt, transfer or card slip number (optional)</source>
        <translation>Nyugta, átutalás vagy kártyabizonylat száma (nem kötelező)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="157"/>
        <source>Invoice</source>
        <translation>Számla</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="158"/>
        <source>Installment</source>
        <translation>Részlet</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="159"/>
        <source>Due date</source>
        <translation>Esedékesség</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="160"/>
        <source>Unpaid before</source>
        <translation>Tartozás előtte</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="161"/>
        <source>Paid now</source>
        <translation>Most fizetve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="162"/>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="210"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Összeg:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="211"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dátum:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="212"/>
        <source>&amp;Method:</source>
        <translation>&amp;Fizetési mód:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="213"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Hivatkozás:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="214"/>
        <source>&amp;Pays:</source>
        <translation>&amp;Mit fizet:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="216"/>
        <source>What it pays</source>
        <translation>Mit egyenlít ki</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="256"/>
        <source>Payment from {name}</source>
        <translation>Befizetés – {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="261"/>
        <source>(on account: oldest first)</source>
        <translation>(folyószámlára: a legrégebbi először)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="264"/>
        <source>{number} · {unpaid} unpaid · next due {day}</source>
        <translation>{number} · tartozás: {unpaid} · következő esedékesség: {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="273"/>
        <source>{number} · nothing unpaid</source>
        <translation>{number} · nincs tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="281"/>
        <source>Open balance {amount}</source>
        <translation>Nyitott tartozás: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="283"/>
        <source>of which {amount} overdue</source>
        <translation>ebből lejárt: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="285"/>
        <source>credit {amount}</source>
        <translation>túlfizetés: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="331"/>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="417"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>A befizetés dátuma nem lehet a jövőben.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="353"/>
        <source>Enter the amount to see what it pays.</source>
        <translation>Adja meg az összeget, hogy lássa, mit egyenlít ki.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="360"/>
        <source>Nothing is owed: all of it becomes credit.</source>
        <translation>Nincs tartozás: a teljes összeg túlfizetés lesz.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="363"/>
        <source>ℹ {amount} becomes credit: it is more than the customer owes.</source>
        <translation>ℹ {amount} túlfizetés lesz: ennyivel több, mint az ügyfél tartozása.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="367"/>
        <source>Open balance after: {amount}</source>
        <translation>Nyitott tartozás utána: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="369"/>
        <source>{balance} · credit {amount}</source>
        <translation>{balance} · túlfizetés: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="378"/>
        <source>{seq} of {count}</source>
        <translation>{seq}/{count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="382"/>
        <source>settled</source>
        <translation>kiegyenlítve</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="382"/>
        <source>part</source>
        <translation>részben</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="396"/>
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
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="420"/>
        <source>This invoice is not one of this customer&apos;s.</source>
        <translation>Ez a számla nem ehhez az ügyfélhez tartozik.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="423"/>
        <source>The payment cannot be recorded: {reason}</source>
        <translation>A befizetés nem rögzíthető: {reason}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="98"/>
        <source>monthly</source>
        <translation>havonta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="99"/>
        <source>weekly</source>
        <translation>hetente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>No.</source>
        <translation>Sorsz.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>Due date</source>
        <translation>Esedékesség</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="125"/>
        <source>Optional: what was agreed, with whom</source>
        <translation>Nem kötelező: miben és kivel állapodtak meg</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="132"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Átütemezés…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="136"/>
        <source>Move into the new plan</source>
        <translation>Áthelyezés az új tervbe</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="146"/>
        <source>&amp;first due:</source>
        <translation>első &amp;esedékesség:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="153"/>
        <source>Install&amp;ments:</source>
        <translation>&amp;Részletek:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="155"/>
        <source>&amp;Note:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="156"/>
        <source>New installment plan</source>
        <translation>Új részletfizetési terv</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="195"/>
        <source>Reschedule — {name}</source>
        <translation>Átütemezés — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="199"/>
        <source>The &amp;overdue balance: {amount}</source>
        <translation>A &amp;lejárt tartozás: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="200"/>
        <source>The w&amp;hole open balance: {amount}</source>
        <translation>A &amp;teljes nyitott tartozás: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="238"/>
        <source>Nothing is owed: there is nothing to reschedule.</source>
        <translation>Nincs tartozás: nincs mit átütemezni.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="242"/>
        <source>{amount} falls due on {day}.</source>
        <translation>{amount} esedékes {day} napján.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="246"/>
        <source>{amount} in {count} installments, the last on {day}.</source>
        <translation>{amount} {count} részletben, az utolsó {day} napján esedékes.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="250"/>
        <source>{plan} It replaces what is open of {invoices}, which stays in the history.</source>
        <translation>{plan} Ez a következő számlák nyitott részét váltja fel: {invoices}; a számlák az előzményekben megmaradnak.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="255"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>Az első részlet esedékessége nem lehet korábbi a mai napnál.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="265"/>
        <source>Move {amount} of the debt of {name} into a new plan of {count} installments?</source>
        <translation>Áthelyez {amount} összeget {name} tartozásából egy új, {count} részletből álló tervbe?</translation>
    </message>
</context>
<context>
    <name>StoredLetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="41"/>
        <source>The letter exactly as it was sent. Printing or saving it again records nothing new.</source>
        <translation>A levél pontosan úgy, ahogy elküldték. Az újranyomtatás vagy újbóli mentés semmi újat nem rögzít.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="47"/>
        <source>&amp;Print…</source>
        <translation>&amp;Nyomtatás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="49"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;PDF mentése…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="71"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="81"/>
        <source>Print letter</source>
        <translation>Levél nyomtatása</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="81"/>
        <source>The printer could not be opened: check it and try again.</source>
        <translation>A nyomtató nem érhető el: ellenőrizze, és próbálja újra.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="88"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="104"/>
        <source>Save letter as PDF</source>
        <translation>Levél mentése PDF-ként</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="90"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="105"/>
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
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="196"/>
        <source>{count} actions for today</source>
        <translation>{count} teendő mára</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="198"/>
        <source>1 action for today</source>
        <translation>1 teendő mára</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="201"/>
        <source>{count} moved by contact limits</source>
        <translation>{count} áthelyezve a megkeresési korlátok miatt</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="80"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Teljes tartozás</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="92"/>
        <source>The amount is taken off the oldest installments first. It stays in the customer&apos;s history as “Written off” and in the reports; it cannot be undone.</source>
        <translation>Az összeg először a legrégebbi részletekből kerül levonásra. Az ügyfél előzményeiben „Leírva” tételként és a kimutatásokban megmarad; nem vonható vissza.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="104"/>
        <source>Write &amp;off…</source>
        <translation>&amp;Leírás…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="115"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Összeg:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="116"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Indok:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="117"/>
        <source>&amp;Note:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="147"/>
        <source>Write off — {name}</source>
        <translation>Leírás — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="156"/>
        <source>Why (required for “Other”)</source>
        <translation>Indoklás (az „Egyéb” okhoz kötelező)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="156"/>
        <source>Optional: anything worth keeping on record</source>
        <translation>Nem kötelező: bármi, amit érdemes megőrizni</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="164"/>
        <source>Open balance after the write-off: {amount}</source>
        <translation>Nyitott tartozás a leírás után: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="178"/>
        <source>Enter an amount more than zero.</source>
        <translation>Nullánál nagyobb összeget adjon meg.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="182"/>
        <source>That is more than the open balance of {open}.</source>
        <translation>Ez több, mint a nyitott tartozás ({open}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="187"/>
        <source>Say why the balance is written off.</source>
        <translation>Adja meg a leírás okát.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="199"/>
        <source>Write off {amount} of the balance of {name}? This cannot be undone.</source>
        <translation>Leír {amount} összeget {name} tartozásából? Ez nem vonható vissza.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../workshop_desk/app.py" line="78"/>
        <source>Unexpected error</source>
        <translation>Váratlan hiba</translation>
    </message>
    <message>
        <location filename="../workshop_desk/app.py" line="79"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved whole or not at all.

The details are in {log_file}; please send that file to whoever looks after this program.</source>
        <translation>Olyan hiba történt, amelyre a program nem számított. Az adatai biztonságban vannak: minden módosítás vagy teljes egészében mentődik, vagy egyáltalán nem.

A részletek itt találhatók: {log_file}; kérjük, küldje el ezt a fájlt annak, aki a programot gondozza.</translation>
    </message>
</context>
</TS>
