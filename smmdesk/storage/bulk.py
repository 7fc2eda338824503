"""Bulk inserts for imports of 100,000 rows: the statement compiled once, values converted once.

Two costs dominate a large import through SQLAlchemy: per-row parameter handling, and ordered
RETURNING, which on SQLite falls back to one INSERT per row (its ROWIDs cannot be correlated to
parameter sets in a batch). Here each column's bind processor (money to kopecks, UTC timestamps)
is looked up once and applied in a tight loop, and the rows go to the driver's executemany. On
SQLite, inside a write transaction, new rows get max(id)+1, +2, … in order, so their ids are known
after one executemany (the count is checked). PostgreSQL takes the ids from the table's sequence
and the rows by COPY (`_copy`); other servers use their batched ordered RETURNING.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import String, Table, func, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from smmdesk.domain.text import fold
from smmdesk.storage.tracking import check_lengths, note_bulk_insert

BULK_CACHE_KIB = 131_072  # SQLite's page cache while a bulk write runs (the default is 2 MiB)


@contextmanager
def bulk_cache(conn: Connection) -> Iterator[None]:
    """On a file, SQLite's page cache made large for a bulk write, then set back.

    Every new row goes into each of its table's indexes at a place of its own (a link's hash, a
    time); with the default cache of 2 MiB those pages are read and written again and again, and a
    500,000-row import spent most of its time there (measured in tests/benchmarks/bench_reputation).
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


REBUILT_FROM = 50_000  # rows a bulk write must add, and the table hold fewer of, to build its indexes after


@contextmanager
def indexes_built_after(conn: Connection, models: Sequence[Any], count: int) -> Iterator[None]:
    """On a file, the tables' indexes dropped while `count` new rows go in and built again at the
    end, in the same transaction, when the tables held fewer rows than that before.

    An index built from all its rows at once is sorted; one kept while its rows arrive takes each at
    a place of its own (a link's hash, a time). A failure rolls the drop back with the rest.
    """
    if conn.dialect.name != "sqlite" or count < REBUILT_FROM:
        yield
        return
    tables = [cast(Table, model.__table__) for model in models]
    held = max(conn.execute(select(func.count()).select_from(table)).scalar_one() for table in tables)
    if held >= count:
        yield
        return
    indexes = [index for table in tables for index in sorted(table.indexes, key=lambda i: str(i.name))]
    for index in indexes:
        index.drop(conn)
    yield
    for index in indexes:
        index.create(conn)


