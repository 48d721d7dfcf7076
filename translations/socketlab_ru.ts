<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ClientTab</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Client socket</source>
        <translation>Клиентский сокет</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Домен:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Тайм-аут подключения:</translation>
    </message>
    <message>
        <source>How long connect() may wait for the server before it fails with ETIMEDOUT</source>
        <translation>Сколько connect() может ждать сервер, прежде чем завершится ошибкой ETIMEDOUT</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Bytes per recv():</source>
        <translation>&amp;Байт за recv():</translation>
    </message>
    <message>
        <source>The most bytes one recv() call may return: the tutorial calls s.recv(1024). Try 4 to see TCP hand one message over in several pieces.</source>
        <translation>Наибольшее число байт, которое может вернуть один вызов recv(): в учебнике вызывается s.recv(1024). Попробуйте 4, чтобы увидеть, как TCP отдаёт одно сообщение несколькими частями.</translation>
    </message>
    <message>
        <source>socket() and connect(): actively initiates a connection to a TCP server, then receives what it sends</source>
        <translation>socket() и connect(): активно инициирует подключение к TCP-серверу, затем получает то, что он отправляет</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Под&amp;ключиться</translation>
    </message>
    <message>
        <source>close(): closes the socket, or cancels a connect() that is still waiting</source>
        <translation>close(): закрывает сокет или отменяет connect(), который ещё ждёт</translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation>&amp;Отключиться</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): sends FIN, so the server&apos;s recv() returns 0 and it knows you are done, while this socket still receives its answer</source>
        <translation>shutdown(SHUT_WR): отправляет FIN, recv() на сервере возвращает 0, и сервер знает, что вы закончили, а этот сокет по-прежнему получает его ответ</translation>
    </message>
    <message>
        <source>Shut down &amp;sending</source>
        <translation>&amp;Завершить отправку</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Обмен данными</translation>
    </message>
    <message>
        <source>Every byte received and sent on this connection, counted exactly</source>
        <translation>Точный счёт всех байтов, полученных и отправленных через это соединение</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Я&amp;зык:</translation>
    </message>
    <message>
        <source>The program in Python 3, as in the tutorial, or in C with BSD sockets</source>
        <translation>Программа на Python 3, как в учебнике, или на C с сокетами BSD</translation>
    </message>
    <message>
        <source>Copy the whole program to the clipboard</source>
        <translation>Скопировать всю программу в буфер обмена</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Save the program to a file</source>
        <translation>Сохранить программу в файл</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>&amp;Show as:</source>
        <translation>Показ&amp;ать как:</translation>
    </message>
    <message>
        <source>Text shows the bytes as text, with control characters and invalid UTF-8 escaped (\x1b). Hex shows every byte, 16 to a line.</source>
        <translation>«Текст» показывает байты как текст, управляющие символы и некорректный UTF-8 экранируются (\x1b). HEX показывает каждый байт, по 16 в строке.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Remove everything shown here. The connection is not affected.</source>
        <translation>Удалить всё, что здесь показано. На соединение это не влияет.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <source>Save the bytes kept here (the last 1 MiB), exactly as they were received and sent, to a file.</source>
        <translation>Сохранить в файл хранящиеся здесь байты (последний 1 МиБ) точно в том виде, в каком они были получены и отправлены.</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Сохра&amp;нить…</translation>
    </message>
    <message>
        <source>Data received and sent appears here.</source>
        <translation>Здесь появятся полученные и отправленные данные.</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Learn</source>
        <translation>Учебник</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Словарь</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Simple server</source>
        <translation>Простой сервер</translation>
    </message>
    <message>
        <source>Set up the Server tab</source>
        <translation>Настроить вкладку «Сервер»</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the program to the clipboard</source>
        <translation>Скопировать программу в буфер обмена</translation>
    </message>
    <message>
        <source>Simple client</source>
        <translation>Простой клиент</translation>
    </message>
    <message>
        <source>Set up the Client tab</source>
        <translation>Настроить вкладку «Клиент»</translation>
    </message>
    <message>
        <source>Looking up a public host</source>
        <translation>Разрешение имени публичного хоста</translation>
    </message>
    <message>
        <source>Set up the Lookup tab</source>
        <translation>Настроить вкладку «Разрешение имён»</translation>
    </message>
</context>
<context>
    <name>LookupTab</name>
    <message>
        <source>Name lookup</source>
        <translation>Разрешение имён</translation>
    </message>
    <message>
        <source>gethostname() returns the host name: this machine&apos;s name, as the tutorial&apos;s program prints it</source>
        <translation>gethostname() возвращает имя хоста — имя этого компьютера, которое выводит программа из учебника</translation>
    </message>
    <message>
        <source>Copy the host name to the clipboard</source>
        <translation>Скопировать имя хоста в буфер обмена</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Call gethostname() again</source>
        <translation>Вызвать gethostname() ещё раз</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>Addresses for a host and a service: getaddrinfo()</source>
        <translation>Адреса хоста и службы: getaddrinfo()</translation>
    </message>
    <message>
        <source>E&amp;xample:</source>
        <translation>Прим&amp;ер:</translation>
    </message>
    <message>
        <source>Fills in the fields with a lookup worth trying; the first is the tutorial&apos;s own program</source>
        <translation>Заполняет поля примером запроса, который стоит попробовать; первый — программа из самого учебника</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Служба:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Домен:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Протокол:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Флаги:</translation>
    </message>
    <message>
        <source>AI_PASSIVE: addresses for bind(), for a server. With the empty host it gives INADDR_ANY (0.0.0.0), every interface; without it, the loopback address.</source>
        <translation>AI_PASSIVE: адреса для bind(), для сервера. С пустым хостом даёт INADDR_ANY (0.0.0.0), все интерфейсы; без этого флага — адрес петлевого интерфейса.</translation>
    </message>
    <message>
        <source>AI_CANONNAME: also return the host&apos;s official (canonical) name, in the first entry</source>
        <translation>AI_CANONNAME: вернуть также официальное (каноническое) имя хоста — в первой записи</translation>
    </message>
    <message>
        <source>AI_NUMERICHOST: the host must be a numeric address; a name fails at once instead of asking a name server</source>
        <translation>AI_NUMERICHOST: хост должен быть числовым адресом; имя сразу даёт ошибку, без обращения к серверу имён</translation>
    </message>
    <message>
        <source>AI_NUMERICSERV: the service must be a port number; a service name such as www fails instead of being looked up in the services database</source>
        <translation>AI_NUMERICSERV: служба должна быть номером порта; название службы, например www, даёт ошибку, а не ищется в базе данных служб</translation>
    </message>
    <message>
        <source>AI_ADDRCONFIG: only the families this machine has an address of (no IPv6 answers on a machine without IPv6). Loopback addresses do not count.</source>
        <translation>AI_ADDRCONFIG: только те семейства, для которых у этого компьютера есть адрес (на компьютере без IPv6 ответов IPv6 не будет). Адреса петлевого интерфейса не учитываются.</translation>
    </message>
    <message>
        <source>Call getaddrinfo() with these arguments</source>
        <translation>Вызвать getaddrinfo() с этими аргументами</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Узнать адреса</translation>
    </message>
    <message>
        <source>Stop waiting: a getaddrinfo() call cannot be interrupted, so its answer is ignored when it comes</source>
        <translation>Перестать ждать: вызов getaddrinfo() нельзя прервать, поэтому его ответ будет проигнорирован, когда придёт</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Reverse lookup: getnameinfo()</source>
        <translation>Обратное разрешение: getnameinfo()</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>A numeric address: a dotted quad (127.0.0.1) or an IPv6 address in colon notation (::1)</source>
        <translation>Числовой адрес: четырёхточечный (127.0.0.1) или IPv6-адрес в двоеточечной нотации (::1)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>A port number, 0 to 65535; getnameinfo() finds its service name</source>
        <translation>Номер порта от 0 до 65535; getnameinfo() найдёт название его службы</translation>
    </message>
    <message>
        <source>NI_NUMERICHOST: give the address back as digits instead of looking up its name</source>
        <translation>NI_NUMERICHOST: вернуть адрес цифрами, не разрешая его имя</translation>
    </message>
    <message>
        <source>NI_NUMERICSERV: give the port back as digits instead of its service name</source>
        <translation>NI_NUMERICSERV: вернуть порт цифрами, а не названием службы</translation>
    </message>
    <message>
        <source>NI_NAMEREQD: fail (EAI_NONAME) when the address has no name, instead of giving the digits</source>
        <translation>NI_NAMEREQD: вернуть ошибку (EAI_NONAME), если у адреса нет имени, а не отдавать цифры</translation>
    </message>
    <message>
        <source>NI_DGRAM: the port is a UDP port (connectionless); look its name up for udp instead of tcp</source>
        <translation>NI_DGRAM: порт — UDP-порт (без установления соединения); искать его название для udp, а не для tcp</translation>
    </message>
    <message>
        <source>Call getnameinfo(): from an address and a port back to a host name and a service name</source>
        <translation>Вызвать getnameinfo(): по адресу и порту получить имя хоста и название службы</translation>
    </message>
    <message>
        <source>Re&amp;verse lookup</source>
        <translation>О&amp;братное разрешение</translation>
    </message>
    <message>
        <source>What Python&apos;s socket.getnameinfo() returns: (host, port)</source>
        <translation>Что возвращает socket.getnameinfo() в Python: (host, port)</translation>
    </message>
    <message>
        <source>Services database</source>
        <translation>База данных служб</translation>
    </message>
    <message>
        <source>A service name (www) to find its port, or a port number (80) to find its name</source>
        <translation>Название службы (www), чтобы узнать её порт, или номер порта (80), чтобы узнать его название</translation>
    </message>
    <message>
        <source>The services database lists a port for tcp and for udp separately</source>
        <translation>В базе данных служб порты для tcp и для udp указаны отдельно</translation>
    </message>
    <message>
        <source>A name is looked up with getaddrinfo(), a number with getnameinfo()</source>
        <translation>Название ищется через getaddrinfo(), номер — через getnameinfo()</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>How many entries getaddrinfo() returned and how long the call itself took</source>
        <translation>Сколько записей вернул getaddrinfo() и сколько длился сам вызов</translation>
    </message>
    <message>
        <source>What the tutorial&apos;s pprint(addrinfo) prints:</source>
        <translation>Что выводит pprint(addrinfo) из учебника:</translation>
    </message>
    <message>
        <source>Python&apos;s list of (family, type, proto, canonname, sockaddr) tuples, as pprint prints it</source>
        <translation>Список кортежей (family, type, proto, canonname, sockaddr) в Python — так его выводит pprint</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Past lookups, newest first. Double-click one to run it again.</source>
        <translation>Прошлые запросы, сначала новые. Дважды щёлкните запрос, чтобы выполнить его снова.</translation>
    </message>
    <message>
        <source>Call trace</source>
        <translation>Журнал вызовов</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocketLab</source>
        <translation>SocketLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>С&amp;еанс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Stop every session and quit SocketLab</source>
        <translation>Остановить все сеансы и выйти из SocketLab</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Server and Client &amp;Side by Side</source>
        <translation>Сервер и клиент &amp;рядом</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>Show the Server and Client tabs next to each other, to watch both ends of a connection at once</source>
        <translation>Показать вкладки «Сервер» и «Клиент» рядом, чтобы видеть оба конца соединения одновременно</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Pair on This Machine</source>
        <translation>&amp;Пара на этом компьютере</translation>
    </message>
    <message>
        <source>Pair on this machine</source>
        <translation>Пара на этом компьютере</translation>
    </message>
    <message>
        <source>Start the tutorial&apos;s server (port 12345, backlog 5, reply &quot;Thank you for connecting&quot;) and connect the client to it</source>
        <translation>Запустить сервер из учебника (порт 12345, длина очереди 5, ответ &quot;Thank you for connecting&quot;) и подключить к нему клиент</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>S&amp;top All Sessions</source>
        <translation>&amp;Остановить все сеансы</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Остановить всё</translation>
    </message>
    <message>
        <source>Stop the server and disconnect the client</source>
        <translation>Остановить сервер и отключить клиент</translation>
    </message>
    <message>
        <source>&amp;About SocketLab</source>
        <translation>&amp;О программе SocketLab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>PayloadEditor</name>
    <message>
        <source>Data to send</source>
        <translation>Данные для отправки</translation>
    </message>
    <message>
        <source>Text sends what you type as UTF-8. Hex sends the bytes you write as pairs of hex digits.</source>
        <translation>«Текст» отправляет введённое в кодировке UTF-8. HEX отправляет байты, записанные парами шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Added after the text. Many line-based protocols end each message with CRLF (\r\n) or LF (\n).</source>
        <translation>Добавляется после текста. Многие строковые протоколы завершают каждое сообщение символами CRLF (\r\n) или LF (\n).</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>Конец строки</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Без конца строки</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>Отп&amp;равить</translation>
    </message>
</context>
<context>
    <name>SequenceView</name>
    <message>
        <source>Sequence diagram</source>
        <translation>Диаграмма последовательности</translation>
    </message>
    <message>
        <source>Forget every call drawn so far; the sessions go on</source>
        <translation>Забыть все нарисованные вызовы; сеансы продолжают работу</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Save the whole diagram as a PNG image</source>
        <translation>Сохранить всю диаграмму как изображение PNG</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <source>Save the whole diagram as an SVG drawing, which scales to any size</source>
        <translation>Сохранить всю диаграмму как рисунок SVG, который масштабируется до любого размера</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Экспорт SVG…</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Server socket</source>
        <translation>Сокет сервера</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Домен:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Backlog:</source>
        <translation>Д&amp;лина очереди:</translation>
    </message>
    <message>
        <source>listen(backlog): how many connections may wait to be accepted. The tutorial&apos;s server.py uses 5.</source>
        <translation>listen(backlog): сколько соединений может ждать, пока их примут. В server.py из учебника — 5.</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): lets a restarted server bind its port while connections of the previous run are still in TIME_WAIT. It does not let two servers listen on the same port.</source>
        <translation>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) перед bind(): позволяет перезапущенному серверу привязаться к своему порту, пока соединения предыдущего запуска ещё в состоянии TIME_WAIT. Прослушивать один и тот же порт двум серверам это не позволяет.</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Ответ:</translation>
    </message>
    <message>
        <source>What the server does with each client it accepts</source>
        <translation>Что сервер делает с каждым принятым клиентом</translation>
    </message>
    <message>
        <source>Reply &amp;text:</source>
        <translation>&amp;Текст ответа:</translation>
    </message>
    <message>
        <source>What c.send() sends to each client before c.close(). It is sent exactly as typed, as UTF-8.</source>
        <translation>Что c.send() отправляет каждому клиенту перед c.close(). Текст отправляется в точности так, как введён, в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>socket(), bind() and listen(), then accept() each client that connects</source>
        <translation>socket(), bind() и listen(), затем accept() для каждого подключающегося клиента</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <source>close(): closes every client connection and the listening socket</source>
        <translation>close(): закрывает все соединения с клиентами и прослушивающий сокет</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Останов&amp;ить</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>c.close(): the server closes its socket for the selected client</source>
        <translation>c.close(): сервер закрывает свой сокет для выбранного клиента</translation>
    </message>
    <message>
        <source>&amp;Close client</source>
        <translation>Отключить &amp;клиента</translation>
    </message>
    <message>
        <source>One row per connection accept() returned. Select a connected client to send to it or close it.</source>
        <translation>По строке на каждое соединение, которое вернул accept(). Выберите подключённого клиента, чтобы отправить ему данные или закрыть соединение.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Обмен данными</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Step b&amp;y step</source>
        <translation>&amp;По шагам</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>Прервать &amp;ожидание</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <source>Call trace</source>
        <translation>Журнал вызовов</translation>
    </message>
    <message>
        <source>Every call the session made. Calls that did not fit are counted as not shown.</source>
        <translation>Все вызовы, сделанные в этом сеансе. Вызовы, которые не поместились, считаются непоказанными.</translation>
    </message>
    <message>
        <source>Copy the selected calls, or all calls when none is selected, as text</source>
        <translation>Копировать выбранные вызовы (или все, если ничего не выбрано) как текст</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Save the call trace as text, or as JSON lines like socketlab-cli --trace</source>
        <translation>Сохранить журнал вызовов как текст или как строки JSON, как socketlab-cli --trace</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Remove every call from the trace</source>
        <translation>Удалить все вызовы из журнала</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>UdpEndpointPanel</name>
    <message>
        <source>UDP endpoint</source>
        <translation>Конечная точка UDP</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Домен:</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(). For UDP on Linux it lets several sockets that all set it bind the same address and port, e.g. several receivers of one multicast group.</source>
        <translation>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) перед bind(). Для UDP в Linux позволяет нескольким сокетам, у которых он установлен, привязаться к одному и тому же адресу и порту — например, нескольким получателям одной многоадресной группы.</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_BROADCAST, 1): needed to send to &apos;&lt;broadcast&gt;&apos; (255.255.255.255). Without it the system refuses such a sendto() with EACCES.</source>
        <translation>setsockopt(SOL_SOCKET, SO_BROADCAST, 1): нужен, чтобы отправлять на &apos;&lt;broadcast&gt;&apos; (255.255.255.255). Без него система отклоняет такой sendto() с ошибкой EACCES.</translation>
    </message>
    <message>
        <source>Echo mode: every datagram recvfrom() returns is sent straight back to its sender with sendto()</source>
        <translation>Эхо: каждая датаграмма, которую вернул recvfrom(), сразу отправляется обратно отправителю через sendto()</translation>
    </message>
    <message>
        <source>&amp;Echo</source>
        <translation>&amp;Эхо</translation>
    </message>
    <message>
        <source>socket(AF_INET, SOCK_DGRAM) and bind(), then recvfrom() in a loop: every datagram that arrives is one row</source>
        <translation>socket(AF_INET, SOCK_DGRAM) и bind(), затем recvfrom() в цикле: каждая пришедшая датаграмма — одна строка</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <source>close(): closes the datagram socket</source>
        <translation>close(): закрывает датаграммный сокет</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Ост&amp;ановить</translation>
    </message>
    <message>
        <source>Multicast: datagrams sent to a group address reach every socket that joined the group. Check to use these settings; they apply at Start.</source>
        <translation>Многоадресная рассылка: датаграммы, отправленные на адрес группы, получает каждый сокет, вступивший в эту группу. Отметьте, чтобы использовать эти настройки; они применяются при запуске.</translation>
    </message>
    <message>
        <source>&amp;Multicast</source>
        <translation>&amp;Многоадресная рассылка</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Вст&amp;упить</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>По&amp;кинуть</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Интерфейс:</translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <source>Lo&amp;op</source>
        <translation>П&amp;етля</translation>
    </message>
    <message>
        <source>The groups this socket is a member of, as the system confirmed them</source>
        <translation>Группы, в которые входит этот сокет, — как их подтвердила система</translation>
    </message>
    <message>
        <source>Send with sendto()</source>
        <translation>Отправка через sendto()</translation>
    </message>
    <message>
        <source>T&amp;o host:</source>
        <translation>Хост &amp;назначения:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>Datagrams</source>
        <translation>Датаграммы</translation>
    </message>
    <message>
        <source>Show each datagram&apos;s content as text (control characters escaped) or as hex bytes</source>
        <translation>Показывать содержимое каждой датаграммы как текст (управляющие символы экранируются) или как шестнадцатеричные байты</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Send the next datagram to the sender of the selected received datagram: its address becomes the destination</source>
        <translation>Отправить следующую датаграмму отправителю выбранной полученной датаграммы: его адрес станет адресом назначения</translation>
    </message>
    <message>
        <source>Reply to send&amp;er</source>
        <translation>О&amp;тветить отправителю</translation>
    </message>
    <message>
        <source>One row per recvfrom() or sendto(): each datagram keeps its own boundaries</source>
        <translation>Одна строка на каждый recvfrom() или sendto(): каждая датаграмма сохраняет свои границы</translation>
    </message>
