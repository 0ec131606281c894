<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="76"/>
        <source>Letters for the selected customers</source>
        <translation>Cartas para os clientes selecionados</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="88"/>
        <source>Letters for the selected customers ({count})</source>
        <translation>Cartas para os clientes selecionados ({count})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="100"/>
        <source>Each customer&apos;s &amp;own language</source>
        <translation>Idioma de &amp;cada cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="101"/>
        <source>One language &amp;for all:</source>
        <translation>&amp;Um idioma para todos:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="113"/>
        <source>Save as PDF files in one f&amp;older:</source>
        <translation>Salvar como arquivos PDF em uma &amp;pasta:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="114"/>
        <source>&amp;Print them as one print job</source>
        <translation>Imprimir tudo em um &amp;só trabalho de impressão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="120"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="140"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="148"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="160"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="161"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="165"/>
        <source>Where the letters go</source>
        <translation>Destino das cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="211"/>
        <source>Folder for the letters</source>
        <translation>Pasta para as cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="223"/>
        <source>Print letters</source>
        <translation>Imprimir cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="253"/>
        <source>Writing the letters…</source>
        <translation>Gerando as cartas…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="253"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="255"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="289"/>
        <source>Letter {done} of {total} done: {customer}</source>
        <translation>Carta {done} de {total} pronta: {customer}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="324"/>
        <source>Letters printed as one print job: {count} ({pages} pages).</source>
        <translation>Cartas impressas em um só trabalho de impressão: {count} ({pages} páginas).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="331"/>
        <source>Letters written: {count}, into {folder}</source>
        <translation>Cartas geradas: {count}, em {folder}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="334"/>
        <source>Skipped: {count} (below, with the reason).</source>
        <translation>Ignoradas: {count} (abaixo, com o motivo).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="337"/>
        <source>Stopped: {reason}. Not done: {count}.</source>
        <translation>Interrompido: {reason}. Não processadas: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="342"/>
        <source>Cancelled. Not done: {count}.</source>
        <translation>Cancelado. Não processadas: {count}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/batch_letters_dialog.py" line="353"/>
        <source>the text of this letter has problems ({problems}): correct it in Settings → Letter texts…</source>
        <translation>o texto desta carta tem problemas ({problems}): corrija em Configurações → Textos das cartas…</translation>
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
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="131"/>
        <source>Reminders:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="132"/>
        <source>No&amp;tes:</source>
        <translation>Obser&amp;vações:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="142"/>
        <source>Two-letter country code; empty: the shop&apos;s country</source>
        <translation>Código do país com duas letras; vazio: o país da oficina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="151"/>
        <source>Same as the shop ({language})</source>
        <translation>Igual ao da oficina ({language})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="169"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="200"/>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="202"/>
        <source>Customer {code} — {name}</source>
        <translation>Cliente {code} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="226"/>
        <source>the shop&apos;s country ({country})</source>
        <translation>o país da oficina ({country})</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="274"/>
        <source>Enter a code: every customer needs one.</source>
        <translation>Informe um código: todo cliente precisa de um.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="276"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Informe o nome do cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="278"/>
        <source>The limit cannot be negative: 0 means no credit at all.</source>
        <translation>O limite não pode ser negativo: 0 significa nenhum crédito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="305"/>
        <source>Changed meanwhile</source>
        <translation>Alterado nesse meio-tempo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="307"/>
        <source>This customer was changed by someone else meanwhile. Close this window and open the customer again to see the changes.</source>
        <translation>Outra pessoa alterou este cliente nesse meio-tempo. Feche esta janela e abra o cliente de novo para ver as alterações.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="320"/>
        <source>Customer {code} ({name}) already has this code.</source>
        <translation>O cliente {code} ({name}) já tem este código.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="321"/>
        <source>Customer {code} ({name}) already has this code. Open that customer?</source>
        <translation>O cliente {code} ({name}) já tem este código. Abrir esse cliente?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="324"/>
        <source>Customer {code} ({name}) already has this tax id.</source>
        <translation>O cliente {code} ({name}) já tem este CPF/CNPJ.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="325"/>
        <source>Customer {code} ({name}) already has this tax id. Open that customer?</source>
        <translation>O cliente {code} ({name}) já tem este CPF/CNPJ. Abrir esse cliente?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/customer_dialog.py" line="331"/>
        <source>Already in use</source>
        <translation>Já em uso</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="30"/>
        <source>Search name, code, phone, city, plate or serial…</source>
        <translation>Buscar nome, código, telefone, cidade, placa ou nº de série…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="118"/>
        <source>{count} customers</source>
        <translation>{count} clientes</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/customers_tab.py" line="120"/>
        <source>{shown} of {count}</source>
        <translation>{shown} de {count}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="91"/>
        <source>Welcome to Workshop Desk</source>
        <translation>Bem-vindo ao Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="110"/>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Tell the program about your shop: its name and address head every letter, its country sets the currency and the language. Or press &lt;i&gt;Load demo data&lt;/i&gt; to try the program with an invented shop first.</source>
        <translation>&lt;b&gt;Bem-vindo!&lt;/b&gt; Informe os dados da sua oficina: o nome e o endereço aparecem no cabeçalho de todas as cartas; o país define a moeda e o idioma. Ou clique em &lt;i&gt;Carregar dados de demonstração&lt;/i&gt; para experimentar primeiro o programa com uma oficina fictícia.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="121"/>
        <source>Shop &amp;name:</source>
        <translation>Nome da &amp;oficina:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="122"/>
        <source>&amp;Address:</source>
        <translation>Ende&amp;reço:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="123"/>
        <source>P&amp;ostal code:</source>
        <translation>C&amp;EP:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="125"/>
        <source>C&amp;ity:</source>
        <translation>Cid&amp;ade:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="126"/>
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="127"/>
        <source>Cu&amp;rrency:</source>
        <translation>Moe&amp;da:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="131"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="134"/>
        <source>&amp;Tax id:</source>
        <translation>CPF/CNP&amp;J:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="135"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="136"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="137"/>
        <source>Ban&amp;k:</source>
        <translation>Ba&amp;nco:</translation>
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
        <translation>Outro…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="152"/>
        <source>code, e.g. FR</source>
        <translation>código, ex.: PT</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="172"/>
        <source>Load &amp;demo data</source>
        <translation>Carre&amp;gar dados de demonstração</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="175"/>
        <source>Fill the program with an invented shop (150 customers with invoices and payments) in the language of the country chosen above</source>
        <translation>Preencher o programa com uma oficina fictícia (150 clientes com faturas e pagamentos) no idioma do país escolhido acima</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="185"/>
        <source>&amp;Save profile</source>
        <translation>Sal&amp;var perfil</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="188"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="216"/>
        <source>Three-letter currency code, e.g. EUR</source>
        <translation>Código da moeda com três letras, ex.: EUR</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="216"/>
        <source>Follows from the country</source>
        <translation>Definida pelo país</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="248"/>
        <source>Not empty any more</source>
        <translation>Não está mais vazio</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="250"/>
        <source>Someone else has set up this database meanwhile, so the demo was not loaded. Start the program again to see what it holds.</source>
        <translation>Outra pessoa configurou este banco de dados nesse meio-tempo, por isso a demonstração não foi carregada. Abra o programa de novo para ver o que ele contém.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="291"/>
        <source>Enter the name of your shop: it heads every letter.</source>
        <translation>Informe o nome da sua oficina: ele aparece no cabeçalho de todas as cartas.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="293"/>
        <source>Enter the country as its two-letter code, like FR, DE or ES.</source>
        <translation>Informe o país pelo código de duas letras, como PT, AR ou ES.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="295"/>
        <source>Enter the currency as its three-letter code, like EUR or CHF.</source>
        <translation>Informe a moeda pelo código de três letras, como EUR ou USD.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/first_start_dialog.py" line="306"/>
        <source>This is not a valid BIC: 8 or 11 letters and digits, like UNCRITMM.</source>
        <translation>Este BIC não é válido: são 8 ou 11 letras e dígitos, como BRASBRRJ.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="78"/>
        <source>Hand over {name}</source>
        <translation>Encaminhar {name} à cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="91"/>
        <source>Overdue {overdue}  ·  open balance {open}</source>
        <translation>Vencido {overdue}  ·  saldo em aberto {open}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="101"/>
        <source>⚠ This account was handed over on {day}. Handing it over again logs a new entry.</source>
        <translation>⚠ Esta conta foi encaminhada em {day}. Encaminhá-la de novo grava um novo registro.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="109"/>
        <source>To whom, and their reference (optional)</source>
        <translation>Para quem e o número de referência deles (opcional)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="116"/>
        <source>Preparing the case file…</source>
        <translation>Preparando o dossiê…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="123"/>
        <source>&amp;Save case file…</source>
        <translation>&amp;Salvar dossiê…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="125"/>
        <source>One PDF for the lawyer or collector: the account, the interest, the contact log and every letter</source>
        <translation>Um único PDF para o advogado ou a empresa de cobrança: a conta, os juros, o histórico de contatos e todas as cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="128"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Encaminhar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="130"/>
        <source>Log the hand-over: the account leaves the collection ladder and is marked as handed over</source>
        <translation>Registrar o encaminhamento: a conta sai da régua de cobrança e é marcada como encaminhada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="138"/>
        <source>Before handing over</source>
        <translation>Antes de encaminhar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="142"/>
        <source>&amp;Note:</source>
        <translation>&amp;Observação:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="174"/>
        <source>case file</source>
        <translation>dossiê</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="180"/>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="220"/>
        <source>Save case file</source>
        <translation>Salvar dossiê</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="180"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="209"/>
        <source>Case file saved as {name}.</source>
        <translation>Dossiê salvo como {name}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="221"/>
        <source>The case file could not be saved: {reason}.</source>
        <translation>Não foi possível salvar o dossiê: {reason}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="234"/>
        <source>Hand over</source>
        <translation>Encaminhar à cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/hand_over_dialog.py" line="235"/>
        <source>Not every check is passed:

