<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>socketlab::cli</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>socketlab::gui::ClientTab</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>socketlab::gui::ConversationView</name>
    <message numerus="yes">
        <source>(+%n byte(s) not shown)</source>
        <translation>
            <numerusform>(+%n byte not shown)</numerusform>
            <numerusform>(+%n bytes not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) not shown</source>
        <translation>
            <numerusform>%n byte not shown</numerusform>
            <numerusform>%n bytes not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older byte(s) not shown</source>
        <translation>
            <numerusform>%n older byte not shown</numerusform>
            <numerusform>%n older bytes not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recv() #%1 — %n byte(s)</source>
        <translation>
            <numerusform>recv() #%1 — %n byte</numerusform>
            <numerusform>recv() #%1 — %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>send() — %n byte(s)</source>
        <translation>
            <numerusform>send() — %n byte</numerusform>
            <numerusform>send() — %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>← %n byte(s) received</source>
        <translation>
            <numerusform>← %n byte received</numerusform>
            <numerusform>← %n bytes received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>→ %n byte(s) sent</source>
        <translation>
            <numerusform>→ %n byte sent</numerusform>
            <numerusform>→ %n bytes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>← %n byte(s) from %1</source>
        <translation>
            <numerusform>← %n byte from %1</numerusform>
            <numerusform>← %n bytes from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>→ %n byte(s) to %1</source>
        <translation>
            <numerusform>→ %n byte to %1</numerusform>
            <numerusform>→ %n bytes to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>socketlab::gui::DatagramModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list shows its first %n byte(s).</source>
        <translation>
            <numerusform>The list shows its first %n byte.</numerusform>
            <numerusform>The list shows its first %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>socketlab::gui::LookupTab</name>
    <message numerus="yes">
        <source>%1 → %Ln result(s), %2</source>
        <translation>
            <numerusform>%1 → %Ln result, %2</numerusform>
            <numerusform>%1 → %Ln results, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s); getaddrinfo took %1</source>
        <translation>
            <numerusform>%Ln result; getaddrinfo took %1</numerusform>
            <numerusform>%Ln results; getaddrinfo took %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>socketlab::gui::PayloadEditor</name>
    <message numerus="yes">
        <source>Send %n byte(s)</source>
        <translation>
            <numerusform>Send %n byte</numerusform>
            <numerusform>Send %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>socketlab::gui::SequenceView</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older not shown</source>
        <translation>
            <numerusform>%n older not shown</numerusform>
            <numerusform>%n older not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The diagram keeps the latest %n call(s); Clear starts afresh.</source>
        <translation>
            <numerusform>The diagram keeps the latest %n call; Clear starts afresh.</numerusform>
            <numerusform>The diagram keeps the latest %n calls; Clear starts afresh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sessions left %n call(s) out of their reports (too many at once): arrows around them are not drawn.</source>
        <translation>
            <numerusform>The sessions left %n call out of their reports (too many at once): arrows around it are not drawn.</numerusform>
            <numerusform>The sessions left %n calls out of their reports (too many at once): arrows around them are not drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>socketlab::gui::ServerTab</name>
    <message numerus="yes">
        <source>%n accepted in all</source>
        <translation>
            <numerusform>%n accepted in all</numerusform>
            <numerusform>%n accepted in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) connected</source>
        <translation>
            <numerusform>%n client connected</numerusform>
            <numerusform>%n clients connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>socketlab::gui::StepPanel</name>
    <message numerus="yes">
        <source>send() sent %n byte(s).</source>
        <translation>
            <numerusform>send() sent %n byte.</numerusform>
            <numerusform>send() sent %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recv() returned %n byte(s).</source>
        <translation>
            <numerusform>recv() returned %n byte.</numerusform>
            <numerusform>recv() returned %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sendto() sent %n byte(s) to %1.</source>
        <translation>
            <numerusform>sendto() sent %n byte to %1.</numerusform>
            <numerusform>sendto() sent %n bytes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recvfrom() returned %n byte(s) from %1.</source>
        <translation>
            <numerusform>recvfrom() returned %n byte from %1.</numerusform>
            <numerusform>recvfrom() returned %n bytes from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>socketlab::gui::TracePanel</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 not shown</source>
        <translation>
            <numerusform>%n call, %1 not shown</numerusform>
            <numerusform>%n calls, %1 not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>socketlab::gui::UdpEndpointPanel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n datagram</numerusform>
            <numerusform>%n datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older datagram(s) not shown</source>
        <translation>
            <numerusform>%n older datagram not shown</numerusform>
            <numerusform>%n older datagrams not shown</numerusform>
        </translation>
    </message>
</context>
</TS>