</context>
<context>
    <name>UdpTab</name>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Binds Endpoint A and Endpoint B on 127.0.0.1 with port 0 (the system picks free ports), then points each one&apos;s destination at the other</source>
        <translation>Привязывает конечные точки A и B к 127.0.0.1 с портом 0 (система выбирает свободные порты), затем направляет каждую из них на другую</translation>
    </message>
    <message>
        <source>&amp;Pair on this machine</source>
        <translation>Пара на этом к&amp;омпьютере</translation>
    </message>
    <message>
        <source>UDP is connectionless (SOCK_DGRAM): each sendto() is one datagram, and each recvfrom() returns one.</source>
        <translation>UDP работает без установления соединения (SOCK_DGRAM): каждый sendto() — это одна датаграмма, и каждый recvfrom() возвращает одну датаграмму.</translation>
    </message>
</context>
<context>
    <name>socketlab::cli</name>
    <message>
        <source>The translation for &apos;%1&apos; is not available in this build; messages stay in English.</source>
        <translation>Перевода на язык «%1» в этой сборке нет; сообщения будут на английском.</translation>
    </message>
    <message>
        <source>SocketLab in a terminal: the socket tutorial&apos;s server and client, UDP and name lookup, with every socket call shown on request.</source>
        <translation>SocketLab в терминале: сервер и клиент из учебника по сокетам, UDP и разрешение имён; по желанию — с выводом каждого вызова сокета.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>The language of messages: en or ru (default: the system&apos;s).</source>
        <translation>Язык сообщений: en или ru (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>Print every socket call on stderr as it happens.</source>
        <translation>Выводить каждый вызов сокета в stderr в момент вызова.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Команда, которую нужно выполнить (см. ниже).</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands and options.</source>
        <translation>Список команд и параметров: &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>%1: --lang: unknown language &apos;%2&apos;. Expected en or ru.</source>
        <translation>%1: --lang: неизвестный язык «%2». Укажите en или ru.</translation>
    </message>
    <message>
        <source>%1: no command given.</source>
        <translation>%1: не указана команда.</translation>
    </message>
    <message>
        <source>%1: unknown command &apos;%2&apos;.</source>
        <translation>%1: неизвестная команда «%2».</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 a socket call failed, 2 bad usage or input.</source>
        <translation>Параметры команды: &apos;%1 &lt;command&gt; --help&apos;.
Коды завершения: 0 — успех, 1 — вызов сокета завершился ошибкой, 2 — неверные аргументы или входные данные.</translation>
    </message>
    <message>
        <source>Run the tutorial&apos;s client: connect, print what one recv() returns, close. With --send or --stdin: send, then print everything received until the server closes.</source>
        <translation>Запустить клиент из учебника: подключиться, вывести то, что вернёт один вызов recv(), закрыть сокет. С --send или --stdin: отправить данные, затем выводить всё полученное, пока сервер не закроет соединение.</translation>
    </message>
    <message>
        <source>Send TEXT after connecting, shut down the sending side, and print everything received until the server closes.</source>
        <translation>После подключения отправить TEXT, закрыть свою сторону соединения на передачу (полузакрытие) и выводить всё полученное, пока сервер не закроет соединение.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Send standard input to the server (shutting down the sending side at its end) and write everything received to standard output, until the server closes.</source>
        <translation>Отправлять серверу стандартный ввод (когда он кончится — закрыть свою сторону на передачу) и записывать всё полученное в стандартный вывод, пока сервер не закроет соединение.</translation>
    </message>
    <message>
        <source>The size passed to recv() (default: %1).</source>
        <translation>Размер, передаваемый в recv() (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give up connecting after S seconds, such as 5 or 0.5 (default: %1).</source>
        <translation>Прекратить попытку подключения через S секунд, например 5 или 0.5 (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--send and --stdin exclude each other: choose one.</source>
        <translation>--send и --stdin несовместимы: выберите что-то одно.</translation>
    </message>
    <message>
        <source>The host: a name, a dotted quad, an IPv6 address, &apos;&lt;broadcast&gt;&apos;, &apos;&apos; for all interfaces, or an integer address (default: %1, or %2 with --family inet6).</source>
        <translation>Хост: имя, четырёхточечный адрес, IPv6-адрес, &apos;&lt;broadcast&gt;&apos;, &apos;&apos; для всех интерфейсов или адрес в виде целого числа (по умолчанию: %1, а с --family inet6 — %2).</translation>
    </message>
    <message>
        <source>With --family unix: the socket&apos;s file system path.</source>
        <translation>С --family unix — путь к сокету в файловой системе.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>The port: a number from 0 to 65535 or a service name such as www (default: %1; 0 lets the system pick).</source>
        <translation>Порт: число от 0 до 65535 или название службы, например www (по умолчанию: %1; при 0 порт выбирает система).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>The domain (address family): %1 (default: inet).</source>
        <translation>Домен (семейство адресов): %1 (по умолчанию: inet).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--family: unknown domain &apos;%1&apos;. Expected one of: %2.</source>
        <translation>--family: неизвестный домен «%1». Допустимые значения: %2.</translation>
    </message>
    <message>
        <source>%1: count &apos;%2&apos; is not valid. Expected a whole number of 1 or more.</source>
        <translation>%1: недопустимое количество «%2». Укажите целое число не меньше 1.</translation>
    </message>
    <message>
        <source>--trace: the file name is empty. Expected a file to write, such as trace.jsonl.</source>
        <translation>--trace: пустое имя файла. Укажите файл для записи, например trace.jsonl.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for the options.</source>
        <translation>Справка по параметрам: &apos;%1 %2 --help&apos;.</translation>
    </message>
    <message>
        <source>Resolve HOST and SERVICE with getaddrinfo() and print each address as Python&apos;s tuple, then this machine&apos;s name (gethostname()).</source>
        <translation>Разрешить HOST и SERVICE вызовом getaddrinfo() и вывести каждый адрес в виде кортежа Python, затем — имя этого компьютера (gethostname()).</translation>
    </message>
    <message>
        <source>A host name, a dotted quad, an IPv6 address, &apos;&lt;broadcast&gt;&apos;, &apos;&apos; or an integer address (default: %1).</source>
        <translation>Имя хоста, четырёхточечный адрес, IPv6-адрес, &apos;&lt;broadcast&gt;&apos;, &apos;&apos; или адрес в виде целого числа (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>A port number or a service name such as www (default: none).</source>
        <translation>Номер порта или название службы, например www (по умолчанию не задан).</translation>
    </message>
    <message>
        <source>The domain (address family): %1 (default: any).</source>
        <translation>Домен (семейство адресов): %1 (по умолчанию: any).</translation>
    </message>
    <message>
        <source>The socket type: any|stream|dgram (default: any).</source>
        <translation>Тип сокета: any|stream|dgram (по умолчанию: any).</translation>
    </message>
    <message>
        <source>--type: unknown socket type &apos;%1&apos;. Expected one of: any, stream, dgram.</source>
        <translation>--type: неизвестный тип сокета «%1». Допустимые значения: any, stream, dgram.</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 байт</numerusform>
            <numerusform>%1 байта</numerusform>
            <numerusform>%1 байт</numerusform>
        </translation>
    </message>
    <message>
        <source>Got connection from %1</source>
        <translation>Получено соединение от %1</translation>
    </message>
    <message>
        <source>Connection from %1 closed: %2 received</source>
        <translation>Соединение от %1 закрыто: получено %2</translation>
    </message>
    <message>
        <source>Run the tutorial&apos;s server: accept clients, print each one, send a reply and close.</source>
        <translation>Запустить сервер из учебника: принимать клиентов, выводить адрес каждого, отправлять ответ и закрывать соединение.</translation>
    </message>
    <message>
        <source>How many connections may wait to be accepted (listen&apos;s backlog; default: %1).</source>
        <translation>Сколько соединений может ждать принятия — длина очереди (backlog) для listen() (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>Set SO_REUSEADDR, so the port can be bound again at once after a restart.</source>
        <translation>Установить SO_REUSEADDR, чтобы после перезапуска порт можно было сразу привязать снова.</translation>
    </message>
    <message>
        <source>Send TEXT to each client, then close (default: &apos;%1&apos;).</source>
        <translation>Отправлять TEXT каждому клиенту и закрывать соединение (по умолчанию: &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Send back everything each client sends, until it closes.</source>
        <translation>Возвращать каждому клиенту всё, что он присылает, пока он не закроет соединение (эхо).</translation>
    </message>
    <message>
        <source>Read and drop everything each client sends; print the byte total when it closes.</source>
        <translation>Читать и отбрасывать всё, что присылает клиент; когда он закроет соединение, вывести общее число байт.</translation>
    </message>
    <message>
        <source>Exit after N connections have ended (default: run until Ctrl+C).</source>
        <translation>Завершиться после того, как закончатся N соединений (по умолчанию — работать до Ctrl+C).</translation>
    </message>
    <message>
        <source>--reply, --echo and --discard exclude each other: choose one.</source>
        <translation>--reply, --echo и --discard несовместимы: выберите что-то одно.</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Не удаётся прочитать стандартный ввод: %1</translation>
    </message>
    <message>
        <source>Listening on %1 — press Ctrl+C to stop</source>
        <translation>Прослушивание на %1 — нажмите Ctrl+C, чтобы остановить</translation>
    </message>
    <message>
        <source>Cannot write the trace file &apos;%1&apos;: %2</source>
        <translation>Не удаётся записать файл журнала вызовов «%1»: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation>Отправлено %1 по адресу %2</translation>
    </message>
    <message>
        <source>Send and receive UDP datagrams: &apos;udp listen&apos; prints each datagram with its sender, &apos;udp send&apos; sends one.</source>
        <translation>Отправлять и принимать датаграммы UDP: &apos;udp listen&apos; выводит каждую датаграмму и её отправителя, &apos;udp send&apos; отправляет одну.</translation>
    </message>
    <message>
        <source>Usage: %1 udp listen [options]
       %1 udp send [options] TEXT
%2

Run &apos;%1 udp listen --help&apos; or &apos;%1 udp send --help&apos; for the options.
</source>
        <translation>Использование: %1 udp listen [options]
               %1 udp send [options] TEXT
%2

Справка по параметрам: &apos;%1 udp listen --help&apos; и &apos;%1 udp send --help&apos;.
</translation>
    </message>
    <message>
        <source>%1 udp: expected &apos;listen&apos; or &apos;send&apos;.</source>
        <translation>%1 udp: укажите &apos;listen&apos; или &apos;send&apos;.</translation>
    </message>
    <message>
        <source>%1 udp: unknown subcommand &apos;%2&apos;. Expected &apos;listen&apos; or &apos;send&apos;.</source>
        <translation>%1 udp: неизвестная подкоманда «%2». Укажите &apos;listen&apos; или &apos;send&apos;.</translation>
    </message>
    <message>
        <source>Bind a UDP socket and print each datagram that arrives, with its sender.</source>
        <translation>Привязать UDP-сокет и выводить каждую пришедшую датаграмму вместе с её отправителем.</translation>
    </message>
    <message>
        <source>Exit after N datagrams (default: run until Ctrl+C).</source>
        <translation>Завершиться после N датаграмм (по умолчанию — работать до Ctrl+C).</translation>
    </message>
    <message>
        <source>Send each datagram back to its sender.</source>
        <translation>Возвращать каждую датаграмму её отправителю.</translation>
    </message>
    <message>
        <source>Set SO_REUSEADDR before bind().</source>
        <translation>Установить SO_REUSEADDR перед bind().</translation>
    </message>
    <message>
        <source>Set SO_BROADCAST (needed to send to &apos;&lt;broadcast&gt;&apos;).</source>
        <translation>Установить SO_BROADCAST (нужно для отправки на &apos;&lt;broadcast&gt;&apos;).</translation>
    </message>
    <message>
        <source>Send TEXT as one datagram with sendto(); optionally wait for one reply.</source>
        <translation>Отправить TEXT одной датаграммой через sendto(); при желании дождаться одного ответа.</translation>
    </message>
    <message>
        <source>Set SO_BROADCAST, needed to send to &apos;&lt;broadcast&gt;&apos;.</source>
        <translation>Установить SO_BROADCAST — он нужен для отправки на &apos;&lt;broadcast&gt;&apos;.</translation>
    </message>
    <message>
        <source>Wait up to S seconds for one reply datagram and print it; exit 1 if none comes.</source>
        <translation>Ждать ответную датаграмму не дольше S секунд и вывести её; если она не придёт — завершиться с кодом 1.</translation>
    </message>
    <message>
        <source>The datagram&apos;s content.</source>
        <translation>Содержимое датаграммы.</translation>
    </message>
    <message>
        <source>the TEXT to send is missing.</source>
        <translation>не указан TEXT для отправки.</translation>
    </message>
    <message>
        <source>No reply came within %1 seconds.</source>
        <translation>Ответ не пришёл за %1 с.</translation>
    </message>
    <message>
        <source>Write every socket call to FILE, one JSON object a line. An existing FILE is kept: the command stops unless --overwrite is given.</source>
        <translation>Записывать каждый вызов сокета в FILE, по одному объекту JSON на строку. Существующий FILE не заменяется: команда завершается, если не указан --overwrite.</translation>
    </message>
    <message>
        <source>Let --trace replace an existing file.</source>
        <translation>Разрешить --trace заменить существующий файл.</translation>
    </message>
    <message>
        <source>Warning: %1 binds to all interfaces: other machines on your network can reach this socket. Leave out --host (or use --host 127.0.0.1) to stay on this machine.</source>
        <translation>Предупреждение: %1 — это привязка ко всем интерфейсам: другие компьютеры вашей сети смогут обращаться к этому сокету. Не указывайте --host (или укажите --host 127.0.0.1), чтобы остаться в пределах этого компьютера.</translation>
    </message>
    <message>
        <source>The trace file &apos;%1&apos; exists already. Choose another name, or add --overwrite to replace it.</source>
        <translation>Файл журнала вызовов «%1» уже существует. Выберите другое имя или добавьте --overwrite, чтобы заменить его.</translation>
    </message>
</context>
<context>
    <name>socketlab::core</name>
    <message>
        <source>a host name, a dotted-quad address (127.0.0.1), an IPv6 address in colon notation (::1), &apos;&lt;broadcast&gt;&apos;, an empty string for all interfaces (INADDR_ANY), or an integer address in host byte order (2130706433)</source>
        <translation>имя хоста, четырёхточечный адрес (127.0.0.1), IPv6-адрес в двоеточечной нотации (::1), &apos;&lt;broadcast&gt;&apos;, строка нулевой длины для всех интерфейсов (INADDR_ANY) или целое число — двоичный адрес в порядке байтов хоста (2130706433)</translation>
    </message>
    <message>
        <source>a port number from 0 to 65535, a string holding a port number, or a service name (www, http, echo)</source>
        <translation>номер порта от 0 до 65535, строка с номером порта или название службы (www, http, echo)</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is empty. Expected a number from 0 to 65535, a string holding such a number, or a service name such as www or echo.</source>
        <translation>Порт «%1» пуст. Укажите число от 0 до 65535, строку с таким числом или название службы, например www или echo.</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is out of range. Expected a number from 0 to 65535, or a service name such as www.</source>
        <translation>Порт «%1» вне допустимого диапазона. Укажите число от 0 до 65535 или название службы, например www.</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is neither a number nor a service name. Expected a number from 0 to 65535, or a service name made of letters, digits and dashes, such as www.</source>
        <translation>Порт «%1» — не число и не название службы. Укажите число от 0 до 65535 или название службы из латинских букв, цифр и дефисов, например www.</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is not a known service name. Expected a number from 0 to 65535, or a name from the services database such as www, http or echo.</source>
        <translation>Порт «%1»: такого названия службы нет. Укажите число от 0 до 65535 или название из базы служб, например www, http или echo.</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is longer than 253 characters, the limit for a host name.</source>
        <translation>Хост «%1» длиннее 253 символов — это предел для имени хоста.</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; contains a character that a host name cannot have: a space, a control character, or something like http:// or a path. Expected a host name, a dotted-quad address (127.0.0.1), an IPv6 address in colon notation (::1), &apos;&lt;broadcast&gt;&apos;, an empty string for all interfaces, or an integer address (2130706433).</source>
        <translation>Хост «%1» содержит символ, недопустимый в имени хоста: пробел, управляющий символ или что-то вроде http:// или пути. Укажите имя хоста, четырёхточечный адрес (127.0.0.1), IPv6-адрес в двоеточечной нотации (::1), &apos;&lt;broadcast&gt;&apos;, строку нулевой длины для всех интерфейсов или адрес в виде целого числа (2130706433).</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; looks like a dotted-quad address but is not one: expected four numbers from 0 to 255 separated by dots, such as 127.0.0.1.</source>
        <translation>Хост «%1» похож на четырёхточечный адрес, но им не является: нужны четыре числа от 0 до 255, разделённые точками, например 127.0.0.1.</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is not a valid IPv6 address in colon notation. Expected an address such as ::1 or fe80::1%lo, optionally in square brackets.</source>
        <translation>Хост «%1» — неверный IPv6-адрес в двоеточечной нотации. Укажите адрес вроде ::1 или fe80::1%lo, можно в квадратных скобках.</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is too large for an integer address. Expected an integer from 0 to 4294967295, read as a binary address in host byte order (2130706433 is 127.0.0.1).</source>
        <translation>Хост «%1» — слишком большое число для адреса. Укажите целое число от 0 до 4294967295: оно читается как двоичный адрес в порядке байтов хоста (2130706433 — это 127.0.0.1).</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; does not belong to the chosen domain: an IPv4 address needs AF_INET and an IPv6 address needs AF_INET6.</source>
        <translation>Хост «%1» не подходит к выбранному домену: для IPv4-адреса нужен AF_INET, а для IPv6-адреса — AF_INET6.</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; means INADDR_BROADCAST, which exists only for AF_INET. IPv6 has no broadcast; use AF_INET.</source>
        <translation>Хост «%1» означает INADDR_BROADCAST, а он есть только в AF_INET. В IPv6 нет широковещательной рассылки; используйте AF_INET.</translation>
    </message>
    <message>
        <source>Socket path &apos;%1&apos; is empty. An AF_UNIX socket needs a file system path, such as /tmp/socketlab.sock.</source>
        <translation>Путь к сокету «%1» пуст. Сокету AF_UNIX нужен путь в файловой системе, например /tmp/socketlab.sock.</translation>
    </message>
    <message>
        <source>The socket path &apos;%1&apos; is too long for an AF_UNIX address (sun_path holds at most 107 bytes here). Use a shorter path.</source>
        <translation>Путь к сокету «%1» слишком длинный для адреса AF_UNIX (sun_path здесь вмещает не больше 107 байт). Укажите путь покороче.</translation>
    </message>
    <message>
        <source>AF_UNIX sockets are not available for &apos;%1&apos; on this system.</source>
        <translation>Сокеты AF_UNIX для «%1» в этой системе недоступны.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid hex. Expected pairs of hex digits (0-9, a-f), optionally separated by spaces, such as 48 65 6c 6c 6f.</source>
        <translation>«%1» — неверные шестнадцатеричные данные. Укажите пары шестнадцатеричных цифр (0-9, a-f), можно через пробел, например 48 65 6c 6c 6f.</translation>
    </message>
    <message>
        <source>Size &apos;%1&apos; is not valid. Expected a whole number from 1 to 1048576 bytes.</source>
        <translation>Недопустимый размер «%1». Укажите целое число байт от 1 до 1048576.</translation>
    </message>
    <message>
        <source>Backlog &apos;%1&apos; is not valid. Expected a whole number from 0 to 65535 (the tutorial uses 5).</source>
        <translation>Недопустимая длина очереди (backlog) «%1». Укажите целое число от 0 до 65535 (в учебнике — 5).</translation>
    </message>
    <message>
        <source>Timeout &apos;%1&apos; is not valid. Expected a number of seconds greater than 0, such as 5 or 0.5.</source>
        <translation>Недопустимый тайм-аут «%1». Укажите число секунд больше 0, например 5 или 0.5.</translation>
    </message>
    <message>
        <source>The datagram of %1 bytes is larger than UDP allows (65507 bytes over IPv4, 65527 over IPv6). Send less data, or use TCP for a stream.</source>
        <translation>Датаграмма слишком велика (размер в байтах: %1): UDP допускает не больше 65507 байт для IPv4 и 65527 для IPv6. Отправьте меньше данных или используйте TCP для передачи потока.</translation>
    </message>
    <message>
        <source>Interface &apos;%1&apos; is not known. Expected an IPv4 address of this machine (127.0.0.1) for AF_INET, or an interface name (lo) or index number for AF_INET6; empty lets the system choose.</source>
        <translation>Интерфейс «%1» неизвестен. Укажите IPv4-адрес этого компьютера (127.0.0.1) для AF_INET либо имя (lo) или номер интерфейса для AF_INET6; если оставить пустым, интерфейс выберет система.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a multicast group. Expected a numeric address from 224.0.0.0 to 239.255.255.255 (AF_INET) or one starting with ff (AF_INET6), such as 239.255.42.99 or ff02::1234.</source>
        <translation>«%1» — не многоадресная группа. Укажите числовой адрес от 224.0.0.0 до 239.255.255.255 (AF_INET) или адрес, начинающийся с ff (AF_INET6), например 239.255.42.99 или ff02::1234.</translation>
    </message>
    <message>
        <source>Connection %1 is already closed. Choose a client that is still connected.</source>
        <translation>Соединение %1 уже закрыто. Выберите клиента, который ещё подключён.</translation>
    </message>
    <message>
        <source>Nothing is listening at %1.</source>
        <translation>Никто не прослушивает %1.</translation>
    </message>
    <message>
        <source>Another socket already uses %1: another program has the port, or a recently closed connection keeps it in TIME_WAIT.</source>
        <translation>Другой сокет уже использует %1: порт занят другой программой или недавно закрытое соединение удерживает его в состоянии TIME_WAIT.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this machine.</source>
        <translation>Этому компьютеру не принадлежит %1.</translation>
    </message>
    <message>
        <source>The system did not allow this on %1: ports below 1024 need administrator rights, and broadcast needs SO_BROADCAST.</source>
        <translation>Система запретила использовать %1: для портов ниже 1024 нужны права администратора, а для широковещательной рассылки — SO_BROADCAST.</translation>
    </message>
    <message>
        <source>No answer came from %1 in time.</source>
        <translation>За отведённое время %1 не ответил.</translation>
    </message>
    <message>
        <source>The peer reset the connection: it closed abruptly or refused the data.</source>
        <translation>Удалённая сторона сбросила соединение: она внезапно закрыла его или отказалась принимать данные.</translation>
    </message>
    <message>
        <source>The connection was aborted on this machine.</source>
        <translation>Соединение прервано на этом компьютере.</translation>
    </message>
    <message>
        <source>The peer has closed the connection; nothing more can be sent.</source>
        <translation>Удалённая сторона закрыла соединение; больше ничего отправить нельзя.</translation>
    </message>
    <message>
        <source>There is no route to the network of %1.</source>
        <translation>Нет маршрута к сети, в которой находится %1.</translation>
    </message>
    <message>
        <source>The host %1 cannot be reached.</source>
        <translation>Недоступен хост, которому принадлежит %1.</translation>
    </message>
    <message>
        <source>The network is down.</source>
        <translation>Сеть не работает.</translation>
    </message>
    <message>
        <source>The message is too long to go in one datagram (EMSGSIZE).</source>
        <translation>Сообщение слишком длинное для одной датаграммы (EMSGSIZE).</translation>
    </message>
    <message>
        <source>The socket is not connected.</source>
        <translation>Сокет не подключён.</translation>
    </message>
    <message>
        <source>The socket is already connected.</source>
        <translation>Сокет уже подключён.</translation>
    </message>
    <message>
        <source>This system does not support that domain (address family).</source>
        <translation>Эта система не поддерживает такой домен (семейство адресов).</translation>
    </message>
    <message>
        <source>The process has run out of file descriptors.</source>
        <translation>У процесса закончились файловые дескрипторы.</translation>
    </message>
    <message>
        <source>The system has run out of buffer space.</source>
        <translation>В системе закончилось место для буферов.</translation>
    </message>
    <message>
        <source>The call did not accept one of its arguments.</source>
        <translation>Один из аргументов вызова недопустим.</translation>
    </message>
    <message>
        <source>The call would have to wait.</source>
        <translation>Вызову пришлось бы ждать.</translation>
    </message>
    <message>
        <source>Stopped before the call finished.</source>
        <translation>Остановлено до завершения вызова.</translation>
    </message>
    <message>
        <source>The name %1 is not known.</source>
        <translation>Имя %1 неизвестно.</translation>
    </message>
    <message>
        <source>The name %1 has no address of the requested domain.</source>
        <translation>У имени %1 нет адресов запрошенного домена (семейства адресов).</translation>
    </message>
    <message>
        <source>The name server could not be reached to look up %1 (no network, or the name server is down).</source>
        <translation>Не удалось связаться с DNS-сервером, чтобы разрешить %1 (нет сети или DNS-сервер не работает).</translation>
    </message>
    <message>
        <source>The name server failed to look up %1.</source>
        <translation>DNS-серверу не удалось разрешить %1.</translation>
    </message>
    <message>
        <source>The service is not known for this socket type (see the services database).</source>
        <translation>Для этого типа сокета такая служба неизвестна (см. базу служб).</translation>
    </message>
    <message>
        <source>This socket type is not supported here.</source>
        <translation>Этот тип сокета здесь не поддерживается.</translation>
    </message>
    <message>
        <source>Start the server first, or check the host and port.</source>
        <translation>Сначала запустите сервер или проверьте хост и порт.</translation>
    </message>
    <message>
        <source>Stop the other program, choose another port (0 lets the system pick), or wait a minute for TIME_WAIT to end. SO_REUSEADDR gets past TIME_WAIT when the earlier server set it too.</source>
        <translation>Остановите другую программу, выберите другой порт (при 0 порт выберет система) или подождите минуту, пока закончится TIME_WAIT. SO_REUSEADDR позволяет обойти TIME_WAIT, если его установил и предыдущий сервер.</translation>
    </message>
    <message>
        <source>Bind to 127.0.0.1, to an address of this machine, or to &apos;&apos;.</source>
        <translation>Привяжите сокет к 127.0.0.1, к адресу этого компьютера или к &apos;&apos;.</translation>
    </message>
    <message>
        <source>Use a port of 1024 or above; to send to &lt;broadcast&gt;, set SO_BROADCAST first.</source>
        <translation>Используйте порт 1024 или выше; чтобы отправлять на &lt;broadcast&gt;, сначала установите SO_BROADCAST.</translation>
    </message>
    <message>
        <source>Check that the host is up and the port is right, or allow a longer timeout.</source>
        <translation>Проверьте, что хост работает и порт указан верно, или увеличьте тайм-аут.</translation>
    </message>
    <message>
        <source>Connect again if you need to go on.</source>
        <translation>Если нужно продолжить, подключитесь снова.</translation>
    </message>
    <message>
        <source>Check the address and the network connection.</source>
        <translation>Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>Send less data in one datagram.</source>
        <translation>Отправляйте меньше данных в одной датаграмме.</translation>
    </message>
    <message>
        <source>Close some connections, or raise the limit (ulimit -n).</source>
        <translation>Закройте часть соединений или увеличьте лимит (ulimit -n).</translation>
    </message>
    <message>
        <source>Check the spelling, try another domain (AF_INET or AF_INET6), or use a numeric address.</source>
        <translation>Проверьте написание, попробуйте другой домен (AF_INET или AF_INET6) или используйте числовой адрес.</translation>
    </message>
    <message>
        <source>Check the network connection, or use a numeric address such as 127.0.0.1.</source>
        <translation>Проверьте подключение к сети или используйте числовой адрес, например 127.0.0.1.</translation>
    </message>
    <message>
        <source>Use a port number, or a service name such as www or echo.</source>
        <translation>Укажите номер порта или название службы, например www или echo.</translation>
    </message>
    <message>
        <source>creates a socket of the given domain, type and protocol</source>
        <translation>создаёт сокет заданного домена, типа и протокола</translation>
    </message>
    <message>
        <source>binds an address (hostname, port pair) to the socket</source>
        <translation>привязывает адрес (пару имя хоста, номер порта) к сокету</translation>
    </message>
    <message>
        <source>sets up and starts the TCP listener</source>
        <translation>устанавливает и запускает прослушиватель TCP</translation>
    </message>
    <message>
        <source>passively accepts a TCP client connection, waiting until it arrives (blocking)</source>
        <translation>пассивно принимает TCP-соединение клиента, ожидая его (блокируется)</translation>
    </message>
    <message>
        <source>actively initiates a connection to a TCP server</source>
        <translation>активно инициирует подключение к TCP-серверу</translation>
    </message>
    <message>
        <source>receives a TCP message</source>
        <translation>получает TCP-сообщение</translation>
    </message>
    <message>
        <source>sends a TCP message</source>
        <translation>передаёт TCP-сообщение</translation>
    </message>
    <message>
        <source>receives a UDP message</source>
        <translation>получает UDP-сообщение</translation>
    </message>
    <message>
        <source>sends a UDP message</source>
        <translation>передаёт UDP-сообщение</translation>
    </message>
    <message>
        <source>closes the socket</source>
        <translation>закрывает сокет</translation>
    </message>
    <message>
        <source>returns the host name</source>
        <translation>возвращает имя хоста</translation>
    </message>
    <message>
        <source>translates a host and a port into the addresses a socket can use</source>
        <translation>преобразует хост и порт в адреса, которые может использовать сокет</translation>
    </message>
    <message>
        <source>translates an address and a port back into a host name and a service name</source>
        <translation>преобразует адрес и порт обратно в имя хоста и название службы</translation>
    </message>
    <message>
        <source>sets an option of the socket</source>
        <translation>устанавливает параметр сокета</translation>
    </message>
    <message>
        <source>shuts down one or both directions of a connection without closing the socket</source>
        <translation>закрывает одно или оба направления соединения, не закрывая сокет</translation>
    </message>
    <message>
        <source>returns the socket&apos;s own address</source>
        <translation>возвращает собственный адрес сокета</translation>
    </message>
    <message>
        <source>returns the address of the connected peer</source>
        <translation>возвращает адрес подключённой удалённой стороны</translation>
    </message>
    <message>
        <source>%1 cannot come now: the calls made so far do not allow it yet (bind() needs socket(), listen() needs bind(), accept() needs listen(), send() and recv() need a connection). Choose one of the enabled calls.</source>
        <translation>Вызов %1 сейчас невозможен: сделанные до него вызовы этого ещё не допускают (bind() нужен socket(), listen() — bind(), accept() — listen(), а send() и recv() — соединение). Выберите один из доступных вызовов.</translation>
    </message>
    <message>
        <source>This system does not report the state of a TCP socket.</source>
        <translation>Эта система не сообщает состояние TCP-сокета.</translation>
    </message>
    <message>
        <source>No connection: the socket is not connected yet, or its connection has ended (refused, reset or fully closed).</source>
        <translation>Соединения нет: сокет ещё не подключён или его соединение завершилось (отказ, сброс или полное закрытие).</translation>
    </message>
    <message>
        <source>Listening: after listen(), the system completes incoming connections and queues them for accept().</source>
        <translation>Прослушивание: после listen() система сама устанавливает входящие соединения и ставит их в очередь для accept().</translation>
    </message>
    <message>
        <source>connect() has sent its SYN and waits for the server&apos;s answer (the first step of the handshake).</source>
        <translation>connect() отправил SYN и ждёт ответа сервера (первый шаг рукопожатия).</translation>
    </message>
    <message>
        <source>A client&apos;s SYN has arrived and been answered; the handshake waits for the client&apos;s last ACK.</source>
        <translation>SYN клиента пришёл, ответ на него отправлен; рукопожатие ждёт последнего ACK от клиента.</translation>
    </message>
    <message>
        <source>The connection is open: both sides can send() and recv().</source>
        <translation>Соединение открыто: обе стороны могут вызывать send() и recv().</translation>
    </message>
    <message>
        <source>This side has closed or shut down its sending side (FIN sent) and waits for the peer to acknowledge it.</source>
        <translation>Эта сторона закрыла сокет или завершила отправку (FIN отправлен) и ждёт, пока удалённая сторона это подтвердит.</translation>
    </message>
    <message>
        <source>This side has finished sending and the peer has acknowledged it; the peer can still send until it closes too.</source>
        <translation>Эта сторона завершила отправку, и удалённая сторона это подтвердила; она ещё может отправлять данные, пока тоже не закроет соединение.</translation>
    </message>
    <message>
        <source>The peer has closed its side (recv() returns 0). The connection stays half-open until this side calls close(): a program that never does leaks sockets in CLOSE_WAIT.</source>
        <translation>Удалённая сторона закрыла свою сторону (recv() возвращает 0). Соединение остаётся полуоткрытым, пока эта сторона не вызовет close(): программа, которая этого не делает, копит сокеты в CLOSE_WAIT.</translation>
    </message>
    <message>
        <source>Both sides closed at the same moment; each waits for the other to acknowledge its FIN.</source>
        <translation>Обе стороны закрыли соединение одновременно; каждая ждёт, пока другая подтвердит её FIN.</translation>
    </message>
    <message>
        <source>The peer closed first and this side has closed too; it waits for the last acknowledgement.</source>
        <translation>Удалённая сторона закрыла соединение первой, эта сторона тоже закрыла; она ждёт последнего подтверждения.</translation>
    </message>
    <message>
        <source>The side that closed first waits about a minute (twice the maximum segment lifetime) so that late packets of this connection cannot be mistaken for a new one. Meanwhile the address stays in use.</source>
        <translation>Сторона, закрывшая соединение первой, ждёт около минуты (два максимальных времени жизни сегмента), чтобы запоздавшие пакеты этого соединения нельзя было принять за пакеты нового. Всё это время адрес остаётся занятым.</translation>
    </message>
    <message>
        <source>After close() the socket is gone, but the side that closed first keeps the connection in TIME_WAIT for about a minute. A server restarted on the same port within that time gets EADDRINUSE unless it sets SO_REUSEADDR before bind().</source>
        <translation>После close() сокета больше нет, но сторона, закрывшая соединение первой, держит его в TIME_WAIT около минуты. Сервер, перезапущенный за это время на том же порту, получит EADDRINUSE, если не установит SO_REUSEADDR до bind().</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; has an empty part or a part longer than 63 characters between its dots. Expected a host name made of parts of 1 to 63 letters, digits and dashes, such as www.example.com.</source>
        <translation>В хосте «%1» между точками есть пустая часть или часть длиннее 63 символов. Укажите имя хоста из частей длиной от 1 до 63 букв, цифр и дефисов, например www.example.com.</translation>
    </message>
</context>
<context>
    <name>socketlab::gui</name>
    <message>
        <source>the address</source>
        <translation>указанный адрес</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::AddressInfoModel</name>
    <message>
        <source>AF_INET: IPv4, addresses are (host, port) pairs</source>
        <translation>AF_INET: IPv4, адреса — пары (host, port)</translation>
    </message>
    <message>
        <source>AF_INET6: IPv6, addresses are (host, port, flowinfo, scope_id)</source>
        <translation>AF_INET6: IPv6, адреса — (host, port, flowinfo, scope_id)</translation>
    </message>
    <message>
        <source>SOCK_STREAM: connection-oriented (TCP)</source>
        <translation>SOCK_STREAM: ориентированный на соединение (TCP)</translation>
    </message>
    <message>
        <source>SOCK_DGRAM: connectionless (UDP)</source>
        <translation>SOCK_DGRAM: без установления соединения (UDP)</translation>
    </message>
    <message>
        <source>SOCK_RAW: raw packets, below TCP and UDP</source>
        <translation>SOCK_RAW: сырые пакеты, уровнем ниже TCP и UDP</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 — это %2</translation>
    </message>
    <message>
        <source>Empty: ask with AI_CANONNAME to get the host&apos;s official name</source>
        <translation>Пусто: запросите с AI_CANONNAME, чтобы получить официальное имя хоста</translation>
    </message>
    <message>
        <source>The host&apos;s official (canonical) name</source>
        <translation>Официальное (каноническое) имя хоста</translation>
    </message>
    <message>
        <source>The address to pass to connect() or bind(): %1</source>
        <translation>Адрес, который передаётся в connect() или bind(): %1</translation>
    </message>
    <message>
        <source>Domain: the family of protocols that is used as the transport mechanism</source>
        <translation>Домен: семейство протоколов, которое используется в качестве транспортного механизма</translation>
    </message>
    <message>
        <source>Type: SOCK_STREAM (connection-oriented) or SOCK_DGRAM (connectionless)</source>
        <translation>Тип: SOCK_STREAM (ориентированный на соединение) или SOCK_DGRAM (без установления соединения)</translation>
    </message>
    <message>
        <source>Protocol: its number; 6 is TCP, 17 is UDP</source>
        <translation>Протокол: его номер; 6 — это TCP, 17 — UDP</translation>
    </message>
    <message>
        <source>Canonical name: the host&apos;s official name, only with AI_CANONNAME and only in the first entry</source>
        <translation>Каноническое имя: официальное имя хоста, только с AI_CANONNAME и только в первой записи</translation>
    </message>
    <message>
        <source>Address: the socket address as a Python tuple, ready for connect() or bind()</source>
        <translation>Адрес: адрес сокета в виде кортежа Python, готовый для connect() или bind()</translation>
    </message>
    <message>
        <source>any protocol</source>
        <translation>любой протокол</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::AppOptions</name>
    <message>
        <source>SocketLab: learn socket programming by watching every real socket call.</source>
        <translation>SocketLab: изучайте программирование сокетов, наблюдая за каждым настоящим вызовом сокета.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Language of the window: en or ru.</source>
        <translation>Язык окна: en или ru.</translation>
    </message>
    <message>
        <source>The tab to show first: server, client, udp or lookup.</source>
        <translation>Вкладка, открытая при запуске: server, client, udp или lookup.</translation>
    </message>
    <message>
        <source>Host for the chosen tab (default 127.0.0.1).</source>
        <translation>Хост для выбранной вкладки (по умолчанию 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port for the chosen tab (default 12345).</source>
        <translation>Порт для выбранной вкладки (по умолчанию 12345).</translation>
    </message>
    <message>
        <source>Start the chosen tab&apos;s session at once (serve, connect).</source>
        <translation>Сразу начать сеанс на выбранной вкладке (запустить сервер, подключиться).</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. See socketlab --help.</source>
        <translation>Лишний аргумент «%1». См. socketlab --help.</translation>
    </message>
    <message>
        <source>Language &apos;%1&apos; is not available. Expected en or ru.</source>
        <translation>Язык «%1» недоступен. Укажите en или ru.</translation>
    </message>
    <message>
        <source>Tab &apos;%1&apos; does not exist. Expected server, client, udp or lookup.</source>
        <translation>Вкладки «%1» нет. Укажите server, client, udp или lookup.</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::ClientListModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Адрес клиента</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Получено байт</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Отправлено байт</translation>
    </message>
    <message>
        <source>Connected at</source>
        <translation>Время подключения</translation>
    </message>
    <message>
        <source>The server&apos;s number for this connection, in the order accept() returned them</source>
        <translation>Номер этого соединения на сервере — в том порядке, в котором accept() их возвращал</translation>
    </message>
    <message>
        <source>The client&apos;s address as accept() returned it, in Python&apos;s (host, port) form</source>
        <translation>Адрес клиента, как его вернул accept(), в форме Python (host, port)</translation>
    </message>
    <message>
        <source>Connected; the peer finished sending (recv() returned 0); or closed</source>
        <translation>Подключено; клиент завершил отправку (recv() вернул 0); или закрыто</translation>
    </message>
    <message>
        <source>Bytes received from this client with recv()</source>
        <translation>Байты, полученные от этого клиента через recv()</translation>
    </message>
    <message>
        <source>Bytes sent to this client with send()</source>
        <translation>Байты, отправленные этому клиенту через send()</translation>
    </message>
    <message>
        <source>When accept() returned this connection</source>
        <translation>Когда accept() вернул это соединение</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Peer finished sending</source>
        <translation>Клиент завершил отправку</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>клиент закрыл соединение</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>сервер закрыл соединение</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>сервер остановлен</translation>
    </message>
    <message>
        <source>TCP state</source>
        <translation>Состояние TCP</translation>
    </message>
    <message>
        <source>The connection&apos;s state as the system&apos;s TCP reports it (LISTEN, ESTABLISHED, CLOSE_WAIT, ...); point at a state for what it means</source>
        <translation>Состояние соединения, как его сообщает TCP системы (LISTEN, ESTABLISHED, CLOSE_WAIT, …); наведите указатель на состояние, чтобы узнать, что оно значит</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::ClientTab</name>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Не удаётся подключиться: %1</translation>
    </message>
    <message>
        <source>Cannot connect: the previous connection is still closing. Try again.</source>
        <translation>Не удаётся подключиться: предыдущее соединение ещё закрывается. Попробуйте снова.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Shut down sending: once everything queued is sent, shutdown(SHUT_WR) sends FIN and the server&apos;s recv() returns 0. This socket still receives.</source>
        <translation>Отправка завершается: когда всё из очереди будет отправлено, shutdown(SHUT_WR) отправит FIN, и recv() на сервере вернёт 0. Этот сокет по-прежнему получает данные.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <source>The server closed the connection (recv() returned 0)</source>
        <translation>Сервер закрыл соединение (recv() вернул 0)</translation>
    </message>
    <message>
        <source>Disconnected. Received %1, sent %2.</source>
        <translation>Отключено. Получено %1, отправлено %2.</translation>
    </message>
    <message>
        <source>Connection attempt cancelled</source>
        <translation>Попытка подключения отменена</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Отключено от %1</translation>
    </message>
    <message>
        <source>Socket &amp;path:</source>
        <translation>Путь к &amp;сокету:</translation>
    </message>
    <message>
        <source>The file system path of the server&apos;s AF_UNIX socket, such as %1. An AF_UNIX address has no host and no port.</source>
        <translation>Путь в файловой системе к сокету AF_UNIX сервера, например %1. У адреса AF_UNIX нет ни хоста, ни порта.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>Получено %1, отправлено %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <source>The tutorial&apos;s client.py uses AF_INET.</source>
        <translation>client.py из учебника использует AF_INET.</translation>
    </message>
    <message>
        <source>The tutorial&apos;s client.py uses SOCK_STREAM.</source>
        <translation>client.py из учебника использует SOCK_STREAM.</translation>
    </message>
    <message>
        <source>An AF_UNIX socket has no port: its path is its address.</source>
        <translation>У сокета AF_UNIX нет порта: его адрес — это путь.</translation>
    </message>
    <message>
        <source>Here: the server&apos;s host. %1 is this machine&apos;s name, what the tutorial&apos;s socket.gethostname() returns.</source>
        <translation>Здесь: хост сервера. %1 — имя этой машины, которое возвращает socket.gethostname() из учебника.</translation>
    </message>
    <message>
        <source>The port the server listens on; the tutorial uses 12345.</source>
        <translation>Порт, который прослушивает сервер; в учебнике это 12345.</translation>
    </message>
    <message>
        <source>Type the data to send in the field below first.</source>
        <translation>Сначала введите данные для отправки в поле ниже.</translation>
    </message>
    <message>
        <source>Step by step: press socket(), then each next call.</source>
        <translation>По шагам: нажмите socket(), затем каждый следующий вызов.</translation>
    </message>
    <message>
        <source>From %1 to %2 bytes.</source>
        <translation>От %1 до %2 байт.</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::CodeGenerator</name>
    <message>
        <source>&apos;&apos; is INADDR_ANY: every interface of this machine</source>
        <translation>&apos;&apos; — это INADDR_ANY: все интерфейсы этого компьютера</translation>
    </message>
    <message>
        <source>&apos;&lt;broadcast&gt;&apos; is INADDR_BROADCAST, 255.255.255.255</source>
        <translation>&apos;&lt;broadcast&gt;&apos; — это INADDR_BROADCAST, 255.255.255.255</translation>
    </message>
    <message>
        <source>the integer %1 as an address</source>
        <translation>целое число %1 как адрес</translation>
    </message>
    <message>
        <source>a host name, resolved by getaddrinfo()</source>
        <translation>имя хоста, разрешается через getaddrinfo()</translation>
    </message>
    <message>
        <source>the socket&apos;s path in the file system</source>
        <translation>путь сокета в файловой системе</translation>
    </message>
    <message>
        <source>The socket path is not valid: the program will fail where it uses it.</source>
        <translation>Путь сокета недопустим: программа завершится с ошибкой там, где его использует.</translation>
    </message>
    <message>
        <source>The host is not valid: the program will fail where it uses it.</source>
        <translation>Хост недопустим: программа завершится с ошибкой там, где его использует.</translation>
    </message>
    <message>
        <source>The port is not valid: the program will fail where it uses it.</source>
        <translation>Порт недопустим: программа завершится с ошибкой там, где его использует.</translation>
    </message>
    <message>
        <source>A TCP server: accepts each client, sends it the reply text and closes the connection.</source>
        <translation>TCP-сервер: принимает каждого клиента, отправляет ему текст ответа и закрывает соединение.</translation>
    </message>
    <message>
        <source>A TCP server: accepts each client and sends back whatever arrives until the client closes.</source>
        <translation>TCP-сервер: принимает каждого клиента и возвращает всё пришедшее, пока клиент не закроет соединение.</translation>
    </message>
    <message>
        <source>A TCP server: accepts each client and reads what arrives without answering.</source>
        <translation>TCP-сервер: принимает каждого клиента и читает пришедшее, ничего не отвечая.</translation>
    </message>
    <message>
        <source>A TCP server: accepts each client and sends the lines you type.</source>
        <translation>TCP-сервер: принимает каждого клиента и отправляет строки, которые вы вводите.</translation>
    </message>
    <message>
        <source>Import socket module</source>
        <translation>Импортировать модуль socket</translation>
    </message>
    <message>
        <source>Create a socket object</source>
        <translation>Создать объект сокета</translation>
    </message>
    <message>
        <source>Bind again at once after a restart</source>
        <translation>Сразу снова привязать после перезапуска</translation>
    </message>
    <message>
        <source>Reserve a port for your service.</source>
        <translation>Зарезервировать порт для вашей службы.</translation>
    </message>
    <message>
        <source>Bind to the port</source>
        <translation>Привязать к порту</translation>
    </message>
    <message>
        <source>Now wait for client connection.</source>
        <translation>Теперь ждать подключения клиента.</translation>
    </message>
    <message>
        <source>Establish connection with client.</source>
        <translation>Установить соединение с клиентом.</translation>
    </message>
    <message>
        <source>sendall() repeats send() until every byte is out</source>
        <translation>sendall() повторяет send(), пока не уйдут все байты</translation>
    </message>
    <message>
        <source>At most this many bytes at once</source>
        <translation>Не больше стольких байт за раз</translation>
    </message>
    <message>
        <source>b&apos;&apos;: the client has closed its side</source>
        <translation>b&apos;&apos;: клиент закрыл свою сторону</translation>
    </message>
    <message>
        <source>Send back what arrived</source>
        <translation>Отправить обратно пришедшее</translation>
    </message>
    <message>
        <source>Count what arrived, answer nothing</source>
        <translation>Считать пришедшее, ничего не отвечать</translation>
    </message>
    <message>
        <source>An empty line closes the connection</source>
        <translation>Пустая строка закрывает соединение</translation>
    </message>
    <message>
        <source>Text becomes bytes (UTF-8)</source>
        <translation>Текст становится байтами (UTF-8)</translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation>Закрыть соединение</translation>
    </message>
    <message>
        <source>A longer path is cut</source>
        <translation>Более длинный путь обрезается</translation>
    </message>
    <message>
        <source>A number or a service name</source>
        <translation>Номер или название службы</translation>
    </message>
    <message>
        <source>NULL host: every interface</source>
        <translation>Хост NULL: все интерфейсы</translation>
    </message>
    <message>
        <source>Allow sending to a broadcast address</source>
        <translation>Разрешить отправку на широковещательный адрес</translation>
    </message>
    <message>
        <source>Build: cc -Wall -o server server.c</source>
        <translation>Сборка: cc -Wall -o server server.c</translation>
    </message>
    <message>
        <source>A short reply leaves in one send()</source>
        <translation>Короткий ответ уходит за один send()</translation>
    </message>
    <message>
        <source>0: the client has closed its side</source>
        <translation>0: клиент закрыл свою сторону</translation>
    </message>
    <message>
        <source>A TCP client: connects, prints what one recv() returns and closes the socket.</source>
        <translation>TCP-клиент: подключается, печатает то, что вернул один recv(), и закрывает сокет.</translation>
    </message>
    <message>
        <source>connect() and recv() give up after this many seconds</source>
        <translation>connect() и recv() сдаются через столько секунд</translation>
    </message>
    <message>
        <source>The server&apos;s port</source>
        <translation>Порт сервера</translation>
    </message>
    <message>
        <source>At most this many bytes, as text</source>
        <translation>Не больше стольких байт, как текст</translation>
    </message>
    <message>
        <source>Close the socket when done</source>
        <translation>Закрыть сокет по окончании</translation>
    </message>
    <message>
        <source>Build: cc -Wall -o client client.c</source>
        <translation>Сборка: cc -Wall -o client client.c</translation>
    </message>
    <message>
        <source>SO_RCVTIMEO bounds recv(); connect() waits as long as the system does.</source>
        <translation>SO_RCVTIMEO ограничивает recv(); connect() ждёт столько, сколько ждёт система.</translation>
    </message>
    <message>
        <source>At most this many bytes</source>
        <translation>Не больше стольких байт</translation>
    </message>
    <message>
        <source>A UDP endpoint: binds, sends one datagram, then receives datagrams and sends each back.</source>
        <translation>Конечная точка UDP: привязывается, отправляет одну датаграмму, затем принимает датаграммы и возвращает каждую отправителю.</translation>
    </message>
    <message>
        <source>A UDP endpoint: binds, sends one datagram, then prints every datagram that arrives.</source>
        <translation>Конечная точка UDP: привязывается, отправляет одну датаграмму, затем печатает каждую пришедшую датаграмму.</translation>
    </message>
    <message>
        <source>A UDP endpoint: binds, then receives datagrams and sends each back to its sender.</source>
        <translation>Конечная точка UDP: привязывается, затем принимает датаграммы и возвращает каждую отправителю.</translation>
    </message>
    <message>
        <source>A UDP endpoint: binds, then prints every datagram that arrives.</source>
        <translation>Конечная точка UDP: привязывается, затем печатает каждую пришедшую датаграмму.</translation>
    </message>
    <message>
        <source>0: the system picks a free port</source>
        <translation>0: система выберет свободный порт</translation>
    </message>
    <message>
        <source>One sendto(), one datagram</source>
        <translation>Один sendto() — одна датаграмма</translation>
    </message>
    <message>
        <source>One datagram and its sender&apos;s address</source>
        <translation>Одна датаграмма и адрес её отправителя</translation>
    </message>
    <message>
        <source>Echo: back to the sender</source>
        <translation>Эхо: обратно отправителю</translation>
    </message>
    <message>
        <source>Build: cc -Wall -o udp udp.c</source>
        <translation>Сборка: cc -Wall -o udp udp.c</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::CodeView</name>
    <message>
        <source>Call trace</source>
        <translation>Журнал вызовов</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Python programs (*.py)</source>
        <translation>Программы на Python (*.py)</translation>
    </message>
    <message>
        <source>C programs (*.c)</source>
        <translation>Программы на C (*.c)</translation>
    </message>
    <message>
        <source>Save program</source>
        <translation>Сохранить программу</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>The program could not be saved to %1: %2</source>
        <translation>Не удалось сохранить программу в %1: %2</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::ConversationView</name>
    <message numerus="yes">
        <source>(+%n byte(s) not shown)</source>
        <translation>
            <numerusform>(+%n байт не показан)</numerusform>
            <numerusform>(+%n байта не показано)</numerusform>
            <numerusform>(+%n байт не показано)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) not shown</source>
        <translation>
            <numerusform>%n байт не показан</numerusform>
            <numerusform>%n байта не показано</numerusform>
            <numerusform>%n байт не показано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older byte(s) not shown</source>
        <translation>
            <numerusform>%n более ранний байт не показан</numerusform>
            <numerusform>%n более ранних байта не показано</numerusform>
            <numerusform>%n более ранних байт не показано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recv() #%1 — %n byte(s)</source>
        <translation>
            <numerusform>recv() #%1 — %n байт</numerusform>
            <numerusform>recv() #%1 — %n байта</numerusform>
            <numerusform>recv() #%1 — %n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>send() — %n byte(s)</source>
        <translation>
            <numerusform>send() — %n байт</numerusform>
            <numerusform>send() — %n байта</numerusform>
            <numerusform>send() — %n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>← %n byte(s) received</source>
        <translation>
            <numerusform>← получен %n байт</numerusform>
            <numerusform>← получено %n байта</numerusform>
            <numerusform>← получено %n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>→ %n byte(s) sent</source>
        <translation>
            <numerusform>→ отправлен %n байт</numerusform>
            <numerusform>→ отправлено %n байта</numerusform>
            <numerusform>→ отправлено %n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>← %n byte(s) from %1</source>
        <translation>
            <numerusform>← %n байт от %1</numerusform>
            <numerusform>← %n байта от %1</numerusform>
            <numerusform>← %n байт от %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>→ %n byte(s) to %1</source>
        <translation>
            <numerusform>→ %n байт для %1</numerusform>
            <numerusform>→ %n байта для %1</numerusform>
            <numerusform>→ %n байт для %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Conversation</source>
        <translation>Сохранить обмен данными</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Could not save the conversation to %1:
%2</source>
        <translation>Не удалось сохранить обмен данными в %1:
%2</translation>
    </message>
    <message>
        <source>Save every byte received and sent since the last Clear, exactly as it was, to a file.</source>
        <translation>Сохранить в файл каждый байт, полученный и отправленный после последней очистки, в точности как он был.</translation>
    </message>
    <message>
        <source>The whole conversation can no longer be kept for Save (%1): Save will write only the most recent data.</source>
        <translation>Весь обмен данными больше не удаётся сохранять для кнопки «Сохранить» (%1): будут сохранены только последние данные.</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::DatagramModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байт</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>The sender recvfrom() returned, or the address sendto() sent to, as Python shows it</source>
        <translation>Отправитель, которого вернул recvfrom(), или адрес, на который отправил sendto(), — в том виде, как его показывает Python</translation>
    </message>
    <message>
        <source>The datagram&apos;s size: one recvfrom() returns exactly one datagram</source>
        <translation>Размер датаграммы: один вызов recvfrom() возвращает ровно одну датаграмму</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>recvfrom() returned one datagram of %1 from %2</source>
        <translation>recvfrom() вернул одну датаграмму размером %1 от %2</translation>
    </message>
    <message>
        <source>sendto() sent one datagram of %1 to %2</source>
        <translation>sendto() отправил одну датаграмму размером %1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>The list shows its first %n byte(s).</source>
        <translation>
            <numerusform>В списке показан только первый %n байт.</numerusform>
            <numerusform>В списке показаны только первые %n байта.</numerusform>
            <numerusform>В списке показаны только первые %n байт.</numerusform>
        </translation>
    </message>
    <message>
        <source>received ←</source>
        <translation>получена ←</translation>
    </message>
    <message>
        <source>sent →</source>
        <translation>отправлена →</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::Glossary</name>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>The family of protocols that is used as the transport mechanism: AF_INET for IPv4, AF_INET6 for IPv6, AF_UNIX for a socket file on the same machine. PF_INET and PF_UNIX are older names for the same values.</source>
        <translation>Семейство протоколов, которое используется в качестве транспортного механизма: AF_INET для IPv4, AF_INET6 для IPv6, AF_UNIX для файла сокета на той же машине. PF_INET и PF_UNIX — старые названия тех же значений.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>The type of communication between the two endpoints: SOCK_STREAM for connection-oriented protocols (TCP, a stream of bytes), SOCK_DGRAM for connectionless protocols (UDP, separate datagrams).</source>
        <translation>Тип связи между двумя конечными точками: SOCK_STREAM для протоколов, ориентированных на соединение (TCP, поток байтов), SOCK_DGRAM для протоколов без установления соединения (UDP, отдельные датаграммы).</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>Usually zero: the system then picks the protocol that fits the domain and type, TCP for SOCK_STREAM and UDP for SOCK_DGRAM. A non-zero number names a variant of a protocol within the domain and type (6 is TCP, 17 is UDP).</source>
        <translation>Обычно ноль: тогда система сама выбирает протокол, подходящий к домену и типу, — TCP для SOCK_STREAM и UDP для SOCK_DGRAM. Ненулевое число обозначает вариант протокола в домене и типе (6 — TCP, 17 — UDP).</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>имя хоста</translation>
    </message>
    <message>
        <source>The identifier of a network interface. SocketLab accepts every form: a host name (localhost), a dotted-quad address (127.0.0.1), an IPv6 address in colon notation (::1), the string &apos;&lt;broadcast&gt;&apos; (INADDR_BROADCAST), an empty string (INADDR_ANY: every interface) or an integer, a binary address in host byte order (2130706433 is 127.0.0.1).</source>
        <translation>Идентификатор сетевого интерфейса. SocketLab принимает все формы: имя хоста (localhost), четырёхточечный адрес (127.0.0.1), IPv6-адрес в двоеточечной нотации (::1), строку &apos;&lt;broadcast&gt;&apos; (INADDR_BROADCAST), строку нулевой длины (INADDR_ANY: все интерфейсы) или целое число, двоичный адрес в порядке байтов хоста (2130706433 — это 127.0.0.1).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <source>Each server listens for clients calling on one or more ports. A port is a port number (0 to 65535), a string with the port number or a service name such as www; 0 asks the system for any free port.</source>
        <translation>Каждый сервер ожидает клиентов, обращающихся к одному или нескольким портам. Порт — это номер порта (от 0 до 65535), строка с номером порта или название службы, например www; 0 просит систему выбрать любой свободный порт.</translation>
    </message>
    <message>
        <source>Creates a socket: the endpoint a program sends and receives through. family is the Domain (AF_INET, AF_INET6, AF_UNIX), type is SOCK_STREAM or SOCK_DGRAM, and protocol is usually left out (0). socket.socket() with no arguments makes an AF_INET, SOCK_STREAM socket, as in the tutorial.</source>
        <translation>Создаёт сокет — конечную точку, через которую программа передаёт и получает данные. family — это домен (AF_INET, AF_INET6, AF_UNIX), type — SOCK_STREAM или SOCK_DGRAM, а protocol обычно не указывают (0). socket.socket() без аргументов создаёт сокет AF_INET, SOCK_STREAM, как в учебнике.</translation>
    </message>
    <message>
        <source>This method binds an address (hostname, port pair) to the socket. A server binds before it listens, so that clients know where to find it: s.bind((host, port)).</source>
        <translation>Этот метод привязывает адрес (пару имя хоста, номер порта) к сокету. Сервер делает это до начала прослушивания, чтобы клиенты знали, где его найти: s.bind((host, port)).</translation>
    </message>
    <message>
        <source>This method sets up and starts the TCP listener. Its argument, the backlog, says how many connections may wait for accept(); the tutorial&apos;s server uses 5.</source>
        <translation>Этот метод устанавливает и запускает прослушиватель TCP. Его аргумент, backlog, задаёт, сколько соединений может ожидать вызова accept(); сервер из учебника передаёт 5.</translation>
    </message>
    <message>
        <source>This method passively accepts a TCP client connection, waiting until it arrives (blocking). It returns a new socket for talking to that client and the client&apos;s address: c, addr = s.accept().</source>
        <translation>Этот метод пассивно принимает TCP-соединение клиента, ожидая его (блокируется). Он возвращает новый сокет для обмена данными с этим клиентом и адрес клиента: c, addr = s.accept().</translation>
    </message>
    <message>
        <source>This method actively initiates a connection to a TCP server. It takes the server&apos;s (hostname, port) pair and waits until the connection is made or fails.</source>
        <translation>Этот метод активно инициирует подключение к TCP-серверу. Он принимает пару (имя хоста, порт) сервера и ждёт, пока соединение не установится или попытка не закончится ошибкой.</translation>
    </message>
    <message>
        <source>This method receives a TCP message. s.recv(1024) returns at most 1024 bytes, waiting until some arrive; an empty result, b&apos;&apos;, means the other side closed the connection.</source>
        <translation>Этот метод получает TCP-сообщение. s.recv(1024) возвращает не более 1024 байтов и ждёт, пока они придут; пустой результат, b&apos;&apos;, означает, что другая сторона закрыла соединение.</translation>
    </message>
    <message>
        <source>This method sends a TCP message. It takes bytes, not text, and returns how many of them it sent, which may be fewer than it was given; s.sendall() sends them all.</source>
        <translation>Этот метод передаёт TCP-сообщение. Он принимает байты, а не текст, и возвращает, сколько из них передал, — это может быть меньше, чем ему дали; s.sendall() передаёт все.</translation>
    </message>
    <message>
        <source>This method receives a UDP message. It returns one whole datagram and the sender&apos;s address: data, addr = s.recvfrom(1024).</source>
        <translation>Этот метод получает UDP-сообщение. Он возвращает одну датаграмму целиком и адрес отправителя: data, addr = s.recvfrom(1024).</translation>
    </message>
    <message>
        <source>This method sends a UDP message: one datagram to the address it is given, s.sendto(data, (host, port)). No connection is needed first.</source>
        <translation>Этот метод передаёт UDP-сообщение: одну датаграмму по указанному адресу, s.sendto(data, (host, port)). Заранее устанавливать соединение не нужно.</translation>
    </message>
    <message>
        <source>This method closes the socket. The other side&apos;s recv() then returns b&apos;&apos;. Write the parentheses: s.close without them does nothing.</source>
        <translation>Этот метод закрывает сокет. После этого recv() на другой стороне возвращает b&apos;&apos;. Не забывайте скобки: s.close без них ничего не делает.</translation>
    </message>
    <message>
        <source>Returns the host name: the name of the machine the program runs on. It is a function of the socket module, not a method of a socket.</source>
        <translation>Возвращает имя хоста — имя машины, на которой работает программа. Это функция модуля socket, а не метод сокета.</translation>
    </message>
    <message>
        <source>Translates a host and a port into the addresses a socket can use. It returns a list of (family, type, proto, canonname, sockaddr) tuples, one for each way to reach the host.</source>
        <translation>Преобразует хост и порт в адреса, которые может использовать сокет. Возвращает список кортежей (family, type, proto, canonname, sockaddr), по одному на каждый способ связаться с хостом.</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The language of the window; the change applies at once</source>
        <translation>Язык окна; изменение применяется сразу</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::LearnPanel</name>
    <message>
        <source>server.py waits for clients on port 12345, sends each one &apos;Thank you for connecting&apos; and closes the connection. Run it first.</source>
        <translation>server.py ждёт клиентов на порту 12345, отправляет каждому &apos;Thank you for connecting&apos; и закрывает соединение. Запустите его первым.</translation>
    </message>
    <message>
        <source>client.py connects to port 12345 on the same machine, prints what the server sent and closes the socket. Start the server in the background (python3 server.py &amp;), then run python3 client.py.</source>
        <translation>client.py подключается к порту 12345 на той же машине, печатает то, что прислал сервер, и закрывает сокет. Запустите сервер в фоновом режиме (python3 server.py &amp;), затем выполните python3 client.py.</translation>
    </message>
    <message>
        <source>This program asks for the addresses of tutorialspoint.com for the www service (port 80), prints the list, then prints the host name of this machine.</source>
        <translation>Эта программа запрашивает адреса tutorialspoint.com для службы www (порт 80), печатает их список, а затем — имя хоста этой машины.</translation>
    </message>
    <message>
        <source>Fills in the Server tab like server.py: AF_INET, port 12345, backlog 5, the reply &apos;Thank you for connecting&apos;. It binds 127.0.0.1, this machine only, where server.py binds socket.gethostname(). Nothing starts until you start the server.</source>
        <translation>Заполняет вкладку «Сервер» как в server.py: AF_INET, порт 12345, backlog 5, ответ &apos;Thank you for connecting&apos;. Адрес привязки — 127.0.0.1, то есть только эта машина, тогда как server.py привязывается к socket.gethostname(). Ничего не запускается, пока вы сами не запустите сервер.</translation>
    </message>
    <message>
        <source>Fills in the Client tab like client.py: AF_INET, 127.0.0.1, port 12345, recv(1024). Nothing connects until you connect.</source>
        <translation>Заполняет вкладку «Клиент» как в client.py: AF_INET, 127.0.0.1, порт 12345, recv(1024). Ничего не подключается, пока вы сами не подключитесь.</translation>
    </message>
    <message>
        <source>Fills in the Lookup tab with getaddrinfo(&apos;tutorialspoint.com&apos;, &apos;www&apos;). Nothing is looked up until you look it up.</source>
        <translation>Заполняет вкладку «Разрешение имён» вызовом getaddrinfo(&apos;tutorialspoint.com&apos;, &apos;www&apos;). Запрос не выполняется, пока вы сами его не запустите.</translation>
    </message>
    <message>
        <source>Sockets have their own vocabulary.</source>
        <translation>Сокеты имеют свой собственный словарь.</translation>
    </message>
    <message>
        <source>Term and description</source>
        <translation>Термин и описание</translation>
    </message>
    <message>
        <source>The same descriptions appear as tooltips on the fields of the tabs and on the calls of the call trace.</source>
        <translation>Те же описания показываются во всплывающих подсказках к полям вкладок и к вызовам в трассировке вызовов.</translation>
    </message>
    <message>
        <source>The socket module</source>
        <translation>Модуль socket</translation>
    </message>
    <message>
        <source>To create a socket, use the socket.socket() function of the socket module:</source>
        <translation>Чтобы создать сокет, используйте функцию socket.socket() из модуля socket:</translation>
    </message>
    <message>
        <source>In Python 3 the third parameter is named proto, and each parameter has a default value.</source>
        <translation>В Python 3 третий параметр называется proto, и у каждого параметра есть значение по умолчанию.</translation>
    </message>
    <message>
        <source>Once you have a socket object, you use its methods to write a client or a server program.</source>
        <translation>Получив объект сокета, вы пишете клиентскую или серверную программу с помощью его методов.</translation>
    </message>
    <message>
        <source>Method and description</source>
        <translation>Метод и описание</translation>
    </message>
    <message>
        <source>Server socket methods</source>
        <translation>Методы сокета сервера</translation>
    </message>
    <message>
        <source>Client socket methods</source>
        <translation>Методы клиентского сокета</translation>
    </message>
    <message>
        <source>General socket methods</source>
        <translation>Общие методы сокетов</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Разрешение имён</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>Хост и порт</translation>
    </message>
    <message>
        <source>In Python the address of an AF_INET socket is a (host, port) pair: s.bind((&apos;127.0.0.1&apos;, 12345)). AF_INET6 adds two numbers, (host, port, flowinfo, scope_id); an AF_UNIX address is a file path.</source>
        <translation>В Python адрес сокета AF_INET — это пара (host, port): s.bind((&apos;127.0.0.1&apos;, 12345)). В AF_INET6 к ней добавляются два числа, (host, port, flowinfo, scope_id); адрес AF_UNIX — это путь к файлу.</translation>
    </message>
    <message>
        <source>A host name, looked up with getaddrinfo(): %1, %2</source>
        <translation>Имя хоста, которое разрешается через getaddrinfo(): %1, %2</translation>
    </message>
    <message>
        <source>A dotted-quad address: %1</source>
        <translation>Четырёхточечный адрес: %1</translation>
    </message>
    <message>
        <source>An IPv6 address in colon notation: %1 (SocketLab also takes %2)</source>
        <translation>IPv6-адрес в двоеточечной нотации: %1 (SocketLab принимает и %2)</translation>
    </message>
    <message>
        <source>The string %1: INADDR_BROADCAST, 255.255.255.255. AF_INET only; sending to it needs SO_BROADCAST.</source>
        <translation>Строка %1: INADDR_BROADCAST, 255.255.255.255. Только для AF_INET; для отправки на этот адрес нужен SO_BROADCAST.</translation>
    </message>
    <message>
        <source>An empty string %1: INADDR_ANY (0.0.0.0), every interface of this machine; in6addr_any (::) for AF_INET6</source>
        <translation>Строка нулевой длины %1: INADDR_ANY (0.0.0.0), все интерфейсы этой машины; для AF_INET6 — in6addr_any (::)</translation>
    </message>
    <message>
        <source>An integer, a binary address in host byte order: %1 is 127.0.0.1</source>
        <translation>Целое число, двоичный адрес в порядке байтов хоста: %1 — это 127.0.0.1</translation>
    </message>
    <message>
        <source>For AF_UNIX: a file system path such as %1, and no port</source>
        <translation>Для AF_UNIX: путь в файловой системе, например %1, и никакого порта</translation>
    </message>
    <message>
        <source>SocketLab&apos;s host fields accept every one of these forms.</source>
        <translation>Поля хоста в SocketLab принимают любую из этих форм.</translation>
    </message>
    <message>
        <source>A port number, 0 to 65535: %1</source>
        <translation>Номер порта от 0 до 65535: %1</translation>
    </message>
    <message>
        <source>A string with the port number: %1</source>
        <translation>Строка с номером порта: %1</translation>
    </message>
    <message>
        <source>A service name, looked up in the services database: %1 and %2 are port 80, %3 is port 7</source>
        <translation>Название службы, которое ищется в базе данных служб: %1 и %2 — это порт 80, %3 — порт 7</translation>
    </message>
    <message>
        <source>%1: any free port. The system picks one; getsockname() tells which.</source>
        <translation>%1: любой свободный порт. Система выбирает его сама; какой именно, сообщает getsockname().</translation>
    </message>
    <message>
        <source>In Python, bind() and connect() take the port as a number; getaddrinfo() also takes a string or a service name. SocketLab&apos;s port fields take all three.</source>
        <translation>В Python bind() и connect() принимают порт как число; getaddrinfo() принимает также строку или название службы. Поля порта в SocketLab принимают все три формы.</translation>
    </message>
    <message>
        <source>Ports below 1024 are reserved: on most systems only an administrator may bind them.</source>
        <translation>Порты ниже 1024 зарезервированы: в большинстве систем привязывать их может только администратор.</translation>
    </message>
    <message>
        <source>This is the server.py file</source>
        <translation>Это файл server.py</translation>
    </message>
    <message>
        <source>Import the socket module</source>
        <translation>Импортировать модуль socket</translation>
    </message>
    <message>
        <source>Create a socket object</source>
        <translation>Создать объект сокета</translation>
    </message>
    <message>
        <source>Get the local machine name</source>
        <translation>Получить имя локальной машины</translation>
    </message>
    <message>
        <source>Reserve a port for your service</source>
        <translation>Зарезервировать порт для вашей службы</translation>
    </message>
    <message>
        <source>Bind to the port</source>
        <translation>Привязать сокет к порту</translation>
    </message>
    <message>
        <source>Now wait for client connections</source>
        <translation>Теперь ждать подключений клиентов</translation>
    </message>
    <message>
        <source>Establish a connection with a client</source>
        <translation>Установить соединение с клиентом</translation>
    </message>
    <message>
        <source>Python 3 sends bytes: b&apos;...&apos;</source>
        <translation>Python 3 передаёт байты: b&apos;...&apos;</translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation>Закрыть соединение</translation>
    </message>
    <message>
        <source>This is the client.py file</source>
        <translation>Это файл client.py</translation>
    </message>
    <message>
        <source>The port the server listens on</source>
        <translation>Порт, который прослушивает сервер</translation>
    </message>
    <message>
        <source>Get the server&apos;s addresses</source>
        <translation>Получить адреса сервера</translation>
    </message>
    <message>
        <source>Get the host name of this machine</source>
        <translation>Получить имя хоста этой машины</translation>
    </message>
    <message>
        <source>recv() returns bytes; decode() makes text</source>
        <translation>recv() возвращает байты; decode() даёт текст</translation>
    </message>
    <message>
        <source>Close the socket when done</source>
        <translation>Закрыть сокет по окончании работы</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::LookupTab</name>
    <message>
        <source>The tutorial: tutorialspoint.com, www</source>
        <translation>Из учебника: tutorialspoint.com, www</translation>
    </message>
    <message>
        <source>localhost, http</source>
        <translation>localhost, http</translation>
    </message>
    <message>
        <source>127.0.0.1, 80</source>
        <translation>127.0.0.1, 80</translation>
    </message>
    <message>
        <source>::1, 443</source>
        <translation>::1, 443</translation>
    </message>
    <message>
        <source>&apos;&apos; (INADDR_ANY), 12345 with AI_PASSIVE</source>
        <translation>&apos;&apos; (INADDR_ANY), 12345 с AI_PASSIVE</translation>
    </message>
    <message>
        <source>&lt;broadcast&gt;, 80</source>
        <translation>&lt;broadcast&gt;, 80</translation>
    </message>
    <message>
        <source>2130706433 (integer), www</source>
        <translation>2130706433 (целое число), www</translation>
    </message>
    <message>
        <source>no-such-host.invalid</source>
        <translation>no-such-host.invalid</translation>
    </message>
    <message>
        <source>Any (AF_UNSPEC)</source>
        <translation>Любой (AF_UNSPEC)</translation>
    </message>
    <message>
        <source>Any (0)</source>
        <translation>Любой (0)</translation>
    </message>
    <message>
        <source>Choose one to fill in the fields</source>
        <translation>Выберите пример, чтобы заполнить поля</translation>
    </message>
    <message>
        <source>&apos;&apos; (empty string: INADDR_ANY)</source>
        <translation>&apos;&apos; (строка нулевой длины: INADDR_ANY)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Copied the host name %1</source>
        <translation>Имя хоста %1 скопировано</translation>
    </message>
    <message>
        <source>Cannot look up: %1</source>
        <translation>Разрешение невозможно: %1</translation>
    </message>
    <message>
        <source>Calling getaddrinfo()…</source>
        <translation>Вызов getaddrinfo()…</translation>
    </message>
    <message>
        <source>getaddrinfo() cancelled: its answer will be ignored</source>
        <translation>Вызов getaddrinfo() отменён: его ответ будет проигнорирован</translation>
    </message>
    <message>
        <source>getnameinfo() needs a numeric address, such as 127.0.0.1 or ::1.</source>
        <translation>Для getnameinfo() нужен числовой адрес, например 127.0.0.1 или ::1.</translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %Ln result(s), %2</source>
        <translation>
            <numerusform>%1 → %Ln результат, %2</numerusform>
            <numerusform>%1 → %Ln результата, %2</numerusform>
            <numerusform>%1 → %Ln результатов, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Host name: looked up with getaddrinfo</source>
        <translation>Имя хоста: разрешается через getaddrinfo</translation>
    </message>
    <message>
        <source>Dotted-quad address</source>
        <translation>Четырёхточечный адрес</translation>
    </message>
    <message>
        <source>IPv6 address in colon notation</source>
        <translation>IPv6-адрес в двоеточечной нотации</translation>
    </message>
    <message>
        <source>INADDR_BROADCAST → %1</source>
        <translation>INADDR_BROADCAST → %1</translation>
    </message>
    <message>
        <source>Integer address in host byte order → %1</source>
        <translation>Целочисленный адрес в порядке байтов хоста → %1</translation>
    </message>
    <message>
        <source>Empty string → INADDR_ANY (0.0.0.0)</source>
        <translation>Строка нулевой длины → INADDR_ANY (0.0.0.0)</translation>
    </message>
    <message>
        <source>Empty string → in6addr_any (::)</source>
        <translation>Строка нулевой длины → in6addr_any (::)</translation>
    </message>
    <message>
        <source>Empty string → INADDR_ANY (0.0.0.0) and in6addr_any (::)</source>
        <translation>Строка нулевой длины → INADDR_ANY (0.0.0.0) и in6addr_any (::)</translation>
    </message>
    <message>
        <source>Waiting for getaddrinfo()…</source>
        <translation>Ожидание ответа getaddrinfo()…</translation>
    </message>
    <message>
        <source>Cancelled: the answer will be ignored</source>
        <translation>Отменено: ответ будет проигнорирован</translation>
    </message>
    <message>
        <source>getaddrinfo failed after %1</source>
        <translation>getaddrinfo завершился ошибкой через %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s); getaddrinfo took %1</source>
        <translation>
            <numerusform>%Ln результат; getaddrinfo занял %1</numerusform>
            <numerusform>%Ln результата; getaddrinfo занял %1</numerusform>
            <numerusform>%Ln результатов; getaddrinfo занял %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Запрос %1…</translation>
    </message>
    <message>
        <source>%1/%2 is not in the services database</source>
        <translation>%1/%2 нет в базе данных служб</translation>
    </message>
    <message>
        <source>Empty is Python&apos;s None: no port.</source>
        <translation>Пустое поле — это None в Python: без порта.</translation>
    </message>
    <message>
        <source>Any asks for every family (AF_UNSPEC, Python&apos;s 0).</source>
        <translation>«Любой» запрашивает все семейства (AF_UNSPEC, 0 в Python).</translation>
    </message>
    <message>
        <source>Any gives an entry for each type.</source>
        <translation>«Любой» даёт запись для каждого типа.</translation>
    </message>
    <message>
        <source>The tutorial&apos;s program passes none, which is 0.</source>
        <translation>Программа из учебника его не передаёт, а это 0.</translation>
    </message>
    <message>
        <source>getaddrinfo() looks a host name up (hosts file, DNS); the other forms need no lookup.</source>
        <translation>getaddrinfo() разрешает имя хоста (файл hosts, DNS); остальным формам разрешение не нужно.</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos;: getnameinfo() needs a port number, such as 80; it finds the service name itself.</source>
        <translation>Порт «%1»: для getnameinfo() нужен номер порта, например 80; название службы функция найдёт сама.</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::MainWindow</name>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>socket, bind, listen, accept: the tutorial&apos;s server.py</source>
        <translation>socket, bind, listen, accept: server.py из учебника</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>socket, connect, send, recv: the tutorial&apos;s client.py</source>
        <translation>socket, connect, send, recv: client.py из учебника</translation>
    </message>
    <message>
        <source>Server and Client</source>
        <translation>Сервер и клиент</translation>
    </message>
    <message>
        <source>Both ends of the connection at once</source>
        <translation>Оба конца соединения одновременно</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>sendto and recvfrom: connectionless sockets, one datagram at a time</source>
        <translation>sendto и recvfrom: сокеты без установления соединения, по одной датаграмме за раз</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Разрешение имён</translation>
    </message>
    <message>
        <source>gethostname, getaddrinfo and getnameinfo: who a host is</source>
        <translation>gethostname, getaddrinfo и getnameinfo: что за хост стоит за именем или адресом</translation>
    </message>
    <message>
        <source>About SocketLab</source>
        <translation>О программе SocketLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;Learn socket programming by watching every real socket call: a server and a client talking on one machine, UDP, and name lookup.&lt;/p&gt;&lt;p&gt;Built from raw BSD sockets, after a beginner&apos;s tutorial on Python&apos;s socket module.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3). MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;Изучайте программирование сокетов, наблюдая за каждым настоящим вызовом: сервер и клиент, обменивающиеся данными на одном компьютере, UDP и разрешение имён.&lt;/p&gt;&lt;p&gt;Написано непосредственно на BSD-сокетах по мотивам учебника для начинающих о модуле socket в Python.&lt;/p&gt;&lt;p&gt;Qt %2 (собрано с Qt %3). Лицензия MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The tutorial&apos;s server could not start; see the Server tab.</source>
        <translation>Не удалось запустить сервер из учебника; подробности на вкладке «Сервер».</translation>
    </message>
    <message>
        <source>Port %1 was still in TIME_WAIT from an earlier connection; the server set SO_REUSEADDR to bind it again.</source>
        <translation>Порт %1 ещё был в состоянии TIME_WAIT после прежнего соединения; сервер установил SO_REUSEADDR, чтобы снова привязаться к нему.</translation>
    </message>
    <message>
        <source>Port %1 is busy (another program, or connections of an earlier server still in TIME_WAIT), so the server listens on port %2 instead.</source>
        <translation>Порт %1 занят (другой программой или соединениями прежнего сервера, ещё находящимися в TIME_WAIT), поэтому сервер прослушивает вместо него порт %2.</translation>
    </message>
    <message>
        <source>Could not start: check the settings marked in the tab.</source>
        <translation>Не удалось запустить: проверьте настройки, отмеченные на вкладке.</translation>
    </message>
    <message>
        <source>The server is running: stop it first to set it up like server.py.</source>
        <translation>Сервер работает: остановите его, чтобы настроить как в server.py.</translation>
    </message>
    <message>
        <source>The client is connected: disconnect it first to set it up like client.py.</source>
        <translation>Клиент подключён: отключите его, чтобы настроить как в client.py.</translation>
    </message>
    <message>
        <source>The Client tab is set up like client.py. Start the server, then connect.</source>
        <translation>Вкладка «Клиент» настроена как в client.py. Запустите сервер, затем подключитесь.</translation>
    </message>
    <message>
        <source>Show or hide the Learn panel: the tutorial&apos;s vocabulary, socket methods and programs</source>
        <translation>Показать или скрыть панель «Учебник»: словарь, методы сокетов и программы из учебника</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Что это?</translation>
    </message>
    <message>
        <source>The Server tab is set up like server.py; start the server when you are ready.</source>
        <translation>Вкладка «Сервер» настроена как в server.py; запустите сервер, когда будете готовы.</translation>
    </message>
    <message>
        <source>The Lookup tab is set up like the tutorial&apos;s lookup program; look the host up when you are ready.</source>
        <translation>Вкладка «Разрешение имён» настроена как программа разрешения имён из учебника; выполните запрос, когда будете готовы.</translation>
    </message>
    <message>
        <source>Sequence Diagram</source>
        <translation>Диаграмма последовательности</translation>
    </message>
    <message>
        <source>Show or hide the live sequence diagram: every socket a lifeline, every call a row, arrows between peers</source>
        <translation>Показать или скрыть живую диаграмму последовательности: у каждого сокета своя линия жизни, каждый вызов — строка, стрелки — между собеседниками</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::PayloadEditor</name>
    <message>
        <source>Bytes in hex, e.g. 48 65 6c 6c 6f</source>
        <translation>Байты в шестнадцатеричном виде, например 48 65 6c 6c 6f</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Текст для отправки</translation>
    </message>
    <message numerus="yes">
        <source>Send %n byte(s)</source>
        <translation>
            <numerusform>Отправить %n байт</numerusform>
            <numerusform>Отправить %n байта</numerusform>
            <numerusform>Отправить %n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>socketlab::gui::SequenceRenderer</name>
    <message>
        <source>%1 · fd %2</source>
        <translation>%1 · fd %2</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>прослушивает %1</translation>
    </message>
    <message>
        <source>accepted from %1</source>
        <translation>принят от %1</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>подключён к %1</translation>
    </message>
    <message>
        <source>bound to %1</source>
        <translation>привязан к %1</translation>
    </message>
    <message>
        <source>new socket</source>
        <translation>новый сокет</translation>
    </message>
    <message>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <source>peer closed</source>
        <translation>собеседник закрыл</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>соединение</translation>
    </message>
    <message>
        <source>%1 on %2
→ %3 on %4</source>
        <translation>%1 — %2
→ %3 — %4</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::SequenceView</name>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>UDP A</source>
        <translation>UDP A</translation>
    </message>
    <message>
        <source>UDP B</source>
        <translation>UDP B</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n вызов</numerusform>
            <numerusform>%n вызова</numerusform>
            <numerusform>%n вызовов</numerusform>
        </translation>
    </message>
    <message>
        <source>Each column is a socket, each row a call, time runs downwards. Arrows join a connect() to its accept(), each send() to the recv() that got its last byte, FIN to the recv() that returned 0, and each sendto() to its recvfrom().</source>
        <translation>Каждый столбец — сокет, каждая строка — вызов, время идёт сверху вниз. Стрелки соединяют connect() с его accept(), каждый send() — с тем recv(), который получил его последний байт, FIN — с recv(), вернувшим 0, и каждый sendto() — с его recvfrom().</translation>
    </message>
    <message numerus="yes">
        <source>%n older not shown</source>
        <translation>
            <numerusform>%n более ранний не показан</numerusform>
            <numerusform>%n более ранних не показаны</numerusform>
            <numerusform>%n более ранних не показаны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The diagram keeps the latest %n call(s); Clear starts afresh.</source>
        <translation>
            <numerusform>Диаграмма хранит последний %n вызов; «Очистить» начинает заново.</numerusform>
            <numerusform>Диаграмма хранит последние %n вызова; «Очистить» начинает заново.</numerusform>
            <numerusform>Диаграмма хранит последние %n вызовов; «Очистить» начинает заново.</numerusform>
        </translation>
    </message>
    <message>
        <source>some arrows may be missing</source>
        <translation>часть стрелок может отсутствовать</translation>
    </message>
    <message numerus="yes">
        <source>The sessions left %n call(s) out of their reports (too many at once): arrows around them are not drawn.</source>
        <translation>
            <numerusform>Сеансы не передали %n вызов (слишком много сразу): стрелки рядом с ним не нарисованы.</numerusform>
            <numerusform>Сеансы не передали %n вызова (слишком много сразу): стрелки рядом с ними не нарисованы.</numerusform>
            <numerusform>Сеансы не передали %n вызовов (слишком много сразу): стрелки рядом с ними не нарисованы.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagram is %1 × %2 pixels, more than a PNG image of at most %3 pixels a side can hold. Export SVG instead, or Clear and record a shorter session.</source>
        <translation>Диаграмма размером %1 × %2 пикселей не помещается в изображение PNG, у которого сторона не больше %3 пикселей. Экспортируйте её в SVG или очистите и запишите сеанс покороче.</translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels.</source>
        <translation>Не хватает памяти для изображения %1 × %2 пикселей.</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Диаграмма последовательности</translation>
    </message>
    <message>
        <source>Socket calls recorded by SocketLab</source>
        <translation>Вызовы сокетов, записанные SocketLab</translation>
    </message>
    <message>
        <source>The SVG drawing could not be started.</source>
        <translation>Не удалось начать рисунок SVG.</translation>
    </message>
    <message>
        <source>Export the diagram as SVG</source>
        <translation>Экспорт диаграммы в SVG</translation>
    </message>
    <message>
        <source>Export the diagram as PNG</source>
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>Не удалось записать %1:
%2</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::ServerTab</name>
    <message>
        <source>A socket file in the temporary folder</source>
        <translation>Файл сокета во временной папке</translation>
    </message>
    <message>
        <source>The IPv4 loopback address: only programs on this machine can connect</source>
        <translation>Адрес петлевого интерфейса IPv4: подключиться могут только программы на этом компьютере</translation>
    </message>
    <message>
        <source>The IPv6 loopback address (AF_INET6): only programs on this machine can connect</source>
        <translation>Адрес петлевого интерфейса IPv6 (AF_INET6): подключиться могут только программы на этом компьютере</translation>
    </message>
    <message>
        <source>A host name for the loopback address, looked up with getaddrinfo()</source>
        <translation>Имя хоста для адреса петлевого интерфейса, разрешается через getaddrinfo()</translation>
    </message>
    <message>
        <source>This machine&apos;s name, as the tutorial&apos;s socket.gethostname() returns it. It may stand for an address that other machines on your network can reach.</source>
        <translation>Имя этого компьютера — то, что возвращает socket.gethostname() из учебника. За ним может стоять адрес, доступный другим компьютерам вашей сети.</translation>
    </message>
    <message>
        <source>The empty string: INADDR_ANY, every network interface of this machine</source>
        <translation>Строка нулевой длины: INADDR_ANY, все сетевые интерфейсы этого компьютера</translation>
    </message>
    <message>
        <source>&apos;&apos; (all interfaces)</source>
        <translation>&apos;&apos; (все интерфейсы)</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted in all</source>
        <translation>
            <numerusform>%n принят всего</numerusform>
            <numerusform>%n принято всего</numerusform>
            <numerusform>%n принято всего</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted in all</source>
        <translation>%1 принято всего</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>Starting the server: socket(), bind(), listen()...</source>
        <translation>Запуск сервера: socket(), bind(), listen()…</translation>
    </message>
    <message>
        <source>Listen on all interfaces?</source>
        <translation>Прослушивать все интерфейсы?</translation>
    </message>
    <message>
        <source>The server will listen on every network interface of this machine, so other machines on your network can connect to it.

Listen on all interfaces anyway?</source>
        <translation>Сервер будет прослушивать все сетевые интерфейсы этого компьютера, и к нему смогут подключиться другие компьютеры вашей сети.

Всё равно прослушивать все интерфейсы?</translation>
    </message>
    <message>
        <source>Stopping the server...</source>
        <translation>Остановка сервера…</translation>
    </message>
    <message>
        <source>Listening on %1: accept() waits for clients</source>
        <translation>Прослушивание на %1: accept() ждёт клиентов</translation>
    </message>
    <message>
        <source>Server listening on %1</source>
        <translation>Сервер: прослушивание на %1</translation>
    </message>
    <message>
        <source>Got connection from %1</source>
        <translation>Получено соединение от %1</translation>
    </message>
    <message>
        <source>%1 finished sending: recv() returned 0</source>
        <translation>%1 завершил отправку: recv() вернул 0</translation>
    </message>
    <message>
        <source>Connection from %1 closed (%2): %3 received, %4 sent</source>
        <translation>Соединение от %1 закрыто (%2): получено %3, отправлено %4</translation>
    </message>
    <message>
        <source>The server stopped: %1</source>
        <translation>Сервер остановлен: %1</translation>
    </message>
    <message>
        <source>The server stopped.</source>
        <translation>Сервер остановлен.</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Сервер остановлен</translation>
    </message>
    <message>
        <source>The server could not start.</source>
        <translation>Не удалось запустить сервер.</translation>
    </message>
    <message>
        <source>A problem (%1 so far); the server goes on:</source>
        <translation>Проблема (всего уже %1); сервер продолжает работу:</translation>
    </message>
    <message>
        <source>A problem; the server goes on:</source>
        <translation>Проблема; сервер продолжает работу:</translation>
    </message>
    <message>
        <source>AF_INET: IPv4. The address is a (host, port) pair with a dotted-quad host such as 127.0.0.1.</source>
        <translation>AF_INET: IPv4. Адрес — пара (host, port), где хост — четырёхточечный адрес, например 127.0.0.1.</translation>
    </message>
    <message>
        <source>AF_INET6: IPv6. The host is in colon notation such as ::1; Python shows the address as (host, port, flowinfo, scope_id).</source>
        <translation>AF_INET6: IPv6. Хост записывается в двоеточечной нотации, например ::1; Python показывает адрес как (host, port, flowinfo, scope_id).</translation>
    </message>
    <message>
        <source>AF_UNIX: a socket file on this machine. The address is a file system path; there is no port.</source>
        <translation>AF_UNIX: файл сокета на этом компьютере. Адрес — путь в файловой системе; порта нет.</translation>
    </message>
    <message>
        <source>Tutorial: send a text, then close</source>
        <translation>Учебник: ответить и закрыть</translation>
    </message>
    <message>
        <source>Echo: send back what arrives</source>
        <translation>Эхо: вернуть всё пришедшее</translation>
    </message>
    <message>
        <source>Discard: read and count</source>
        <translation>Отбросить: только считать</translation>
    </message>
    <message>
        <source>Manual: you send</source>
        <translation>Вручную: отправляете вы</translation>
    </message>
    <message>
        <source>server.py: c.send(text), then c.close(). The client reads the text, then sees the connection end.</source>
        <translation>server.py: c.send(text), затем c.close(). Клиент читает текст, а затем видит, что соединение закрылось.</translation>
    </message>
    <message>
        <source>recv() in a loop and send() every byte back, until the client closes</source>
        <translation>recv() в цикле и send() каждого байта обратно, пока клиент не закроет соединение</translation>
    </message>
    <message>
        <source>recv() in a loop and drop the data; only the byte counts grow</source>
        <translation>recv() в цикле, данные отбрасываются; растут только счётчики байтов</translation>
    </message>
    <message>
        <source>recv() in a loop and show the data; select a client below to send to it or close it</source>
        <translation>recv() в цикле, данные показываются; выберите клиента ниже, чтобы отправить ему данные или закрыть соединение</translation>
    </message>
    <message>
        <source>Other machines on your network can connect to this server.</source>
        <translation>К этому серверу смогут подключиться другие компьютеры вашей сети.</translation>
    </message>
    <message>
        <source>Socket pat&amp;h:</source>
        <translation>Путь к &amp;сокету:</translation>
    </message>
    <message>
        <source>AF_UNIX: the file system path of the socket file, such as %1</source>
        <translation>AF_UNIX: путь к файлу сокета в файловой системе, например %1</translation>
    </message>
    <message>
        <source>An AF_UNIX socket has no port: its path is its address.</source>
        <translation>У сокета AF_UNIX нет порта: его адрес — это путь.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) connected</source>
        <translation>
            <numerusform>%n клиент подключён</numerusform>
            <numerusform>%n клиента подключены</numerusform>
            <numerusform>%n клиентов подключено</numerusform>
        </translation>
    </message>
    <message>
        <source>The tutorial&apos;s server.py uses AF_INET.</source>
        <translation>server.py из учебника использует AF_INET.</translation>
    </message>
    <message>
        <source>Here: the network interface the server binds to.</source>
        <translation>Здесь: сетевой интерфейс, к которому привязывается сервер.</translation>
    </message>
    <message>
        <source>The tutorial&apos;s server.py uses 12345.</source>
        <translation>server.py из учебника использует порт 12345.</translation>
    </message>
    <message>
        <source>bind() was not made: you chose not to listen on all interfaces.</source>
        <translation>bind() не выполнен: вы отказались прослушивать все интерфейсы.</translation>
    </message>
    <message>
        <source>Step by step: press socket(), then each next call.</source>
        <translation>По шагам: нажмите socket(), затем каждый следующий вызов.</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::SpillFile</name>
    <message>
        <source>the record passed %1 MiB</source>
        <translation>запись превысила %1 МиБ</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::StepPanel</name>
    <message>
        <source>Press the calls in order, starting with socket().</source>
        <translation>Нажимайте вызовы по порядку, начиная с socket().</translation>
    </message>
    <message>
        <source>Blocked in accept() — waiting for a client</source>
        <translation>Заблокирован в accept() — ждёт клиента</translation>
    </message>
    <message>
        <source>Blocked in connect() — waiting for the server to answer</source>
        <translation>Заблокирован в connect() — ждёт ответа сервера</translation>
    </message>
    <message>
        <source>Blocked in recv() — waiting for data</source>
        <translation>Заблокирован в recv() — ждёт данных</translation>
    </message>
    <message>
        <source>Blocked in recvfrom() — waiting for a datagram</source>
        <translation>Заблокирован в recvfrom() — ждёт датаграмму</translation>
    </message>
    <message>
        <source>Blocked in %1 — waiting for room in the send buffer</source>
        <translation>Заблокирован в %1 — ждёт места в буфере отправки</translation>
    </message>
    <message>
        <source>%1 stopped waiting: nothing had arrived.</source>
        <translation>%1 прекратил ожидание: ничего не пришло.</translation>
    </message>
    <message>
        <source>The socket is open. Next: bind() it to the address above.</source>
        <translation>Сокет открыт. Дальше — bind() к адресу, указанному выше.</translation>
    </message>
    <message>
        <source>The socket is open. Next: connect() it to the server.</source>
        <translation>Сокет открыт. Дальше — connect() к серверу.</translation>
    </message>
    <message>
        <source>The socket is open: bind() it to receive, or sendto() right away.</source>
        <translation>Сокет открыт: сделайте bind(), чтобы принимать, или сразу sendto().</translation>
    </message>
    <message>
        <source>SO_REUSEADDR is set: bind() may reuse a port still in TIME_WAIT.</source>
        <translation>SO_REUSEADDR установлен: bind() может занять порт, ещё находящийся в TIME_WAIT.</translation>
    </message>
    <message>
        <source>Bound to %1: datagrams sent to this address arrive here.</source>
        <translation>Привязан к %1: датаграммы, отправленные на этот адрес, приходят сюда.</translation>
    </message>
    <message>
        <source>Bound to %1. Next: listen().</source>
        <translation>Привязан к %1. Дальше — listen().</translation>
    </message>
    <message>
        <source>Listening. Clients can connect now, before accept() is called: the system queues them in the backlog.</source>
        <translation>Прослушивание. Клиенты уже могут подключаться, ещё до вызова accept(): система ставит их в очередь (backlog).</translation>
    </message>
    <message>
        <source>accept() returned a new socket c for the client %1.</source>
        <translation>accept() вернул новый сокет c для клиента %1.</translation>
    </message>
    <message>
        <source>Connected to %1. The server need not have called accept() yet: the connection waits in its backlog.</source>
        <translation>Подключено к %1. Сервер мог ещё не вызвать accept(): соединение ждёт в его очереди (backlog).</translation>
    </message>
    <message numerus="yes">
        <source>send() sent %n byte(s).</source>
        <translation>
            <numerusform>send() отправил %n байт.</numerusform>
            <numerusform>send() отправил %n байта.</numerusform>
            <numerusform>send() отправил %n байт.</numerusform>
        </translation>
    </message>
    <message>
        <source>recv() returned 0 bytes: the other side has closed (or shut down) its sending side.</source>
        <translation>recv() вернул 0 байт: удалённая сторона закрыла соединение (или завершила отправку).</translation>
    </message>
    <message numerus="yes">
        <source>recv() returned %n byte(s).</source>
        <translation>
            <numerusform>recv() вернул %n байт.</numerusform>
            <numerusform>recv() вернул %n байта.</numerusform>
            <numerusform>recv() вернул %n байт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sendto() sent %n byte(s) to %1.</source>
        <translation>
            <numerusform>sendto() отправил %n байт на %1.</numerusform>
            <numerusform>sendto() отправил %n байта на %1.</numerusform>
            <numerusform>sendto() отправил %n байт на %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recvfrom() returned %n byte(s) from %1.</source>
        <translation>
            <numerusform>recvfrom() вернул %n байт от %1.</numerusform>
            <numerusform>recvfrom() вернул %n байта от %1.</numerusform>
            <numerusform>recvfrom() вернул %n байт от %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending is shut down (FIN sent): the other side&apos;s recv() returns 0 once it has read everything.</source>
        <translation>Отправка завершена (отправлен FIN): recv() удалённой стороны вернёт 0, когда она прочитает всё.</translation>
    </message>
    <message>
        <source>c is closed; s still listens, so accept() can take the next client.</source>
        <translation>c закрыт; s по-прежнему прослушивает, так что accept() может принять следующего клиента.</translation>
    </message>
    <message>
        <source>The socket is closed. Start again with socket().</source>
        <translation>Сокет закрыт. Начните снова с socket().</translation>
    </message>
    <message>
        <source>Uses the family chosen above.</source>
        <translation>Использует семейство адресов, выбранное выше.</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1): lets bind() take a port whose earlier connections are still in TIME_WAIT</source>
        <translation>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1): позволяет bind() занять порт, прежние соединения которого ещё в TIME_WAIT</translation>
    </message>
    <message>
        <source>Uses the host and port above.</source>
        <translation>Использует хост и порт, указанные выше.</translation>
    </message>
    <message>
        <source>Uses the backlog above.</source>
        <translation>Использует длину очереди (backlog), указанную выше.</translation>
    </message>
    <message>
        <source>Waits until a client connects, unless one is already waiting in the backlog.</source>
        <translation>Ждёт, пока подключится клиент, если в очереди (backlog) ещё никто не ждёт.</translation>
    </message>
    <message>
        <source>Connects to the host and port above, as client.py does.</source>
        <translation>Подключается к хосту и порту, указанным выше, как client.py.</translation>
    </message>
    <message>
        <source>Sends the reply text above to the client c.</source>
        <translation>Отправляет клиенту c текст ответа, указанный выше.</translation>
    </message>
    <message>
        <source>Sends the data typed in the field below.</source>
        <translation>Отправляет данные, введённые в поле ниже.</translation>
    </message>
    <message>
        <source>Receives at most 1024 bytes; waits until data arrives or the client closes.</source>
        <translation>Принимает не более 1024 байт; ждёт, пока придут данные или клиент закроет соединение.</translation>
    </message>
    <message>
        <source>Receives at most the recv() size above; waits until data arrives or the server closes.</source>
        <translation>Принимает не больше размера для recv(), указанного выше; ждёт, пока придут данные или сервер закроет соединение.</translation>
    </message>
    <message>
        <source>Sends the data to the address of the peer.</source>
        <translation>Отправляет данные на адрес собеседника.</translation>
    </message>
    <message>
        <source>Waits until a datagram arrives.</source>
        <translation>Ждёт, пока придёт датаграмма.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): sends FIN, so the other side&apos;s recv() returns 0, while this socket can still receive</source>
        <translation>shutdown(SHUT_WR): отправляет FIN, и recv() удалённой стороны возвращает 0, а этот сокет по-прежнему может принимать</translation>
    </message>
    <message>
        <source>Closes c, the client&apos;s connection; the listening socket s stays open.</source>
        <translation>Закрывает c — соединение с клиентом; прослушивающий сокет s остаётся открытым.</translation>
    </message>
    <message>
        <source>Closes the listening socket s (and c, if it is still open).</source>
        <translation>Закрывает прослушивающий сокет s (и c, если он ещё открыт).</translation>
    </message>
    <message>
        <source>Make the calls one at a time instead of all at once: press socket(), bind(), listen(), accept() ... in order and watch each one in the call trace. Only the calls that can come next are enabled. Close the socket to leave this mode.</source>
        <translation>Делать вызовы по одному, а не все сразу: нажимайте socket(), bind(), listen(), accept() ... по порядку и смотрите каждый в журнале вызовов. Доступны только вызовы, которые могут идти следующими. Чтобы выйти из этого режима, закройте сокет.</translation>
    </message>
    <message>
        <source>Ends the call that is waiting (accept, connect, recv or recvfrom), as a Ctrl+C would end a blocked program</source>
        <translation>Прерывает ожидающий вызов (accept, connect, recv или recvfrom), как Ctrl+C прервал бы заблокированную программу</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::TcpStateLabel</name>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>Listening socket: %1</source>
        <translation>Слушающий сокет: %1</translation>
    </message>
    <message>
        <source>TCP state: %1</source>
        <translation>Состояние TCP: %1</translation>
    </message>
    <message>
        <source>The state of this socket as the system&apos;s TCP reports it, once it exists.</source>
        <translation>Состояние этого сокета, как его сообщает TCP системы, — когда сокет появится.</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::TcpStateText</name>
    <message>
        <source>not reported by this system</source>
        <translation>система не сообщает</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::ThroughputChart</name>
    <message>
        <source>%1 B/s</source>
        <translation>%1 Б/с</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 КиБ/с</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 МиБ/с</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 GiB/s</source>
        <translation>%1 ГиБ/с</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>↓ %1  ↑ %2 · total ↓ %3  ↑ %4</source>
        <translation>↓ %1  ↑ %2 · всего ↓ %3  ↑ %4</translation>
    </message>
    <message>
        <source>Bytes per second over the last minute, received (↓, blue) and sent (↑, orange), then the totals of this session. Counted exactly.</source>
        <translation>Байты в секунду за последнюю минуту: принятые (↓, синим) и отправленные (↑, оранжевым), затем итоги этого сеанса. Подсчёт точный.</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::TraceModel</name>
    <message>
        <source>Time (ms)</source>
        <translation>Время (мс)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Аргументы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>TCP state now: %1</source>
        <translation>Состояние TCP теперь: %1</translation>
    </message>
    <message>
        <source>TCP state before close(): %1</source>
        <translation>Состояние TCP перед close(): %1</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::TracePanel</name>
    <message>
        <source>Save call trace</source>
        <translation>Сохранить журнал вызовов</translation>
    </message>
    <message>
        <source>The call trace could not be saved to %1: %2</source>
        <translation>Не удалось сохранить журнал вызовов в %1: %2</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Строки JSON (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n вызов</numerusform>
            <numerusform>%n вызова</numerusform>
            <numerusform>%n вызовов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 not shown</source>
        <translation>
            <numerusform>%n вызов, не показано: %1</numerusform>
            <numerusform>%n вызова, не показано: %1</numerusform>
            <numerusform>%n вызовов, не показано: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a call to see what it does.</source>
        <translation>Выберите вызов, чтобы узнать, что он делает.</translation>
    </message>
    <message>
        <source>The system says: %1</source>
        <translation>Сообщение системы: %1</translation>
    </message>
    <message>
        <source>The whole trace can no longer be kept for Save (%1): Save will write only the calls listed here.</source>
        <translation>Весь журнал вызовов больше не удаётся сохранять для кнопки «Сохранить» (%1): будут сохранены только вызовы, показанные здесь.</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::UdpEndpointPanel</name>
    <message>
        <source>This machine&apos;s name, as the tutorial&apos;s socket.gethostname() returns it. It may stand for an address that other machines on your network can reach.</source>
        <translation>Имя этого компьютера — его возвращает socket.gethostname() из учебника. Оно может соответствовать адресу, доступному другим компьютерам вашей сети.</translation>
    </message>
    <message>
        <source>The IPv4 loopback address: only programs on this machine can send to it</source>
        <translation>Адрес петлевого интерфейса IPv4: отправлять на него могут только программы на этом компьютере</translation>
    </message>
    <message>
        <source>The IPv6 loopback address (AF_INET6): only programs on this machine can send to it</source>
        <translation>Адрес петлевого интерфейса IPv6 (AF_INET6): отправлять на него могут только программы на этом компьютере</translation>
    </message>
    <message>
        <source>A host name for the loopback address, looked up with getaddrinfo()</source>
        <translation>Имя хоста для адреса петлевого интерфейса, разрешается через getaddrinfo()</translation>
    </message>
    <message>
        <source>INADDR_BROADCAST (255.255.255.255): every machine on the local network. Needs SO_BROADCAST.</source>
        <translation>INADDR_BROADCAST (255.255.255.255): все компьютеры локальной сети. Нужен SO_BROADCAST.</translation>
    </message>
    <message>
        <source>A multicast group: every socket that joined it receives the datagram (see Multicast)</source>
        <translation>Многоадресная группа: датаграмму получает каждый сокет, вступивший в неё (см. «Многоадресная рассылка»)</translation>
    </message>
    <message>
        <source>The empty string: INADDR_ANY, every network interface of this machine</source>
        <translation>Строка нулевой длины: INADDR_ANY, все сетевые интерфейсы этого компьютера</translation>
    </message>
    <message>
        <source>&apos;&apos; (all interfaces)</source>
        <translation>&apos;&apos; (все интерфейсы)</translation>
    </message>
    <message>
        <source>UDP endpoint</source>
        <translation>Конечная точка UDP</translation>
    </message>
    <message>
        <source>Not bound</source>
        <translation>Не привязан</translation>
    </message>
    <message>
        <source>Binding…</source>
        <translation>Привязка…</translation>
    </message>
    <message>
        <source>Bound to %1: recvfrom() waits</source>
        <translation>Привязан к %1: recvfrom() ждёт</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Закрытие…</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 datagrams</source>
        <translation>%1 датаграмм</translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n датаграмма</numerusform>
            <numerusform>%n датаграммы</numerusform>
            <numerusform>%n датаграмм</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 (%2), sent %3 (%4)</source>
        <translation>Получено: %1 (%2), отправлено: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 older datagrams not shown</source>
        <translation>Не показано старых датаграмм: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n older datagram(s) not shown</source>
        <translation>
            <numerusform>%n старая датаграмма не показана</numerusform>
            <numerusform>%n старые датаграммы не показаны</numerusform>
            <numerusform>%n старых датаграмм не показано</numerusform>
        </translation>
    </message>
    <message>
        <source>Every datagram received and sent in this run, counted exactly, with their bytes:</source>
        <translation>Точное число датаграмм, полученных и отправленных за этот запуск, и их объём в байтах:</translation>
    </message>
    <message>
        <source>%1 (joined at Start)</source>
        <translation>%1 (вступление при запуске)</translation>
    </message>
    <message>
        <source>setsockopt(IP_ADD_MEMBERSHIP) joins this group when the socket starts</source>
        <translation>setsockopt(IP_ADD_MEMBERSHIP) вступает в эту группу при запуске сокета</translation>
    </message>
    <message>
        <source>Joined: datagrams sent to %1 reach this socket</source>
        <translation>В группе: датаграммы, отправленные на %1, доходят до этого сокета</translation>
    </message>
    <message>
        <source>%1: socket(), bind(), then recvfrom()...</source>
        <translation>%1: socket(), bind(), затем recvfrom()...</translation>
    </message>
    <message>
        <source>Bind to all interfaces?</source>
        <translation>Привязать ко всем интерфейсам?</translation>
    </message>
    <message>
        <source>The socket will receive datagrams on every network interface of this machine, so other machines on your network can send to it.

Bind to all interfaces anyway?</source>
        <translation>Сокет будет получать датаграммы на всех сетевых интерфейсах этого компьютера, и другие компьютеры вашей сети смогут отправлять на него.

Всё равно привязать ко всем интерфейсам?</translation>
    </message>
    <message>
        <source>%1: the next datagram goes to %2</source>
        <translation>%1: следующая датаграмма будет отправлена на %2</translation>
    </message>
    <message>
        <source>%1: bound to %2</source>
        <translation>%1: сокет привязан к %2</translation>
    </message>
    <message>
        <source>%1: socket closed</source>
        <translation>%1: сокет закрыт</translation>
    </message>
    <message>
        <source>The socket is closed:</source>
        <translation>Сокет закрыт:</translation>
    </message>
    <message>
        <source>AF_INET: IPv4. The address is a (host, port) pair with a dotted-quad host such as 127.0.0.1.</source>
        <translation>AF_INET: IPv4. Адрес — пара (host, port), где хост — четырёхточечный адрес, например 127.0.0.1.</translation>
    </message>
    <message>
        <source>AF_INET6: IPv6. The host is in colon notation such as ::1; Python shows the address as (host, port, flowinfo, scope_id).</source>
        <translation>AF_INET6: IPv6. Хост записывается в двоеточечной нотации, например ::1; Python показывает адрес как (host, port, flowinfo, scope_id).</translation>
    </message>
    <message>
        <source>Other machines on your network can send datagrams to this socket.</source>
        <translation>Другие компьютеры вашей сети могут отправлять датаграммы на этот сокет.</translation>
    </message>
    <message>
        <source>IP_MULTICAST_TTL (IPV6_MULTICAST_HOPS for AF_INET6): how many routers a multicast datagram may cross. 1 keeps it on the local network.</source>
        <translation>IP_MULTICAST_TTL (IPV6_MULTICAST_HOPS для AF_INET6): через сколько маршрутизаторов может пройти многоадресная датаграмма. 1 — не выходить за пределы локальной сети.</translation>
    </message>
    <message>
        <source>IP_MULTICAST_LOOP: sockets on this machine that joined the group receive what this socket sends</source>
        <translation>IP_MULTICAST_LOOP: сокеты на этом компьютере, вступившие в группу, получают то, что отправляет этот сокет</translation>
    </message>
    <message>
        <source>setsockopt(IP_ADD_MEMBERSHIP): join the group, so datagrams sent to it reach this socket. Before Start, the group is joined at Start.</source>
        <translation>setsockopt(IP_ADD_MEMBERSHIP): вступить в группу, чтобы отправленные в неё датаграммы доходили до этого сокета. Пока сокет не запущен, вступление произойдёт при запуске.</translation>
    </message>
    <message>
        <source>setsockopt(IP_DROP_MEMBERSHIP): leave the selected group</source>
        <translation>setsockopt(IP_DROP_MEMBERSHIP): покинуть выбранную группу</translation>
    </message>
    <message>
        <source>An IPv6 multicast group (ff00::/8), such as %1</source>
        <translation>Многоадресная группа IPv6 (ff00::/8), например %1</translation>
    </message>
    <message>
        <source>An IPv4 multicast group (224.0.0.0 to 239.255.255.255), such as %1</source>
        <translation>Многоадресная группа IPv4 (от 224.0.0.0 до 239.255.255.255), например %1</translation>
    </message>
    <message>
        <source>IPV6_MULTICAST_IF: the interface name or index to send and join on; %1 keeps multicast on this machine, empty lets the system choose</source>
        <translation>IPV6_MULTICAST_IF: имя или индекс интерфейса для отправки и вступления в группы; %1 оставляет многоадресную рассылку на этом компьютере, пустое значение — выбор за системой</translation>
    </message>
    <message>
        <source>IP_MULTICAST_IF: the IPv4 address of the interface to send and join on; %1 keeps multicast on this machine, empty lets the system choose</source>
        <translation>IP_MULTICAST_IF: IPv4-адрес интерфейса для отправки и вступления в группы; %1 оставляет многоадресную рассылку на этом компьютере, пустое значение — выбор за системой</translation>
    </message>
    <message>
        <source>A UDP socket is AF_INET or AF_INET6 here.</source>
        <translation>Здесь UDP-сокет — AF_INET или AF_INET6.</translation>
    </message>
    <message>
        <source>Here: the network interface bind() uses.</source>
        <translation>Здесь: сетевой интерфейс, который использует bind().</translation>
    </message>
    <message>
        <source>Here: the port bind() uses.</source>
        <translation>Здесь: порт, который использует bind().</translation>
    </message>
    <message>
        <source>Here: where sendto() sends. &apos;&lt;broadcast&gt;&apos; needs SO_BROADCAST; a multicast group works too.</source>
        <translation>Здесь: куда передаёт sendto(). Для &apos;&lt;broadcast&gt;&apos; нужен SO_BROADCAST; подойдёт и группа многоадресной рассылки.</translation>
    </message>
    <message>
        <source>Here: the port of the socket that should receive the datagram.</source>
        <translation>Здесь: порт сокета, который должен получить датаграмму.</translation>
    </message>
    <message>
        <source>bind() was not made: you chose not to bind to all interfaces.</source>
        <translation>bind() не выполнен: вы отказались от привязки ко всем интерфейсам.</translation>
    </message>
    <message>
        <source>The destination is not valid: correct the marked field first.</source>
        <translation>Адрес назначения недопустим: сначала исправьте отмеченное поле.</translation>
    </message>
    <message>
        <source>Type the data to send in the field below first.</source>
        <translation>Сначала введите данные для отправки в поле ниже.</translation>
    </message>
    <message>
        <source>Step by step: press socket(), then each next call.</source>
        <translation>По шагам: нажмите socket(), затем каждый следующий вызов.</translation>
    </message>
</context>
<context>
    <name>socketlab::gui::UdpTab</name>
    <message>
        <source>Pairing: binding both endpoints on %1 with ports the system picks...</source>
        <translation>Создание пары: обе конечные точки привязываются к %1 с портами, которые выберет система...</translation>
    </message>
    <message>
        <source>Pairing failed: an endpoint could not start. See its settings.</source>
        <translation>Не удалось создать пару: одна из конечных точек не запустилась. Проверьте её настройки.</translation>
    </message>
    <message>
        <source>Paired: Endpoint A on port %1 sends to Endpoint B on port %2, and B to A. Type a message and press Send.</source>
        <translation>Пара создана: конечная точка A на порту %1 отправляет конечной точке B на порту %2, а B — точке A. Введите сообщение и нажмите «Отправить».</translation>
    </message>
    <message>
        <source>Endpoint A</source>
        <translation>Конечная точка A</translation>
    </message>
    <message>
        <source>Endpoint B</source>
        <translation>Конечная точка B</translation>
    </message>
</context>
</TS>
