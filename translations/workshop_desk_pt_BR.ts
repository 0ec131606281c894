<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AdjustmentError</name>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="67"/>
        <source>a payment dated after this day is recorded already</source>
        <extracomment>Shown after “It cannot be recorded:”, so lower case and without a full stop.</extracomment>
        <translation>já há um pagamento registrado com data posterior a este dia</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="68"/>
        <source>the amount must be more than zero</source>
        <translation>o valor deve ser maior que zero</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="69"/>
        <source>unknown write-off reason {reason}</source>
        <translation>motivo de baixa {reason} desconhecido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="70"/>
        <source>say why the balance is written off</source>
        <translation>informe o motivo da baixa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="71"/>
        <source>the amount is more than the open balance</source>
        <translation>o valor é maior que o saldo em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="72"/>
        <source>a plan has between 1 and {maximum} installments</source>
        <translation>um parcelamento tem de 1 a {maximum} parcelas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="73"/>
        <source>the first installment falls due before the reschedule date</source>
        <translation>a primeira parcela vence antes da data da renegociação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/adjustments.py" line="74"/>
        <source>there is nothing to reschedule</source>
        <translation>não há o que renegociar</translation>
    </message>
</context>
<context>
    <name>AdjustmentTexts</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="16"/>
        <source>Hardship</source>
        <translation>Dificuldade financeira</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="17"/>
        <source>Small amount</source>
        <translation>Valor pequeno</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="18"/>
        <source>Uncollectable</source>
        <translation>Incobrável</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="19"/>
        <source>Other (say why)</source>
        <translation>Outro (informe o motivo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="26"/>
        <source>Open balance {amount}</source>
        <translation>Saldo em aberto {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="32"/>
        <source>of which {amount} overdue</source>
        <translation>dos quais {amount} vencidos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="42"/>
        <source>A payment dated {day} is recorded already: an adjustment cannot be dated before it.</source>
        <translation>Já há um pagamento registrado em {day}: um ajuste não pode ter data anterior a ele.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="47"/>
        <source>Enter an amount more than zero.</source>
        <translation>Informe um valor maior que zero.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="49"/>
        <source>That is more than the open balance.</source>
        <translation>Isso é mais do que o saldo em aberto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="51"/>
        <source>Say why the balance is written off.</source>
        <translation>Informe o motivo da baixa.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="53"/>
        <source>There is nothing to reschedule.</source>
        <translation>Não há o que renegociar.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="55"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>A primeira parcela não pode vencer antes de hoje.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/adjustment_texts.py" line="58"/>
        <source>It cannot be recorded: {reason}</source>
        <translation>Não é possível registrar: {reason}</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="50"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="51"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="52"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="53"/>
        <source>Days late</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/agenda_model.py" line="54"/>
        <source>Due since</source>
        <translation>Vencido desde</translation>
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
        <translation>Diária</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="42"/>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="43"/>
        <source>Before an update</source>
        <translation>Antes de uma atualização</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="44"/>
        <source>Before a restore</source>
        <translation>Antes de uma restauração</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="45"/>
        <source>Made on request</source>
        <translation>Feita a pedido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="55"/>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="62"/>
        <source>A verified copy is made at the first start of each day (the last 14 days and 12 months are kept) and before every update of the program. Folder: {folder}</source>
        <translation>Uma cópia verificada é feita na primeira abertura de cada dia (ficam guardadas as dos últimos 14 dias e 12 meses) e antes de cada atualização do programa. Pasta: {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Made</source>
        <translation>Feita em</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="75"/>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;cópia agora</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="76"/>
        <source>&amp;Restore the selected copy…</source>
        <translation>&amp;Restaurar a cópia selecionada…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="77"/>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurar de um &amp;arquivo…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="78"/>
        <source>&amp;Open the folder</source>
        <translation>Abrir a &amp;pasta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="100"/>
        <source>The shop&apos;s data is on the PostgreSQL server {server}, so this desk makes no copies of it by itself.

To make a copy, run &apos;workshop-desk backup&apos; on any desk (it uses PostgreSQL&apos;s pg_dump, checks the copy and says where it is), or let the server&apos;s administrator back the database up with the server&apos;s own tools, ideally every day.

To bring a copy back, close Workshop Desk on every desk and restore it on the server with pg_restore (&apos;workshop-desk restore&apos; shows the command).</source>
        <translation>Os dados da oficina estão no servidor PostgreSQL {server}; por isso este computador não faz cópias deles sozinho.

Para fazer uma cópia, execute &apos;workshop-desk backup&apos; em qualquer computador (ele usa o pg_dump do PostgreSQL, verifica a cópia e diz onde ela está), ou peça ao administrador do servidor que faça o backup com as ferramentas do próprio servidor, de preferência todos os dias.

Para restaurar uma cópia, feche o Workshop Desk em todos os computadores e restaure-a no servidor com o pg_restore (&apos;workshop-desk restore&apos; mostra o comando).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="133"/>
        <source>Making a copy…</source>
        <translation>Fazendo a cópia…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="139"/>
        <source>Copy written and verified: {file}</source>
        <translation>Cópia gravada e verificada: {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="144"/>
        <source>The copy failed: {reason}</source>
        <translation>A cópia falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="153"/>
        <source>Backup to restore</source>
        <translation>Cópia de segurança a restaurar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="153"/>
        <source>Databases (*.db)</source>
        <translation>Bancos de dados (*.db)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="162"/>
        <source>Restore a backup</source>
        <translation>Restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="164"/>
        <source>Replace the shop&apos;s data with the copy {file}?

Everything entered after that copy was made will be gone from the program. The current data is kept as a copy in the backups folder, so this can be undone by restoring that copy.</source>
        <translation>Substituir os dados da oficina pela cópia {file}?

Tudo o que foi lançado depois que essa cópia foi feita vai sumir do programa. Os dados atuais ficam guardados como cópia na pasta das cópias de segurança; assim, dá para desfazer isso restaurando essa cópia.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Not restored</source>
        <translation>Não restaurado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Nothing was changed: {reason}</source>
        <translation>Nada foi alterado: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="183"/>
        <source>Restored from {file}.</source>
        <translation>Restaurado a partir de {file}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/backups_dialog.py" line="185"/>
        <source>The data it replaced is kept as {file}.</source>
        <translation>Os dados substituídos ficam guardados como {file}.</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="77"/>
        <source>Letters for the selected customers</source>
        <translation>Cartas para os clientes selecionados</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="89"/>
        <source>Letters for the selected customers ({count})</source>
        <translation>Cartas para os clientes selecionados ({count})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="101"/>
        <source>Each customer&apos;s &amp;own language</source>
        <translation>Idioma de &amp;cada cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="102"/>
        <source>One language &amp;for all:</source>
        <translation>&amp;Um idioma para todos:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="114"/>
        <source>Save as PDF files in one f&amp;older:</source>
        <translation>Salvar como arquivos PDF em uma &amp;pasta:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="115"/>
        <source>&amp;Print them as one print job</source>
        <translation>Imprimir tudo em um &amp;só trabalho de impressão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="121"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="141"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="149"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="161"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="162"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="166"/>
        <source>Where the letters go</source>
        <translation>Destino das cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="212"/>
        <source>Folder for the letters</source>
        <translation>Pasta para as cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="224"/>
        <source>Print letters</source>
        <translation>Imprimir cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="254"/>
        <source>Writing the letters…</source>
        <translation>Gerando as cartas…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="254"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="256"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="290"/>
        <source>Letter {done} of {total} done: {customer}</source>
        <translation>Carta {done} de {total} pronta: {customer}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="325"/>
        <source>Letters printed as one print job: {count} (%n page(s)).</source>
        <translation>
            <numerusform>Cartas impressas em um só trabalho de impressão: {count} (%n página).</numerusform>
            <numerusform>Cartas impressas em um só trabalho de impressão: {count} (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="332"/>
        <source>Letters written: {count}, into {folder}</source>
        <translation>Cartas geradas: {count}, em {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="335"/>
        <source>Skipped: {count} (below, with the reason).</source>
        <translation>Ignoradas: {count} (abaixo, com o motivo).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="338"/>
        <source>Stopped: {reason}. Not done: {count}.</source>
        <translation>Interrompido: {reason}. Não processadas: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="343"/>
        <source>Cancelled. Not done: {count}.</source>
        <translation>Cancelado. Não processadas: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="354"/>
        <source>the text of this letter has problems ({problems}): correct it in Settings → Letter texts…</source>
        <translation>o texto desta carta tem problemas ({problems}): corrija em Configurações → Textos das cartas…</translation>
    </message>
</context>
<context>
    <name>CollectionNames</name>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="27"/>
        <source>Courtesy reminder</source>
        <translation>Aviso de cortesia</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="28"/>
        <source>Phone call on the due day</source>
        <translation>Ligação no dia do vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="29"/>
        <source>Payment reminder</source>
        <translation>Aviso de cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="30"/>
        <source>Second reminder</source>
        <translation>Segundo aviso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="31"/>
        <source>Formal claim letter</source>
        <translation>Notificação extrajudicial</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="32"/>
        <source>Hand over to a lawyer or collector</source>
        <translation>Encaminhar a advogado ou empresa de cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="39"/>
        <source>Phone call</source>
        <translation>Ligação</translation>
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
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="43"/>
        <source>Registered letter</source>
        <translation>Carta registrada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="44"/>
        <source>Hand over</source>
        <translation>Encaminhar à cobrança</translation>
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
        <translation>Anotação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="60"/>
        <source>Reached</source>
        <translation>Contato feito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="61"/>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="62"/>
        <source>Promised to pay</source>
        <translation>Prometeu pagar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="63"/>
        <source>Disputed</source>
        <translation>Contestou</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="64"/>
        <source>Dispute resolved</source>
        <translation>Contestação resolvida</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="65"/>
        <source>Wrong number</source>
        <translation>Número errado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="66"/>
        <source>Letter printed/sent</source>
        <translation>Carta impressa/enviada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="67"/>
        <source>Step skipped</source>
        <translation>Etapa pulada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="78"/>
        <source>Call the customer: say how much is overdue and since when, ask when they will pay, and note what they say.</source>
        <translation>Ligue para o cliente: diga quanto está vencido e desde quando, pergunte quando ele vai pagar e anote o que ele disser.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="83"/>
        <source>Send a short text message: copy the text, send it from the shop&apos;s phone, then confirm here.</source>
        <translation>Envie um SMS curto: copie o texto, envie-o pelo telefone da oficina e depois confirme aqui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="88"/>
        <source>E-mail the “{letter}”: compose the e-mail, attach the PDF it saves, send it, then confirm here.</source>
        <translation>Envie “{letter}” por e-mail: escreva o e-mail, anexe o PDF salvo, envie e depois confirme aqui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="90"/>
        <source>Send the customer an e-mail, then confirm here.</source>
        <translation>Envie um e-mail ao cliente e depois confirme aqui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="93"/>
        <source>Print the “{letter}” and post it (Write the letter… prepares and records it).</source>
        <translation>Imprima “{letter}” e envie pelo correio (Gerar a carta… prepara e registra a carta).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="94"/>
        <location filename="../workshop_desk/ui/collection_names.py" line="98"/>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="97"/>
        <source>Send the “{letter}” by registered post with a return receipt, and keep the receipt: it is evidence.</source>
        <translation>Envie “{letter}” por carta registrada com AR (aviso de recebimento) e guarde o comprovante: ele serve de prova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="100"/>
        <source>Hand the account to the lawyer or collection agency, with the case file: invoices, letters sent and this contact log.</source>
        <translation>Encaminhe a conta ao advogado ou à empresa de cobrança, com o dossiê: faturas, cartas enviadas e este histórico de contatos.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="111"/>
        <source>Broken promise: {amount} by {day}</source>
        <translation>Promessa não cumprida: {amount} até {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/collection_names.py" line="115"/>
        <source>Next step on the ladder, for %n unpaid item(s)</source>
        <translation>
            <numerusform>Próxima etapa da régua, para %n item em aberto</numerusform>
            <numerusform>Próxima etapa da régua, para %n itens em aberto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="116"/>
        <source>Next step on the ladder</source>
        <translation>Próxima etapa da régua</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="127"/>
        <source>Moved to {day}: contact limit for calls</source>
        <translation>Adiada para {day}: limite de contato para ligações</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="128"/>
        <source>Moved to {day}: contact limit for messages</source>
        <translation>Adiada para {day}: limite de contato para mensagens</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="134"/>
        <source>Moved to {day}: daily contact limit for calls ({count} of {limit})</source>
        <translation>Adiada para {day}: limite diário de ligações ({count} de {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="136"/>
        <source>Moved to {day}: daily contact limit for messages ({count} of {limit})</source>
        <translation>Adiada para {day}: limite diário de mensagens ({count} de {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="138"/>
        <source>Moved to {day}: weekly contact limit for calls ({count} of {limit})</source>
        <translation>Adiada para {day}: limite semanal de ligações ({count} de {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="140"/>
        <source>Moved to {day}: weekly contact limit for messages ({count} of {limit})</source>
        <translation>Adiada para {day}: limite semanal de mensagens ({count} de {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="142"/>
        <source>Moved to {day}: monthly contact limit for calls ({count} of {limit})</source>
        <translation>Adiada para {day}: limite mensal de ligações ({count} de {limit})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/collection_names.py" line="143"/>
        <source>Moved to {day}: monthly contact limit for messages ({count} of {limit})</source>
        <translation>Adiada para {day}: limite mensal de mensagens ({count} de {limit})</translation>
    </message>
</context>
<context>
    <name>CollectionSettings</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="48"/>
        <source>Actual days / 365</source>
        <translation>Dias corridos / 365</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="49"/>
        <source>Actual days / 365, or 366 in a leap year</source>
        <translation>Dias corridos / 365, ou 366 em ano bissexto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="52"/>
        <source>Actual days / 360 (a monthly rate, pro rata)</source>
        <translation>Dias corridos / 360 (taxa mensal, pro rata)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="60"/>
        <source>Enter at least one rate period.</source>
        <translation>Informe pelo menos um período de taxa.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="61"/>
        <source>Two periods start on the same day: keep one of them.</source>
        <translation>Dois períodos começam no mesmo dia: mantenha só um deles.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="64"/>
        <source>A rate must be between 0 and 100 %.</source>
        <translation>A taxa deve estar entre 0 e 100%.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="67"/>
        <source>The margin must be between −100 and 100 points.</source>
        <translation>A margem deve estar entre −100 e 100 pontos.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="70"/>
        <source>List the amounts from the smallest debt up; only the last row may have no upper bound.</source>
        <translation>Liste os valores da menor dívida para a maior; só a última linha pode ficar sem limite superior.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="74"/>
        <source>The fine must be between 0 and 100 %.</source>
        <translation>A multa deve estar entre 0 e 100%.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="118"/>
        <source>These base rates come with the program, not from an official source: please check them against the official rate.</source>
        <translation>Estas taxas básicas vêm com o programa, não de uma fonte oficial: confira-as com a taxa oficial.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="131"/>
        <source>From</source>
        <translation>A partir de</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="132"/>
        <source>Base rate %</source>
        <translation>Taxa básica %</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="135"/>
        <source>Add period</source>
        <translation>Adicionar período</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="136"/>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="160"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="148"/>
        <source>For a debt under</source>
        <translation>Para dívida abaixo de</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="149"/>
        <source>Compensation</source>
        <translation>Indenização</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="153"/>
        <source>Leave the last “For a debt under” empty: it applies to any larger debt.</source>
        <translation>Deixe vazio o último “Para dívida abaixo de”: ele vale para qualquer dívida maior.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="159"/>
        <source>Add amount</source>
        <translation>Adicionar valor</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="183"/>
        <source>Base rate:</source>
        <translation>Taxa básica:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="184"/>
        <source>Margin (points):</source>
        <translation>Margem (pontos):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="185"/>
        <source>Day count:</source>
        <translation>Contagem de dias:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="187"/>
        <source>Flat compensation:</source>
        <translation>Indenização fixa:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="190"/>
        <source>One-off fine %:</source>
        <translation>Multa única %:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="195"/>
        <source>Legal basis ({language}):</source>
        <translation>Fundamento legal ({language}):</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="227"/>
        <source>any amount</source>
        <translation>qualquer valor</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="244"/>
        <source>From {day}: {problem}</source>
        <translation>A partir de {day}: {problem}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="266"/>
        <source>Row {row}: {problem}</source>
        <translation>Linha {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="323"/>
        <source>Business customers</source>
        <translation>Clientes pessoa jurídica</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="326"/>
        <source>Private customers (consumers)</source>
        <translation>Clientes pessoa física (consumidores)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="329"/>
        <source>Days given to pay or reply</source>
        <translation>Prazo para pagar ou responder</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="336"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_interest_page.py" line="340"/>
        <source>{letter} ({country})</source>
        <translation>{letter} ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="41"/>
        <source>Phone call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="42"/>
        <source>Text message (SMS)</source>
        <translation>Mensagem de texto (SMS)</translation>
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
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="45"/>
        <source>Registered letter</source>
        <translation>Carta registrada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="46"/>
        <source>Hand over (lawyer, collector)</source>
        <translation>Encaminhar (advogado, empresa de cobrança)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="52"/>
        <source>The ladder needs at least one step.</source>
        <translation>A régua precisa de pelo menos uma etapa.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="53"/>
        <source>Step {row} must come on a later day than the step before it.</source>
        <translation>A etapa {row} deve cair em um dia posterior ao da etapa anterior.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="56"/>
        <source>Step {row}: the day must be within a year of the due date.</source>
        <translation>Etapa {row}: o dia deve ficar a no máximo um ano do vencimento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="59"/>
        <source>Step {row} sends a letter: choose which one.</source>
        <translation>A etapa {row} envia uma carta: escolha qual.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="62"/>
        <source>Step {row} is the same step as one above it: remove one of them.</source>
        <translation>A etapa {row} é igual a uma etapa acima dela: remova uma das duas.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="90"/>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="181"/>
        <source>Day from due date</source>
        <translation>Dia a partir do vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="91"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="93"/>
        <source>Fee ({currency})</source>
        <translation>Encargo ({currency})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="112"/>
        <source>Each unpaid installment climbs the ladder: a step falls due this many days after the due date (negative: before it). A fee is charged once, when the step is done.</source>
        <translation>Cada parcela em aberto sobe a régua: uma etapa vence este número de dias após o vencimento (negativo: antes dele). O encargo é cobrado uma só vez, quando a etapa é concluída.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="126"/>
        <source>&amp;Add step</source>
        <translation>&amp;Adicionar etapa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="127"/>
        <source>&amp;Remove</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="128"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="129"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="130"/>
        <source>Reset to &amp;default</source>
        <translation>Restaurar o &amp;padrão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="187"/>
        <source>— none —</source>
        <translation>— nenhuma —</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="193"/>
        <source>no fee</source>
        <translation>sem encargo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_ladder_page.py" line="255"/>
        <source>Step {row}, fee: {problem}</source>
        <translation>Etapa {row}, encargo: {problem}</translation>
    </message>
</context>
<context>
    <name>CollectionSettingsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="157"/>
        <source>Collection settings</source>
        <translation>Configurações de cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="162"/>
        <source>&amp;Ladder</source>
        <translation>&amp;Régua</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="163"/>
        <source>Contact &amp;limits</source>
        <translation>&amp;Limites de contato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="164"/>
        <source>&amp;Interest and fees</source>
        <translation>&amp;Juros e multas</translation>
    </message>
</context>
<context>
    <name>ContactError</name>
    <message>
        <location filename="../workshop_desk/services/collections.py" line="330"/>
        <source>a promise needs a date from today on and an amount</source>
        <extracomment>Shown after “The contact cannot be logged:”, so lower case and without a full stop.</extracomment>
        <translation>uma promessa precisa de uma data a partir de hoje e de um valor</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/collections.py" line="331"/>
        <source>say what the customer disputes</source>
        <translation>informe o que o cliente contesta</translation>
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
        <translation>Como</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="37"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="38"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="39"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="40"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="87"/>
        <source>Promised to pay {amount} by {day}</source>
        <translation>Prometeu pagar {amount} até {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="98"/>
        <source>Corrects the entry of {when}: {note}</source>
        <translation>Corrige o registro de {when}: {note}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="118"/>
        <source>Corrected by the entry of {when}</source>
        <translation>Corrigido pelo registro de {when}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/contacts_model.py" line="124"/>
        <source>A letter was recorded with this contact (see Letters)</source>
        <translation>Uma carta foi registrada com este contato (veja Cartas)</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="92"/>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="93"/>
        <source>New &amp;invoice…</source>
        <translation>&amp;Nova fatura…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="94"/>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pagamento…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="107"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="108"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="109"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="110"/>
        <source>Tax id</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="111"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="112"/>
        <source>Letters in</source>
        <translation>Idioma das cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="113"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="120"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="129"/>
        <source>Open balance</source>
        <translation>Saldo em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="130"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="131"/>
        <source>Days late (oldest)</source>
        <translation>Dias de atraso (mais antigo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="132"/>
        <source>Missed installments</source>
        <translation>Parcelas em atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="133"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="134"/>
        <source>Late interest to date</source>
        <translation>Juros de mora acumulados</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="135"/>
        <source>Collection charges</source>
        <translation>Encargos de cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="136"/>
        <source>Debt limit</source>
        <translation>Limite de crédito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="145"/>
        <source>Account</source>
        <translation>Conta</translation>
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
        <translation>Lançamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="156"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="157"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="158"/>
        <source>Charged</source>
        <translation>Faturado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="159"/>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="169"/>
        <source>Paid</source>
        <translation>Pago</translation>
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
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="166"/>
        <source>Installment</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="167"/>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="168"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="170"/>
        <source>Unpaid</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="171"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="177"/>
        <source>Statement of account</source>
        <translation>Extrato de conta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="178"/>
        <source>Installments</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="179"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="180"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="194"/>
        <source>Wri&amp;te off…</source>
        <translation>Dar &amp;baixa…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="195"/>
        <source>Give up part or all of the open balance, with a reason</source>
        <translation>Dar baixa (perda) de parte ou de todo o saldo em aberto, com um motivo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="196"/>
        <source>Re&amp;schedule…</source>
        <translation>&amp;Renegociar…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="197"/>
        <source>Turn the overdue balance into a new installment plan</source>
        <translation>Transformar o saldo vencido em um novo parcelamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="223"/>
        <source>Amount claimed</source>
        <translation>Valor cobrado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="228"/>
        <source>Ope&amp;n…</source>
        <translation>Abr&amp;ir…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="229"/>
        <source>Show the letter exactly as it was sent, to print or save it again</source>
        <translation>Mostrar a carta exatamente como foi enviada, para imprimir ou salvar de novo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="231"/>
        <source>&amp;Write a letter…</source>
        <translation>Gerar car&amp;ta…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="250"/>
        <source>Resol&amp;ve…</source>
        <translation>Reso&amp;lver…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="251"/>
        <source>Log that the dispute is settled: the account goes back on the ladder</source>
        <translation>Registrar que a contestação foi resolvida: a conta volta para a régua de cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="272"/>
        <source>&amp;Log a contact…</source>
        <translation>Regi&amp;strar contato…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="273"/>
        <source>Record a call, visit, message or note with its outcome</source>
        <translation>Registrar ligação, visita, mensagem ou anotação, com o resultado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="275"/>
        <source>Co&amp;rrect…</source>
        <translation>Corr&amp;igir…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="276"/>
        <source>Add an entry that corrects the selected one</source>
        <translation>Adicionar um registro que corrige o selecionado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="283"/>
        <source>Entries are evidence and are never changed: a mistake is corrected by a new entry.</source>
        <translation>Os registros servem de prova e nunca são alterados: um erro é corrigido com um novo registro.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="316"/>
        <source>Select a customer on the left</source>
        <translation>Selecione um cliente à esquerda</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="355"/>
        <source>the shop&apos;s language</source>
        <translation>o idioma da oficina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="373"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="376"/>
        <source>no credit (0)</source>
        <translation>sem crédito (0)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="382"/>
        <source>{used} of {limit} used</source>
        <translation>{used} de {limit} usados</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="392"/>
        <source>Nothing overdue.</source>
        <translation>Nada vencido.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="409"/>
        <source>Invoice (void)</source>
        <translation>Fatura (cancelada)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="410"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="411"/>
        <source>Written off</source>
        <translation>Baixa (perda)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="412"/>
        <source>Rescheduled</source>
        <translation>Renegociado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="420"/>
        <source>Moved to plan {number}</source>
        <translation>Transferido para o parcelamento {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="424"/>
        <source>{amount} in credit</source>
        <translation>{amount} a favor</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="452"/>
        <source>Deadline given: {day}</source>
        <translation>Prazo concedido: {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="476"/>
        <source>{letter} of {day} to {name}</source>
        <translation>{letter} de {day} para {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="501"/>
        <source>⏸ Paused until {day}: the customer promised to pay {amount}.</source>
        <translation>⏸ Em pausa até {day}: o cliente prometeu pagar {amount}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="504"/>
        <source>⚑ Disputed: {reason} — the ladder waits until it is resolved.</source>
        <translation>⚑ Em contestação: {reason} — a régua de cobrança aguarda até que seja resolvida.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="505"/>
        <source>no reason given</source>
        <translation>motivo não informado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="508"/>
        <source>⚖ Handed over to a lawyer or collector on {day}: no more reminders are planned.</source>
        <translation>⚖ Encaminhado a advogado ou empresa de cobrança em {day}: nenhum outro aviso está previsto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="567"/>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="568"/>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="569"/>
        <source>Bank transfer</source>
        <translation>Transferência/Pix</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="570"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="578"/>
        <source>paid</source>
        <translation>paga</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="579"/>
        <source>to pay</source>
        <translation>a pagar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="579"/>
        <source>part paid</source>
        <translation>paga em parte</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="580"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="581"/>
        <source>missed</source>
        <translation>em atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="587"/>
        <source>written off</source>
        <translation>baixada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="589"/>
        <source>moved</source>
        <translation>renegociada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="589"/>
        <source>Moved to the new plan {number}</source>
        <translation>Transferida para o novo parcelamento {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customer_detail.py" line="594"/>
        <source>{seq} of {count}</source>
        <translation>{seq} de {count}</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="93"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="95"/>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="96"/>
        <source>Person</source>
        <translation>Pessoa física</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="97"/>
        <source>Company</source>
        <translation>Pessoa jurídica</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="98"/>
        <source>Ta&amp;x id:</source>
        <translation>CPF/CNP&amp;J:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="99"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="100"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="101"/>
        <source>&amp;Address:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="102"/>
        <source>Postal co&amp;de:</source>
        <translation>C&amp;EP:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="104"/>
        <source>C&amp;ity:</source>
        <translation>Cid&amp;ade:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="106"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="108"/>
        <source>&amp;Letters in:</source>
        <translation>&amp;Idioma das cartas:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="109"/>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="111"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="113"/>
        <source>Empty: no limit. 0: no credit at all.</source>
        <translation>Vazio: sem limite. 0: nenhum crédito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="115"/>
        <source>Debt li&amp;mit:</source>
        <translation>Limite de c&amp;rédito:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="116"/>
        <source>Bl&amp;ocked: no new credit</source>
        <translation>B&amp;loqueado: sem novo crédito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="117"/>
        <source>No phone calls</source>
        <translation>Sem ligações</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="118"/>
        <source>No SMS or e-mail</source>
        <translation>Sem SMS nem e-mail</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="121"/>
        <source>from the first step</source>
        <translation>desde a primeira etapa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="124"/>
        <source> days after the due date</source>
        <translation> dias após o vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="128"/>
        <source>Start:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="134"/>
        <source>Reminders:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="135"/>
        <source>No&amp;tes:</source>
        <translation>Obser&amp;vações:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="145"/>
        <source>Two-letter country code; empty: the shop&apos;s country</source>
        <translation>Código do país com duas letras; vazio: o país da oficina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="154"/>
        <source>Same as the shop ({language})</source>
        <translation>Igual ao da oficina ({language})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="172"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="175"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="203"/>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="205"/>
        <source>Customer {code} — {name}</source>
        <translation>Cliente {code} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="229"/>
        <source>the shop&apos;s country ({country})</source>
        <translation>o país da oficina ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="277"/>
        <source>Enter a code: every customer needs one.</source>
        <translation>Informe um código: todo cliente precisa de um.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="279"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Informe o nome do cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="281"/>
        <source>The limit cannot be negative: 0 means no credit at all.</source>
        <translation>O limite não pode ser negativo: 0 significa nenhum crédito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="308"/>
        <source>Changed meanwhile</source>
        <translation>Alterado nesse meio-tempo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="310"/>
        <source>This customer was changed by someone else meanwhile. Close this window and open the customer again to see the changes.</source>
        <translation>Outra pessoa alterou este cliente nesse meio-tempo. Feche esta janela e abra o cliente de novo para ver as alterações.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="323"/>
        <source>Customer {code} ({name}) already has this code.</source>
        <translation>O cliente {code} ({name}) já tem este código.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="324"/>
        <source>Customer {code} ({name}) already has this code. Open that customer?</source>
        <translation>O cliente {code} ({name}) já tem este código. Abrir esse cliente?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="327"/>
        <source>Customer {code} ({name}) already has this tax id.</source>
        <translation>O cliente {code} ({name}) já tem este CPF/CNPJ.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="328"/>
        <source>Customer {code} ({name}) already has this tax id. Open that customer?</source>
        <translation>O cliente {code} ({name}) já tem este CPF/CNPJ. Abrir esse cliente?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="334"/>
        <source>Already in use</source>
        <translation>Já em uso</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="65"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="66"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="67"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="68"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="69"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="70"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/customers_model.py" line="71"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="30"/>
        <source>Search name, code, phone, city, plate or serial…</source>
        <translation>Buscar nome, código, telefone, cidade, placa ou nº de série…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="118"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="120"/>
        <source>{shown} of {count}</source>
        <translation>{shown} de {count}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="79"/>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Escolher a data em um calendário (Alt+Seta para baixo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="84"/>
        <source>A date like {example}; {iso} is understood too. Up and Down change it by a day.</source>
        <translation>Uma data como {example}; {iso} também é aceito. As setas para cima e para baixo mudam a data em um dia.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="155"/>
        <source>There is no {typed} in the calendar (the date stays {day}).</source>
        <translation>Não existe {typed} no calendário (a data continua {day}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="157"/>
        <source>Enter a date from {first} to {last} (the date stays {day}).</source>
        <translation>Informe uma data de {first} a {last} (a data continua {day}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="159"/>
        <source>A date is needed (the date stays {day}).</source>
        <translation>É preciso informar uma data (a data continua {day}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/date_edit.py" line="161"/>
        <source>Not a date: write it like {example} or {iso} (the date stays {day}).</source>
        <translation>Não é uma data: escreva como {example} ou {iso} (a data continua {day}).</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="64"/>
        <source>Welcome to Workshop Desk</source>
        <translation>Bem-vindo ao Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="82"/>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Tell the program about your shop: its name and address head every letter, its country sets the currency and the language. Or press &lt;i&gt;Load demo data&lt;/i&gt; to try the program with an invented shop first.</source>
        <translation>&lt;b&gt;Bem-vindo!&lt;/b&gt; Informe os dados da sua oficina: o nome e o endereço aparecem no cabeçalho de todas as cartas; o país define a moeda e o idioma. Ou clique em &lt;i&gt;Carregar dados de demonstração&lt;/i&gt; para experimentar primeiro o programa com uma oficina fictícia.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="93"/>
        <source>Shop &amp;name:</source>
        <translation>Nome da &amp;oficina:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="94"/>
        <source>&amp;Address:</source>
        <translation>Ende&amp;reço:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="95"/>
        <source>P&amp;ostal code:</source>
        <translation>C&amp;EP:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="97"/>
        <source>C&amp;ity:</source>
        <translation>Cid&amp;ade:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="101"/>
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="102"/>
        <source>Cu&amp;rrency:</source>
        <translation>Moe&amp;da:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="103"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="107"/>
        <source>&amp;Tax id:</source>
        <translation>CPF/CNP&amp;J:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="108"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="109"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="110"/>
        <source>Ban&amp;k:</source>
        <translation>Ba&amp;nco:</translation>
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
        <translation>Outro…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="56"/>
        <source>code, e.g. FR</source>
        <translation>código, ex.: PT</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="124"/>
        <source>Load &amp;demo data</source>
        <translation>Carre&amp;gar dados de demonstração</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="127"/>
        <source>Fill the program with an invented shop (150 customers with invoices and payments) in the language of the country chosen above</source>
        <translation>Preencher o programa com uma oficina fictícia (150 clientes com faturas e pagamentos) no idioma do país escolhido acima</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="137"/>
        <source>&amp;Save profile</source>
        <translation>Sal&amp;var perfil</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="107"/>
        <source>Three-letter currency code, e.g. EUR</source>
        <translation>Código da moeda com três letras, ex.: EUR</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="109"/>
        <source>Follows from the country</source>
        <translation>Definida pelo país</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="179"/>
        <source>Not empty any more</source>
        <translation>Não está mais vazio</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="181"/>
        <source>Someone else has set up this database meanwhile, so the demo was not loaded. Start the program again to see what it holds.</source>
        <translation>Outra pessoa configurou este banco de dados nesse meio-tempo, por isso a demonstração não foi carregada. Abra o programa de novo para ver o que ele contém.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="130"/>
        <source>Enter the name of your shop: it heads every letter.</source>
        <translation>Informe o nome da sua oficina: ele aparece no cabeçalho de todas as cartas.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="134"/>
        <source>Enter the country as its two-letter code, like FR, DE or ES.</source>
        <translation>Informe o país pelo código de duas letras, como PT, AR ou ES.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="138"/>
        <source>Enter the currency as its three-letter code, like EUR or CHF.</source>
        <translation>Informe a moeda pelo código de três letras, como EUR ou USD.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="154"/>
        <source>This is not a valid BIC: 8 or 11 letters and digits, like UNCRITMM.</source>
        <translation>Este BIC não é válido: são 8 ou 11 letras e dígitos, como BRASBRRJ.</translation>
    </message>
</context>
<context>
    <name>FormTexts</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="45"/>
        <source>that country</source>
        <translation>esse país</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="47"/>
        <source>This field cannot be empty.</source>
        <translation>Este campo não pode ficar vazio.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="48"/>
        <source>This is too long: please shorten it.</source>
        <translation>Texto longo demais: encurte-o, por favor.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="49"/>
        <source>The amount cannot be negative.</source>
        <translation>O valor não pode ser negativo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="50"/>
        <source>Write the country as its two-letter code, like IT, GB or HU.</source>
        <translation>Escreva o país pelo código de duas letras, como BR, IT ou HU.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="53"/>
        <source>This tax id has the wrong number of characters for {country}.</source>
        <translation>Este CPF/CNPJ tem o número errado de caracteres (país: {country}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="56"/>
        <source>This is not written like a tax id of {country}.</source>
        <translation>Isto não está escrito como um CPF/CNPJ (país: {country}).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="59"/>
        <source>The check digit of this tax id is wrong for {country}: probably a typing mistake.</source>
        <translation>O dígito verificador deste CPF/CNPJ está errado (país: {country}): provavelmente um erro de digitação.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="62"/>
        <source>This is not a valid e-mail address (it looks like name@example.com).</source>
        <translation>Este não é um e-mail válido (o formato é nome@exemplo.com).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="65"/>
        <source>This is not a valid phone number: digits, spaces and + - ( ) / only, at least 6 digits.</source>
        <translation>Este não é um telefone válido: use só dígitos, espaços e + - ( ) /, com pelo menos 6 dígitos.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/forms.py" line="68"/>
        <source>This is not a valid IBAN: check the country code, the length and the check digits.</source>
        <translation>Este IBAN não é válido: verifique o código do país, o tamanho e os dígitos verificadores.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="71"/>
        <source>Hand over {name}</source>
        <translation>Encaminhar {name} à cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="84"/>
        <source>Overdue {overdue}  ·  open balance {open}</source>
        <translation>Vencido {overdue}  ·  saldo em aberto {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="94"/>
        <source>⚠ This account was handed over on {day}. Handing it over again logs a new entry.</source>
        <translation>⚠ Esta conta foi encaminhada em {day}. Encaminhá-la de novo grava um novo registro.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="102"/>
        <source>To whom, and their reference (optional)</source>
        <translation>Para quem e o número de referência deles (opcional)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="109"/>
        <source>Preparing the case file…</source>
        <translation>Preparando o dossiê…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="116"/>
        <source>&amp;Save case file…</source>
        <translation>&amp;Salvar dossiê…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="118"/>
        <source>One PDF for the lawyer or collector: the account, the interest, the contact log and every letter</source>
        <translation>Um único PDF para o advogado ou a empresa de cobrança: a conta, os juros, o histórico de contatos e todas as cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="121"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Encaminhar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="123"/>
        <source>Log the hand-over: the account leaves the collection ladder and is marked as handed over</source>
        <translation>Registrar o encaminhamento: a conta sai da régua de cobrança e é marcada como encaminhada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="131"/>
        <source>Before handing over</source>
        <translation>Antes de encaminhar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="135"/>
        <source>&amp;Note:</source>
        <translation>&amp;Observação:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="167"/>
        <source>case file</source>
        <translation>dossiê</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="173"/>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="213"/>
        <source>Save case file</source>
        <translation>Salvar dossiê</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="173"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="202"/>
        <source>Case file saved as {name}.</source>
        <translation>Dossiê salvo como {name}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="214"/>
        <source>The case file could not be saved: {reason}.</source>
        <translation>Não foi possível salvar o dossiê: {reason}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="227"/>
        <source>Hand over</source>
        <translation>Encaminhar à cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="228"/>
        <source>Not every check is passed:

{checks}

Hand the account over all the same?</source>
        <translation>Nem todas as verificações foram atendidas:

{checks}

Encaminhar a conta à cobrança mesmo assim?</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="41"/>
        <source>Over the debt limit</source>
        <translation>Acima do limite de crédito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="42"/>
        <source>Missed installment</source>
        <translation>Parcela em atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="43"/>
        <location filename="../workshop_desk/ui/highlights.py" line="74"/>
        <location filename="../workshop_desk/ui/highlights.py" line="100"/>
        <source>Blocked: no new credit</source>
        <translation>Bloqueado: sem novo crédito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="44"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="82"/>
        <source>Over limit by {excess} — limit {limit}, open {open}</source>
        <translation>{excess} acima do limite — limite {limit}, em aberto {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/highlights.py" line="91"/>
        <source>Installment {seq} of {count} of invoice {number}, due {due}, {unpaid} unpaid</source>
        <translation>Parcela {seq} de {count} da fatura {number}, vencimento {due}, {unpaid} em aberto</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/highlights.py" line="103"/>
        <source>{amount} overdue, %n day(s) late</source>
        <translation>
            <numerusform>{amount} vencido, %n dia de atraso</numerusform>
            <numerusform>{amount} vencido, %n dias de atraso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="38"/>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="39"/>
        <source>Installment</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="40"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="41"/>
        <source>Collection charge</source>
        <translation>Encargo de cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="42"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="43"/>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="50"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="51"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="52"/>
        <source>invoice</source>
        <translation>fatura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="53"/>
        <source>issue date</source>
        <translation>data de emissão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="54"/>
        <source>due date</source>
        <translation>vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="55"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="56"/>
        <source>deposit</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="57"/>
        <source>status</source>
        <translation>situação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="58"/>
        <source>reason for voiding</source>
        <translation>motivo do cancelamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="59"/>
        <source>reason for credit beyond the limit</source>
        <translation>motivo do crédito acima do limite</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="60"/>
        <source>installment number</source>
        <translation>número da parcela</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="61"/>
        <source>amount</source>
        <translation>valor</translation>
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
        <translation>forma de pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="66"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="67"/>
        <source>debt limit</source>
        <translation>limite de crédito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="68"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="69"/>
        <source>handed over on</source>
        <translation>encaminhado à cobrança em</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="77"/>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="78"/>
        <source>void</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="79"/>
        <source>payment</source>
        <translation>pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="80"/>
        <source>write-off</source>
        <translation>baixa (perda)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="81"/>
        <source>moved to a new plan</source>
        <translation>transferido para um novo parcelamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="82"/>
        <source>cash</source>
        <translation>dinheiro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="83"/>
        <source>card</source>
        <translation>cartão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="84"/>
        <source>bank transfer</source>
        <translation>transferência/Pix</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="85"/>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="92"/>
        <source>added</source>
        <translation>inclusão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="93"/>
        <source>changed</source>
        <translation>alteração</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="94"/>
        <source>removed</source>
        <translation>exclusão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="115"/>
        <source>History of {name}</source>
        <translation>Histórico de {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="118"/>
        <source>Every change to invoices, installments, payments, write-offs and credit terms, newest first: when, who, and the value before and after. Nobody can edit this history.</source>
        <translation>Todas as alterações de faturas, parcelas, pagamentos, baixas e condições de crédito, das mais recentes para as mais antigas: quando, quem e o valor antes e depois. Ninguém pode editar este histórico.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="123"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="132"/>
        <source>No changes recorded yet.</source>
        <translation>Nenhuma alteração registrada ainda.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="134"/>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xportar dados pessoais…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="136"/>
        <source>Everything the shop holds about this customer, as a JSON file and a readable PDF</source>
        <translation>Tudo o que a oficina tem sobre este cliente, em um arquivo JSON e um PDF legível</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="138"/>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;Excluir dados pessoais…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="171"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="173"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="185"/>
        <source>Folder for the personal data files</source>
        <translation>Pasta para os arquivos de dados pessoais</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="194"/>
        <source>Personal data exported</source>
        <translation>Dados pessoais exportados</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="195"/>
        <source>Written, readable by you only:
{json}
{pdf}</source>
        <translation>Gravados, legíveis somente por você:
{json}
{pdf}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="201"/>
        <source>Erase personal data</source>
        <translation>Excluir dados pessoais</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="203"/>
        <source>Erase the personal data of {name}?

E-mail, phone, IBAN, notes, vehicles and the notes of the contact log are erased now. Name, tax id and address stay while the law requires the invoices to be kept; amounts and dates stay as accounting records. This cannot be undone.</source>
        <translation>Excluir os dados pessoais de {name}?

E-mail, telefone, IBAN, observações, veículos e as observações do histórico de contatos são excluídos agora. Nome, CPF/CNPJ e endereço permanecem enquanto a lei exigir a guarda das faturas; valores e datas permanecem como registros contábeis. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="216"/>
        <source>Not erased</source>
        <translation>Dados não excluídos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="219"/>
        <source>Erased. Name, tax id and address are kept until {day}, when the invoices may be discarded.</source>
        <translation>Dados excluídos. Nome, CPF/CNPJ e endereço ficam guardados até {day}, quando as faturas poderão ser descartadas.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="222"/>
        <source>Erased. Only amounts and dates remain, under the customer code.</source>
        <translation>Dados excluídos. Restam apenas valores e datas, sob o código do cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/history_dialog.py" line="223"/>
        <source>Personal data erased</source>
        <translation>Dados pessoais excluídos</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="135"/>
        <source>New invoice</source>
        <translation>Nova fatura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="153"/>
        <source>Type a code or a name</source>
        <translation>Digite um código ou um nome</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="165"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="166"/>
        <source>Register another vehicle or device of this customer</source>
        <translation>Cadastrar outro veículo ou aparelho deste cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="168"/>
        <source>Plate or serial number</source>
        <translation>Placa ou número de série</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="170"/>
        <source>Make and model, or device</source>
        <translation>Marca e modelo, ou aparelho</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="171"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="179"/>
        <source>What was done (shown on the invoice and in letters)</source>
        <translation>O que foi feito (aparece na fatura e nas cartas)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="184"/>
        <source>Payments are recorded against this invoice: to change the amounts, void it and issue a new one.</source>
        <translation>Há pagamentos registrados nesta fatura: para alterar os valores, cancele-a e emita uma nova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="193"/>
        <source>1 = no plan: the whole amount falls due on the due date</source>
        <translation>1 = sem parcelamento: o valor total vence na data de vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="195"/>
        <source>monthly</source>
        <translation>mensal</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="196"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="198"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="230"/>
        <source>Issue it anyway</source>
        <translation>Emitir mesmo assim</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="232"/>
        <source>Why (kept on record with the invoice)</source>
        <translation>Motivo (fica registrado com a fatura)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="233"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="244"/>
        <source>A warning only: the invoice can still be saved.</source>
        <translation>Apenas um aviso: a fatura ainda pode ser salva.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="253"/>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="258"/>
        <source>Void…</source>
        <translation>Cancelar fatura…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="283"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="284"/>
        <source>&amp;Vehicle / device:</source>
        <translation>&amp;Veículo / aparelho:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="285"/>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="286"/>
        <source>&amp;Issue date:</source>
        <translation>Data de &amp;emissão:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="287"/>
        <source>D&amp;ue date:</source>
        <translation>Venci&amp;mento:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="288"/>
        <source>&amp;Work done:</source>
        <translation>&amp;Serviço realizado:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="289"/>
        <source>&amp;Total:</source>
        <translation>&amp;Total:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="290"/>
        <source>&amp;Deposit:</source>
        <translation>Entr&amp;ada:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="297"/>
        <source>&amp;first due:</source>
        <translation>&amp;primeiro vencimento:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="304"/>
        <source>Install&amp;ments:</source>
        <translation>Parce&amp;las:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="305"/>
        <source>Installment plan</source>
        <translation>Parcelamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="427"/>
        <source>Invoice {number}</source>
        <translation>Fatura {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="428"/>
        <source>Save the change anyway</source>
        <translation>Salvar a alteração mesmo assim</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="466"/>
        <source>This invoice is void: {reason}</source>
        <translation>Esta fatura está cancelada: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="526"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="553"/>
        <source>Enter the plate or serial number.</source>
        <translation>Informe a placa ou o número de série.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="562"/>
        <source>{vehicle} (new)</source>
        <translation>{vehicle} (novo)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="651"/>
        <source>Enter the total to see the plan.</source>
        <translation>Informe o total para ver o parcelamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="657"/>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="959"/>
        <source>The deposit is larger than the total.</source>
        <translation>A entrada é maior que o total.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="670"/>
        <source>No plan: {amount} falls due on {day}.</source>
        <translation>Sem parcelamento: {amount} vence em {day}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="674"/>
        <source>{amount} in %n installment(s), the last on {day}.</source>
        <translation>
            <numerusform>{amount} em %n parcela, com vencimento em {day}.</numerusform>
            <numerusform>{amount} em %n parcelas, a última em {day}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="678"/>
        <source>Total {total} less deposit {deposit}: {rest}</source>
        <translation>Total {total} menos entrada {deposit}: {rest}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="710"/>
        <source>This customer is blocked: no new credit.</source>
        <translation>Este cliente está bloqueado: sem novo crédito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="713"/>
        <source>Enter the amounts to check the credit.</source>
        <translation>Informe os valores para verificar o crédito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="736"/>
        <source>Open balance {open} + the increase {amount} = {after}</source>
        <translation>Saldo em aberto {open} + o aumento {amount} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="738"/>
        <source>Open balance {open} + this invoice {amount} − credit {credit} = {after}</source>
        <translation>Saldo em aberto {open} + esta fatura {amount} − crédito {credit} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="740"/>
        <source>Open balance {open} + this invoice {amount} = {after}</source>
        <translation>Saldo em aberto {open} + esta fatura {amount} = {after}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="742"/>
        <source>{figures}; no debt limit.</source>
        <translation>{figures}; sem limite de crédito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="744"/>
        <source>{figures}, over the limit of {limit} by {excess}.</source>
        <translation>{figures}, {excess} acima do limite de {limit}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="749"/>
        <source>{figures}, within the limit of {limit}.</source>
        <translation>{figures}, dentro do limite de {limit}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="772"/>
        <source>Issued over the customer&apos;s credit terms: {reason}</source>
        <translation>Emitida fora das condições de crédito do cliente: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="800"/>
        <source>To save it, tick “{option}” and say why; or change the amounts.</source>
        <translation>Para salvar, marque “{option}” e informe o motivo; ou altere os valores.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="804"/>
        <source>Say why the invoice is issued anyway.</source>
        <translation>Informe por que a fatura é emitida mesmo assim.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="817"/>
        <source>Choose a customer from the list.</source>
        <translation>Escolha um cliente da lista.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="819"/>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="957"/>
        <source>Enter the invoice number.</source>
        <translation>Informe o número da fatura.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="917"/>
        <source>Void invoice {number}</source>
        <translation>Cancelar a fatura {number}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="918"/>
        <source>Why is this invoice voided? It stays on record and stops counting.</source>
        <translation>Por que esta fatura está sendo cancelada? Ela continua registrada, mas deixa de contar.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="945"/>
        <source>Number {taken} was taken meanwhile: {number} is the next free one. Save again.</source>
        <translation>O número {taken} foi usado nesse meio-tempo: {number} é o próximo livre. Salve de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="950"/>
        <source>Number {number} is taken: choose another.</source>
        <translation>O número {number} já está em uso: escolha outro.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="958"/>
        <source>Amounts cannot be negative.</source>
        <translation>Os valores não podem ser negativos.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="960"/>
        <source>The due date is before the issue date.</source>
        <translation>O vencimento é anterior à data de emissão.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="963"/>
        <source>The first installment falls due before the issue date.</source>
        <translation>A primeira parcela vence antes da data de emissão.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="967"/>
        <source>The installments do not add up to the total less the deposit.</source>
        <translation>A soma das parcelas não bate com o total menos a entrada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="969"/>
        <source>This invoice is void: it cannot be changed.</source>
        <translation>Esta fatura está cancelada: não pode ser alterada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="972"/>
        <source>An invoice stays with its customer: void it and issue a new one instead.</source>
        <translation>Uma fatura não pode mudar de cliente: cancele-a e emita uma nova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="974"/>
        <source>This invoice is void already.</source>
        <translation>Esta fatura já está cancelada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="975"/>
        <source>Say why the invoice is voided.</source>
        <translation>Informe o motivo do cancelamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="978"/>
        <source>The invoice cannot be saved: {reason}</source>
        <translation>Não é possível salvar a fatura: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="983"/>
        <source>Someone else changed this invoice meanwhile. Reload it to see their changes, then edit again.</source>
        <translation>Outra pessoa alterou esta fatura nesse meio-tempo. Recarregue-a para ver as alterações e edite de novo.</translation>
    </message>
</context>
<context>
    <name>InvoiceError</name>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="96"/>
        <source>the invoice needs a number</source>
        <extracomment>Shown after “The invoice cannot be saved:”, so lower case and without a full stop.</extracomment>
        <translation>a fatura precisa de um número</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="97"/>
        <source>amounts cannot be negative</source>
        <translation>os valores não podem ser negativos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="98"/>
        <source>the deposit is larger than the total</source>
        <translation>a entrada é maior que o total</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="99"/>
        <source>the due date is before the issue date</source>
        <translation>o vencimento é anterior à data de emissão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="100"/>
        <source>the installments do not add up to the total less the deposit</source>
        <translation>a soma das parcelas não bate com o total menos a entrada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="101"/>
        <source>an installment falls due before the invoice is issued</source>
        <translation>uma parcela vence antes da emissão da fatura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="104"/>
        <source>invoice number {number} exists already</source>
        <translation>a fatura número {number} já existe</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="105"/>
        <source>a void invoice cannot be changed</source>
        <translation>uma fatura cancelada não pode ser alterada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="106"/>
        <source>an invoice stays with its customer: void it and issue a new one instead</source>
        <translation>uma fatura não pode mudar de cliente: cancele-a e emita uma nova</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="109"/>
        <source>payments are recorded against this invoice: void it and issue a new one instead</source>
        <translation>há pagamentos registrados nesta fatura: cancele-a e emita uma nova</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="112"/>
        <source>say why the invoice is voided</source>
        <translation>informe o motivo do cancelamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/invoices.py" line="113"/>
        <source>the invoice is void already</source>
        <translation>a fatura já está cancelada</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="30"/>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="31"/>
        <source>partly paid</source>
        <translation>paga em parte</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="32"/>
        <source>paid</source>
        <translation>paga</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="33"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="34"/>
        <source>void</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="78"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="79"/>
        <source>Issued</source>
        <translation>Emissão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="80"/>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="81"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="82"/>
        <source>Vehicle / device</source>
        <translation>Veículo / aparelho</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="83"/>
        <source>Work</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="84"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="85"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="218"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n parcela</numerusform>
            <numerusform>%n parcelas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="236"/>
        <source>Paid {paid}, unpaid {unpaid}</source>
        <translation>Pago {paid}, em aberto {unpaid}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="240"/>
        <source>Overdue {amount}</source>
        <translation>Vencido {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/models/invoices_model.py" line="244"/>
        <source>%n missed installment(s)</source>
        <translation>
            <numerusform>%n parcela em atraso</numerusform>
            <numerusform>%n parcelas em atraso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="24"/>
        <source>Search number, customer, phone, plate or work…</source>
        <translation>Buscar número, cliente, telefone, placa ou serviço…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="72"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln fatura</numerusform>
            <numerusform>%Ln faturas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="113"/>
        <source>Letter to {name}</source>
        <translation>Carta para {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="151"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="153"/>
        <source>Record the letter in the customer&apos;s history and print it (Ctrl+P)</source>
        <translation>Registrar a carta no histórico do cliente e imprimi-la (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="154"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="157"/>
        <source>Record the letter in the customer&apos;s history and save it as a PDF (Ctrl+S)</source>
        <translation>Registrar a carta no histórico do cliente e salvá-la em PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="167"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="168"/>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="169"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="239"/>
        <source>A “{kind}” cannot be written for this customer.</source>
        <translation>Não é possível gerar a carta “{kind}” para este cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="249"/>
        <source>{problems}

Correct the text in Settings → Letter texts…</source>
        <translation>{problems}

Corrija o texto em Configurações → Textos das cartas…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="253"/>
        <source>The text of the “{kind}” in {language} has problems: the letter cannot be written.</source>
        <translation>O texto da carta “{kind}” em {language} tem problemas: a carta não pode ser gerada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="296"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="309"/>
        <source>Print letter</source>
        <translation>Imprimir carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="310"/>
        <source>The printer could not be opened. Nothing was recorded: check the printer and try again.</source>
        <translation>Não foi possível acessar a impressora. Nada foi registrado: verifique a impressora e tente de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="321"/>
        <source>Printed, and recorded in the customer&apos;s letters.</source>
        <translation>Impressa e registrada nas cartas do cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="331"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="346"/>
        <source>Save letter as PDF</source>
        <translation>Salvar carta como PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="331"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="347"/>
        <source>The letter could not be saved in {path}: {reason}. Nothing was recorded.</source>
        <translation>Não foi possível salvar a carta em {path}: {reason}. Nada foi registrado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="353"/>
        <source>Saved as {name}, and recorded in the customer&apos;s letters.</source>
        <translation>Salva como {name} e registrada nas cartas do cliente.</translation>
    </message>
</context>
<context>
    <name>LetterNames</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="27"/>
        <source>Courtesy reminder</source>
        <translation>Aviso de cortesia</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="28"/>
        <source>Payment reminder</source>
        <translation>Aviso de cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="29"/>
        <source>Second reminder</source>
        <translation>Segundo aviso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="30"/>
        <source>Formal claim letter</source>
        <translation>Notificação extrajudicial</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="31"/>
        <source>Missed installment notice</source>
        <translation>Aviso de parcela em atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="32"/>
        <source>Statement of account</source>
        <translation>Extrato de conta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="45"/>
        <source>The account is paid: there is nothing to remind.</source>
        <translation>A conta está paga: não há o que cobrar.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="46"/>
        <source>Nothing is overdue on this account. A courtesy reminder or a statement of account fits instead.</source>
        <translation>Nada está vencido nesta conta. Um aviso de cortesia ou um extrato de conta é mais adequado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="50"/>
        <source>No installment of a payment plan is missed on this account.</source>
        <translation>Nenhuma parcela de parcelamento está em atraso nesta conta.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="53"/>
        <source>Nothing is left to fall due on this account, so there is nothing to announce. A statement of account fits instead.</source>
        <translation>Não há nada a vencer nesta conta, portanto não há o que avisar. Um extrato de conta é mais adequado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="65"/>
        <source>No reminder was sent before this claim letter (the program has no record of one). A formal claim usually follows at least one payment reminder.</source>
        <translation>Nenhum aviso foi enviado antes desta notificação (o programa não tem registro de nenhum). Uma notificação extrajudicial normalmente vem depois de pelo menos um aviso de cobrança.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_names.py" line="71"/>
        <source>No reminder was sent before this second reminder (the program has no record of one).</source>
        <translation>Nenhum aviso foi enviado antes deste segundo aviso (o programa não tem registro de nenhum).</translation>
    </message>
</context>
<context>
    <name>LetterTextProblem</name>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="71"/>
        <source>the text is not valid TOML: {error}</source>
        <extracomment>A problem of a letter text the user edits in Settings → Letter texts; the quoted words are the TOML keys and placeholders of the file, which stay as they are.</extracomment>
        <translation>o texto não é um TOML válido: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="72"/>
        <source>the key &apos;{key}&apos; is missing</source>
        <translation>falta a chave &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="73"/>
        <source>the key &apos;{key}&apos; is not one of {keys}</source>
        <translation>a chave &apos;{key}&apos; não é nenhuma de {keys}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="74"/>
        <source>unknown placeholder {placeholder} in &apos;{key}&apos;</source>
        <translation>campo desconhecido {placeholder} em &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="75"/>
        <source>a brace in &apos;{key}&apos; is not part of a placeholder like {example}</source>
        <translation>em &apos;{key}&apos; há um sinal de chave que não faz parte de um campo como {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="78"/>
        <source>block markers such as [[items]] belong in the body, not in &apos;{key}&apos;</source>
        <translation>marcadores de bloco como [[items]] ficam no corpo, não em &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="81"/>
        <source>unknown block [[{block}]]</source>
        <translation>bloco desconhecido [[{block}]]</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="82"/>
        <source>a block marker must stand alone on its line: {line}</source>
        <translation>um marcador de bloco deve ficar sozinho na linha: {line}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/letters/templates.py" line="83"/>
        <source>no value for {placeholder}</source>
        <translation>sem valor para {placeholder}</translation>
    </message>
</context>
<context>
    <name>LetterTextsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="78"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="206"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="329"/>
        <source>Letter texts</source>
        <translation>Textos das cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="107"/>
        <source>Write {placeholders} such as {customer_name} or {deadline} where the letter fills in its figures; put blocks such as [[items]] or [[payment]] on a line of their own. Hover here for the full list.</source>
        <translation>Escreva {placeholders} (campos entre chaves), como {customer_name} ou {deadline}, onde a carta preenche os dados; coloque blocos como [[items]] ou [[payment]] sozinhos em uma linha. Passe o mouse aqui para ver a lista completa.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="114"/>
        <source>Placeholders: {names}
Blocks: {blocks}</source>
        <translation>Campos: {names}
Blocos: {blocks}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="119"/>
        <source>This text cannot be saved:</source>
        <translation>Este texto não pode ser salvo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="140"/>
        <source>&amp;Reset to default…</source>
        <translation>&amp;Restaurar o padrão…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="147"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="147"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="158"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="206"/>
        <source>Discard your changes to this text and open the other one?</source>
        <translation>Descartar as alterações deste texto e abrir o outro?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="237"/>
        <source>The shop&apos;s own text (edited).</source>
        <translation>Texto próprio da oficina (editado).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="237"/>
        <source>The text shipped with the program.</source>
        <translation>Texto original do programa.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="263"/>
        <source>The preview shows the last text without problems.</source>
        <translation>A prévia mostra o último texto sem problemas.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="269"/>
        <source>The letter cannot be laid out with this text: {error}</source>
        <translation>Não é possível montar a carta com este texto: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="273"/>
        <source>Sample: {kind} to {customer}, as of {day}. Nothing is recorded.</source>
        <translation>Exemplo: {kind} para {customer}, na data de {day}. Nada é registrado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="294"/>
        <source>Saved: new letters use this text.</source>
        <translation>Salvo: as novas cartas usam este texto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="301"/>
        <source>Reset to default</source>
        <translation>Restaurar o padrão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="302"/>
        <source>Replace the text of the “{kind}” in {language} with the text shipped with the program?</source>
        <translation>Substituir o texto da carta “{kind}” em {language} pelo texto original do programa?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="311"/>
        <source>The shipped text applies again.</source>
        <translation>O texto original voltou a valer.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="329"/>
        <source>Close without saving your changes?</source>
        <translation>Fechar sem salvar as alterações?</translation>
    </message>
</context>
<context>
    <name>LetterWarning</name>
    <message>
        <location filename="../workshop_desk/services/letters.py" line="71"/>
        <source>no reminder was sent before this second reminder (the program has no record of one)</source>
        <translation>nenhum aviso foi enviado antes deste segundo aviso (o programa não tem registro de nenhum)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/letters.py" line="74"/>
        <source>no reminder was sent before this claim letter (the program has no record of one)</source>
        <translation>nenhum aviso foi enviado antes desta notificação extrajudicial (o programa não tem registro de nenhum)</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="49"/>
        <source>An action that would break a limit is moved to the first day it is allowed, and the Today list says why. The defaults are the Russian rules for collecting from private persons (230-FZ); they are a sensible courtesy anywhere.</source>
        <translation>Uma ação que ultrapassaria um limite é adiada para o primeiro dia em que é permitida, e a lista Hoje informa o motivo. Os valores padrão são as regras russas de cobrança de pessoas físicas (lei 230-FZ); são uma boa cortesia em qualquer país.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="61"/>
        <source>At most</source>
        <translation>No máximo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="63"/>
        <source>Phone calls:</source>
        <translation>Ligações:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="64"/>
        <source>Text messages and e-mails:</source>
        <translation>SMS e e-mails:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="65"/>
        <source>Allowed hours</source>
        <translation>Horários permitidos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="67"/>
        <source>Working days:</source>
        <translation>Dias úteis:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="69"/>
        <source>Saturdays and Sundays:</source>
        <translation>Sábados e domingos:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a day</source>
        <translation>por dia</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="99"/>
        <source>a month</source>
        <translation>por mês</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="111"/>
        <source>from</source>
        <translation>das</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="113"/>
        <source>to</source>
        <translation>às</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="133"/>
        <source>A day cannot allow more than a week, nor a week more than a month.</source>
        <translation>Um dia não pode permitir mais que uma semana, nem uma semana mais que um mês.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/collection_settings_dialog.py" line="135"/>
        <source>The first allowed hour must come before the last.</source>
        <translation>O primeiro horário permitido deve vir antes do último.</translation>
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
        <translation>nova oficina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="66"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="67"/>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="68"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Faturas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="69"/>
        <source>&amp;Overdue</source>
        <translation>&amp;Vencidos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="70"/>
        <source>&amp;Reports</source>
        <translation>Rela&amp;tórios</translation>
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
        <translation>Novo &amp;cliente…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="107"/>
        <source>Add a customer</source>
        <translation>Cadastrar um cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="110"/>
        <source>New &amp;invoice…</source>
        <translation>Nova &amp;fatura…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="110"/>
        <source>Write an invoice or work order</source>
        <translation>Emitir uma fatura ou ordem de serviço</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="113"/>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pagamento…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="113"/>
        <source>Record money received</source>
        <translation>Registrar um valor recebido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="116"/>
        <source>&amp;Letter…</source>
        <translation>C&amp;arta…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="116"/>
        <source>Write a letter to the selected customer</source>
        <translation>Gerar uma carta para o cliente selecionado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="119"/>
        <source>Letters for &amp;selected…</source>
        <translation>Cartas para os &amp;selecionados…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="122"/>
        <source>Write the same kind of letter to every customer selected in the Overdue list</source>
        <translation>Gerar o mesmo tipo de carta para cada cliente selecionado na lista Vencidos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="125"/>
        <source>Letter &amp;texts…</source>
        <translation>&amp;Textos das cartas…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="125"/>
        <source>Edit the wording of the letters</source>
        <translation>Editar a redação das cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="127"/>
        <source>&amp;Open selected…</source>
        <translation>&amp;Abrir selecionado…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="128"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="129"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="131"/>
        <source>&amp;Legend of the marks</source>
        <translation>&amp;Legenda das marcações</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="132"/>
        <source>&amp;About Workshop Desk</source>
        <translation>&amp;Sobre o Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="134"/>
        <source>&amp;Done…</source>
        <translation>&amp;Concluir…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="135"/>
        <source>Log what came of the action selected in the Today tab</source>
        <translation>Registrar o resultado da ação selecionada na aba Hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="138"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Escrever e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="139"/>
        <source>E-mail the letter of the action selected in the Today tab</source>
        <translation>Enviar por e-mail a carta da ação selecionada na aba Hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="142"/>
        <source>Copy &amp;SMS text</source>
        <translation>Copiar texto &amp;SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="143"/>
        <source>Copy the text message of the action selected in the Today tab</source>
        <translation>Copiar o SMS da ação selecionada na aba Hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="145"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="150"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="151"/>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="152"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="153"/>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="160"/>
        <source>History and personal &amp;data…</source>
        <translation>Histórico e &amp;dados pessoais…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="163"/>
        <source>Every change to the customer&apos;s money and credit terms; export or erase their personal data</source>
        <translation>Todas as alterações nos valores e nas condições de crédito do cliente; exportar ou excluir os dados pessoais dele</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="166"/>
        <source>&amp;Backups…</source>
        <translation>Cópias de se&amp;gurança…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="166"/>
        <source>Make a copy of the shop&apos;s data, or restore one</source>
        <translation>Fazer uma cópia dos dados da oficina ou restaurar uma</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="191"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Encaminhar à cobrança…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="194"/>
        <source>Check an account, save its case file, hand it over</source>
        <translation>Verificar uma conta, salvar o dossiê e encaminhá-la à cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="197"/>
        <source>&amp;Collection…</source>
        <translation>&amp;Cobrança…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="197"/>
        <source>Ladder, contact limits, interest</source>
        <translation>Régua de cobrança, limites de contato, juros</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="199"/>
        <source>&amp;Account</source>
        <translation>C&amp;onta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="203"/>
        <source>&amp;Settings…</source>
        <translation>Confi&amp;gurações…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="203"/>
        <source>Language, your name, the shop&apos;s profile</source>
        <translation>Idioma, seu nome, os dados da oficina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="205"/>
        <source>&amp;Settings</source>
        <translation>Confi&amp;gurações</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="213"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="240"/>
        <source>Working out who owes what…</source>
        <translation>Calculando quem deve o quê…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="277"/>
        <source>As of {day}:  open {open}  ·  overdue {overdue}  ·  {over} over their limit  ·  {missed} with missed installments</source>
        <translation>Posição em {day}:  em aberto {open}  ·  vencido {overdue}  ·  {over} acima do limite  ·  {missed} com parcelas em atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="393"/>
        <source>Record payment</source>
        <translation>Registrar pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="393"/>
        <source>Select the customer who paid, then record the payment.</source>
        <translation>Selecione o cliente que pagou e depois registre o pagamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="425"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="425"/>
        <source>Select the customer to write to, then choose Letter… again.</source>
        <translation>Selecione o cliente destinatário e depois escolha Carta… de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="443"/>
        <source>Letters for selected</source>
        <translation>Cartas para os selecionados</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="445"/>
        <source>Select the customers in the Overdue list (Ctrl+click or Shift+click selects several), then choose Letters for selected… again.</source>
        <translation>Selecione os clientes na lista Vencidos (Ctrl+clique ou Shift+clique seleciona vários) e depois escolha Cartas para os selecionados… de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="469"/>
        <source>Hand over</source>
        <translation>Encaminhar à cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="469"/>
        <source>Select the customer to hand over, then choose Hand over… again.</source>
        <translation>Selecione o cliente a encaminhar e depois escolha Encaminhar à cobrança… de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="485"/>
        <source>History and personal data</source>
        <translation>Histórico e dados pessoais</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="486"/>
        <source>Select a customer first, then choose History and personal data… again.</source>
        <translation>Selecione primeiro um cliente e depois escolha Histórico e dados pessoais… de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="540"/>
        <source>&lt;p&gt;Rows are coloured &lt;b&gt;and&lt;/b&gt; marked with an icon; hover a row to read why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;As linhas são coloridas &lt;b&gt;e&lt;/b&gt; marcadas com um ícone; passe o mouse sobre uma linha para ler o motivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="550"/>
        <source>About Workshop Desk</source>
        <translation>Sobre o Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="551"/>
        <source>Workshop Desk {version}
Who owes the shop money, and what to do about it today.</source>
        <translation>Workshop Desk {version}
Quem deve dinheiro à oficina e o que fazer a respeito hoje.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../workshop_desk/ui/messages.py" line="113"/>
        <source>(PDF saved in {path}, please attach it)</source>
        <translation>(PDF salvo em {path}, anexe-o, por favor)</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="33"/>
        <source>empty = none</source>
        <translation>vazio = nenhum</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="39"/>
        <source>Amount in {symbol}, e.g. {example}</source>
        <translation>Valor em {symbol}, ex.: {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="70"/>
        <source>Enter an amount.</source>
        <translation>Informe um valor.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="75"/>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="87"/>
        <source>The amount is too large.</source>
        <translation>O valor é alto demais.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="77"/>
        <source>Not an amount: write it like {example}.</source>
        <translation>Não é um valor: escreva como {example}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="82"/>
        <source>The amount cannot be negative.</source>
        <translation>O valor não pode ser negativo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/money_edit.py" line="84"/>
        <source>At most two decimals.</source>
        <translation>No máximo duas casas decimais.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="148"/>
        <source>Correct a contact with {name}</source>
        <translation>Corrigir um contato com {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="150"/>
        <source>{step} — {name}</source>
        <translation>{step} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="151"/>
        <source>Log a contact with {name}</source>
        <translation>Registrar um contato com {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="157"/>
        <source>no phone number on file</source>
        <translation>nenhum telefone cadastrado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="161"/>
        <source>Select the number to copy it</source>
        <translation>Selecione o número para copiá-lo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="209"/>
        <source>&amp;How:</source>
        <translation>&amp;Como:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="224"/>
        <source>Pays &amp;by:</source>
        <translation>Paga a&amp;té:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="225"/>
        <source>Amo&amp;unt:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="229"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="424"/>
        <source>No&amp;te:</source>
        <translation>O&amp;bservação:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="244"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="256"/>
        <source>Overdue: {amount}</source>
        <translation>Vencido: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="258"/>
        <source>Nothing overdue yet</source>
        <translation>Nada vencido ainda</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="261"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dia de atraso</numerusform>
            <numerusform>%n dias de atraso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="262"/>
        <source>Open balance: {amount}</source>
        <translation>Saldo em aberto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="268"/>
        <source>Step: {step}</source>
        <translation>Etapa: {step}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="274"/>
        <source>Due since {day}.</source>
        <translation>Vencido desde {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="286"/>
        <source>Doing it today goes beyond the contact limit: log it only if it really happened.</source>
        <translation>Fazer isso hoje ultrapassa o limite de contato: registre só se realmente aconteceu.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="294"/>
        <source>Handing over takes the account off the ladder for good: the program plans no more reminders for it.</source>
        <translation>Encaminhar tira a conta da régua de cobrança de vez: o programa não prevê mais avisos para ela.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="309"/>
        <source>Entries in the contact log are evidence and are never changed. Saving adds a new entry that corrects the one of {when} ({channel}: {outcome}); say in the note what was wrong.</source>
        <translation>Os registros do histórico de contatos servem de prova e nunca são alterados. Ao salvar, é adicionado um novo registro que corrige o de {when} ({channel}: {outcome}); informe na observação o que estava errado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="323"/>
        <source>&amp;Write the letter…</source>
        <translation>&amp;Gerar a carta…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="324"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Escrever e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="325"/>
        <source>&amp;Copy SMS text</source>
        <translation>&amp;Copiar texto SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="326"/>
        <source>Prepare, print or save the step&apos;s letter; it is recorded when printed</source>
        <translation>Preparar, imprimir ou salvar a carta desta etapa; ela é registrada ao ser impressa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="328"/>
        <source>Save the letter as a PDF and open your e-mail program with the message in the customer&apos;s language</source>
        <translation>Salvar a carta em PDF e abrir seu programa de e-mail com a mensagem no idioma do cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="330"/>
        <source>Put a short text in the customer&apos;s language on the clipboard</source>
        <translation>Copiar para a área de transferência um texto curto no idioma do cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="351"/>
        <source>&amp;Handed over</source>
        <translation>&amp;Encaminhado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="351"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="365"/>
        <source>S&amp;kip this step</source>
        <translation>Pu&amp;lar esta etapa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="353"/>
        <source>&amp;E-mail sent</source>
        <translation>E-mail envi&amp;ado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="354"/>
        <source>SMS s&amp;ent</source>
        <translation>SMS envi&amp;ado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="355"/>
        <source>&amp;Letter printed/sent</source>
        <translation>Carta impressa/envi&amp;ada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="357"/>
        <source>&amp;Reached</source>
        <translation>Contato &amp;feito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="358"/>
        <source>&amp;No answer</source>
        <translation>Sem &amp;resposta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="359"/>
        <source>&amp;Promised to pay</source>
        <translation>&amp;Prometeu pagar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="360"/>
        <source>&amp;Disputed</source>
        <translation>C&amp;ontestou</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="361"/>
        <source>Wron&amp;g number</source>
        <translation>Número &amp;errado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="366"/>
        <source>Only a n&amp;ote (the step stays on the list)</source>
        <translation>Só uma a&amp;notação (a etapa continua na lista)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="368"/>
        <source>Only a n&amp;ote</source>
        <translation>Só uma a&amp;notação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="370"/>
        <source>Dispute resol&amp;ved</source>
        <translation>Contestação resolv&amp;ida</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="374"/>
        <source>What came of it?</source>
        <translation>Qual foi o resultado?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="421"/>
        <source>Disputes wh&amp;at:</source>
        <translation>Contesta o &amp;quê:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="422"/>
        <source>Wh&amp;y skip:</source>
        <translation>Por &amp;que pular:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="426"/>
        <source>Required: what the customer disputes, in their words</source>
        <translation>Obrigatório: o que o cliente contesta, nas palavras dele</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="427"/>
        <source>Required: why this step is skipped</source>
        <translation>Obrigatório: por que esta etapa é pulada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="428"/>
        <source>How the dispute was settled</source>
        <translation>Como a contestação foi resolvida</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="430"/>
        <source>What was said or done (optional)</source>
        <translation>O que foi dito ou feito (opcional)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="432"/>
        <source>Required: what was wrong in the entry corrected</source>
        <translation>Obrigatório: o que estava errado no registro corrigido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="452"/>
        <source>Calls are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the call can still be logged.</source>
        <translation>Ligações são permitidas das {start}:00 às {end}:00 em dias úteis e das {weekend_start}:00 às {weekend_end}:00 nos fins de semana (limites de contato). Agora são {now}: a ligação ainda pode ser registrada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="458"/>
        <source>Messages are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the message can still be logged.</source>
        <translation>Mensagens são permitidas das {start}:00 às {end}:00 em dias úteis e das {weekend_start}:00 às {weekend_end}:00 nos fins de semana (limites de contato). Agora são {now}: a mensagem ainda pode ser registrada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="502"/>
        <source>The “{letter}” is recorded in the customer&apos;s letters. Save to log the step as done.</source>
        <translation>A carta “{letter}” foi registrada nas cartas do cliente. Salve para registrar a etapa como concluída.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="514"/>
        <source>No letter can be e-mailed: {reason}</source>
        <translation>Nenhuma carta pode ser enviada por e-mail: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="518"/>
        <source>The PDF could not be saved: {reason}. Nothing was recorded.</source>
        <translation>Não foi possível salvar o PDF: {reason}. Nada foi registrado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="530"/>
        <source>The PDF is saved in {path}. Your e-mail program opens with the message: attach the PDF, send it, then save here.</source>
        <translation>O PDF foi salvo em {path}. Seu programa de e-mail abre com a mensagem: anexe o PDF, envie e depois salve aqui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="535"/>
        <source>The PDF is saved in {path}, but no e-mail program could be opened: send it another way, then save here.</source>
        <translation>O PDF foi salvo em {path}, mas nenhum programa de e-mail pôde ser aberto: envie de outra forma e depois salve aqui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="539"/>
        <source>The customer has no e-mail address on file: fill in the recipient.</source>
        <translation>O cliente não tem e-mail cadastrado: preencha o destinatário.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="543"/>
        <source>E-mail “{subject}” with {file}</source>
        <translation>E-mail “{subject}” com {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="553"/>
        <source>No text message fits: {reason}</source>
        <translation>Nenhum SMS se aplica: {reason}</translation>
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
            <numerusform>Copiado para a área de transferência (%n caractere): “{text}” Envie e depois salve aqui.</numerusform>
            <numerusform>Copiado para a área de transferência (%n caracteres): “{text}” Envie e depois salve aqui.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="625"/>
        <source>The contact cannot be logged: {reason}</source>
        <translation>Não é possível registrar o contato: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="581"/>
        <source>Choose what came of it.</source>
        <translation>Escolha o resultado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="588"/>
        <source>The day the customer will pay cannot be in the past.</source>
        <translation>A data em que o cliente vai pagar não pode estar no passado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="595"/>
        <source>Enter the amount promised.</source>
        <translation>Informe o valor prometido.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="598"/>
        <source>Say what the customer disputes: the account is paused until it is resolved.</source>
        <translation>Informe o que o cliente contesta: a conta fica em pausa até que isso seja resolvido.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="601"/>
        <source>Say why the step is skipped: the log is evidence.</source>
        <translation>Informe por que a etapa é pulada: o histórico serve de prova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="603"/>
        <source>Say what was wrong in the entry you correct.</source>
        <translation>Informe o que estava errado no registro que você corrige.</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="28"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="29"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="30"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="31"/>
        <source>Open balance</source>
        <translation>Saldo em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="32"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="33"/>
        <source>Days late</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="34"/>
        <source>Missed installments</source>
        <translation>Parcelas em atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="35"/>
        <source>Debt limit</source>
        <translation>Limite de crédito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/overdue_model.py" line="85"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
</context>
<context>
    <name>OverdueTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="28"/>
        <source>Search name, code or phone…</source>
        <translation>Buscar nome, código ou telefone…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="79"/>
        <source>Working out who owes what…</source>
        <translation>Calculando quem deve o quê…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="81"/>
        <source>%n customer(s) need attention</source>
        <translation>
            <numerusform>%n cliente precisa de atenção</numerusform>
            <numerusform>%n clientes precisam de atenção</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="135"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Saldo total</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="138"/>
        <source>Fill in what is unpaid on the chosen invoice, or the customer&apos;s whole open balance</source>
        <translation>Preencher o valor em aberto da fatura escolhida ou todo o saldo em aberto do cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="144"/>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="145"/>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="146"/>
        <source>Bank transfer</source>
        <translation>Transferência/Pix</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="147"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="151"/>
        <source>Receipt, transfer or card slip number (optional)</source>
        <translation>Nº do recibo, da transferência/Pix ou do comprovante do cartão (opcional)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="158"/>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="159"/>
        <source>Installment</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="160"/>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="161"/>
        <source>Unpaid before</source>
        <translation>Em aberto antes</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="162"/>
        <source>Paid now</source>
        <translation>Pago agora</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="163"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="211"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="212"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="213"/>
        <source>&amp;Method:</source>
        <translation>&amp;Forma de pagamento:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="214"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Comprovante:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="215"/>
        <source>&amp;Pays:</source>
        <translation>&amp;Referente a:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="217"/>
        <source>What it pays</source>
        <translation>O que será quitado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="257"/>
        <source>Payment from {name}</source>
        <translation>Pagamento de {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="262"/>
        <source>(on account: oldest first)</source>
        <translation>(por conta: mais antigas primeiro)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="265"/>
        <source>{number} · {unpaid} unpaid · next due {day}</source>
        <translation>{number} · {unpaid} em aberto · próximo vencimento {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="274"/>
        <source>{number} · nothing unpaid</source>
        <translation>{number} · nada em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="282"/>
        <source>Open balance {amount}</source>
        <translation>Saldo em aberto {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="284"/>
        <source>of which {amount} overdue</source>
        <translation>dos quais {amount} vencidos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="286"/>
        <source>credit {amount}</source>
        <translation>crédito {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="332"/>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="417"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Um pagamento não pode ter data futura.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="354"/>
        <source>Enter the amount to see what it pays.</source>
        <translation>Informe o valor para ver o que ele quita.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="361"/>
        <source>Nothing is owed: all of it becomes credit.</source>
        <translation>Nada em aberto: todo o valor vira crédito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="364"/>
        <source>ℹ {amount} becomes credit: it is more than the customer owes.</source>
        <translation>ℹ {amount} vira crédito: é mais do que o cliente deve.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="368"/>
        <source>Open balance after: {amount}</source>
        <translation>Saldo em aberto depois: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="370"/>
        <source>{balance} · credit {amount}</source>
        <translation>{balance} · crédito {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="379"/>
        <source>{seq} of {count}</source>
        <translation>{seq} de {count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="383"/>
        <source>settled</source>
        <translation>quitada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="383"/>
        <source>part</source>
        <translation>parcial</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="397"/>
        <source>Enter an amount.</source>
        <translation>Informe um valor.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="415"/>
        <source>Enter an amount more than zero.</source>
        <translation>Informe um valor maior que zero.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="416"/>
        <source>The amount is too large.</source>
        <translation>O valor é alto demais.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="418"/>
        <source>This invoice is not one of this customer&apos;s.</source>
        <translation>Esta fatura não é deste cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="420"/>
        <source>The payment cannot be recorded: {reason}</source>
        <translation>Não é possível registrar o pagamento: {reason}</translation>
    </message>
</context>
<context>
    <name>PaymentError</name>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="31"/>
        <source>the amount must be more than zero</source>
        <extracomment>Shown after “The payment cannot be recorded:”, so lower case and without a full stop.</extracomment>
        <translation>o valor deve ser maior que zero</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="32"/>
        <source>the amount is too large</source>
        <translation>o valor é alto demais</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="33"/>
        <source>a payment cannot be dated in the future</source>
        <translation>um pagamento não pode ter data futura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="34"/>
        <source>unknown payment method {method}</source>
        <translation>forma de pagamento {method} desconhecida</translation>
    </message>
    <message>
        <location filename="../workshop_desk/services/payments.py" line="35"/>
        <source>the invoice is not one of this customer&apos;s</source>
        <translation>a fatura não é deste cliente</translation>
    </message>
</context>
<context>
    <name>PercentEdit</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="35"/>
        <source>A rate in per cent, e.g. {example}</source>
        <translation>Uma taxa em porcentagem, ex.: {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="57"/>
        <source>Enter a rate (0 for none).</source>
        <translation>Informe uma taxa (0 para nenhuma).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="62"/>
        <source>The rate is too large.</source>
        <translation>A taxa é alta demais.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="64"/>
        <source>Not a rate: write it like {example}.</source>
        <translation>Não é uma taxa: escreva como {example}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="69"/>
        <source>The rate cannot be negative.</source>
        <translation>A taxa não pode ser negativa.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/percent_edit.py" line="71"/>
        <source>At most four decimals.</source>
        <translation>No máximo quatro casas decimais.</translation>
    </message>
</context>
<context>
    <name>PrivacyError</name>
    <message>
        <location filename="../workshop_desk/services/privacy.py" line="65"/>
        <source>the customer still owes money: settle or write off the balance first</source>
        <translation>o cliente ainda deve dinheiro: quite o saldo ou dê baixa nele primeiro</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="26"/>
        <source>A payment reminder was sent on {day}.</source>
        <translation>Um aviso de cobrança foi enviado em {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="27"/>
        <source>A reminder step was done on {day} (contact log).</source>
        <translation>Uma etapa de aviso foi concluída em {day} (histórico de contatos).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="28"/>
        <source>No payment reminder or second reminder has been sent yet.</source>
        <translation>Nenhum aviso de cobrança ou segundo aviso foi enviado ainda.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="31"/>
        <source>The statement of account adds up: the customer owes {expected}.</source>
        <translation>O extrato de conta fecha: o cliente deve {expected}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="34"/>
        <source>The statement of account ends on {found}, but the open installments come to {expected}. Check the invoices and their installments first.</source>
        <translation>O extrato de conta fecha em {found}, mas as parcelas em aberto somam {expected}. Verifique primeiro as faturas e suas parcelas.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="39"/>
        <source>No open dispute.</source>
        <translation>Nenhuma contestação em aberto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="40"/>
        <source>The customer has disputed the debt since {day}: “{note}”. Settle the dispute first.</source>
        <translation>O cliente contesta a dívida desde {day}: “{note}”. Resolva a contestação primeiro.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="45"/>
        <source>The statement of account adds up: the customer is {credit} in credit.</source>
        <translation>O extrato de conta fecha: o cliente tem {credit} a favor.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="61"/>
        <source>A formal claim or a hand-over should follow at least one reminder: the lawyer will ask for it.</source>
        <translation>Uma notificação extrajudicial ou um encaminhamento à cobrança deve vir depois de pelo menos um aviso: o advogado vai pedir isso.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="65"/>
        <source>The amount handed over must be the one the statement of account shows, to the cent.</source>
        <translation>O valor encaminhado deve ser exatamente o do extrato de conta, até o centavo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="68"/>
        <source>A disputed debt is not collected by a lawyer until the dispute is settled or answered.</source>
        <translation>Uma dívida contestada não é cobrada por advogado até que a contestação seja resolvida ou respondida.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="94"/>
        <source>passed</source>
        <translation>atendida</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/readiness_list.py" line="96"/>
        <source>not passed</source>
        <translation>não atendida</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="56"/>
        <source>The shop&apos;s database is damaged</source>
        <translation>O banco de dados da oficina está danificado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="57"/>
        <source>Workshop Desk checked {file} before opening it and found damage. It will not work on a damaged file, so that nothing is lost or miscounted.</source>
        <translation>O Workshop Desk verificou {file} antes de abri-lo e encontrou danos. Ele não trabalha com um arquivo danificado, para que nada se perca nem seja calculado errado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="66"/>
        <source>There is no good backup in {folder}. Keep the file as it is and ask a technician.</source>
        <translation>Não há nenhuma cópia de segurança válida em {folder}. Mantenha o arquivo como está e chame um técnico.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="77"/>
        <source>The newest good backup is from {when}. Restore it? Work done after that time must be entered again. The damaged file is kept in the backups folder.</source>
        <translation>A cópia de segurança válida mais recente é de {when}. Restaurá-la? O que foi lançado depois desse momento terá de ser digitado de novo. O arquivo danificado fica guardado na pasta das cópias de segurança.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="84"/>
        <source>Restore the backup</source>
        <translation>Restaurar a cópia</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="86"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/recovery.py" line="94"/>
        <source>Restore failed</source>
        <translation>Falha na restauração</translation>
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
        <translation>Vencido no fim do mês</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/widgets/report_charts.py" line="188"/>
        <source>Overdue on {day}: {amount}</source>
        <translation>Vencido em {day}: {amount}</translation>
    </message>
</context>
<context>
    <name>ReportRows</name>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="42"/>
        <source>Age of the debt</source>
        <translation>Faixa de atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="43"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="44"/>
        <source>Share</source>
        <translation>Participação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="50"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="51"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="52"/>
        <source>Open balance</source>
        <translation>Saldo em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="53"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="54"/>
        <source>Oldest debt</source>
        <translation>Dívida mais antiga</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="60"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="61"/>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="62"/>
        <source>Paid in full</source>
        <translation>Pagaram tudo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="63"/>
        <source>Paid something</source>
        <translation>Pagaram algo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="98"/>
        <source>Total open</source>
        <translation>Total em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="141"/>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/models/report_rows.py" line="154"/>
        <source>Of {sent} accounts sent this letter, {paid} paid in full and {some} paid at least something within 14 days.</source>
        <translation>Das {sent} contas que receberam esta carta, {paid} pagaram tudo e {some} pagaram pelo menos algo em até 14 dias.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="36"/>
        <source>Not due yet</source>
        <translation>A vencer</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="37"/>
        <source>1–30 days late</source>
        <translation>1–30 dias de atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="38"/>
        <source>31–60 days late</source>
        <translation>31–60 dias de atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="39"/>
        <source>61–90 days late</source>
        <translation>61–90 dias de atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/report_texts.py" line="40"/>
        <source>More than 90 days late</source>
        <translation>Mais de 90 dias de atraso</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="183"/>
        <source>Every figure on this page is worked out as of this day</source>
        <translation>Todos os números desta página são calculados na posição deste dia</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="185"/>
        <source>As of:</source>
        <translation>Posição em:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="187"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="188"/>
        <source>Work the figures out again from the data</source>
        <translation>Recalcular os números a partir dos dados</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="209"/>
        <source>Total open</source>
        <translation>Total em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="209"/>
        <source>Everything customers owe, due or not</source>
        <translation>Tudo o que os clientes devem, vencido ou não</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="210"/>
        <source>Total overdue</source>
        <translation>Total vencido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="210"/>
        <source>What should have been paid by now</source>
        <translation>O que já deveria ter sido pago</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="212"/>
        <source>Days sales outstanding</source>
        <translation>PMR (prazo médio de recebimento)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="214"/>
        <source>How many days of credit sales are still unpaid: the open balance divided by the credit sales of the last 90 days, times 90. Lower is better.</source>
        <translation>Quantos dias de vendas a prazo ainda estão em aberto: o saldo em aberto dividido pelas vendas a prazo dos últimos 90 dias, vezes 90. Quanto menor, melhor.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="218"/>
        <source>Collected this month</source>
        <translation>Recebido neste mês</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="220"/>
        <source>Over their debt limit</source>
        <translation>Acima do limite de crédito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="220"/>
        <source>Accounts whose open balance is above their debt limit</source>
        <translation>Contas cujo saldo em aberto está acima do limite de crédito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="222"/>
        <source>Written off this year</source>
        <translation>Baixas (perda) neste ano</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="247"/>
        <source>Age of the open balance</source>
        <translation>Vencimentos por faixa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="253"/>
        <source>Aging report as P&amp;DF…</source>
        <translation>Vencimentos por faixa em P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="254"/>
        <source>Every customer who owes money, by the age of the debt, as a PDF</source>
        <translation>Todos os clientes que devem dinheiro, por faixa de atraso, em PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="256"/>
        <source>Agin&amp;g report as CSV…</source>
        <translation>Vencimentos por faixa em C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="258"/>
        <source>Every customer who owes money, by the age of the debt, for a spreadsheet</source>
        <translation>Todos os clientes que devem dinheiro, por faixa de atraso, para planilha</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="276"/>
        <source>Overdue at each month end, last 24 months</source>
        <translation>Vencido no fim de cada mês, últimos 24 meses</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="281"/>
        <source>Top 10 debtors</source>
        <translation>Os 10 maiores devedores</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="287"/>
        <source>Statement of the selected c&amp;ustomer…</source>
        <translation>Extrato do c&amp;liente selecionado…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="289"/>
        <source>Save the statement of account of the customer selected above, as PDF or CSV</source>
        <translation>Salvar o extrato de conta do cliente selecionado acima, em PDF ou CSV</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="292"/>
        <source>Double-click a customer to open them.</source>
        <translation>Clique duas vezes em um cliente para abri-lo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="304"/>
        <source>Do the letters work?</source>
        <translation>As cartas funcionam?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="323"/>
        <source>Share of the open balance in each age group</source>
        <translation>Participação de cada faixa de atraso no saldo em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="473"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="490"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="525"/>
        <source>Working out the figures…</source>
        <translation>Calculando os números…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="477"/>
        <source>The figures could not be worked out.</source>
        <translation>Não foi possível calcular os números.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="479"/>
        <source>Figures as of {day}</source>
        <translation>Números na posição de {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="534"/>
        <source>%Ln customer(s) owe money</source>
        <translation>
            <numerusform>%Ln cliente deve dinheiro</numerusform>
            <numerusform>%Ln clientes devem dinheiro</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="536"/>
        <source>{share} of the open balance</source>
        <translation>{share} do saldo em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="554"/>
        <source>No credit sales in the last 90 days</source>
        <translation>Nenhuma venda a prazo nos últimos 90 dias</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="557"/>
        <source>{days} days</source>
        <translation>{days} dias</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="558"/>
        <source>Against the credit sales of the last 90 days</source>
        <translation>Sobre as vendas a prazo dos últimos 90 dias</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="540"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln conta</numerusform>
            <numerusform>%Ln contas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="541"/>
        <source>{balance} open, {excess} above their limits</source>
        <translation>{balance} em aberto, {excess} acima dos limites</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="545"/>
        <source>Nobody is over their limit</source>
        <translation>Ninguém está acima do limite</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="547"/>
        <source>Written off in {year}</source>
        <translation>Baixas (perda) em {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="549"/>
        <source>%Ln write-off(s)</source>
        <translation>
            <numerusform>%Ln baixa</numerusform>
            <numerusform>%Ln baixas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="567"/>
        <source>Collected in {month}</source>
        <translation>Recebido em {month}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="572"/>
        <source>▲ {difference} more than in {month} ({amount})</source>
        <translation>▲ {difference} a mais que em {month} ({amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="574"/>
        <source>▼ {difference} less than in {month} ({amount})</source>
        <translation>▼ {difference} a menos que em {month} ({amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="576"/>
        <source>= the same as in {month} ({amount})</source>
        <translation>= o mesmo que em {month} ({amount})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="581"/>
        <source>Payments received from the 1st of the month to the as-of date, against all of last month</source>
        <translation>Pagamentos recebidos do dia 1º do mês até a data da posição, comparados com todo o mês anterior</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="587"/>
        <source>How many accounts paid within 14 days after each kind of letter.</source>
        <translation>Quantas contas pagaram em até 14 dias depois de cada tipo de carta.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="591"/>
        <source>Letters dated {first} to {last} (each has had its 14 days). Paid in full: within 14 days the customer paid at least what the letter asked for. Paid something: any payment.</source>
        <translation>Cartas com data de {first} a {last} (todas já tiveram seus 14 dias). Pagaram tudo: em até 14 dias o cliente pagou pelo menos o valor cobrado na carta. Pagaram algo: qualquer pagamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="618"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="621"/>
        <source>CSV files for a spreadsheet (*.csv)</source>
        <translation>Arquivos CSV para planilha (*.csv)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="639"/>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="649"/>
        <source>aging report</source>
        <translation>vencimentos por faixa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="640"/>
        <source>Save aging report as PDF</source>
        <translation>Salvar vencimentos por faixa em PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="650"/>
        <source>Save aging report as CSV</source>
        <translation>Salvar vencimentos por faixa em CSV</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="659"/>
        <source>Statement</source>
        <translation>Extrato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="660"/>
        <source>Select a customer in the list of top debtors, then choose Statement… again.</source>
        <translation>Selecione um cliente na lista dos maiores devedores e depois escolha Extrato do cliente selecionado… de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="665"/>
        <source>statement</source>
        <translation>extrato</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="666"/>
        <source>Save statement of account</source>
        <translation>Salvar extrato de conta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="678"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="684"/>
        <source>Saved as {path}</source>
        <translation>Salvo como {path}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="694"/>
        <source>Not saved: {reason}</source>
        <translation>Não salvo: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="696"/>
        <source>Export</source>
        <translation>Exportação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/reports_tab.py" line="696"/>
        <source>The file could not be saved: {reason}.</source>
        <translation>Não foi possível salvar o arquivo: {reason}.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="99"/>
        <source>monthly</source>
        <translation>mensal</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="100"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="126"/>
        <source>Optional: what was agreed, with whom</source>
        <translation>Opcional: o que foi combinado e com quem</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="133"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Renegociar…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="137"/>
        <source>Move into the new plan</source>
        <translation>Passar para o novo parcelamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="147"/>
        <source>&amp;first due:</source>
        <translation>&amp;primeiro vencimento:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="154"/>
        <source>Install&amp;ments:</source>
        <translation>Parce&amp;las:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="156"/>
        <source>&amp;Note:</source>
        <translation>&amp;Observação:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="157"/>
        <source>New installment plan</source>
        <translation>Novo parcelamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="196"/>
        <source>Reschedule — {name}</source>
        <translation>Renegociação — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="200"/>
        <source>The &amp;overdue balance: {amount}</source>
        <translation>O saldo &amp;vencido: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="201"/>
        <source>The w&amp;hole open balance: {amount}</source>
        <translation>&amp;Todo o saldo em aberto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="239"/>
        <source>Nothing is owed: there is nothing to reschedule.</source>
        <translation>Nada em aberto: não há o que renegociar.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="243"/>
        <source>{amount} falls due on {day}.</source>
        <translation>{amount} vence em {day}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="247"/>
        <source>{amount} in %n installment(s), the last on {day}.</source>
        <translation>
            <numerusform>{amount} em %n parcela, com vencimento em {day}.</numerusform>
            <numerusform>{amount} em %n parcelas, a última em {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="267"/>
        <source>Move {amount} of the debt of {name} into a new plan of %n installment(s)?</source>
        <translation>
            <numerusform>Passar {amount} da dívida de {name} para um novo parcelamento em %n parcela?</numerusform>
            <numerusform>Passar {amount} da dívida de {name} para um novo parcelamento em %n parcelas?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="251"/>
        <source>{plan} It replaces what is open of {invoices}, which stays in the history.</source>
        <translation>{plan} Substitui o saldo em aberto de {invoices}, que continua no histórico.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="256"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>A primeira parcela não pode vencer antes de hoje.</translation>
    </message>
</context>
<context>
    <name>ScoreTexts</name>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="29"/>
        <source>the installment due was not paid on time</source>
        <translation>a parcela devida não foi paga em dia</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="30"/>
        <source>{late} of %n installments not paid on time</source>
        <translation>
            <numerusform>{late} de %n parcela não paga em dia</numerusform>
            <numerusform>{late} de %n parcelas não pagas em dia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="32"/>
        <source>%n day(s) late on average</source>
        <translation>
            <numerusform>%n dia de atraso em média</numerusform>
            <numerusform>%n dias de atraso em média</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="34"/>
        <source>%n missed installment(s)</source>
        <translation>
            <numerusform>%n parcela em atraso</numerusform>
            <numerusform>%n parcelas em atraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="36"/>
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n promessa não cumprida</numerusform>
            <numerusform>%n promessas não cumpridas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="39"/>
        <source>{share} written off</source>
        <translation>{share} baixado como perda</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="42"/>
        <source>the installment due was paid on time</source>
        <translation>a parcela devida foi paga em dia</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/score_texts.py" line="43"/>
        <source>all %n installments paid on time</source>
        <translation>
            <numerusform>%n parcela paga em dia</numerusform>
            <numerusform>todas as %n parcelas pagas em dia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="44"/>
        <source>no payment history yet</source>
        <translation>ainda sem histórico de pagamentos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="54"/>
        <source>Payment score {score}: {reasons}</source>
        <translation>Pontuação de pagamento {score}: {reasons}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/score_texts.py" line="65"/>
        <source>Good payer: eligible for a discount</source>
        <translation>Bom pagador: pode receber desconto</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="154"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="157"/>
        <source>&amp;Desk</source>
        <translation>Este &amp;computador</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="158"/>
        <source>S&amp;hop</source>
        <translation>O&amp;ficina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="159"/>
        <source>Ban&amp;k details</source>
        <translation>Dados &amp;bancários</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="160"/>
        <source>Letter&amp;s</source>
        <translation>Car&amp;tas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="210"/>
        <source>These settings belong to this computer; the shop&apos;s data is the same at every desk.</source>
        <translation>Estas configurações valem só para este computador; os dados da oficina são os mesmos em todos os computadores.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="218"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="220"/>
        <source>The menus and windows change to it when Workshop Desk starts again.</source>
        <translation>Os menus e as janelas mudam para ele quando o Workshop Desk for aberto de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="226"/>
        <source>empty: the login name, {login}</source>
        <translation>vazio: o nome de usuário do sistema, {login}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="230"/>
        <source>&amp;Your name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="233"/>
        <source>Recorded with every contact you log and every change to money or credit terms (the audit trail), so that the shop knows who did what.</source>
        <translation>Fica registrado com cada contato que você lançar e cada alteração de valores ou de condições de crédito (a trilha de auditoria), para que a oficina saiba quem fez o quê.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="238"/>
        <source>empty: {file}</source>
        <translation>vazio: {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="242"/>
        <source>Data&amp;base:</source>
        <translation>Banco de &amp;dados:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="245"/>
        <source>Where the shop&apos;s data is: a database file on this computer (never one in a shared folder), or the shop&apos;s PostgreSQL server as postgresql://user:password@server/database when several desks work together. Workshop Desk opens it when it starts again. The password is kept in this computer&apos;s settings and shown as ***.</source>
        <translation>Onde ficam os dados da oficina: um arquivo de banco de dados neste computador (nunca numa pasta compartilhada), ou o servidor PostgreSQL da oficina, como postgresql://usuário:senha@servidor/banco, quando vários computadores trabalham juntos. O Workshop Desk o abre quando for aberto de novo. A senha fica nas configurações deste computador e aparece como ***.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="257"/>
        <source>Shop &amp;name:</source>
        <translation>Nome da &amp;oficina:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="258"/>
        <source>&amp;Address:</source>
        <translation>Ende&amp;reço:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="259"/>
        <source>P&amp;ostal code:</source>
        <translation>C&amp;EP:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="261"/>
        <source>C&amp;ity:</source>
        <translation>Cid&amp;ade:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="263"/>
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="264"/>
        <source>Cu&amp;rrency:</source>
        <translation>Moe&amp;da:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="272"/>
        <source>&amp;Tax id:</source>
        <translation>CPF/CNP&amp;J:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="273"/>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefone:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="274"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="282"/>
        <source>Printed on letters, with a payment QR code where the currency has one: EPC for euros, MNB for forints, GOST for roubles, Pix for reais.</source>
        <translation>Impressos nas cartas, com um QR code de pagamento quando a moeda tem um: EPC para euros, MNB para forints, GOST para rublos, Pix para reais.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="286"/>
        <source>Bank na&amp;me:</source>
        <translation>&amp;Nome do banco:</translation>
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
        <translation>Nú&amp;mero da conta:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="291"/>
        <source>Расчётный счёт: 20 digits (Russian shops)</source>
        <translation>Расчётный счёт: 20 dígitos (oficinas na Rússia)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="293"/>
        <source>C&amp;orrespondent account:</source>
        <translation>Conta c&amp;orrespondente:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="295"/>
        <source>Корреспондентский счёт: 20 digits (Russian shops)</source>
        <translation>Корреспондентский счёт: 20 dígitos (oficinas na Rússia)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="296"/>
        <source>Pi&amp;x key:</source>
        <translation>Chave Pi&amp;x:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="297"/>
        <source>The shop&apos;s Pix key: CPF, CNPJ, e-mail, +55 phone or random key (Brazil)</source>
        <translation>A chave Pix da oficina: CPF, CNPJ, e-mail, celular com +55 ou chave aleatória (Brasil)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="309"/>
        <source>Default letter &amp;language:</source>
        <translation>&amp;Idioma padrão das cartas:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="312"/>
        <source>Customers without a language of their own get their letters in this one. With the country it also sets how amounts and dates are written.</source>
        <translation>Clientes sem idioma próprio recebem as cartas neste idioma. Junto com o país, ele também define como valores e datas são escritos.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="316"/>
        <source>Si&amp;gnatory:</source>
        <translation>&amp;Signatário:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="317"/>
        <source>who signs the letters, e.g. Anna Rossi</source>
        <translation>quem assina as cartas, ex.: Ana Souza</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="318"/>
        <source>&amp;Role:</source>
        <translation>Ca&amp;rgo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="319"/>
        <source>e.g. Owner</source>
        <translation>ex.: Proprietário</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="320"/>
        <source>Legal &amp;note:</source>
        <translation>Nota &amp;legal:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="321"/>
        <source>a line at the foot of each letter, e.g. the company register</source>
        <translation>uma linha no rodapé de cada carta, ex.: o registro na Junta Comercial</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="383"/>
        <source>The bank&apos;s BIC, or its БИК (9 digits) for the Russian payment code</source>
        <translation>O BIC do banco, ou o seu БИК (9 dígitos) para o código de pagamento russo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="385"/>
        <source>The bank&apos;s BIC (SWIFT code), 8 or 11 letters and digits</source>
        <translation>O BIC do banco (código SWIFT), 8 ou 11 letras e dígitos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="394"/>
        <source>VAT registration number</source>
        <translation>número de registro no VAT</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="395"/>
        <source>codice fiscale or partita IVA</source>
        <translation>codice fiscale ou partita IVA</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="396"/>
        <source>ИНН, 10 or 12 digits</source>
        <translation>ИНН, 10 ou 12 dígitos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="397"/>
        <source>CPF or CNPJ</source>
        <translation>CPF ou CNPJ</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="398"/>
        <source>adószám, like 12345678-2-42</source>
        <translation>adószám, como 12345678-2-42</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="400"/>
        <source>any tax id (not checked for this country)</source>
        <translation>qualquer identificação fiscal (não verificada para este país)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="418"/>
        <source>Amounts like {amount}, dates like {day}</source>
        <translation>Valores como {amount}, datas como {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="422"/>
        <source>Tax id: {kind}</source>
        <translation>Identificação fiscal: {kind}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="431"/>
        <source>No late-interest rules of this country are known: the English ones apply</source>
        <translation>As regras de juros de mora deste país não são conhecidas: valem as da Inglaterra</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="433"/>
        <source>Default late interest: {business} a year from businesses, {consumer} from consumers</source>
        <translation>Juros de mora padrão: {business} ao ano para pessoas jurídicas, {consumer} para consumidores</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="438"/>
        <source>A claim letter gives {days} days to pay (Settings › Collection changes it)</source>
        <translation>A notificação extrajudicial dá {days} dias para pagar (altere em Configurações › Cobrança)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="475"/>
        <source>Settings saved</source>
        <translation>Configurações salvas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="488"/>
        <source>Not a database address Workshop Desk can use: write postgresql://user:password@server/database</source>
        <translation>Não é um endereço de banco de dados que o Workshop Desk possa usar: escreva postgresql://usuário:senha@servidor/banco</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="494"/>
        <source>Write the whole path of the file, e.g. {example}</source>
        <translation>Escreva o caminho completo do arquivo, por exemplo {example}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="496"/>
        <source>{path} is a folder: add the name of the database file</source>
        <translation>{path} é uma pasta: acrescente o nome do arquivo do banco de dados</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="498"/>
        <source>The folder {folder} does not exist</source>
        <translation>A pasta {folder} não existe</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="529"/>
        <source>Collection rules for {country}</source>
        <translation>Regras de cobrança: {country}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="531"/>
        <source>You have changed interest rules, fees or letter deadlines that a shop in {country} uses.

Reset them to the defaults of {country}? Yes: the defaults apply. No: your changes stay.

The ladder&apos;s steps and the contact limits stay as they are either way.</source>
        <translation>Você alterou regras de juros, encargos ou prazos das cartas usados pelas oficinas deste país ({country}).

Restaurar os padrões do país ({country})? Sim: valem os padrões. Não: suas alterações continuam.

As etapas da régua e os limites de contato ficam como estão em qualquer caso.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="565"/>
        <source>Restart Workshop Desk to see the new language.</source>
        <translation>Reinicie o Workshop Desk para ver o novo idioma.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="567"/>
        <source>Workshop Desk opens the new database when it starts again.</source>
        <translation>O Workshop Desk abre o novo banco de dados quando for aberto de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/settings_dialog.py" line="571"/>
        <source>Letters and windows opened from now on write amounts and dates the new way; the lists of the main window do after Workshop Desk is restarted.</source>
        <translation>As cartas e janelas abertas a partir de agora escrevem valores e datas do novo jeito; as listas da janela principal, depois que o Workshop Desk for reiniciado.</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="142"/>
        <source>The amounts already recorded are in {currency}, so the currency cannot change: they would silently become amounts of another currency. A shop that changes currency starts a new database.</source>
        <translation>Os valores já registrados estão em {currency}, por isso a moeda não pode mudar: eles passariam, sem aviso, a ser valores de outra moeda. Uma oficina que muda de moeda começa um novo banco de dados.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="150"/>
        <source>This is neither a BIC (like SABRRUMM) nor the 9 digits of a БИК (like 044525225).</source>
        <translation>Isto não é um BIC (como SABRRUMM) nem os 9 dígitos de um БИК (como 044525225).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="159"/>
        <source>An account number here is 20 digits.</source>
        <translation>Aqui o número da conta tem 20 dígitos.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/shop_fields.py" line="161"/>
        <source>Choose one of the languages in the list.</source>
        <translation>Escolha um dos idiomas da lista.</translation>
    </message>
</context>
<context>
    <name>StoredLetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="42"/>
        <source>The letter exactly as it was sent. Printing or saving it again records nothing new.</source>
        <translation>A carta exatamente como foi enviada. Imprimir ou salvar de novo não registra nada de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="48"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="50"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="72"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="82"/>
        <source>Print letter</source>
        <translation>Imprimir carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="82"/>
        <source>The printer could not be opened: check it and try again.</source>
        <translation>Não foi possível acessar a impressora: verifique-a e tente de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="89"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="105"/>
        <source>Save letter as PDF</source>
        <translation>Salvar carta como PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="91"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="106"/>
        <source>The letter could not be saved in {path}: {reason}.</source>
        <translation>Não foi possível salvar a carta em {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="55"/>
        <source>Search name, code, phone or step…</source>
        <translation>Buscar nome, código, telefone ou etapa…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="74"/>
        <source>&amp;Done…</source>
        <translation>Conc&amp;luir…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="75"/>
        <source>Log what came of the selected action (Enter, Ctrl+D)</source>
        <translation>Registrar o resultado da ação selecionada (Enter, Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="76"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Escrever e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="78"/>
        <source>Save the letter as a PDF and open your e-mail program with the message (Ctrl+M)</source>
        <translation>Salvar a carta em PDF e abrir seu programa de e-mail com a mensagem (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="80"/>
        <source>Cop&amp;y SMS text</source>
        <translation>Copiar texto &amp;SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="82"/>
        <source>Put a short text in the customer&apos;s language on the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar para a área de transferência um texto curto no idioma do cliente (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="84"/>
        <source>Open c&amp;ustomer</source>
        <translation>Abr&amp;ir cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="86"/>
        <source>An action not done stays on the list tomorrow. Greyed actions wait for a contact limit.</source>
        <translation>Uma ação não concluída continua na lista amanhã. Ações em cinza aguardam por causa de um limite de contato.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="192"/>
        <source>Working out today&apos;s actions…</source>
        <translation>Calculando as ações de hoje…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="196"/>
        <source>%n action(s) for today</source>
        <translation>
            <numerusform>%n ação para hoje</numerusform>
            <numerusform>%n ações para hoje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="199"/>
        <source>%n moved by contact limits</source>
        <translation>
            <numerusform>%n adiada por limites de contato</numerusform>
            <numerusform>%n adiadas por limites de contato</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="81"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Saldo total</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="93"/>
        <source>The amount is taken off the oldest installments first. It stays in the customer&apos;s history as “Written off” and in the reports; it cannot be undone.</source>
        <translation>O valor é abatido primeiro das parcelas mais antigas. Ele fica no histórico do cliente como “Baixa (perda)” e nos relatórios; não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="105"/>
        <source>Write &amp;off…</source>
        <translation>Dar &amp;baixa…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="116"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="117"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="118"/>
        <source>&amp;Note:</source>
        <translation>&amp;Observação:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="148"/>
        <source>Write off — {name}</source>
        <translation>Baixa por perda — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="157"/>
        <source>Why (required for “Other”)</source>
        <translation>Motivo (obrigatório para “Outro”)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="157"/>
        <source>Optional: anything worth keeping on record</source>
        <translation>Opcional: algo que valha a pena registrar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="165"/>
        <source>Open balance after the write-off: {amount}</source>
        <translation>Saldo em aberto após a baixa: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="179"/>
        <source>Enter an amount more than zero.</source>
        <translation>Informe um valor maior que zero.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="183"/>
        <source>That is more than the open balance of {open}.</source>
        <translation>Isso é mais do que o saldo em aberto de {open}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="188"/>
        <source>Say why the balance is written off.</source>
        <translation>Informe o motivo da baixa.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="200"/>
        <source>Write off {amount} of the balance of {name}? This cannot be undone.</source>
        <translation>Dar baixa de {amount} no saldo de {name}? Isso não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../workshop_desk/app.py" line="157"/>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/app.py" line="158"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved whole or not at all.

The details are in {log_file}; please send that file to whoever looks after this program.</source>
        <translation>Ocorreu um erro que o programa não esperava. Seus dados estão seguros: cada alteração é salva por inteiro ou não é salva.

Os detalhes estão em {log_file}; envie esse arquivo para quem dá suporte a este programa.</translation>
    </message>
</context>
</TS>
