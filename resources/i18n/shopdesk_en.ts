<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CustomersView</name>
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
</context>
</TS>
