<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Strategy</source>
        <translation>Стратегия</translation>
    </message>
</context>
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
    <name>AddToEstimateDialog</name>
    <message>
        <source>Add to an estimate</source>
        <translation>Добавить в смету</translation>
    </message>
    <message>
        <source>date not fixed yet</source>
        <translation>дата пока не назначена</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Аккаунты:</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Смета:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>left out, blacklisted: {names}</source>
        <translation>не добавлены, в чёрном списке: {names}</translation>
    </message>
    <message>
        <source>Add {count} placements to the estimate</source>
        <translation>Добавить размещений в смету: {count}</translation>
    </message>
    <message>
        <source>Added {count} placements to {estimate}, version {version}.</source>
        <translation>Добавлено размещений: {count} — в смету «{estimate}», версия {version}.</translation>
    </message>
    <message>
        <source>Left out, being blacklisted: {names}.</source>
        <translation>Не добавлены, потому что в чёрном списке: {names}.</translation>
    </message>
    <message>
        <source>{count} of them have no price for this format in their terms: type the prices in the estimate.</source>
        <translation>У {count} из них в условиях нет цены на этот формат: впишите цены в смете.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>An agreement</source>
        <translation>Договорённость</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Договорённость:</translation>
    </message>
    <message>
        <source>Amount, ₽ (a month, a piece, an hour, the bonus):</source>
        <translation>Сумма, ₽ (в месяц, за штуку, за час, премия):</translation>
    </message>
    <message>
        <source>Pieces or hours:</source>
        <translation>Штук или часов:</translation>
    </message>
    <message>
        <source>First month, or due on:</source>
        <translation>Первый месяц или срок оплаты:</translation>
    </message>
    <message>
        <source>Last month (a monthly fee):</source>
        <translation>Последний месяц (ежемесячная оплата):</translation>
    </message>
    <message>
        <source>Paid on day of the month:</source>
        <translation>День оплаты в месяце:</translation>
    </message>
    <message>
        <source>Bonus for the KPI:</source>
        <translation>Премия за КПЭ:</translation>
    </message>
    <message>
        <source>At the threshold:</source>
        <translation>При пороге:</translation>
    </message>
    <message>
        <source>Judged at the checkpoint:</source>
        <translation>Оценивается в контрольной точке:</translation>
    </message>
    <message>
        <source>What for:</source>
        <translation>За что:</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>Файл {name} уже есть в папке {folder}. Заменить его?</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменилось.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не записан.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>With selected</source>
        <translation>С выбранными</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Установить статус</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Добавить тег…</translation>
    </message>
    <message>
        <source>Remove a tag…</source>
        <translation>Снять тег…</translation>
    </message>
    <message>
        <source>Add to an estimate…</source>
        <translation>Добавить в смету…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Экспорт выбранных…</translation>
    </message>
    <message>
        <source>Restore from the archive</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Чёрный список</translation>
    </message>
    <message>
        <source>Why are they blacklisted?</source>
        <translation>Причина внесения в чёрный список:</translation>
    </message>
    <message>
        <source>Set the status of {count} influencers</source>
        <translation>Смена статуса у блогеров: {count}</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <source>Tag for {count} influencers:</source>
        <translation>Тег для блогеров ({count}):</translation>
    </message>
    <message>
        <source>Add the tag {tag}</source>
        <translation>Добавление тега «{tag}»</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Снять тег</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Какой тег снять:</translation>
    </message>
    <message>
        <source>Remove the tag {tag}</source>
        <translation>Снятие тега «{tag}»</translation>
    </message>
    <message>
        <source>Delete {count} influencers ({names}{more}) with their accounts and terms?</source>
        <translation>Удалить блогеров ({count}: {names}{more}) вместе с аккаунтами и условиями?</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> и ещё {n}</translation>
    </message>
    <message>
        <source>Delete {count} influencers</source>
        <translation>Удаление блогеров: {count}</translation>
    </message>
    <message>
        <source>Archived, not deleted</source>
        <translation>Перенесены в архив, а не удалены</translation>
    </message>
    <message>
        <source>{count} of them have placements in estimates, so they were archived instead of deleted: the estimates still need them. Tick “Archive too” to see them.</source>
        <translation>У {count} из них есть размещения в сметах, поэтому они перенесены в архив, а не удалены: сметы на них ссылаются. Чтобы их увидеть, отметьте «И архив».</translation>
    </message>
    <message>
        <source>Restore {count} influencers from the archive</source>
        <translation>Возврат из архива: {count}</translation>
    </message>
    <message>
        <source>Add to an estimate</source>
        <translation>Добавить в смету</translation>
    </message>
    <message>
        <source>There are no estimates yet: make one in Estimates.</source>
        <translation>Смет пока нет: создайте смету в разделе «Сметы».</translation>
    </message>
    <message>
        <source>Export influencers</source>
        <translation>Экспорт блогеров</translation>
    </message>
    <message>
        <source>influencers.xlsx</source>
        <translation>блогеры.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} accounts exported to {path}</source>
        <translation>Выгружено аккаунтов: {count} — {path}</translation>
    </message>
    <message>
        <source>row {row}, {column}</source>
        <translation>строка {row}, {column}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>These texts are longer than a spreadsheet cell holds (32 767 characters) and were cut in the file; the base keeps them whole:
{where}</source>
        <translation>Эти тексты длиннее, чем вмещает ячейка таблицы (32 767 символов), и в файле обрезаны; в базе они целиком:
{where}</translation>
    </message>
    <message>
        <source>Exporting {count} accounts…</source>
        <translation>Выгружаю аккаунтов: {count}…</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <source>e.g. 500 000</source>
        <translation>например, 500 000</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Budget limit:</source>
        <translation>Лимит бюджета:</translation>
    </message>
    <message>
        <source>the campaign&apos;s first day</source>
        <translation>первый день кампании</translation>
    </message>
    <message>
        <source>the campaign&apos;s last day</source>
        <translation>последний день кампании</translation>
    </message>
    <message>
        <source>Brief:</source>
        <translation>Бриф:</translation>
    </message>
</context>
<context>
    <name>CaptureList</name>
    <message>
        <source>Published, with no figures recorded yet. Stories&apos; statistics vanish within days: capture them first. A double click opens the placement.</source>
        <translation>Опубликовано, а цифр ещё нет. Статистика сторис исчезает за несколько дней — снимайте её в первую очередь. Двойной щелчок открывает размещение.</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>просрочено на {days} дн.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Блогер</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Timeline</source>
        <translation>План-график</translation>
    </message>
    <message>
        <source>KPI progress</source>
        <translation>Прогресс КПЭ</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>A value of «{metric}»</source>
        <translation>Значение «{metric}»</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>На дату:</translation>
    </message>
    <message>
        <source>Value{unit}:</source>
        <translation>Значение{unit}:</translation>
    </message>
    <message>
        <source>Read from (a page, a report):</source>
        <translation>Откуда взято (страница, отчёт):</translation>
    </message>
</context>
<context>
    <name>ChecklistButton</name>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>{label}: all</source>
        <translation>{label}: все</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
</context>
<context>
    <name>CheckpointDialog</name>
    <message>
        <source>a KPI at or beyond a threshold</source>
        <translation>КПЭ на пороге или лучше</translation>
    </message>
    <message>
        <source>a checklist</source>
        <translation>чек-лист</translation>
    </message>
    <message>
        <source>the planner&apos;s judgement with evidence</source>
        <translation>оценка планировщика с подтверждением</translation>
    </message>
    <message>
        <source>A checkpoint</source>
        <translation>Контрольная точка</translation>
    </message>
    <message>
        <source>What is checked:</source>
        <translation>Что проверяется:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>The bar:</source>
        <translation>Критерий:</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>КПЭ:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Порог:</translation>
    </message>
    <message>
        <source>Checklist, an item a line:</source>
        <translation>Чек-лист, по пункту в строке:</translation>
    </message>
    <message>
        <source>What is judged:</source>
        <translation>Что оценивается:</translation>
    </message>
    <message>
        <source>Task checked:</source>
        <translation>Проверяемая задача:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Цель:</translation>
    </message>
