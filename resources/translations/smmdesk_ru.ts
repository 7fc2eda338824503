<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>smmdesk {version}</source>
        <translation>smmdesk {version}</translation>
    </message>
    <message>
        <source>The workplace of an SMM and influencer-marketing planner.</source>
        <translation>Рабочее место SMM-специалиста и планировщика рекламы у блогеров.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <source>Backups: {path}</source>
        <translation>Резервные копии: {path}</translation>
    </message>
    <message>
        <source>Log: {path}</source>
        <translation>Журнал: {path}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{path} exists; add --force to replace it.</source>
        <translation>{path} уже существует; добавьте --force, чтобы заменить его.</translation>
    </message>
    <message>
        <source>Demo database written: {path} ({summary})</source>
        <translation>Демонстрационная база записана: {path} ({summary})</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>smmdesk</source>
        <translation>smmdesk</translation>
    </message>
    <message>
        <source>Something went wrong that smmdesk did not expect. Everything saved before this moment is still in the database.</source>
        <translation>Произошла непредвиденная ошибка. Всё, что было сохранено до этого момента, осталось в базе.</translation>
    </message>
    <message>
        <source>The details are below; please copy them into your message to support. Log file: {path}</source>
        <translation>Подробности ниже — скопируйте их в сообщение для поддержки. Файл журнала: {path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not a sum of money: {text}</source>
        <translation>Это не денежная сумма: {text}</translation>
    </message>
    <message>
        <source>A sum has at most two decimals: {text}</source>
        <translation>В сумме не больше двух знаков после запятой: {text}</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation>Процент должен быть от 0 до 100.</translation>
    </message>
    <message>
        <source>A percentage has at most two decimals.</source>
        <translation>В проценте не больше двух знаков после запятой.</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO code such as RUB.</source>
        <translation>Валюта — трёхбуквенный код ISO, например RUB.</translation>
    </message>
    <message>
        <source>The copy of {name} failed its integrity check: {problem}</source>
        <translation>Копия {name} не прошла проверку целостности: {problem}</translation>
    </message>
    <message>
        <source>The backup {name} is damaged and cannot be restored: {problem}</source>
        <translation>Резервная копия {name} повреждена, восстановить из неё нельзя: {problem}</translation>
    </message>
    <message>
        <source>The file {name} is damaged and was not changed. SQLite reports: {problem}</source>
        <translation>Файл {name} повреждён; в него ничего не записано. SQLite сообщает: {problem}</translation>
    </message>
    <message>
        <source>The file {name} was made by a newer version of smmdesk (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>Файл {name} создан более новой версией smmdesk (схема {revision}). Установите новую версию, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>The file {name} is a database of some other program; it was not changed.</source>
        <translation>Файл {name} — база данных другой программы; он не изменён.</translation>
    </message>
    <message>
        <source>The file is open read-only; the change was not saved.</source>
        <translation>Файл открыт только для чтения; изменение не сохранено.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Файла {name} нет.</translation>
    </message>
    <message>
        <source>The file {name} needs an upgrade, which a read-only copy cannot do.</source>
        <translation>Файл {name} нужно обновить, а копия только для чтения этого сделать не может.</translation>
    </message>
    <message>
        <source>The server database was made by a newer version of smmdesk ({revision}).</source>
        <translation>База на сервере создана более новой версией smmdesk ({revision}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Сделать резервную &amp;копию</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;About smmdesk</source>
        <translation>&amp;О программе smmdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>smmdesk databases (*{suffix} *.sqlite *.db);;All files (*)</source>
        <translation>Базы smmdesk (*{suffix} *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <source>{name} already exists; open it with File → Open.</source>
        <translation>{name} уже существует; откройте его через Файл → Открыть.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Недавних файлов нет</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <source>{path} no longer exists.</source>
        <translation>Файла {path} больше нет.</translation>
    </message>
    <message>
        <source>Backup saved: {name}</source>
        <translation>Резервная копия сохранена: {name}</translation>
    </message>
    <message>
        <source>About smmdesk</source>
        <translation>О программе smmdesk</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>Файл не открыт</translation>
    </message>
    <message>
        <source>Read-only: the file is open in another copy of smmdesk</source>
        <translation>Только чтение: файл открыт в другой копии smmdesk</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>on opening</source>
        <translation>при открытии</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>сделана вручную</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the current file. The current state is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Выберите копию, которая заменит текущий файл. Сначала будет сохранена копия текущего состояния — к нему можно будет вернуться.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size, MB</source>
        <translation>Размер, МБ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Резервных копий этого файла пока нет.</translation>
    </message>
    <message>
        <source>Replace the current file with the backup made {when}?</source>
        <translation>Заменить текущий файл копией от {when}?</translation>
    </message>
</context>
<context>
    <name>SectionPlaceholder</name>
    <message>
        <source>This section is being built. It will hold:</source>
        <translation>Раздел в разработке. Здесь будет:</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Influencers</source>
        <translation>Блогеры</translation>
    </message>
    <message>
        <source>The base of opinion leaders: each person&apos;s accounts per platform, followers, ER, audience, contacts, tax status and relationship status, with the terms agreed per format. Lists that agencies keep are imported, duplicates merged, and 100,000 rows filter instantly.</source>
        <translation>База лидеров мнений: аккаунты на площадках, подписчики, ER, аудитория, контакты, налоговый статус и статус отношений, условия по каждому формату. Списки агентств импортируются, дубли объединяются, 100&#xa0;000 строк фильтруются мгновенно.</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Сметы</translation>
    </message>
    <message>
        <source>Clients, campaigns and their estimates: placements and other costs, discounts, agency fee and VAT, versions sent to the client and approved, and the client&apos;s XLSX and PDF.</source>
        <translation>Клиенты, кампании и сметы: размещения и прочие расходы, скидки, агентская комиссия и НДС, версии, отправленные клиенту и согласованные, XLSX и PDF для клиента.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>The placement plan: a campaign&apos;s placements as a calendar by month or week, dates moved by dragging, conflicts shown, exported as a calendar grid.</source>
        <translation>План размещений: размещения кампании в календаре по месяцам и неделям, даты переносятся перетаскиванием, конфликты видны, выгрузка календарной сеткой.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Размещения</translation>
    </message>
    <message>
        <source>Carrying out the approved estimate: each publication&apos;s slot and status, payments and balances, the published URL, the ad token (ERID) and screenshots as proof.</source>
        <translation>Исполнение согласованной сметы: слот и статус каждой публикации, оплаты и остатки, ссылка на публикацию, токен маркировки (ERID) и скриншоты как подтверждение.</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Effectiveness: each publication&apos;s reach, views and engagement with their source, the campaign&apos;s KPI targets plan against fact, charts and the report for the client.</source>
        <translation>Эффективность: охват, просмотры и вовлечённость каждой публикации с источником данных, KPI кампании — план и факт, графики и отчёт для клиента.</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <source>Giveaways: mechanics, rules, prizes and their tax, participants imported or pasted, a draw that anyone can verify, and the protocol to publish.</source>
        <translation>Розыгрыши: механика, правила, призы и налог с них, участники из файла или из буфера, розыгрыш, который может проверить любой, и протокол для публикации.</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Репутация</translation>
    </message>
    <message>
        <source>Reputation management: choosing a monitoring service, the monitoring queries, a playbook for negative reviews and articles, a log of mentions with response deadlines, and campaigns that collect reviews from real customers.</source>
        <translation>Управление репутацией: выбор сервиса мониторинга, поисковые запросы, сценарии ответов на негативные отзывы и статьи, журнал упоминаний со сроками ответа и кампании по сбору отзывов реальных клиентов.</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Стратегия</translation>
    </message>
    <message>
        <source>The SMM strategy: goals and KPIs; plan, organize (tasks for employees and contractors), motivate, control with checkpoints, and coordinate when plans change, with the history kept.</source>
        <translation>SMM-стратегия: цели и KPI; планирование, организация (задачи сотрудникам и подрядчикам), мотивация, контроль по контрольным точкам и координация при изменении планов — с сохранением истории.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>empty: the database file (SQLite)</source>
        <translation>пусто: файл базы (SQLite)</translation>
    </message>
    <message>
        <source>For a team: a PostgreSQL server, e.g. postgresql+psycopg://user@server/smmdesk</source>
        <translation>Для команды: сервер PostgreSQL, например postgresql+psycopg://user@server/smmdesk</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Хранить резервных копий:</translation>
    </message>
    <message>
        <source>Server database:</source>
        <translation>База на сервере:</translation>
    </message>
    <message>
        <source>Defaults for new estimates (kept in the database file)</source>
        <translation>Значения для новых смет (хранятся в файле базы)</translation>
    </message>
    <message>
        <source>Agency name:</source>
        <translation>Название агентства:</translation>
    </message>
    <message>
        <source>VAT rate:</source>
        <translation>Ставка НДС:</translation>
    </message>
    <message>
        <source>Agency fee:</source>
        <translation>Агентская комиссия:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Change the agency settings</source>
        <translation>Изменение настроек агентства</translation>
    </message>
    <message>
        <source>The new language is used from the next start of smmdesk.</source>
        <translation>Новый язык будет включён при следующем запуске smmdesk.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>process {pid} on {host}</source>
        <translation>процесс {pid} на {host}</translation>
    </message>
    <message>
        <source>The file is already open</source>
        <translation>Файл уже открыт</translation>
    </message>
    <message>
        <source>{name} is open in another copy of smmdesk ({where}). It opens here read-only: you can look, but changes are made in the other copy.</source>
        <translation>{name} открыт в другой копии smmdesk ({where}). Здесь он откроется только для чтения: смотреть можно, а изменения вносятся в той копии.</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Файл повреждён</translation>
    </message>
    <message>
        <source>No sound backup was found.</source>
        <translation>Исправной резервной копии не найдено.</translation>
    </message>
    <message>
        <source>The newest sound backup is from {when}. Restore it? The damaged file is kept beside it under a new name.</source>
        <translation>Последняя исправная резервная копия — от {when}. Восстановить её? Повреждённый файл останется рядом под новым именем.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Восстановить копию</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>Не открывать</translation>
    </message>
    <message>
        <source>A newer file</source>
        <translation>Файл новой версии</translation>
    </message>
    <message>
        <source>Not a smmdesk file</source>
        <translation>Это не файл smmdesk</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Файл не открывается</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Восстановить не удалось</translation>
    </message>
</context>
</TS>