def bulk_insert(conn: Connection, model: Any, keys: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Inserts rows (tuples of values for `keys`) into a mapped class's table."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(keys))
    names = [bind.key for bind in compiled.binds.values()]
    if compiled.positional:
        names = list(compiled.positiontup or [])
    binds = {bind.key: bind for bind in compiled.binds.values()}
    transposed = dict(zip(keys, zip(*rows, strict=True), strict=True))
    _fill_missing(conn, model, table, names, transposed, len(rows))
    _check_lengths(table, transposed)
    note_bulk_insert(conn, table.name)
    columns = []
    for name in names:
        values: Sequence[Any] = transposed[name]
        bind = binds.get(name)
        process = bind.type._cached_bind_processor(conn.dialect) if bind is not None else None
        if process is not None:
            # Imports repeat values (one timestamp, a few prices): convert each distinct one once.
            memo: dict[Any, Any] = {}
            values = [memo[v] if v in memo else memo.setdefault(v, process(v)) for v in values]
        columns.append(values)
    if conn.dialect.name == "postgresql":
        _copy(conn, table, names, columns)
        return
    params: list[Any] = list(zip(*columns, strict=True))
    if not compiled.positional:
        params = [dict(zip(names, values, strict=True)) for values in params]
    conn.exec_driver_sql(compiled.string, params)


def _copy(conn: Connection, table: Table, names: Sequence[str], columns: Sequence[Sequence[Any]]) -> None:
    """PostgreSQL: the rows sent with COPY in the connection's transaction. An INSERT of many rows
    spent most of a server's import in the driver, parsing statements of thousands of placeholders."""
    quote = conn.dialect.identifier_preparer.quote
    statement = f"COPY {quote(table.name)} ({', '.join(quote(table.c[n].name) for n in names)}) FROM STDIN"
    driver = conn.connection.driver_connection
    assert driver is not None
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in zip(*columns, strict=True):
                copy.write_row(row)
    except conn.dialect.loaded_dbapi.Error as error:  # as SQLAlchemy's own statements raise it
        raise DBAPIError.instance(statement, None, error, conn.dialect.loaded_dbapi.Error) from error


class _Context:
    """Enough of an execution context for the columns' default functions (the connection's user)."""

    def __init__(self, conn: Connection) -> None:
        self.connection = conn


def _fill_missing(
    conn: Connection, model: Any, table: Table, names: list[str], given: dict[str, Any], count: int
) -> None:
    """Values for the columns the caller left out: folded keys from their text, then the columns'
    own defaults (who created the row, when), as an ORM insert would fill them."""
    _fill_folded(model, given)
    context = _Context(conn)
    for name in names:
        if name in given:
            continue
        default = table.c[name].default
        if default is None:
            raise KeyError(name)
        arg: Any = getattr(default, "arg", None)
        value = arg(context) if getattr(default, "is_callable", False) else arg
        given[name] = [value] * count


def _fill_folded(model: Any, given: dict[str, Any]) -> None:
    """The folded keys (`name_key` from `name`) the caller left out, as the model's setters fill them."""
    for key, source in getattr(model, "__folded__", {}).items():
        if key not in given and source in given:
            given[key] = [fold(text or "") for text in given[source]]


def _check_lengths(table: Table, columns: dict[str, Any]) -> None:
    """The same refusal of an over-long text as an ORM insert gets (one pass in C per column)."""
    for name, values in columns.items():
        length = getattr(table.c[name].type, "length", None)
        if not (isinstance(table.c[name].type, String) and length):
            continue
        try:
            longest = max(map(len, values), default=0)
        except TypeError:  # an empty value is None, not ""
            longest = max((len(v) for v in values if isinstance(v, str)), default=0)
        if longest > length:
            check_lengths(table, {name: next(v for v in values if isinstance(v, str) and len(v) == longest)})


def insert_returning_ids(
    conn: Connection,
    model: Any,
    keys: Sequence[str],
    rows: Sequence[Sequence[Any]],
) -> list[int]:
    """Inserts rows (tuples for `keys`, without ids) and returns their new ids in the same order."""
    if not rows:
        return []
    table = cast(Table, model.__table__)
    (pk,) = table.primary_key.columns
    sequence = None
    if conn.dialect.name == "postgresql":
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": table.name, "column": pk.name}
        ).scalar_one()
    if sequence is not None:
        # The ids taken from the table's sequence first, then the rows copied with them.
        ids = sorted(
            conn.execute(
                text("SELECT nextval(CAST(:sequence AS regclass)) FROM generate_series(1, :count)"),
                {"sequence": sequence, "count": len(rows)},
            ).scalars()
        )
        bulk_insert(conn, model, (pk.name, *keys), [(i, *row) for i, row in zip(ids, rows, strict=True)])
        return ids
    if conn.dialect.name != "sqlite":
        # Folded keys and lengths as on a file; the columns' own defaults are the server insert's.
        transposed = dict(zip(keys, zip(*rows, strict=True), strict=True))
        _fill_folded(model, transposed)
        _check_lengths(table, transposed)
        note_bulk_insert(conn, table.name)
        dicts = [
            dict(zip(transposed, values, strict=True)) for values in zip(*transposed.values(), strict=True)
        ]
        result = conn.execute(insert(table).returning(pk, sort_by_parameter_order=True), dicts)
        return list(result.scalars())
    before = conn.execute(select(func.max(pk))).scalar() or 0
    bulk_insert(conn, model, keys, rows)
    after, count = conn.execute(select(func.max(pk), func.count()).where(pk > before)).one()
    if count != len(rows) or after != before + len(rows):
        raise RuntimeError(f"unexpected ids inserting into {table.name}: {before=} {after=} {count=}")
    return list(range(before + 1, before + len(rows) + 1))