</context>
<context>
    <name>ChoiceTab</name>
    <message>
        <source>Mentions a day:</source>
        <translation>Упоминаний в день:</translation>
    </message>
    <message>
        <source>Answer within, hours:</source>
        <translation>Ответ нужен за, ч:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Охват:</translation>
    </message>
    <message>
        <source>The whole web</source>
        <translation>Весь интернет</translation>
    </message>
    <message>
        <source>Own accounts only</source>
        <translation>Только свои аккаунты</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Регионы:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Choose the service</source>
        <translation>Выбрать сервис</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Веса…</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Of 5</source>
        <translation>Из 5</translation>
    </message>
    <message>
        <source>Found, measured</source>
        <translation>Нашёл (замер)</translation>
    </message>
    <message>
        <source>Share of all</source>
        <translation>Доля от всех</translation>
    </message>
    <message>
        <source>Delay, median</source>
        <translation>Задержка, медиана</translation>
    </message>
    <message>
        <source>Delay, 90 %</source>
        <translation>Задержка, 90 %</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Chosen: {service} on {date}</source>
        <translation>Выбран: {service}, {date}</translation>
    </message>
    <message>
        <source>No service chosen yet</source>
        <translation>Сервис ещё не выбран</translation>
    </message>
    <message>
        <source>Change the brand&apos;s parameters</source>
        <translation>Изменить параметры бренда</translation>
    </message>
    <message>
        <source>the planner&apos;s estimate</source>
        <translation>оценка планировщика</translation>
    </message>
    <message>
        <source>Score {service}</source>
        <translation>Оценить {service}</translation>
    </message>
    <message>
        <source>Choose {service}</source>
        <translation>Выбрать {service}</translation>
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
    <message>
        <source>The file it replaced is kept as {path}</source>
        <translation>Файл, который он заменил, сохранён: {path}</translation>
    </message>
    <message>
        <source>Add --upgrade-schema to upgrade it.</source>
        <translation>Чтобы обновить её, добавьте --upgrade-schema.</translation>
    </message>
    <message>
        <source>{name} is open in another copy of smmdesk under another name of the same file (a hard link); close it there first.</source>
        <translation>{name} открыт в другой копии smmdesk под другим именем того же файла (жёсткая ссылка); сначала закройте его там.</translation>
    </message>
    <message>
        <source>{name} is open in another copy of smmdesk; close it there first.</source>
        <translation>{name} открыт в другой копии smmdesk; сначала закройте его там.</translation>
    </message>
    <message>
        <source>{name} is open in smmdesk on {host} (process {pid}, since {since}); close it there first.</source>
        <translation>{name} открыт в smmdesk на компьютере {host} (процесс {pid}, с {since}); сначала закройте его там.</translation>
    </message>
    <message>
        <source>the disk it is on is read-only</source>
        <translation>диск, на котором он лежит, доступен только для чтения</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>его папка доступна только для чтения</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <source>{name} cannot be changed: {why}. Nothing was written.</source>
        <translation>{name} нельзя изменить: {why}. Ничего не записано.</translation>
    </message>
    <message>
        <source>conflict: {platform}/{handle} {field}: kept “{kept}”, not “{other}” (rows {rows})</source>
        <translation>расхождение: {platform}/{handle} {field}: оставлено «{kept}», а не «{other}» (строки {rows})</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, skipped {skipped}</source>
        <translation>добавлено {added}, обновлено {updated}, пропущено {skipped}</translation>
    </message>
    <message>
        <source>{count} accounts written to {path}</source>
        <translation>Аккаунтов записано: {count}, файл {path}</translation>
    </message>
    <message>
        <source>row {row}, {column}: longer than a cell holds, cut (the base keeps it whole)</source>
        <translation>строка {row}, {column}: длиннее, чем вмещает ячейка, обрезано (в базе текст целиком)</translation>
    </message>
    <message>
        <source>Estimate {id}, version {number}: total {total}, written to {path}</source>
        <translation>Смета {id}, версия {number}: итого {total}, записана в {path}</translation>
    </message>
    <message>
        <source>{title}: written to {path}</source>
        <translation>{title}: записан в {path}</translation>
    </message>
    <message>
        <source>The protocol verifies: the draw gives the same winners.</source>
        <translation>Протокол подтверждён: розыгрыш даёт тех же победителей.</translation>
    </message>
    <message>
        <source>The protocol does not verify:</source>
        <translation>Протокол не подтверждается:</translation>
    </message>
    <message>
        <source>Drawn from {count:participant|participants}, list hash {hash}:</source>
        <translation>Разыграно среди {count:участника|участников|участников}, хэш списка {hash}:</translation>
    </message>
    <message>
        <source>{title}: {tables} tables and {charts} charts written to {path}</source>
        <translation>{title}: таблиц — {tables}, графиков — {charts}; записано в {path}</translation>
    </message>
    <message>
        <source>{count} records written to {path}</source>
        <translation>Записей сохранено в {path}: {count}</translation>
    </message>
    <message>
        <source>{count} records uploaded to {server}</source>
        <translation>Записей загружено на {server}: {count}</translation>
    </message>
    <message>
        <source>No checkpoint is due by {day}.</source>
        <translation>К {day} нет контрольных точек со сроком.</translation>
    </message>
    <message>
        <source>waits for the planner&apos;s judgement</source>
        <translation>ждёт решения планировщика</translation>
    </message>
    <message>
        <source>{day} {title}: {result}{figure}</source>
        <translation>{day} {title}: {result}{figure}</translation>
    </message>
    <message>
        <source>{rows} rows, {short} of them short, written to {path}</source>
        <translation>Строк: {rows}, с нехваткой: {short}; записано в {path}</translation>
    </message>
    <message>
        <source>tasks added {added}, updated {updated}, skipped {skipped}; people added {people}</source>
        <translation>задач добавлено {added}, обновлено {updated}, пропущено {skipped}; исполнителей добавлено {people}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>строка {row}: {reason}</translation>
    </message>
    <message>
        <source>The database has {count} clients; say which one with --client (their numbers: {ids}).</source>
        <translation>В базе {count} клиентов; укажите нужного через --client (их номера: {ids}).</translation>
    </message>
    <message>
        <source>The database has no client yet; add the brand as a client first.</source>
        <translation>В базе ещё нет клиентов; сначала добавьте бренд как клиента.</translation>
    </message>
    <message>
        <source>added {added}, same as before {same}, skipped {skipped}</source>
        <translation>добавлено {added}, как раньше {same}, пропущено {skipped}</translation>
    </message>
    <message>
        <source>{count} mentions written to {path}</source>
        <translation>Упоминаний записано: {count}, файл {path}</translation>
    </message>
    <message>
        <source>{service} cannot take this query:</source>
        <translation>{service} не примет этот запрос:</translation>
    </message>
    <message>
        <source>Exclusions: {text}</source>
        <translation>Исключения: {text}</translation>
    </message>
    <message>
        <source>{count} of {total} mentions match</source>
        <translation>{count} из {total} упоминаний подходят</translation>
    </message>
    <message>
        <source>{title}: {tables} tables written to {path}</source>
        <translation>{title}: таблиц {tables}, записано в {path}</translation>
    </message>
    <message>
        <source>Say where the short links live with --link (for example https://zerno.ru/r/): the brand&apos;s site cannot be told from the client&apos;s e-mail (none, or one at a public mail service).</source>
        <translation>Укажите адрес коротких ссылок в --link (например, https://zerno.ru/r/): сайт бренда не узнать по e-mail клиента (его нет или он на общедоступной почте).</translation>
    </message>
    <message>
        <source>The file has no consent column: nobody of it gets a request until their consent is recorded.</source>
        <translation>В файле нет столбца согласия: никто из него не получит запрос, пока согласие не записано.</translation>
    </message>
    <message>
        <source>wave {number}: {count} requests written to {path}, {skipped} customers not asked</source>
        <translation>волна {number}: запросов — {count}, записаны в {path}; не просим — {skipped}</translation>
    </message>
    <message>
        <source>wave {number} written again: {count} requests in {path}</source>
        <translation>волна {number} записана снова: запросов — {count}, в {path}</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, same as before {same}, skipped {skipped}</source>
        <translation>добавлено {added}, обновлено {updated}, как раньше {same}, пропущено {skipped}</translation>
    </message>
    <message>
        <source>merged duplicates {merged}; staff {staff} and without consent {no_consent} (they are not asked); values not taken {not_taken}</source>
        <translation>объединено повторов {merged}; сотрудников {staff} и без согласия {no_consent} (их не спросят); значений не принято {not_taken}</translation>
    </message>
    <message>
        <source>NPS {nps} ({respondents} respondents: {promoters} promoters, {passives} passives, {detractors} detractors)</source>
        <translation>NPS {nps} (ответивших — {respondents}: промоутеров — {promoters}, нейтральных — {passives}, критиков — {detractors})</translation>
    </message>
    <message>
        <source>CSAT {csat} % ({answers} answers, {satisfied} of them 4 or 5)</source>
        <translation>CSAT {csat} % (ответов — {answers}, из них 4 или 5 — {satisfied})</translation>
    </message>
    <message>
        <source>{count} dissatisfied answers put into the mentions queue for a private follow-up</source>
        <translation>недовольных ответов в очереди упоминаний для личной связи — {count}</translation>
    </message>
    <message>
        <source>{count} customers erased; the campaign&apos;s figures stay</source>
        <translation>клиентов стёрто — {count}; показатели кампании остались</translation>
    </message>
    <message>
        <source>{matched} requests found, {reviews} reviews, {skipped} rows skipped, {unknown} warnings</source>
        <translation>найдено запросов — {matched}, отзывов — {reviews}, пропущено строк — {skipped}, предупреждений — {unknown}</translation>
    </message>
    <message>
        <source>requests {requests}, delivered {delivered}, clicked {clicked}, reviews {reviews}, conversion {conversion}</source>
        <translation>запросов {requests}, доставлено {delivered}, переходов {clicked}, отзывов {reviews}, конверсия {conversion}</translation>
    </message>
    <message>
        <source>your order {order} of {date}</source>
        <translation>ваш заказ {order} от {date}</translation>
    </message>
    <message>
        <source>on {platforms}</source>
        <translation>на площадке «{platforms}»</translation>
    </message>
    <message>
        <source>your name and your review will be seen by everyone</source>
        <translation>ваше имя и отзыв увидят все</translation>
    </message>
    <message>
        <source>nothing is published: only the brand reads the answers</source>
        <translation>ничего не публикуется: ответы читает только бренд</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Юридическое лицо:</translation>
    </message>
    <message>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
</context>
<context>
    <name>ColumnsAndViews</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Сохранить вид…</translation>
    </message>
    <message>
        <source>(choose a saved view)</source>
        <translation>(выберите сохранённый вид)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранить вид</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Название вида:</translation>
    </message>
    <message>
        <source>Save the view {name}</source>
        <translation>Сохранение вида «{name}»</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Сравнение версий</translation>
    </message>
    <message>
        <source>version {number} ({status})</source>
        <translation>версия {number} ({status})</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменена</translation>
    </message>
    <message>
        <source>Version {a}: {total_a}. Version {b}: {total_b}. Difference in the total to pay: {change}. Lines added {added}, removed {removed}, changed {changed}.</source>
        <translation>Версия {a}: {total_a}. Версия {b}: {total_b}. Разница в сумме к оплате: {change}. Строк добавлено {added}, удалено {removed}, изменено {changed}.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>Complaints to the platform</source>
        <translation>Жалобы площадке</translation>
    </message>
    <message>
        <source>Attach a screenshot…</source>
        <translation>Приложить скриншот…</translation>
    </message>
    <message>
        <source>Open the screenshot</source>
        <translation>Открыть скриншот</translation>
    </message>
    <message>
        <source>Complaint of {date}: {reason}</source>
        <translation>Жалоба от {date}: {reason}</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Двойной щелчок — открыть</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Скриншот</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Attach a screenshot to a complaint</source>
        <translation>Приложить скриншот к жалобе</translation>
    </message>
</context>
<context>
    <name>Contests</name>
    <message>
        <source>a comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>a repost</source>
        <translation>репост</translation>
    </message>
    <message>
        <source>a subscription</source>
        <translation>подписка</translation>
    </message>
    <message>
        <source>user content (UGC)</source>
        <translation>пользовательский контент (UGC)</translation>
    </message>
    <message>
        <source>a quiz</source>
        <translation>викторина</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>разыгран</translation>
    </message>
    <message>
        <source>prizes delivered</source>
        <translation>призы вручены</translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation>не подписан</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>a bot</source>
        <translation>бот</translation>
    </message>
    <message>
        <source>a repeated entry</source>
        <translation>повторное участие</translation>
    </message>
    <message>
        <source>did not meet the rules</source>
        <translation>не выполнил условия</translation>
    </message>
</context>
<context>
    <name>ContestsWindow</name>
    <message>
        <source>New contest…</source>
        <translation>Новый конкурс…</translation>
    </message>
    <message>
        <source>Choose a contest or make a new one</source>
        <translation>Выберите конкурс или создайте новый</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Prizes and costs</source>
        <translation>Призы и расходы</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Розыгрыш</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Delete the contest</source>
        <translation>Удалить конкурс</translation>
    </message>
    <message>
        <source>Change the contest {title}</source>
        <translation>Изменить конкурс «{title}»</translation>
    </message>
    <message>
        <source>New contest</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <source>New contest {title}</source>
        <translation>Новый конкурс «{title}»</translation>
    </message>
    <message>
        <source>Delete {title} with its prizes and participants?</source>
        <translation>Удалить «{title}» вместе с призами и участниками?</translation>
    </message>
    <message>
        <source>Delete the contest {title}</source>
        <translation>Удалить конкурс «{title}»</translation>
    </message>
</context>
<context>
    <name>ControlTab</name>
    <message>
        <source>On the board</source>
        <translation>На доске</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Контрольная точка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Check the checkpoints due</source>
        <translation>Проверить наступившие контрольные точки</translation>
    </message>
    <message>
        <source>Decide on the failed one…</source>
        <translation>Решение по непройденной…</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Add a checklist…</source>
        <translation>Добавить чек-лист…</translation>
    </message>
    <message>
        <source>Add a judgement…</source>
        <translation>Добавить оценку…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Tick the checklist…</source>
        <translation>Отметить пункты…</translation>
    </message>
    <message>
        <source>Record the verdict…</source>
        <translation>Записать вердикт…</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Контрольные точки</translation>
    </message>
    <message>
        <source>{metric}: no worse than {threshold}</source>
        <translation>{metric}: не хуже {threshold}</translation>
    </message>
    <message>
        <source>checklist, {done} of {count} done</source>
        <translation>чек-лист, выполнено {done} из {count}</translation>
    </message>
    <message>
        <source>Due: {due}; failed or partly: {failed}; coming in two weeks: {coming}</source>
        <translation>Наступили: {due}; не пройдены или частично: {failed}; в ближайшие две недели: {coming}</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Another cost</source>
        <translation>Прочий расход</translation>
    </message>
    <message>
        <source>e.g. production, product, delivery</source>
        <translation>например, продакшн, продукт, доставка</translation>
    </message>
    <message>
        <source>e.g. 25 000</source>
        <translation>например, 25 000</translation>
    </message>
    <message>
        <source>What for:</source>
        <translation>За что:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Цена за единицу:</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>Costs are the placements&apos; net, without the agency fee and VAT.</source>
        <translation>Стоимость указана без агентской комиссии и НДС (стоимость размещений по смете).</translation>
    </message>
    <message>
        <source>Costs include the agency fee and VAT (the total to pay).</source>
        <translation>Стоимость указана с агентской комиссией и НДС (всего к оплате по смете).</translation>
    </message>
    <message>
        <source>Costs are the placements&apos; net, without the agency fee; VAT is included in them.</source>
        <translation>Стоимость указана без агентской комиссии, в том числе НДС (стоимость размещений по смете).</translation>
    </message>
    <message>
        <source>Costs include the agency fee; VAT is included in them (the total to pay).</source>
        <translation>Стоимость указана с агентской комиссией, в том числе НДС (всего к оплате по смете).</translation>
    </message>
    <message>
        <source>Costs are the placements&apos; net, without the agency fee; VAT not charged (USN).</source>
        <translation>Стоимость указана без агентской комиссии; НДС не облагается (УСН).</translation>
    </message>
    <message>
        <source>Costs include the agency fee (the total to pay); VAT not charged (USN).</source>
        <translation>Стоимость указана с агентской комиссией (всего к оплате по смете); НДС не облагается (УСН).</translation>
    </message>
    <message>
        <source>Costs are the placements&apos; net, without the agency fee; VAT as each estimate has it: not added where it goes on top, included where the prices hold it, none under USN.</source>
        <translation>Стоимость указана без агентской комиссии; НДС — как в каждой смете: начисляемый сверху не включён, в ценах — включён, при УСН не облагается.</translation>
    </message>
    <message>
        <source>Costs include the agency fee and each estimate&apos;s VAT where it has one (the total to pay).</source>
        <translation>Стоимость указана с агентской комиссией и НДС каждой сметы, где он есть (всего к оплате по сметам).</translation>
    </message>
    <message>
        <source>with the agency fee and VAT</source>
        <translation>с агентской комиссией и НДС</translation>
    </message>
    <message>
        <source>with the agency fee, VAT included</source>
        <translation>с агентской комиссией, в том числе НДС</translation>
    </message>
    <message>
        <source>with the agency fee, VAT not charged (USN)</source>
        <translation>с агентской комиссией, НДС не облагается (УСН)</translation>
    </message>
    <message>
        <source>with the agency fee and each estimate&apos;s VAT</source>
        <translation>с агентской комиссией и НДС каждой сметы</translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message>
        <source>Import customers: {name}</source>
        <translation>Загрузка клиентов: {name}</translation>
    </message>
    <message>
        <source>Add {added}, update {updated}, same as before {same}; merged duplicates {merged}; staff {staff} and without consent {no_consent} (they will not be asked); rows skipped {skipped}.</source>
        <translation>Добавить {added}, обновить {updated}, как раньше {same}; объединено повторов {merged}; сотрудников {staff} и без согласия {no_consent} (их не спросят); пропущено строк {skipped}.</translation>
    </message>
    <message>
        <source>The file has no consent column: nobody of it will be asked.</source>
        <translation>В файле нет столбца согласия: никого из него не спросят.</translation>
    </message>
    <message>
        <source>No column is a phone or an e-mail: nobody of it can be asked.</source>
        <translation>Ни один столбец не назначен телефоном или e-mail: никого из файла не спросить.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Choose in the calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The client approved</source>
        <translation>Клиент согласовал</translation>
    </message>
    <message>
        <source>The client rejected</source>
        <translation>Клиент отклонил</translation>
    </message>
    <message>
        <source>name and role on the client&apos;s side</source>
        <translation>имя и должность со стороны клиента</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>when the client decided</source>
        <translation>когда клиент принял решение</translation>
    </message>
    <message>
        <source>Decision on «{title}»</source>
        <translation>Решение по «{title}»</translation>
    </message>
    <message>
        <source>Decision (go on, re-plan, change the goal…):</source>
        <translation>Решение (продолжаем, перепланируем, меняем цель…):</translation>
    </message>
    <message>
        <source>Re-plan: a new version of the strategy, this decision its reason</source>
        <translation>Перепланировать: новая версия стратегии по этому решению</translation>
    </message>
</context>
<context>
    <name>Draw</name>
    <message>
        <source>the list is not in code-point order or has repeats</source>
        <translation>список не упорядочен по кодам символов или в нём есть повторы</translation>
    </message>
    <message>
        <source>the list&apos;s hash is {actual}, the protocol says {recorded}</source>
        <translation>хэш списка — {actual}, а в протоколе — {recorded}</translation>
    </message>
    <message>
        <source>disqualified entries not in the list: {entries}</source>
        <translation>дисквалифицированных нет в списке участников: {entries}</translation>
    </message>
    <message>
        <source>the protocol declares {places:place|places} but lists {rows:winner|winners}</source>
        <translation>в протоколе объявлено {places:место|места|мест}, а победителей в нём {rows}</translation>
    </message>
    <message>
        <source>place {place}: the draw gives {winner}, the protocol has no winner</source>
        <translation>место {place}: розыгрыш даёт {winner}, а в протоколе победителя нет</translation>
    </message>
    <message>
        <source>place {place}: the draw gives {winner}, the protocol says {recorded}</source>
        <translation>место {place}: розыгрыш даёт {winner}, а в протоколе — {recorded}</translation>
    </message>
    <message>
        <source>place {place}: the winner comes at attempt {attempt}, the protocol says {recorded}</source>
        <translation>место {place}: победитель выпадает на попытке {attempt}, а в протоколе — {recorded}</translation>
    </message>
    <message>
        <source>the list of participants is private: give it with --list to recompute the draw</source>
        <translation>список участников не опубликован: чтобы пересчитать розыгрыш, укажите его в --list</translation>
    </message>
    <message>
        <source>the winners&apos; places are not numbered 1, 2, 3…: {places}</source>
        <translation>места победителей идут не по порядку 1, 2, 3…: {places}</translation>
    </message>
    <message>
        <source>the list has {entries:entry|entries}, the protocol says {count}</source>
        <translation>в списке {entries:участник|участника|участников}, а в протоколе — {count}</translation>
    </message>
    <message>
        <source>place {place}: the prize is “{prize}”, the prizes list says “{listed}”</source>
        <translation>место {place}: приз «{prize}», а в списке призов — «{listed}»</translation>
    </message>
    <message>
        <source>the protocol counts {declared} disqualifications but lists {rows}</source>
        <translation>в протоколе указано дисквалификаций: {declared}, а записано: {rows}</translation>
    </message>
    <message>
        <source>a disqualification has no entry or no reason: “{who}”, “{why}”</source>
        <translation>у дисквалификации не указан участник или причина: «{who}», «{why}»</translation>
    </message>
    <message>
        <source>the protocol declares {places:place|places}, the contest&apos;s prizes make {prizes:place|places}</source>
        <translation>в протоколе объявлено {places:место|места|мест}, а призов конкурса — на {prizes:место|места|мест}</translation>
    </message>
    <message>
        <source>the prizes table lists {rows:place|places}, the contest&apos;s prizes make {prizes:place|places}</source>
        <translation>в таблице призов {rows:место|места|мест}, а призов конкурса — на {prizes:место|места|мест}</translation>
    </message>
    <message>
        <source>place {place}: the prize is “{prize}” worth {value}, the contest&apos;s prizes give it “{recorded}” worth {recorded_value}</source>
        <translation>место {place}: приз «{prize}» стоимостью {value}, а по призам конкурса этому месту положен «{recorded}» стоимостью {recorded_value}</translation>
    </message>
    <message>
        <source>place {place} has a prize, “{prize}”, but no winner</source>
        <translation>у места {place} есть приз «{prize}», но нет победителя</translation>
    </message>
    <message>
        <source>place {place}: the tax note says “{said}”, a prize worth {value} says “{due}”</source>
        <translation>место {place}: в графе НДФЛ «{said}», а для приза стоимостью {value} — «{due}»</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>e.g. “28.11.2026 20:00, the closing EUR rate and a phrase”</source>
        <translation>например, «28.11.2026 20:00, курс евро ЦБ на завтра и любая фраза»</translation>
    </message>
    <message>
        <source>Announce this phrase before the draw (a date and time, an exchange rate, any words): the winners follow from it and the frozen list, so anyone can repeat the draw and check it.</source>
        <translation>Объявите эту фразу до розыгрыша (дата и время, курс валюты, любые слова): победители получаются из неё и замороженного списка, поэтому любой может повторить розыгрыш и проверить его.</translation>
    </message>
    <message>
        <source>only for drawing again: why</source>
        <translation>только для повторного розыгрыша: почему</translation>
    </message>
    <message>
        <source>Draw phrase:</source>
        <translation>Фраза розыгрыша:</translation>
    </message>
    <message>
        <source>Reason for a new draw:</source>
        <translation>Причина повторного розыгрыша:</translation>
    </message>
    <message>
        <source>Draw the winners</source>
        <translation>Разыграть призы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Приз</translation>
    </message>
    <message>
        <source>Personal income tax</source>
        <translation>НДФЛ</translation>
    </message>
    <message>
        <source>due: worth over 4 000 ₽</source>
        <translation>облагается: дороже 4 000 ₽</translation>
    </message>
    <message>
        <source>Disqualify the winner…</source>
        <translation>Дисквалифицировать победителя…</translation>
    </message>
    <message>
        <source>Protocol (XLSX)…</source>
        <translation>Протокол (XLSX)…</translation>
    </message>
    <message>
        <source>Protocol (PDF)…</source>
        <translation>Протокол (PDF)…</translation>
    </message>
    <message>
        <source>Verify a protocol…</source>
        <translation>Проверить протокол…</translation>
    </message>
    <message>
        <source>Recompute a draw from its XLSX protocol, as a participant would</source>
        <translation>Пересчитать розыгрыш по протоколу XLSX, как это сделал бы участник</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>Разыграть заново</translation>
    </message>
    <message>
        <source>Not drawn yet. {places} places for {eligible} eligible participants.</source>
        <translation>Ещё не разыгран. Мест: {places}, допущенных участников: {eligible}.</translation>
    </message>
    <message>
        <source>Drawn {when} from {count:participant|participants}. Draw phrase: «{seed}». List hash (SHA-256): {hash}</source>
        <translation>Разыгран {when} среди {count:участника|участников|участников}. Фраза розыгрыша: «{seed}». Хэш списка (SHA-256): {hash}</translation>
    </message>
    <message>
        <source>Drawn again: {reason}</source>
        <translation>Разыгран повторно: {reason}</translation>
    </message>
    <message>
        <source>Disqualified: {who} — {why}</source>
        <translation>Дисквалифицирован: {who} — {why}</translation>
    </message>
    <message>
        <source>Entries are open until {date}: people may still join. Draw now and freeze the list as it is?</source>
        <translation>Приём заявок открыт до {date}: участники ещё могут прийти. Разыграть сейчас и заморозить список как есть?</translation>
    </message>
    <message>
        <source>Draw {title}</source>
        <translation>Розыгрыш «{title}»</translation>
    </message>
    <message>
        <source>Disqualify {winner}</source>
        <translation>Дисквалифицировать {winner}</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>The protocol of the draw</source>
        <translation>Протокол розыгрыша</translation>
    </message>
    <message>
        <source>Writing the protocol…</source>
        <translation>Записываю протокол…</translation>
    </message>
    <message>
        <source>The protocol is saved: {path}</source>
        <translation>Протокол сохранён: {path}</translation>
    </message>
    <message>
        <source>Verify a protocol</source>
        <translation>Проверка протокола</translation>
    </message>
    <message>
        <source>The protocol verifies: the draw gives the same winners.</source>
        <translation>Протокол подтверждён: розыгрыш даёт тех же победителей.</translation>
    </message>
    <message>
        <source>The protocol does not verify:</source>
        <translation>Протокол не подтверждается:</translation>
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
        <source>Not an e-mail address: {value}</source>
        <translation>Это не адрес электронной почты: {value}</translation>
    </message>
    <message>
        <source>Not a phone number: {value}</source>
        <translation>Это не номер телефона: {value}</translation>
    </message>
    <message>
        <source>ER is a percentage from 0 to 100.</source>
        <translation>ER — процент от 0 до 100.</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation>Процент должен быть от 0 до 100.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Количество не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Количество — не меньше 1.</translation>
    </message>
    <message>
        <source>A discount is from 0 to 100 %.</source>
        <translation>Скидка — от 0 до 100 %.</translation>
    </message>
    <message>
        <source>This line would come to {amount}: a line of an estimate is at most 9 999 999 999 999,99, the largest sum every spreadsheet holds to the kopeck.</source>
        <translation>Строка обошлась бы в {amount}: строка сметы — не больше 9 999 999 999 999,99, это самая большая сумма, которую любая электронная таблица хранит с точностью до копейки.</translation>
    </message>
    <message>
        <source>The estimate would come to {amount}: an estimate&apos;s total is at most 9 999 999 999 999,99, the largest sum every spreadsheet holds to the kopeck. Split it into several estimates.</source>
        <translation>Смета обошлась бы в {amount}: итог сметы — не больше 9 999 999 999 999,99, это самая большая сумма, которую любая электронная таблица хранит с точностью до копейки. Разделите её на несколько смет.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <source>A price has at most two decimals.</source>
        <translation>В цене не больше двух знаков после запятой.</translation>
    </message>
    <message>
        <source>The client&apos;s decision cannot be dated in the future.</source>
        <translation>Решение клиента не может быть датировано будущим днём.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Имя не может быть пустым.</translation>
    </message>
    <message>
        <source>Not one of the choices: {value}</source>
        <translation>Такого варианта нет: {value}</translation>
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
        <source>Keep from 1 to {most} backups: {text} will not do.</source>
        <translation>Хранить можно от 1 до {most} резервных копий: «{text}» не подходит.</translation>
    </message>
    <message>
        <source>{name} is a read-only file, so it was not replaced: nothing was written.</source>
        <translation>{name} — файл только для чтения, поэтому он не заменён: ничего не записано.</translation>
    </message>
    <message>
        <source>The copy of {name} failed: {problem}</source>
        <translation>Копию {name} сделать не удалось: {problem}</translation>
    </message>
    <message>
        <source>Backups of {name} are off: {folder} beside it is a file, not a folder. Rename or move that file to turn them back on. Nothing was lost; the work goes on without backups.</source>
        <translation>Резервное копирование {name} отключено: {folder} рядом с ним — файл, а не папка. Переименуйте или перенесите этот файл, чтобы копии снова делались. Ничего не потеряно; работа продолжается без резервных копий.</translation>
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
        <source>You are signed in as a viewer: the server is read-only for you; the change was not saved. A manager can give you the planner&apos;s role.</source>
        <translation>Вы вошли как наблюдатель: на сервере вам доступно только чтение; изменение не сохранено. Роль планировщика может дать менеджер.</translation>
    </message>
    <message>
        <source>The file is open read-only; the change was not saved.</source>
        <translation>Файл открыт только для чтения; изменение не сохранено.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a database file; nothing was changed.</source>
        <translation>{name} — это папка, а не файл базы; ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a device, a pipe or a socket), so it cannot hold a database; nothing was changed.</source>
        <translation>{name} не обычный файл (устройство, канал или сокет), базы в нём быть не может; ничего не изменено.</translation>
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
        <source>Unknown platform: {text}</source>
        <translation>Неизвестная площадка: {text}</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>Файл {name} не читается: {reason}</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Файл {name} пуст.</translation>
    </message>
    <message>
        <source>The file {name} is {size} MB; files over {limit} MB are not imported.</source>
        <translation>Файл {name} занимает {size} МБ; файлы больше {limit} МБ не импортируются.</translation>
    </message>
    <message>
        <source>{name} is an old Excel file (.xls); save it as .xlsx or CSV and import that.</source>
        <translation>{name} — файл старого Excel (.xls); сохраните его как .xlsx или CSV и импортируйте его.</translation>
    </message>
    <message>
        <source>{name} is not a text table (it holds binary data).</source>
        <translation>{name} — не текстовая таблица (в нём двоичные данные).</translation>
    </message>
    <message>
        <source>{name}: a cell near line {line} is longer than {limit} characters, more than a table of people holds; the file was not imported.</source>
        <translation>{name}: ячейка около строки {line} длиннее {limit} символов — больше, чем бывает в таблице людей; файл не импортирован.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV table: {reason}</source>
        <translation>{name} — не читаемая таблица CSV: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX file.</source>
        <translation>{name} — не читаемый файл XLSX.</translation>
    </message>
    <message>
        <source>{name} unpacks to {size} MB; it looks like a zip bomb and was not opened.</source>
        <translation>{name} распаковывается в {size} МБ; это похоже на zip-бомбу, файл не открыт.</translation>
    </message>
    <message>
        <source>{name} contains XML entity tricks and was not opened.</source>
        <translation>В {name} есть подозрительные XML-сущности; файл не открыт.</translation>
    </message>
    <message>
        <source>{name} has no sheet {sheet}; it has: {sheets}.</source>
        <translation>В {name} нет листа {sheet}; есть: {sheets}.</translation>
    </message>
    <message>
        <source>Export to .xlsx or .csv, not {suffix}.</source>
        <translation>Выгрузка возможна в .xlsx или .csv, но не в {suffix}.</translation>
    </message>
    <message>
        <source>not a yes or a no: “{text}”</source>
        <translation>ожидалось «да» или «нет»: «{text}»</translation>
    </message>
    <message>
        <source>share not taken (a percentage from 0 to 100): “{text}”</source>
        <translation>доля не принята (процент от 0 до 100): «{text}»</translation>
    </message>
    <message>
        <source>prepayment not taken (a percentage from 0 to 100): “{text}”</source>
        <translation>предоплата не принята (процент от 0 до 100): «{text}»</translation>
    </message>
    <message>
        <source>product terms not understood: “{text}”</source>
        <translation>условия по продукту не распознаны: «{text}»</translation>
    </message>
    <message>
        <source>a totals row</source>
        <translation>строка итогов</translation>
    </message>
    <message>
        <source>unknown platform “{text}”</source>
        <translation>неизвестная площадка «{text}»</translation>
    </message>
    <message>
        <source>no platform</source>
        <translation>нет площадки</translation>
    </message>
    <message>
        <source>not an account name or link: “{text}”</source>
        <translation>это не ник и не ссылка: «{text}»</translation>
    </message>
    <message>
        <source>no account name or link</source>
        <translation>нет ника или ссылки</translation>
    </message>
    <message>
        <source>phone not taken: “{text}”</source>
        <translation>телефон не принят: «{text}»</translation>
    </message>
    <message>
        <source>e-mail not taken: “{text}”</source>
        <translation>e-mail не принят: «{text}»</translation>
    </message>
    <message>
        <source>number not understood: “{text}”</source>
        <translation>число не распознано: «{text}»</translation>
    </message>
    <message>
        <source>ER not taken (a percentage from 0 to 100): “{text}”</source>
        <translation>ER не принят (нужен процент от 0 до 100): «{text}»</translation>
    </message>
    <message>
        <source>status not understood: “{text}”</source>
        <translation>статус не распознан: «{text}»</translation>
    </message>
    <message>
        <source>tax status not understood: “{text}”</source>
        <translation>налоговый статус не распознан: «{text}»</translation>
    </message>
    <message>
        <source>price not understood: “{text}”</source>
        <translation>цена не распознана: «{text}»</translation>
    </message>
    <message>
        <source>No header row with an account column was found in {name}. Choose the columns by hand.</source>
        <translation>В {name} не найдена строка заголовков со столбцом аккаунта. Укажите столбцы вручную.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows to import.</source>
        <translation>В {name} есть заголовок, но нет строк для импорта.</translation>
    </message>
    <message>
        <source>this row is in {encoding}, the rest of the file in {file}: it was read as {encoding}; check it</source>
        <translation>эта строка в кодировке {encoding}, остальной файл — в {file}: строка прочитана как {encoding}, проверьте её</translation>
    </message>
    <message>
        <source>a NUL byte (an invisible broken character) was removed from column {column}</source>
        <translation>из столбца «{column}» удалён нулевой байт (невидимый испорченный символ)</translation>
    </message>
    <message>
        <source>import a list</source>
        <translation>импортировать список</translation>
    </message>
    <message>
        <source>A platform named {title} already exists.</source>
        <translation>Площадка «{title}» уже есть.</translation>
    </message>
    <message>
        <source>A built-in platform cannot be removed.</source>
        <translation>Встроенную площадку удалить нельзя.</translation>
    </message>
    <message>
        <source>Accounts use this platform; it cannot be removed.</source>
        <translation>На этой площадке есть аккаунты; удалить её нельзя.</translation>
    </message>
    <message>
        <source>A format named {title} already exists.</source>
        <translation>Формат «{title}» уже есть.</translation>
    </message>
    <message>
        <source>A built-in format cannot be renamed.</source>
        <translation>Встроенный формат нельзя переименовать.</translation>
    </message>
    <message>
        <source>{platform} account {handle} is already in the base ({name}).</source>
        <translation>Аккаунт {handle} ({platform}) уже есть в базе ({name}).</translation>
    </message>
    <message>
        <source>Not an account name or profile link: {text}</source>
        <translation>Это не ник и не ссылка на профиль: {text}</translation>
    </message>
    <message>
        <source>The tag is empty.</source>
        <translation>Тег пустой.</translation>
    </message>
    <message>
        <source>This account is used in an estimate; it cannot be removed.</source>
        <translation>Этот аккаунт есть в смете; удалить его нельзя.</translation>
    </message>
    <message>
        <source>An estimate is exported to .xlsx, .pdf or .csv, not {suffix}.</source>
        <translation>Смета выгружается в .xlsx, .pdf или .csv, но не в {suffix}.</translation>
    </message>
    <message>
        <source>An INN has 10 or 12 digits.</source>
        <translation>В ИНН 10 или 12 цифр.</translation>
    </message>
    <message>
        <source>A campaign needs its period.</source>
        <translation>У кампании должен быть период.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>Бюджет не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The client has campaigns; delete them first.</source>
        <translation>У клиента есть кампании; сначала удалите их.</translation>
    </message>
    <message>
        <source>The campaign has estimates; it cannot be removed.</source>
        <translation>У кампании есть сметы — её нельзя удалить.</translation>
    </message>
    <message>
        <source>There is no campaign number {id}.</source>
        <translation>Кампании с номером {id} нет.</translation>
    </message>
    <message>
        <source>The estimate needs a name.</source>
        <translation>У сметы должно быть название.</translation>
    </message>
    <message>
        <source>The campaign already has an estimate «{title}».</source>
        <translation>У кампании уже есть смета «{title}».</translation>
    </message>
    <message>
        <source>The estimate has lines or versions; it is kept.</source>
        <translation>В смете есть строки или версии — она сохранена.</translation>
    </message>
    <message>
        <source>There is no estimate number {id}.</source>
        <translation>Сметы № {id} нет.</translation>
    </message>
    <message>
        <source>Estimate {id} has no version {number}.</source>
        <translation>У сметы {id} нет версии {number}.</translation>
    </message>
    <message>
        <source>Version {number} was sent to the client and is frozen; changes go to a new version.</source>
        <translation>Версия {number} отправлена клиенту и заморожена; изменения попадут в новую версию.</translation>
    </message>
    <message>
        <source>Blacklisted influencers cannot be placed: {names}.</source>
        <translation>Блогеров из чёрного списка нельзя ставить в смету: {names}.</translation>
    </message>
    <message>
        <source>Say what the cost is for.</source>
        <translation>Укажите, за что этот расход.</translation>
    </message>
    <message>
        <source>An empty estimate cannot be sent.</source>
        <translation>Пустую смету отправить нельзя.</translation>
    </message>
    <message>
        <source>{count} lines have no price yet; type the prices in before sending.</source>
        <translation>Строк без цены: {count}; впишите цены перед отправкой.</translation>
    </message>
    <message>
        <source>approve or reject an estimate</source>
        <translation>согласовывать или отклонять сметы</translation>
    </message>
    <message>
        <source>Only a version sent to the client can be approved or rejected.</source>
        <translation>Согласовать или отклонить можно только версию, отправленную клиенту.</translation>
    </message>
    <message>
        <source>Say who decided on the client&apos;s side.</source>
        <translation>Укажите, кто принял решение со стороны клиента.</translation>
    </message>
    <message>
        <source>The line is no longer in the estimate.</source>
        <translation>Этой строки в смете уже нет.</translation>
    </message>
    <message>
        <source>The publication date {published} is before the date it was agreed, {agreed}.</source>
        <translation>Дата публикации {published} раньше даты согласования {agreed}.</translation>
    </message>
    <message>
        <source>A figure cannot be negative: {value}.</source>
        <translation>Показатель не может быть отрицательным: {value}.</translation>
    </message>
    <message>
        <source>More likes ({likes}) than views ({views}): this platform counts a like only from a view.</source>
        <translation>Лайков ({likes}) больше, чем просмотров ({views}): на этой площадке лайк ставят только после просмотра.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>Файл {name} больше {limit} МБ.</translation>
    </message>
    <message>
        <source>{name} is not a picture in PNG, JPEG, WebP, GIF or BMP.</source>
        <translation>{name} — не изображение PNG, JPEG, WebP, GIF или BMP.</translation>
    </message>
    <message>
        <source>{name} is too large a picture: {width} × {height}.</source>
        <translation>Изображение {name} слишком большое: {width} × {height}.</translation>
    </message>
    <message>
        <source>{name} is not a picture that can be read.</source>
        <translation>{name} — не изображение или файл повреждён.</translation>
    </message>
    <message>
        <source>{name} unpacks to far more than a picture holds (a decompression bomb); it was refused.</source>
        <translation>{name} распаковывается во много раз больше, чем бывает в картинке (бомба-архив); файл не принят.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Цель не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The placement is no longer there.</source>
        <translation>Этого размещения уже нет.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>Гонорар не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The fee cannot be less than what was already paid, {paid}: delete a payment first.</source>
        <translation>Гонорар не может быть меньше уже выплаченного, {paid}: сначала удалите платёж.</translation>
    </message>
    <message>
        <source>A payment is more than zero.</source>
        <translation>Сумма оплаты должна быть больше нуля.</translation>
    </message>
    <message>
        <source>record a payment</source>
        <translation>записывать оплаты</translation>
    </message>
    <message>
        <source>No fee is agreed for this placement: type the fee first.</source>
        <translation>Гонорар по этому размещению не указан: сначала впишите гонорар.</translation>
    </message>
    <message>
        <source>The payment {amount} is more than is left to pay, {left}.</source>
        <translation>Оплата {amount} больше остатка к оплате ({left}).</translation>
    </message>
    <message>
        <source>No header with a link column and figures (views, reach, likes…) was found in {name}.</source>
        <translation>В файле {name} не найдена шапка со столбцом ссылок и показателями (просмотры, охват, лайки…).</translation>
    </message>
    <message>
        <source>The date {text} cannot be read (write it as 20.11.2026): the row is not taken.</source>
        <translation>Дата {text} не читается (пишите её так: 20.11.2026): строка не взята.</translation>
    </message>
    <message>
        <source>The campaign&apos;s estimates are in different currencies ({currencies}): a report adds its costs up in one currency.</source>
        <translation>Сметы кампании в разных валютах ({currencies}): отчёт складывает стоимость в одной валюте.</translation>
    </message>
    <message>
        <source>A report is exported to .xlsx or .pdf, not {suffix}.</source>
        <translation>Отчёт выгружается в .xlsx или .pdf, а не в {suffix}.</translation>
    </message>
    <message>
        <source>There is nobody to draw from: the list is empty.</source>
        <translation>Разыгрывать не среди кого: список пуст.</translation>
    </message>
    <message>
        <source>Fix the seed before the draw: it cannot be empty.</source>
        <translation>Задайте фразу розыгрыша до розыгрыша: она не может быть пустой.</translation>
    </message>
    <message>
        <source>{places} prizes, but only {eligible} eligible participants.</source>
        <translation>Призов {places}, а допущенных участников только {eligible}.</translation>
    </message>
    <message>
        <source>{name} is not a smmdesk draw protocol: {what} is missing.</source>
        <translation>{name} — не протокол розыгрыша smmdesk: нет «{what}».</translation>
    </message>
    <message>
        <source>{name}: “{text}” in “{what}” is not a whole number, as smmdesk writes it: the protocol was edited. Check the one the organiser published.</source>
        <translation>{name}: «{text}» в графе «{what}» — не целое число, как его пишет smmdesk: протокол правили вручную. Сверьтесь с протоколом, который опубликовал организатор.</translation>
    </message>
    <message>
        <source>There is no draw yet: nothing to put in a protocol.</source>
        <translation>Розыгрыша ещё не было: протокол составлять не из чего.</translation>
    </message>
    <message>
        <source>A protocol is exported to .xlsx or .pdf, not {suffix}.</source>
        <translation>Протокол выгружается в .xlsx или .pdf, а не в {suffix}.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Окончание раньше начала.</translation>
    </message>
    <message>
        <source>A contest that was drawn is kept: its protocol must stay verifiable.</source>
        <translation>Разыгранный конкурс не удаляется: его протокол должен оставаться проверяемым.</translation>
    </message>
    <message>
        <source>There is no contest number {id}.</source>
        <translation>Конкурса с номером {id} нет.</translation>
    </message>
    <message>
        <source>The prizes were drawn for; they can no longer change.</source>
        <translation>Призы уже разыграны и больше не меняются.</translation>
    </message>
    <message>
        <source>A prize needs a name.</source>
        <translation>У приза должно быть название.</translation>
    </message>
    <message>
        <source>A prize&apos;s quantity is at least 1.</source>
        <translation>Количество приза — не меньше 1.</translation>
    </message>
    <message>
        <source>A prize&apos;s value cannot be negative.</source>
        <translation>Стоимость приза не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The list of participants is frozen: it no longer changes.</source>
        <translation>Список участников заморожен и больше не меняется.</translation>
    </message>
    <message>
        <source>draw a contest</source>
        <translation>проводить розыгрыши</translation>
    </message>
    <message>
        <source>The seed is one line of text without control characters.</source>
        <translation>Фраза розыгрыша — одна строка текста без управляющих символов.</translation>
    </message>
    <message>
        <source>The contest was already drawn; a new draw needs the reason recorded.</source>
        <translation>Конкурс уже разыгран; для повторного розыгрыша укажите причину.</translation>
    </message>
    <message>
        <source>Add the prizes first: there is nothing to draw.</source>
        <translation>Сначала добавьте призы: разыгрывать нечего.</translation>
    </message>
    <message>
        <source>There is no draw yet.</source>
        <translation>Розыгрыша ещё не было.</translation>
    </message>
    <message>
        <source>Give the reason for the disqualification.</source>
        <translation>Укажите причину дисквалификации.</translation>
    </message>
    <message>
        <source>{handle} is not among the winners.</source>
        <translation>{handle} нет среди победителей.</translation>
    </message>
    <message>
        <source>The list changed since the draw; it cannot be recomputed.</source>
        <translation>Список изменился после розыгрыша — пересчитать его нельзя.</translation>
    </message>
    <message>
        <source>{name} was not written ({problem}); the earlier file is unchanged.</source>
        <translation>Файл {name} не записан ({problem}); прежний файл не изменён.</translation>
    </message>
    <message>
        <source>{name} was not written ({problem}).</source>
        <translation>Файл {name} не записан ({problem}).</translation>
    </message>
    <message>
        <source>There is no space left on the disk: {name} was not written; the earlier file is unchanged.</source>
        <translation>На диске не осталось места: файл {name} не записан, прежний файл не изменён.</translation>
    </message>
    <message>
        <source>The disk quota is used up: {name} was not written; the earlier file is unchanged.</source>
        <translation>Квота диска исчерпана: файл {name} не записан, прежний файл не изменён.</translation>
    </message>
    <message>
        <source>The disk holding {name} is read-only: nothing was written to it.</source>
        <translation>Диск, на котором лежит {name}, доступен только для чтения: ничего не записано.</translation>
    </message>
    <message>
        <source>{name} or its folder is read-only or not yours to change: nothing was written.</source>
        <translation>Файл {name} или его папка доступны только для чтения или закрыты для изменения: ничего не записано.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error writing {name}; the earlier file is unchanged.</source>
        <translation>Диск сообщил об ошибке ввода-вывода при записи {name}; прежний файл не изменён.</translation>
    </message>
    <message>
        <source>The folder for {name} does not exist: nothing was written.</source>
        <translation>Папки для файла {name} не существует: ничего не записано.</translation>
    </message>
    <message>
        <source>The name {name} is too long for the disk.</source>
        <translation>Имя {name} слишком длинное для этого диска.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file: nothing was written.</source>
        <translation>{name} — это папка, а не файл: ничего не записано.</translation>
    </message>
    <message>
        <source>There is no space left on the disk: {name} was not written.</source>
        <translation>На диске не осталось места: файл {name} не записан.</translation>
    </message>
    <message>
        <source>The disk quota is used up: {name} was not written.</source>
        <translation>Квота на диске исчерпана: файл {name} не записан.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error writing {name}: the file was not written.</source>
        <translation>Диск сообщил об ошибке ввода-вывода при записи {name}: файл не записан.</translation>
    </message>
    <message>
        <source>There is no space left on the disk holding {name}: it cannot be opened for changes. Free some space and open it again; nothing in it was changed.</source>
        <translation>На диске, где лежит {name}, не осталось места: файл нельзя открыть для изменений. Освободите место и откройте его снова; в нём ничего не изменилось.</translation>
    </message>
    <message>
        <source>The disk quota is used up on the disk holding {name}: it cannot be opened for changes. Nothing in it was changed.</source>
        <translation>Квота на диске, где лежит {name}, исчерпана: файл нельзя открыть для изменений. В нём ничего не изменилось.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error reading {name}. The file itself may be sound: copy it to another disk and open the copy. Nothing in it was changed.</source>
        <translation>Диск сообщил об ошибке ввода-вывода при чтении {name}. Сам файл может быть цел: скопируйте его на другой диск и откройте копию. В нём ничего не изменилось.</translation>
    </message>
    <message>
        <source>{name} cannot be read: it is not yours to open (ask whoever owns it). Nothing was changed.</source>
        <translation>{name} нельзя прочитать: у вас нет прав открывать его (обратитесь к владельцу). Ничего не изменилось.</translation>
    </message>
    <message>
        <source>The disk holding {name} is read-only, and the file cannot be read from it as it is.</source>
        <translation>Диск, где лежит {name}, доступен только для чтения, и файл в таком виде с него не прочитать.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {problem}. Nothing was changed.</source>
        <translation>{name} не открывается: {problem}. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>The invitation has an unpaired brace {{ or }}.</source>
        <translation>В приглашении непарная фигурная скобка {{ или }}.</translation>
    </message>
    <message>
        <source>The invitation has a placeholder that is not understood: {{{name}}}</source>
        <translation>В приглашении непонятная подстановка: {{{name}}}</translation>
    </message>
    <message>
        <source>A review campaign needs a title.</source>
        <translation>У кампании отзывов должно быть название.</translation>
    </message>
    <message>
        <source>Choose at least one platform (or a survey only).</source>
        <translation>Выберите хотя бы одну площадку (или только опрос).</translation>
    </message>
    <message>
        <source>The first request goes 0 to {limit} days after the purchase.</source>
        <translation>Первая просьба уходит через 0–{limit} дней после покупки.</translation>
    </message>
    <message>
        <source>The base link must be a web address (https://…): {link}</source>
        <translation>Базовая ссылка должна быть веб-адресом (https://…): {link}</translation>
    </message>
    <message>
        <source>The page on {platform} the links lead to must be a web address (https://…): {link}</source>
        <translation>Страница на площадке «{platform}», куда ведут ссылки, должна быть веб-адресом (https://…): {link}</translation>
    </message>
    <message>
        <source>At most {limit} reminders; {count} were set.</source>
        <translation>Напоминаний не больше {limit}; задано {count}.</translation>
    </message>
    <message>
        <source>A QR code is printed once: reminders need SMS or e-mail.</source>
        <translation>QR-код печатается один раз: для напоминаний нужны SMS или e-mail.</translation>
    </message>
    <message>
        <source>Reminders go on later and later days after the first request (1 day at least).</source>
        <translation>Напоминания идут во всё более поздние дни после первой просьбы (не раньше чем через 1 день).</translation>
    </message>
    <message>
        <source>The invitation must say {part} (ISO 20488 asks every review request to).</source>
        <translation>В приглашении должно быть сказано: {part} (ISO 20488 требует этого от каждой просьбы об отзыве).</translation>
    </message>
    <message>
        <source>A part of the invitation may only use {{name}}, {{order}} and {{date}}: {{{name}}}</source>
        <translation>В частях приглашения можно подставлять только {{name}}, {{order}} и {{date}}: {{{name}}}</translation>
    </message>
    <message>
        <source>{name} has no header row naming a phone or an e-mail column (for example “Телефон”, “E-mail”).</source>
        <translation>В {name} нет строки заголовков со столбцом телефона или e-mail (например, «Телефон», «E-mail»).</translation>
    </message>
    <message>
        <source>date not understood: “{text}”</source>
        <translation>дата не распознана: «{text}»</translation>
    </message>
    <message>
        <source>consent not understood (taken as no): “{text}”</source>
        <translation>согласие не распознано (считается, что его нет): «{text}»</translation>
    </message>
    <message>
        <source>staff mark not understood (taken as staff): “{text}”</source>
        <translation>отметка о сотруднике не распознана (считается сотрудником): «{text}»</translation>
    </message>
    <message>
        <source>no phone, e-mail or order</source>
        <translation>нет ни телефона, ни e-mail, ни заказа</translation>
    </message>
    <message>
        <source>the same customer as row {first}: merged into one</source>
        <translation>тот же клиент, что в строке {first}: объединены</translation>
    </message>
    <message>
        <source>consent cell empty: no consent — will not be asked</source>
        <translation>ячейка согласия пуста: нет согласия — не будут спрошены</translation>
    </message>
    <message>
        <source>A wave to a public platform cannot pick customers by {what}: every customer due gets the same request, satisfied or not (review gating is forbidden by the platforms).</source>
        <translation>Волна на публичную площадку не может отбирать клиентов по признаку «{what}»: каждый клиент, кому пора, получает ту же просьбу, доволен он или нет (отбор только довольных запрещён площадками).</translation>
    </message>
    <message>
        <source>{count} customers due were left out of a wave to a public platform ({names}): every customer due gets the same request, satisfied or not.</source>
        <translation>Из волны на публичную площадку исключены клиенты, которым пора писать ({count}: {names}): каждый такой клиент получает ту же просьбу, доволен он или нет.</translation>
    </message>
    <message>
        <source>An incentive ({offer}) cannot be offered for a review on {platforms}: a review given for a reward counts as paid and is removed. An offer is allowed for a private survey only.</source>
        <translation>Поощрение ({offer}) нельзя предлагать за отзыв на площадках: {platforms}: отзыв за вознаграждение считается купленным и удаляется. Предложение допустимо только для закрытого опроса.</translation>
    </message>
    <message>
        <source>{name} is on the staff: employees are never asked for a review (it would count as fake).</source>
        <translation>{name} — сотрудник: сотрудников никогда не просят об отзыве (такой отзыв считается фальшивым).</translation>
    </message>
    <message>
        <source>{name} did not agree to be contacted: nobody without consent gets a request.</source>
        <translation>{name} не давал(а) согласия на связь: без согласия никто не получает просьбу.</translation>
    </message>
    <message>
        <source>The invitation suggests what to write or which rating to give (“{found}”): the review must be the customer&apos;s own words and score.</source>
        <translation>Приглашение подсказывает, что написать или какую оценку поставить («{found}»): отзыв должен быть словами и оценкой самого клиента.</translation>
    </message>
    <message>
        <source>{name} would get a different request than the others of the wave: every customer gets the same.</source>
        <translation>{name} получил(а) бы не такую просьбу, как остальные в волне: все получают одинаковую.</translation>
    </message>
    <message>
        <source>{name} has no header row naming an NPS (0–10) or a CSAT (1–5) column.</source>
        <translation>В {name} нет строки заголовков со столбцом NPS (0–10) или CSAT (1–5).</translation>
    </message>
    <message>
        <source>{field} answer not taken (not a score from {low} to {high}): “{text}”</source>
        <translation>ответ {field} не принят (это не оценка от {low} до {high}): «{text}»</translation>
    </message>
    <message>
        <source>no NPS or CSAT answer</source>
        <translation>нет ответа NPS или CSAT</translation>
    </message>
    <message>
        <source>A checkpoint needs a title.</source>
        <translation>У контрольной точки должно быть название.</translation>
    </message>
    <message>
        <source>The checkpoint «{title}» names a KPI this strategy does not have.</source>
        <translation>Контрольная точка «{title}» ссылается на КПЭ, которого нет в этой стратегии.</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>В чек-листе должен быть хотя бы один пункт.</translation>
    </message>
    <message>
        <source>Say what is to be judged at the checkpoint «{title}».</source>
        <translation>Укажите, что оценивается в контрольной точке «{title}».</translation>
    </message>
    <message>
        <source>A judgement is recorded with its evidence (a link, a file, what was seen).</source>
        <translation>Оценка записывается вместе с подтверждением (ссылка, файл, что было видно).</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>У цели должно быть название.</translation>
    </message>
    <message>
        <source>A goal has exactly one accountable owner: {owner}</source>
        <translation>У цели ровно один ответственный: {owner}</translation>
    </message>
    <message>
        <source>The goal «{title}» ends before it starts.</source>
        <translation>Цель «{title}» заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>A goal&apos;s weight is above zero: {weight}</source>
        <translation>Вес цели больше нуля: {weight}</translation>
    </message>
    <message>
        <source>The parent of «{title}» is not a goal of this strategy.</source>
        <translation>Родительская цель для «{title}» не входит в эту стратегию.</translation>
    </message>
    <message>
        <source>A goal cannot be under its own sub-goal (each is under the next): {cycle}</source>
        <translation>Цель не может быть внутри собственной подцели (каждая внутри следующей): {cycle}</translation>
    </message>
    <message>
        <source>A KPI needs a metric.</source>
        <translation>У КПЭ должна быть метрика.</translation>
    </message>
    <message>
        <source>The KPI «{metric}» is due before its period starts.</source>
        <translation>Срок КПЭ «{metric}» раньше начала его периода.</translation>
    </message>
    <message>
        <source>The target of «{metric}» must be above its baseline ({baseline}) to raise it.</source>
        <translation>Цель по «{metric}» должна быть выше базового значения ({baseline}), раз показатель растёт.</translation>
    </message>
    <message>
        <source>The target of «{metric}» must be below its baseline ({baseline}) to lower it.</source>
        <translation>Цель по «{metric}» должна быть ниже базового значения ({baseline}), раз показатель снижается.</translation>
    </message>
    <message>
        <source>No such figure to follow: {figure}</source>
        <translation>Нет такого показателя: {figure}</translation>
    </message>
    <message>
        <source>A KPI&apos;s weight is above zero.</source>
        <translation>Вес КПЭ больше нуля.</translation>
    </message>
    <message>
        <source>Amounts and quantities cannot be negative.</source>
        <translation>Суммы и количества не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>A monthly fee needs its last month, not before the first.</source>
        <translation>У ежемесячной оплаты должен быть последний месяц, не раньше первого.</translation>
    </message>
    <message>
        <source>The agreement ends on {end}, before it starts on {start}.</source>
        <translation>Договорённость заканчивается {end}, раньше своего начала {start}.</translation>
    </message>
    <message>
        <source>A bonus is tied to a KPI, its threshold and the checkpoint that judges it.</source>
        <translation>Бонус привязывается к КПЭ, его порогу и контрольной точке, где он проверяется.</translation>
    </message>
    <message>
        <source>Say what the non-monetary motivation is.</source>
        <translation>Укажите, в чём нематериальная мотивация.</translation>
    </message>
    <message>
        <source>An executor needs a name.</source>
        <translation>У исполнителя должно быть имя.</translation>
    </message>
    <message>
        <source>{name} needs a role.</source>
        <translation>Для {name} нужна роль.</translation>
    </message>
    <message>
        <source>Weekly hours are from 0 to 168: {hours}</source>
        <translation>Часов в неделю — от 0 до 168: {hours}</translation>
    </message>
    <message>
        <source>An hourly rate cannot be negative.</source>
        <translation>Ставка в час не может быть отрицательной.</translation>
    </message>
    <message>
        <source>«{title}» has {days} days from its start to its due date: they hold at most {bound} h (24 h a day), not {effort}.</source>
        <translation>Дней у задачи «{title}» от начала до срока — {days}: в них не больше {bound} ч (24 ч в сутки), а не {effort}.</translation>
    </message>
    <message>
        <source>An initiative needs a title.</source>
        <translation>У инициативы должно быть название.</translation>
    </message>
    <message>
        <source>The task «{title}» needs exactly one accountable person; it has {count}.</source>
        <translation>У задачи «{title}» должен быть ровно один подотчётный (A); сейчас: {count}.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>У задачи должно быть название.</translation>
    </message>
    <message>
        <source>The task «{title}» needs a role.</source>
        <translation>Для задачи «{title}» нужна роль.</translation>
    </message>
    <message>
        <source>The task «{title}» is due before it starts.</source>
        <translation>Срок задачи «{title}» раньше её начала.</translation>
    </message>
    <message>
        <source>The effort of «{title}» cannot be negative.</source>
        <translation>Трудоёмкость задачи «{title}» не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Version {number} was approved by the client and is frozen: make a new version to re-plan.</source>
        <translation>Версия {number} согласована с клиентом и заморожена: чтобы перепланировать, создайте новую версию.</translation>
    </message>
    <message>
        <source>Say who approved the version.</source>
        <translation>Укажите, кто согласовал версию.</translation>
    </message>
    <message>
        <source>Say why the strategy is re-planned (a failed checkpoint, a new goal…).</source>
        <translation>Укажите причину перепланирования (проваленная контрольная точка, новая цель…).</translation>
    </message>
    <message>
        <source>{name} has no header row naming the columns (for example “{example}”).</source>
        <translation>В {name} нет строки заголовков со столбцами (например, «{example}»).</translation>
    </message>
    <message>
        <source>due {due} before its start {start}</source>
        <translation>срок {due} раньше начала {start}</translation>
    </message>
    <message>
        <source>{name} has no header row naming the link or the phone or e-mail each request went to.</source>
        <translation>В файле {name} нет строки заголовков со ссылкой или с телефоном либо e-mail, по которым ушли запросы.</translation>
    </message>
    <message>
        <source>no link, phone or e-mail to find the request by</source>
        <translation>нет ссылки, телефона или e-mail, по которым найти запрос</translation>
    </message>
    <message>
        <source>{field} not understood: “{text}”</source>
        <translation>{field}: значение не распознано: «{text}»</translation>
    </message>
    <message>
        <source>the status “{text}” says neither delivered nor not delivered: the delivery is left unknown</source>
        <translation>статус «{text}» не говорит ни «доставлено», ни «не доставлено»: доставка оставлена неизвестной</translation>
    </message>
    <message>
        <source>the review&apos;s platform “{text}” is not understood: the review is not taken, the delivery and the click are</source>
        <translation>площадка отзыва «{text}» не распознана: отзыв не принят, доставка и переход приняты</translation>
    </message>
    <message>
        <source>the review is dated {date}, after today: the review is not taken, the delivery and the click are</source>
        <translation>отзыв датирован {date}, позже сегодняшнего дня: отзыв не принят, доставка и переход приняты</translation>
    </message>
    <message>
        <source>no {field}</source>
        <translation>нет значения: {field}</translation>
    </message>
    <message>
        <source>the same mention as row {first}</source>
        <translation>то же упоминание, что в строке {first}</translation>
    </message>
    <message>
        <source>{field}: longer than {limit} characters; the row was not imported</source>
        <translation>{field}: длиннее {limit} символов; строка не загружена</translation>
    </message>
    <message>
        <source>{{{name}}} is not a variable of the playbook; it knows: {known}.</source>
        <translation>{{{name}}} — не переменная плейбука; известны: {known}.</translation>
    </message>
    <message>
        <source>The template cannot be read: {problem}</source>
        <translation>Шаблон не читается: {problem}</translation>
    </message>
    <message>
        <source>The reply is not ready: fill in {missing}.</source>
        <translation>Ответ не готов: заполните {missing}.</translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation>У шаблона должен быть текст.</translation>
    </message>
    <message>
        <source>A complaint needs its evidence: at least the link and the time.</source>
        <translation>Жалобе нужны доказательства: как минимум ссылка и время.</translation>
    </message>
    <message>
        <source>The outcome ({outcome}) cannot come before the complaint ({filed}).</source>
        <translation>Решение ({outcome}) не может быть раньше жалобы ({filed}).</translation>
    </message>
    <message>
        <source>A complaint needs its reason (the platform&apos;s rule the review breaks).</source>
        <translation>У жалобы должно быть основание (правило площадки, которое нарушает отзыв).</translation>
    </message>
    <message>
        <source>{service} needs at least {count} letters before *: {word}*</source>
        <translation>{service} требует не меньше {count} букв перед *: {word}*</translation>
    </message>
    <message>
        <source>{service} takes no wildcard at the start of a word.</source>
        <translation>{service} не принимает * в начале слова.</translation>
    </message>
    <message>
        <source>{service} takes at most {limit} operands; with every word form written out this query has {count}.</source>
        <translation>{service} принимает не больше {limit} операндов; с выписанными формами слов в этом запросе их {count}.</translation>
    </message>
    <message>
        <source>{service} takes no wildcard inside a proximity: {word}* next to NEAR; list the words instead.</source>
        <translation>{service} не принимает * внутри оператора близости: {word}* рядом с NEAR; перечислите слова.</translation>
    </message>
    <message>
        <source>{service}&apos;s distance operator does not keep the order (NEAR/{distance}f).</source>
        <translation>Оператор расстояния {service} не сохраняет порядок слов (NEAR/{distance}f).</translation>
    </message>
    <message>
        <source>{service} has no proximity operator we could confirm: NEAR/{distance}.</source>
        <translation>У {service} нет подтверждённого оператора близости: NEAR/{distance}.</translation>
    </message>
    <message>
        <source>{service} has no prefix operator we could confirm: {word}*.</source>
        <translation>У {service} нет подтверждённого оператора префикса: {word}*.</translation>
    </message>
    <message>
        <source>{service} has no exclusion operator we could confirm: NOT; set it in the topic.</source>
        <translation>У {service} нет подтверждённого оператора исключения NOT; задайте исключения в настройках темы.</translation>
    </message>
    <message>
        <source>{service} sets {field}: in the topic&apos;s filters, not in the query: {field}:{value}.</source>
        <translation>В {service} {field}: задаётся фильтром темы, а не в запросе: {field}:{value}.</translation>
    </message>
    <message>
        <source>{service} needs something to look for besides NOT.</source>
        <translation>{service} нужно, что искать, кроме NOT.</translation>
    </message>
    <message>
        <source>{service} takes comma-separated spellings (and exclusions set apart); this part is more: {part}</source>
        <translation>{service} принимает написания через запятую (и исключения отдельно); эта часть сложнее: {part}</translation>
    </message>
    <message>
        <source>NEAR joins words and phrases; a list inside it holds more: {part}</source>
        <translation>NEAR соединяет слова и фразы; список внутри него содержит большее: {part}</translation>
    </message>
    <message>
        <source>Queries are not compiled for {service}; for: {services}.</source>
        <translation>Запросы не компилируются для {service}; есть для: {services}.</translation>
    </message>
    <message>
        <source>There is no list {{{name}}} in the library.</source>
        <translation>В библиотеке нет списка {{{name}}}.</translation>
    </message>
    <message>
        <source>The list {{{name}}} names itself through {path}.</source>
        <translation>Список {{{name}}} ссылается сам на себя: {path}.</translation>
    </message>
    <message>
        <source>The list {{{name}}} has no entries.</source>
        <translation>В списке {{{name}}} нет записей.</translation>
    </message>
    <message>
        <source>The list {{{name}}}, entry «{entry}»: {problem}</source>
        <translation>Список {{{name}}}, запись «{entry}»: {problem}</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Запрос пуст.</translation>
    </message>
    <message>
        <source>Position {position}: the quote opened here is not closed.</source>
        <translation>Позиция {position}: открытая здесь кавычка не закрыта.</translation>
    </message>
    <message>
        <source>Position {position}: the list name opened here is not closed with }}.</source>
        <translation>Позиция {position}: имя списка, начатое здесь, не закрыто знаком }}.</translation>
    </message>
    <message>
        <source>Position {position}: the quotes hold nothing.</source>
        <translation>Позиция {position}: в кавычках ничего нет.</translation>
    </message>
    <message>
        <source>Position {position}: a list needs a name between the braces.</source>
        <translation>Позиция {position}: между фигурными скобками должно быть имя списка.</translation>
    </message>
    <message>
        <source>Position {position}: * goes only at the end of a word, after at least one letter: {text}</source>
        <translation>Позиция {position}: * ставится только в конце слова, после хотя бы одной буквы: {text}</translation>
    </message>
    <message>
        <source>Position {position}: inside quotes * is no prefix; write the prefix without quotes.</source>
        <translation>Позиция {position}: в кавычках * не означает префикс; напишите префикс без кавычек.</translation>
    </message>
    <message>
        <source>Position {position}: NEAR needs a distance, as in NEAR/3 (NEAR/3f keeps the order).</source>
        <translation>Позиция {position}: у NEAR должно быть расстояние, например NEAR/3 (NEAR/3f — с порядком слов).</translation>
    </message>
    <message>
        <source>Position {position}: {name}: needs a value.</source>
        <translation>Позиция {position}: после {name}: нужно значение.</translation>
    </message>
    <message>
        <source>Position {position}: source: takes one of {kinds}.</source>
        <translation>Позиция {position}: source: принимает одно из: {kinds}.</translation>
    </message>
    <message>
        <source>Position {position}: a word, a phrase or a group was expected here.</source>
        <translation>Позиция {position}: здесь ожидалось слово, фраза или группа.</translation>
    </message>
    <message>
        <source>Position {position}: this ) has no ( before it.</source>
        <translation>Позиция {position}: у этой ) нет ( перед ней.</translation>
    </message>
    <message>
        <source>Position {position}: the ( opened here is not closed.</source>
        <translation>Позиция {position}: открытая здесь ( не закрыта.</translation>
    </message>
    <message>
        <source>Position {position}: NEAR joins words, phrases, lists and groups of them joined by OR.</source>
        <translation>Позиция {position}: NEAR соединяет слова, фразы, списки и их группы через OR.</translation>
    </message>
    <message>
        <source>neither a link nor a text: not a mention</source>
        <translation>нет ни ссылки, ни текста: это не упоминание</translation>
    </message>
    <message>
        <source>{field}: «{text}» is not a date and time; left empty</source>
        <translation>{field}: «{text}» — не дата и время; оставлено пустым</translation>
    </message>
    <message>
        <source>{field}: «{text}» is not a number; left empty</source>
        <translation>{field}: «{text}» — не число; оставлено пустым</translation>
    </message>
    <message>
        <source>No column holds the link or the text of a mention; choose them in the column mapping.</source>
        <translation>Ни один столбец не содержит ссылку или текст упоминания; выберите их в сопоставлении столбцов.</translation>
    </message>
    <message>
        <source>The time to answer must be more than 0 hours: {value}</source>
        <translation>Время на ответ должно быть больше 0 часов: {value}</translation>
    </message>
    <message>
        <source>The SLA table has no time for {severity} and {channel}.</source>
        <translation>В таблице SLA нет времени для {severity} и {channel}.</translation>
    </message>
    <message>
        <source>«{text}» is not a date and time</source>
        <translation>«{text}» — не дата и время</translation>
    </message>
    <message>
        <source>{zone} is not a time zone</source>
        <translation>{zone} — не часовой пояс</translation>
    </message>
    <message>
        <source>A mention cannot go from «{current}» to «{target}».</source>
        <translation>Упоминание нельзя перевести из статуса «{current}» в «{target}».</translation>
    </message>
    <message>
        <source>Level {level} needs a named approver.</source>
        <translation>Для уровня {level} нужен согласующий с именем.</translation>
    </message>
    <message>
        <source>Level {level} needs a backup other than its approver {approver}.</source>
        <translation>Для уровня {level} нужен заместитель — не сам согласующий {approver}.</translation>
    </message>
    <message>
        <source>The escalation ladder has no level {level}.</source>
        <translation>В лестнице эскалации нет уровня {level}.</translation>
    </message>
    <message>
        <source>Neither the approver {approver} nor the backup {backup} of {level} is available.</source>
        <translation>Ни согласующий {approver}, ни заместитель {backup} уровня {level} сейчас недоступны.</translation>
    </message>
    <message>
        <source>{name} has no header row naming a mention&apos;s link, text or time; it was not imported.</source>
        <translation>В файле {name} нет строки заголовков со ссылкой, текстом или временем упоминания; он не импортирован.</translation>
    </message>
    <message>
        <source>{name} has a header but no mentions under it.</source>
        <translation>В файле {name} есть заголовки, но под ними нет упоминаний.</translation>
    </message>
    <message>
        <source>A sum of money is from 0 to 999 999 999 999,99 ₽, not {value}.</source>
        <translation>Сумма — от 0 до 999 999 999 999,99 ₽, а не {value}.</translation>
    </message>
    <message>
        <source>A count (followers, views, reach…) is a whole number from 0 to 1 000 000 000 000, not {value}.</source>
        <translation>Количество (подписчики, просмотры, охват…) — целое число от 0 до 1 000 000 000 000, а не {value}.</translation>
    </message>
    <message>
        <source>A quantity is from 1 to 10 000, not {value}.</source>
        <translation>Количество — от 1 до 10 000, а не {value}.</translation>
    </message>
    <message>
        <source>A target is from 0 to 1 000 000 000 000, not {value}.</source>
        <translation>План — от 0 до 1 000 000 000 000, а не {value}.</translation>
    </message>
    <message>
        <source>A KPI&apos;s figure is from −1 000 000 000 000 to 1 000 000 000 000, not {value}.</source>
        <translation>Значение КПЭ — от −1 000 000 000 000 до 1 000 000 000 000, а не {value}.</translation>
    </message>
    <message>
        <source>Hours are from 0 to 100 000, not {value}.</source>
        <translation>Часы — от 0 до 100 000, а не {value}.</translation>
    </message>
    <message>
        <source>A weight is from 0,01 to 1 000, not {value}.</source>
        <translation>Вес — от 0,01 до 1 000, а не {value}.</translation>
    </message>
    <message>
        <source>A copy cannot be saved over the file itself: choose another name.</source>
        <translation>Копию нельзя сохранить поверх самого файла: выберите другое имя.</translation>
    </message>
    <message>
        <source>{target} is the database {name} itself (or one of its own files), so nothing was written there: choose another file.</source>
        <translation>{target} — это сама база {name} (или один из её собственных файлов), поэтому туда ничего не записано: выберите другой файл.</translation>
    </message>
    <message>
        <source>The backup made before every import could not be made, so nothing was imported. {why}</source>
        <translation>Резервная копия, которую делает каждый импорт, не сделана, поэтому ничего не импортировано. {why}</translation>
    </message>
    <message>
        <source>{name} is open in smmdesk; close it there before saving a copy over it.</source>
        <translation>{name} открыт в smmdesk; закройте его там, прежде чем сохранять копию поверх него.</translation>
    </message>
    <message>
        <source>{zone} is not a time zone (for example Europe/Moscow).</source>
        <translation>{zone} — не часовой пояс (например, Europe/Moscow).</translation>
    </message>
    <message>
        <source>Not a date: {text}. Type it as 01.02.2027, 1.2.27 or 01022027.</source>
        <translation>Это не дата: {text}. Введите её так: 01.02.2027, 1.2.27 или 01022027.</translation>
    </message>
    <message>
        <source>Everyone chosen is blacklisted: nothing to add.</source>
        <translation>Все выбранные — в чёрном списке: добавлять некого.</translation>
    </message>
    <message>
        <source>The quantity is a whole number: {text}</source>
        <translation>Количество — целое число: {text}</translation>
    </message>
    <message>
        <source>Give the date: {name}</source>
        <translation>Укажите дату: {name}</translation>
    </message>
    <message>
        <source>Not a number: {text}</source>
        <translation>Это не число: {text}</translation>
    </message>
    <message>
        <source>This field cannot be left empty.</source>
        <translation>Это поле нельзя оставить пустым.</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters here, {given} were given.</source>
        <translation>Слишком длинный текст: здесь не больше {limit} символов, а введено {given}.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the password in, so it was not saved. Put it in PostgreSQL&apos;s password file (.pgpass) instead; smmdesk reads it from there.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому пароль не сохранён. Запишите его в файл паролей PostgreSQL (.pgpass): smmdesk возьмёт его оттуда.</translation>
    </message>
    <message>
        <source>The database already holds a planner&apos;s work ({table}); smmdesk puts a file or the demo only into an empty one, so nothing there is overwritten.</source>
        <translation>В базе уже есть данные ({table}); smmdesk загружает файл или демо только в пустую базу, чтобы ничего в ней не затереть.</translation>
    </message>
    <message>
        <source>{name} already exists; choose a new file name.</source>
        <translation>Файл {name} уже есть; выберите новое имя.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed, so {server} cannot be opened. Install smmdesk with its server part (pip install &quot;smmdesk[server]&quot;).</source>
        <translation>Драйвер PostgreSQL не установлен, поэтому {server} не открыть. Установите smmdesk с серверной частью (pip install &quot;smmdesk[server]&quot;).</translation>
    </message>
    <message>
        <source>The server {server} refused the user name or password. Check them in Параметры.</source>
        <translation>Сервер {server} не принял имя пользователя или пароль. Проверьте их в Параметрах.</translation>
    </message>
    <message>
        <source>The server {server} has no such database.</source>
        <translation>На сервере {server} нет такой базы данных.</translation>
    </message>
    <message>
        <source>The server {server} cannot be reached: it is down, or the address or port is wrong, or the network is unavailable.</source>
        <translation>Сервер {server} недоступен: он выключен, неверен адрес или порт, или нет сети.</translation>
    </message>
    <message>
        <source>{server} is not a database address smmdesk understands.</source>
        <translation>{server} — не адрес базы данных, понятный smmdesk.</translation>
    </message>
    <message>
        <source>The server {server} cannot be used: {problem}</source>
        <translation>С сервером {server} работать нельзя: {problem}</translation>
    </message>
    <message>
        <source>The server does not let your role ({role}) make this change; it was not saved.</source>
        <translation>Сервер не разрешает вашей роли ({role}) такое изменение; оно не сохранено.</translation>
    </message>
    <message>
        <source>Another planner was saving the same records at the same moment; your change was not saved. Try again.</source>
        <translation>Другой сотрудник в тот же момент сохранял те же записи; ваше изменение не сохранено. Повторите его.</translation>
    </message>
    <message>
        <source>The change would break a rule of the database (a duplicate or a missing record, perhaps changed by someone else meanwhile); it was not saved.</source>
        <translation>Изменение нарушило бы правило базы данных (повтор или отсутствующая запись — возможно, её тем временем изменил кто-то другой); оно не сохранено.</translation>
    </message>
    <message>
        <source>A text is too long for the database; it was not saved.</source>
        <translation>Текст слишком длинный для базы данных; он не сохранён.</translation>
    </message>
    <message>
        <source>A value is out of the range the database holds; it was not saved.</source>
        <translation>Значение выходит за пределы, которые хранит база данных; оно не сохранено.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the last change was not saved. It comes back by itself once the server is reachable again.</source>
        <translation>Связь с базой данных потеряна; последнее изменение не сохранено. Она восстановится сама, как только сервер снова будет доступен.</translation>
    </message>
    <message>
        <source>The database refused the change ({problem}); it was not saved.</source>
        <translation>База данных отклонила изменение ({problem}); оно не сохранено.</translation>
    </message>
    <message>
        <source>The database on {server} is at schema {current}; this version of smmdesk needs {target}. Upgrading it changes it for the whole team: every planner then needs this version of smmdesk.</source>
        <translation>База на {server} имеет схему {current}, а этой версии smmdesk нужна {target}. Обновление меняет её для всей команды: после него всем сотрудникам нужна эта версия smmdesk.</translation>
    </message>
    <message>
        <source>The database on {server} was upgraded by smmdesk {version} (schema {revision}). Install smmdesk {version} or newer to work with it; nothing was changed.</source>
        <translation>Базу на {server} обновил smmdesk {version} (схема {revision}). Чтобы работать с ней, установите smmdesk {version} или новее; ничего не изменено.</translation>
    </message>
    <message>
        <source>Only a manager may {action}; your role on the server is {role}.</source>
        <translation>Только менеджер может {action}; ваша роль на сервере — {role}.</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>планировщик</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>upgrade the schema</source>
        <translation>обновлять схему базы</translation>
    </message>
    <message>
        <source>{who} changed this record at {when}, after you opened it; your change was not saved. The record is shown again as it is now: make the change again if it is still needed.</source>
        <translation>{who} изменил(а) эту запись в {when}, уже после того как вы её открыли; ваше изменение не сохранено. Запись показана заново в нынешнем виде: повторите изменение, если оно всё ещё нужно.</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same moment; your change was not saved. The record is shown again as it is now: make the change again if it is still needed.</source>
        <translation>Кто-то другой изменил эту запись в тот же момент; ваше изменение не сохранено. Запись показана заново в нынешнем виде: повторите изменение, если оно всё ещё нужно.</translation>
    </message>
    <message>
        <source>A strategy needs a title.</source>
        <translation>У стратегии должно быть название.</translation>
    </message>
    <message>
        <source>The strategy&apos;s period ends before it starts.</source>
        <translation>Период стратегии заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>There is no client number {id}.</source>
        <translation>Клиента с номером {id} нет.</translation>
    </message>
    <message>
        <source>The time to answer is a number of hours above 0 and up to 8760, not {value}.</source>
        <translation>Время на ответ — число часов больше 0 и не больше 8760, а не {value}.</translation>
    </message>
    <message>
        <source>The scope is the whole web or own accounts only.</source>
        <translation>Охват — весь интернет или только свои аккаунты.</translation>
    </message>
    <message>
        <source>No production calendar is known for the country {country}.</source>
        <translation>Производственный календарь для страны {country} неизвестен.</translation>
    </message>
    <message>
        <source>There is no strategy number {id}.</source>
        <translation>Стратегии с номером {id} нет.</translation>
    </message>
    <message>
        <source>That version of the strategy is gone (another planner removed it).</source>
        <translation>Этой версии стратегии больше нет (её удалил другой планировщик).</translation>
    </message>
    <message>
        <source>Version {number} is history; the plan is edited in its latest version, {latest}.</source>
        <translation>Версия {number} уже в истории; план правится в последней версии, {latest}.</translation>
    </message>
    <message>
        <source>record the client&apos;s approval of a strategy</source>
        <translation>отмечать утверждение стратегии клиентом</translation>
    </message>
    <message>
        <source>The strategy has no version {number}.</source>
        <translation>У стратегии нет версии {number}.</translation>
    </message>
    <message>
        <source>«{metric}» follows a figure the program measures; its value is not typed in.</source>
        <translation>«{metric}» следует за показателем, который измеряет программа; его значение не вводится вручную.</translation>
    </message>
    <message>
        <source>That check-in is gone (another planner removed it).</source>
        <translation>Этой отметки значения больше нет (её удалил другой планировщик).</translation>
    </message>
    <message>
        <source>A decision follows a result: judge the checkpoint first.</source>
        <translation>Решение принимается по результату: сначала оцените контрольную точку.</translation>
    </message>
    <message>
        <source>A payment records money already paid: its day {day} is after today, {today}.</source>
        <translation>Выплата записывает уже выплаченные деньги: день {day} позже сегодняшнего, {today}.</translation>
    </message>
    <message>
        <source>A payment is above zero.</source>
        <translation>Выплата должна быть больше нуля.</translation>
    </message>
    <message>
        <source>A non-monetary motivation is not paid in money.</source>
        <translation>Нематериальная мотивация не выплачивается деньгами.</translation>
    </message>
    <message>
        <source>The bonus falls due only when its checkpoint has passed; it has not (yet).</source>
        <translation>Бонус положен только после пройденной контрольной точки; она (пока) не пройдена.</translation>
    </message>
    <message>
        <source>That payment is gone (another planner removed it).</source>
        <translation>Этой выплаты больше нет (её удалил другой планировщик).</translation>
    </message>
    <message>
        <source>A strategy is exported to .pdf, .xlsx or .ics, not {suffix}.</source>
        <translation>Стратегия выгружается в .pdf, .xlsx или .ics, а не в {suffix}.</translation>
    </message>
    <message>
        <source>no goal «{goal}» in the plan: left without a goal</source>
        <translation>в плане нет цели «{goal}»: задача оставлена без цели</translation>
    </message>
    <message>
        <source>{name} is not among the strategy&apos;s people: added as {role}, 0 hours</source>
        <translation>{name} нет среди исполнителей стратегии: добавлен(а) с ролью {role}, 0 часов</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>That item is no longer in the plan (another planner removed it).</source>
        <translation>Этой записи в плане больше нет (её удалил другой планировщик).</translation>
    </message>
    <message>
        <source>The plan has no such goal; choose one of its own.</source>
        <translation>В плане нет такой цели; выберите одну из его целей.</translation>
    </message>
    <message>
        <source>The plan has no such KPI; choose one of its own.</source>
        <translation>В плане нет такого КПЭ; выберите один из его КПЭ.</translation>
    </message>
    <message>
        <source>The plan has no such initiative; choose one of its own.</source>
        <translation>В плане нет такой инициативы; выберите одну из его инициатив.</translation>
    </message>
    <message>
        <source>The plan has no such task; choose one of its own.</source>
        <translation>В плане нет такой задачи; выберите одну из его задач.</translation>
    </message>
    <message>
        <source>The plan has no such executor; choose one of its own.</source>
        <translation>В плане нет такого исполнителя; выберите одного из его исполнителей.</translation>
    </message>
    <message>
        <source>The plan has no such checkpoint; choose one of its own.</source>
        <translation>В плане нет такой контрольной точки; выберите одну из его точек.</translation>
    </message>
    <message>
        <source>The plan has no such agreement; choose one of its own.</source>
        <translation>В плане нет такой договорённости; выберите одну из его договорённостей.</translation>
    </message>
    <message>
        <source>There is no campaign number {id} to link to.</source>
        <translation>Нет кампании номер {id}, с которой можно связать.</translation>
    </message>
    <message>
        <source>There is no contest number {id} to link to.</source>
        <translation>Нет конкурса номер {id}, с которым можно связать.</translation>
    </message>
    <message>
        <source>There is no content pillar number {id} to link to.</source>
        <translation>Нет контентной рубрики номер {id}, с которой можно связать.</translation>
    </message>
    <message>
        <source>There is no reputation programme number {id} to link to.</source>
        <translation>Нет программы по репутации номер {id}, с которой можно связать.</translation>
    </message>
    <message>
        <source>There is no review campaign number {id} to link to.</source>
        <translation>Нет кампании по сбору отзывов номер {id}, с которой можно связать.</translation>
    </message>
    <message>
        <source>A day of the month is from 1 to 31.</source>
        <translation>День месяца — от 1 до 31.</translation>
    </message>
    <message>
        <source>{name} is already among the strategy&apos;s people.</source>
        <translation>{name} уже есть среди исполнителей стратегии.</translation>
    </message>
    <message>
        <source>There is no such blogger in the base.</source>
        <translation>Такого блогера нет в базе.</translation>
    </message>
    <message>
        <source>«{name}» cannot be deleted: sub-goals depend on it. Change or delete them first.</source>
        <translation>«{name}» нельзя удалить: от неё зависят подцели. Сначала измените или удалите их.</translation>
    </message>
    <message>
        <source>«{name}» cannot be deleted: KPIs depend on it. Change or delete them first.</source>
        <translation>«{name}» нельзя удалить: от неё зависят КПЭ. Сначала измените или удалите их.</translation>
    </message>
    <message>
        <source>«{name}» cannot be deleted: checkpoints depend on it. Change or delete them first.</source>
        <translation>«{name}» нельзя удалить: от этого зависят контрольные точки. Сначала измените или удалите их.</translation>
    </message>
    <message>
        <source>«{name}» cannot be deleted: bonuses depend on it. Change or delete them first.</source>
        <translation>«{name}» нельзя удалить: от этого зависят бонусы. Сначала измените или удалите их.</translation>
    </message>
    <message>
        <source>«{name}» cannot be deleted: agreements depend on it. Change or delete them first.</source>
        <translation>«{name}» нельзя удалить: от этого зависят договорённости. Сначала измените или удалите их.</translation>
    </message>
    <message>
        <source>A role needs a title.</source>
        <translation>У роли должно быть название.</translation>
    </message>
    <message>
        <source>The role «{role}» is already in the list.</source>
        <translation>Роль «{role}» уже есть в списке.</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5, not {value}.</source>
        <translation>Оценка — целое число от 1 до 5, а не {value}.</translation>
    </message>
    <message>
        <source>A weight is a number from 0 to 100, not {value}.</source>
        <translation>Вес — число от 0 до 100, а не {value}.</translation>
    </message>
    <message>
        <source>{name} is not in the catalogue of services.</source>
        <translation>{name} нет в каталоге сервисов.</translation>
    </message>
    <message>
        <source>Say where the value comes from (a trial, a quote, a document).</source>
        <translation>Укажите, откуда значение (тестовый доступ, коммерческое предложение, документ).</translation>
    </message>
    <message>
        <source>Write to .xlsx or .pdf, not {suffix}.</source>
        <translation>Запишите в .xlsx или .pdf, а не в {suffix}.</translation>
    </message>
    <message>
        <source>A query needs a name.</source>
        <translation>У запроса должно быть название.</translation>
    </message>
    <message>
        <source>The brand already has a query named «{name}».</source>
        <translation>У бренда уже есть запрос «{name}».</translation>
    </message>
    <message>
        <source>The brand already has a list named «{name}».</source>
        <translation>У бренда уже есть список «{name}».</translation>
    </message>
    <message>
        <source>import mentions</source>
        <translation>загружать упоминания</translation>
    </message>
    <message>
        <source>There is no mention number {id}.</source>
        <translation>Упоминания с номером {id} нет.</translation>
    </message>
    <message>
        <source>A reply needs a text.</source>
        <translation>У ответа должен быть текст.</translation>
    </message>
    <message>
        <source>Give the threshold the KPI is to reach.</source>
        <translation>Укажите порог, которого должен достичь КПЭ.</translation>
    </message>
    <message>
        <source>The time to answer is a number of hours, not «{value}».</source>
        <translation>Время на ответ — число часов, а не «{value}».</translation>
    </message>
    <message>
        <source>There is no review campaign number {id}.</source>
        <translation>Кампании отзывов № {id} нет.</translation>
    </message>
    <message>
        <source>The brand already has a review campaign “{title}”: give this one another title.</source>
        <translation>У бренда уже есть кампания отзывов «{title}»: дайте этой другое название.</translation>
    </message>
    <message>
        <source>The review campaign “{title}” has customers or waves: it is kept.</source>
        <translation>У кампании отзывов «{title}» уже есть покупатели или волны: она остаётся.</translation>
    </message>
    <message>
        <source>The review campaign “{title}” is finished: it prepares no more waves and takes no more customers, survey answers, results or ratings (its figures stay as they were).</source>
        <translation>Кампания отзывов «{title}» завершена: новых волн, клиентов, ответов опроса, результатов рассылки и рейтингов в ней больше не будет (её показатели остаются прежними).</translation>
    </message>
    <message>
        <source>The campaign “{title}” cannot finish on {day}, after today ({today}): give today or a day before.</source>
        <translation>Кампания «{title}» не может завершиться {day}, позже сегодняшнего дня ({today}): укажите сегодня или день раньше.</translation>
    </message>
    <message>
        <source>{count} customers of this import have already had a request: the import cannot be taken back (the compliance log keeps who was asked).</source>
        <translation>Клиенты этой загрузки ({count}) уже получили запрос: загрузку нельзя отменить (журнал соответствия хранит, кого просили).</translation>
    </message>
    <message>
        <source>import customers</source>
        <translation>загружать клиентов</translation>
    </message>
    <message>
        <source>The campaign “{title}” is not finished: finish it before erasing its customers.</source>
        <translation>Кампания «{title}» не завершена: завершите её, прежде чем удалять клиентов.</translation>
    </message>
    <message>
        <source>The customers of the campaign “{title}” were erased on {date} ({count}): there is nothing left to erase.</source>
        <translation>Клиенты кампании «{title}» уже удалены {date} ({count}): удалять больше нечего.</translation>
    </message>
    <message>
        <source>erase the customers</source>
        <translation>удалять клиентов</translation>
    </message>
    <message>
        <source>A platform&apos;s rating is 1,0 to 5,0, not {value}.</source>
        <translation>Рейтинг площадки — от 1,0 до 5,0, а не {value}.</translation>
    </message>
    <message>
        <source>There is no request number {id}.</source>
        <translation>Запроса № {id} нет.</translation>
    </message>
    <message>
        <source>A review&apos;s stars are 1 to 5, not {stars}.</source>
        <translation>Оценка отзыва — от 1 до 5 звёзд, а не {stars}.</translation>
    </message>
    <message>
        <source>The campaign does not ask for reviews on {platform}.</source>
        <translation>Кампания не просит отзывов на площадке {platform}.</translation>
    </message>
    <message>
        <source>the campaign does not ask for reviews on {platform}: the review is not taken, the delivery and the click are</source>
        <translation>кампания не просит отзывов на площадке «{platform}»: отзыв не принят, доставка и переход приняты</translation>
    </message>
    <message>
        <source>A review cannot be dated {date}, after today.</source>
        <translation>Отзыв не может быть датирован {date} — позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>no request of this campaign has this link, phone or e-mail</source>
        <translation>ни у одного запроса этой кампании нет такой ссылки, телефона или e-mail</translation>
    </message>
    <message>
        <source>import what came back</source>
        <translation>загружать результаты рассылки</translation>
    </message>
    <message>
        <source>import survey answers</source>
        <translation>загружать ответы опросов</translation>
    </message>
    <message>
        <source>Nobody is due a request on {date}: {not_yet} not yet, {never} may not be asked (on the staff, no consent, opted out, already reviewed, no contact), {finished} had every request.</source>
        <translation>На {date} запрос никому не положен: пока рано — {not_yet}, просить нельзя (сотрудники, нет согласия, отписались, уже оставили отзыв, нет контакта) — {never}, все запросы уже получили — {finished}.</translation>
    </message>
    <message>
        <source>Nobody is due a request on {date}: {not_yet} not yet, {never} may not be asked (on the staff, no consent, opted out, already reviewed, no contact), {finished} had every request. The next falls due on {next}: {name} ({count} that day).</source>
        <translation>На {date} запрос никому не положен: пока рано — {not_yet}, просить нельзя (сотрудники, нет согласия, отписались, уже оставили отзыв, нет контакта) — {never}, все запросы уже получили — {finished}. Следующий запрос — {next}: {name} (в этот день — {count}).</translation>
    </message>
    <message>
        <source>{name} is not due a request on {date} (not due yet, opted out, already reviewed or asked enough).</source>
        <translation>{name} на {date} запрос не положен (ещё рано, отписка, отзыв уже оставлен или все напоминания отправлены).</translation>
    </message>
    <message>
        <source>Customer number {id} is not one of this campaign&apos;s.</source>
        <translation>Клиент № {id} не из этой кампании.</translation>
    </message>
    <message>
        <source>A wave is written as a table for the SMS or mail service (a name ending in .csv) or as a sheet of QR codes to print (a name ending in .pdf); “{name}” ends in neither.</source>
        <translation>Волна записывается таблицей для сервиса рассылки (имя на .csv) или листом QR-кодов для печати (имя на .pdf); «{name}» не оканчивается ни на то, ни на другое.</translation>
    </message>
    <message>
        <source>There is no wave number {id}.</source>
        <translation>Волны № {id} нет.</translation>
    </message>
    <message>
        <source>prepare a wave</source>
        <translation>готовить волны запросов</translation>
    </message>
    <message>
        <source>«{text}» is not a date: write it as 01.12.2026 or 2026-12-01.</source>
        <translation>«{text}» — не дата: напишите её как 01.12.2026 или 2026-12-01.</translation>
    </message>
    <message>
        <source>Checkpoints are judged on a day that has come: {day} is after today.</source>
        <translation>Контрольные точки оцениваются за наступивший день: {day} — после сегодняшнего.</translation>
    </message>
    <message>
        <source>The date {day} is outside the strategy&apos;s period ({start} — {end}).</source>
        <translation>Дата {day} вне периода стратегии ({start} — {end}).</translation>
    </message>
    <message>
        <source>Choose the campaign, contest or brand the figure is of.</source>
        <translation>Выберите кампанию, конкурс или бренд, по которому считается показатель.</translation>
    </message>
    <message>
        <source>Another planner has just prepared wave {number} of this campaign, for the same customers; yours was not kept and no file was written. Prepare the wave again: it asks only whom that wave did not.</source>
        <translation>Другой планировщик только что подготовил волну {number} этой кампании для тех же клиентов; ваша не сохранена, файл не записан. Подготовьте волну заново: она спросит только тех, кого та волна не спросила.</translation>
    </message>
    <message>
        <source>The campaign “{title}” has no wave number {number} (its waves: {count}).</source>
        <translation>В кампании «{title}» нет волны № {number} (волн в ней: {count}).</translation>
    </message>
    <message>
        <source>The customers of the campaign “{title}” were erased: its waves&apos; files cannot be written again (the compliance log still can).</source>
        <translation>Клиенты кампании «{title}» удалены: файлы её волн записать снова нельзя (журнал соответствия — можно).</translation>
    </message>
    <message>
        <source>Reminders are days written as numbers, e.g. 3, 7: {text}</source>
        <translation>Напоминания — это дни числами, например 3, 7: {text}</translation>
    </message>
    <message>
        <source>Review gating: this wave to a public platform would ask {others_asked} of the {others} satisfied respondents of the campaign&apos;s survey (NPS 7–10) but {detractors_asked} of its {detractors} detractors (NPS 0–6); left out: {names}. The dissatisfied are asked in at least the same share as the satisfied. Staff and customers who declined contact from their first customers&apos; file do not count; a detractor missing from the customers&apos; file or without a phone, e-mail or purchase date does, and so does one whose consent or staff mark a later file changed after their answer. Add the ones missing, with their contact and purchase date, to the customers&apos; file and import it again; if a later file changed their consent or staff mark, run the campaign as a survey only.</source>
        <translation>Отбор по оценке (review gating): эта волна на публичную площадку попросила бы отзыв у {others_asked} из {others} довольных участников опроса кампании (NPS 7–10), но лишь у {detractors_asked} из {detractors} критиков (NPS 0–6); не попали: {names}. Недовольных просят не реже, чем довольных. Сотрудники и клиенты, отказавшиеся от связи уже в первом файле клиентов, не в счёт; в счёт — критик, которого нет в файле клиентов или у которого нет телефона, e-mail или даты покупки, и тот, чьё согласие или отметку «сотрудник» изменил более поздний файл после его ответа. Добавьте недостающих с контактом и датой покупки в файл клиентов и загрузите его снова; если согласие или отметку «сотрудник» изменил более поздний файл, сделайте кампанию только опросом.</translation>
    </message>
</context>
<context>
    <name>EstimateEditor</name>
    <message>
        <source>Choose an estimate on the left, or make one for a campaign</source>
        <translation>Выберите смету слева или создайте смету для кампании</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>НДС:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>{client}; period {start} — {end}; budget {budget}</source>
        <translation>{client}; период {start} — {end}; бюджет {budget}</translation>
    </message>
    <message>
        <source>Agency fee, %:</source>
        <translation>АК, %:</translation>
    </message>
    <message>
        <source>rate, %:</source>
        <translation>ставка, %:</translation>
    </message>
    <message>
        <source>A new version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <source>Version {old} is frozen: it was sent to the client. Your change went into a new draft, version {new}; the old one stays as the client saw it.</source>
        <translation>Версия {old} заморожена: её отправили клиенту. Изменение попало в новую версию-черновик {new}; старая осталась такой, какой её видел клиент.</translation>
    </message>
    <message>
        <source>Change a line of the estimate</source>
        <translation>Изменить строку сметы</translation>
    </message>
    <message>
        <source>Not a number: {text}</source>
        <translation>Это не число: {text}</translation>
    </message>
    <message>
        <source>Change the estimate&apos;s settings</source>
        <translation>Изменить параметры сметы</translation>
    </message>
</context>
<context>
    <name>EstimateLinesModel</name>
    <message>
        <source>Influencer / cost</source>
        <translation>Блогер / расход</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Amount before discount</source>
        <translation>Сумма до скидки</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Total after discount</source>
        <translation>Итого со скидкой</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Forecast reach</source>
        <translation>Прогноз охвата</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <source>Forecast views</source>
        <translation>Прогноз просмотров</translation>
    </message>
    <message>
        <source>Cost per thousand views</source>
        <translation>Стоимость тысячи просмотров</translation>
    </message>
    <message>
        <source>Cost per view</source>
        <translation>Стоимость просмотра</translation>
    </message>
    <message>
        <source>Blogger&apos;s fee</source>
        <translation>Гонорар блогера</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Tax status</source>
        <translation>Налоговый статус</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>A line to check: the reason is in its tooltip</source>
        <translation>Строку нужно проверить: причина — в подсказке строки</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Прочие расходы</translation>
    </message>
    <message>
        <source>Not a date: {text}</source>
        <translation>Это не дата: {text}</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
    <message>
        <source>A quantity is a whole number: {text}</source>
        <translation>Количество — целое число: {text}</translation>
    </message>
    <message>
        <source>Not a number: {text}</source>
        <translation>Это не число: {text}</translation>
    </message>
</context>
<context>
    <name>EstimateNameDialog</name>
    <message>
        <source>Estimate</source>
        <translation>Смета</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
</context>
<context>
    <name>Estimates</name>
    <message>
        <source>VAT on top</source>
        <translation>НДС сверху</translation>
    </message>
    <message>
        <source>VAT included in prices</source>
        <translation>НДС в т. ч. (включён в цены)</translation>
    </message>
    <message>
        <source>no VAT (USN)</source>
        <translation>без НДС (УСН)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>sent to the client</source>
        <translation>отправлена клиенту</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>согласована</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>no price: the rate card has none; type it in</source>
        <translation>нет цены: в условиях блогера её нет — впишите</translation>
    </message>
    <message>
        <source>the date is outside the campaign&apos;s period</source>
        <translation>дата вне периода кампании</translation>
    </message>
    <message>
        <source>two placements of one account on one day</source>
        <translation>два размещения одного аккаунта в один день</translation>
    </message>
    <message>
        <source>the influencer is now blacklisted</source>
        <translation>блогер теперь в чёрном списке</translation>
    </message>
</context>
<context>
    <name>EstimatesWindow</name>
    <message>
        <source>Search clients and campaigns</source>
        <translation>Поиск по клиентам и кампаниям</translation>
    </message>
    <message>
        <source>Client / campaign / estimate</source>
        <translation>Клиент / кампания / смета</translation>
    </message>
    <message>
        <source>Client…</source>
        <translation>Клиент…</translation>
    </message>
    <message>
        <source>Campaign…</source>
        <translation>Кампания…</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Смета</translation>
    </message>
    <message>
        <source>A new client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>A new campaign of the chosen client</source>
        <translation>Новая кампания выбранного клиента</translation>
    </message>
    <message>
        <source>A new estimate of the chosen campaign (Ctrl+N)</source>
        <translation>Новая смета выбранной кампании (Ctrl+N)</translation>
    </message>
    <message>
        <source>v{number}, {status}</source>
        <translation>версия {number}, {status}</translation>
    </message>
    <message>
        <source>Estimate {id}</source>
        <translation>Смета {id}</translation>
    </message>
    <message>
        <source>Add the client {name}</source>
        <translation>Добавить клиента {name}</translation>
    </message>
    <message>
        <source>Add the campaign {name}</source>
        <translation>Добавить кампанию {name}</translation>
    </message>
    <message>
        <source>Rename the estimate {name}</source>
        <translation>Переименовать смету {name}</translation>
    </message>
    <message>
        <source>Placements with influencers</source>
        <translation>Размещения у блогеров</translation>
    </message>
    <message>
        <source>Make an estimate</source>
        <translation>Создать смету</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Изменить {name}</translation>
    </message>
    <message>
        <source>Select influencers, then “With selected → Add to an estimate…”.</source>
        <translation>Выберите блогеров, затем «С выбранными → Добавить в смету…».</translation>
    </message>
</context>
<context>
    <name>ExecutorDialog</name>
    <message>
        <source>A person</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Hours a week:</source>
        <translation>Часов в неделю:</translation>
    </message>
    <message>
        <source>Rate, ₽ an hour:</source>
        <translation>Ставка, ₽ в час:</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <source>ER, %</source>
        <translation>ER, %</translation>
    </message>
    <message>
        <source>Average reach</source>
        <translation>Средний охват</translation>
    </message>
    <message>
        <source>Average views</source>
        <translation>Средние просмотры</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тематика</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tax status</source>
        <translation>Налоговый статус</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Blacklist reason</source>
        <translation>Причина чёрного списка</translation>
    </message>
    <message>
        <source>Audience geography</source>
        <translation>География аудитории</translation>
    </message>
    <message>
        <source>Audience age</source>
        <translation>Возраст аудитории</translation>
    </message>
    <message>
        <source>Women in the audience, %</source>
        <translation>Доля женщин в аудитории, %</translation>
    </message>
    <message>
        <source>In the archive</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>Блогеры</translation>
    </message>
    <message>
        <source>{format}, ₽</source>
        <translation>{format}, ₽</translation>
    </message>
    <message>
        <source> … [cut: {count} characters in all]</source>
        <translation> … [обрезано: всего {count} символов]</translation>
    </message>
    <message>
        <source>{format}: what is included</source>
        <translation>{format}: что входит</translation>
    </message>
    <message>
        <source>{format}: prepayment, %</source>
        <translation>{format}: предоплата, %</translation>
    </message>
    <message>
        <source>{format}: product terms</source>
        <translation>{format}: условия по продукту</translation>
    </message>
    <message>
        <source>{format}: exclusivity</source>
        <translation>{format}: эксклюзивность</translation>
    </message>
    <message>
        <source>{format}: agreed on</source>
        <translation>{format}: дата договорённости</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Дата съёма</translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation>Сохранить показатели</translation>
    </message>
    <message>
        <source>{figure}: not a number ({text}).</source>
        <translation>{figure}: это не число ({text}).</translation>
    </message>
    <message>
        <source>Figures of {name}</source>
        <translation>Показатели: {name}</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Mentions: {count} ({by})</source>
        <translation>Упоминаний: {count} ({by})</translation>
    </message>
    <message>
        <source>Share of negative: {share}</source>
        <translation>Доля негатива: {share}</translation>
    </message>
    <message>
        <source>First reply: median {median}, 90th percentile {p90} ({count} answered)</source>
        <translation>Первый ответ: медиана {median}, 90-й процентиль {p90} (ответов: {count})</translation>
    </message>
    <message>
        <source>Answered on time: {percent} of {due} due</source>
        <translation>Ответ в срок: {percent} из {due} с наступившим сроком</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
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
        <source>Making the demo base…</source>
        <translation>Готовлю демо-базу…</translation>
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
        <source> (copy)</source>
        <translation> (копия)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>A copy with every edit is saved: {path}</source>
        <translation>Копия со всеми изменениями сохранена: {path}</translation>
    </message>
    <message>
        <source>About smmdesk</source>
        <translation>О программе smmdesk</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Not a number.</source>
        <translation>Это не число.</translation>
    </message>
</context>
<context>
    <name>FormatsPage</name>
    <message>
        <source>Formats of placement</source>
        <translation>Форматы размещения</translation>
    </message>
    <message>
        <source>The four built-in formats are always there; add your own, rename or retire them.</source>
        <translation>Четыре встроенных формата есть всегда; добавляйте свои, переименовывайте их или выводите из употребления.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Retire / bring back</source>
        <translation>Убрать / вернуть</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>Add a platform…</source>
        <translation>Добавить площадку…</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(не используется)</translation>
    </message>
    <message>
        <source>New format</source>
        <translation>Новый формат</translation>
    </message>
    <message>
        <source>Name (e.g. Reels, Integration, Live):</source>
        <translation>Название (например, Reels, интеграция, прямой эфир):</translation>
    </message>
    <message>
        <source>Add the format {title}</source>
        <translation>Добавление формата «{title}»</translation>
    </message>
    <message>
        <source>Rename the format</source>
        <translation>Переименовать формат</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Rename the format {title}</source>
        <translation>Переименование формата «{title}»</translation>
    </message>
    <message>
        <source>Retire or bring back the format {title}</source>
        <translation>Формат «{title}»: убрать или вернуть</translation>
    </message>
    <message>
        <source>New platform</source>
        <translation>Новая площадка</translation>
    </message>
    <message>
        <source>Name of the platform:</source>
        <translation>Название площадки:</translation>
    </message>
    <message>
        <source>Add the platform {title}</source>
        <translation>Добавление площадки «{title}»</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>A goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Owner (the one accountable):</source>
        <translation>Владелец (кто отвечает):</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Вес:</translation>
    </message>
    <message>
        <source>Under the goal:</source>
        <translation>Внутри цели:</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>KPI</source>
        <translation>КПЭ</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Record a value…</source>
        <translation>Записать значение…</translation>
    </message>
    <message>
        <source>Add a goal…</source>
        <translation>Добавить цель…</translation>
    </message>
    <message>
        <source>Add a KPI…</source>
        <translation>Добавить КПЭ…</translation>
    </message>
    <message>
        <source>Add a checkpoint…</source>
        <translation>Добавить контрольную точку…</translation>
    </message>
    <message>
        <source>Change the goal…</source>
        <translation>Изменить цель…</translation>
    </message>
    <message>
        <source>Delete the goal</source>
        <translation>Удалить цель</translation>
    </message>
    <message>
        <source>Change the KPI…</source>
        <translation>Изменить КПЭ…</translation>
    </message>
    <message>
        <source>Delete the KPI</source>
        <translation>Удалить КПЭ</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {title}</source>
        <translation>История: {title}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>No changes are recorded yet.</source>
        <translation>Изменений пока не записано.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждена</translation>
    </message>
    <message>
        <source>What it changed</source>
        <translation>Что изменила</translation>
    </message>
    <message>
        <source>Re-plan…</source>
        <translation>Перепланировать…</translation>
    </message>
    <message>
        <source>The client approved…</source>
        <translation>Клиент утвердил…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import influencers: {name}</source>
        <translation>Импорт блогеров: {name}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Save this mapping…</source>
        <translation>Сохранить сопоставление…</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Header in row:</source>
        <translation>Заголовок в строке:</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Сохранённое сопоставление:</translation>
    </message>
    <message>
        <source>Each column of the file is matched to a field. Check the matches and correct them where needed; columns set to “—” are not imported.</source>
        <translation>Каждому столбцу файла подобрано поле. Проверьте и при необходимости исправьте; столбцы с «—» не импортируются.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Price: {format}</source>
        <translation>Цена: {format}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Читаю {name}…</translation>
    </message>
    <message>
        <source>(matched automatically)</source>
        <translation>(подобрано автоматически)</translation>
    </message>
    <message>
        <source>No header row was recognised; choose the row and the fields by hand.</source>
        <translation>Строка заголовков не распознана; укажите строку и поля вручную.</translation>
    </message>
    <message>
        <source>{rows} rows read ({encoding}{delimiter}). Header found in row {header}.</source>
        <translation>Прочитано строк: {rows} ({encoding}{delimiter}). Заголовок — в строке {header}.</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(столбец {n})</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Name (e.g. the agency the list comes from):</source>
        <translation>Название (например, агентство, от которого список):</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>What is filled in</source>
        <translation>Что дополнится</translation>
    </message>
    <message>
        <source>Earlier row</source>
        <translation>В строке выше</translation>
    </message>
    <message>
        <source>Taken (the row further down)</source>
        <translation>Взято (строка ниже)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>What was not taken</source>
        <translation>Что не принято</translation>
    </message>
    <message>
        <source>Will add {added}, update {updated}, skip {skipped}; differences with the base: {base}; conflicts inside the file: {inside}.</source>
        <translation>Будет добавлено {added}, обновлено {updated}, пропущено {skipped}; расхождений с базой: {base}; противоречий внутри файла: {inside}.</translation>
    </message>
    <message>
        <source>Differences with the base</source>
        <translation>Расхождения с базой</translation>
    </message>
    <message>
        <source>Conflicts in the file</source>
        <translation>Противоречия в файле</translation>
    </message>
    <message>
        <source>Take the file&apos;s value</source>
        <translation>Взять из файла</translation>
    </message>
    <message>
        <source>The file has rows 1 to {last}: {text} is not one of them.</source>
        <translation>В файле строки с 1 по {last}: строки «{text}» в нём нет.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Пока вы не нажмёте «Импортировать», ничего не записывается.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Добавятся</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Обновятся</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущены</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>отчёт-импорта.csv</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import of {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, skipped {skipped}.</source>
        <translation>Добавлено {added}, обновлено {updated}, пропущено {skipped}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменилось.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed. {error}</source>
        <translation>Импорт не удался; ничего не изменилось. {error}</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Account (handle or link)</source>
        <translation>Аккаунт (ник или ссылка)</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <source>ER, %</source>
        <translation>ER, %</translation>
    </message>
    <message>
        <source>Average reach</source>
        <translation>Средний охват</translation>
    </message>
    <message>
        <source>Average views</source>
        <translation>Средние просмотры</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тематика</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Tax status</source>
        <translation>Налоговый статус</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Blacklist reason</source>
        <translation>Причина чёрного списка</translation>
    </message>
    <message>
        <source>Audience geography</source>
        <translation>География аудитории</translation>
    </message>
    <message>
        <source>Audience age</source>
        <translation>Возраст аудитории</translation>
    </message>
    <message>
        <source>Women in the audience, %</source>
        <translation>Доля женщин в аудитории, %</translation>
    </message>
    <message>
        <source>In the archive</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Согласие на связь</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Effort, h</source>
        <translation>Трудоёмкость, ч</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Ставка в час</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Телефон или e-mail</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Статус доставки</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Переход по ссылке</translation>
    </message>
    <message>
        <source>Review platform</source>
        <translation>Площадка отзыва</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Звёзды</translation>
    </message>
    <message>
        <source>Review link</source>
        <translation>Ссылка на отзыв</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата отзыва</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>row</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>итог</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлён</translation>
    </message>
    <message>
        <source>same as before</source>
        <translation>как раньше</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединена</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>нет согласия</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущена</translation>
    </message>
    <message>
        <source>value not taken</source>
        <translation>значение не принято</translation>
    </message>
    <message>
        <source>on the staff: never asked</source>
        <translation>сотрудник: не спросим никогда</translation>
    </message>
    <message>
        <source>no consent to be contacted: not asked</source>
        <translation>нет согласия на связь: не спросим</translation>
    </message>
</context>
<context>
    <name>InfluencerDetail</name>
    <message>
        <source>Choose an influencer in the table</source>
        <translation>Выберите блогера в таблице</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Тематика:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Blacklist reason:</source>
        <translation>Причина чёрного списка:</translation>
    </message>
    <message>
        <source>Tax status:</source>
        <translation>Налоговый статус:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Messenger:</source>
        <translation>Мессенджер:</translation>
    </message>
    <message>
        <source>Audience geography:</source>
        <translation>География аудитории:</translation>
    </message>
    <message>
        <source>Audience age:</source>
        <translation>Возраст аудитории:</translation>
    </message>
    <message>
        <source>Women in audience, %:</source>
        <translation>Женщин в аудитории, %:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Площадка:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Аккаунт:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Ссылка:</translation>
    </message>
    <message>
        <source>Followers:</source>
        <translation>Подписчики:</translation>
    </message>
    <message>
        <source>ER, %:</source>
        <translation>ER, %:</translation>
    </message>
    <message>
        <source>Average reach:</source>
        <translation>Средний охват:</translation>
    </message>
    <message>
        <source>Average views:</source>
        <translation>Средние просмотры:</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Добавить аккаунт…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удалить аккаунт</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Who changed what about this person, and when</source>
        <translation>Кто и когда что менял у этого человека</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <source>ER, %</source>
        <translation>ER, %</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архиве)</translation>
    </message>
    <message>
        <source>Added {created}; changed {updated}</source>
        <translation>Добавлен {created}; изменён {updated}</translation>
    </message>
    <message>
        <source>Change {field} of {name}</source>
        <translation>Изменение: {field} — {name}</translation>
    </message>
    <message>
        <source>Change the tags of {name}</source>
        <translation>Изменение тегов — {name}</translation>
    </message>
    <message>
        <source>Change the account {handle}</source>
        <translation>Изменение аккаунта {handle}</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>the topics</source>
        <translation>тематика</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>the blacklist reason</source>
        <translation>причина чёрного списка</translation>
    </message>
    <message>
        <source>the tax status</source>
        <translation>налоговый статус</translation>
    </message>
    <message>
        <source>the phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>the e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>the messenger</source>
        <translation>мессенджер</translation>
    </message>
    <message>
        <source>the audience geography</source>
        <translation>география аудитории</translation>
    </message>
    <message>
        <source>the audience age</source>
        <translation>возраст аудитории</translation>
    </message>
    <message>
        <source>the share of women</source>
        <translation>доля женщин</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>Remove an account of {name}</source>
        <translation>Удаление аккаунта — {name}</translation>
    </message>
</context>
<context>
    <name>InfluencerFilters</name>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Налог</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <source>ER, %</source>
        <translation>ER, %</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Archive too</source>
        <translation>И архив</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
</context>
<context>
    <name>InfluencerModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <source>ER, %</source>
        <translation>ER, %</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тематика</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tax status</source>
        <translation>Налоговый статус</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
</context>
<context>
    <name>Influencers</name>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>request sent</source>
        <translation>запрос отправлен</translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation>переговоры</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>согласован</translation>
    </message>
    <message>
        <source>working</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>blacklist</source>
        <translation>чёрный список</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>self-employed (NPD)</source>
        <translation>самозанятый (НПД)</translation>
    </message>
    <message>
        <source>sole trader / company on USN</source>
        <translation>ИП/ООО на УСН</translation>
    </message>
    <message>
        <source>sole trader / company paying VAT</source>
        <translation>ИП/ООО с НДС</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>физлицо</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>product returned</source>
        <translation>продукт возвращается</translation>
    </message>
    <message>
        <source>product kept</source>
        <translation>продукт остаётся у блогера</translation>
    </message>
    <message>
        <source>Photo with the product</source>
        <translation>Фото с продуктом</translation>
    </message>
    <message>
        <source>Photo at an event</source>
        <translation>Фото на мероприятии</translation>
    </message>
    <message>
        <source>Video with the product</source>
        <translation>Видео с продуктом</translation>
    </message>
    <message>
        <source>Video at an event</source>
        <translation>Видео на мероприятии</translation>
    </message>
</context>
<context>
    <name>InfluencersWindow</name>
    <message>
        <source>Search: name, account, city, topics, tags, notes</source>
        <translation>Поиск: имя, аккаунт, город, тематика, теги, заметки</translation>
    </message>
    <message>
        <source>The base is empty</source>
        <translation>База пока пуста</translation>
    </message>
    <message>
        <source>Here you keep the bloggers you work with: their accounts, followers, ER and the price of each format. Import the list your agency keeps (CSV or XLSX), add a blogger by hand, or look around in the demo base first.</source>
        <translation>Здесь хранятся блогеры, с которыми вы работаете: их аккаунты, подписчики, ER и цена каждого формата. Импортируйте список, который ведёт агентство (CSV или XLSX), добавьте блогера вручную или сначала осмотритесь в демо-базе.</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Импортировать список…</translation>
    </message>
    <message>
        <source>Add a blogger…</source>
        <translation>Добавить блогера…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Открыть демо-базу</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>A new influencer (Ctrl+N)</source>
        <translation>Новый блогер (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>loading… the first {shown}</source>
        <translation>загрузка… показаны первые {shown}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
    <message>
        <source>Import influencers</source>
        <translation>Импорт блогеров</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx *.txt *.tsv);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>An initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation>Инициатива:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation>Связана с:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Цель:</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <source>A KPI</source>
        <translation>КПЭ</translation>
    </message>
    <message>
        <source>What is measured:</source>
        <translation>Что измеряется:</translation>
    </message>
    <message>
        <source>values typed in (check-ins)</source>
        <translation>значения, введённые вручную</translation>
    </message>
    <message>
        <source>Followed by:</source>
        <translation>Источник значения:</translation>
    </message>
    <message>
        <source>Of:</source>
        <translation>По чему:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Единица:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Исходное значение:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Целевое значение:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>raise it</source>
        <translation>повысить</translation>
    </message>
    <message>
        <source>lower it</source>
        <translation>снизить</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Вес:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>{title} (№{number})</source>
        <translation>{title} (№{number})</translation>
    </message>
</context>
<context>
    <name>KpisWindow</name>
    <message>
        <source>Costs with the agency fee and VAT</source>
        <translation>Стоимость с комиссией агентства и НДС</translation>
    </message>
    <message>
        <source>Report for the client</source>
        <translation>Отчёт для клиента</translation>
    </message>
    <message>
        <source>Excel (XLSX)…</source>
        <translation>Excel (XLSX)…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Excel and PDF…</source>
        <translation>Excel и PDF…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <source>Type a target into “Plan”; an empty plan removes it. Costs are lower-is-better.</source>
        <translation>Впишите цель в столбец «План»; пустой план убирает цель. Для стоимостных показателей чем меньше, тем лучше.</translation>
    </message>
    <message>
        <source>Reach and views</source>
        <translation>Охват и просмотры</translation>
    </message>
    <message>
        <source>Cost by influencer</source>
        <translation>Стоимость по блогерам</translation>
    </message>
    <message>
        <source>Formats and platforms</source>
        <translation>Форматы и площадки</translation>
    </message>
    <message>
        <source>Cost and budget</source>
        <translation>Стоимость и бюджет</translation>
    </message>
    <message>
        <source>Payments to bloggers (internal)</source>
        <translation>Оплаты блогерам (внутреннее)</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Payments (internal)</source>
        <translation>Оплаты (внутреннее)</translation>
    </message>
    <message>
        <source>what the agency owes and paid the bloggers, never in a client&apos;s file</source>
        <translation>что агентство должно блогерам и что уже заплатило; никогда не попадает в файлы клиента</translation>
    </message>
    <message>
        <source>Save the chart…</source>
        <translation>Сохранить график…</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>No campaign has placements yet: approve an estimate first.</source>
        <translation>Ни в одной кампании ещё нет размещений: сначала согласуйте смету.</translation>
    </message>
    <message>
        <source>{client}. Publications: {published} of {planned}; cost {cost}.</source>
        <translation>{client}. Публикаций: {published} из {planned}; стоимость {cost}.</translation>
    </message>
    <message>
        <source>Not a number: {text}</source>
        <translation>Это не число: {text}</translation>
    </message>
    <message>
        <source>The target for {kpi}</source>
        <translation>Цель по показателю {kpi}</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Сохранение графика</translation>
    </message>
    <message>
        <source>Saving the chart…</source>
        <translation>Сохраняю график…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Записываю отчёт…</translation>
    </message>
    <message>
        <source>Exported: {path}</source>
        <translation>Выгружено: {path}</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <source>New query</source>
        <translation>Новый запрос</translation>
    </message>
    <message>
        <source>Named lists…</source>
        <translation>Именованные списки…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Save the query</source>
        <translation>Сохранить запрос</translation>
    </message>
    <message>
        <source>A word: its forms and spellings</source>
        <translation>Слово: его формы и написания</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Test on the imported mentions</source>
        <translation>Проверить на загруженных упоминаниях</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Для:</translation>
    </message>
    <message>
        <source>The query reads correctly.</source>
        <translation>Запрос записан верно.</translation>
    </message>
    <message>
        <source>Forms: {forms}</source>
        <translation>Формы: {forms}</translation>
    </message>
    <message>
        <source>Not in the dictionary; other spellings: {spellings}</source>
        <translation>Нет в словаре; другие написания: {spellings}</translation>
    </message>
    <message>
        <source>Export the query</source>
        <translation>Экспорт запроса</translation>
    </message>
    <message>
        <source>Save the query {name}</source>
        <translation>Сохранить запрос {name}</translation>
    </message>
    <message>
        <source>Finds {count} of {total} mentions.</source>
        <translation>Находит {count} из {total} упоминаний.</translation>
    </message>
    <message>
        <source>Precision by {marked} marks: {value} % (95 %: {low}–{high} %)</source>
        <translation>Точность по {marked} отметкам: {value} % (95 %: {low}–{high} %)</translation>
    </message>
    <message>
        <source>The edit gains {gained} and loses {lost}.</source>
        <translation>Правка добавляет {gained} и теряет {lost}.</translation>
    </message>
    <message>
        <source>Mark a mention</source>
        <translation>Отметить упоминание</translation>
    </message>
</context>
<context>
    <name>LineTools</name>
    <message>
        <source>+ From the base…</source>
        <translation>+ Из базы…</translation>
    </message>
    <message>
        <source>Choose influencers in the base, then “With selected → Add to an estimate”</source>
        <translation>Выберите блогеров в базе, затем «С выбранными → Добавить в смету»</translation>
    </message>
    <message>
        <source>+ Cost…</source>
        <translation>+ Расход…</translation>
    </message>
    <message>
        <source>Another cost: production, product, delivery…</source>
        <translation>Прочий расход: продакшн, продукт, доставка…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>no grouping</source>
        <translation>без группировки</translation>
    </message>
    <message>
        <source>by platform</source>
        <translation>по площадкам</translation>
    </message>
    <message>
        <source>by influencer</source>
        <translation>по блогерам</translation>
    </message>
    <message>
        <source>by format</source>
        <translation>по форматам</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>по неделям</translation>
    </message>
    <message>
        <source>Internal view</source>
        <translation>Внутренний вид</translation>
    </message>
    <message>
        <source>The bloggers&apos; fees, the agency&apos;s margin and tax statuses; never exported</source>
        <translation>Гонорары блогеров, маржа агентства и налоговые статусы; в выгрузки не попадают</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группировка:</translation>
    </message>
    <message>
        <source>Add a cost to the estimate</source>
        <translation>Добавить расход в смету</translation>
    </message>
    <message>
        <source>Duplicate lines</source>
        <translation>Дублировать строки</translation>
    </message>
    <message>
        <source>Delete lines of the estimate</source>
        <translation>Удалить строки сметы</translation>
    </message>
    <message>
        <source>Lines are moved with the grouping off.</source>
        <translation>Строки можно переставлять только без группировки.</translation>
    </message>
    <message>
        <source>Move lines</source>
        <translation>Переставить строки</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <source>Named lists</source>
        <translation>Именованные списки</translation>
    </message>
    <message>
        <source>Name (queries use it in braces)</source>
        <translation>Название (в запросах — в фигурных скобках)</translation>
    </message>
    <message>
        <source>One entry a line: a word, a phrase in quotes, a query</source>
        <translation>По записи в строке: слово, фраза в кавычках, запрос</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Новый список</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Сохранить список</translation>
    </message>
    <message>
        <source>Delete the list</source>
        <translation>Удалить список</translation>
    </message>
    <message>
        <source>Save the list {name}</source>
        <translation>Сохранить список {name}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Delete the list {name}</source>
        <translation>Удалить список {name}</translation>
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
        <source>Open the &amp;demo</source>
        <translation>Открыть &amp;демо-базу</translation>
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
        <source>Save a &amp;copy…</source>
        <translation>Со&amp;хранить копию…</translation>
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
        <source>New &amp;record</source>
        <translation>Новая &amp;запись</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
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
        <source>No file is open</source>
        <translation>Файл не открыт</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as a viewer</source>
        <translation>Только чтение: вы вошли как наблюдатель</translation>
    </message>
    <message>
        <source>Read-only: {why}</source>
        <translation>Только чтение: {why}</translation>
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
    <name>MentionExport</name>
    <message>
        <source>Services</source>
        <translation>Сервисы</translation>
    </message>
    <message>
        <source>Link as imported</source>
        <translation>Ссылка как в выгрузке</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Published (UTC)</source>
        <translation>Опубликовано (UTC)</translation>
    </message>
    <message>
        <source>Collected (UTC)</source>
        <translation>Собрано (UTC)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline (UTC)</source>
        <translation>Срок ответа (UTC)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
</context>
<context>
    <name>MentionFields</name>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Mention id</source>
        <translation>ID упоминания</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Published (time)</source>
        <translation>Опубликовано (время)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Собрано</translation>
    </message>
    <message>
        <source>Collected (time)</source>
        <translation>Собрано (время)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Author&apos;s handle</source>
        <translation>Ник автора</translation>
    </message>
    <message>
        <source>Author&apos;s link</source>
        <translation>Ссылка на автора</translation>
    </message>
    <message>
        <source>Author&apos;s followers</source>
        <translation>Подписчики автора</translation>
    </message>
    <message>
        <source>Place (channel, group, site)</source>
        <translation>Место (канал, группа, сайт)</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>MentionImportDialog</name>
    <message>
        <source>Import mentions: {name}</source>
        <translation>Загрузка упоминаний: {name}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>(matched automatically)</source>
        <translation>(сопоставлено автоматически)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Name (e.g. the service the export is from):</source>
        <translation>Название (например, сервис, из которого выгрузка):</translation>
    </message>
    <message>
        <source>Not counted: cancelled. Correct a column to count again.</source>
        <translation>Не подсчитано: подсчёт отменён. Исправьте столбец, чтобы подсчитать снова.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Counting {name}</source>
        <translation>Подсчёт: {name}</translation>
    </message>
    <message>
        <source>Add {added}, same as before {same}, skipped {skipped}.</source>
        <translation>Будет добавлено {added}, как раньше {same}, пропущено {skipped}.</translation>
    </message>
    <message>
        <source>No column is the link.</source>
        <translation>Ни один столбец не выбран как ссылка.</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Строка {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Лайки</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Репосты</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Сохранения</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Клики</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>статистика</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>скриншот</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Вовлечения</translation>
    </message>
</context>
<context>
    <name>MetricsGrid</name>
    <message>
        <source>Import statistics…</source>
        <translation>Импорт статистики…</translation>
    </message>
    <message>
        <source>A CSV or XLSX with a column of links and columns of figures</source>
        <translation>CSV или XLSX со столбцом ссылок и столбцами показателей</translation>
    </message>
    <message>
        <source>Typed figures are saved as:</source>
        <translation>Вводимые цифры сохраняются как:</translation>
    </message>
    <message>
        <source>taken on</source>
        <translation>дата съёма</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Not a number: {text}</source>
        <translation>Это не число: {text}</translation>
    </message>
    <message>
        <source>Figures of {name}</source>
        <translation>Показатели: {name}</translation>
    </message>
    <message>
        <source>Import statistics</source>
        <translation>Импорт статистики</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>Таблицы (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Читаю {name}…</translation>
    </message>
    <message>
        <source>Rows matched to publications by link: {count}.</source>
        <translation>Строк сопоставлено со ссылками публикаций: {count}.</translation>
    </message>
    <message>
        <source>Links not found among the publications: {count}.</source>
        <translation>Ссылок не найдено среди публикаций: {count}.</translation>
    </message>
    <message>
        <source>Row {row}: {url}</source>
        <translation>Строка {row}: {url}</translation>
    </message>
    <message>
        <source>Rows refused: {count}.</source>
        <translation>Строк отклонено: {count}.</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Строка {row}: {reason}</translation>
    </message>
    <message>
        <source>Rows with figures not taken (the rest of each row is imported): {count}.</source>
        <translation>Строк, где не взяты отдельные цифры (остальное в строке импортируется): {count}.</translation>
    </message>
    <message>
        <source>Row {row}: not taken — {figures}</source>
        <translation>Строка {row}: не взято — {figures}</translation>
    </message>
    <message>
        <source>The figures will be saved as “{source}”, taken on {date} unless the file gives a date.</source>
        <translation>Цифры сохранятся с источником «{source}» и датой съёма {date}, если в файле нет своей даты.</translation>
    </message>
    <message>
        <source>Import statistics from {name}</source>
        <translation>Импорт статистики из {name}</translation>
    </message>
</context>
<context>
    <name>MotivationTab</name>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договорённость</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>From / due</source>
        <translation>С / к сроку</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>За что</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Money due</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>Bonuses not yet earned</source>
        <translation>Бонусы ещё не заработаны</translation>
    </message>
    <message>
        <source>Barter</source>
        <translation>Бартер</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Add an agreement…</source>
        <translation>Добавить договорённость…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Record a payment…</source>
        <translation>Записать выплату…</translation>
    </message>
    <message>
        <source>Budget by month</source>
        <translation>Бюджет по месяцам</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Выплаты</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New influencer</source>
        <translation>Новый блогер</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новый аккаунт</translation>
    </message>
    <message>
        <source>e.g. Анна Смирнова</source>
        <translation>например, Анна Смирнова</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Площадка:</translation>
    </message>
    <message>
        <source>@name or a link to the profile</source>
        <translation>@ник или ссылка на профиль</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Аккаунт:</translation>
    </message>
    <message>
        <source>e.g. 12 500 or 1,2 млн</source>
        <translation>например, 12 500 или 1,2 млн</translation>
    </message>
    <message>
        <source>Followers:</source>
        <translation>Подписчики:</translation>
    </message>
    <message>
        <source>e.g. 15 000 (optional)</source>
        <translation>например, 15 000 (можно не указывать)</translation>
    </message>
    <message>
        <source>First price:</source>
        <translation>Первая цена:</translation>
    </message>
    <message>
        <source>Followers: not a number.</source>
        <translation>Подписчики: это не число.</translation>
    </message>
    <message>
        <source>Add the influencer {name}</source>
        <translation>Добавление блогера {name}</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Добавление аккаунта</translation>
    </message>
</context>
<context>
    <name>NewStrategyDialog</name>
    <message>
        <source>New strategy</source>
        <translation>Новая стратегия</translation>
    </message>
    <message>
        <source>the agency&apos;s own brand</source>
        <translation>собственный бренд агентства</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>Чья:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>the strategy&apos;s first day</source>
        <translation>первый день стратегии</translation>
    </message>
    <message>
        <source>the strategy&apos;s last day</source>
        <translation>последний день стратегии</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Find a participant</source>
        <translation>Найти участника</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>As given</source>
        <translation>Как указано</translation>
    </message>
    <message>
        <source>Set aside because</source>
        <translation>Не допущен, потому что</translation>
    </message>
    <message>
        <source>Paste a list…</source>
        <translation>Вставить список…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Импорт из файла…</translation>
    </message>
    <message>
        <source>A comment export (CSV, XLSX) with the author in a column, or a text file</source>
        <translation>Выгрузка комментариев (CSV, XLSX) с автором в отдельном столбце или текстовый файл</translation>
    </message>
    <message>
        <source>Set aside…</source>
        <translation>Не допустить…</translation>
    </message>
    <message>
        <source>Let back in</source>
        <translation>Допустить снова</translation>
    </message>
    <message>
        <source>Freeze the list</source>
        <translation>Заморозить список</translation>
    </message>
    <message>
        <source>Entries {total}, eligible {eligible}, set aside {aside}.</source>
        <translation>Заявок {total}, допущено {eligible}, отложено {aside}.</translation>
    </message>
    <message>
        <source>The list is frozen since {when}.</source>
        <translation>Список заморожен с {when}.</translation>
    </message>
    <message>
        <source>Added: {added}; already in the list or repeated: {repeats}.</source>
        <translation>Добавлено: {added}; уже были в списке или повторяются: {repeats}.</translation>
    </message>
    <message>
        <source>Not a handle or a profile link ({count}):</source>
        <translation>Не ник и не ссылка на профиль ({count}):</translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation>строка {line}: {text}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>One handle or profile link per line:</source>
        <translation>По одному нику или ссылке на профиль в строке:</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Вставить список</translation>
    </message>
    <message>
        <source>Add participants to {title}</source>
        <translation>Добавить участников в «{title}»</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>Tables and lists (*.csv *.xlsx *.txt)</source>
        <translation>Таблицы и списки (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Читаю {name}…</translation>
    </message>
    <message>
        <source>Import participants from {name}</source>
        <translation>Импорт участников из {name}</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Не допустить</translation>
    </message>
    <message>
        <source>Why cannot they win?</source>
        <translation>Почему не может выиграть?</translation>
    </message>
    <message>
        <source>Set aside {count} participants</source>
        <translation>Не допустить участников: {count}</translation>
    </message>
    <message>
        <source>Let {count} participants back in</source>
        <translation>Допустить снова участников: {count}</translation>
    </message>
    <message>
        <source>After freezing, no one can be added or set aside. The draw uses this list. Freeze it?</source>
        <translation>После заморозки никого нельзя добавить или отстранить. Розыгрыш пройдёт по этому списку. Заморозить?</translation>
    </message>
    <message>
        <source>Freeze the list of {title}</source>
        <translation>Заморозить список «{title}»</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>A payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Left to pay: {left}</source>
        <translation>Осталось оплатить: {left}</translation>
    </message>
    <message>
        <source>e.g. 15 000</source>
        <translation>например, 15 000</translation>
    </message>
    <message>
        <source>e.g. payment order 123 of 05.10</source>
        <translation>например, п/п 123 от 05.10</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>the day it was paid</source>
        <translation>день оплаты</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Способ:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>A motivation payment</source>
        <translation>Выплата по мотивации</translation>
    </message>
    <message>
        <source>Under the agreement:</source>
        <translation>По договорённости:</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>Дата оплаты:</translation>
    </message>
    <message>
        <source>Amount, ₽:</source>
        <translation>Сумма, ₽:</translation>
    </message>
</context>
<context>
    <name>PaymentsRegister</name>
    <message>
        <source>Export to XLSX…</source>
        <translation>Выгрузить в XLSX…</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Оплачено с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За что</translation>
    </message>
    <message>
        <source>all in the campaign</source>
        <translation>все размещения в кампании</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Payments: {count}, in all {total}</source>
        <translation>Платежей: {count}, всего {total}</translation>
    </message>
    <message>
        <source>Export the payments register</source>
        <translation>Выгрузка реестра платежей</translation>
    </message>
    <message>
        <source>Exporting the payments register…</source>
        <translation>Выгружаю реестр платежей…</translation>
    </message>
    <message>
        <source>Exported: {path}</source>
        <translation>Выгружено: {path}</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Fee, {symbol}:</source>
        <translation>Гонорар, {symbol}:</translation>
    </message>
    <message>
        <source>what the blogger gets for this publication</source>
        <translation>сколько блогер получает за эту публикацию</translation>
    </message>
    <message>
        <source>Pay by:</source>
        <translation>Оплатить до:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За что</translation>
    </message>
    <message>
        <source>all in the campaign</source>
        <translation>все размещения в кампании</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Оплата…</translation>
    </message>
    <message>
        <source>For all of the blogger&apos;s placements…</source>
        <translation>За все размещения блогера…</translation>
    </message>
    <message>
        <source>One payment for all of this blogger&apos;s placements in the campaign</source>
        <translation>Одна оплата за все размещения этого блогера в кампании</translation>
    </message>
    <message>
        <source>Delete the payment</source>
        <translation>Удалить оплату</translation>
    </message>
    <message>
        <source>Paid {paid} of {fee}; left {left} — {state}.</source>
        <translation>Оплачено {paid} из {fee}; осталось {left} — {state}.</translation>
    </message>
    <message>
        <source>{name}: all placements in {campaign}</source>
        <translation>{name}: все размещения в кампании «{campaign}»</translation>
    </message>
    <message>
        <source>A payment to {name}</source>
        <translation>Оплата: {name}</translation>
    </message>
    <message>
        <source>Delete the payment of {amount} of {date}?</source>
        <translation>Удалить оплату {amount} от {date}?</translation>
    </message>
    <message>
        <source>Delete a payment</source>
        <translation>Удалить оплату</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <source>Rate, ₽/h</source>
        <translation>Ставка, ₽/ч</translation>
    </message>
    <message>
        <source>Role short</source>
        <translation>Роль с нехваткой</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Недель</translation>
    </message>
    <message>
        <source>Hours short</source>
        <translation>Не хватает часов</translation>
    </message>
    <message>
        <source>People at most</source>
        <translation>Людей (максимум)</translation>
    </message>
    <message>
        <source>Cost of contractors</source>
        <translation>Стоимость подрядчиков</translation>
    </message>
    <message>
        <source>Import people…</source>
        <translation>Загрузить исполнителей…</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Добавить исполнителя…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Each cell: the role&apos;s load as % of its capacity that week; red where it is short.</source>
        <translation>В каждой клетке — загрузка роли в % от её возможностей за неделю; красным — где людей не хватает.</translation>
    </message>
    <message>
        <source>Load by week</source>
        <translation>Загрузка по неделям</translation>
    </message>
    <message>
        <source>Who is missing</source>
        <translation>Кого не хватает</translation>
    </message>
</context>
<context>
    <name>PlacementDetail</name>
    <message>
        <source>Choose a placement in the table</source>
        <translation>Выберите размещение в таблице</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Скриншоты</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>Слот:</translation>
    </message>
    <message>
        <source>Agreed with the blogger:</source>
        <translation>Согласовано с блогером:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Опубликовано:</translation>
    </message>
    <message>
        <source>Off the slot by:</source>
        <translation>Отклонение от слота:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>The publication date is in the future.</source>
        <translation>Дата публикации — в будущем.</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Ссылка:</translation>
    </message>
    <message>
        <source>the ad token, e.g. 2VtzqxKQWP8</source>
        <translation>токен рекламы, например 2VtzqxKQWP8</translation>
    </message>
    <message>
        <source>ERID:</source>
        <translation>ERID:</translation>
    </message>
    <message>
        <source>Ad label:</source>
        <translation>Пометка «Реклама»:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>The publication date {date} is in the future. Is it really published already?</source>
        <translation>Дата публикации {date} ещё не наступила. Публикация правда уже вышла?</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Change the placement of {name}</source>
        <translation>Изменить размещение: {name}</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <source>The slot has passed and the publication has not appeared.</source>
        <translation>Слот прошёл, а публикации нет.</translation>
    </message>
    <message>
        <source>Published without an ad token (ERID).</source>
        <translation>Опубликовано без токена рекламы (ERID).</translation>
    </message>
    <message>
        <source>The payment is overdue.</source>
        <translation>Оплата просрочена.</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>agreed with the blogger</source>
        <translation>согласовано с блогером</translation>
    </message>
    <message>
        <source>content on approval</source>
        <translation>контент на согласовании</translation>
    </message>
    <message>
        <source>published</source>
        <translation>опубликовано</translation>
    </message>
    <message>
        <source>late</source>
        <translation>с опозданием</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>сорвано</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>prepayment</source>
        <translation>предоплата</translation>
    </message>
    <message>
        <source>final payment</source>
        <translation>окончательный расчёт</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>перевод на счёт</translation>
    </message>
    <message>
        <source>card</source>
        <translation>на карту</translation>
    </message>
    <message>
        <source>SBP</source>
        <translation>СБП</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>наличные</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>без гонорара</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>не оплачено</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>оплачено частично</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>оплачено</translation>
    </message>
    <message>
        <source>Reach is greater than views: check the figures.</source>
        <translation>Охват больше просмотров: проверьте цифры.</translation>
    </message>
</context>
<context>
    <name>PlacementsWindow</name>
    <message>
        <source>Influencer or account</source>
        <translation>Блогер или аккаунт</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>все статусы</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>слот прошёл</translation>
    </message>
    <message>
        <source>published without ERID</source>
        <translation>опубликовано без ERID</translation>
    </message>
    <message>
        <source>not paid in full</source>
        <translation>оплачено не полностью</translation>
    </message>
    <message>
        <source>Slots from</source>
        <translation>Слоты с</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Set for the selected</source>
        <translation>Поставить выбранным</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde2e2&apos;&gt;&amp;nbsp;slot passed&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff1d6&apos;&gt;&amp;nbsp;no ERID&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ece4f7&apos;&gt;&amp;nbsp;payment overdue&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fde2e2&apos;&gt;&amp;nbsp;слот прошёл&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff1d6&apos;&gt;&amp;nbsp;нет ERID&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ece4f7&apos;&gt;&amp;nbsp;оплата просрочена&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Размещения</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>To capture</source>
        <translation>Снять статистику</translation>
    </message>
    <message>
        <source>Payments register</source>
        <translation>Реестр платежей</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Блогер</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Гонорар</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Осталось оплатить</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>part, {share}</source>
        <translation>частично, {share}</translation>
    </message>
    <message>
        <source>in full</source>
        <translation>полностью</translation>
    </message>
    <message>
        <source>part</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>не оплачено</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>без гонорара</translation>
    </message>
    <message>
        <source>Paid {paid} of {fee}</source>
        <translation>Оплачено {paid} из {fee}</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Скрины</translation>
    </message>
    <message>
        <source>all campaigns</source>
        <translation>все кампании</translation>
    </message>
    <message>
        <source>To capture ({count})</source>
        <translation>Снять статистику ({count})</translation>
    </message>
    <message>
        <source>Placements: {count}; slot passed: {late}; without ERID: {no_erid}; payments overdue: {pay_late}; left to pay: {owed}</source>
        <translation>Размещений: {count}; слот прошёл: {late}; без ERID: {no_erid}; просрочено оплат: {pay_late}; осталось оплатить: {owed}</translation>
    </message>
    <message>
        <source>Set the status of {count} placements</source>
        <translation>Статус для размещений: {count}</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Placement plan: {client} — {campaign}</source>
        <translation>План размещений: {client} — {campaign}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Период: {period}</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Блогер</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Without a date: {count}</source>
        <translation>Без даты: {count}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Отвечает (A)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненной</translation>
    </message>
    <message>
        <source>Import tasks…</source>
        <translation>Загрузить задачи…</translation>
    </message>
    <message>
        <source>Add a task…</source>
        <translation>Добавить задачу…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add an initiative…</source>
        <translation>Добавить инициативу…</translation>
    </message>
    <message>
        <source>Change the task&apos;s RACI…</source>
        <translation>Изменить RACI задачи…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
</context>
<context>
    <name>PlanWindow</name>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделя</translation>
    </message>
    <message>
        <source>a row per influencer</source>
        <translation>строка на блогера</translation>
    </message>
    <message>
        <source>a row per platform</source>
        <translation>строка на площадку</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>Выгрузить в XLSX</translation>
    </message>
    <message>
        <source>The calendar as a spreadsheet, in the language you choose</source>
        <translation>Календарь в виде таблицы, на выбранном языке</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <source>Drag a placement to another day to move it (Ctrl+Z undoes). Red: a conflict.</source>
        <translation>Перетащите размещение на другой день, чтобы перенести (Ctrl+Z отменяет). Красным — конфликт.</translation>
    </message>
    <message>
        <source>Without a date: {count}</source>
        <translation>Без даты: {count}</translation>
    </message>
    <message>
        <source>Outside the campaign&apos;s period: {count}</source>
        <translation>Вне периода кампании: {count}</translation>
    </message>
    <message>
        <source>Double bookings: {count}</source>
        <translation>Двойные бронирования: {count}</translation>
    </message>
    <message>
        <source>Move placements to {day}</source>
        <translation>Перенести размещения на {day}</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Экспорт плана</translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation>Выгружаю план…</translation>
    </message>
    <message>
        <source>Exported: {path}</source>
        <translation>Выгружено: {path}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Photo (event)</source>
        <translation>Фото меропр.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Video (event)</source>
        <translation>Видео меропр.</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Dzen</source>
        <translation>Дзен</translation>
    </message>
    <message>
        <source>RuTube</source>
        <translation>RuTube</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>customer&apos;s name</source>
        <translation>имя клиента</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>бренд</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>площадка</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <source>date of the incident</source>
        <translation>дата случая</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>что случилось</translation>
    </message>
    <message>
        <source>a detail from the message</source>
        <translation>деталь из сообщения</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>что сделано</translation>
    </message>
    <message>
        <source>the next step</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <source>where to write</source>
        <translation>куда написать</translation>
    </message>
    <message>
        <source>who answers</source>
        <translation>кто отвечает</translation>
    </message>
    <message>
        <source>{customer_name}, we are sorry that order {order_id} came late. We have {action_taken}. {next_step}. — {responder_role}, {brand}</source>
        <translation>{customer_name}, нам жаль, что заказ {order_id} приехал с опозданием. Мы {action_taken}. {next_step}. — {responder_role}, {brand}</translation>
    </message>
    <message>
        <source>{customer_name}, thank you for telling us about {specific_detail}. That is not the quality {brand} stands for. Please write to {contact_channel} with order {order_id}: {next_step}.</source>
        <translation>{customer_name}, спасибо, что рассказали про {specific_detail}. Это не то качество, за которое отвечает {brand}. Напишите, пожалуйста, в {contact_channel} с номером заказа {order_id}: {next_step}.</translation>
    </message>
    <message>
        <source>{customer_name}, we apologise for how you were treated on {incident_date}. We have {action_taken}. — {responder_role}, {brand}</source>
        <translation>{customer_name}, приносим извинения за то, как с вами обошлись {incident_date}. Мы {action_taken}. — {responder_role}, {brand}</translation>
    </message>
    <message>
        <source>{customer_name}, we have checked order {order_id}: {action_taken}. {next_step}. If anything is still wrong, write to {contact_channel}.</source>
        <translation>{customer_name}, мы проверили заказ {order_id}: {action_taken}. {next_step}. Если что-то ещё не так, напишите в {contact_channel}.</translation>
    </message>
    <message>
        <source>{customer_name}, your safety comes first. Please write to {contact_channel} so we can look into {issue_summary} today; {responder_role} is already on it.</source>
        <translation>{customer_name}, ваша безопасность — главное. Напишите, пожалуйста, в {contact_channel}, чтобы мы сегодня же разобрались: {issue_summary}; {responder_role} уже занимается этим.</translation>
    </message>
    <message>
        <source>{customer_name}, we have received your message about {issue_summary} and passed it to our legal team. We will answer through {contact_channel}.</source>
        <translation>{customer_name}, мы получили ваше сообщение ({issue_summary}) и передали его юристам. Ответим через {contact_channel}.</translation>
    </message>
    <message>
        <source>We could not find an order or a visit matching this review on {platform}. If it is yours, please write to {contact_channel} and we will sort it out. — {brand}</source>
        <translation>Мы не нашли заказа или визита, которые соответствуют этому отзыву на {platform}. Если отзыв ваш, напишите, пожалуйста, в {contact_channel} — разберёмся. — {brand}</translation>
    </message>
    <message>
        <source>Thank you for the question. This publication was made with {brand}; {action_taken}. — {responder_role}</source>
        <translation>Спасибо за вопрос. Эта публикация сделана вместе с {brand}; {action_taken}. — {responder_role}</translation>
    </message>
    <message>
        <source>{brand} comments on {issue_summary}: {action_taken}. {next_step}. Contact for the press: {contact_channel}.</source>
        <translation>Комментарий {brand} по поводу: {issue_summary}. {action_taken}. {next_step}. Контакт для прессы: {contact_channel}.</translation>
    </message>
    <message>
        <source>{customer_name}, thank you! We are glad {specific_detail} — we will tell the team. — {brand}</source>
        <translation>{customer_name}, спасибо! Рады, что {specific_detail}, — обязательно передадим команде. — {brand}</translation>
    </message>
    <message>
        <source>We see your message about {issue_summary} and are looking into it now. We will write here again by {next_step}. — {brand}</source>
        <translation>Мы видим ваше сообщение ({issue_summary}) и уже разбираемся. Напишем здесь снова не позднее: {next_step}. — {brand}</translation>
    </message>
    <message>
        <source>{brand} knows about {issue_summary} and is establishing the facts. We will make a statement by {next_step}; until then, questions to {contact_channel}.</source>
        <translation>{brand} знает о ситуации ({issue_summary}) и устанавливает факты. Заявление сделаем не позднее: {next_step}; до тех пор вопросы — в {contact_channel}.</translation>
    </message>
    <message>
        <source>Answer in public first, then take the details to private messages.</source>
        <translation>Сначала ответьте публично, затем переведите подробности в личные сообщения.</translation>
    </message>
    <message>
        <source>Call the person by name; sign with a role, not «administration».</source>
        <translation>Обращайтесь по имени; подписывайтесь ролью, а не «администрация».</translation>
    </message>
    <message>
        <source>Apologise for what happened, not «if you were upset».</source>
        <translation>Извиняйтесь за случившееся, а не «если вас расстроило».</translation>
    </message>
    <message>
        <source>Never argue, blame the customer or discuss their motives.</source>
        <translation>Не спорьте, не обвиняйте клиента и не обсуждайте его мотивы.</translation>
    </message>
    <message>
        <source>Name what was done and the next step with its date.</source>
        <translation>Назовите, что сделано, и следующий шаг с датой.</translation>
    </message>
    <message>
        <source>No promises of compensation or legal statements without L3 approval.</source>
        <translation>Никаких обещаний компенсации и юридических заявлений без согласования L3.</translation>
    </message>
    <message>
        <source>Do not paste one reply everywhere: mention a detail of the message.</source>
        <translation>Не вставляйте один ответ везде: упомяните деталь из сообщения.</translation>
    </message>
    <message>
        <source>Do not ask for personal data in public.</source>
        <translation>Не просите персональные данные публично.</translation>
    </message>
</context>
<context>
    <name>PrizesTab</name>
    <message>
        <source>Add a prize</source>
        <translation>Добавить приз</translation>
    </message>
    <message>
        <source>Remove the prize</source>
        <translation>Убрать приз</translation>
    </message>
    <message>
        <source>A prize worth over {limit} a year to one winner is subject to personal income tax (NDFL): the organiser withholds it or tells the winner. Such prizes are highlighted.</source>
        <translation>Приз дороже {limit} в год одному победителю облагается НДФЛ: организатор удерживает налог или предупреждает победителя. Такие призы выделены.</translation>
    </message>
    <message>
        <source>due: worth over 4 000 ₽</source>
        <translation>облагается: дороже 4 000 ₽</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Приз</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Value each</source>
        <translation>Стоимость единицы</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <source>Personal income tax</source>
        <translation>НДФЛ</translation>
    </message>
    <message>
        <source> — over the budget of {budget}</source>
        <translation> — сверх бюджета {budget}</translation>
    </message>
    <message>
        <source>Prizes {prizes}; other costs {other}; in all {total}{over}; per eligible participant {each}.</source>
        <translation>Призы {prizes}; прочие расходы {other}; всего {total}{over}; на одного допущенного участника {each}.</translation>
    </message>
    <message>
        <source>Prizes of {title}</source>
        <translation>Призы конкурса «{title}»</translation>
    </message>
    <message>
        <source>Not a number: {text}</source>
        <translation>Это не число: {text}</translation>
    </message>
</context>
<context>
    <name>ProofTab</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Скриншоты</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Add a screenshot</source>
        <translation>Добавить скриншот</translation>
    </message>
    <message>
        <source>Delete a screenshot</source>
        <translation>Удалить скриншот</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>Find in text and author (all word forms)</source>
        <translation>Поиск по тексту и автору (все формы слова)</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>Любая тональность</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Любой сервис</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Choose a mention</source>
        <translation>Выберите упоминание</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Серьёзность:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>More than {count} mentions, the first {shown} by deadline</source>
        <translation>Упоминаний больше {count}, показаны первые {shown} по сроку</translation>
    </message>
    <message>
        <source>{count} mentions</source>
        <translation>Упоминаний: {count}</translation>
    </message>
    <message>
        <source>{count} mentions, the first {shown} by deadline</source>
        <translation>Упоминаний: {count}, показаны первые {shown} по сроку</translation>
    </message>
    <message>
        <source>{services} · {place} · published {published}
Deadline: {due} · replies: {replies}</source>
        <translation>{services} · {place} · опубликовано {published}
Срок: {due} · ответы: {replies}</translation>
    </message>
    <message>
        <source>Change a mention</source>
        <translation>Изменить упоминание</translation>
    </message>
</context>
<context>
    <name>RaciDialog</name>
    <message>
        <source>RACI of «{title}»</source>
        <translation>RACI задачи «{title}»</translation>
    </message>
    <message>
        <source>Responsible (does it):</source>
        <translation>Исполняет (R):</translation>
    </message>
    <message>
        <source>Accountable (exactly one):</source>
        <translation>Отвечает (A, ровно один):</translation>
    </message>
    <message>
        <source>Consulted:</source>
        <translation>Консультирует (C):</translation>
    </message>
    <message>
        <source>Informed:</source>
        <translation>Информируется (I):</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Площадка:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Аккаунт:</translation>
    </message>
    <message>
        <source>Mechanics:</source>
        <translation>Механика:</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Правила:</translation>
    </message>
    <message>
        <source>Entries from:</source>
        <translation>Приём заявок с:</translation>
    </message>
    <message>
        <source>Entries until:</source>
        <translation>Приём заявок по:</translation>
    </message>
    <message>
        <source>Results announced:</source>
        <translation>Объявление итогов:</translation>
    </message>
    <message>
        <source>Budget, ₽:</source>
        <translation>Бюджет, ₽:</translation>
    </message>
    <message>
        <source>Other costs, ₽:</source>
        <translation>Прочие расходы, ₽:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <source>Blogger:</source>
        <translation>Блогер:</translation>
    </message>
    <message>
        <source>the blogger&apos;s name as in the base, if the contest is theirs</source>
        <translation>имя блогера как в базе, если конкурс у него</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Do not publish the list of participants in the protocol (its hash and size only)</source>
        <translation>Не публиковать список участников в протоколе (только его хэш и размер)</translation>
    </message>
    <message>
        <source>New followers:</source>
        <translation>Новых подписчиков:</translation>
    </message>
    <message>
        <source>Reach:</source>
        <translation>Охват:</translation>
    </message>
    <message>
        <source>Delete the contest</source>
        <translation>Удалить конкурс</translation>
    </message>
    <message>
        <source>No one called {name} in the base.</source>
        <translation>В базе нет блогера {name}.</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <source>Fill in the template</source>
        <translation>Заполнить шаблон</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>Записать ответ</translation>
    </message>
    <message>
        <source>Complaint to the platform…</source>
        <translation>Жалоба площадке…</translation>
    </message>
    <message>
        <source>Tone:</source>
        <translation>Тон:</translation>
    </message>
    <message>
        <source>Holding statement: {name}</source>
        <translation>Заявление до выяснения: {name}</translation>
    </message>
    <message>
        <source>The same words were already given {count} times: add a detail of this message.</source>
        <translation>Такой же ответ уже давали (раз: {count}): добавьте подробность из этого сообщения.</translation>
    </message>
    <message>
        <source>Reply to a mention</source>
        <translation>Ответить на упоминание</translation>
    </message>
    <message>
        <source>Complaint to the platform</source>
        <translation>Жалоба площадке</translation>
    </message>
    <message>
        <source>The platform&apos;s rule it breaks:</source>
        <translation>Какое правило площадки нарушено:</translation>
    </message>
    <message>
        <source>Complaint about a mention</source>
        <translation>Жалоба на упоминание</translation>
    </message>
</context>
<context>
    <name>Reputation</name>
    <message>
        <source>Coverage of Russian sources</source>
        <translation>Охват российских источников</translation>
    </message>
    <message>
        <source>Collection delay and alerts</source>
        <translation>Задержка сбора и оповещения</translation>
    </message>
    <message>
        <source>Query language</source>
        <translation>Язык запросов</translation>
    </message>
    <message>
        <source>Scale and price</source>
        <translation>Масштаб и цена</translation>
    </message>
    <message>
        <source>Export and API</source>
        <translation>Выгрузка и API</translation>
    </message>
    <message>
        <source>Quality of Russian sentiment</source>
        <translation>Качество тональности на русском</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Работа с упоминаниями</translation>
    </message>
    <message>
        <source>smmdesk&apos;s default, shifted by the brand&apos;s parameters</source>
        <translation>по умолчанию smmdesk, с поправкой на параметры бренда</translation>
    </message>
    <message>
        <source>{rank}. {service}: {total} of 5; strongest: {strengths}</source>
        <translation>{rank}. {service}: {total} из 5; сильнее всего: {strengths}</translation>
    </message>
    <message>
        <source>; weakest: {weaknesses}</source>
        <translation>; слабее всего: {weaknesses}</translation>
    </message>
    <message>
        <source>; not known, counted as 1: {unknown}</source>
        <translation>; неизвестно, считается за 1: {unknown}</translation>
    </message>
    <message>
        <source>; availability in Russia not confirmed</source>
        <translation>; доступность в России не подтверждена</translation>
    </message>
    <message>
        <source>{service}: out, not available in Russia</source>
        <translation>{service}: отсеян, недоступен в России</translation>
    </message>
    <message>
        <source>{service}: out, it analyses own accounts, not the whole web</source>
        <translation>{service}: отсеян, анализирует свои аккаунты, а не весь интернет</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Crisis trigger</source>
        <translation>Кризисный триггер</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Позитив</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтрально</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Негатив</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Не определена</translation>
    </message>
    <message>
        <source>S1 safety, legal, large reach, spike</source>
        <translation>S1 безопасность, суд, охват, всплеск</translation>
    </message>
    <message>
        <source>S2 1–2★ review, repeated complaint</source>
        <translation>S2 отзыв 1–2★, повтор жалобы</translation>
    </message>
    <message>
        <source>S3 ordinary negative</source>
        <translation>S3 обычный негатив</translation>
    </message>
    <message>
        <source>S4 question, praise</source>
        <translation>S4 вопрос, похвала</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Соцсеть</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Блог</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Social (comments, posts, messages)</source>
        <translation>Соцсети (комментарии, посты, сообщения)</translation>
    </message>
    <message>
        <source>Reviews (maps, review sites, marketplaces)</source>
        <translation>Отзывы (карты, отзовики, маркетплейсы)</translation>
    </message>
    <message>
        <source>Press (media, channels ≥ 100 000)</source>
        <translation>Пресса (СМИ, каналы от 100 000)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>Price and refunds</source>
        <translation>Цена и возвраты</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Юридическое</translation>
    </message>
    <message>
        <source>Fake or competitor</source>
        <translation>Фейк или конкурент</translation>
    </message>
    <message>
        <source>Ad-marking conflict</source>
        <translation>Конфликт с маркировкой рекламы</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Пресса</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Похвала</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation>Подана жалоба</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Ответ не нужен</translation>
    </message>
    <message>
        <source>L0 community manager</source>
        <translation>L0 комьюнити-менеджер</translation>
    </message>
    <message>
        <source>L1 with the account manager</source>
        <translation>L1 с аккаунт-менеджером</translation>
    </message>
    <message>
        <source>L2 the client&apos;s PR</source>
        <translation>L2 PR клиента</translation>
    </message>
    <message>
        <source>L3 leadership and legal</source>
        <translation>L3 руководство и юристы</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} ч {minutes:02d} мин</translation>
    </message>
    <message>
        <source>late by {days} d {hours} h</source>
        <translation>опоздание {days} дн. {hours} ч</translation>
    </message>
    <message>
        <source>late by {hours} h {minutes:02d} min</source>
        <translation>опоздание {hours} ч {minutes:02d} мин</translation>
    </message>
</context>
<context>
    <name>ReputationFile</name>
    <message>
        <source>Community manager</source>
        <translation>Комьюнити-менеджер</translation>
    </message>
    <message>
        <source>With the account manager</source>
        <translation>С аккаунт-менеджером</translation>
    </message>
    <message>
        <source>The client&apos;s PR</source>
        <translation>PR клиента</translation>
    </message>
    <message>
        <source>Leadership and lawyers</source>
        <translation>Руководство и юристы</translation>
    </message>
    <message>
        <source>Choosing the monitoring service</source>
        <translation>Выбор сервиса мониторинга</translation>
    </message>
    <message>
        <source>working hours only</source>
        <translation>только рабочее время</translation>
    </message>
    <message>
        <source>round the clock</source>
        <translation>круглосуточно</translation>
    </message>
    <message>
        <source>Reputation management plan: {name}</source>
        <translation>План управления репутацией: {name}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Monitoring service</source>
        <translation>Сервис мониторинга</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не выбран</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Выбран</translation>
    </message>
    <message>
        <source>Mentions a day</source>
        <translation>Упоминаний в день</translation>
    </message>
    <message>
        <source>Answer needed within, h</source>
        <translation>Ответ нужен за, ч</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Дата плана</translation>
    </message>
    <message>
        <source>Service choice</source>
        <translation>Выбор сервиса</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Total of 5</source>
        <translation>Итог из 5</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>{service}: found {found} ({share} of all), only here {only}, collection delay: median {median}, 90th percentile {p90}</source>
        <translation>{service}: найдено {found} ({share} всех), только здесь {only}, задержка сбора: медиана {median}, 90-й процентиль {p90}</translation>
    </message>
    <message>
        <source>{title}: scores</source>
        <translation>{title}: оценки</translation>
    </message>
    <message>
        <source>{title}: reasons</source>
        <translation>{title}: причины</translation>
    </message>
    <message>
        <source>Weights of the criteria: {weights}. Knocked out before scoring: {count}.</source>
        <translation>Веса критериев: {weights}. Отсеяно до оценки: {count}.</translation>
    </message>
    <message>
        <source>not compiled: {problem}</source>
        <translation>не собран: {problem}</translation>
    </message>
    <message>
        <source>no service chosen</source>
        <translation>сервис не выбран</translation>
    </message>
    <message>
        <source>Exclusions: {text}</source>
        <translation>Исключения: {text}</translation>
    </message>
    <message>
        <source>breaks the service&apos;s limits: {limits}</source>
        <translation>нарушает ограничения сервиса: {limits}</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>For {service}</source>
        <translation>Для {service}</translation>
    </message>
    <message>
        <source>For the service</source>
        <translation>Для сервиса</translation>
    </message>
    <message>
        <source>Monitoring queries</source>
        <translation>Запросы мониторинга</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>{channel}, h</source>
        <translation>{channel}, ч</translation>
    </message>
    <message>
        <source>The deadline runs from the time the mention was collected (or published, when the collection time is not known), in working time only.</source>
        <translation>Срок считается от времени сбора упоминания (или публикации, если время сбора неизвестно), только в рабочее время.</translation>
    </message>
    <message>
        <source>The deadline runs from the time the mention was collected (or published, when the collection time is not known), round the clock.</source>
        <translation>Срок считается от времени сбора упоминания (или публикации, если время сбора неизвестно), круглосуточно.</translation>
    </message>
    <message>
        <source>Deadlines to answer (SLA)</source>
        <translation>Сроки ответа (SLA)</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Who decides</source>
        <translation>Кто решает</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Согласующий</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Замещающий</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Лестница эскалации</translation>
    </message>
    <message>
        <source>Holding statement (S1)</source>
        <translation>Заявление до выяснения (S1)</translation>
    </message>
    <message>
        <source>Tone rule</source>
        <translation>Правило тона</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation>Шаблон ответа</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Позитив</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтрально</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Негатив</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Не определена</translation>
    </message>
    <message>
        <source>Social media, messengers</source>
        <translation>Соцсети и мессенджеры</translation>
    </message>
    <message>
        <source>Review sites</source>
        <translation>Отзовики</translation>
    </message>
    <message>
        <source>Media and large channels</source>
        <translation>СМИ и крупные каналы</translation>
    </message>
    <message>
        <source>S1 — safety, law, large reach</source>
        <translation>S1 — безопасность, закон, большой охват</translation>
    </message>
    <message>
        <source>S2 — a 1–2★ review, a repeated complaint</source>
        <translation>S2 — отзыв 1–2★, повторная жалоба</translation>
    </message>
    <message>
        <source>S3 — ordinary negative</source>
        <translation>S3 — обычный негатив</translation>
    </message>
    <message>
        <source>S4 — a question, thanks</source>
        <translation>S4 — вопрос, благодарность</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} ч {minutes:02d} мин</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Данные графиков</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reputation of the brand {name}</source>
        <translation>Репутация бренда {name}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминаний</translation>
    </message>
    <message>
        <source>First reply: median</source>
        <translation>Первый ответ: медиана</translation>
    </message>
    <message>
        <source>First reply: 90th percentile</source>
        <translation>Первый ответ: 90-й процентиль</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Дата отчёта</translation>
    </message>
    <message>
        <source>The share of negative is the negative mentions among those whose sentiment is known. Answered on time: the first reply no later than the deadline by the brand&apos;s SLA; mentions whose deadline has come are counted.</source>
        <translation>Доля негатива — негативные упоминания среди тех, у которых тональность определена. Ответ в срок — первый ответ не позже срока по SLA бренда; считаются упоминания, срок которых уже наступил.</translation>
    </message>
    <message>
        <source>Places: the most mentions</source>
        <translation>Площадки: больше всего упоминаний</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Authors: the most mentions</source>
        <translation>Авторы: больше всего упоминаний</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Mentions by sentiment, per day</source>
        <translation>Упоминания по тональности, по дням</translation>
    </message>
    <message>
        <source>Share of negative</source>
        <translation>Доля негатива</translation>
    </message>
    <message>
        <source>Mentions by sentiment</source>
        <translation>Упоминания по тональности</translation>
    </message>
    <message>
        <source>Answered on time (SLA)</source>
        <translation>Ответы в срок (SLA)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Deadline came</source>
        <translation>Срок наступил</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Ответ в срок</translation>
    </message>
    <message>
        <source>All mentions</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>First reply: median {median}, 90th percentile {p90} (replies: {count}).</source>
        <translation>Первый ответ: медиана {median}, 90-й процентиль {p90} (ответов: {count}).</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Review requests: the funnel</source>
        <translation>Запросы отзывов: воронка</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>NPS по месяцам</translation>
    </message>
    <message>
        <source>Platforms&apos; rating by month</source>
        <translation>Рейтинг площадок по месяцам</translation>
    </message>
    <message>
        <source>{title} (finished {date})</source>
        <translation>{title} (завершена {date})</translation>
    </message>
    <message>
        <source>Every customer who consented gets the same request, with no reward; employees get no requests. The share asked among the survey&apos;s respondents differed between score groups, or was not recorded: {waves} (see the wave&apos;s compliance log).</source>
        <translation>Каждый клиент с согласием получает один и тот же запрос, без вознаграждения; сотрудникам запросы не отправляются. Доля получивших запрос среди ответивших на опрос различалась по группам оценки или не записана: {waves} (см. журнал соответствия волны).</translation>
    </message>
    <message>
        <source>«{title}», wave {number}</source>
        <translation>«{title}», волна {number}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросов</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Переходов</translation>
    </message>
    <message>
        <source>Reviews left</source>
        <translation>Отзывов</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Conversion, %</source>
        <translation>Конверсия, %</translation>
    </message>
    <message>
        <source>Mean stars</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <source>Conversion is the reviews left ÷ the requests delivered × 100. NPS is (promoters 9–10 − detractors 0–6) ÷ respondents × 100; CSAT is the share of scores 4 and 5 of 5. Over the whole campaign.</source>
        <translation>Конверсия — оставленные отзывы ÷ доставленные запросы × 100. NPS — (промоутеры 9–10 − критики 0–6) ÷ ответившие × 100; CSAT — доля оценок 4 и 5 из 5. За всё время кампании.</translation>
    </message>
    <message>
        <source>Every customer who consented gets the same request, with no selection by score and no reward; employees get no requests.</source>
        <translation>Каждый клиент с согласием получает один и тот же запрос, без отбора по оценке и без вознаграждения; сотрудникам запросы не отправляются.</translation>
    </message>
</context>
<context>
    <name>ReputationWindow</name>
    <message>
        <source>Import mentions…</source>
        <translation>Загрузить упоминания…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Export mentions…</source>
        <translation>Выгрузить упоминания…</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Бренд:</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Выбор сервиса</translation>
    </message>
    <message>
        <source>Deadlines and escalation</source>
        <translation>Сроки и эскалация</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>{name} ({count} mentions)</source>
        <translation>{name} (упоминаний: {count})</translation>
    </message>
    <message>
        <source>Import mentions</source>
        <translation>Загрузка упоминаний</translation>
    </message>
    <message>
        <source>Exports (*.csv *.xlsx)</source>
        <translation>Выгрузки (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Чтение: {name}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Загрузка {name}</translation>
    </message>
    <message>
        <source>added {added}, same as before {same}, skipped {skipped}</source>
        <translation>добавлено {added}, как раньше {same}, пропущено {skipped}</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>reputation report</source>
        <translation>отчёт о репутации</translation>
    </message>
    <message>
        <source>reputation plan</source>
        <translation>план по репутации</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>упоминания</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Запись {name}</translation>
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
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>before a demo base replaced the file</source>
        <translation>до замены файла демо-базой</translation>
    </message>
    <message>
        <source>a backup</source>
        <translation>резервная копия</translation>
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
    <name>ReviewCampaignDialog</name>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>Площадки:</translation>
    </message>
    <message>
        <source>after the purchase</source>
        <translation>после покупки</translation>
    </message>
    <message>
        <source>after the service</source>
        <translation>после услуги</translation>
    </message>
    <message>
        <source>The first request goes:</source>
        <translation>Первый запрос уходит:</translation>
    </message>
    <message>
        <source>Days after it:</source>
        <translation>Через дней:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Reminders, days after the first (up to 3):</source>
        <translation>Напоминания, дни после первого (до 3):</translation>
    </message>
    <message>
        <source>none; e.g. 3, 7</source>
        <translation>нет; например 3, 7</translation>
    </message>
    <message>
        <source>Short links under:</source>
        <translation>Короткие ссылки под:</translation>
    </message>
    <message>
        <source>They lead to the brand&apos;s Яндекс Карты page:</source>
        <translation>Ведут на страницу бренда в Яндекс Картах:</translation>
    </message>
    <message>
        <source>Offer for answering (a survey only):</source>
        <translation>Поощрение за ответ (только опрос):</translation>
    </message>
    <message>
        <source>Who asks:</source>
        <translation>Кто просит:</translation>
    </message>
    <message>
        <source>About what:</source>
        <translation>О чём:</translation>
    </message>
    <message>
        <source>Where the review appears:</source>
        <translation>Где появится отзыв:</translation>
    </message>
    <message>
        <source>What will be shown:</source>
        <translation>Что будет видно:</translation>
    </message>
    <message>
        <source>Opt-out line:</source>
        <translation>Строка отказа:</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>Приглашение:</translation>
    </message>
    <message>
        <source>In the invitation: {sender} {subject} {where} {shown} {link} {opt_out}; in any part, the customer&apos;s {name} {order} {date}.</source>
        <translation>В приглашении: {sender} {subject} {where} {shown} {link} {opt_out}; в любой части — покупателя {name} {order} {date}.</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Образец:</translation>
    </message>
    <message>
        <source>Anna</source>
        <translation>Анна</translation>
    </message>
    <message>
        <source>The invitation has a placeholder that is not understood.</source>
        <translation>В приглашении есть непонятная подстановка.</translation>
    </message>
</context>
<context>
    <name>ReviewFiles</name>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Подготовлено</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <source>Text sent</source>
        <translation>Отправленный текст</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Отбор</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Поощрение</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Волна</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>№ запроса</translation>
    </message>
    <message>
        <source>survey respondents: asked {asked}, not asked {left}</source>
        <translation>участники опроса: попросили {asked}, не просили {left}</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Короткая ссылка</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Ведёт на</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>{title}: QR codes of {date}</source>
        <translation>{title}: QR-коды от {date}</translation>
    </message>
    <message>
        <source>{count} codes, one per customer: cut along the frames and add each to its order.</source>
        <translation>Кодов: {count}, по одному на клиента: разрежьте по рамкам и вложите каждый в свой заказ.</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>(matched automatically)</source>
        <translation>(сопоставлено автоматически)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Name (e.g. the service the export is from):</source>
        <translation>Название (например, сервис, из которого выгрузка):</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Строка {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewOutcomeDialog</name>
    <message>
        <source>What came back</source>
        <translation>Что вернулось</translation>
    </message>
    <message>
        <source>Wave {number} of {day}: {count} requests</source>
        <translation>Волна {number} от {day}: запросов {count}</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>Волна:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(стёрт)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Короткая ссылка</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Переход</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Clicked the link</source>
        <translation>Перешёл по ссылке</translation>
    </message>
    <message>
        <source>Left a review</source>
        <translation>Оставил отзыв</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Площадка:</translation>
    </message>
    <message>
        <source>Stars (1–5):</source>
        <translation>Звёзды (1–5):</translation>
    </message>
    <message>
        <source>Link to the review:</source>
        <translation>Ссылка на отзыв:</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>Оставлен:</translation>
    </message>
    <message>
        <source>Request to {customer}</source>
        <translation>Запрос: {customer}</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Yandex Maps</source>
        <translation>Яндекс Карты</translation>
    </message>
    <message>
        <source>2GIS</source>
        <translation>2ГИС</translation>
    </message>
    <message>
        <source>Otzovik</source>
        <translation>Отзовик</translation>
    </message>
    <message>
        <source>the marketplace card</source>
        <translation>карточка на маркетплейсе</translation>
    </message>
    <message>
        <source>the brand&apos;s site</source>
        <translation>сайт бренда</translation>
    </message>
    <message>
        <source>a survey only</source>
        <translation>только опрос</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>QR code on the receipt</source>
        <translation>QR-код на чеке</translation>
    </message>
    <message>
        <source>QR code in the parcel</source>
        <translation>QR-код в посылке</translation>
    </message>
    <message>
        <source>who is asking</source>
        <translation>кто просит</translation>
    </message>
    <message>
        <source>about what</source>
        <translation>о чём</translation>
    </message>
    <message>
        <source>where the review will appear</source>
        <translation>где появится отзыв</translation>
    </message>
    <message>
        <source>what will be shown</source>
        <translation>что будет показано</translation>
    </message>
    <message>
        <source>the link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>the opt-out line</source>
        <translation>строка для отказа от сообщений</translation>
    </message>
    <message>
        <source>{sender} asks for your opinion of {subject}. Your review will appear {where}; {shown}. Leave it here: {link}
{opt_out}</source>
        <translation>{sender} просит оценить {subject}. Отзыв появится {where}; {shown}. Оставить отзыв: {link}
{opt_out}</translation>
    </message>
    <message>
        <source>Reply STOP and we will not write again.</source>
        <translation>Ответьте СТОП, и мы больше не напишем.</translation>
    </message>
    <message>
        <source>This card is our only request: if you would rather not, just leave it, we will not write.</source>
        <translation>Эта карточка — наша единственная просьба: не хотите — просто отложите её, писать мы не будем.</translation>
    </message>
    <message>
        <source>on the staff</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>no consent to be contacted</source>
        <translation>нет согласия на связь</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>отказался от сообщений</translation>
    </message>
    <message>
        <source>already left a review</source>
        <translation>уже оставил отзыв</translation>
    </message>
    <message>
        <source>no phone or e-mail for the channel</source>
        <translation>нет телефона или e-mail для канала</translation>
    </message>
    <message>
        <source>no date of the purchase</source>
        <translation>нет даты покупки</translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation>ещё не пора</translation>
    </message>
    <message>
        <source>the request and its reminders were sent</source>
        <translation>просьба и все напоминания уже отправлены</translation>
    </message>
    <message>
        <source>their score</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>the sentiment of what they said</source>
        <translation>тональность высказываний</translation>
    </message>
    <message>
        <source>first request</source>
        <translation>первая просьба</translation>
    </message>
    <message>
        <source>reminder {number}</source>
        <translation>напоминание {number}</translation>
    </message>
    <message>
        <source>every customer due; no filter by rating or sentiment</source>
        <translation>все клиенты, кому пора; без отбора по оценке или тональности</translation>
    </message>
    <message>
        <source>every customer due; the survey&apos;s score groups were asked in different shares (see the counts)</source>
        <translation>все клиенты, кому пора; группы оценки опроса получили запрос в разной доле (см. счёт по группам)</translation>
    </message>
    <message>
        <source>every customer due; how the survey&apos;s respondents were asked was not recorded</source>
        <translation>все клиенты, кому пора; как попросили участников опроса, не записано</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not asked: {reason}</source>
        <translation>не просили: {reason}</translation>
    </message>
    <message>
        <source>survey: private follow-up</source>
        <translation>опрос: личная обратная связь</translation>
    </message>
    <message>
        <source>(no comment left)</source>
        <translation>(без комментария)</translation>
    </message>
    <message>
        <source>Survey of the campaign “{title}”</source>
        <translation>Опрос кампании «{title}»</translation>
    </message>
    <message>
        <source>detractors (NPS 0–6)</source>
        <translation>критики (NPS 0–6)</translation>
    </message>
    <message>
        <source>passives (NPS 7–8)</source>
        <translation>нейтральные (NPS 7–8)</translation>
    </message>
    <message>
        <source>promoters (NPS 9–10)</source>
        <translation>промоутеры (NPS 9–10)</translation>
    </message>
    <message>
        <source>answer erased</source>
        <translation>ответ удалён</translation>
    </message>
    <message>
        <source>Order No. {order}</source>
        <translation>Заказ № {order}</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Import what came back</source>
        <translation>Загрузка результатов рассылки</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>{name}: customers added {added}, updated {updated}, skipped {skipped}</source>
        <translation>{name}: клиентов добавлено {added}, обновлено {updated}, пропущено строк {skipped}</translation>
    </message>
    <message>
        <source>{name}: answers added {added}, filled in {filled}, same as before {same}; {count} put into the mentions queue</source>
        <translation>{name}: ответов добавлено {added}, дополнено {filled}, как раньше {same}; в очередь упоминаний — {count}</translation>
    </message>
    <message>
        <source>Compliance log</source>
        <translation>Журнал соответствия</translation>
    </message>
    <message>
        <source>Campaign settings…</source>
        <translation>Настройки кампании…</translation>
    </message>
    <message>
        <source>Record what came back…</source>
        <translation>Записать вернувшееся…</translation>
    </message>
    <message>
        <source>New review campaign “{title}”</source>
        <translation>Новая кампания отзывов «{title}»</translation>
    </message>
    <message>
        <source>The campaign is finished: its settings can no longer be changed.</source>
        <translation>Кампания завершена: её настройки больше не меняются.</translation>
    </message>
    <message>
        <source>The file is open read-only: the settings are shown, not changed.</source>
        <translation>Файл открыт только для чтения: настройки видны, но не меняются.</translation>
    </message>
    <message>
        <source>Campaign settings</source>
        <translation>Настройки кампании</translation>
    </message>
    <message>
        <source>Settings of “{title}”</source>
        <translation>Настройки «{title}»</translation>
    </message>
    <message>
        <source>What came back</source>
        <translation>Что вернулось</translation>
    </message>
    <message>
        <source>The campaign has no wave yet.</source>
        <translation>В кампании ещё не было волн.</translation>
    </message>
    <message>
        <source>What came back of the request to {customer}</source>
        <translation>Что вернулось по запросу: {customer}</translation>
    </message>
    <message>
        <source>{matched} requests found, {reviews} reviews, {skipped} rows skipped, {unknown} warnings</source>
        <translation>найдено запросов: {matched}, отзывов: {reviews}, пропущено строк: {skipped}, предупреждений: {unknown}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>строка {row}: {reason}</translation>
    </message>
    <message>
        <source>A wave&apos;s file again</source>
        <translation>Файл волны ещё раз</translation>
    </message>
    <message>
        <source>Wave {number} of {date}: {count} requests</source>
        <translation>Волна {number} от {date}: запросов — {count}</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>Волна:</translation>
    </message>
    <message>
        <source>wave {number}</source>
        <translation>волна {number}</translation>
    </message>
    <message>
        <source>wave {number} written again: {count} requests in {name}</source>
        <translation>волна {number} записана снова: запросов — {count}, в {name}</translation>
    </message>
    <message>
        <source>compliance log</source>
        <translation>журнал соответствия</translation>
    </message>
    <message>
        <source>Finish “{title}” and erase its customers (names, phones, e-mails, the texts sent, the survey respondents)? The figures stay; this cannot be undone.</source>
        <translation>Завершить «{title}» и удалить её клиентов (имена, телефоны, e-mail, отправленные тексты, ответивших на опрос)? Показатели останутся; отменить это нельзя.</translation>
    </message>
    <message>
        <source>Erase the customers</source>
        <translation>Удаление клиентов</translation>
    </message>
    <message>
        <source>{count} customers erased</source>
        <translation>удалено клиентов: {count}</translation>
    </message>
    <message>
        <source>Platform&apos;s rating</source>
        <translation>Рейтинг площадки</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Площадка:</translation>
    </message>
    <message>
        <source>Rating on its page (1–5):</source>
        <translation>Рейтинг на её странице (от 1 до 5):</translation>
    </message>
    <message>
        <source>“{text}” is not a rating. Type it as the page shows it, from 1 to 5: 4,6 or 4.6 or 4,6 из 5.</source>
        <translation>«{text}» — не рейтинг. Введите его, как на странице площадки, от 1 до 5: 4,6, 4.6 или 4,6 из 5.</translation>
    </message>
    <message>
        <source>The day the page showed it:</source>
        <translation>День, когда страница его показывала:</translation>
    </message>
    <message>
        <source>“{text}” is not a day up to today. Type a date such as {example}.</source>
        <translation>«{text}» — не день до сегодняшнего включительно. Введите дату, например {example}.</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Новая кампания…</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Загрузить клиентов…</translation>
    </message>
    <message>
        <source>Prepare the next wave…</source>
        <translation>Подготовить волну…</translation>
    </message>
    <message>
        <source>Import survey answers…</source>
        <translation>Загрузить ответы опроса…</translation>
    </message>
    <message>
        <source>Import what came back…</source>
        <translation>Загрузить результаты рассылки…</translation>
    </message>
    <message>
        <source>Compliance log…</source>
        <translation>Журнал соответствия…</translation>
    </message>
    <message>
        <source>A wave&apos;s file again…</source>
        <translation>Файл волны ещё раз…</translation>
    </message>
    <message>
        <source>Platform&apos;s rating…</source>
        <translation>Рейтинг площадки…</translation>
    </message>
    <message>
        <source>Finish and erase the customers…</source>
        <translation>Завершить и удалить клиентов…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <source>The brand has no review campaign yet: create one with “New campaign…”.</source>
        <translation>У бренда ещё нет кампании отзывов: создайте её кнопкой «Новая кампания…».</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>{title} (finished)</source>
        <translation>{title} (завершена)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросов</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Переходов</translation>
    </message>
    <message>
        <source>Reviews left</source>
        <translation>Оставлено отзывов</translation>
    </message>
    <message>
        <source>Conversion (reviews ÷ delivered)</source>
        <translation>Конверсия (отзывы ÷ доставлено)</translation>
    </message>
    <message>
        <source>Mean stars</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <source>NPS ({count} respondents)</source>
        <translation>NPS (ответивших: {count})</translation>
    </message>
    <message>
        <source>CSAT ({count} answers)</source>
        <translation>CSAT (ответов: {count})</translation>
    </message>
    <message>
        <source>NPS in {period}</source>
        <translation>NPS за {period}</translation>
    </message>
    <message>
        <source>Anna</source>
        <translation>Анна</translation>
    </message>
    <message>
        <source>Invitation: {text}</source>
        <translation>Приглашение: {text}</translation>
    </message>
    <message>
        <source>{length} characters, {parts} SMS parts</source>
        <translation>{length} знаков, частей SMS: {parts}</translation>
    </message>
    <message>
        <source>— longer than one SMS (70 characters with Cyrillic): each part is paid for.</source>
        <translation>— длиннее одной SMS (70 знаков с кириллицей): каждая часть оплачивается.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Новая кампания отзывов</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Загрузка клиентов</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Загрузка {name}</translation>
    </message>
    <message>
        <source>CSV for the SMS or mail service (*.csv);;QR codes (*.pdf)</source>
        <translation>CSV для сервиса SMS или рассылки (*.csv);;QR-коды (*.pdf)</translation>
    </message>
    <message>
        <source>Save the wave</source>
        <translation>Сохранить волну</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>волна</translation>
    </message>
    <message>
        <source>{count} requests written to {name}</source>
        <translation>запросов записано в {name}: {count}</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Загрузка ответов опроса</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Deadlines count working hours only (the production calendar)</source>
        <translation>Сроки считаются только в рабочих часах (по производственному календарю)</translation>
    </message>
    <message>
        <source>Hours to answer</source>
        <translation>Часы на ответ</translation>
    </message>
    <message>
        <source>A cell left empty takes the default of the rules (shown in grey).</source>
        <translation>Пустая ячейка берёт значение правил по умолчанию (оно показано серым).</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Лестница эскалации</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>The brand&apos;s</source>
        <translation>Задано для бренда</translation>
    </message>
    <message>
        <source>The rules&apos; default</source>
        <translation>По умолчанию из правил</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Согласующий</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Замещающий</translation>
    </message>
    <message>
        <source>Change the hours to answer</source>
        <translation>Изменить часы на ответ</translation>
    </message>
    <message>
        <source>Working hours on</source>
        <translation>Включить рабочие часы</translation>
    </message>
    <message>
        <source>Working hours off</source>
        <translation>Выключить рабочие часы</translation>
    </message>
    <message>
        <source>Level {level}: type the approver and the backup.</source>
        <translation>Уровень {level}: введите согласующего и замещающего.</translation>
    </message>
    <message>
        <source>Approvers of {level}</source>
        <translation>Согласующие уровня {level}</translation>
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
        <translation>КПЭ</translation>
    </message>
    <message>
        <source>Effectiveness: each publication&apos;s reach, views and engagement with their source, the campaign&apos;s KPI targets plan against fact, charts and the report for the client.</source>
        <translation>Эффективность: охват, просмотры и вовлечённость каждой публикации с источником данных, КПЭ кампании — план и факт, графики и отчёт для клиента.</translation>
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
        <translation>SMM-стратегия: цели и КПЭ; планирование, организация (задачи сотрудникам и подрядчикам), мотивация, контроль по контрольным точкам и координация при изменении планов — с сохранением истории.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Empty: the database file on this computer (SQLite)</source>
        <translation>Пусто: файл базы на этом компьютере (SQLite)</translation>
    </message>
    <message>
        <source>kept in the system&apos;s keychain, never in the settings</source>
        <translation>хранится в хранилище паролей системы, не в настройках</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Upload this file to the server…</source>
        <translation>Загрузить этот файл на сервер…</translation>
    </message>
    <message>
        <source>Server (URL):</source>
        <translation>Сервер (URL):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL server: every planner gives its address here. Leave it empty to work in the database file on this computer.</source>
        <translation>Команда работает с одним сервером PostgreSQL: каждый сотрудник указывает здесь его адрес. Оставьте поле пустым, чтобы работать в файле базы на этом компьютере.</translation>
    </message>
    <message>
        <source>No server: the database file on this computer is used.</source>
        <translation>Без сервера: используется файл базы на этом компьютере.</translation>
    </message>
    <message>
        <source>Connected: {found}</source>
        <translation>Подключено: {found}</translation>
    </message>
    <message>
        <source>The password was not kept</source>
        <translation>Пароль не сохранён</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>База на сервере</translation>
    </message>
    <message>
        <source>smmdesk opens {what} from its next start.</source>
        <translation>Со следующего запуска smmdesk открывает {what}.</translation>
    </message>
    <message>
        <source>the database file on this computer</source>
        <translation>файл базы на этом компьютере</translation>
    </message>
    <message>
        <source>Upload to the server</source>
        <translation>Загрузка на сервер</translation>
    </message>
    <message>
        <source>Copy everything in {name} to the server? The server&apos;s database must be empty.</source>
        <translation>Скопировать всё из {name} на сервер? База на сервере должна быть пустой.</translation>
    </message>
    <message>
        <source>Uploaded: {count} records. Save the settings to work on the server.</source>
        <translation>Загружено записей: {count}. Сохраните настройки, чтобы работать на сервере.</translation>
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
        <source>The times in a contest&apos;s protocol are stated in this zone, named</source>
        <translation>Время в протоколе конкурса указывается в этом часовом поясе, с его названием</translation>
    </message>
    <message>
        <source>Contests&apos; time zone:</source>
        <translation>Часовой пояс конкурсов:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Formats and platforms</source>
        <translation>Форматы и площадки</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>База на сервере</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Агентская комиссия</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Change the agency settings</source>
        <translation>Изменение настроек агентства</translation>
    </message>
    <message>
        <source>Change the contests&apos; time zone</source>
        <translation>Изменение часового пояса конкурсов</translation>
    </message>
    <message>
        <source>The new language is used from the next start of smmdesk.</source>
        <translation>Новый язык будет включён при следующем запуске smmdesk.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} ГБ</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} байт</translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>passed</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не пройдена</translation>
    </message>
    <message>
        <source>judged from the linked figure</source>
        <translation>оценено по связанному показателю</translation>
    </message>
    <message>
        <source>the checklist</source>
        <translation>по чек-листу</translation>
    </message>
    <message>
        <source>awareness and reach</source>
        <translation>узнаваемость и охват</translation>
    </message>
    <message>
        <source>engagement and loyalty</source>
        <translation>вовлечённость и лояльность</translation>
    </message>
    <message>
        <source>traffic</source>
        <translation>трафик</translation>
    </message>
    <message>
        <source>leads and sales</source>
        <translation>лиды и продажи</translation>
    </message>
    <message>
        <source>reputation</source>
        <translation>репутация</translation>
    </message>
    <message>
        <source>customer support</source>
        <translation>поддержка клиентов</translation>
    </message>
    <message>
        <source>employer brand</source>
        <translation>HR-бренд</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>охват</translation>
    </message>
    <message>
        <source>views</source>
        <translation>просмотры</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>вовлечения</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>клики</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>лиды</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>продажи</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>CPC</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>CPL</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>ROMI</source>
        <translation>ROMI</translation>
    </message>
    <message>
        <source>share of negative</source>
        <translation>доля негатива</translation>
    </message>
    <message>
        <source>first-response time</source>
        <translation>время первого ответа</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>соблюдение SLA</translation>
    </message>
    <message>
        <source>reviews left</source>
        <translation>оставлено отзывов</translation>
    </message>
    <message>
        <source>review conversion</source>
        <translation>конверсия в отзыв</translation>
    </message>
    <message>
        <source>average stars</source>
        <translation>средняя оценка в звёздах</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>rating on Yandex Maps</source>
        <translation>рейтинг на Яндекс Картах</translation>
    </message>
    <message>
        <source>rating on 2GIS</source>
        <translation>рейтинг в 2ГИС</translation>
    </message>
    <message>
        <source>rating on Otzovik</source>
        <translation>рейтинг на Отзовике</translation>
    </message>
    <message>
        <source>rating on the marketplace</source>
        <translation>рейтинг на маркетплейсе</translation>
    </message>
    <message>
        <source>rating on the brand&apos;s site</source>
        <translation>рейтинг на сайте бренда</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>достигнуто</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>по плану</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>отстаёт</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>monthly fixed</source>
        <translation>ежемесячный оклад</translation>
    </message>
    <message>
        <source>per piece</source>
        <translation>сдельно</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>почасово</translation>
    </message>
    <message>
        <source>bonus for a KPI</source>
        <translation>бонус за КПЭ</translation>
    </message>
    <message>
        <source>barter or product</source>
        <translation>бартер или продукт</translation>
    </message>
    <message>
        <source>non-monetary</source>
        <translation>нематериальная</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>подрядчик</translation>
    </message>
    <message>
        <source>freelancer</source>
        <translation>фрилансер</translation>
    </message>
    <message>
        <source>blogger</source>
        <translation>блогер</translation>
    </message>
    <message>
        <source>SMM manager</source>
        <translation>SMM-менеджер</translation>
    </message>
    <message>
        <source>content maker</source>
        <translation>контент-мейкер</translation>
    </message>
    <message>
        <source>copywriter</source>
        <translation>копирайтер</translation>
    </message>
    <message>
        <source>designer</source>
        <translation>дизайнер</translation>
    </message>
    <message>
        <source>video maker</source>
        <translation>видеомейкер</translation>
    </message>
    <message>
        <source>targetologist</source>
        <translation>таргетолог</translation>
    </message>
    <message>
        <source>community manager</source>
        <translation>комьюнити-менеджер</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>аналитик</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <source>contest</source>
        <translation>конкурс</translation>
    </message>
    <message>
        <source>content pillar</source>
        <translation>контент-рубрика</translation>
    </message>
    <message>
        <source>reputation programme</source>
        <translation>программа по репутации</translation>
    </message>
    <message>
        <source>review campaign</source>
        <translation>кампания отзывов</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланирована</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принята</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>{what} «{name}» added</source>
        <translation>{what} «{name}»: добавлено</translation>
    </message>
    <message>
        <source>{what} «{name}» removed</source>
        <translation>{what} «{name}»: удалено</translation>
    </message>
    <message>
        <source>{what} «{name}»: {field} {old} → {new}</source>
        <translation>{what} «{name}»: {field} {old} → {new}</translation>
    </message>
    <message>
        <source>Motivation budget for {month}: {old} → {new}</source>
        <translation>Бюджет мотивации за {month}: {old} → {new}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>родительская цель</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>end</source>
        <translation>окончание</translation>
    </message>
    <message>
        <source>target</source>
        <translation>целевое значение</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>база</translation>
    </message>
    <message>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>effort, h</source>
        <translation>трудоёмкость, ч</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation>часов в неделю</translation>
    </message>
    <message>
        <source>hourly rate</source>
        <translation>ставка в час</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>КПЭ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
</context>
<context>
    <name>StrategyFiles</name>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Load, h</source>
        <translation>Загрузка, ч</translation>
    </message>
    <message>
        <source>Capacity, h</source>
        <translation>Ресурс, ч</translation>
    </message>
    <message>
        <source>Gap, h</source>
        <translation>Нехватка, ч</translation>
    </message>
    <message>
        <source>People needed</source>
        <translation>Нужно людей</translation>
    </message>
    <message>
        <source>Cost of the gap, ₽</source>
        <translation>Стоимость нехватки, ₽</translation>
    </message>
    <message>
        <source>Checkpoint: {title}</source>
        <translation>Контрольная точка: {title}</translation>
    </message>
    <message>
        <source>Acceptance: {bar}</source>
        <translation>Критерий приёмки: {bar}</translation>
    </message>
</context>
<context>
    <name>StrategySection</name>
    <message>
        <source>New strategy…</source>
        <translation>Новая стратегия…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <source>Goals and KPIs</source>
        <translation>Цели и КПЭ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>People and load</source>
        <translation>Люди и загрузка</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Мотивация</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>the agency&apos;s own brand</source>
        <translation>собственный бренд агентства</translation>
    </message>
    <message>
        <source>Make a strategy for a client or for the agency&apos;s own brand</source>
        <translation>Создайте стратегию для клиента или для собственного бренда агентства</translation>
    </message>
    <message>
        <source>approved {day}</source>
        <translation>утверждена {day}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>{start} — {end} · version {number}, {status}</source>
        <translation>{start} — {end} · версия {number}, {status}</translation>
    </message>
    <message>
        <source>New strategy {title}</source>
        <translation>Новая стратегия {title}</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>Перепланировать</translation>
    </message>
    <message>
        <source>Why is the plan changed?</source>
        <translation>Почему меняется план?</translation>
    </message>
    <message>
        <source>Re-plan: {reason}</source>
        <translation>Перепланирование: {reason}</translation>
    </message>
    <message>
        <source>The client approved</source>
        <translation>Клиент утвердил</translation>
    </message>
    <message>
        <source>Who approved it:</source>
        <translation>Кто утвердил:</translation>
    </message>
    <message>
        <source>Approval of version {number}</source>
        <translation>Утверждение версии {number}</translation>
    </message>
    <message>
        <source>Check the checkpoints</source>
        <translation>Проверка контрольных точек</translation>
    </message>
    <message>
        <source>Checkpoints judged: {count}</source>
        <translation>Оценено контрольных точек: {count}</translation>
    </message>
    <message>
        <source>A value of {metric}</source>
        <translation>Значение «{metric}»</translation>
    </message>
    <message>
        <source>Task done: {title}</source>
        <translation>Задача выполнена: {title}</translation>
    </message>
    <message>
        <source>Export the strategy</source>
        <translation>Выгрузка стратегии</translation>
    </message>
    <message>
        <source>Writing the strategy…</source>
        <translation>Записываю стратегию…</translation>
    </message>
    <message>
        <source>The strategy is saved: {path}</source>
        <translation>Стратегия сохранена: {path}</translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Загрузка задач</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Загрузка исполнителей</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>строка {row}: {reason}</translation>
    </message>
    <message>
        <source>Add {added}, update {updated}, skip {skipped}?</source>
        <translation>Добавить {added}, обновить {updated}, пропустить {skipped}?</translation>
    </message>
    <message>
        <source>Choose the goal in the tree first.</source>
        <translation>Сначала выберите цель в дереве.</translation>
    </message>
    <message>
        <source>Choose the KPI in the KPI table first.</source>
        <translation>Сначала выберите КПЭ в таблице КПЭ.</translation>
    </message>
    <message>
        <source>Choose the task in the table first.</source>
        <translation>Сначала выберите задачу в таблице.</translation>
    </message>
    <message>
        <source>Choose the initiative in the table first.</source>
        <translation>Сначала выберите инициативу в таблице.</translation>
    </message>
    <message>
        <source>Choose the person in the table first.</source>
        <translation>Сначала выберите исполнителя в таблице.</translation>
    </message>
    <message>
        <source>Choose the task&apos;s row in the RACI matrix first.</source>
        <translation>Сначала выберите строку задачи в матрице RACI.</translation>
    </message>
    <message>
        <source>Choose the agreement in the table first.</source>
        <translation>Сначала выберите договорённость в таблице.</translation>
    </message>
    <message>
        <source>Choose the checkpoint in the list first.</source>
        <translation>Сначала выберите контрольную точку в списке.</translation>
    </message>
    <message>
        <source>Choose a checkpoint with a checklist first.</source>
        <translation>Сначала выберите контрольную точку с чек-листом.</translation>
    </message>
    <message>
        <source>Choose a failed checkpoint on the board first.</source>
        <translation>Сначала выберите на доске непройденную контрольную точку.</translation>
    </message>
    <message>
        <source>Add the person to the plan first.</source>
        <translation>Сначала добавьте исполнителя в план.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete «{title}»?</source>
        <translation>Удалить «{title}»?</translation>
    </message>
    <message>
        <source>Delete «{title}»</source>
        <translation>Удаление «{title}»</translation>
    </message>
    <message>
        <source>The goal {title}</source>
        <translation>Цель {title}</translation>
    </message>
    <message>
        <source>The KPI {metric}</source>
        <translation>КПЭ {metric}</translation>
    </message>
    <message>
        <source>The task {title}</source>
        <translation>Задача {title}</translation>
    </message>
    <message>
        <source>The initiative {title}</source>
        <translation>Инициатива {title}</translation>
    </message>
    <message>
        <source>The person {name}</source>
        <translation>Исполнитель {name}</translation>
    </message>
    <message>
        <source>RACI of {title}</source>
        <translation>RACI задачи {title}</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation>Договорённость</translation>
    </message>
    <message>
        <source>A motivation payment</source>
        <translation>Выплата по мотивации</translation>
    </message>
    <message>
        <source>The checkpoint {title}</source>
        <translation>Контрольная точка {title}</translation>
    </message>
    <message>
        <source>The checklist of {title}</source>
        <translation>Чек-лист {title}</translation>
    </message>
    <message>
        <source>The verdict on {title}</source>
        <translation>Вердикт по {title}</translation>
    </message>
    <message>
        <source>«{title}»: {decision}</source>
        <translation>«{title}»: {decision}</translation>
    </message>
    <message>
        <source>The decision on {title}</source>
        <translation>Решение по {title}</translation>
    </message>
</context>
<context>
    <name>StrategyWindow</name>
    <message>
        <source>due</source>
        <translation>наступила</translation>
    </message>
    <message>
        <source>failed or partly</source>
        <translation>не пройдена или частично</translation>
    </message>
    <message>
        <source>coming</source>
        <translation>скоро</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Load {load} h of {capacity} h; short {gap} h, {people} people, {cost}</source>
        <translation>Загрузка {load} ч из {capacity} ч; не хватает {gap} ч, людей: {people}, {cost}</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import survey answers: {name}</source>
        <translation>Загрузка ответов опроса: {name}</translation>
    </message>
    <message>
        <source>Add {added} answers, fill in the contact or comment of {filled}, same as before {same}, rows skipped {skipped}; {follow_ups} dissatisfied go to the mentions queue for a private follow-up.</source>
        <translation>Добавить ответов {added}, дополнить контактом или комментарием {filled}, как раньше {same}, пропущено строк {skipped}; недовольных в очередь упоминаний для личной связи — {follow_ups}.</translation>
    </message>
    <message>
        <source>No column is the respondent&apos;s contact: follow-ups will not say whom to call.</source>
        <translation>Ни один столбец не назначен контактом ответившего: в очереди не будет видно, кому звонить.</translation>
    </message>
    <message>
        <source>No column is the comment.</source>
        <translation>Ни один столбец не назначен комментарием.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>A task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Задача:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Effort, hours:</source>
        <translation>Трудоёмкость, ч:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation>Инициатива:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Acceptance bar:</source>
        <translation>Критерий приёмки:</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>What is included</source>
        <translation>Что входит</translation>
    </message>
    <message>
        <source>Prepayment, %</source>
        <translation>Предоплата, %</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Эксклюзивность</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Согласовано</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Terms per format</source>
        <translation>Условия по форматам</translation>
    </message>
    <message>
        <source>Not a number: {text}</source>
        <translation>Это не число: {text}</translation>
    </message>
    <message>
        <source>Included:</source>
        <translation>Что входит:</translation>
    </message>
    <message>
        <source>e.g. 1 photo + 3 stories</source>
        <translation>например, 1 фото + 3 сторис</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Продукт:</translation>
    </message>
    <message>
        <source>Exclusivity:</source>
        <translation>Эксклюзивность:</translation>
    </message>
    <message>
        <source>e.g. no other coffee for a month</source>
        <translation>например, месяц без другого кофе</translation>
    </message>
    <message>
        <source>Price history:</source>
        <translation>История цен:</translation>
    </message>
    <message>
        <source>{when}: {format} {old} → {new}</source>
        <translation>{when}: {format} {old} → {new}</translation>
    </message>
    <message>
        <source>Terms of “{format}”:</source>
        <translation>Условия «{format}»:</translation>
    </message>
    <message>
        <source>Change the terms of {format}</source>
        <translation>Изменение условий: {format}</translation>
    </message>
</context>
<context>
    <name>TicksDialog</name>
    <message>
        <source>Checklist of «{title}»</source>
        <translation>Чек-лист «{title}»</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Выполнено:</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <source>Before discounts</source>
        <translation>Сумма без скидки</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Placements and costs</source>
        <translation>Итого по размещениям и расходам</translation>
    </message>
    <message>
        <source>Agency fee, {rate} %</source>
        <translation>Агентская комиссия, {rate} %</translation>
    </message>
    <message>
        <source>Total before VAT</source>
        <translation>Итого без НДС</translation>
    </message>
    <message>
        <source>VAT {rate} %</source>
        <translation>НДС {rate} %</translation>
    </message>
    <message>
        <source>Total (VAT included)</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>including VAT {rate} %</source>
        <translation>в том числе НДС {rate} %</translation>
    </message>
    <message>
        <source>Total (no VAT)</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>VAT not charged (USN)</source>
        <translation>НДС не облагается (УСН)</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Всего к оплате</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Over the budget by {amount}</source>
        <translation>Бюджет превышен на {amount}</translation>
    </message>
    <message>
        <source>Forecast: followers {followers}, reach {reach}, views {views}; CPM {cpm}, CPV {cpv}.</source>
        <translation>Прогноз: подписчики {followers}, охват {reach}, просмотры {views}; CPM {cpm}, CPV {cpv}.</translation>
    </message>
    <message>
        <source>Lines to check: {count} (shown in red).</source>
        <translation>Строк требуют проверки: {count} (выделены красным).</translation>
    </message>
    <message>
        <source>Bloggers and suppliers get {paid}; the agency keeps {margin} before VAT.</source>
        <translation>Блогерам и подрядчикам — {paid}; агентство оставляет {margin} до НДС.</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>Verdict on «{title}»</source>
        <translation>Вердикт по «{title}»</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Дата решения:</translation>
    </message>
    <message>
        <source>Evidence (a link, a file, what was seen):</source>
        <translation>Подтверждение (ссылка, файл, что увидели):</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Weights of the criteria</source>
        <translation>Веса критериев</translation>
    </message>
    <message>
        <source>An emptied weight takes the default again; the ranking uses the weights&apos; shares.</source>
        <translation>Стёртый вес снова берётся по умолчанию; рейтинг считается по долям весов.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Sum of the weights: {total}</source>
        <translation>Сумма весов: {total}</translation>
    </message>
    <message>
        <source>the planner&apos;s estimate</source>
        <translation>оценка планировщика</translation>
    </message>
    <message>
        <source>Weight of {criterion}</source>
        <translation>Вес критерия «{criterion}»</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>Send to the client</source>
        <translation>Отправить клиенту</translation>
    </message>
    <message>
        <source>Approved…</source>
        <translation>Согласована…</translation>
    </message>
    <message>
        <source>Rejected…</source>
        <translation>Отклонена…</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Сравнить версии…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export this version for the client</source>
        <translation>Выгрузить эту версию для клиента</translation>
    </message>
    <message>
        <source>Excel (XLSX)…</source>
        <translation>Excel (XLSX)…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>{number} — {status}</source>
        <translation>{number} — {status}</translation>
    </message>
    <message>
        <source>sent {when}</source>
        <translation>отправлена {when}</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Send the estimate to the client</source>
        <translation>Отправить смету клиенту</translation>
    </message>
    <message>
        <source>The client&apos;s decision</source>
        <translation>Решение клиента</translation>
    </message>
    <message>
        <source>Export the estimate</source>
        <translation>Экспорт сметы</translation>
    </message>
    <message>
        <source>Exporting the estimate…</source>
        <translation>Выгружаю смету…</translation>
    </message>
    <message>
        <source>Exported: {path}</source>
        <translation>Выгружено: {path}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The file is open on another computer</source>
        <translation>Файл открыт на другом компьютере</translation>
    </message>
    <message>
        <source>{name} was opened in smmdesk on the computer {host} at {since} and is still marked as open there. If smmdesk is running there, open it here read-only. If it is not (that computer was switched off or smmdesk crashed), you can take the file over: changes made there afterwards would be lost.</source>
        <translation>{name} открыт в smmdesk на компьютере {host} в {since} и всё ещё отмечен там как открытый. Если smmdesk там работает, откройте файл здесь только для чтения. Если нет (тот компьютер выключили или smmdesk упал), файл можно забрать себе: изменения, сделанные там после этого, будут потеряны.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Take it over</source>
        <translation>Забрать файл</translation>
    </message>
    <message>
        <source>Take the file over</source>
        <translation>Забрать файл</translation>
    </message>
    <message>
        <source>Take {name} over from {host}? Only do this when smmdesk is surely not running there.</source>
        <translation>Забрать {name} у компьютера {host}? Делайте это, только если smmdesk там точно не запущен.</translation>
    </message>
    <message>
        <source>under another name of the same file, a hard link</source>
        <translation>под другим именем того же файла — жёсткая ссылка</translation>
    </message>
    <message>
        <source>process {pid} on {host}, since {since}</source>
        <translation>процесс {pid} на {host}, с {since}</translation>
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
        <source>The file cannot be opened for changes</source>
        <translation>Файл нельзя открыть для изменений</translation>
    </message>
    <message>
        <source>It opens read-only: you can look and export, but not change it.</source>
        <translation>Он откроется только для чтения: смотреть и выгружать можно, изменять — нет.</translation>
    </message>
    <message>
        <source>The file is read-only</source>
        <translation>Файл только для чтения</translation>
    </message>
    <message>
        <source>It opens read-only: you can look and export. To work in it, save a copy (File → Save a copy…) in a folder you can write to and open that.</source>
        <translation>Он откроется только для чтения: смотреть и выгружать можно. Чтобы работать в нём, сохраните копию (Файл → Сохранить копию…) в папку, куда можно записывать, и откройте её.</translation>
    </message>
    <message>
        <source>{name} is on a disk that is read-only.</source>
        <translation>{name} лежит на диске, доступном только для чтения.</translation>
    </message>
    <message>
        <source>The folder holding {name} is read-only.</source>
        <translation>Папка, где лежит {name}, доступна только для чтения.</translation>
    </message>
    <message>
        <source>{name} is a read-only file.</source>
        <translation>{name} — файл только для чтения.</translation>
    </message>
    <message>
        <source>Upgrade the server&apos;s database?</source>
        <translation>Обновить базу на сервере?</translation>
    </message>
    <message>
        <source>Upgrade it now? Only one planner needs to do this.</source>
        <translation>Обновить её сейчас? Это нужно сделать только одному сотруднику.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>The server cannot be used</source>
        <translation>С сервером работать нельзя</translation>
    </message>
    <message>
        <source>Open the database file on this computer instead?</source>
        <translation>Открыть вместо этого файл базы на этом компьютере?</translation>
    </message>
    <message>
        <source>Open the local file</source>
        <translation>Открыть файл на компьютере</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <source>The backup was not made: {why}</source>
        <translation>Резервная копия не сделана: {why}</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Восстановить не удалось</translation>
    </message>
</context>
</TS>
