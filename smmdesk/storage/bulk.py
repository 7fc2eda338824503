"""Bulk inserts for imports of 100,000 rows: the statement compiled once, values converted once.

Two costs dominate a large import through SQLAlchemy: per-row parameter handling, and ordered
RETURNING, which on SQLite falls back to one INSERT per row (its ROWIDs cannot be correlated to
parameter sets in a batch). Here each column's bind processor (money to kopecks, UTC timestamps)
is looked up once and applied in a tight loop, and the rows go to the driver's executemany. On
SQLite, inside a write transaction, new rows get max(id)+1, +2, … in order, so their ids are known
after one executemany (the count is checked); other engines use their batched ordered RETURNING.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import String, Table, func, insert, select
from sqlalchemy.engine import Connection

from smmdesk.domain.text import fold
from smmdesk.storage.tracking import check_lengths, note_bulk_insert


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
    if conn.dialect.name != "sqlite":
        # Servers: SQLAlchemy's own batched executemany ("insertmanyvalues") is the fast path.
        conn.execute(
            insert(table),
            [dict(zip(transposed, values, strict=True)) for values in zip(*transposed.values(), strict=True)],
        )
        return
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
    params: list[Any] = list(zip(*columns, strict=True))
    if not compiled.positional:
        params = [dict(zip(names, values, strict=True)) for values in params]
    conn.exec_driver_sql(compiled.string, params)


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
