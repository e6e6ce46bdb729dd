<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CsvExport</name>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln row written to %1.</numerusform>
            <numerusform>%Ln rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln address</numerusform>
            <numerusform>%Ln addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures (orders not cancelled, in %1; %Ln order(s) in other currencies not counted)</source>
        <translation>
            <numerusform>Figures (orders not cancelled, in %1; %Ln order in another currency not counted)</numerusform>
            <numerusform>Figures (orders not cancelled, in %1; %Ln orders in other currencies not counted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln open item</numerusform>
            <numerusform>%Ln open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s).</source>
        <translation>
            <numerusform>%Ln new item.</numerusform>
            <numerusform>%Ln new items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported; nothing was written. Correct the file and check again.</source>
        <translation>
            <numerusform>%Ln row cannot be imported; nothing was written. Correct the file and check again.</numerusform>
            <numerusform>%Ln rows cannot be imported; nothing was written. Correct the file and check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a warning: phones kept as typed, marked unverified.</source>
        <translation>
            <numerusform>%Ln row with a warning: its phone kept as typed, marked unverified.</numerusform>
            <numerusform>%Ln rows with a warning: phones kept as typed, marked unverified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message numerus="yes">
        <source>%Ln stamp(s) owed</source>
        <translation>
            <numerusform>%Ln stamp owed</numerusform>
            <numerusform>%Ln stamps owed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more for %1</source>
        <translation>
            <numerusform>%Ln more for %1</numerusform>
            <numerusform>%Ln more for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more to fill the card</source>
        <translation>
            <numerusform>%Ln more to fill the card</numerusform>
            <numerusform>%Ln more to fill the card</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more point(s) to use them</source>
        <translation>
            <numerusform>%Ln more point to use them</numerusform>
            <numerusform>%Ln more points to use them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spent %1 in the last %Ln month(s)</source>
        <translation>
            <numerusform>Spent %1 in the last month</numerusform>
            <numerusform>Spent %1 in the last %Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFormDialog</name>
    <message numerus="yes">
        <source>%Ln point(s) worth %1</source>
        <translation>
            <numerusform>%Ln point worth %1</numerusform>
            <numerusform>%Ln points worth %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earns %Ln stamp(s)</source>
        <translation>
            <numerusform>Earns %Ln stamp</numerusform>
            <numerusform>Earns %Ln stamps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earns %Ln point(s)</source>
        <translation>
            <numerusform>Earns %Ln point</numerusform>
            <numerusform>Earns %Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln order(s) match</source>
        <translation>
            <numerusform>%Ln order matches</numerusform>
            <numerusform>%Ln orders match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) marked %1.</source>
        <translation>
            <numerusform>%Ln order marked %1.</numerusform>
            <numerusform>%Ln orders marked %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) left as they were (already there, final, or a step back).</source>
        <translation>
            <numerusform>%Ln order left as it was (already there, final, or a step back).</numerusform>
            <numerusform>%Ln orders left as they were (already there, final, or a step back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) imported.</source>
        <translation>
            <numerusform>%Ln order imported.</numerusform>
            <numerusform>%Ln orders imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %Ln minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %Ln minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %Ln second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message numerus="yes">
        <source>Preparing %Ln document(s)…</source>
        <translation>
            <numerusform>Preparing %Ln document…</numerusform>
            <numerusform>Preparing %Ln documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) ready.</source>
        <translation>
            <numerusform>%Ln document ready.</numerusform>
            <numerusform>%Ln documents ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them printed before.</source>
        <translation>
            <numerusform>%Ln of them printed before.</numerusform>
            <numerusform>%Ln of them printed before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln document(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln document to %1.</numerusform>
            <numerusform>Saved %Ln documents to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln document(s) to the printer.</source>
        <translation>
            <numerusform>Sent %Ln document to the printer.</numerusform>
            <numerusform>Sent %Ln documents to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummariesView</name>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln response</numerusform>
            <numerusform>%Ln responses</numerusform>
        </translation>
    </message>
</context>
</TS>
