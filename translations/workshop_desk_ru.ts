<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdjustmentError</name>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="67"/>
        <source>a payment dated after this day is recorded already</source>
        <extracomment>Shown after “It cannot be recorded:”, so lower case and without a full stop.</extracomment>
        <translation>уже записана оплата с более поздней датой</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="68"/>
        <source>the amount must be more than zero</source>
        <translation>сумма должна быть больше нуля</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="69"/>
        <source>unknown write-off reason {reason}</source>
        <translation>неизвестная причина списания {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="70"/>
        <source>say why the balance is written off</source>
        <translation>укажите причину списания</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="71"/>
        <source>the amount is more than the open balance</source>
        <translation>сумма больше задолженности</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="72"/>
        <source>a plan has between 1 and {maximum} installments</source>
        <translation>в графике может быть от 1 до {maximum} платежей</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="73"/>
        <source>the first installment falls due before the reschedule date</source>
        <translation>срок первого платежа раньше даты реструктуризации</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="74"/>
        <source>there is nothing to reschedule</source>
        <translation>реструктурировать нечего</translation>
    </message>
</context>
<context>
    <name>AdjustmentTexts</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="16"/>
        <source>Hardship</source>
        <translation>Тяжёлое положение клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="17"/>
        <source>Small amount</source>
        <translation>Незначительная сумма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="18"/>
        <source>Uncollectable</source>
        <translation>Безнадёжный долг</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="19"/>
        <source>Other (say why)</source>
        <translation>Другое (укажите причину)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="26"/>
        <source>Open balance {amount}</source>
        <translation>Задолженность {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="32"/>
        <source>of which {amount} overdue</source>
        <translation>в т. ч. просрочено {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="42"/>
        <source>A payment dated {day} is recorded already: an adjustment cannot be dated before it.</source>
        <translation>Уже записана оплата от {day}: дата операции не может быть раньше неё.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="47"/>
        <source>Enter an amount more than zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="49"/>
        <source>That is more than the open balance.</source>
        <translation>Это больше суммы задолженности.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="51"/>
        <source>Say why the balance is written off.</source>
        <translation>Укажите причину списания.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="53"/>
        <source>There is nothing to reschedule.</source>
        <translation>Реструктурировать нечего.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="55"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>Срок первого платежа не может быть раньше сегодняшнего дня.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="58"/>
        <source>It cannot be recorded: {reason}</source>
        <translation>Не удалось записать: {reason}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="48"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="49"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="50"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="51"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="52"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="53"/>
        <source>Days late</source>
        <translation>Просрочка, дн.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="54"/>
        <source>Due since</source>
        <translation>К выполнению с</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="55"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="41"/>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="42"/>
        <source>Monthly</source>
        <translation>Ежемесячная</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="43"/>
        <source>Before an update</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="44"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="45"/>
        <source>Made on request</source>
        <translation>Создана вручную</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="55"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="62"/>
        <source>A verified copy is made at the first start of each day (the last 14 days and 12 months are kept) and before every update of the program. Folder: {folder}</source>
        <translation>Проверенная копия создаётся при первом запуске за день (хранятся копии за последние 14 дней и 12 месяцев) и перед каждым обновлением программы. Папка: {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Made</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="75"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="76"/>
        <source>&amp;Restore the selected copy…</source>
        <translation>&amp;Восстановить выбранную копию…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="77"/>
        <source>Restore from a &amp;file…</source>
        <translation>Восстановить из &amp;файла…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="78"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="100"/>
        <source>The shop&apos;s data is on the PostgreSQL server {server}, so this desk makes no copies of it by itself.

To make a copy, run &apos;workshop-desk backup&apos; on any desk (it uses PostgreSQL&apos;s pg_dump, checks the copy and says where it is), or let the server&apos;s administrator back the database up with the server&apos;s own tools, ideally every day.

To bring a copy back, close Workshop Desk on every desk and restore it on the server with pg_restore (&apos;workshop-desk restore&apos; shows the command).</source>
        <translation>Данные мастерской хранятся на сервере PostgreSQL {server}, поэтому это рабочее место само их не копирует.

Чтобы сделать копию, выполните &apos;workshop-desk backup&apos; на любом рабочем месте (команда использует pg_dump из PostgreSQL, проверяет копию и сообщает, где она), или поручите администратору сервера резервное копирование средствами самого сервера, лучше ежедневно.

Чтобы вернуть копию, закройте Workshop Desk на всех рабочих местах и восстановите её на сервере с помощью pg_restore (&apos;workshop-desk restore&apos; покажет команду).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="133"/>
        <source>Making a copy…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="139"/>
        <source>Copy written and verified: {file}</source>
        <translation>Копия создана и проверена: {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="144"/>
        <source>The copy failed: {reason}</source>
        <translation>Не удалось создать копию: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="153"/>
        <source>Backup to restore</source>
        <translation>Резервная копия для восстановления</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="153"/>
        <source>Databases (*.db)</source>
        <translation>Базы данных (*.db)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="162"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="164"/>
        <source>Replace the shop&apos;s data with the copy {file}?

Everything entered after that copy was made will be gone from the program. The current data is kept as a copy in the backups folder, so this can be undone by restoring that copy.</source>
        <translation>Заменить данные мастерской копией {file}?

Всё, что было введено после создания этой копии, исчезнет из программы. Текущие данные сохраняются как копия в папке резервных копий, поэтому восстановление можно отменить, восстановив эту копию.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Nothing was changed: {reason}</source>
        <translation>Ничего не изменено: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="183"/>
        <source>Restored from {file}.</source>
        <translation>Восстановлено из копии {file}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="185"/>
        <source>The data it replaced is kept as {file}.</source>
        <translation>Прежние данные сохранены как {file}.</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="77"/>
        <source>Letters for the selected customers</source>
        <translation>Письма выбранным клиентам</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="89"/>
        <source>Letters for the selected customers ({count})</source>
        <translation>Письма выбранным клиентам ({count})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="101"/>
        <source>Each customer&apos;s &amp;own language</source>
        <translation>На &amp;языке каждого клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="102"/>
        <source>One language &amp;for all:</source>
        <translation>&amp;Один язык для всех:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="114"/>
        <source>Save as PDF files in one f&amp;older:</source>
        <translation>Сохранить PDF-файлы в &amp;папку:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="115"/>
        <source>&amp;Print them as one print job</source>
        <translation>&amp;Напечатать одним заданием</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="121"/>
        <source>&amp;Choose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="141"/>
        <source>&amp;Start</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="149"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="161"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="162"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="166"/>
        <source>Where the letters go</source>
        <translation>Куда направить письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="212"/>
        <source>Folder for the letters</source>
        <translation>Папка для писем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="224"/>
        <source>Print letters</source>
        <translation>Печать писем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="254"/>
        <source>Writing the letters…</source>
        <translation>Формирование писем…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="254"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="256"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="290"/>
        <source>Letter {done} of {total} done: {customer}</source>
        <translation>Письмо {done} из {total} готово: {customer}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="325"/>
        <source>Letters printed as one print job: {count} (%n page(s)).</source>
        <translation>
            <numerusform>Напечатано писем одним заданием: {count} (%n страница).</numerusform>
            <numerusform>Напечатано писем одним заданием: {count} (%n страницы).</numerusform>
            <numerusform>Напечатано писем одним заданием: {count} (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="332"/>
        <source>Letters written: {count}, into {folder}</source>
        <translation>Сформировано писем: {count}, в папку {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="335"/>
        <source>Skipped: {count} (below, with the reason).</source>
        <translation>Пропущено: {count} (список с причинами ниже).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="338"/>
        <source>Stopped: {reason}. Not done: {count}.</source>
        <translation>Остановлено: {reason}. Не выполнено: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="343"/>
        <source>Cancelled. Not done: {count}.</source>
        <translation>Отменено. Не выполнено: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="354"/>
        <source>the text of this letter has problems ({problems}): correct it in Settings → Letter texts…</source>
        <translation>в тексте этого письма есть ошибки ({problems}): исправьте его в меню Настройки → Тексты писем…</translation>
    </message>
</context>
<context>
    <name>CollectionNames</name>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="27"/>
        <source>Courtesy reminder</source>
        <translation>Напоминание о предстоящем платеже</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="28"/>
        <source>Phone call on the due day</source>
        <translation>Звонок в день срока оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="29"/>
        <source>Payment reminder</source>
        <translation>Напоминание об оплате</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="30"/>
        <source>Second reminder</source>
        <translation>Повторное напоминание</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="31"/>
        <source>Formal claim letter</source>
        <translation>Досудебная претензия</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="32"/>
        <source>Hand over to a lawyer or collector</source>
        <translation>Передача юристу или коллекторам</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="39"/>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="40"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="41"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="42"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="43"/>
        <source>Registered letter</source>
        <translation>Заказное письмо</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="44"/>
        <source>Hand over</source>
        <translation>Передача долга</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="52"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="54"/>
        <location filename="../workshop_desk/ui/collection_names.py" line="68"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="60"/>
        <source>Reached</source>
        <translation>Разговор состоялся</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="61"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="62"/>
        <source>Promised to pay</source>
        <translation>Обещание оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="63"/>
        <source>Disputed</source>
        <translation>Оспаривает</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="64"/>
        <source>Dispute resolved</source>
        <translation>Спор урегулирован</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="65"/>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="66"/>
        <source>Letter printed/sent</source>
        <translation>Письмо напечатано/отправлено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="67"/>
        <source>Step skipped</source>
        <translation>Этап пропущен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="78"/>
        <source>Call the customer: say how much is overdue and since when, ask when they will pay, and note what they say.</source>
        <translation>Позвоните клиенту: назовите сумму просрочки и с какого числа она возникла, спросите, когда клиент оплатит, и запишите его ответ.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="83"/>
        <source>Send a short text message: copy the text, send it from the shop&apos;s phone, then confirm here.</source>
        <translation>Отправьте короткое SMS: скопируйте текст, отправьте его с телефона мастерской, затем подтвердите здесь.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="88"/>
        <source>E-mail the “{letter}”: compose the e-mail, attach the PDF it saves, send it, then confirm here.</source>
        <translation>Отправьте по e-mail письмо «{letter}»: подготовьте сообщение, приложите сохранённый PDF, отправьте и подтвердите здесь.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="90"/>
        <source>Send the customer an e-mail, then confirm here.</source>
        <translation>Отправьте клиенту e-mail, затем подтвердите здесь.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="93"/>
        <source>Print the “{letter}” and post it (Write the letter… prepares and records it).</source>
        <translation>Напечатайте «{letter}» и отправьте почтой (кнопка «Подготовить письмо…» формирует его и записывает в историю).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="94"/>
        <location filename="../workshop_desk/ui/collection_names.py" line="98"/>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="97"/>
        <source>Send the “{letter}” by registered post with a return receipt, and keep the receipt: it is evidence.</source>
        <translation>Отправьте «{letter}» заказным письмом с уведомлением о вручении и сохраните уведомление: это доказательство.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="100"/>
        <source>Hand the account to the lawyer or collection agency, with the case file: invoices, letters sent and this contact log.</source>
        <translation>Передайте долг юристу или коллекторскому агентству вместе с досье: счета, отправленные письма и этот журнал контактов.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="111"/>
        <source>Broken promise: {amount} by {day}</source>
        <translation>Обещание не выполнено: {amount} до {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/collection_names.py" line="115"/>
        <source>Next step on the ladder, for %n unpaid item(s)</source>
        <translation>
            <numerusform>Следующий этап взыскания по %n неоплаченному платежу</numerusform>
            <numerusform>Следующий этап взыскания по %n неоплаченным платежам</numerusform>
            <numerusform>Следующий этап взыскания по %n неоплаченным платежам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="116"/>
        <source>Next step on the ladder</source>
        <translation>Следующий этап взыскания</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="127"/>
        <source>Moved to {day}: contact limit for calls</source>
        <translation>Перенесено на {day}: ограничение звонков</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="128"/>
        <source>Moved to {day}: contact limit for messages</source>
        <translation>Перенесено на {day}: ограничение сообщений</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="134"/>
        <source>Moved to {day}: daily contact limit for calls ({count} of {limit})</source>
        <translation>Перенесено на {day}: ограничение звонков в день ({count} из {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="136"/>
        <source>Moved to {day}: daily contact limit for messages ({count} of {limit})</source>
        <translation>Перенесено на {day}: ограничение сообщений в день ({count} из {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="138"/>
        <source>Moved to {day}: weekly contact limit for calls ({count} of {limit})</source>
        <translation>Перенесено на {day}: ограничение звонков в неделю ({count} из {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="140"/>
        <source>Moved to {day}: weekly contact limit for messages ({count} of {limit})</source>
        <translation>Перенесено на {day}: ограничение сообщений в неделю ({count} из {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="142"/>
        <source>Moved to {day}: monthly contact limit for calls ({count} of {limit})</source>
        <translation>Перенесено на {day}: ограничение звонков в месяц ({count} из {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="143"/>
        <source>Moved to {day}: monthly contact limit for messages ({count} of {limit})</source>
        <translation>Перенесено на {day}: ограничение сообщений в месяц ({count} из {limit})</translation>
    </message>
</context>
<context>
    <name>CollectionSettings</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="48"/>
        <source>Actual days / 365</source>
        <translation>Фактические дни / 365</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="49"/>
        <source>Actual days / 365, or 366 in a leap year</source>
        <translation>Фактические дни / 365 (366 в високосный год)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="52"/>
        <source>Actual days / 360 (a monthly rate, pro rata)</source>
        <translation>Фактические дни / 360 (месячная ставка, пропорционально)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="60"/>
        <source>Enter at least one rate period.</source>
        <translation>Укажите хотя бы один период ставки.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="61"/>
        <source>Two periods start on the same day: keep one of them.</source>
        <translation>Два периода начинаются в один день: оставьте один из них.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="64"/>
        <source>A rate must be between 0 and 100 %.</source>
        <translation>Ставка должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="67"/>
        <source>The margin must be between −100 and 100 points.</source>
        <translation>Надбавка должна быть от −100 до 100 процентных пунктов.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="70"/>
        <source>List the amounts from the smallest debt up; only the last row may have no upper bound.</source>
        <translation>Перечислите суммы по возрастанию долга; не указывать верхнюю границу можно только в последней строке.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="74"/>
        <source>The fine must be between 0 and 100 %.</source>
        <translation>Штраф должен быть от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="118"/>
        <source>These base rates come with the program, not from an official source: please check them against the official rate.</source>
        <translation>Эти базовые ставки поставляются с программой и взяты не из официального источника: сверьте их с официальной ставкой.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="131"/>
        <source>From</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="132"/>
        <source>Base rate %</source>
        <translation>Базовая ставка, %</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="135"/>
        <source>Add period</source>
        <translation>Добавить период</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="136"/>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="160"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="148"/>
        <source>For a debt under</source>
        <translation>При долге до</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="149"/>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="153"/>
        <source>Leave the last “For a debt under” empty: it applies to any larger debt.</source>
        <translation>Оставьте последнее значение «При долге до» пустым: оно действует для любого большего долга.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="159"/>
        <source>Add amount</source>
        <translation>Добавить сумму</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="183"/>
        <source>Base rate:</source>
        <translation>Базовая ставка:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="184"/>
        <source>Margin (points):</source>
        <translation>Надбавка (п. п.):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="185"/>
        <source>Day count:</source>
        <translation>База расчёта:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="187"/>
        <source>Flat compensation:</source>
        <translation>Фиксированная компенсация:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="190"/>
        <source>One-off fine %:</source>
        <translation>Разовый штраф, %:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="195"/>
        <source>Legal basis ({language}):</source>
        <translation>Правовое основание ({language}):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="227"/>
        <source>any amount</source>
        <translation>любая сумма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="244"/>
        <source>From {day}: {problem}</source>
        <translation>С {day}: {problem}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="266"/>
        <source>Row {row}: {problem}</source>
        <translation>Строка {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="323"/>
        <source>Business customers</source>
        <translation>Организации и ИП</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="326"/>
        <source>Private customers (consumers)</source>
        <translation>Физические лица (потребители)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="329"/>
        <source>Days given to pay or reply</source>
        <translation>Срок для оплаты или ответа</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="336"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="340"/>
        <source>{letter} ({country})</source>
        <translation>{letter} ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="41"/>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="42"/>
        <source>Text message (SMS)</source>
        <translation>SMS-сообщение</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="43"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="44"/>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="92"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="45"/>
        <source>Registered letter</source>
        <translation>Заказное письмо</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="46"/>
        <source>Hand over (lawyer, collector)</source>
        <translation>Передача (юрист, коллекторы)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="52"/>
        <source>The ladder needs at least one step.</source>
        <translation>В порядке взыскания должен быть хотя бы один этап.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="53"/>
        <source>Step {row} must come on a later day than the step before it.</source>
        <translation>Этап {row} должен наступать позже предыдущего этапа.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="56"/>
        <source>Step {row}: the day must be within a year of the due date.</source>
        <translation>Этап {row}: день должен отстоять от срока оплаты не более чем на год.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="59"/>
        <source>Step {row} sends a letter: choose which one.</source>
        <translation>Этап {row} отправляет письмо: выберите, какое.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="62"/>
        <source>Step {row} is the same step as one above it: remove one of them.</source>
        <translation>Этап {row} повторяет один из этапов выше: удалите один из них.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="90"/>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="181"/>
        <source>Day from due date</source>
        <translation>День от срока оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="91"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="93"/>
        <source>Fee ({currency})</source>
        <translation>Расходы ({currency})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="112"/>
        <source>Each unpaid installment climbs the ladder: a step falls due this many days after the due date (negative: before it). A fee is charged once, when the step is done.</source>
        <translation>Каждый неоплаченный платёж проходит этапы взыскания по порядку: этап наступает через указанное число дней после срока оплаты (отрицательное число — до него). Расходы начисляются один раз, при выполнении этапа.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="126"/>
        <source>&amp;Add step</source>
        <translation>&amp;Добавить этап</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="127"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="128"/>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="129"/>
        <source>Move do&amp;wn</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="130"/>
        <source>Reset to &amp;default</source>
        <translation>&amp;Сбросить к исходному</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="187"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="193"/>
        <source>no fee</source>
        <translation>без расходов</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="255"/>
        <source>Step {row}, fee: {problem}</source>
        <translation>Этап {row}, расходы: {problem}</translation>
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
    <name>ContactError</name>
    <message>
        <location filename="../workshop_desk/services/collections.py" line="330"/>
        <source>a promise needs a date from today on and an amount</source>
        <extracomment>Shown after “The contact cannot be logged:”, so lower case and without a full stop.</extracomment>
        <translation>для обещания оплаты нужны дата не раньше сегодняшней и сумма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/collections.py" line="331"/>
        <source>say what the customer disputes</source>
        <translation>укажите, что оспаривает клиент</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="35"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="36"/>
        <source>How</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="37"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="38"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="39"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="40"/>
        <source>Note</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="87"/>
        <source>Promised to pay {amount} by {day}</source>
        <translation>Обещание оплаты: {amount} до {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="98"/>
        <source>Corrects the entry of {when}: {note}</source>
        <translation>Исправляет запись от {when}: {note}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="118"/>
        <source>Corrected by the entry of {when}</source>
        <translation>Исправлено записью от {when}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="124"/>
        <source>A letter was recorded with this contact (see Letters)</source>
        <translation>С этим контактом записано письмо (см. вкладку «Письма»)</translation>
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
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="134"/>
        <source>Reminders:</source>
        <translation>Напоминания:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="135"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="145"/>
        <source>Two-letter country code; empty: the shop&apos;s country</source>
        <translation>Двухбуквенный код страны; пусто — страна мастерской</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="154"/>
        <source>Same as the shop ({language})</source>
        <translation>Как у мастерской ({language})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="172"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="175"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="203"/>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="205"/>
        <source>Customer {code} — {name}</source>
        <translation>Клиент {code} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="229"/>
        <source>the shop&apos;s country ({country})</source>
        <translation>страна мастерской ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="277"/>
        <source>Enter a code: every customer needs one.</source>
        <translation>Введите код: он нужен каждому клиенту.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="279"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Введите наименование или ФИО клиента.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="281"/>
        <source>The limit cannot be negative: 0 means no credit at all.</source>
        <translation>Лимит не может быть отрицательным: 0 означает «ничего в долг».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="308"/>
        <source>Changed meanwhile</source>
        <translation>Данные изменены</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="310"/>
        <source>This customer was changed by someone else meanwhile. Close this window and open the customer again to see the changes.</source>
        <translation>Пока окно было открыто, этого клиента изменил другой пользователь. Закройте окно и откройте клиента снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="323"/>
        <source>Customer {code} ({name}) already has this code.</source>
        <translation>Этот код уже присвоен клиенту {code} ({name}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="324"/>
        <source>Customer {code} ({name}) already has this code. Open that customer?</source>
        <translation>Этот код уже присвоен клиенту {code} ({name}). Открыть этого клиента?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="327"/>
        <source>Customer {code} ({name}) already has this tax id.</source>
        <translation>Этот ИНН уже указан у клиента {code} ({name}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="328"/>
        <source>Customer {code} ({name}) already has this tax id. Open that customer?</source>
        <translation>Этот ИНН уже указан у клиента {code} ({name}). Открыть этого клиента?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="334"/>
        <source>Already in use</source>
        <translation>Уже используется</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="65"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="66"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="67"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="68"/>
        <source>Balance</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="69"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="70"/>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="71"/>
        <source>Score</source>
        <translation>Рейтинг</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="30"/>
        <source>Search name, code, phone, city, plate or serial…</source>
        <translation>Поиск по имени, коду, телефону, городу, госномеру или серийному номеру…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="118"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="120"/>
        <source>{shown} of {count}</source>
        <translation>{shown} из {count}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="79"/>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Выбрать дату в календаре (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="84"/>
        <source>A date like {example}; {iso} is understood too. Up and Down change it by a day.</source>
        <translation>Дата в виде {example}; понимается и формат {iso}. Стрелки вверх и вниз меняют дату на один день.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="155"/>
        <source>There is no {typed} in the calendar (the date stays {day}).</source>
        <translation>Даты {typed} нет в календаре (остаётся {day}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="157"/>
        <source>Enter a date from {first} to {last} (the date stays {day}).</source>
        <translation>Введите дату с {first} по {last} (остаётся {day}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="159"/>
        <source>A date is needed (the date stays {day}).</source>
        <translation>Нужно указать дату (остаётся {day}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="161"/>
        <source>Not a date: write it like {example} or {iso} (the date stays {day}).</source>
        <translation>Это не дата: введите её в виде {example} или {iso} (остаётся {day}).</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="64"/>
        <source>Welcome to Workshop Desk</source>
        <translation>Добро пожаловать в Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="82"/>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Tell the program about your shop: its name and address head every letter, its country sets the currency and the language. Or press &lt;i&gt;Load demo data&lt;/i&gt; to try the program with an invented shop first.</source>
        <translation>&lt;b&gt;Добро пожаловать!&lt;/b&gt; Укажите данные вашей мастерской: название и адрес печатаются в шапке каждого письма, а по стране определяются валюта и язык. Или нажмите &lt;i&gt;Загрузить демо-данные&lt;/i&gt;, чтобы сначала опробовать программу на вымышленной мастерской.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="93"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Название мастерской:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="94"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="95"/>
        <source>P&amp;ostal code:</source>
        <translation>Ин&amp;декс:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="97"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="101"/>
        <source>Co&amp;untry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="102"/>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="103"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="107"/>
        <source>&amp;Tax id:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="108"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="109"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="110"/>
        <source>Ban&amp;k:</source>
        <translation>&amp;Банк:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="111"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="112"/>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C (SWIFT):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="54"/>
        <source>Other…</source>
        <translation>Другая…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="56"/>
        <source>code, e.g. FR</source>
        <translation>код, напр. KZ</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="124"/>
        <source>Load &amp;demo data</source>
        <translation>&amp;Загрузить демо-данные</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="127"/>
        <source>Fill the program with an invented shop (150 customers with invoices and payments) in the language of the country chosen above</source>
        <translation>Заполнить программу данными вымышленной мастерской (150 клиентов со счетами и оплатами) на языке страны, выбранной выше</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="137"/>
        <source>&amp;Save profile</source>
        <translation>&amp;Сохранить профиль</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="107"/>
        <source>Three-letter currency code, e.g. EUR</source>
        <translation>Трёхбуквенный код валюты, например KZT</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="109"/>
        <source>Follows from the country</source>
        <translation>Определяется страной</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="179"/>
        <source>Not empty any more</source>
        <translation>База данных уже заполнена</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="181"/>
        <source>Someone else has set up this database meanwhile, so the demo was not loaded. Start the program again to see what it holds.</source>
        <translation>Тем временем эту базу данных уже настроил другой пользователь, поэтому демо-данные не загружены. Запустите программу снова, чтобы увидеть её содержимое.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="130"/>
        <source>Enter the name of your shop: it heads every letter.</source>
        <translation>Введите название мастерской: оно печатается в шапке каждого письма.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="134"/>
        <source>Enter the country as its two-letter code, like FR, DE or ES.</source>
        <translation>Укажите страну двухбуквенным кодом, например RU, KZ или DE.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="138"/>
        <source>Enter the currency as its three-letter code, like EUR or CHF.</source>
        <translation>Укажите валюту трёхбуквенным кодом, например RUB или EUR.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="154"/>
        <source>This is not a valid BIC: 8 or 11 letters and digits, like UNCRITMM.</source>
        <translation>Неверный код BIC (SWIFT): нужно 8 или 11 латинских букв и цифр, например UNCRITMM.</translation>
    </message>
</context>
<context>
    <name>FormTexts</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="45"/>
        <source>that country</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="47"/>
        <source>This field cannot be empty.</source>
        <translation>Это поле нужно заполнить.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="48"/>
        <source>This is too long: please shorten it.</source>
        <translation>Слишком длинное значение: сократите его.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="49"/>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="50"/>
        <source>Write the country as its two-letter code, like IT, GB or HU.</source>
        <translation>Укажите страну двухбуквенным кодом, например RU, KZ или DE.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="53"/>
        <source>This tax id has the wrong number of characters for {country}.</source>
        <translation>Неверное число символов в ИНН (страна: {country}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="56"/>
        <source>This is not written like a tax id of {country}.</source>
        <translation>Формат не соответствует ИНН (страна: {country}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="59"/>
        <source>The check digit of this tax id is wrong for {country}: probably a typing mistake.</source>
        <translation>Неверная контрольная цифра ИНН (страна: {country}): вероятно, опечатка.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="62"/>
        <source>This is not a valid e-mail address (it looks like name@example.com).</source>
        <translation>Неверный адрес эл. почты (он выглядит так: name@example.com).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="65"/>
        <source>This is not a valid phone number: digits, spaces and + - ( ) / only, at least 6 digits.</source>
        <translation>Неверный номер телефона: допускаются только цифры, пробелы и + - ( ) /, не менее 6 цифр.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="68"/>
        <source>This is not a valid IBAN: check the country code, the length and the check digits.</source>
        <translation>Неверный IBAN: проверьте код страны, длину и контрольные цифры.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="71"/>
        <source>Hand over {name}</source>
        <translation>Передача долга: {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="84"/>
        <source>Overdue {overdue}  ·  open balance {open}</source>
        <translation>Просрочено {overdue}  ·  задолженность {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="94"/>
        <source>⚠ This account was handed over on {day}. Handing it over again logs a new entry.</source>
        <translation>⚠ Долг уже передан {day}. При повторной передаче в журнал добавится новая запись.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="102"/>
        <source>To whom, and their reference (optional)</source>
        <translation>Кому передано и номер дела у них (необязательно)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="109"/>
        <source>Preparing the case file…</source>
        <translation>Подготовка досье…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="116"/>
        <source>&amp;Save case file…</source>
        <translation>&amp;Сохранить досье…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="118"/>
        <source>One PDF for the lawyer or collector: the account, the interest, the contact log and every letter</source>
        <translation>Один PDF для юриста или коллекторов: расчёты, проценты, журнал контактов и все письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="121"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Передать</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="123"/>
        <source>Log the hand-over: the account leaves the collection ladder and is marked as handed over</source>
        <translation>Записать передачу: долг выводится из порядка взыскания и отмечается как переданный</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="131"/>
        <source>Before handing over</source>
        <translation>Перед передачей</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="135"/>
        <source>&amp;Note:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="167"/>
        <source>case file</source>
        <translation>досье</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="173"/>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="213"/>
        <source>Save case file</source>
        <translation>Сохранить досье</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="173"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="202"/>
        <source>Case file saved as {name}.</source>
        <translation>Досье сохранено: {name}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="214"/>
        <source>The case file could not be saved: {reason}.</source>
        <translation>Не удалось сохранить досье: {reason}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="227"/>
        <source>Hand over</source>
        <translation>Передача долга</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="228"/>
        <source>Not every check is passed:

{checks}

Hand the account over all the same?</source>
        <translation>Пройдены не все проверки:

{checks}

Всё равно передать долг?</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="41"/>
        <source>Over the debt limit</source>
        <translation>Превышен лимит задолженности</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="42"/>
        <source>Missed installment</source>
        <translation>Пропущен платёж</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="43"/>
        <location filename="../workshop_desk/ui/highlights.py" line="74"/>
        <location filename="../workshop_desk/ui/highlights.py" line="100"/>
        <source>Blocked: no new credit</source>
        <translation>Заблокирован: в долг не отпускать</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="44"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="82"/>
        <source>Over limit by {excess} — limit {limit}, open {open}</source>
        <translation>Лимит превышен на {excess} — лимит {limit}, долг {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="91"/>
        <source>Installment {seq} of {count} of invoice {number}, due {due}, {unpaid} unpaid</source>
        <translation>Платёж {seq} из {count} по счёту {number}, срок {due}, не оплачено {unpaid}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/highlights.py" line="103"/>
        <source>{amount} overdue, %n day(s) late</source>
        <translation>
            <numerusform>Просрочено {amount}, на %n день</numerusform>
            <numerusform>Просрочено {amount}, на %n дня</numerusform>
            <numerusform>Просрочено {amount}, на %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="38"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="39"/>
        <source>Installment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="40"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="41"/>
        <source>Collection charge</source>
        <translation>Расходы на взыскание</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="42"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="43"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="50"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="51"/>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="52"/>
        <source>invoice</source>
        <translation>счёт</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="53"/>
        <source>issue date</source>
        <translation>дата счёта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="54"/>
        <source>due date</source>
        <translation>срок оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="55"/>
        <source>total</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="56"/>
        <source>deposit</source>
        <translation>предоплата</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="57"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="58"/>
        <source>reason for voiding</source>
        <translation>причина аннулирования</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="59"/>
        <source>reason for credit beyond the limit</source>
        <translation>причина превышения лимита</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="60"/>
        <source>installment number</source>
        <translation>номер платежа</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="61"/>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="62"/>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="63"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="64"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="65"/>
        <source>method</source>
        <translation>способ оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="66"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="67"/>
        <source>debt limit</source>
        <translation>лимит задолженности</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="68"/>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="69"/>
        <source>handed over on</source>
        <translation>дата передачи долга</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="77"/>
        <source>open</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="78"/>
        <source>void</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="79"/>
        <source>payment</source>
        <translation>оплата</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="80"/>
        <source>write-off</source>
        <translation>списание</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="81"/>
        <source>moved to a new plan</source>
        <translation>перенос в новый график</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="82"/>
        <source>cash</source>
        <translation>наличные</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="83"/>
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="84"/>
        <source>bank transfer</source>
        <translation>банковский перевод</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="85"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="92"/>
        <source>added</source>
        <translation>добавление</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="93"/>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="94"/>
        <source>removed</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="115"/>
        <source>History of {name}</source>
        <translation>История изменений: {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="118"/>
        <source>Every change to invoices, installments, payments, write-offs and credit terms, newest first: when, who, and the value before and after. Nobody can edit this history.</source>
        <translation>Все изменения счетов, платежей по графику, оплат, списаний и условий отпуска в долг, сначала новые: когда, кто, значение до и после. Изменить эту историю никто не может.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="132"/>
        <source>No changes recorded yet.</source>
        <translation>Изменений пока нет.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="134"/>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Выгрузить персональные данные…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="136"/>
        <source>Everything the shop holds about this customer, as a JSON file and a readable PDF</source>
        <translation>Всё, что мастерская хранит об этом клиенте, — в файле JSON и в удобном для чтения PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="138"/>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;Удалить персональные данные…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="171"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="173"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="185"/>
        <source>Folder for the personal data files</source>
        <translation>Папка для файлов с персональными данными</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="194"/>
        <source>Personal data exported</source>
        <translation>Персональные данные выгружены</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="195"/>
        <source>Written, readable by you only:
{json}
{pdf}</source>
        <translation>Записаны файлы, доступные для чтения только вам:
{json}
{pdf}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="201"/>
        <source>Erase personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="203"/>
        <source>Erase the personal data of {name}?

E-mail, phone, IBAN, notes, vehicles and the notes of the contact log are erased now. Name, tax id and address stay while the law requires the invoices to be kept; amounts and dates stay as accounting records. This cannot be undone.</source>
        <translation>Удалить персональные данные клиента {name}?

Адрес эл. почты, телефон, IBAN, примечания, автомобили и комментарии журнала контактов будут удалены сейчас. Наименование (ФИО), ИНН и адрес хранятся, пока закон требует хранить счета; суммы и даты остаются как данные учёта. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="216"/>
        <source>Not erased</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="219"/>
        <source>Erased. Name, tax id and address are kept until {day}, when the invoices may be discarded.</source>
        <translation>Удалено. Наименование (ФИО), ИНН и адрес хранятся до {day}, когда истекает срок хранения счетов.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="222"/>
        <source>Erased. Only amounts and dates remain, under the customer code.</source>
        <translation>Удалено. Остались только суммы и даты под кодом клиента.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="223"/>
        <source>Personal data erased</source>
        <translation>Персональные данные удалены</translation>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="959"/>
        <source>The deposit is larger than the total.</source>
        <translation>Предоплата больше суммы счёта.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="670"/>
        <source>No plan: {amount} falls due on {day}.</source>
        <translation>Без рассрочки: {amount} к оплате {day}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="674"/>
        <source>{amount} in %n installment(s), the last on {day}.</source>
        <translation>
            <numerusform>{amount} — %n платёж, последний {day}.</numerusform>
            <numerusform>{amount} — %n платежа, последний {day}.</numerusform>
            <numerusform>{amount} — %n платежей, последний {day}.</numerusform>
        </translation>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="957"/>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="945"/>
        <source>Number {taken} was taken meanwhile: {number} is the next free one. Save again.</source>
        <translation>Номер {taken} тем временем уже занят: следующий свободный — {number}. Сохраните ещё раз.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="950"/>
        <source>Number {number} is taken: choose another.</source>
        <translation>Номер {number} уже занят: выберите другой.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="958"/>
        <source>Amounts cannot be negative.</source>
        <translation>Суммы не могут быть отрицательными.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="960"/>
        <source>The due date is before the issue date.</source>
        <translation>Срок оплаты раньше даты счёта.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="963"/>
        <source>The first installment falls due before the issue date.</source>
        <translation>Срок первого платежа раньше даты счёта.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="967"/>
        <source>The installments do not add up to the total less the deposit.</source>
        <translation>Сумма платежей не равна сумме счёта за вычетом предоплаты.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="969"/>
        <source>This invoice is void: it cannot be changed.</source>
        <translation>Счёт аннулирован: изменить его нельзя.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="972"/>
        <source>An invoice stays with its customer: void it and issue a new one instead.</source>
        <translation>Счёт нельзя перенести на другого клиента: аннулируйте его и выставьте новый.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="974"/>
        <source>This invoice is void already.</source>
        <translation>Этот счёт уже аннулирован.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="975"/>
        <source>Say why the invoice is voided.</source>
        <translation>Укажите причину аннулирования счёта.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="978"/>
        <source>The invoice cannot be saved: {reason}</source>
        <translation>Не удалось сохранить счёт: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="983"/>
        <source>Someone else changed this invoice meanwhile. Reload it to see their changes, then edit again.</source>
        <translation>Тем временем этот счёт изменил другой пользователь. Перечитайте его, чтобы увидеть изменения, и отредактируйте снова.</translation>
    </message>
</context>
<context>
    <name>InvoiceError</name>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="96"/>
        <source>the invoice needs a number</source>
        <extracomment>Shown after “The invoice cannot be saved:”, so lower case and without a full stop.</extracomment>
        <translation>у счёта должен быть номер</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="97"/>
        <source>amounts cannot be negative</source>
        <translation>суммы не могут быть отрицательными</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="98"/>
        <source>the deposit is larger than the total</source>
        <translation>предоплата больше суммы счёта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="99"/>
        <source>the due date is before the issue date</source>
        <translation>срок оплаты раньше даты счёта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="100"/>
        <source>the installments do not add up to the total less the deposit</source>
        <translation>сумма платежей не равна сумме счёта за вычетом предоплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="101"/>
        <source>an installment falls due before the invoice is issued</source>
        <translation>срок платежа наступает раньше даты счёта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="104"/>
        <source>invoice number {number} exists already</source>
        <translation>счёт с номером {number} уже существует</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="105"/>
        <source>a void invoice cannot be changed</source>
        <translation>аннулированный счёт изменить нельзя</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="106"/>
        <source>an invoice stays with its customer: void it and issue a new one instead</source>
        <translation>счёт нельзя перенести на другого клиента: аннулируйте его и выставьте новый</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="109"/>
        <source>payments are recorded against this invoice: void it and issue a new one instead</source>
        <translation>по этому счёту уже есть оплаты: аннулируйте его и выставьте новый</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="112"/>
        <source>say why the invoice is voided</source>
        <translation>укажите причину аннулирования счёта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="113"/>
        <source>the invoice is void already</source>
        <translation>счёт уже аннулирован</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="30"/>
        <source>open</source>
        <translation>не оплачен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="31"/>
        <source>partly paid</source>
        <translation>оплачен частично</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="32"/>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="33"/>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="34"/>
        <source>void</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="78"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="79"/>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="80"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="81"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="82"/>
        <source>Vehicle / device</source>
        <translation>Автомобиль / устройство</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="83"/>
        <source>Work</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="84"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="85"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="218"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n платёж</numerusform>
            <numerusform>%n платежа</numerusform>
            <numerusform>%n платежей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="236"/>
        <source>Paid {paid}, unpaid {unpaid}</source>
        <translation>Оплачено {paid}, не оплачено {unpaid}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="240"/>
        <source>Overdue {amount}</source>
        <translation>Просрочено {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="244"/>
        <source>%n missed installment(s)</source>
        <translation>
            <numerusform>%n пропущенный платёж</numerusform>
            <numerusform>%n пропущенных платежа</numerusform>
            <numerusform>%n пропущенных платежей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="24"/>
        <source>Search number, customer, phone, plate or work…</source>
        <translation>Поиск по номеру, клиенту, телефону, госномеру или работам…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="72"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln счёт</numerusform>
            <numerusform>%Ln счёта</numerusform>
            <numerusform>%Ln счетов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="113"/>
        <source>Letter to {name}</source>
        <translation>Письмо клиенту {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="151"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="153"/>
        <source>Record the letter in the customer&apos;s history and print it (Ctrl+P)</source>
        <translation>Записать письмо в историю клиента и напечатать (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="154"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="157"/>
        <source>Record the letter in the customer&apos;s history and save it as a PDF (Ctrl+S)</source>
        <translation>Записать письмо в историю клиента и сохранить в PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="167"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="168"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="169"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="239"/>
        <source>A “{kind}” cannot be written for this customer.</source>
        <translation>Письмо «{kind}» нельзя сформировать для этого клиента.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="249"/>
        <source>{problems}

Correct the text in Settings → Letter texts…</source>
        <translation>{problems}

Исправьте текст в меню Настройки → Тексты писем…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="253"/>
        <source>The text of the “{kind}” in {language} has problems: the letter cannot be written.</source>
        <translation>В тексте письма «{kind}» ({language}) есть ошибки: письмо нельзя сформировать.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="296"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="309"/>
        <source>Print letter</source>
        <translation>Печать письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="310"/>
        <source>The printer could not be opened. Nothing was recorded: check the printer and try again.</source>
        <translation>Не удалось открыть принтер. Ничего не записано: проверьте принтер и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="321"/>
        <source>Printed, and recorded in the customer&apos;s letters.</source>
        <translation>Напечатано и записано в историю писем клиента.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="331"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="346"/>
        <source>Save letter as PDF</source>
        <translation>Сохранить письмо в PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="331"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="347"/>
        <source>The letter could not be saved in {path}: {reason}. Nothing was recorded.</source>
        <translation>Не удалось сохранить письмо в {path}: {reason}. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="353"/>
        <source>Saved as {name}, and recorded in the customer&apos;s letters.</source>
        <translation>Сохранено как {name} и записано в историю писем клиента.</translation>
    </message>
</context>
<context>
    <name>LetterNames</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="27"/>
        <source>Courtesy reminder</source>
        <translation>Напоминание о предстоящем платеже</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="28"/>
        <source>Payment reminder</source>
        <translation>Напоминание об оплате</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="29"/>
        <source>Second reminder</source>
        <translation>Повторное напоминание</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="30"/>
        <source>Formal claim letter</source>
        <translation>Досудебная претензия</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="31"/>
        <source>Missed installment notice</source>
        <translation>Уведомление о пропущенном платеже</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="32"/>
        <source>Statement of account</source>
        <translation>Выписка по лицевому счёту</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="45"/>
        <source>The account is paid: there is nothing to remind.</source>
        <translation>Долг погашен: напоминать не о чем.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="46"/>
        <source>Nothing is overdue on this account. A courtesy reminder or a statement of account fits instead.</source>
        <translation>Просроченной задолженности нет. Вместо этого подойдёт напоминание о предстоящем платеже или выписка по лицевому счёту.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="50"/>
        <source>No installment of a payment plan is missed on this account.</source>
        <translation>Пропущенных платежей по графику нет.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="53"/>
        <source>Nothing is left to fall due on this account, so there is nothing to announce. A statement of account fits instead.</source>
        <translation>Предстоящих платежей нет, сообщать не о чем. Вместо этого подойдёт выписка по лицевому счёту.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="65"/>
        <source>No reminder was sent before this claim letter (the program has no record of one). A formal claim usually follows at least one payment reminder.</source>
        <translation>Перед этой претензией напоминание не отправлялось (в программе нет записи о нём). Обычно досудебной претензии предшествует хотя бы одно напоминание об оплате.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="71"/>
        <source>No reminder was sent before this second reminder (the program has no record of one).</source>
        <translation>Перед этим повторным напоминанием первое напоминание не отправлялось (в программе нет записи о нём).</translation>
    </message>
</context>
<context>
    <name>LetterTextProblem</name>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="71"/>
        <source>the text is not valid TOML: {error}</source>
        <extracomment>A problem of a letter text the user edits in Settings → Letter texts; the quoted words are the TOML keys and placeholders of the file, which stay as they are.</extracomment>
        <translation>текст не является корректным TOML: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="72"/>
        <source>the key &apos;{key}&apos; is missing</source>
        <translation>отсутствует ключ &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="73"/>
        <source>the key &apos;{key}&apos; is not one of {keys}</source>
        <translation>ключ &apos;{key}&apos; не входит в число допустимых: {keys}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="74"/>
        <source>unknown placeholder {placeholder} in &apos;{key}&apos;</source>
        <translation>неизвестное поле {placeholder} в &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="75"/>
        <source>a brace in &apos;{key}&apos; is not part of a placeholder like {example}</source>
        <translation>фигурная скобка в &apos;{key}&apos; не относится к полю вида {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="78"/>
        <source>block markers such as [[items]] belong in the body, not in &apos;{key}&apos;</source>
        <translation>метки блоков, например [[items]], допустимы только в body, а не в &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="81"/>
        <source>unknown block [[{block}]]</source>
        <translation>неизвестный блок [[{block}]]</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="82"/>
        <source>a block marker must stand alone on its line: {line}</source>
        <translation>метка блока должна стоять на отдельной строке: {line}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="83"/>
        <source>no value for {placeholder}</source>
        <translation>нет значения для {placeholder}</translation>
    </message>
</context>
<context>
    <name>LetterTextsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="78"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="206"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="329"/>
        <source>Letter texts</source>
        <translation>Тексты писем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="107"/>
        <source>Write {placeholders} such as {customer_name} or {deadline} where the letter fills in its figures; put blocks such as [[items]] or [[payment]] on a line of their own. Hover here for the full list.</source>
        <translation>Там, где письмо подставляет данные, пишите поля в фигурных скобках, например {customer_name} или {deadline}; блоки, например [[items]] или [[payment]], — на отдельной строке. Полный список — в подсказке при наведении указателя.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="114"/>
        <source>Placeholders: {names}
Blocks: {blocks}</source>
        <translation>Поля: {names}
Блоки: {blocks}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="119"/>
        <source>This text cannot be saved:</source>
        <translation>Этот текст нельзя сохранить:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="140"/>
        <source>&amp;Reset to default…</source>
        <translation>&amp;Сбросить к исходному…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="147"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="147"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="158"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="206"/>
        <source>Discard your changes to this text and open the other one?</source>
        <translation>Отменить изменения в этом тексте и открыть другой?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="237"/>
        <source>The shop&apos;s own text (edited).</source>
        <translation>Собственный текст мастерской (изменён).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="237"/>
        <source>The text shipped with the program.</source>
        <translation>Стандартный текст программы.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="263"/>
        <source>The preview shows the last text without problems.</source>
        <translation>В просмотре — последний вариант текста без ошибок.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="269"/>
        <source>The letter cannot be laid out with this text: {error}</source>
        <translation>Не удаётся сверстать письмо с этим текстом: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="273"/>
        <source>Sample: {kind} to {customer}, as of {day}. Nothing is recorded.</source>
        <translation>Образец: «{kind}» для клиента {customer} на {day}. Ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="294"/>
        <source>Saved: new letters use this text.</source>
        <translation>Сохранено: новые письма будут формироваться по этому тексту.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="301"/>
        <source>Reset to default</source>
        <translation>Сброс к исходному тексту</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="302"/>
        <source>Replace the text of the “{kind}” in {language} with the text shipped with the program?</source>
        <translation>Заменить текст письма «{kind}» ({language}) стандартным текстом программы?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="311"/>
        <source>The shipped text applies again.</source>
        <translation>Снова используется стандартный текст.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="329"/>
        <source>Close without saving your changes?</source>
        <translation>Закрыть без сохранения изменений?</translation>
    </message>
</context>
<context>
    <name>LetterWarning</name>
    <message>
        <location filename="../workshop_desk/services/letters.py" line="71"/>
        <source>no reminder was sent before this second reminder (the program has no record of one)</source>
        <translation>перед этим повторным напоминанием первое напоминание не отправлялось (в программе нет записи о нём)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/letters.py" line="74"/>
        <source>no reminder was sent before this claim letter (the program has no record of one)</source>
        <translation>перед этой претензией напоминание не отправлялось (в программе нет записи о нём)</translation>
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
        <location filename="../workshop_desk/ui/main_window.py" line="53"/>
        <location filename="../workshop_desk/ui/main_window.py" line="509"/>
        <source>Workshop Desk — {shop}</source>
        <translation>Workshop Desk — {shop}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="53"/>
        <location filename="../workshop_desk/ui/main_window.py" line="509"/>
        <source>new shop</source>
        <translation>новая мастерская</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="66"/>
        <source>&amp;Today</source>
        <translation>Сег&amp;одня</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="67"/>
        <source>&amp;Customers</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="68"/>
        <source>&amp;Invoices</source>
        <translation>С&amp;чета</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="69"/>
        <source>&amp;Overdue</source>
        <translation>Прос&amp;рочка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="70"/>
        <source>&amp;Reports</source>
        <translation>Отчё&amp;ты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="75"/>
        <location filename="../workshop_desk/ui/main_window.py" line="539"/>
        <source>Legend</source>
        <translation>Обозначения</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="107"/>
        <source>New &amp;customer…</source>
        <translation>Новый &amp;клиент…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="107"/>
        <source>Add a customer</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="110"/>
        <source>New &amp;invoice…</source>
        <translation>Новый &amp;счёт…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="110"/>
        <source>Write an invoice or work order</source>
        <translation>Выставить счёт или оформить заказ-наряд</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="113"/>
        <source>Record &amp;payment…</source>
        <translation>Записать &amp;оплату…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="113"/>
        <source>Record money received</source>
        <translation>Записать поступившую оплату</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="116"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Письмо…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="116"/>
        <source>Write a letter to the selected customer</source>
        <translation>Написать письмо выбранному клиенту</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="119"/>
        <source>Letters for &amp;selected…</source>
        <translation>Письма &amp;выбранным…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="122"/>
        <source>Write the same kind of letter to every customer selected in the Overdue list</source>
        <translation>Написать письмо одного вида всем клиентам, выбранным в списке «Просрочка»</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="125"/>
        <source>Letter &amp;texts…</source>
        <translation>&amp;Тексты писем…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="125"/>
        <source>Edit the wording of the letters</source>
        <translation>Изменить формулировки писем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="127"/>
        <source>&amp;Open selected…</source>
        <translation>&amp;Открыть выбранное…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="128"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="129"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="131"/>
        <source>&amp;Legend of the marks</source>
        <translation>&amp;Условные обозначения</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="132"/>
        <source>&amp;About Workshop Desk</source>
        <translation>&amp;О программе Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="134"/>
        <source>&amp;Done…</source>
        <translation>&amp;Готово…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="135"/>
        <source>Log what came of the action selected in the Today tab</source>
        <translation>Записать результат действия, выбранного на вкладке «Сегодня»</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="138"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Напис&amp;ать e-mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="139"/>
        <source>E-mail the letter of the action selected in the Today tab</source>
        <translation>Отправить по e-mail письмо для действия, выбранного на вкладке «Сегодня»</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="142"/>
        <source>Copy &amp;SMS text</source>
        <translation>&amp;Копировать текст SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="143"/>
        <source>Copy the text message of the action selected in the Today tab</source>
        <translation>Скопировать текст SMS для действия, выбранного на вкладке «Сегодня»</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="145"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="150"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="151"/>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="152"/>
        <source>Overdue</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="153"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="160"/>
        <source>History and personal &amp;data…</source>
        <translation>&amp;История и персональные данные…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="163"/>
        <source>Every change to the customer&apos;s money and credit terms; export or erase their personal data</source>
        <translation>Все изменения расчётов и условий отпуска в долг клиента; выгрузка или удаление его персональных данных</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="166"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="166"/>
        <source>Make a copy of the shop&apos;s data, or restore one</source>
        <translation>Создать резервную копию данных мастерской или восстановить данные из копии</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="191"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Передать юристу…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="194"/>
        <source>Check an account, save its case file, hand it over</source>
        <translation>Проверить долг, сохранить досье и передать юристу или коллекторам</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="197"/>
        <source>&amp;Collection…</source>
        <translation>&amp;Взыскание…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="197"/>
        <source>Ladder, contact limits, interest</source>
        <translation>Порядок взыскания, ограничения контактов, проценты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="199"/>
        <source>&amp;Account</source>
        <translation>&amp;Задолженность</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="203"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="203"/>
        <source>Language, your name, the shop&apos;s profile</source>
        <translation>Язык, ваше имя, данные мастерской</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="205"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="213"/>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="240"/>
        <source>Working out who owes what…</source>
        <translation>Подсчёт задолженности…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="277"/>
        <source>As of {day}:  open {open}  ·  overdue {overdue}  ·  {over} over their limit  ·  {missed} with missed installments</source>
        <translation>На {day}:  долг {open}  ·  просрочено {overdue}  ·  сверх лимита: {over}  ·  с пропущенными платежами: {missed}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="393"/>
        <source>Record payment</source>
        <translation>Запись оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="393"/>
        <source>Select the customer who paid, then record the payment.</source>
        <translation>Выберите клиента, который заплатил, затем запишите оплату.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="425"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="425"/>
        <source>Select the customer to write to, then choose Letter… again.</source>
        <translation>Выберите клиента, которому нужно написать, затем снова выберите «Письмо…».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="443"/>
        <source>Letters for selected</source>
        <translation>Письма выбранным</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="445"/>
        <source>Select the customers in the Overdue list (Ctrl+click or Shift+click selects several), then choose Letters for selected… again.</source>
        <translation>Выберите клиентов в списке «Просрочка» (несколько — Ctrl+щелчок или Shift+щелчок), затем снова выберите «Письма выбранным…».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="469"/>
        <source>Hand over</source>
        <translation>Передача долга</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="469"/>
        <source>Select the customer to hand over, then choose Hand over… again.</source>
        <translation>Выберите клиента, долг которого нужно передать, затем снова выберите «Передать юристу…».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="485"/>
        <source>History and personal data</source>
        <translation>История и персональные данные</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="486"/>
        <source>Select a customer first, then choose History and personal data… again.</source>
        <translation>Сначала выберите клиента, затем снова выберите «История и персональные данные…».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="540"/>
        <source>&lt;p&gt;Rows are coloured &lt;b&gt;and&lt;/b&gt; marked with an icon; hover a row to read why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Строки выделяются цветом &lt;b&gt;и&lt;/b&gt; значком; наведите указатель на строку, чтобы узнать причину.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="550"/>
        <source>About Workshop Desk</source>
        <translation>О программе Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="551"/>
        <source>Workshop Desk {version}
Who owes the shop money, and what to do about it today.</source>
        <translation>Workshop Desk {version}
Кто должен мастерской и что с этим делать сегодня.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../workshop_desk/ui/messages.py" line="113"/>
        <source>(PDF saved in {path}, please attach it)</source>
        <translation>(PDF сохранён: {path}, приложите его к письму)</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="33"/>
        <source>empty = none</source>
        <translation>пусто = нет</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="39"/>
        <source>Amount in {symbol}, e.g. {example}</source>
        <translation>Сумма в {symbol}, например {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="70"/>
        <source>Enter an amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="75"/>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="87"/>
        <source>The amount is too large.</source>
        <translation>Сумма слишком велика.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="77"/>
        <source>Not an amount: write it like {example}.</source>
        <translation>Это не сумма: введите её в виде {example}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="82"/>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="84"/>
        <source>At most two decimals.</source>
        <translation>Не более двух знаков после запятой.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="148"/>
        <source>Correct a contact with {name}</source>
        <translation>Исправление контакта: {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="150"/>
        <source>{step} — {name}</source>
        <translation>{step} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="151"/>
        <source>Log a contact with {name}</source>
        <translation>Запись контакта: {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="157"/>
        <source>no phone number on file</source>
        <translation>телефон не указан</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="161"/>
        <source>Select the number to copy it</source>
        <translation>Выделите номер, чтобы скопировать его</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="209"/>
        <source>&amp;How:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="224"/>
        <source>Pays &amp;by:</source>
        <translation>Оплатит &amp;до:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="225"/>
        <source>Amo&amp;unt:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="229"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="424"/>
        <source>No&amp;te:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="244"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="256"/>
        <source>Overdue: {amount}</source>
        <translation>Просрочено: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="258"/>
        <source>Nothing overdue yet</source>
        <translation>Просрочки пока нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="261"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>Просрочка: %n день</numerusform>
            <numerusform>Просрочка: %n дня</numerusform>
            <numerusform>Просрочка: %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="262"/>
        <source>Open balance: {amount}</source>
        <translation>Задолженность: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="268"/>
        <source>Step: {step}</source>
        <translation>Этап: {step}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="274"/>
        <source>Due since {day}.</source>
        <translation>К выполнению с {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="286"/>
        <source>Doing it today goes beyond the contact limit: log it only if it really happened.</source>
        <translation>Выполнение этапа сегодня превышает ограничение контактов: записывайте его, только если он действительно выполнен.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="294"/>
        <source>Handing over takes the account off the ladder for good: the program plans no more reminders for it.</source>
        <translation>После передачи долг окончательно выводится из порядка взыскания: программа больше не планирует по нему напоминаний.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="309"/>
        <source>Entries in the contact log are evidence and are never changed. Saving adds a new entry that corrects the one of {when} ({channel}: {outcome}); say in the note what was wrong.</source>
        <translation>Записи журнала контактов служат доказательством и не изменяются. При сохранении добавится новая запись, исправляющая запись от {when} ({channel}: {outcome}); укажите в комментарии, что было неверно.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="323"/>
        <source>&amp;Write the letter…</source>
        <translation>Под&amp;готовить письмо…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="324"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Напис&amp;ать e-mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="325"/>
        <source>&amp;Copy SMS text</source>
        <translation>&amp;Копировать текст SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="326"/>
        <source>Prepare, print or save the step&apos;s letter; it is recorded when printed</source>
        <translation>Подготовить, напечатать или сохранить письмо этапа; при печати оно записывается в историю</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="328"/>
        <source>Save the letter as a PDF and open your e-mail program with the message in the customer&apos;s language</source>
        <translation>Сохранить письмо в PDF и открыть почтовую программу с сообщением на языке клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="330"/>
        <source>Put a short text in the customer&apos;s language on the clipboard</source>
        <translation>Скопировать в буфер обмена короткий текст на языке клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="351"/>
        <source>&amp;Handed over</source>
        <translation>&amp;Передано</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="351"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="365"/>
        <source>S&amp;kip this step</source>
        <translation>Пропустить &amp;этап</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="353"/>
        <source>&amp;E-mail sent</source>
        <translation>E-mail от&amp;правлен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="354"/>
        <source>SMS s&amp;ent</source>
        <translation>SMS от&amp;правлено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="355"/>
        <source>&amp;Letter printed/sent</source>
        <translation>&amp;Письмо напечатано/отправлено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="357"/>
        <source>&amp;Reached</source>
        <translation>&amp;Разговор состоялся</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="358"/>
        <source>&amp;No answer</source>
        <translation>&amp;Нет ответа</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="359"/>
        <source>&amp;Promised to pay</source>
        <translation>&amp;Обещание оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="360"/>
        <source>&amp;Disputed</source>
        <translation>Оспари&amp;вает</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="361"/>
        <source>Wron&amp;g number</source>
        <translation>Неверн&amp;ый номер</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="366"/>
        <source>Only a n&amp;ote (the step stays on the list)</source>
        <translation>Только &amp;заметка (этап остаётся в списке)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="368"/>
        <source>Only a n&amp;ote</source>
        <translation>Только &amp;заметка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="370"/>
        <source>Dispute resol&amp;ved</source>
        <translation>Спор уре&amp;гулирован</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="374"/>
        <source>What came of it?</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="421"/>
        <source>Disputes wh&amp;at:</source>
        <translation>Что оспар&amp;ивает:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="422"/>
        <source>Wh&amp;y skip:</source>
        <translation>Пр&amp;ичина пропуска:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="426"/>
        <source>Required: what the customer disputes, in their words</source>
        <translation>Обязательно: что оспаривает клиент, его словами</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="427"/>
        <source>Required: why this step is skipped</source>
        <translation>Обязательно: почему этап пропускается</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="428"/>
        <source>How the dispute was settled</source>
        <translation>Как урегулирован спор</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="430"/>
        <source>What was said or done (optional)</source>
        <translation>Что сказано или сделано (необязательно)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="432"/>
        <source>Required: what was wrong in the entry corrected</source>
        <translation>Обязательно: что было неверно в исправляемой записи</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="452"/>
        <source>Calls are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the call can still be logged.</source>
        <translation>Звонки разрешены с {start}:00 до {end}:00 в рабочие дни и с {weekend_start}:00 до {weekend_end}:00 в выходные (ограничения контактов). Сейчас {now}: звонок всё равно можно записать.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="458"/>
        <source>Messages are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the message can still be logged.</source>
        <translation>Сообщения разрешены с {start}:00 до {end}:00 в рабочие дни и с {weekend_start}:00 до {weekend_end}:00 в выходные (ограничения контактов). Сейчас {now}: сообщение всё равно можно записать.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="502"/>
        <source>The “{letter}” is recorded in the customer&apos;s letters. Save to log the step as done.</source>
        <translation>Письмо «{letter}» записано в историю писем клиента. Нажмите «Сохранить», чтобы отметить этап выполненным.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="514"/>
        <source>No letter can be e-mailed: {reason}</source>
        <translation>Письмо нельзя отправить по e-mail: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="518"/>
        <source>The PDF could not be saved: {reason}. Nothing was recorded.</source>
        <translation>Не удалось сохранить PDF: {reason}. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="530"/>
        <source>The PDF is saved in {path}. Your e-mail program opens with the message: attach the PDF, send it, then save here.</source>
        <translation>PDF сохранён: {path}. Открывается почтовая программа с сообщением: приложите PDF, отправьте письмо, затем нажмите здесь «Сохранить».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="535"/>
        <source>The PDF is saved in {path}, but no e-mail program could be opened: send it another way, then save here.</source>
        <translation>PDF сохранён: {path}, но почтовую программу открыть не удалось: отправьте его другим способом, затем нажмите здесь «Сохранить».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="539"/>
        <source>The customer has no e-mail address on file: fill in the recipient.</source>
        <translation>У клиента не указан адрес эл. почты: впишите получателя.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="543"/>
        <source>E-mail “{subject}” with {file}</source>
        <translation>E-mail «{subject}» с вложением {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="553"/>
        <source>No text message fits: {reason}</source>
        <translation>Подходящего текста SMS нет: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="560"/>
        <source>SMS: “{text}”</source>
        <translation>SMS: «{text}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="563"/>
        <source>Copied to the clipboard (%n character(s)): “{text}” Send it, then save here.</source>
        <translation>
            <numerusform>Скопировано в буфер обмена (%n символ): «{text}» Отправьте SMS, затем нажмите здесь «Сохранить».</numerusform>
            <numerusform>Скопировано в буфер обмена (%n символа): «{text}» Отправьте SMS, затем нажмите здесь «Сохранить».</numerusform>
            <numerusform>Скопировано в буфер обмена (%n символов): «{text}» Отправьте SMS, затем нажмите здесь «Сохранить».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="625"/>
        <source>The contact cannot be logged: {reason}</source>
        <translation>Не удалось записать контакт: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="581"/>
        <source>Choose what came of it.</source>
        <translation>Выберите результат.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="588"/>
        <source>The day the customer will pay cannot be in the past.</source>
        <translation>Дата обещанной оплаты не может быть в прошлом.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="595"/>
        <source>Enter the amount promised.</source>
        <translation>Введите обещанную сумму.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="598"/>
        <source>Say what the customer disputes: the account is paused until it is resolved.</source>
        <translation>Укажите, что оспаривает клиент: взыскание приостанавливается до урегулирования спора.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="601"/>
        <source>Say why the step is skipped: the log is evidence.</source>
        <translation>Укажите, почему этап пропускается: журнал служит доказательством.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="603"/>
        <source>Say what was wrong in the entry you correct.</source>
        <translation>Укажите, что было неверно в исправляемой записи.</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="28"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="29"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="30"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="31"/>
        <source>Open balance</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="32"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="33"/>
        <source>Days late</source>
        <translation>Просрочка, дн.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="34"/>
        <source>Missed installments</source>
        <translation>Пропущено платежей</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="35"/>
        <source>Debt limit</source>
        <translation>Лимит задолженности</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="85"/>
        <source>no limit</source>
        <translation>без лимита</translation>
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
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="81"/>
        <source>%n customer(s) need attention</source>
        <translation>
            <numerusform>%n клиент требует внимания</numerusform>
            <numerusform>%n клиента требуют внимания</numerusform>
            <numerusform>%n клиентов требуют внимания</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="135"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Весь долг</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="138"/>
        <source>Fill in what is unpaid on the chosen invoice, or the customer&apos;s whole open balance</source>
        <translation>Подставить неоплаченный остаток по выбранному счёту или всю задолженность клиента</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="144"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="145"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="146"/>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="147"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="151"/>
        <source>Receipt, transfer or card slip number (optional)</source>
        <translation>Номер чека, платёжного поручения или слипа (необязательно)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="158"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="159"/>
        <source>Installment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="160"/>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="161"/>
        <source>Unpaid before</source>
        <translation>Долг до</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="162"/>
        <source>Paid now</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="163"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="211"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="212"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="213"/>
        <source>&amp;Method:</source>
        <translation>Способ &amp;оплаты:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="214"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер документа:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="215"/>
        <source>&amp;Pays:</source>
        <translation>В с&amp;чёт:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="217"/>
        <source>What it pays</source>
        <translation>Что погашается</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="257"/>
        <source>Payment from {name}</source>
        <translation>Оплата от {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="262"/>
        <source>(on account: oldest first)</source>
        <translation>(в счёт общего долга: сначала самые старые)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="265"/>
        <source>{number} · {unpaid} unpaid · next due {day}</source>
        <translation>{number} · долг {unpaid} · след. срок {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="274"/>
        <source>{number} · nothing unpaid</source>
        <translation>{number} · долга нет</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="282"/>
        <source>Open balance {amount}</source>
        <translation>Задолженность {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="284"/>
        <source>of which {amount} overdue</source>
        <translation>в т. ч. просрочено {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="286"/>
        <source>credit {amount}</source>
        <translation>переплата {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="332"/>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="417"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Дата оплаты не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="354"/>
        <source>Enter the amount to see what it pays.</source>
        <translation>Введите сумму, чтобы увидеть, что она погашает.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="361"/>
        <source>Nothing is owed: all of it becomes credit.</source>
        <translation>Долга нет: вся сумма станет переплатой.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="364"/>
        <source>ℹ {amount} becomes credit: it is more than the customer owes.</source>
        <translation>ℹ {amount} станет переплатой: это больше, чем должен клиент.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="368"/>
        <source>Open balance after: {amount}</source>
        <translation>Задолженность после оплаты: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="370"/>
        <source>{balance} · credit {amount}</source>
        <translation>{balance} · переплата {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="379"/>
        <source>{seq} of {count}</source>
        <translation>{seq} из {count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="383"/>
        <source>settled</source>
        <translation>погашен</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="383"/>
        <source>part</source>
        <translation>частично</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="397"/>
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
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="418"/>
        <source>This invoice is not one of this customer&apos;s.</source>
        <translation>Этот счёт выставлен другому клиенту.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="420"/>
        <source>The payment cannot be recorded: {reason}</source>
        <translation>Не удалось записать оплату: {reason}</translation>
    </message>
</context>
<context>
    <name>PaymentError</name>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="31"/>
        <source>the amount must be more than zero</source>
        <extracomment>Shown after “The payment cannot be recorded:”, so lower case and without a full stop.</extracomment>
        <translation>сумма должна быть больше нуля</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="32"/>
        <source>the amount is too large</source>
        <translation>сумма слишком велика</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="33"/>
        <source>a payment cannot be dated in the future</source>
        <translation>дата оплаты не может быть в будущем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="34"/>
        <source>unknown payment method {method}</source>
        <translation>неизвестный способ оплаты {method}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="35"/>
        <source>the invoice is not one of this customer&apos;s</source>
        <translation>счёт выставлен другому клиенту</translation>
    </message>
</context>
<context>
    <name>PercentEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="35"/>
        <source>A rate in per cent, e.g. {example}</source>
        <translation>Ставка в процентах, например {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="57"/>
        <source>Enter a rate (0 for none).</source>
        <translation>Введите ставку (0 — если её нет).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="62"/>
        <source>The rate is too large.</source>
        <translation>Слишком большая ставка.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="64"/>
        <source>Not a rate: write it like {example}.</source>
        <translation>Это не ставка: введите её в виде {example}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="69"/>
        <source>The rate cannot be negative.</source>
        <translation>Ставка не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="71"/>
        <source>At most four decimals.</source>
        <translation>Не более четырёх знаков после запятой.</translation>
    </message>
</context>
<context>
    <name>PrivacyError</name>
    <message>
        <location filename="../workshop_desk/services/privacy.py" line="65"/>
        <source>the customer still owes money: settle or write off the balance first</source>
        <translation>у клиента есть задолженность: сначала погасите или спишите её</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="26"/>
        <source>A payment reminder was sent on {day}.</source>
        <translation>Напоминание об оплате отправлено {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="27"/>
        <source>A reminder step was done on {day} (contact log).</source>
        <translation>Этап напоминания выполнен {day} (журнал контактов).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="28"/>
        <source>No payment reminder or second reminder has been sent yet.</source>
        <translation>Ни напоминание об оплате, ни повторное напоминание ещё не отправлялись.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="31"/>
        <source>The statement of account adds up: the customer owes {expected}.</source>
        <translation>Лицевой счёт сходится: клиент должен {expected}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="34"/>
        <source>The statement of account ends on {found}, but the open installments come to {expected}. Check the invoices and their installments first.</source>
        <translation>Итог лицевого счёта — {found}, а непогашенные платежи составляют {expected}. Сначала проверьте счета и их графики платежей.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="39"/>
        <source>No open dispute.</source>
        <translation>Открытых споров нет.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="40"/>
        <source>The customer has disputed the debt since {day}: “{note}”. Settle the dispute first.</source>
        <translation>Клиент оспаривает долг с {day}: «{note}». Сначала урегулируйте спор.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="45"/>
        <source>The statement of account adds up: the customer is {credit} in credit.</source>
        <translation>Лицевой счёт сходится: у клиента переплата {credit}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="61"/>
        <source>A formal claim or a hand-over should follow at least one reminder: the lawyer will ask for it.</source>
        <translation>Претензии или передаче долга должно предшествовать хотя бы одно напоминание: юрист об этом спросит.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="65"/>
        <source>The amount handed over must be the one the statement of account shows, to the cent.</source>
        <translation>Передаваемая сумма должна до копейки совпадать с итогом лицевого счёта.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="68"/>
        <source>A disputed debt is not collected by a lawyer until the dispute is settled or answered.</source>
        <translation>Юрист не взыскивает оспариваемый долг, пока спор не урегулирован или на него не дан ответ.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="94"/>
        <source>passed</source>
        <translation>проверка пройдена</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="96"/>
        <source>not passed</source>
        <translation>проверка не пройдена</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="56"/>
        <source>The shop&apos;s database is damaged</source>
        <translation>База данных мастерской повреждена</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="57"/>
        <source>Workshop Desk checked {file} before opening it and found damage. It will not work on a damaged file, so that nothing is lost or miscounted.</source>
        <translation>Перед открытием Workshop Desk проверил файл {file} и обнаружил повреждения. С повреждённым файлом программа работать не будет, чтобы ничего не потерять и не исказить расчёты.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="66"/>
        <source>There is no good backup in {folder}. Keep the file as it is and ask a technician.</source>
        <translation>В папке {folder} нет исправной резервной копии. Не изменяйте файл и обратитесь к специалисту.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="77"/>
        <source>The newest good backup is from {when}. Restore it? Work done after that time must be entered again. The damaged file is kept in the backups folder.</source>
        <translation>Последняя исправная резервная копия создана {when}. Восстановить её? Всё, что было сделано после этого, придётся ввести заново. Повреждённый файл сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="84"/>
        <source>Restore the backup</source>
        <translation>Восстановить копию</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="86"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="94"/>
        <source>Restore failed</source>
        <translation>Не удалось восстановить</translation>
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
        <translation>Просрочено на конец месяца</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/report_charts.py" line="188"/>
        <source>Overdue on {day}: {amount}</source>
        <translation>Просрочено на {day}: {amount}</translation>
    </message>
</context>
<context>
    <name>ReportRows</name>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="42"/>
        <source>Age of the debt</source>
        <translation>Срок долга</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="43"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="44"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="50"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="51"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="52"/>
        <source>Open balance</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="53"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="54"/>
        <source>Oldest debt</source>
        <translation>Самый старый долг</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="60"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="61"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="62"/>
        <source>Paid in full</source>
        <translation>Оплатили полностью</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="63"/>
        <source>Paid something</source>
        <translation>Была оплата</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="98"/>
        <source>Total open</source>
        <translation>Итого задолженность</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="141"/>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="154"/>
        <source>Of {sent} accounts sent this letter, {paid} paid in full and {some} paid at least something within 14 days.</source>
        <translation>Из клиентов, получивших это письмо ({sent}), в течение 14 дней оплатили полностью: {paid}, оплатили хоть что-то: {some}.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="36"/>
        <source>Not due yet</source>
        <translation>Срок не наступил</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="37"/>
        <source>1–30 days late</source>
        <translation>Просрочка 1–30 дн.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="38"/>
        <source>31–60 days late</source>
        <translation>Просрочка 31–60 дн.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="39"/>
        <source>61–90 days late</source>
        <translation>Просрочка 61–90 дн.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="40"/>
        <source>More than 90 days late</source>
        <translation>Просрочка более 90 дн.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="183"/>
        <source>Every figure on this page is worked out as of this day</source>
        <translation>Все показатели на этой странице рассчитываются на эту дату</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="185"/>
        <source>As of:</source>
        <translation>На дату:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="187"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="188"/>
        <source>Work the figures out again from the data</source>
        <translation>Заново рассчитать показатели по данным</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="209"/>
        <source>Total open</source>
        <translation>Задолженность всего</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="209"/>
        <source>Everything customers owe, due or not</source>
        <translation>Всё, что должны клиенты, включая ещё не наступившие сроки</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="210"/>
        <source>Total overdue</source>
        <translation>Просрочено всего</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="210"/>
        <source>What should have been paid by now</source>
        <translation>То, что уже должно было быть оплачено</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="212"/>
        <source>Days sales outstanding</source>
        <translation>Оборачиваемость (DSO), дн.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="214"/>
        <source>How many days of credit sales are still unpaid: the open balance divided by the credit sales of the last 90 days, times 90. Lower is better.</source>
        <translation>Сколько дней продаж в долг ещё не оплачено: задолженность, делённая на продажи в долг за последние 90 дней и умноженная на 90. Чем меньше, тем лучше.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="218"/>
        <source>Collected this month</source>
        <translation>Поступило в этом месяце</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="220"/>
        <source>Over their debt limit</source>
        <translation>Сверх лимита задолженности</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="220"/>
        <source>Accounts whose open balance is above their debt limit</source>
        <translation>Клиенты, чья задолженность превышает их лимит</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="222"/>
        <source>Written off this year</source>
        <translation>Списано в этом году</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="247"/>
        <source>Age of the open balance</source>
        <translation>Анализ задолженности по срокам</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="253"/>
        <source>Aging report as P&amp;DF…</source>
        <translation>&amp;Анализ по срокам в PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="254"/>
        <source>Every customer who owes money, by the age of the debt, as a PDF</source>
        <translation>Все клиенты с задолженностью, по срокам долга, в PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="256"/>
        <source>Agin&amp;g report as CSV…</source>
        <translation>Ана&amp;лиз по срокам в CSV…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="258"/>
        <source>Every customer who owes money, by the age of the debt, for a spreadsheet</source>
        <translation>Все клиенты с задолженностью, по срокам долга, — файл для электронных таблиц</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="276"/>
        <source>Overdue at each month end, last 24 months</source>
        <translation>Просроченная задолженность на конец месяца за последние 24 месяца</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="281"/>
        <source>Top 10 debtors</source>
        <translation>10 крупнейших должников</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="287"/>
        <source>Statement of the selected c&amp;ustomer…</source>
        <translation>Выписка по выбранному кл&amp;иенту…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="289"/>
        <source>Save the statement of account of the customer selected above, as PDF or CSV</source>
        <translation>Сохранить выписку по лицевому счёту клиента, выбранного выше, в PDF или CSV</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="292"/>
        <source>Double-click a customer to open them.</source>
        <translation>Дважды щёлкните клиента, чтобы открыть его карточку.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="304"/>
        <source>Do the letters work?</source>
        <translation>Действенность писем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="323"/>
        <source>Share of the open balance in each age group</source>
        <translation>Доля задолженности в каждой группе по срокам</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="473"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="490"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="525"/>
        <source>Working out the figures…</source>
        <translation>Расчёт показателей…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="477"/>
        <source>The figures could not be worked out.</source>
        <translation>Не удалось рассчитать показатели.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="479"/>
        <source>Figures as of {day}</source>
        <translation>Показатели на {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="534"/>
        <source>%Ln customer(s) owe money</source>
        <translation>
            <numerusform>Задолженность у %Ln клиента</numerusform>
            <numerusform>Задолженность у %Ln клиентов</numerusform>
            <numerusform>Задолженность у %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="536"/>
        <source>{share} of the open balance</source>
        <translation>{share} всей задолженности</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="554"/>
        <source>No credit sales in the last 90 days</source>
        <translation>Продаж в долг за последние 90 дней не было</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="557"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="558"/>
        <source>Against the credit sales of the last 90 days</source>
        <translation>По продажам в долг за последние 90 дней</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="540"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="541"/>
        <source>{balance} open, {excess} above their limits</source>
        <translation>Задолженность {balance}, сверх лимитов {excess}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="545"/>
        <source>Nobody is over their limit</source>
        <translation>Лимит никто не превысил</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="547"/>
        <source>Written off in {year}</source>
        <translation>Списано в {year} году</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="549"/>
        <source>%Ln write-off(s)</source>
        <translation>
            <numerusform>%Ln списание</numerusform>
            <numerusform>%Ln списания</numerusform>
            <numerusform>%Ln списаний</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="567"/>
        <source>Collected in {month}</source>
        <translation>Поступило за {month}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="572"/>
        <source>▲ {difference} more than in {month} ({amount})</source>
        <translation>▲ на {difference} больше, чем за {month} ({amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="574"/>
        <source>▼ {difference} less than in {month} ({amount})</source>
        <translation>▼ на {difference} меньше, чем за {month} ({amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="576"/>
        <source>= the same as in {month} ({amount})</source>
        <translation>= столько же, сколько за {month} ({amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="581"/>
        <source>Payments received from the 1st of the month to the as-of date, against all of last month</source>
        <translation>Оплаты, полученные с 1-го числа месяца по выбранную дату, в сравнении со всем прошлым месяцем</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="587"/>
        <source>How many accounts paid within 14 days after each kind of letter.</source>
        <translation>Сколько клиентов оплатили долг в течение 14 дней после письма каждого вида.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="591"/>
        <source>Letters dated {first} to {last} (each has had its 14 days). Paid in full: within 14 days the customer paid at least what the letter asked for. Paid something: any payment.</source>
        <translation>Письма с {first} по {last} (по каждому уже прошло 14 дней). «Оплатили полностью»: в течение 14 дней клиент оплатил не меньше суммы, указанной в письме. «Была оплата»: любая оплата.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="618"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="621"/>
        <source>CSV files for a spreadsheet (*.csv)</source>
        <translation>Файлы CSV для электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="639"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="649"/>
        <source>aging report</source>
        <translation>анализ задолженности по срокам</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="640"/>
        <source>Save aging report as PDF</source>
        <translation>Сохранить анализ задолженности по срокам в PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="650"/>
        <source>Save aging report as CSV</source>
        <translation>Сохранить анализ задолженности по срокам в CSV</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="659"/>
        <source>Statement</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="660"/>
        <source>Select a customer in the list of top debtors, then choose Statement… again.</source>
        <translation>Выберите клиента в списке крупнейших должников, затем снова нажмите «Выписка по выбранному клиенту…».</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="665"/>
        <source>statement</source>
        <translation>выписка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="666"/>
        <source>Save statement of account</source>
        <translation>Сохранить выписку по лицевому счёту</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="678"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="684"/>
        <source>Saved as {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="694"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="696"/>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="696"/>
        <source>The file could not be saved: {reason}.</source>
        <translation>Не удалось сохранить файл: {reason}.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="99"/>
        <source>monthly</source>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="100"/>
        <source>weekly</source>
        <translation>еженедельно</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="126"/>
        <source>Optional: what was agreed, with whom</source>
        <translation>Необязательно: о чём и с кем договорились</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="133"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Реструктурировать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="137"/>
        <source>Move into the new plan</source>
        <translation>Перенести в новый график</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="147"/>
        <source>&amp;first due:</source>
        <translation>первый пла&amp;тёж:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="154"/>
        <source>Install&amp;ments:</source>
        <translation>&amp;Число платежей:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="156"/>
        <source>&amp;Note:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="157"/>
        <source>New installment plan</source>
        <translation>Новый график платежей</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="196"/>
        <source>Reschedule — {name}</source>
        <translation>Реструктуризация — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="200"/>
        <source>The &amp;overdue balance: {amount}</source>
        <translation>&amp;Просроченный долг: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="201"/>
        <source>The w&amp;hole open balance: {amount}</source>
        <translation>&amp;Весь долг: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="239"/>
        <source>Nothing is owed: there is nothing to reschedule.</source>
        <translation>Долга нет: реструктурировать нечего.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="243"/>
        <source>{amount} falls due on {day}.</source>
        <translation>{amount} к оплате {day}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="247"/>
        <source>{amount} in %n installment(s), the last on {day}.</source>
        <translation>
            <numerusform>{amount} — %n платёж, последний {day}.</numerusform>
            <numerusform>{amount} — %n платежа, последний {day}.</numerusform>
            <numerusform>{amount} — %n платежей, последний {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="267"/>
        <source>Move {amount} of the debt of {name} into a new plan of %n installment(s)?</source>
        <translation>
            <numerusform>Перенести {amount} долга клиента {name} в новый график из %n платежа?</numerusform>
            <numerusform>Перенести {amount} долга клиента {name} в новый график из %n платежей?</numerusform>
            <numerusform>Перенести {amount} долга клиента {name} в новый график из %n платежей?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="251"/>
        <source>{plan} It replaces what is open of {invoices}, which stays in the history.</source>
        <translation>{plan} График заменяет непогашенный остаток по счетам {invoices}; сами счета остаются в истории.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="256"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>Срок первого платежа не может быть раньше сегодняшнего дня.</translation>
    </message>
</context>
<context>
    <name>ScoreTexts</name>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="29"/>
        <source>the installment due was not paid on time</source>
        <translation>платёж не оплачен в срок</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="30"/>
        <source>{late} of %n installments not paid on time</source>
        <translation>
            <numerusform>{late} из %n платежа — не в срок</numerusform>
            <numerusform>{late} из %n платежей — не в срок</numerusform>
            <numerusform>{late} из %n платежей — не в срок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="32"/>
        <source>%n day(s) late on average</source>
        <translation>
            <numerusform>просрочка в среднем %n день</numerusform>
            <numerusform>просрочка в среднем %n дня</numerusform>
            <numerusform>просрочка в среднем %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="34"/>
        <source>%n missed installment(s)</source>
        <translation>
            <numerusform>%n пропущенный платёж</numerusform>
            <numerusform>%n пропущенных платежа</numerusform>
            <numerusform>%n пропущенных платежей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="36"/>
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n невыполненное обещание</numerusform>
            <numerusform>%n невыполненных обещания</numerusform>
            <numerusform>%n невыполненных обещаний</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="39"/>
        <source>{share} written off</source>
        <translation>списано {share}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="42"/>
        <source>the installment due was paid on time</source>
        <translation>платёж оплачен в срок</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="43"/>
        <source>all %n installments paid on time</source>
        <translation>
            <numerusform>все %n платёж оплачены в срок</numerusform>
            <numerusform>все %n платежа оплачены в срок</numerusform>
            <numerusform>все %n платежей оплачены в срок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="44"/>
        <source>no payment history yet</source>
        <translation>истории оплат пока нет</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="54"/>
        <source>Payment score {score}: {reasons}</source>
        <translation>Платёжный рейтинг {score}: {reasons}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="65"/>
        <source>Good payer: eligible for a discount</source>
        <translation>Добросовестный плательщик: можно предложить скидку</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="154"/>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="157"/>
        <source>&amp;Desk</source>
        <translation>Рабочее &amp;место</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="158"/>
        <source>S&amp;hop</source>
        <translation>Ма&amp;стерская</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="159"/>
        <source>Ban&amp;k details</source>
        <translation>&amp;Банковские реквизиты</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="160"/>
        <source>Letter&amp;s</source>
        <translation>&amp;Письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="210"/>
        <source>These settings belong to this computer; the shop&apos;s data is the same at every desk.</source>
        <translation>Эти настройки относятся только к этому компьютеру; данные мастерской одинаковы на всех рабочих местах.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="218"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="220"/>
        <source>The menus and windows change to it when Workshop Desk starts again.</source>
        <translation>Меню и окна переключатся на этот язык при следующем запуске Workshop Desk.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="226"/>
        <source>empty: the login name, {login}</source>
        <translation>пусто — имя пользователя в системе ({login})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="230"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="233"/>
        <source>Recorded with every contact you log and every change to money or credit terms (the audit trail), so that the shop knows who did what.</source>
        <translation>Записывается вместе с каждым контактом и каждым изменением расчётов или условий отпуска в долг (история изменений), чтобы в мастерской знали, кто что сделал.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="238"/>
        <source>empty: {file}</source>
        <translation>пусто — {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="242"/>
        <source>Data&amp;base:</source>
        <translation>База &amp;данных:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="245"/>
        <source>Where the shop&apos;s data is: a database file on this computer (never one in a shared folder), or the shop&apos;s PostgreSQL server as postgresql://user:password@server/database when several desks work together. Workshop Desk opens it when it starts again. The password is kept in this computer&apos;s settings and shown as ***.</source>
        <translation>Где хранятся данные мастерской: файл базы данных на этом компьютере (но не в общей папке) либо сервер PostgreSQL мастерской в виде postgresql://пользователь:пароль@сервер/база, если работают несколько рабочих мест. Workshop Desk откроет её при следующем запуске. Пароль хранится в настройках этого компьютера и показывается как ***.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="257"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Название мастерской:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="258"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="259"/>
        <source>P&amp;ostal code:</source>
        <translation>Ин&amp;декс:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="261"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="263"/>
        <source>Co&amp;untry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="264"/>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="272"/>
        <source>&amp;Tax id:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="273"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="274"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="282"/>
        <source>Printed on letters, with a payment QR code where the currency has one: EPC for euros, MNB for forints, GOST for roubles, Pix for reais.</source>
        <translation>Печатаются в письмах вместе с QR-кодом для оплаты, если он есть для валюты: EPC для евро, MNB для форинтов, ГОСТ для рублей, Pix для реалов.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="286"/>
        <source>Bank na&amp;me:</source>
        <translation>&amp;Наименование банка:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="287"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="288"/>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C (SWIFT):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="290"/>
        <source>Account &amp;number:</source>
        <translation>&amp;Расчётный счёт:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="291"/>
        <source>Расчётный счёт: 20 digits (Russian shops)</source>
        <translation>Расчётный счёт: 20 цифр (для мастерских в России)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="293"/>
        <source>C&amp;orrespondent account:</source>
        <translation>&amp;Корреспондентский счёт:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="295"/>
        <source>Корреспондентский счёт: 20 digits (Russian shops)</source>
        <translation>Корреспондентский счёт: 20 цифр (для мастерских в России)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="296"/>
        <source>Pi&amp;x key:</source>
        <translation>Кл&amp;юч Pix:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="297"/>
        <source>The shop&apos;s Pix key: CPF, CNPJ, e-mail, +55 phone or random key (Brazil)</source>
        <translation>Ключ Pix мастерской: CPF, CNPJ, e-mail, телефон с +55 или случайный ключ (Бразилия)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="309"/>
        <source>Default letter &amp;language:</source>
        <translation>&amp;Язык писем по умолчанию:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="312"/>
        <source>Customers without a language of their own get their letters in this one. With the country it also sets how amounts and dates are written.</source>
        <translation>Клиенты, у которых не указан свой язык, получают письма на этом языке. Вместе со страной он также определяет, как записываются суммы и даты.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="316"/>
        <source>Si&amp;gnatory:</source>
        <translation>По&amp;дписант:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="317"/>
        <source>who signs the letters, e.g. Anna Rossi</source>
        <translation>кто подписывает письма, напр. Анна Иванова</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="318"/>
        <source>&amp;Role:</source>
        <translation>Д&amp;олжность:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="319"/>
        <source>e.g. Owner</source>
        <translation>напр. директор</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="320"/>
        <source>Legal &amp;note:</source>
        <translation>Юридическая &amp;информация:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="321"/>
        <source>a line at the foot of each letter, e.g. the company register</source>
        <translation>строка внизу каждого письма, напр. ОГРН и регистрационные данные</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="383"/>
        <source>The bank&apos;s BIC, or its БИК (9 digits) for the Russian payment code</source>
        <translation>BIC (SWIFT) банка или его БИК (9 цифр) для российского платёжного QR-кода</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="385"/>
        <source>The bank&apos;s BIC (SWIFT code), 8 or 11 letters and digits</source>
        <translation>BIC (SWIFT) банка: 8 или 11 латинских букв и цифр</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="394"/>
        <source>VAT registration number</source>
        <translation>номер плательщика НДС (VAT)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="395"/>
        <source>codice fiscale or partita IVA</source>
        <translation>codice fiscale или partita IVA</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="396"/>
        <source>ИНН, 10 or 12 digits</source>
        <translation>ИНН, 10 или 12 цифр</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="397"/>
        <source>CPF or CNPJ</source>
        <translation>CPF или CNPJ</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="398"/>
        <source>adószám, like 12345678-2-42</source>
        <translation>adószám, например 12345678-2-42</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="400"/>
        <source>any tax id (not checked for this country)</source>
        <translation>любой налоговый номер (для этой страны не проверяется)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="418"/>
        <source>Amounts like {amount}, dates like {day}</source>
        <translation>Суммы: {amount}, даты: {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="422"/>
        <source>Tax id: {kind}</source>
        <translation>ИНН: {kind}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="431"/>
        <source>No late-interest rules of this country are known: the English ones apply</source>
        <translation>Правила начисления процентов за просрочку для этой страны неизвестны: применяются английские</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="433"/>
        <source>Default late interest: {business} a year from businesses, {consumer} from consumers</source>
        <translation>Проценты за просрочку по умолчанию: {business} годовых с организаций, {consumer} — с потребителей</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="438"/>
        <source>A claim letter gives {days} days to pay (Settings › Collection changes it)</source>
        <translation>Срок оплаты по претензии — {days} дн. (изменяется в меню Настройки › Взыскание)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="475"/>
        <source>Settings saved</source>
        <translation>Параметры сохранены</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="488"/>
        <source>Not a database address Workshop Desk can use: write postgresql://user:password@server/database</source>
        <translation>Workshop Desk не может использовать такой адрес базы данных: укажите postgresql://пользователь:пароль@сервер/база</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="494"/>
        <source>Write the whole path of the file, e.g. {example}</source>
        <translation>Укажите полный путь к файлу, например {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="496"/>
        <source>{path} is a folder: add the name of the database file</source>
        <translation>{path} — это папка: добавьте имя файла базы данных</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="498"/>
        <source>The folder {folder} does not exist</source>
        <translation>Папка {folder} не существует</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="529"/>
        <source>Collection rules for {country}</source>
        <translation>Правила взыскания: {country}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="531"/>
        <source>You have changed interest rules, fees or letter deadlines that a shop in {country} uses.

Reset them to the defaults of {country}? Yes: the defaults apply. No: your changes stay.

The ladder&apos;s steps and the contact limits stay as they are either way.</source>
        <translation>Вы изменили правила начисления процентов, расходы или сроки в письмах, которые применяются для страны {country}.

Вернуть значения по умолчанию для страны {country}? «Да» — применяются значения по умолчанию. «Нет» — ваши изменения сохраняются.

Этапы порядка взыскания и ограничения контактов в любом случае остаются без изменений.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="565"/>
        <source>Restart Workshop Desk to see the new language.</source>
        <translation>Перезапустите Workshop Desk, чтобы сменить язык интерфейса.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="567"/>
        <source>Workshop Desk opens the new database when it starts again.</source>
        <translation>Workshop Desk откроет новую базу данных при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="571"/>
        <source>Letters and windows opened from now on write amounts and dates the new way; the lists of the main window do after Workshop Desk is restarted.</source>
        <translation>Письма и окна, открытые с этого момента, показывают суммы и даты по-новому; списки главного окна — после перезапуска Workshop Desk.</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="142"/>
        <source>The amounts already recorded are in {currency}, so the currency cannot change: they would silently become amounts of another currency. A shop that changes currency starts a new database.</source>
        <translation>Уже записанные суммы указаны в валюте {currency}, поэтому валюту изменить нельзя: они незаметно превратились бы в суммы в другой валюте. Мастерская, которая меняет валюту, начинает новую базу данных.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="150"/>
        <source>This is neither a BIC (like SABRRUMM) nor the 9 digits of a БИК (like 044525225).</source>
        <translation>Это не BIC (например, SABRRUMM) и не БИК из 9 цифр (например, 044525225).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="159"/>
        <source>An account number here is 20 digits.</source>
        <translation>Номер счёта должен состоять из 20 цифр.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="161"/>
        <source>Choose one of the languages in the list.</source>
        <translation>Выберите один из языков в списке.</translation>
    </message>
</context>
<context>
    <name>StoredLetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="42"/>
        <source>The letter exactly as it was sent. Printing or saving it again records nothing new.</source>
        <translation>Письмо точно в том виде, в каком оно было отправлено. Повторная печать или сохранение ничего нового не записывают.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="48"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="50"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="72"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="82"/>
        <source>Print letter</source>
        <translation>Печать письма</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="82"/>
        <source>The printer could not be opened: check it and try again.</source>
        <translation>Не удалось открыть принтер: проверьте его и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="89"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="105"/>
        <source>Save letter as PDF</source>
        <translation>Сохранить письмо в PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="91"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="106"/>
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
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="196"/>
        <source>%n action(s) for today</source>
        <translation>
            <numerusform>%n действие на сегодня</numerusform>
            <numerusform>%n действия на сегодня</numerusform>
            <numerusform>%n действий на сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="199"/>
        <source>%n moved by contact limits</source>
        <translation>
            <numerusform>%n перенесено из-за ограничений контактов</numerusform>
            <numerusform>%n перенесены из-за ограничений контактов</numerusform>
            <numerusform>%n перенесено из-за ограничений контактов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="81"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Весь долг</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="93"/>
        <source>The amount is taken off the oldest installments first. It stays in the customer&apos;s history as “Written off” and in the reports; it cannot be undone.</source>
        <translation>Сумма списывается начиная с самых старых платежей. Она остаётся в истории клиента как «Списание» и в отчётах; отменить списание нельзя.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="105"/>
        <source>Write &amp;off…</source>
        <translation>&amp;Списать…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="116"/>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="117"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="118"/>
        <source>&amp;Note:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="148"/>
        <source>Write off — {name}</source>
        <translation>Списание — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="157"/>
        <source>Why (required for “Other”)</source>
        <translation>Причина (обязательно для «Другое»)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="157"/>
        <source>Optional: anything worth keeping on record</source>
        <translation>Необязательно: всё, что стоит сохранить в записи</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="165"/>
        <source>Open balance after the write-off: {amount}</source>
        <translation>Задолженность после списания: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="179"/>
        <source>Enter an amount more than zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="183"/>
        <source>That is more than the open balance of {open}.</source>
        <translation>Это больше суммы задолженности ({open}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="188"/>
        <source>Say why the balance is written off.</source>
        <translation>Укажите причину списания.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="200"/>
        <source>Write off {amount} of the balance of {name}? This cannot be undone.</source>
        <translation>Списать {amount} из задолженности клиента {name}? Отменить это будет нельзя.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../workshop_desk/app.py" line="157"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../workshop_desk/app.py" line="158"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved whole or not at all.

The details are in {log_file}; please send that file to whoever looks after this program.</source>
        <translation>Произошла непредвиденная ошибка. Ваши данные в сохранности: каждое изменение сохраняется целиком или не сохраняется вовсе.

Подробности записаны в файл {log_file}; пожалуйста, отправьте этот файл тому, кто обслуживает программу.</translation>
    </message>
</context>
</TS>
