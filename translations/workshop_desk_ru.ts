<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="76"/>
        <source>Letters for the selected customers</source>
        <translation>Письма выбранным клиентам</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="88"/>
        <source>Letters for the selected customers ({count})</source>
        <translation>Письма выбранным клиентам ({count})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="100"/>
        <source>Each customer&apos;s &amp;own language</source>
        <translation>На &amp;языке каждого клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="101"/>
        <source>One language &amp;for all:</source>
        <translation>&amp;Один язык для всех:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="113"/>
        <source>Save as PDF files in one f&amp;older:</source>
        <translation>Сохранить PDF-файлы в &amp;папку:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="114"/>
        <source>&amp;Print them as one print job</source>
        <translation>&amp;Напечатать одним заданием</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="120"/>
        <source>&amp;Choose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="140"/>
        <source>&amp;Start</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="148"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="160"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="161"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="165"/>
        <source>Where the letters go</source>
        <translation>Куда направить письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="211"/>
        <source>Folder for the letters</source>
        <translation>Папка для писем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="223"/>
        <source>Print letters</source>
        <translation>Печать писем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="253"/>
        <source>Writing the letters…</source>
        <translation>Формирование писем…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="253"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="255"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="289"/>
        <source>Letter {done} of {total} done: {customer}</source>
        <translation>Письмо {done} из {total} готово: {customer}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="324"/>
        <source>Letters printed as one print job: {count} ({pages} pages).</source>
        <translation>Напечатано писем одним заданием: {count} (страниц: {pages}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="331"/>
        <source>Letters written: {count}, into {folder}</source>
        <translation>Сформировано писем: {count}, в папку {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="334"/>
        <source>Skipped: {count} (below, with the reason).</source>
        <translation>Пропущено: {count} (список с причинами ниже).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="337"/>
        <source>Stopped: {reason}. Not done: {count}.</source>
        <translation>Остановлено: {reason}. Не выполнено: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="342"/>
        <source>Cancelled. Not done: {count}.</source>
        <translation>Отменено. Не выполнено: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="353"/>
        <source>the text of this letter has problems ({problems}): correct it in Settings → Letter texts…</source>
        <translation>в тексте этого письма есть ошибки ({problems}): исправьте его в меню Настройки → Тексты писем…</translation>
    </message>
</context>
<context>
    <name>CollectionSettingsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="157"/>
        <source>Collection settings</source>
        <translation>Настройки взыскания</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="162"/>
        <source>&amp;Ladder</source>
        <translation>&amp;Порядок взыскания</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="163"/>
        <source>Contact &amp;limits</source>
        <translation>&amp;Ограничения контактов</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="164"/>
        <source>&amp;Interest and fees</source>
        <translation>П&amp;роценты и штрафы</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="92"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="93"/>
        <source>New &amp;invoice…</source>
        <translation>Новый &amp;счёт…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="94"/>
        <source>Record &amp;payment…</source>
        <translation>Записать &amp;оплату…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="107"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="108"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="109"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="110"/>
        <source>Tax id</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="111"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="112"/>
        <source>Letters in</source>
        <translation>Язык писем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="113"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="120"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="129"/>
        <source>Open balance</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="130"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="131"/>
        <source>Days late (oldest)</source>
        <translation>Просрочка, дн. (макс.)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="132"/>
        <source>Missed installments</source>
        <translation>Пропущено платежей</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="133"/>
        <source>Credit</source>
        <translation>Переплата</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="134"/>
        <source>Late interest to date</source>
        <translation>Проценты за просрочку</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="135"/>
        <source>Collection charges</source>
        <translation>Расходы на взыскание</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="136"/>
        <source>Debt limit</source>
        <translation>Лимит задолженности</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="145"/>
        <source>Account</source>
        <translation>Расчёты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="154"/>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="155"/>
        <source>Entry</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="156"/>
        <source>Reference</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="157"/>
        <source>Details</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="158"/>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="159"/>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="169"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="160"/>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="165"/>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="408"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="166"/>
        <source>Installment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="167"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="168"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="170"/>
        <source>Unpaid</source>
        <translation>Долг</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="171"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="177"/>
        <source>Statement of account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="178"/>
        <source>Installments</source>
        <translation>График платежей</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="179"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="180"/>
        <source>Contacts</source>
        <translation>Журнал контактов</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="194"/>
        <source>Wri&amp;te off…</source>
        <translation>Спис&amp;ать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="195"/>
        <source>Give up part or all of the open balance, with a reason</source>
        <translation>Списать часть или всю задолженность с указанием причины</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="196"/>
        <source>Re&amp;schedule…</source>
        <translation>&amp;Реструктуризация…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="197"/>
        <source>Turn the overdue balance into a new installment plan</source>
        <translation>Перевести просроченную задолженность в новый график платежей</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Amount claimed</source>
        <translation>Сумма требования</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="228"/>
        <source>Ope&amp;n…</source>
        <translation>От&amp;крыть…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="229"/>
        <source>Show the letter exactly as it was sent, to print or save it again</source>
        <translation>Показать письмо точно в том виде, в каком оно было отправлено, чтобы снова напечатать или сохранить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="231"/>
        <source>&amp;Write a letter…</source>
        <translation>&amp;Написать письмо…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="250"/>
        <source>Resol&amp;ve…</source>
        <translation>&amp;Урегулировать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="251"/>
        <source>Log that the dispute is settled: the account goes back on the ladder</source>
        <translation>Отметить, что спор урегулирован: по долгу снова действует порядок взыскания</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="272"/>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Записать контакт…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="273"/>
        <source>Record a call, visit, message or note with its outcome</source>
        <translation>Записать звонок, визит, сообщение или заметку с результатом</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="275"/>
        <source>Co&amp;rrect…</source>
        <translation>Испра&amp;вить…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="276"/>
        <source>Add an entry that corrects the selected one</source>
        <translation>Добавить запись, исправляющую выбранную</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="283"/>
        <source>Entries are evidence and are never changed: a mistake is corrected by a new entry.</source>
        <translation>Записи служат доказательством и не изменяются: ошибка исправляется новой записью.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="316"/>
        <source>Select a customer on the left</source>
        <translation>Выберите клиента слева</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="355"/>
        <source>the shop&apos;s language</source>
        <translation>язык мастерской</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="373"/>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="376"/>
        <source>no credit (0)</source>
        <translation>в долг нельзя (0)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="382"/>
        <source>{used} of {limit} used</source>
        <translation>Использовано {used} из {limit}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="392"/>
        <source>Nothing overdue.</source>
        <translation>Просрочки нет.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="409"/>
        <source>Invoice (void)</source>
        <translation>Счёт (аннулирован)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="410"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="411"/>
        <source>Written off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="412"/>
        <source>Rescheduled</source>
        <translation>Реструктуризация</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="420"/>
        <source>Moved to plan {number}</source>
        <translation>Перенесено в график {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="424"/>
        <source>{amount} in credit</source>
        <translation>переплата {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="452"/>
        <source>Deadline given: {day}</source>
        <translation>Срок оплаты в письме: {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="476"/>
        <source>{letter} of {day} to {name}</source>
        <translation>{letter} от {day} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="501"/>
        <source>⏸ Paused until {day}: the customer promised to pay {amount}.</source>
        <translation>⏸ Приостановлено до {day}: клиент обещал оплатить {amount}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="504"/>
        <source>⚑ Disputed: {reason} — the ladder waits until it is resolved.</source>
        <translation>⚑ Спор: {reason} — взыскание приостановлено до его урегулирования.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="505"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="508"/>
        <source>⚖ Handed over to a lawyer or collector on {day}: no more reminders are planned.</source>
        <translation>⚖ Передано юристу или коллекторам {day}: напоминания больше не планируются.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="567"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="568"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="569"/>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="570"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="578"/>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="579"/>
        <source>to pay</source>
        <translation>к оплате</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="579"/>
        <source>part paid</source>
        <translation>оплачен частично</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="580"/>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="581"/>
        <source>missed</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="587"/>
        <source>written off</source>
        <translation>списан</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="589"/>
        <source>moved</source>
        <translation>перенесён</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="589"/>
        <source>Moved to the new plan {number}</source>
        <translation>Перенесён в новый график {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="594"/>
        <source>{seq} of {count}</source>
        <translation>{seq} из {count}</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="93"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование / ФИО:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="95"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="96"/>
        <source>Person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="97"/>
        <source>Company</source>
        <translation>Организация / ИП</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="98"/>
        <source>Ta&amp;x id:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="99"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="100"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="101"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="102"/>
        <source>Postal co&amp;de:</source>
        <translation>Ин&amp;декс:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="104"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="106"/>
        <source>Co&amp;untry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="108"/>
        <source>&amp;Letters in:</source>
        <translation>&amp;Язык писем:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="109"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="111"/>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="113"/>
        <source>Empty: no limit. 0: no credit at all.</source>
        <translation>Пусто — без лимита. 0 — ничего в долг.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="115"/>
        <source>Debt li&amp;mit:</source>
        <translation>&amp;Лимит задолженности:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="116"/>
        <source>Bl&amp;ocked: no new credit</source>
        <translation>&amp;Заблокирован: не отпускать в долг</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="117"/>
        <source>No phone calls</source>
        <translation>Без звонков</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="118"/>
        <source>No SMS or e-mail</source>
        <translation>Без SMS и e-mail</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="121"/>
        <source>from the first step</source>
        <translation>с первого этапа</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="124"/>
        <source> days after the due date</source>
        <translation> дн. после срока оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="128"/>
        <source>Start:</source>
        <translation>Начинать:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="131"/>
        <source>Reminders:</source>
        <translation>Напоминания:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="132"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="142"/>
        <source>Two-letter country code; empty: the shop&apos;s country</source>
        <translation>Двухбуквенный код страны; пусто — страна мастерской</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="151"/>
        <source>Same as the shop ({language})</source>
        <translation>Как у мастерской ({language})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="169"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="200"/>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="202"/>
        <source>Customer {code} — {name}</source>
        <translation>Клиент {code} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="226"/>
        <source>the shop&apos;s country ({country})</source>
        <translation>страна мастерской ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="274"/>
        <source>Enter a code: every customer needs one.</source>
        <translation>Введите код: он нужен каждому клиенту.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="276"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Введите наименование или ФИО клиента.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="278"/>
        <source>The limit cannot be negative: 0 means no credit at all.</source>
        <translation>Лимит не может быть отрицательным: 0 означает «ничего в долг».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="305"/>
        <source>Changed meanwhile</source>
        <translation>Данные изменены</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="307"/>
        <source>This customer was changed by someone else meanwhile. Close this window and open the customer again to see the changes.</source>
        <translation>Пока окно было открыто, этого клиента изменил другой пользователь. Закройте окно и откройте клиента снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="320"/>
        <source>Customer {code} ({name}) already has this code.</source>
        <translation>Этот код уже присвоен клиенту {code} ({name}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="321"/>
        <source>Customer {code} ({name}) already has this code. Open that customer?</source>
        <translation>Этот код уже присвоен клиенту {code} ({name}). Открыть этого клиента?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="324"/>
        <source>Customer {code} ({name}) already has this tax id.</source>
        <translation>Этот ИНН уже указан у клиента {code} ({name}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="325"/>
        <source>Customer {code} ({name}) already has this tax id. Open that customer?</source>
        <translation>Этот ИНН уже указан у клиента {code} ({name}). Открыть этого клиента?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="331"/>
        <source>Already in use</source>
        <translation>Уже используется</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="30"/>
        <source>Search name, code, phone, city, plate or serial…</source>
        <translation>Поиск по имени, коду, телефону, городу, госномеру или серийному номеру…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="118"/>
        <source>{count} customers</source>
        <translation>Клиентов: {count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="120"/>
        <source>{shown} of {count}</source>
        <translation>{shown} из {count}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="91"/>
        <source>Welcome to Workshop Desk</source>
        <translation>Добро пожаловать в Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="110"/>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Tell the program about your shop: its name and address head every letter, its country sets the currency and the language. Or press &lt;i&gt;Load demo data&lt;/i&gt; to try the program with an invented shop first.</source>
        <translation>&lt;b&gt;Добро пожаловать!&lt;/b&gt; Укажите данные вашей мастерской: название и адрес печатаются в шапке каждого письма, а по стране определяются валюта и язык. Или нажмите &lt;i&gt;Загрузить демо-данные&lt;/i&gt;, чтобы сначала опробовать программу на вымышленной мастерской.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="121"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Название мастерской:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="122"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="123"/>
        <source>P&amp;ostal code:</source>
        <translation>Ин&amp;декс:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="125"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="126"/>
        <source>Co&amp;untry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="127"/>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="131"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="134"/>
        <source>&amp;Tax id:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="135"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="136"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="137"/>
        <source>Ban&amp;k:</source>
        <translation>&amp;Банк:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="138"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="139"/>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C (SWIFT):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="148"/>
        <source>Other…</source>
        <translation>Другая…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="152"/>
        <source>code, e.g. FR</source>
        <translation>код, напр. KZ</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="172"/>
        <source>Load &amp;demo data</source>
        <translation>&amp;Загрузить демо-данные</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="175"/>
        <source>Fill the program with an invented shop (150 customers with invoices and payments) in the language of the country chosen above</source>
        <translation>Заполнить программу данными вымышленной мастерской (150 клиентов со счетами и оплатами) на языке страны, выбранной выше</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="185"/>
        <source>&amp;Save profile</source>
        <translation>&amp;Сохранить профиль</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="188"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="216"/>
        <source>Three-letter currency code, e.g. EUR</source>
        <translation>Трёхбуквенный код валюты, например KZT</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="216"/>
        <source>Follows from the country</source>
        <translation>Определяется страной</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="248"/>
        <source>Not empty any more</source>
        <translation>База данных уже заполнена</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="250"/>
        <source>Someone else has set up this database meanwhile, so the demo was not loaded. Start the program again to see what it holds.</source>
        <translation>Тем временем эту базу данных уже настроил другой пользователь, поэтому демо-данные не загружены. Запустите программу снова, чтобы увидеть её содержимое.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="291"/>
        <source>Enter the name of your shop: it heads every letter.</source>
        <translation>Введите название мастерской: оно печатается в шапке каждого письма.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="293"/>
        <source>Enter the country as its two-letter code, like FR, DE or ES.</source>
        <translation>Укажите страну двухбуквенным кодом, например RU, KZ или DE.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="295"/>
        <source>Enter the currency as its three-letter code, like EUR or CHF.</source>
        <translation>Укажите валюту трёхбуквенным кодом, например RUB или EUR.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="306"/>
        <source>This is not a valid BIC: 8 or 11 letters and digits, like UNCRITMM.</source>
        <translation>Неверный код BIC (SWIFT): нужно 8 или 11 латинских букв и цифр, например UNCRITMM.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="78"/>
        <source>Hand over {name}</source>
        <translation>Передача долга: {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="91"/>
        <source>Overdue {overdue}  ·  open balance {open}</source>
        <translation>Просрочено {overdue}  ·  задолженность {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="101"/>
        <source>⚠ This account was handed over on {day}. Handing it over again logs a new entry.</source>
        <translation>⚠ Долг уже передан {day}. При повторной передаче в журнал добавится новая запись.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="109"/>
        <source>To whom, and their reference (optional)</source>
        <translation>Кому передано и номер дела у них (необязательно)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="116"/>
        <source>Preparing the case file…</source>
        <translation>Подготовка досье…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="123"/>
        <source>&amp;Save case file…</source>
        <translation>&amp;Сохранить досье…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="125"/>
        <source>One PDF for the lawyer or collector: the account, the interest, the contact log and every letter</source>
        <translation>Один PDF для юриста или коллекторов: расчёты, проценты, журнал контактов и все письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="128"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Передать</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="130"/>
        <source>Log the hand-over: the account leaves the collection ladder and is marked as handed over</source>
        <translation>Записать передачу: долг выводится из порядка взыскания и отмечается как переданный</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="138"/>
        <source>Before handing over</source>
        <translation>Перед передачей</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="142"/>
        <source>&amp;Note:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="174"/>
        <source>case file</source>
        <translation>досье</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="180"/>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="220"/>
        <source>Save case file</source>
        <translation>Сохранить досье</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="180"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="209"/>
        <source>Case file saved as {name}.</source>
        <translation>Досье сохранено: {name}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="221"/>
        <source>The case file could not be saved: {reason}.</source>
        <translation>Не удалось сохранить досье: {reason}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="234"/>
        <source>Hand over</source>
        <translation>Передача долга</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="235"/>
        <source>Not every check is passed:

{checks}

Hand the account over all the same?</source>
        <translation>Пройдены не все проверки:

{checks}

Всё равно передать долг?</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="135"/>
        <source>New invoice</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="153"/>
        <source>Type a code or a name</source>
        <translation>Введите код или имя</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="165"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="166"/>
        <source>Register another vehicle or device of this customer</source>
        <translation>Добавить клиенту ещё один автомобиль или устройство</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="168"/>
        <source>Plate or serial number</source>
        <translation>Госномер или серийный номер</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="170"/>
        <source>Make and model, or device</source>
        <translation>Марка и модель или устройство</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="171"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="179"/>
        <source>What was done (shown on the invoice and in letters)</source>
        <translation>Что сделано (выводится в счёте и в письмах)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="184"/>
        <source>Payments are recorded against this invoice: to change the amounts, void it and issue a new one.</source>
        <translation>По этому счёту уже есть оплаты: чтобы изменить суммы, аннулируйте его и выставьте новый.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="193"/>
        <source>1 = no plan: the whole amount falls due on the due date</source>
        <translation>1 = без рассрочки: вся сумма оплачивается в срок оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="195"/>
        <source>monthly</source>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="196"/>
        <source>weekly</source>
        <translation>еженедельно</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="230"/>
        <source>Issue it anyway</source>
        <translation>Всё равно выставить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="232"/>
        <source>Why (kept on record with the invoice)</source>
        <translation>Причина (сохраняется вместе со счётом)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="233"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="244"/>
        <source>A warning only: the invoice can still be saved.</source>
        <translation>Это лишь предупреждение: счёт всё равно можно сохранить.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="253"/>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="258"/>
        <source>Void…</source>
        <translation>Аннулировать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="283"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="284"/>
        <source>&amp;Vehicle / device:</source>
        <translation>&amp;Автомобиль / устройство:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="285"/>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="286"/>
        <source>&amp;Issue date:</source>
        <translation>&amp;Дата счёта:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="287"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Срок оплаты:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="288"/>
        <source>&amp;Work done:</source>
        <translation>&amp;Выполненные работы:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="289"/>
        <source>&amp;Total:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="290"/>
        <source>&amp;Deposit:</source>
        <translation>&amp;Предоплата:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="297"/>
        <source>&amp;first due:</source>
        <translation>пе&amp;рвый платёж:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="304"/>
        <source>Install&amp;ments:</source>
        <translation>&amp;Число платежей:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="305"/>
        <source>Installment plan</source>
        <translation>График платежей</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="427"/>
        <source>Invoice {number}</source>
        <translation>Счёт {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="428"/>
        <source>Save the change anyway</source>
        <translation>Всё равно сохранить изменения</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="466"/>
        <source>This invoice is void: {reason}</source>
        <translation>Счёт аннулирован: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="526"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="553"/>
        <source>Enter the plate or serial number.</source>
        <translation>Введите госномер или серийный номер.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="562"/>
        <source>{vehicle} (new)</source>
        <translation>{vehicle} (новый)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="651"/>
        <source>Enter the total to see the plan.</source>
        <translation>Введите сумму, чтобы увидеть график.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="657"/>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="949"/>
        <source>The deposit is larger than the total.</source>
        <translation>Предоплата больше суммы счёта.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="670"/>
        <source>No plan: {amount} falls due on {day}.</source>
        <translation>Без рассрочки: {amount} к оплате {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="674"/>
        <source>{amount} in {count} installments, the last on {day}.</source>
        <translation>{amount} — платежей: {count}, последний {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="678"/>
        <source>Total {total} less deposit {deposit}: {rest}</source>
        <translation>Сумма {total} минус предоплата {deposit}: {rest}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="710"/>
        <source>This customer is blocked: no new credit.</source>
        <translation>Клиент заблокирован: в долг не отпускать.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="713"/>
        <source>Enter the amounts to check the credit.</source>
        <translation>Введите суммы, чтобы проверить лимит задолженности.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="736"/>
        <source>Open balance {open} + the increase {amount} = {after}</source>
        <translation>Задолженность {open} + увеличение {amount} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="738"/>
        <source>Open balance {open} + this invoice {amount} − credit {credit} = {after}</source>
        <translation>Задолженность {open} + этот счёт {amount} − переплата {credit} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="740"/>
        <source>Open balance {open} + this invoice {amount} = {after}</source>
        <translation>Задолженность {open} + этот счёт {amount} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="742"/>
        <source>{figures}; no debt limit.</source>
        <translation>{figures}; лимит задолженности не установлен.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="744"/>
        <source>{figures}, over the limit of {limit} by {excess}.</source>
        <translation>{figures}, это на {excess} больше лимита {limit}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="749"/>
        <source>{figures}, within the limit of {limit}.</source>
        <translation>{figures}, в пределах лимита {limit}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="772"/>
        <source>Issued over the customer&apos;s credit terms: {reason}</source>
        <translation>Выставлен сверх лимита или при блокировке клиента: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="800"/>
        <source>To save it, tick “{option}” and say why; or change the amounts.</source>
        <translation>Чтобы сохранить, отметьте «{option}» и укажите причину или измените суммы.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="804"/>
        <source>Say why the invoice is issued anyway.</source>
        <translation>Укажите, почему счёт всё равно выставляется.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="817"/>
        <source>Choose a customer from the list.</source>
        <translation>Выберите клиента из списка.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="819"/>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="947"/>
        <source>Enter the invoice number.</source>
        <translation>Введите номер счёта.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="917"/>
        <source>Void invoice {number}</source>
        <translation>Аннулирование счёта {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="918"/>
        <source>Why is this invoice voided? It stays on record and stops counting.</source>
        <translation>Почему счёт аннулируется? Он останется в базе, но перестанет учитываться.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="932"/>
        <source>Number {taken} was taken meanwhile: {number} is the next free one. Save again.</source>
        <translation>Номер {taken} тем временем уже занят: следующий свободный — {number}. Сохраните ещё раз.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="941"/>
        <source>Number {number} is taken: choose another.</source>
        <translation>Номер {number} уже занят: выберите другой.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="948"/>
        <source>Amounts cannot be negative.</source>
        <translation>Суммы не могут быть отрицательными.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="950"/>
        <source>The due date is before the issue date.</source>
        <translation>Срок оплаты раньше даты счёта.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="953"/>
        <source>The first installment falls due before the issue date.</source>
        <translation>Срок первого платежа раньше даты счёта.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="957"/>
        <source>The installments do not add up to the total less the deposit.</source>
        <translation>Сумма платежей не равна сумме счёта за вычетом предоплаты.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="959"/>
        <source>This invoice is void: it cannot be changed.</source>
        <translation>Счёт аннулирован: изменить его нельзя.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="962"/>
        <source>An invoice stays with its customer: void it and issue a new one instead.</source>
        <translation>Счёт нельзя перенести на другого клиента: аннулируйте его и выставьте новый.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="964"/>
        <source>This invoice is void already.</source>
        <translation>Этот счёт уже аннулирован.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="965"/>
        <source>Say why the invoice is voided.</source>
        <translation>Укажите причину аннулирования счёта.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="971"/>
        <source>The invoice cannot be saved: {reason}</source>
        <translation>Не удалось сохранить счёт: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="984"/>
        <source>Someone else changed this invoice meanwhile. Reload it to see their changes, then edit again.</source>
        <translation>Тем временем этот счёт изменил другой пользователь. Перечитайте его, чтобы увидеть изменения, и отредактируйте снова.</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="24"/>
        <source>Search number, customer, phone, plate or work…</source>
        <translation>Поиск по номеру, клиенту, телефону, госномеру или работам…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="56"/>
        <source>{count} invoices</source>
        <translation>Счетов: {count}</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="111"/>
        <source>Letter to {name}</source>
        <translation>Письмо клиенту {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="149"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="151"/>
        <source>Record the letter in the customer&apos;s history and print it (Ctrl+P)</source>
        <translation>Записать письмо в историю клиента и напечатать (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="152"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="155"/>
        <source>Record the letter in the customer&apos;s history and save it as a PDF (Ctrl+S)</source>
        <translation>Записать письмо в историю клиента и сохранить в PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="165"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="167"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="237"/>
        <source>A “{kind}” cannot be written for this customer.</source>
        <translation>Письмо «{kind}» нельзя сформировать для этого клиента.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="247"/>
        <source>{problems}

Correct the text in Settings → Letter texts…</source>
        <translation>{problems}

Исправьте текст в меню Настройки → Тексты писем…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="249"/>
        <source>The text of the “{kind}” in {language} has problems: the letter cannot be written.</source>
        <translation>В тексте письма «{kind}» ({language}) есть ошибки: письмо нельзя сформировать.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="292"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="305"/>
        <source>Print letter</source>
        <translation>Печать письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="306"/>
        <source>The printer could not be opened. Nothing was recorded: check the printer and try again.</source>
        <translation>Не удалось открыть принтер. Ничего не записано: проверьте принтер и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="317"/>
        <source>Printed, and recorded in the customer&apos;s letters.</source>
        <translation>Напечатано и записано в историю писем клиента.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="327"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="342"/>
        <source>Save letter as PDF</source>
        <translation>Сохранить письмо в PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="327"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="343"/>
        <source>The letter could not be saved in {path}: {reason}. Nothing was recorded.</source>
        <translation>Не удалось сохранить письмо в {path}: {reason}. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="349"/>
        <source>Saved as {name}, and recorded in the customer&apos;s letters.</source>
        <translation>Сохранено как {name} и записано в историю писем клиента.</translation>
    </message>
</context>
<context>
    <name>LetterTextsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="77"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="205"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="328"/>
        <source>Letter texts</source>
        <translation>Тексты писем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="106"/>
        <source>Write {placeholders} such as {customer_name} or {deadline} where the letter fills in its figures; put blocks such as [[items]] or [[payment]] on a line of their own. Hover here for the full list.</source>
        <translation>Там, где письмо подставляет данные, пишите поля в фигурных скобках, например {customer_name} или {deadline}; блоки, например [[items]] или [[payment]], — на отдельной строке. Полный список — в подсказке при наведении указателя.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="113"/>
        <source>Placeholders: {names}
Blocks: {blocks}</source>
        <translation>Поля: {names}
Блоки: {blocks}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="118"/>
        <source>This text cannot be saved:</source>
        <translation>Этот текст нельзя сохранить:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="139"/>
        <source>&amp;Reset to default…</source>
        <translation>&amp;Сбросить к исходному…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="146"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="146"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="157"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="205"/>
        <source>Discard your changes to this text and open the other one?</source>
        <translation>Отменить изменения в этом тексте и открыть другой?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="236"/>
        <source>The shop&apos;s own text (edited).</source>
        <translation>Собственный текст мастерской (изменён).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="236"/>
        <source>The text shipped with the program.</source>
        <translation>Стандартный текст программы.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="262"/>
        <source>The preview shows the last text without problems.</source>
        <translation>В просмотре — последний вариант текста без ошибок.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="268"/>
        <source>The letter cannot be laid out with this text: {error}</source>
        <translation>Не удаётся сверстать письмо с этим текстом: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="272"/>
        <source>Sample: {kind} to {customer}, as of {day}. Nothing is recorded.</source>
        <translation>Образец: «{kind}» для клиента {customer} на {day}. Ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="293"/>
        <source>Saved: new letters use this text.</source>
        <translation>Сохранено: новые письма будут формироваться по этому тексту.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="300"/>
        <source>Reset to default</source>
        <translation>Сброс к исходному тексту</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="301"/>
        <source>Replace the text of the “{kind}” in {language} with the text shipped with the program?</source>
        <translation>Заменить текст письма «{kind}» ({language}) стандартным текстом программы?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="310"/>
        <source>The shipped text applies again.</source>
        <translation>Снова используется стандартный текст.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="328"/>
        <source>Close without saving your changes?</source>
        <translation>Закрыть без сохранения изменений?</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="49"/>
        <source>An action that would break a limit is moved to the first day it is allowed, and the Today list says why. The defaults are the Russian rules for collecting from private persons (230-FZ); they are a sensible courtesy anywhere.</source>
        <translation>Действие, которое нарушило бы ограничение, переносится на первый день, когда оно допустимо, а в списке «Сегодня» указывается причина. Значения по умолчанию соответствуют российским правилам взыскания с физических лиц (230-ФЗ); их разумно соблюдать в любой стране.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="61"/>
        <source>At most</source>
        <translation>Не более</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="63"/>
        <source>Phone calls:</source>
        <translation>Телефонных звонков:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="64"/>
        <source>Text messages and e-mails:</source>
        <translation>SMS и сообщений по e-mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="65"/>
        <source>Allowed hours</source>
        <translation>Разрешённое время</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="67"/>
        <source>Working days:</source>
        <translation>Рабочие дни:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="69"/>
        <source>Saturdays and Sundays:</source>
        <translation>Суббота и воскресенье:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a day</source>
        <translation>в день</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a week</source>
        <translation>в неделю</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a month</source>
        <translation>в месяц</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="111"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="113"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="133"/>
        <source>A day cannot allow more than a week, nor a week more than a month.</source>
        <translation>Лимит в день не может превышать лимит в неделю, а лимит в неделю — лимит в месяц.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="135"/>
        <source>The first allowed hour must come before the last.</source>
        <translation>Начало разрешённого времени должно быть раньше его окончания.</translation>
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
        <translation>новая мастерская</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="59"/>
        <source>&amp;Today</source>
        <translation>Сег&amp;одня</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="60"/>
        <source>&amp;Customers</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="61"/>
        <source>&amp;Invoices</source>
        <translation>С&amp;чета</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="62"/>
        <source>&amp;Overdue</source>
        <translation>Прос&amp;рочка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="67"/>
        <location filename="../workshop_desk/ui/main_window.py" line="463"/>
        <source>Legend</source>
        <translation>Обозначения</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="99"/>
        <source>New &amp;customer…</source>
        <translation>Новый &amp;клиент…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="99"/>
        <source>Add a customer</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="102"/>
        <source>New &amp;invoice…</source>
        <translation>Новый &amp;счёт…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="102"/>
        <source>Write an invoice or work order</source>
        <translation>Выставить счёт или оформить заказ-наряд</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="105"/>
        <source>Record &amp;payment…</source>
        <translation>Записать &amp;оплату…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="105"/>
        <source>Record money received</source>
        <translation>Записать поступившую оплату</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="108"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Письмо…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="108"/>
        <source>Write a letter to the selected customer</source>
        <translation>Написать письмо выбранному клиенту</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="111"/>
        <source>Letters for &amp;selected…</source>
        <translation>Письма &amp;выбранным…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="114"/>
        <source>Write the same kind of letter to every customer selected in the Overdue list</source>
        <translation>Написать письмо одного вида всем клиентам, выбранным в списке «Просрочка»</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="117"/>
        <source>Letter &amp;texts…</source>
        <translation>&amp;Тексты писем…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="117"/>
        <source>Edit the wording of the letters</source>
        <translation>Изменить формулировки писем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="119"/>
        <source>&amp;Open selected…</source>
        <translation>&amp;Открыть выбранное…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="120"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="121"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="123"/>
        <source>&amp;Legend of the marks</source>
        <translation>&amp;Условные обозначения</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="124"/>
        <source>&amp;About Workshop Desk</source>
        <translation>&amp;О программе Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="126"/>
        <source>&amp;Done…</source>
        <translation>&amp;Готово…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="127"/>
        <source>Log what came of the action selected in the Today tab</source>
        <translation>Записать результат действия, выбранного на вкладке «Сегодня»</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="130"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Напис&amp;ать e-mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="131"/>
        <source>E-mail the letter of the action selected in the Today tab</source>
        <translation>Отправить по e-mail письмо для действия, выбранного на вкладке «Сегодня»</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="134"/>
        <source>Copy &amp;SMS text</source>
        <translation>&amp;Копировать текст SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="135"/>
        <source>Copy the text message of the action selected in the Today tab</source>
        <translation>Скопировать текст SMS для действия, выбранного на вкладке «Сегодня»</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="137"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="142"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="143"/>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="144"/>
        <source>Overdue</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="158"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="164"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="171"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Передать юристу…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="174"/>
        <source>Check an account, save its case file, hand it over</source>
        <translation>Проверить долг, сохранить досье и передать юристу или коллекторам</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="177"/>
        <source>&amp;Collection…</source>
        <translation>&amp;Взыскание…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="177"/>
        <source>Ladder, contact limits, interest</source>
        <translation>Порядок взыскания, ограничения контактов, проценты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="179"/>
        <source>&amp;Account</source>
        <translation>&amp;Задолженность</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="181"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="188"/>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="214"/>
        <source>Working out who owes what…</source>
        <translation>Подсчёт задолженности…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="241"/>
        <source>As of {day}:  open {open}  ·  overdue {overdue}  ·  {over} over their limit  ·  {missed} with missed installments</source>
        <translation>На {day}:  долг {open}  ·  просрочено {overdue}  ·  сверх лимита: {over}  ·  с пропущенными платежами: {missed}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="353"/>
        <source>Record payment</source>
        <translation>Запись оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="353"/>
        <source>Select the customer who paid, then record the payment.</source>
        <translation>Выберите клиента, который заплатил, затем запишите оплату.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="385"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="385"/>
        <source>Select the customer to write to, then choose Letter… again.</source>
        <translation>Выберите клиента, которому нужно написать, затем снова выберите «Письмо…».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="403"/>
        <source>Letters for selected</source>
        <translation>Письма выбранным</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="405"/>
        <source>Select the customers in the Overdue list (Ctrl+click or Shift+click selects several), then choose Letters for selected… again.</source>
        <translation>Выберите клиентов в списке «Просрочка» (несколько — Ctrl+щелчок или Shift+щелчок), затем снова выберите «Письма выбранным…».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="429"/>
        <source>Hand over</source>
        <translation>Передача долга</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="429"/>
        <source>Select the customer to hand over, then choose Hand over… again.</source>
        <translation>Выберите клиента, долг которого нужно передать, затем снова выберите «Передать юристу…».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="464"/>
        <source>&lt;p&gt;Rows are coloured &lt;b&gt;and&lt;/b&gt; marked with an icon; hover a row to read why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Строки выделяются цветом &lt;b&gt;и&lt;/b&gt; значком; наведите указатель на строку, чтобы узнать причину.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="474"/>
        <source>About Workshop Desk</source>
        <translation>О программе Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="475"/>
        <source>Workshop Desk {version}
Who owes the shop money, and what to do about it today.</source>
        <translation>Workshop Desk {version}
Кто должен мастерской и что с этим делать сегодня.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="147"/>
        <source>Correct a contact with {name}</source>
        <translation>Исправление контакта: {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="149"/>
        <source>{step} — {name}</source>
        <translation>{step} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="150"/>
        <source>Log a contact with {name}</source>
        <translation>Запись контакта: {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="156"/>
        <source>no phone number on file</source>
        <translation>телефон не указан</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="160"/>
        <source>Select the number to copy it</source>
        <translation>Выделите номер, чтобы скопировать его</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="208"/>
        <source>&amp;How:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="223"/>
        <source>Pays &amp;by:</source>
        <translation>Оплатит &amp;до:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="224"/>
        <source>Amo&amp;unt:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="228"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="423"/>
        <source>No&amp;te:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="243"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="255"/>
        <source>Overdue: {amount}</source>
        <translation>Просрочено: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="257"/>
        <source>Nothing overdue yet</source>
        <translation>Просрочки пока нет</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="260"/>
        <source>{days} days late</source>
        <translation>Просрочка: {days} дн.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="261"/>
        <source>Open balance: {amount}</source>
        <translation>Задолженность: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="267"/>
        <source>Step: {step}</source>
        <translation>Этап: {step}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="273"/>
        <source>Due since {day}.</source>
        <translation>К выполнению с {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="285"/>
        <source>Doing it today goes beyond the contact limit: log it only if it really happened.</source>
        <translation>Выполнение этапа сегодня превышает ограничение контактов: записывайте его, только если он действительно выполнен.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="293"/>
        <source>Handing over takes the account off the ladder for good: the program plans no more reminders for it.</source>
        <translation>После передачи долг окончательно выводится из порядка взыскания: программа больше не планирует по нему напоминаний.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="308"/>
        <source>Entries in the contact log are evidence and are never changed. Saving adds a new entry that corrects the one of {when} ({channel}: {outcome}); say in the note what was wrong.</source>
        <translation>Записи журнала контактов служат доказательством и не изменяются. При сохранении добавится новая запись, исправляющая запись от {when} ({channel}: {outcome}); укажите в комментарии, что было неверно.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="322"/>
        <source>&amp;Write the letter…</source>
        <translation>Под&amp;готовить письмо…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="323"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Напис&amp;ать e-mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="324"/>
        <source>&amp;Copy SMS text</source>
        <translation>&amp;Копировать текст SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="325"/>
        <source>Prepare, print or save the step&apos;s letter; it is recorded when printed</source>
        <translation>Подготовить, напечатать или сохранить письмо этапа; при печати оно записывается в историю</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="327"/>
        <source>Save the letter as a PDF and open your e-mail program with the message in the customer&apos;s language</source>
        <translation>Сохранить письмо в PDF и открыть почтовую программу с сообщением на языке клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="329"/>
        <source>Put a short text in the customer&apos;s language on the clipboard</source>
        <translation>Скопировать в буфер обмена короткий текст на языке клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="350"/>
        <source>&amp;Handed over</source>
        <translation>&amp;Передано</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="350"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="364"/>
        <source>S&amp;kip this step</source>
        <translation>Пропустить &amp;этап</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="352"/>
        <source>&amp;E-mail sent</source>
        <translation>E-mail от&amp;правлен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="353"/>
        <source>SMS s&amp;ent</source>
        <translation>SMS от&amp;правлено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="354"/>
        <source>&amp;Letter printed/sent</source>
        <translation>&amp;Письмо напечатано/отправлено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="356"/>
        <source>&amp;Reached</source>
        <translation>&amp;Разговор состоялся</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="357"/>
        <source>&amp;No answer</source>
        <translation>&amp;Нет ответа</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="358"/>
        <source>&amp;Promised to pay</source>
        <translation>&amp;Обещание оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="359"/>
        <source>&amp;Disputed</source>
        <translation>Оспари&amp;вает</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="360"/>
        <source>Wron&amp;g number</source>
        <translation>Неверн&amp;ый номер</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="365"/>
        <source>Only a n&amp;ote (the step stays on the list)</source>
        <translation>Только &amp;заметка (этап остаётся в списке)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="367"/>
        <source>Only a n&amp;ote</source>
        <translation>Только &amp;заметка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="369"/>
        <source>Dispute resol&amp;ved</source>
        <translation>Спор уре&amp;гулирован</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="373"/>
        <source>What came of it?</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="420"/>
        <source>Disputes wh&amp;at:</source>
        <translation>Что оспар&amp;ивает:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="421"/>
        <source>Wh&amp;y skip:</source>
        <translation>Пр&amp;ичина пропуска:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="425"/>
        <source>Required: what the customer disputes, in their words</source>
        <translation>Обязательно: что оспаривает клиент, его словами</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="426"/>
        <source>Required: why this step is skipped</source>
        <translation>Обязательно: почему этап пропускается</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="427"/>
        <source>How the dispute was settled</source>
        <translation>Как урегулирован спор</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="429"/>
        <source>What was said or done (optional)</source>
        <translation>Что сказано или сделано (необязательно)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="431"/>
        <source>Required: what was wrong in the entry corrected</source>
        <translation>Обязательно: что было неверно в исправляемой записи</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="451"/>
        <source>Calls are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the call can still be logged.</source>
        <translation>Звонки разрешены с {start}:00 до {end}:00 в рабочие дни и с {weekend_start}:00 до {weekend_end}:00 в выходные (ограничения контактов). Сейчас {now}: звонок всё равно можно записать.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="457"/>
        <source>Messages are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the message can still be logged.</source>
        <translation>Сообщения разрешены с {start}:00 до {end}:00 в рабочие дни и с {weekend_start}:00 до {weekend_end}:00 в выходные (ограничения контактов). Сейчас {now}: сообщение всё равно можно записать.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="501"/>
        <source>The “{letter}” is recorded in the customer&apos;s letters. Save to log the step as done.</source>
        <translation>Письмо «{letter}» записано в историю писем клиента. Нажмите «Сохранить», чтобы отметить этап выполненным.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="513"/>
        <source>No letter can be e-mailed: {reason}</source>
        <translation>Письмо нельзя отправить по e-mail: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="517"/>
        <source>The PDF could not be saved: {reason}. Nothing was recorded.</source>
        <translation>Не удалось сохранить PDF: {reason}. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="529"/>
        <source>The PDF is saved in {path}. Your e-mail program opens with the message: attach the PDF, send it, then save here.</source>
        <translation>PDF сохранён: {path}. Открывается почтовая программа с сообщением: приложите PDF, отправьте письмо, затем нажмите здесь «Сохранить».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="534"/>
        <source>The PDF is saved in {path}, but no e-mail program could be opened: send it another way, then save here.</source>
        <translation>PDF сохранён: {path}, но почтовую программу открыть не удалось: отправьте его другим способом, затем нажмите здесь «Сохранить».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="538"/>
        <source>The customer has no e-mail address on file: fill in the recipient.</source>
        <translation>У клиента не указан адрес эл. почты: впишите получателя.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="542"/>
        <source>E-mail “{subject}” with {file}</source>
        <translation>E-mail «{subject}» с вложением {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="552"/>
        <source>No text message fits: {reason}</source>
        <translation>Подходящего текста SMS нет: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="559"/>
        <source>SMS: “{text}”</source>
        <translation>SMS: «{text}»</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="561"/>
        <source>Copied to the clipboard ({count} characters): “{text}” Send it, then save here.</source>
        <translation>Скопировано в буфер обмена (символов: {count}): «{text}» Отправьте SMS, затем нажмите здесь «Сохранить».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="580"/>
        <source>Choose what came of it.</source>
        <translation>Выберите результат.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="587"/>
        <source>The day the customer will pay cannot be in the past.</source>
        <translation>Дата обещанной оплаты не может быть в прошлом.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="594"/>
        <source>Enter the amount promised.</source>
        <translation>Введите обещанную сумму.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="597"/>
        <source>Say what the customer disputes: the account is paused until it is resolved.</source>
        <translation>Укажите, что оспаривает клиент: взыскание приостанавливается до урегулирования спора.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="600"/>
        <source>Say why the step is skipped: the log is evidence.</source>
        <translation>Укажите, почему этап пропускается: журнал служит доказательством.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="602"/>
        <source>Say what was wrong in the entry you correct.</source>
        <translation>Укажите, что было неверно в исправляемой записи.</translation>
    </message>
</context>
<context>
    <name>OverdueTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="28"/>
        <source>Search name, code or phone…</source>
        <translation>Поиск по имени, коду или телефону…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="79"/>
        <source>Working out who owes what…</source>
        <translation>Подсчёт задолженности…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="81"/>
        <source>{count} customers need attention</source>
        <translation>Клиентов, требующих внимания: {count}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="134"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Весь долг</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="137"/>
        <source>Fill in what is unpaid on the chosen invoice, or the customer&apos;s whole open balance</source>
        <translation>Подставить неоплаченный остаток по выбранному счёту или всю задолженность клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="143"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="144"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="145"/>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="146"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="150"/>
        <source>Receipt, transfer or card slip number (optional)</source>
        <translation>Номер чека, платёжного поручения или слипа (необязательно)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="157"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="158"/>
        <source>Installment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="159"/>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="160"/>
        <source>Unpaid before</source>
        <translation>Долг до</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="161"/>
        <source>Paid now</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="162"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="210"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="211"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="212"/>
        <source>&amp;Method:</source>
        <translation>Способ &amp;оплаты:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="213"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер документа:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="214"/>
        <source>&amp;Pays:</source>
        <translation>В с&amp;чёт:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="216"/>
        <source>What it pays</source>
        <translation>Что погашается</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="256"/>
        <source>Payment from {name}</source>
        <translation>Оплата от {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="261"/>
        <source>(on account: oldest first)</source>
        <translation>(в счёт общего долга: сначала самые старые)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="264"/>
        <source>{number} · {unpaid} unpaid · next due {day}</source>
        <translation>{number} · долг {unpaid} · след. срок {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="273"/>
        <source>{number} · nothing unpaid</source>
        <translation>{number} · долга нет</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="281"/>
        <source>Open balance {amount}</source>
        <translation>Задолженность {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="283"/>
        <source>of which {amount} overdue</source>
        <translation>в т. ч. просрочено {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="285"/>
        <source>credit {amount}</source>
        <translation>переплата {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="331"/>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="417"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Дата оплаты не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="353"/>
        <source>Enter the amount to see what it pays.</source>
        <translation>Введите сумму, чтобы увидеть, что она погашает.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="360"/>
        <source>Nothing is owed: all of it becomes credit.</source>
        <translation>Долга нет: вся сумма станет переплатой.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="363"/>
        <source>ℹ {amount} becomes credit: it is more than the customer owes.</source>
        <translation>ℹ {amount} станет переплатой: это больше, чем должен клиент.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="367"/>
        <source>Open balance after: {amount}</source>
        <translation>Задолженность после оплаты: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="369"/>
        <source>{balance} · credit {amount}</source>
        <translation>{balance} · переплата {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="378"/>
        <source>{seq} of {count}</source>
        <translation>{seq} из {count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="382"/>
        <source>settled</source>
        <translation>погашен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="382"/>
        <source>part</source>
        <translation>частично</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="396"/>
        <source>Enter an amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="415"/>
        <source>Enter an amount more than zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="416"/>
        <source>The amount is too large.</source>
        <translation>Сумма слишком велика.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="420"/>
        <source>This invoice is not one of this customer&apos;s.</source>
        <translation>Этот счёт выставлен другому клиенту.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="423"/>
        <source>The payment cannot be recorded: {reason}</source>
        <translation>Не удалось записать оплату: {reason}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="98"/>
        <source>monthly</source>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="99"/>
        <source>weekly</source>
        <translation>еженедельно</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="125"/>
        <source>Optional: what was agreed, with whom</source>
        <translation>Необязательно: о чём и с кем договорились</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="132"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Реструктурировать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="136"/>
        <source>Move into the new plan</source>
        <translation>Перенести в новый график</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="146"/>
        <source>&amp;first due:</source>
        <translation>первый пла&amp;тёж:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="153"/>
        <source>Install&amp;ments:</source>
        <translation>&amp;Число платежей:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="155"/>
        <source>&amp;Note:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="156"/>
        <source>New installment plan</source>
        <translation>Новый график платежей</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="195"/>
        <source>Reschedule — {name}</source>
        <translation>Реструктуризация — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="199"/>
        <source>The &amp;overdue balance: {amount}</source>
        <translation>&amp;Просроченный долг: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="200"/>
        <source>The w&amp;hole open balance: {amount}</source>
        <translation>&amp;Весь долг: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="238"/>
        <source>Nothing is owed: there is nothing to reschedule.</source>
        <translation>Долга нет: реструктурировать нечего.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="242"/>
        <source>{amount} falls due on {day}.</source>
        <translation>{amount} к оплате {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="246"/>
        <source>{amount} in {count} installments, the last on {day}.</source>
        <translation>{amount} — платежей: {count}, последний {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="250"/>
        <source>{plan} It replaces what is open of {invoices}, which stays in the history.</source>
        <translation>{plan} График заменяет непогашенный остаток по счетам {invoices}; сами счета остаются в истории.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="255"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>Срок первого платежа не может быть раньше сегодняшнего дня.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="265"/>
        <source>Move {amount} of the debt of {name} into a new plan of {count} installments?</source>
        <translation>Перенести {amount} долга клиента {name} в новый график (платежей: {count})?</translation>
    </message>
</context>
<context>
    <name>StoredLetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="41"/>
        <source>The letter exactly as it was sent. Printing or saving it again records nothing new.</source>
        <translation>Письмо точно в том виде, в каком оно было отправлено. Повторная печать или сохранение ничего нового не записывают.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="47"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="49"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="71"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="81"/>
        <source>Print letter</source>
        <translation>Печать письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="81"/>
        <source>The printer could not be opened: check it and try again.</source>
        <translation>Не удалось открыть принтер: проверьте его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="88"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="104"/>
        <source>Save letter as PDF</source>
        <translation>Сохранить письмо в PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="90"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="105"/>
        <source>The letter could not be saved in {path}: {reason}.</source>
        <translation>Не удалось сохранить письмо в {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="55"/>
        <source>Search name, code, phone or step…</source>
        <translation>Поиск по имени, коду, телефону или этапу…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="74"/>
        <source>&amp;Done…</source>
        <translation>&amp;Готово…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="75"/>
        <source>Log what came of the selected action (Enter, Ctrl+D)</source>
        <translation>Записать результат выбранного действия (Enter, Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="76"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Напис&amp;ать e-mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="78"/>
        <source>Save the letter as a PDF and open your e-mail program with the message (Ctrl+M)</source>
        <translation>Сохранить письмо в PDF и открыть почтовую программу с сообщением (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="80"/>
        <source>Cop&amp;y SMS text</source>
        <translation>Коп&amp;ировать текст SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="82"/>
        <source>Put a short text in the customer&apos;s language on the clipboard (Ctrl+Shift+C)</source>
        <translation>Скопировать в буфер обмена короткий текст на языке клиента (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="84"/>
        <source>Open c&amp;ustomer</source>
        <translation>Откр&amp;ыть клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="86"/>
        <source>An action not done stays on the list tomorrow. Greyed actions wait for a contact limit.</source>
        <translation>Невыполненное действие останется в списке и завтра. Серые действия ждут окончания ограничения контактов.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="192"/>
        <source>Working out today&apos;s actions…</source>
        <translation>Подготовка действий на сегодня…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="196"/>
        <source>{count} actions for today</source>
        <translation>Действий на сегодня: {count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="198"/>
        <source>1 action for today</source>
        <translation>1 действие на сегодня</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="201"/>
        <source>{count} moved by contact limits</source>
        <translation>Перенесено из-за ограничений контактов: {count}</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="80"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Весь долг</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="92"/>
        <source>The amount is taken off the oldest installments first. It stays in the customer&apos;s history as “Written off” and in the reports; it cannot be undone.</source>
        <translation>Сумма списывается начиная с самых старых платежей. Она остаётся в истории клиента как «Списание» и в отчётах; отменить списание нельзя.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="104"/>
        <source>Write &amp;off…</source>
        <translation>&amp;Списать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="115"/>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="116"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="117"/>
        <source>&amp;Note:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="147"/>
        <source>Write off — {name}</source>
        <translation>Списание — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="156"/>
        <source>Why (required for “Other”)</source>
        <translation>Причина (обязательно для «Другое»)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="156"/>
        <source>Optional: anything worth keeping on record</source>
        <translation>Необязательно: всё, что стоит сохранить в записи</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="164"/>
        <source>Open balance after the write-off: {amount}</source>
        <translation>Задолженность после списания: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="178"/>
        <source>Enter an amount more than zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="182"/>
        <source>That is more than the open balance of {open}.</source>
        <translation>Это больше суммы задолженности ({open}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="187"/>
        <source>Say why the balance is written off.</source>
        <translation>Укажите причину списания.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="199"/>
        <source>Write off {amount} of the balance of {name}? This cannot be undone.</source>
        <translation>Списать {amount} из задолженности клиента {name}? Отменить это будет нельзя.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../workshop_desk/app.py" line="78"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/app.py" line="79"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved whole or not at all.

The details are in {log_file}; please send that file to whoever looks after this program.</source>
        <translation>Произошла непредвиденная ошибка. Ваши данные в сохранности: каждое изменение сохраняется целиком или не сохраняется вовсе.

Подробности записаны в файл {log_file}; пожалуйста, отправьте этот файл тому, кто обслуживает программу.</translation>
    </message>
</context>
</TS>