{checks}

Hand the account over all the same?</source>
        <translation>Nem todas as verificações foram atendidas:

{checks}

Encaminhar a conta à cobrança mesmo assim?</translation>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="949"/>
        <source>The deposit is larger than the total.</source>
        <translation>A entrada é maior que o total.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="670"/>
        <source>No plan: {amount} falls due on {day}.</source>
        <translation>Sem parcelamento: {amount} vence em {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="674"/>
        <source>{amount} in {count} installments, the last on {day}.</source>
        <translation>{amount} em {count} parcelas, a última em {day}.</translation>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="947"/>
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
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="932"/>
        <source>Number {taken} was taken meanwhile: {number} is the next free one. Save again.</source>
        <translation>O número {taken} foi usado nesse meio-tempo: {number} é o próximo livre. Salve de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="941"/>
        <source>Number {number} is taken: choose another.</source>
        <translation>O número {number} já está em uso: escolha outro.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="948"/>
        <source>Amounts cannot be negative.</source>
        <translation>Os valores não podem ser negativos.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="950"/>
        <source>The due date is before the issue date.</source>
        <translation>O vencimento é anterior à data de emissão.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="953"/>
        <source>The first installment falls due before the issue date.</source>
        <translation>A primeira parcela vence antes da data de emissão.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="957"/>
        <source>The installments do not add up to the total less the deposit.</source>
        <translation>A soma das parcelas não bate com o total menos a entrada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="959"/>
        <source>This invoice is void: it cannot be changed.</source>
        <translation>Esta fatura está cancelada: não pode ser alterada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="962"/>
        <source>An invoice stays with its customer: void it and issue a new one instead.</source>
        <translation>Uma fatura não pode mudar de cliente: cancele-a e emita uma nova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="964"/>
        <source>This invoice is void already.</source>
        <translation>Esta fatura já está cancelada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="965"/>
        <source>Say why the invoice is voided.</source>
        <translation>Informe o motivo do cancelamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="971"/>
        <source>The invoice cannot be saved: {reason}</source>
        <translation>Não é possível salvar a fatura: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/invoice_dialog.py" line="984"/>
        <source>Someone else changed this invoice meanwhile. Reload it to see their changes, then edit again.</source>
        <translation>Outra pessoa alterou esta fatura nesse meio-tempo. Recarregue-a para ver as alterações e edite de novo.</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="24"/>
        <source>Search number, customer, phone, plate or work…</source>
        <translation>Buscar número, cliente, telefone, placa ou serviço…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/invoices_tab.py" line="56"/>
        <source>{count} invoices</source>
        <translation>{count} faturas</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="111"/>
        <source>Letter to {name}</source>
        <translation>Carta para {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="149"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="151"/>
        <source>Record the letter in the customer&apos;s history and print it (Ctrl+P)</source>
        <translation>Registrar a carta no histórico do cliente e imprimi-la (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="152"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="155"/>
        <source>Record the letter in the customer&apos;s history and save it as a PDF (Ctrl+S)</source>
        <translation>Registrar a carta no histórico do cliente e salvá-la em PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="165"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="167"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="237"/>
        <source>A “{kind}” cannot be written for this customer.</source>
        <translation>Não é possível gerar a carta “{kind}” para este cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="247"/>
        <source>{problems}

Correct the text in Settings → Letter texts…</source>
        <translation>{problems}

Corrija o texto em Configurações → Textos das cartas…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="249"/>
        <source>The text of the “{kind}” in {language} has problems: the letter cannot be written.</source>
        <translation>O texto da carta “{kind}” em {language} tem problemas: a carta não pode ser gerada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="292"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="305"/>
        <source>Print letter</source>
        <translation>Imprimir carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="306"/>
        <source>The printer could not be opened. Nothing was recorded: check the printer and try again.</source>
        <translation>Não foi possível acessar a impressora. Nada foi registrado: verifique a impressora e tente de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="317"/>
        <source>Printed, and recorded in the customer&apos;s letters.</source>
        <translation>Impressa e registrada nas cartas do cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="327"/>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="342"/>
        <source>Save letter as PDF</source>
        <translation>Salvar carta como PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="327"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="343"/>
        <source>The letter could not be saved in {path}: {reason}. Nothing was recorded.</source>
        <translation>Não foi possível salvar a carta em {path}: {reason}. Nada foi registrado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_dialog.py" line="349"/>
        <source>Saved as {name}, and recorded in the customer&apos;s letters.</source>
        <translation>Salva como {name} e registrada nas cartas do cliente.</translation>
    </message>
</context>
<context>
    <name>LetterTextsDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="77"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="205"/>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="328"/>
        <source>Letter texts</source>
        <translation>Textos das cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="106"/>
        <source>Write {placeholders} such as {customer_name} or {deadline} where the letter fills in its figures; put blocks such as [[items]] or [[payment]] on a line of their own. Hover here for the full list.</source>
        <translation>Escreva {placeholders} (campos entre chaves), como {customer_name} ou {deadline}, onde a carta preenche os dados; coloque blocos como [[items]] ou [[payment]] sozinhos em uma linha. Passe o mouse aqui para ver a lista completa.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="113"/>
        <source>Placeholders: {names}
Blocks: {blocks}</source>
        <translation>Campos: {names}
Blocos: {blocks}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="118"/>
        <source>This text cannot be saved:</source>
        <translation>Este texto não pode ser salvo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="139"/>
        <source>&amp;Reset to default…</source>
        <translation>&amp;Restaurar o padrão…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="146"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="146"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="157"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="205"/>
        <source>Discard your changes to this text and open the other one?</source>
        <translation>Descartar as alterações deste texto e abrir o outro?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="236"/>
        <source>The shop&apos;s own text (edited).</source>
        <translation>Texto próprio da oficina (editado).</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="236"/>
        <source>The text shipped with the program.</source>
        <translation>Texto original do programa.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="262"/>
        <source>The preview shows the last text without problems.</source>
        <translation>A prévia mostra o último texto sem problemas.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="268"/>
        <source>The letter cannot be laid out with this text: {error}</source>
        <translation>Não é possível montar a carta com este texto: {error}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="272"/>
        <source>Sample: {kind} to {customer}, as of {day}. Nothing is recorded.</source>
        <translation>Exemplo: {kind} para {customer}, na data de {day}. Nada é registrado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="293"/>
        <source>Saved: new letters use this text.</source>
        <translation>Salvo: as novas cartas usam este texto.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="300"/>
        <source>Reset to default</source>
        <translation>Restaurar o padrão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="301"/>
        <source>Replace the text of the “{kind}” in {language} with the text shipped with the program?</source>
        <translation>Substituir o texto da carta “{kind}” em {language} pelo texto original do programa?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="310"/>
        <source>The shipped text applies again.</source>
        <translation>O texto original voltou a valer.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/letter_texts_dialog.py" line="328"/>
        <source>Close without saving your changes?</source>
        <translation>Fechar sem salvar as alterações?</translation>
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
        <location filename="../workshop_desk/ui/main_window.py" line="49"/>
        <source>Workshop Desk — {shop}</source>
        <translation>Workshop Desk — {shop}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="49"/>
        <source>new shop</source>
        <translation>nova oficina</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="59"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="60"/>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="61"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Faturas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="62"/>
        <source>&amp;Overdue</source>
        <translation>&amp;Vencidos</translation>
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
        <translation>Novo &amp;cliente…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="99"/>
        <source>Add a customer</source>
        <translation>Cadastrar um cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="102"/>
        <source>New &amp;invoice…</source>
        <translation>Nova &amp;fatura…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="102"/>
        <source>Write an invoice or work order</source>
        <translation>Emitir uma fatura ou ordem de serviço</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="105"/>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pagamento…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="105"/>
        <source>Record money received</source>
        <translation>Registrar um valor recebido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="108"/>
        <source>&amp;Letter…</source>
        <translation>C&amp;arta…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="108"/>
        <source>Write a letter to the selected customer</source>
        <translation>Gerar uma carta para o cliente selecionado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="111"/>
        <source>Letters for &amp;selected…</source>
        <translation>Cartas para os &amp;selecionados…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="114"/>
        <source>Write the same kind of letter to every customer selected in the Overdue list</source>
        <translation>Gerar o mesmo tipo de carta para cada cliente selecionado na lista Vencidos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="117"/>
        <source>Letter &amp;texts…</source>
        <translation>&amp;Textos das cartas…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="117"/>
        <source>Edit the wording of the letters</source>
        <translation>Editar a redação das cartas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="119"/>
        <source>&amp;Open selected…</source>
        <translation>&amp;Abrir selecionado…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="120"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="121"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="123"/>
        <source>&amp;Legend of the marks</source>
        <translation>&amp;Legenda das marcações</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="124"/>
        <source>&amp;About Workshop Desk</source>
        <translation>&amp;Sobre o Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="126"/>
        <source>&amp;Done…</source>
        <translation>&amp;Concluir…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="127"/>
        <source>Log what came of the action selected in the Today tab</source>
        <translation>Registrar o resultado da ação selecionada na aba Hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="130"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Escrever e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="131"/>
        <source>E-mail the letter of the action selected in the Today tab</source>
        <translation>Enviar por e-mail a carta da ação selecionada na aba Hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="134"/>
        <source>Copy &amp;SMS text</source>
        <translation>Copiar texto &amp;SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="135"/>
        <source>Copy the text message of the action selected in the Today tab</source>
        <translation>Copiar o SMS da ação selecionada na aba Hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="137"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="142"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="143"/>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="144"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="158"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="164"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="171"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Encaminhar à cobrança…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="174"/>
        <source>Check an account, save its case file, hand it over</source>
        <translation>Verificar uma conta, salvar o dossiê e encaminhá-la à cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="177"/>
        <source>&amp;Collection…</source>
        <translation>&amp;Cobrança…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="177"/>
        <source>Ladder, contact limits, interest</source>
        <translation>Régua de cobrança, limites de contato, juros</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="179"/>
        <source>&amp;Account</source>
        <translation>C&amp;onta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="181"/>
        <source>&amp;Settings</source>
        <translation>Confi&amp;gurações</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="188"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="214"/>
        <source>Working out who owes what…</source>
        <translation>Calculando quem deve o quê…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="241"/>
        <source>As of {day}:  open {open}  ·  overdue {overdue}  ·  {over} over their limit  ·  {missed} with missed installments</source>
        <translation>Posição em {day}:  em aberto {open}  ·  vencido {overdue}  ·  {over} acima do limite  ·  {missed} com parcelas em atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="353"/>
        <source>Record payment</source>
        <translation>Registrar pagamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="353"/>
        <source>Select the customer who paid, then record the payment.</source>
        <translation>Selecione o cliente que pagou e depois registre o pagamento.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="385"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="385"/>
        <source>Select the customer to write to, then choose Letter… again.</source>
        <translation>Selecione o cliente destinatário e depois escolha Carta… de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="403"/>
        <source>Letters for selected</source>
        <translation>Cartas para os selecionados</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="405"/>
        <source>Select the customers in the Overdue list (Ctrl+click or Shift+click selects several), then choose Letters for selected… again.</source>
        <translation>Selecione os clientes na lista Vencidos (Ctrl+clique ou Shift+clique seleciona vários) e depois escolha Cartas para os selecionados… de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="429"/>
        <source>Hand over</source>
        <translation>Encaminhar à cobrança</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="429"/>
        <source>Select the customer to hand over, then choose Hand over… again.</source>
        <translation>Selecione o cliente a encaminhar e depois escolha Encaminhar à cobrança… de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="464"/>
        <source>&lt;p&gt;Rows are coloured &lt;b&gt;and&lt;/b&gt; marked with an icon; hover a row to read why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;As linhas são coloridas &lt;b&gt;e&lt;/b&gt; marcadas com um ícone; passe o mouse sobre uma linha para ler o motivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="474"/>
        <source>About Workshop Desk</source>
        <translation>Sobre o Workshop Desk</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/main_window.py" line="475"/>
        <source>Workshop Desk {version}
Who owes the shop money, and what to do about it today.</source>
        <translation>Workshop Desk {version}
Quem deve dinheiro à oficina e o que fazer a respeito hoje.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="147"/>
        <source>Correct a contact with {name}</source>
        <translation>Corrigir um contato com {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="149"/>
        <source>{step} — {name}</source>
        <translation>{step} — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="150"/>
        <source>Log a contact with {name}</source>
        <translation>Registrar um contato com {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="156"/>
        <source>no phone number on file</source>
        <translation>nenhum telefone cadastrado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="160"/>
        <source>Select the number to copy it</source>
        <translation>Selecione o número para copiá-lo</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="208"/>
        <source>&amp;How:</source>
        <translation>&amp;Como:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="223"/>
        <source>Pays &amp;by:</source>
        <translation>Paga a&amp;té:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="224"/>
        <source>Amo&amp;unt:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="228"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="423"/>
        <source>No&amp;te:</source>
        <translation>O&amp;bservação:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="243"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="255"/>
        <source>Overdue: {amount}</source>
        <translation>Vencido: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="257"/>
        <source>Nothing overdue yet</source>
        <translation>Nada vencido ainda</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="260"/>
        <source>{days} days late</source>
        <translation>{days} dias de atraso</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="261"/>
        <source>Open balance: {amount}</source>
        <translation>Saldo em aberto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="267"/>
        <source>Step: {step}</source>
        <translation>Etapa: {step}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="273"/>
        <source>Due since {day}.</source>
        <translation>Vencido desde {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="285"/>
        <source>Doing it today goes beyond the contact limit: log it only if it really happened.</source>
        <translation>Fazer isso hoje ultrapassa o limite de contato: registre só se realmente aconteceu.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="293"/>
        <source>Handing over takes the account off the ladder for good: the program plans no more reminders for it.</source>
        <translation>Encaminhar tira a conta da régua de cobrança de vez: o programa não prevê mais avisos para ela.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="308"/>
        <source>Entries in the contact log are evidence and are never changed. Saving adds a new entry that corrects the one of {when} ({channel}: {outcome}); say in the note what was wrong.</source>
        <translation>Os registros do histórico de contatos servem de prova e nunca são alterados. Ao salvar, é adicionado um novo registro que corrige o de {when} ({channel}: {outcome}); informe na observação o que estava errado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="322"/>
        <source>&amp;Write the letter…</source>
        <translation>&amp;Gerar a carta…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="323"/>
        <source>Compose e-&amp;mail…</source>
        <translation>Escrever e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="324"/>
        <source>&amp;Copy SMS text</source>
        <translation>&amp;Copiar texto SMS</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="325"/>
        <source>Prepare, print or save the step&apos;s letter; it is recorded when printed</source>
        <translation>Preparar, imprimir ou salvar a carta desta etapa; ela é registrada ao ser impressa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="327"/>
        <source>Save the letter as a PDF and open your e-mail program with the message in the customer&apos;s language</source>
        <translation>Salvar a carta em PDF e abrir seu programa de e-mail com a mensagem no idioma do cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="329"/>
        <source>Put a short text in the customer&apos;s language on the clipboard</source>
        <translation>Copiar para a área de transferência um texto curto no idioma do cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="350"/>
        <source>&amp;Handed over</source>
        <translation>&amp;Encaminhado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="350"/>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="364"/>
        <source>S&amp;kip this step</source>
        <translation>Pu&amp;lar esta etapa</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="352"/>
        <source>&amp;E-mail sent</source>
        <translation>E-mail envi&amp;ado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="353"/>
        <source>SMS s&amp;ent</source>
        <translation>SMS envi&amp;ado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="354"/>
        <source>&amp;Letter printed/sent</source>
        <translation>Carta impressa/envi&amp;ada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="356"/>
        <source>&amp;Reached</source>
        <translation>Contato &amp;feito</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="357"/>
        <source>&amp;No answer</source>
        <translation>Sem &amp;resposta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="358"/>
        <source>&amp;Promised to pay</source>
        <translation>&amp;Prometeu pagar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="359"/>
        <source>&amp;Disputed</source>
        <translation>C&amp;ontestou</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="360"/>
        <source>Wron&amp;g number</source>
        <translation>Número &amp;errado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="365"/>
        <source>Only a n&amp;ote (the step stays on the list)</source>
        <translation>Só uma a&amp;notação (a etapa continua na lista)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="367"/>
        <source>Only a n&amp;ote</source>
        <translation>Só uma a&amp;notação</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="369"/>
        <source>Dispute resol&amp;ved</source>
        <translation>Contestação resolv&amp;ida</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="373"/>
        <source>What came of it?</source>
        <translation>Qual foi o resultado?</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="420"/>
        <source>Disputes wh&amp;at:</source>
        <translation>Contesta o &amp;quê:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="421"/>
        <source>Wh&amp;y skip:</source>
        <translation>Por &amp;que pular:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="425"/>
        <source>Required: what the customer disputes, in their words</source>
        <translation>Obrigatório: o que o cliente contesta, nas palavras dele</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="426"/>
        <source>Required: why this step is skipped</source>
        <translation>Obrigatório: por que esta etapa é pulada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="427"/>
        <source>How the dispute was settled</source>
        <translation>Como a contestação foi resolvida</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="429"/>
        <source>What was said or done (optional)</source>
        <translation>O que foi dito ou feito (opcional)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="431"/>
        <source>Required: what was wrong in the entry corrected</source>
        <translation>Obrigatório: o que estava errado no registro corrigido</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="451"/>
        <source>Calls are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the call can still be logged.</source>
        <translation>Ligações são permitidas das {start}:00 às {end}:00 em dias úteis e das {weekend_start}:00 às {weekend_end}:00 nos fins de semana (limites de contato). Agora são {now}: a ligação ainda pode ser registrada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="457"/>
        <source>Messages are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and {weekend_end}:00 at weekends (contact limits). It is {now} now: the message can still be logged.</source>
        <translation>Mensagens são permitidas das {start}:00 às {end}:00 em dias úteis e das {weekend_start}:00 às {weekend_end}:00 nos fins de semana (limites de contato). Agora são {now}: a mensagem ainda pode ser registrada.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="501"/>
        <source>The “{letter}” is recorded in the customer&apos;s letters. Save to log the step as done.</source>
        <translation>A carta “{letter}” foi registrada nas cartas do cliente. Salve para registrar a etapa como concluída.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="513"/>
        <source>No letter can be e-mailed: {reason}</source>
        <translation>Nenhuma carta pode ser enviada por e-mail: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="517"/>
        <source>The PDF could not be saved: {reason}. Nothing was recorded.</source>
        <translation>Não foi possível salvar o PDF: {reason}. Nada foi registrado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="529"/>
        <source>The PDF is saved in {path}. Your e-mail program opens with the message: attach the PDF, send it, then save here.</source>
        <translation>O PDF foi salvo em {path}. Seu programa de e-mail abre com a mensagem: anexe o PDF, envie e depois salve aqui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="534"/>
        <source>The PDF is saved in {path}, but no e-mail program could be opened: send it another way, then save here.</source>
        <translation>O PDF foi salvo em {path}, mas nenhum programa de e-mail pôde ser aberto: envie de outra forma e depois salve aqui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="538"/>
        <source>The customer has no e-mail address on file: fill in the recipient.</source>
        <translation>O cliente não tem e-mail cadastrado: preencha o destinatário.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="542"/>
        <source>E-mail “{subject}” with {file}</source>
        <translation>E-mail “{subject}” com {file}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="552"/>
        <source>No text message fits: {reason}</source>
        <translation>Nenhum SMS se aplica: {reason}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="559"/>
        <source>SMS: “{text}”</source>
        <translation>SMS: “{text}”</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="561"/>
        <source>Copied to the clipboard ({count} characters): “{text}” Send it, then save here.</source>
        <translation>Copiado para a área de transferência ({count} caracteres): “{text}” Envie e depois salve aqui.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="580"/>
        <source>Choose what came of it.</source>
        <translation>Escolha o resultado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="587"/>
        <source>The day the customer will pay cannot be in the past.</source>
        <translation>A data em que o cliente vai pagar não pode estar no passado.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="594"/>
        <source>Enter the amount promised.</source>
        <translation>Informe o valor prometido.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="597"/>
        <source>Say what the customer disputes: the account is paused until it is resolved.</source>
        <translation>Informe o que o cliente contesta: a conta fica em pausa até que isso seja resolvido.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="600"/>
        <source>Say why the step is skipped: the log is evidence.</source>
        <translation>Informe por que a etapa é pulada: o histórico serve de prova.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/outcome_dialog.py" line="602"/>
        <source>Say what was wrong in the entry you correct.</source>
        <translation>Informe o que estava errado no registro que você corrige.</translation>
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
    <message>
        <location filename="../workshop_desk/ui/tabs/overdue_tab.py" line="81"/>
        <source>{count} customers need attention</source>
        <translation>{count} clientes precisam de atenção</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="134"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Saldo total</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="137"/>
        <source>Fill in what is unpaid on the chosen invoice, or the customer&apos;s whole open balance</source>
        <translation>Preencher o valor em aberto da fatura escolhida ou todo o saldo em aberto do cliente</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="143"/>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="144"/>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="145"/>
        <source>Bank transfer</source>
        <translation>Transferência/Pix</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="146"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="150"/>
        <source>Receipt, transfer or card slip number (optional)</source>
        <translation>Nº do recibo, da transferência/Pix ou do comprovante do cartão (opcional)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="157"/>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="158"/>
        <source>Installment</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="159"/>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="160"/>
        <source>Unpaid before</source>
        <translation>Em aberto antes</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="161"/>
        <source>Paid now</source>
        <translation>Pago agora</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="162"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="210"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="211"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="212"/>
        <source>&amp;Method:</source>
        <translation>&amp;Forma de pagamento:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="213"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Comprovante:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="214"/>
        <source>&amp;Pays:</source>
        <translation>&amp;Referente a:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="216"/>
        <source>What it pays</source>
        <translation>O que será quitado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="256"/>
        <source>Payment from {name}</source>
        <translation>Pagamento de {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="261"/>
        <source>(on account: oldest first)</source>
        <translation>(por conta: mais antigas primeiro)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="264"/>
        <source>{number} · {unpaid} unpaid · next due {day}</source>
        <translation>{number} · {unpaid} em aberto · próximo vencimento {day}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="273"/>
        <source>{number} · nothing unpaid</source>
        <translation>{number} · nada em aberto</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="281"/>
        <source>Open balance {amount}</source>
        <translation>Saldo em aberto {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="283"/>
        <source>of which {amount} overdue</source>
        <translation>dos quais {amount} vencidos</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="285"/>
        <source>credit {amount}</source>
        <translation>crédito {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="331"/>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="417"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Um pagamento não pode ter data futura.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="353"/>
        <source>Enter the amount to see what it pays.</source>
        <translation>Informe o valor para ver o que ele quita.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="360"/>
        <source>Nothing is owed: all of it becomes credit.</source>
        <translation>Nada em aberto: todo o valor vira crédito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="363"/>
        <source>ℹ {amount} becomes credit: it is more than the customer owes.</source>
        <translation>ℹ {amount} vira crédito: é mais do que o cliente deve.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="367"/>
        <source>Open balance after: {amount}</source>
        <translation>Saldo em aberto depois: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="369"/>
        <source>{balance} · credit {amount}</source>
        <translation>{balance} · crédito {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="378"/>
        <source>{seq} of {count}</source>
        <translation>{seq} de {count}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="382"/>
        <source>settled</source>
        <translation>quitada</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="382"/>
        <source>part</source>
        <translation>parcial</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="396"/>
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
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="420"/>
        <source>This invoice is not one of this customer&apos;s.</source>
        <translation>Esta fatura não é deste cliente.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/payment_dialog.py" line="423"/>
        <source>The payment cannot be recorded: {reason}</source>
        <translation>Não é possível registrar o pagamento: {reason}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="98"/>
        <source>monthly</source>
        <translation>mensal</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="99"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="102"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="125"/>
        <source>Optional: what was agreed, with whom</source>
        <translation>Opcional: o que foi combinado e com quem</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="132"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Renegociar…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="136"/>
        <source>Move into the new plan</source>
        <translation>Passar para o novo parcelamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="146"/>
        <source>&amp;first due:</source>
        <translation>&amp;primeiro vencimento:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="153"/>
        <source>Install&amp;ments:</source>
        <translation>Parce&amp;las:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="155"/>
        <source>&amp;Note:</source>
        <translation>&amp;Observação:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="156"/>
        <source>New installment plan</source>
        <translation>Novo parcelamento</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="195"/>
        <source>Reschedule — {name}</source>
        <translation>Renegociação — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="199"/>
        <source>The &amp;overdue balance: {amount}</source>
        <translation>O saldo &amp;vencido: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="200"/>
        <source>The w&amp;hole open balance: {amount}</source>
        <translation>&amp;Todo o saldo em aberto: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="238"/>
        <source>Nothing is owed: there is nothing to reschedule.</source>
        <translation>Nada em aberto: não há o que renegociar.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="242"/>
        <source>{amount} falls due on {day}.</source>
        <translation>{amount} vence em {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="246"/>
        <source>{amount} in {count} installments, the last on {day}.</source>
        <translation>{amount} em {count} parcelas, a última em {day}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="250"/>
        <source>{plan} It replaces what is open of {invoices}, which stays in the history.</source>
        <translation>{plan} Substitui o saldo em aberto de {invoices}, que continua no histórico.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="255"/>
        <source>The first installment cannot fall due before today.</source>
        <translation>A primeira parcela não pode vencer antes de hoje.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/reschedule_dialog.py" line="265"/>
        <source>Move {amount} of the debt of {name} into a new plan of {count} installments?</source>
        <translation>Passar {amount} da dívida de {name} para um novo parcelamento em {count} parcelas?</translation>
    </message>
</context>
<context>
    <name>StoredLetterDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="41"/>
        <source>The letter exactly as it was sent. Printing or saving it again records nothing new.</source>
        <translation>A carta exatamente como foi enviada. Imprimir ou salvar de novo não registra nada de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="47"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="49"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="71"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="81"/>
        <source>Print letter</source>
        <translation>Imprimir carta</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="81"/>
        <source>The printer could not be opened: check it and try again.</source>
        <translation>Não foi possível acessar a impressora: verifique-a e tente de novo.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="88"/>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="104"/>
        <source>Save letter as PDF</source>
        <translation>Salvar carta como PDF</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="90"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/stored_letter_dialog.py" line="105"/>
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
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="196"/>
        <source>{count} actions for today</source>
        <translation>{count} ações para hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="198"/>
        <source>1 action for today</source>
        <translation>1 ação para hoje</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/tabs/today_tab.py" line="201"/>
        <source>{count} moved by contact limits</source>
        <translation>{count} adiadas por limites de contato</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="80"/>
        <source>&amp;Whole balance</source>
        <translation>&amp;Saldo total</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="92"/>
        <source>The amount is taken off the oldest installments first. It stays in the customer&apos;s history as “Written off” and in the reports; it cannot be undone.</source>
        <translation>O valor é abatido primeiro das parcelas mais antigas. Ele fica no histórico do cliente como “Baixa (perda)” e nos relatórios; não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="104"/>
        <source>Write &amp;off…</source>
        <translation>Dar &amp;baixa…</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="115"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="116"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="117"/>
        <source>&amp;Note:</source>
        <translation>&amp;Observação:</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="147"/>
        <source>Write off — {name}</source>
        <translation>Baixa por perda — {name}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="156"/>
        <source>Why (required for “Other”)</source>
        <translation>Motivo (obrigatório para “Outro”)</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="156"/>
        <source>Optional: anything worth keeping on record</source>
        <translation>Opcional: algo que valha a pena registrar</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="164"/>
        <source>Open balance after the write-off: {amount}</source>
        <translation>Saldo em aberto após a baixa: {amount}</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="178"/>
        <source>Enter an amount more than zero.</source>
        <translation>Informe um valor maior que zero.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="182"/>
        <source>That is more than the open balance of {open}.</source>
        <translation>Isso é mais do que o saldo em aberto de {open}.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="187"/>
        <source>Say why the balance is written off.</source>
        <translation>Informe o motivo da baixa.</translation>
    </message>
    <message>
        <location filename="../workshop_desk/ui/dialogs/write_off_dialog.py" line="199"/>
        <source>Write off {amount} of the balance of {name}? This cannot be undone.</source>
        <translation>Dar baixa de {amount} no saldo de {name}? Isso não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../workshop_desk/app.py" line="78"/>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <location filename="../workshop_desk/app.py" line="79"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved whole or not at all.

The details are in {log_file}; please send that file to whoever looks after this program.</source>
        <translation>Ocorreu um erro que o programa não esperava. Seus dados estão seguros: cada alteração é salva por inteiro ou não é salva.

Os detalhes estão em {log_file}; envie esse arquivo para quem dá suporte a este programa.</translation>
    </message>
</context>
</TS>
